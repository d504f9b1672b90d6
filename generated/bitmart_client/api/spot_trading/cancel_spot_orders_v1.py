from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.spot_cancel_orders_v1_request import SpotCancelOrdersV1Request
from ...types import UNSET, Response, Unset

OPERATION_ID = "cancel_spot_orders_v1"


def _get_kwargs(
    *,
    body: SpotCancelOrdersV1Request | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/cancel_orders",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptySuccessResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EmptySuccessResponse.from_dict, client.parse_options
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
    body: SpotCancelOrdersV1Request | Unset = UNSET,
) -> Response[EmptySuccessResponse]:
    """Cancel all orders of a pair and side (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/cancel_orders` (`cancel_spot_orders`, by ids) or
    `/spot/v4/cancel_all` (`cancel_all_spot_orders`, by pair and side) instead. Described
    for completeness only.

    Cancelled every open order of a trading pair on one side; code 1000 with an empty
    `data` meant success.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrdersV1Request | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
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
    body: SpotCancelOrdersV1Request | Unset = UNSET,
) -> EmptySuccessResponse:
    """Cancel all orders of a pair and side (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/cancel_orders` (`cancel_spot_orders`, by ids) or
    `/spot/v4/cancel_all` (`cancel_all_spot_orders`, by pair and side) instead. Described
    for completeness only.

    Cancelled every open order of a trading pair on one side; code 1000 with an empty
    `data` meant success.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrdersV1Request | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrdersV1Request | Unset = UNSET,
) -> Response[EmptySuccessResponse]:
    """Cancel all orders of a pair and side (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/cancel_orders` (`cancel_spot_orders`, by ids) or
    `/spot/v4/cancel_all` (`cancel_all_spot_orders`, by pair and side) instead. Described
    for completeness only.

    Cancelled every open order of a trading pair on one side; code 1000 with an empty
    `data` meant success.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrdersV1Request | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrdersV1Request | Unset = UNSET,
) -> EmptySuccessResponse:
    """Cancel all orders of a pair and side (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/cancel_orders` (`cancel_spot_orders`, by ids) or
    `/spot/v4/cancel_all` (`cancel_all_spot_orders`, by pair and side) instead. Described
    for completeness only.

    Cancelled every open order of a trading pair on one side; code 1000 with an empty
    `data` meant success.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrdersV1Request | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
