from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_cancel_order_request import SpotCancelOrderRequest
from ...models.spot_cancel_response import SpotCancelResponse
from ...types import Response

OPERATION_ID = "cancel_spot_order"


def _get_kwargs(
    *,
    body: SpotCancelOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v3/cancel_order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotCancelResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotCancelResponse.from_dict, client.parse_options
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
    body: SpotCancelOrderRequest,
) -> Response[SpotCancelResponse]:
    """Cancel a spot order

     Cancels one open order of a trading pair, named by **exactly one** of `order_id`
    (BitMart's id) and `client_order_id` (the caller's id); both are snake_case strings on
    this endpoint. Sending neither is refused with 50039.

    `result` `true` means the cancellation was accepted; `false` means it failed because the
    order had already been filled or cancelled. Either way, `get_spot_order` shows the final
    state (`canceled` or `partially_canceled` with `cancelSource` `user`).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrderRequest): Name the order by exactly one of `order_id` and
            `client_order_id`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelResponse]
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
    body: SpotCancelOrderRequest,
) -> SpotCancelResponse:
    """Cancel a spot order

     Cancels one open order of a trading pair, named by **exactly one** of `order_id`
    (BitMart's id) and `client_order_id` (the caller's id); both are snake_case strings on
    this endpoint. Sending neither is refused with 50039.

    `result` `true` means the cancellation was accepted; `false` means it failed because the
    order had already been filled or cancelled. Either way, `get_spot_order` shows the final
    state (`canceled` or `partially_canceled` with `cancelSource` `user`).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrderRequest): Name the order by exactly one of `order_id` and
            `client_order_id`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrderRequest,
) -> Response[SpotCancelResponse]:
    """Cancel a spot order

     Cancels one open order of a trading pair, named by **exactly one** of `order_id`
    (BitMart's id) and `client_order_id` (the caller's id); both are snake_case strings on
    this endpoint. Sending neither is refused with 50039.

    `result` `true` means the cancellation was accepted; `false` means it failed because the
    order had already been filled or cancelled. Either way, `get_spot_order` shows the final
    state (`canceled` or `partially_canceled` with `cancelSource` `user`).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrderRequest): Name the order by exactly one of `order_id` and
            `client_order_id`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrderRequest,
) -> SpotCancelResponse:
    """Cancel a spot order

     Cancels one open order of a trading pair, named by **exactly one** of `order_id`
    (BitMart's id) and `client_order_id` (the caller's id); both are snake_case strings on
    this endpoint. Sending neither is refused with 50039.

    `result` `true` means the cancellation was accepted; `false` means it failed because the
    order had already been filled or cancelled. Either way, `get_spot_order` shows the final
    state (`canceled` or `partially_canceled` with `cancelSource` `user`).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrderRequest): Name the order by exactly one of `order_id` and
            `client_order_id`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
