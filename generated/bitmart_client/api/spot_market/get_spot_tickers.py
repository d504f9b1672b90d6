from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_tickers_response import SpotTickersResponse
from ...types import Response

OPERATION_ID = "get_spot_tickers"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/quotation/v3/tickers",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotTickersResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotTickersResponse.from_dict, client.parse_options
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
    client: AuthenticatedClient | Client,
) -> Response[SpotTickersResponse]:
    """Tickers of all trading pairs

     Returns the 24-hour ticker of every trading pair that traded in the last 24 hours, one
    13-element string array per pair: `[symbol, last, v_24h, qv_24h, open_24h, high_24h,
    low_24h, fluctuation, bid_px, bid_sz, ask_px, ask_sz, ts]`. `ts` is milliseconds. The
    list is a snapshot refreshed every few seconds; use WebSocket for real-time prices.
    Expect about a thousand rows.

    Rate limit: 10 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTickersResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> SpotTickersResponse:
    """Tickers of all trading pairs

     Returns the 24-hour ticker of every trading pair that traded in the last 24 hours, one
    13-element string array per pair: `[symbol, last, v_24h, qv_24h, open_24h, high_24h,
    low_24h, fluctuation, bid_px, bid_sz, ask_px, ask_sz, ts]`. `ts` is milliseconds. The
    list is a snapshot refreshed every few seconds; use WebSocket for real-time prices.
    Expect about a thousand rows.

    Rate limit: 10 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTickersResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpotTickersResponse]:
    """Tickers of all trading pairs

     Returns the 24-hour ticker of every trading pair that traded in the last 24 hours, one
    13-element string array per pair: `[symbol, last, v_24h, qv_24h, open_24h, high_24h,
    low_24h, fluctuation, bid_px, bid_sz, ask_px, ask_sz, ts]`. `ts` is milliseconds. The
    list is a snapshot refreshed every few seconds; use WebSocket for real-time prices.
    Expect about a thousand rows.

    Rate limit: 10 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTickersResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> SpotTickersResponse:
    """Tickers of all trading pairs

     Returns the 24-hour ticker of every trading pair that traded in the last 24 hours, one
    13-element string array per pair: `[symbol, last, v_24h, qv_24h, open_24h, high_24h,
    low_24h, fluctuation, bid_px, bid_sz, ask_px, ask_sz, ts]`. `ts` is milliseconds. The
    list is a snapshot refreshed every few seconds; use WebSocket for real-time prices.
    Expect about a thousand rows.

    Rate limit: 10 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTickersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
