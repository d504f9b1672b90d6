from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_algo_cancel_all_request import SpotAlgoCancelAllRequest
from ...models.spot_algo_cancel_response import SpotAlgoCancelResponse
from ...types import Response

OPERATION_ID = "cancel_all_spot_algo_orders"


def _get_kwargs(
    *,
    body: SpotAlgoCancelAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/algo/cancel_all",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotAlgoCancelResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotAlgoCancelResponse.from_dict, client.parse_options
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
    body: SpotAlgoCancelAllRequest,
) -> Response[SpotAlgoCancelResponse]:
    """Cancel all spot algo orders of a type

     Cancels every untriggered algo order of one type (`tp/sl` or `trigger`, required),
    optionally only on one trading pair (`symbol`; all pairs when omitted).

    BitMart shows no example answer. This document accepts an empty `data` (as
    `cancel_all_spot_orders` sends) or one with a `result` flag; success is code 1000.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoCancelAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoCancelResponse]
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
    body: SpotAlgoCancelAllRequest,
) -> SpotAlgoCancelResponse:
    """Cancel all spot algo orders of a type

     Cancels every untriggered algo order of one type (`tp/sl` or `trigger`, required),
    optionally only on one trading pair (`symbol`; all pairs when omitted).

    BitMart shows no example answer. This document accepts an empty `data` (as
    `cancel_all_spot_orders` sends) or one with a `result` flag; success is code 1000.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoCancelAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoCancelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoCancelAllRequest,
) -> Response[SpotAlgoCancelResponse]:
    """Cancel all spot algo orders of a type

     Cancels every untriggered algo order of one type (`tp/sl` or `trigger`, required),
    optionally only on one trading pair (`symbol`; all pairs when omitted).

    BitMart shows no example answer. This document accepts an empty `data` (as
    `cancel_all_spot_orders` sends) or one with a `result` flag; success is code 1000.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoCancelAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoCancelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoCancelAllRequest,
) -> SpotAlgoCancelResponse:
    """Cancel all spot algo orders of a type

     Cancels every untriggered algo order of one type (`tp/sl` or `trigger`, required),
    optionally only on one trading pair (`symbol`; all pairs when omitted).

    BitMart shows no example answer. This document accepts an empty `data` (as
    `cancel_all_spot_orders` sends) or one with a `result` flag; success is code 1000.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoCancelAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoCancelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
