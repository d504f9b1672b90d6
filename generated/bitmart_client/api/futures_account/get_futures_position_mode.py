from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_position_mode_response import FuturesPositionModeResponse
from ...types import Response

OPERATION_ID = "get_futures_position_mode"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/get-position-mode",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPositionModeResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPositionModeResponse.from_dict,
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
) -> Response[FuturesPositionModeResponse]:
    """Futures position mode

     Returns the account's position mode: `hedge_mode` (separate long and short positions
    per contract; `side` 1 to 4 open and close them) or `one_way_mode` (one net position;
    `side` 2 and 3 are reduce-only buys and sells). Change it with
    `set_futures_position_mode`. The documentation's example sends signature headers, but
    the key alone is enough.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionModeResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FuturesPositionModeResponse:
    """Futures position mode

     Returns the account's position mode: `hedge_mode` (separate long and short positions
    per contract; `side` 1 to 4 open and close them) or `one_way_mode` (one net position;
    `side` 2 and 3 are reduce-only buys and sells). Change it with
    `set_futures_position_mode`. The documentation's example sends signature headers, but
    the key alone is enough.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionModeResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FuturesPositionModeResponse]:
    """Futures position mode

     Returns the account's position mode: `hedge_mode` (separate long and short positions
    per contract; `side` 1 to 4 open and close them) or `one_way_mode` (one net position;
    `side` 2 and 3 are reduce-only buys and sells). Change it with
    `set_futures_position_mode`. The documentation's example sends signature headers, but
    the key alone is enough.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionModeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FuturesPositionModeResponse:
    """Futures position mode

     Returns the account's position mode: `hedge_mode` (separate long and short positions
    per contract; `side` 1 to 4 open and close them) or `one_way_mode` (one net position;
    `side` 2 and 3 are reduce-only buys and sells). Change it with
    `set_futures_position_mode`. The documentation's example sends signature headers, but
    the key alone is enough.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionModeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
