from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_cancel_all_after_request import FuturesCancelAllAfterRequest
from ...models.futures_cancel_all_after_response import FuturesCancelAllAfterResponse
from ...types import Response

OPERATION_ID = "set_futures_cancel_all_after"


def _get_kwargs(
    *,
    body: FuturesCancelAllAfterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/cancel-all-after",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesCancelAllAfterResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesCancelAllAfterResponse.from_dict,
        client.parse_options,
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
    body: FuturesCancelAllAfterRequest,
) -> Response[FuturesCancelAllAfterResponse]:
    """Cancel a contract's open orders after a timeout

     A dead-man switch: arms a countdown of `timeout` **seconds** for one contract; when it
    runs out, BitMart cancels that contract's open orders. `timeout` must be at least 5;
    `0` disarms the countdown. `symbol` is required (since 2025-04-01).

    The intended use is to send the request again, with the same or a new timeout, before
    the countdown ends, so that the orders survive only as long as the client does.
    BitMart does not spell out that a new request replaces the running countdown; the
    fresh `set_time` and `cancel_time` of each answer suggest it.

    The answer gives `set_time` (when the countdown was armed) and `cancel_time` (when the
    cancellation will happen), both Unix time in **seconds**, not milliseconds. As with the
    other cancel operations, the cancellations themselves are reported over the private
    WebSocket.

    Rate limit: 4 requests per 2 seconds per UID.

    Args:
        body (FuturesCancelAllAfterRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCancelAllAfterResponse]
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
    body: FuturesCancelAllAfterRequest,
) -> FuturesCancelAllAfterResponse:
    """Cancel a contract's open orders after a timeout

     A dead-man switch: arms a countdown of `timeout` **seconds** for one contract; when it
    runs out, BitMart cancels that contract's open orders. `timeout` must be at least 5;
    `0` disarms the countdown. `symbol` is required (since 2025-04-01).

    The intended use is to send the request again, with the same or a new timeout, before
    the countdown ends, so that the orders survive only as long as the client does.
    BitMart does not spell out that a new request replaces the running countdown; the
    fresh `set_time` and `cancel_time` of each answer suggest it.

    The answer gives `set_time` (when the countdown was armed) and `cancel_time` (when the
    cancellation will happen), both Unix time in **seconds**, not milliseconds. As with the
    other cancel operations, the cancellations themselves are reported over the private
    WebSocket.

    Rate limit: 4 requests per 2 seconds per UID.

    Args:
        body (FuturesCancelAllAfterRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCancelAllAfterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesCancelAllAfterRequest,
) -> Response[FuturesCancelAllAfterResponse]:
    """Cancel a contract's open orders after a timeout

     A dead-man switch: arms a countdown of `timeout` **seconds** for one contract; when it
    runs out, BitMart cancels that contract's open orders. `timeout` must be at least 5;
    `0` disarms the countdown. `symbol` is required (since 2025-04-01).

    The intended use is to send the request again, with the same or a new timeout, before
    the countdown ends, so that the orders survive only as long as the client does.
    BitMart does not spell out that a new request replaces the running countdown; the
    fresh `set_time` and `cancel_time` of each answer suggest it.

    The answer gives `set_time` (when the countdown was armed) and `cancel_time` (when the
    cancellation will happen), both Unix time in **seconds**, not milliseconds. As with the
    other cancel operations, the cancellations themselves are reported over the private
    WebSocket.

    Rate limit: 4 requests per 2 seconds per UID.

    Args:
        body (FuturesCancelAllAfterRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCancelAllAfterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesCancelAllAfterRequest,
) -> FuturesCancelAllAfterResponse:
    """Cancel a contract's open orders after a timeout

     A dead-man switch: arms a countdown of `timeout` **seconds** for one contract; when it
    runs out, BitMart cancels that contract's open orders. `timeout` must be at least 5;
    `0` disarms the countdown. `symbol` is required (since 2025-04-01).

    The intended use is to send the request again, with the same or a new timeout, before
    the countdown ends, so that the orders survive only as long as the client does.
    BitMart does not spell out that a new request replaces the running countdown; the
    fresh `set_time` and `cancel_time` of each answer suggest it.

    The answer gives `set_time` (when the countdown was armed) and `cancel_time` (when the
    cancellation will happen), both Unix time in **seconds**, not milliseconds. As with the
    other cancel operations, the cancellations themselves are reported over the private
    WebSocket.

    Rate limit: 4 requests per 2 seconds per UID.

    Args:
        body (FuturesCancelAllAfterRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCancelAllAfterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
