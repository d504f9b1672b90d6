from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.spot_cancel_all_request import SpotCancelAllRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "cancel_all_spot_orders"


def _get_kwargs(
    *,
    body: SpotCancelAllRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/cancel_all",
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
    body: SpotCancelAllRequest | Unset = UNSET,
) -> Response[EmptySuccessResponse]:
    """Cancel all open spot orders

     Cancels every open order of the account, optionally only those of one trading pair
    (`symbol`) and/or one side (`side`). With an empty body (`{}`) it cancels everything.
    Code 1000 with an empty `data` means the cancellation was accepted; the answer does not
    say which orders were affected (list them first with `get_spot_open_orders` if needed).

    This endpoint takes no `recvWindow`.

    Rate limit: 1 request per 3 seconds per UID.

    Args:
        body (SpotCancelAllRequest | Unset):

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
    body: SpotCancelAllRequest | Unset = UNSET,
) -> EmptySuccessResponse:
    """Cancel all open spot orders

     Cancels every open order of the account, optionally only those of one trading pair
    (`symbol`) and/or one side (`side`). With an empty body (`{}`) it cancels everything.
    Code 1000 with an empty `data` means the cancellation was accepted; the answer does not
    say which orders were affected (list them first with `get_spot_open_orders` if needed).

    This endpoint takes no `recvWindow`.

    Rate limit: 1 request per 3 seconds per UID.

    Args:
        body (SpotCancelAllRequest | Unset):

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
    body: SpotCancelAllRequest | Unset = UNSET,
) -> Response[EmptySuccessResponse]:
    """Cancel all open spot orders

     Cancels every open order of the account, optionally only those of one trading pair
    (`symbol`) and/or one side (`side`). With an empty body (`{}`) it cancels everything.
    Code 1000 with an empty `data` means the cancellation was accepted; the answer does not
    say which orders were affected (list them first with `get_spot_open_orders` if needed).

    This endpoint takes no `recvWindow`.

    Rate limit: 1 request per 3 seconds per UID.

    Args:
        body (SpotCancelAllRequest | Unset):

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
    body: SpotCancelAllRequest | Unset = UNSET,
) -> EmptySuccessResponse:
    """Cancel all open spot orders

     Cancels every open order of the account, optionally only those of one trading pair
    (`symbol`) and/or one side (`side`). With an empty body (`{}`) it cancels everything.
    Code 1000 with an empty `data` means the cancellation was accepted; the answer does not
    say which orders were affected (list them first with `get_spot_open_orders` if needed).

    This endpoint takes no `recvWindow`.

    Rate limit: 1 request per 3 seconds per UID.

    Args:
        body (SpotCancelAllRequest | Unset):

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
