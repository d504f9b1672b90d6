from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_order_response import SpotOrderResponse
from ...models.spot_query_client_order_request import SpotQueryClientOrderRequest
from ...types import Response

OPERATION_ID = "get_spot_order_by_client_order_id"


def _get_kwargs(
    *,
    body: SpotQueryClientOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/query/client-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotOrderResponse.from_dict, client.parse_options
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
    body: SpotQueryClientOrderRequest,
) -> Response[SpotOrderResponse]:
    """Order by client order id

     Returns one order by the id the caller chose when placing it (`client_order_id` on
    `submit_spot_order`, `clientOrderId` on `submit_spot_batch_orders` and margin orders).
    This is the lookup that makes placement retries safe: after a placement whose outcome
    is unknown, a hit means the order exists and must not be placed again.

    States and `queryState` work as in `get_spot_order`: any state, including `failed`;
    `open` narrows to `new`/`partially_filled`, `history` to
    `filled`/`canceled`/`partially_canceled`. An order cancelled without any fill is only
    findable for about 20 minutes.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        body (SpotQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderResponse]
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
    body: SpotQueryClientOrderRequest,
) -> SpotOrderResponse:
    """Order by client order id

     Returns one order by the id the caller chose when placing it (`client_order_id` on
    `submit_spot_order`, `clientOrderId` on `submit_spot_batch_orders` and margin orders).
    This is the lookup that makes placement retries safe: after a placement whose outcome
    is unknown, a hit means the order exists and must not be placed again.

    States and `queryState` work as in `get_spot_order`: any state, including `failed`;
    `open` narrows to `new`/`partially_filled`, `history` to
    `filled`/`canceled`/`partially_canceled`. An order cancelled without any fill is only
    findable for about 20 minutes.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        body (SpotQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotQueryClientOrderRequest,
) -> Response[SpotOrderResponse]:
    """Order by client order id

     Returns one order by the id the caller chose when placing it (`client_order_id` on
    `submit_spot_order`, `clientOrderId` on `submit_spot_batch_orders` and margin orders).
    This is the lookup that makes placement retries safe: after a placement whose outcome
    is unknown, a hit means the order exists and must not be placed again.

    States and `queryState` work as in `get_spot_order`: any state, including `failed`;
    `open` narrows to `new`/`partially_filled`, `history` to
    `filled`/`canceled`/`partially_canceled`. An order cancelled without any fill is only
    findable for about 20 minutes.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        body (SpotQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotQueryClientOrderRequest,
) -> SpotOrderResponse:
    """Order by client order id

     Returns one order by the id the caller chose when placing it (`client_order_id` on
    `submit_spot_order`, `clientOrderId` on `submit_spot_batch_orders` and margin orders).
    This is the lookup that makes placement retries safe: after a placement whose outcome
    is unknown, a hit means the order exists and must not be placed again.

    States and `queryState` work as in `get_spot_order`: any state, including `failed`;
    `open` narrows to `new`/`partially_filled`, `history` to
    `filled`/`canceled`/`partially_canceled`. An order cancelled without any fill is only
    findable for about 20 minutes.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        body (SpotQueryClientOrderRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
