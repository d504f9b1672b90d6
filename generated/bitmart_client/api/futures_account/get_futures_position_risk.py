from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_position_risk_list_response import (
    FuturesPositionRiskListResponse,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_position_risk"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/position-risk",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPositionRiskListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPositionRiskListResponse.from_dict,
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
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesPositionRiskListResponse]:
    """Futures position risk

     Lists, per position, the figures that decide liquidation: amount, mark price,
    unrealised profit, liquidation price, leverage, the maximum notional value of the
    current risk tier, the isolated margin and the notional value (`position_amt` times
    `mark_price`). `position_side` (`Long`, `Short`) and `margin_type` (`Cross`,
    `Isolated`) are capitalised in the documentation; lower-case forms seen in BitMart's
    skills examples are accepted too.

    `update_time` is documented as milliseconds, but the documentation's own example is a
    10-digit (seconds) value; check the magnitude before converting.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionRiskListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesPositionRiskListResponse:
    """Futures position risk

     Lists, per position, the figures that decide liquidation: amount, mark price,
    unrealised profit, liquidation price, leverage, the maximum notional value of the
    current risk tier, the isolated margin and the notional value (`position_amt` times
    `mark_price`). `position_side` (`Long`, `Short`) and `margin_type` (`Cross`,
    `Isolated`) are capitalised in the documentation; lower-case forms seen in BitMart's
    skills examples are accepted too.

    `update_time` is documented as milliseconds, but the documentation's own example is a
    10-digit (seconds) value; check the magnitude before converting.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionRiskListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        account=account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesPositionRiskListResponse]:
    """Futures position risk

     Lists, per position, the figures that decide liquidation: amount, mark price,
    unrealised profit, liquidation price, leverage, the maximum notional value of the
    current risk tier, the isolated margin and the notional value (`position_amt` times
    `mark_price`). `position_side` (`Long`, `Short`) and `margin_type` (`Cross`,
    `Isolated`) are capitalised in the documentation; lower-case forms seen in BitMart's
    skills examples are accepted too.

    `update_time` is documented as milliseconds, but the documentation's own example is a
    10-digit (seconds) value; check the magnitude before converting.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionRiskListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesPositionRiskListResponse:
    """Futures position risk

     Lists, per position, the figures that decide liquidation: amount, mark price,
    unrealised profit, liquidation price, leverage, the maximum notional value of the
    current risk tier, the isolated margin and the notional value (`position_amt` times
    `mark_price`). `position_side` (`Long`, `Short`) and `margin_type` (`Cross`,
    `Isolated`) are capitalised in the documentation; lower-case forms seen in BitMart's
    skills examples are accepted too.

    `update_time` is documented as milliseconds, but the documentation's own example is a
    10-digit (seconds) value; check the magnitude before converting.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionRiskListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            account=account,
        )
    ).parsed
