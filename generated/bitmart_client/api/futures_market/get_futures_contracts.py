from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_contracts_response import FuturesContractsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_contracts"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/details",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesContractsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesContractsResponse.from_dict, client.parse_options
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
    symbol: str | Unset = UNSET,
) -> Response[FuturesContractsResponse]:
    """Contract details

     Lists futures contracts with their trading rules (contract size, price tick, volume
    step, order size limits, leverage range), funding settings (current and expected rate,
    interval, next settlement) and a 24-hour market summary (last and index price, high,
    low, change, volume, turnover, open interest).

    Without `symbol` every contract is returned, delisted ones included: over a thousand
    rows and about 1 MB, so filter on `status` and cache the result. USDT- and
    USDC-margined contracts are linear (`contract_size` is in base currency); contracts
    quoted in `USD` are coin-margined and their `contract_size` is a number of US dollars.

    Every number except the timestamps, `product_type` and `funding_interval_hours` is a
    decimal string. `price_precision` and `vol_precision` are step sizes (`"0.1"`), not
    numbers of decimal places. `open_timestamp`, `expire_timestamp`, `settle_timestamp` and
    `funding_time` are milliseconds, but `delist_time` is **seconds**. `tradfi_info` is
    only present on contracts that track a traditional-finance market (shares, indices,
    currencies, metals) and describes its trading session.

    An unknown `symbol` is rejected with HTTP 400 and code 40012 (not the 40034 the other
    market endpoints use).

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesContractsResponse]
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
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> FuturesContractsResponse:
    """Contract details

     Lists futures contracts with their trading rules (contract size, price tick, volume
    step, order size limits, leverage range), funding settings (current and expected rate,
    interval, next settlement) and a 24-hour market summary (last and index price, high,
    low, change, volume, turnover, open interest).

    Without `symbol` every contract is returned, delisted ones included: over a thousand
    rows and about 1 MB, so filter on `status` and cache the result. USDT- and
    USDC-margined contracts are linear (`contract_size` is in base currency); contracts
    quoted in `USD` are coin-margined and their `contract_size` is a number of US dollars.

    Every number except the timestamps, `product_type` and `funding_interval_hours` is a
    decimal string. `price_precision` and `vol_precision` are step sizes (`"0.1"`), not
    numbers of decimal places. `open_timestamp`, `expire_timestamp`, `settle_timestamp` and
    `funding_time` are milliseconds, but `delist_time` is **seconds**. `tradfi_info` is
    only present on contracts that track a traditional-finance market (shares, indices,
    currencies, metals) and describes its trading session.

    An unknown `symbol` is rejected with HTTP 400 and code 40012 (not the 40034 the other
    market endpoints use).

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesContractsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> Response[FuturesContractsResponse]:
    """Contract details

     Lists futures contracts with their trading rules (contract size, price tick, volume
    step, order size limits, leverage range), funding settings (current and expected rate,
    interval, next settlement) and a 24-hour market summary (last and index price, high,
    low, change, volume, turnover, open interest).

    Without `symbol` every contract is returned, delisted ones included: over a thousand
    rows and about 1 MB, so filter on `status` and cache the result. USDT- and
    USDC-margined contracts are linear (`contract_size` is in base currency); contracts
    quoted in `USD` are coin-margined and their `contract_size` is a number of US dollars.

    Every number except the timestamps, `product_type` and `funding_interval_hours` is a
    decimal string. `price_precision` and `vol_precision` are step sizes (`"0.1"`), not
    numbers of decimal places. `open_timestamp`, `expire_timestamp`, `settle_timestamp` and
    `funding_time` are milliseconds, but `delist_time` is **seconds**. `tradfi_info` is
    only present on contracts that track a traditional-finance market (shares, indices,
    currencies, metals) and describes its trading session.

    An unknown `symbol` is rejected with HTTP 400 and code 40012 (not the 40034 the other
    market endpoints use).

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesContractsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> FuturesContractsResponse:
    """Contract details

     Lists futures contracts with their trading rules (contract size, price tick, volume
    step, order size limits, leverage range), funding settings (current and expected rate,
    interval, next settlement) and a 24-hour market summary (last and index price, high,
    low, change, volume, turnover, open interest).

    Without `symbol` every contract is returned, delisted ones included: over a thousand
    rows and about 1 MB, so filter on `status` and cache the result. USDT- and
    USDC-margined contracts are linear (`contract_size` is in base currency); contracts
    quoted in `USD` are coin-margined and their `contract_size` is a number of US dollars.

    Every number except the timestamps, `product_type` and `funding_interval_hours` is a
    decimal string. `price_precision` and `vol_precision` are step sizes (`"0.1"`), not
    numbers of decimal places. `open_timestamp`, `expire_timestamp`, `settle_timestamp` and
    `funding_time` are milliseconds, but `delist_time` is **seconds**. `tradfi_info` is
    only present on contracts that track a traditional-finance market (shares, indices,
    currencies, metals) and describes its trading session.

    An unknown `symbol` is rejected with HTTP 400 and code 40012 (not the 40034 the other
    market endpoints use).

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesContractsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
