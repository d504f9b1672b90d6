from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_accounts_response import MarginAccountsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_margin_accounts"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/margin/isolated/account",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginAccountsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, MarginAccountsResponse.from_dict, client.parse_options
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
    symbol: str | Unset = UNSET,
) -> Response[MarginAccountsResponse]:
    """Isolated margin accounts

     Returns the isolated margin account of one trading pair, or of every pair the user has
    one for when `symbol` is omitted. Each account reports its risk (`risk_rate`,
    `risk_level`, the liquidation price and rate), whether buying and selling are allowed,
    and for the base and the quote currency: what is available, frozen, borrowed, the
    unpaid principal and interest, and the net and total assets.

    `liquidate_price` and the net assets can be negative (e.g. when no liquidation price
    applies, or when debt exceeds assets), so they are signed decimals. Amounts have up to
    8 decimal places.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginAccountsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
) -> MarginAccountsResponse:
    """Isolated margin accounts

     Returns the isolated margin account of one trading pair, or of every pair the user has
    one for when `symbol` is omitted. Each account reports its risk (`risk_rate`,
    `risk_level`, the liquidation price and rate), whether buying and selling are allowed,
    and for the base and the quote currency: what is available, frozen, borrowed, the
    unpaid principal and interest, and the net and total assets.

    `liquidate_price` and the net assets can be negative (e.g. when no liquidation price
    applies, or when debt exceeds assets), so they are signed decimals. Amounts have up to
    8 decimal places.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginAccountsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
) -> Response[MarginAccountsResponse]:
    """Isolated margin accounts

     Returns the isolated margin account of one trading pair, or of every pair the user has
    one for when `symbol` is omitted. Each account reports its risk (`risk_rate`,
    `risk_level`, the liquidation price and rate), whether buying and selling are allowed,
    and for the base and the quote currency: what is available, frozen, borrowed, the
    unpaid principal and interest, and the net and total assets.

    `liquidate_price` and the net assets can be negative (e.g. when no liquidation price
    applies, or when debt exceeds assets), so they are signed decimals. Amounts have up to
    8 decimal places.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginAccountsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
) -> MarginAccountsResponse:
    """Isolated margin accounts

     Returns the isolated margin account of one trading pair, or of every pair the user has
    one for when `symbol` is omitted. Each account reports its risk (`risk_rate`,
    `risk_level`, the liquidation price and rate), whether buying and selling are allowed,
    and for the base and the quote currency: what is available, frozen, borrowed, the
    unpaid principal and interest, and the net and total assets.

    `liquidate_price` and the net assets can be negative (e.g. when no liquidation price
    applies, or when debt exceeds assets), so they are signed decimals. Amounts have up to
    8 decimal places.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginAccountsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
