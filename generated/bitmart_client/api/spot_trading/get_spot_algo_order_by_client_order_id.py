from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_algo_order_response import SpotAlgoOrderResponse
from ...models.spot_algo_query_client_order_request import (
    SpotAlgoQueryClientOrderRequest,
)
from ...types import Response

OPERATION_ID = "get_spot_algo_order_by_client_order_id"


def _get_kwargs(
    *,
    body: SpotAlgoQueryClientOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/query/algo/client-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotAlgoOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotAlgoOrderResponse.from_dict, client.parse_options
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=drift,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryClientOrderRequest,
) -> Response[SpotAlgoOrderResponse]:
    """Algo order by client order id

     Returns one algo order by the `client_order_id` the caller gave when placing it (sent
    here in camelCase as `clientOrderId`). `queryState` works as in `get_spot_algo_order`.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryClientOrderRequest,
) -> SpotAlgoOrderResponse:
    """Algo order by client order id

     Returns one algo order by the `client_order_id` the caller gave when placing it (sent
    here in camelCase as `clientOrderId`). `queryState` works as in `get_spot_algo_order`.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryClientOrderRequest,
) -> Response[SpotAlgoOrderResponse]:
    """Algo order by client order id

     Returns one algo order by the `client_order_id` the caller gave when placing it (sent
    here in camelCase as `clientOrderId`). `queryState` works as in `get_spot_algo_order`.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryClientOrderRequest,
) -> SpotAlgoOrderResponse:
    """Algo order by client order id

     Returns one algo order by the `client_order_id` the caller gave when placing it (sent
    here in camelCase as `clientOrderId`). `queryState` works as in `get_spot_algo_order`.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
