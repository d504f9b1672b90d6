from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_asset_list_response import FuturesAssetListResponse
from ...types import Response

OPERATION_ID = "get_futures_assets"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/assets-detail",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesAssetListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesAssetListResponse.from_dict, client.parse_options
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
) -> Response[FuturesAssetListResponse]:
    """Futures account balances

     Returns the futures account's balance per settlement currency (USDT, and zero rows for
    the other margin currencies): what is free for new orders (`available_balance`), held
    by open orders (`frozen_balance`), held as position margin (`position_deposit`), the
    unrealised PnL of open positions (`unrealized`, signed) and the total `equity`.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesAssetListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FuturesAssetListResponse:
    """Futures account balances

     Returns the futures account's balance per settlement currency (USDT, and zero rows for
    the other margin currencies): what is free for new orders (`available_balance`), held
    by open orders (`frozen_balance`), held as position margin (`position_deposit`), the
    unrealised PnL of open positions (`unrealized`, signed) and the total `equity`.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesAssetListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FuturesAssetListResponse]:
    """Futures account balances

     Returns the futures account's balance per settlement currency (USDT, and zero rows for
    the other margin currencies): what is free for new orders (`available_balance`), held
    by open orders (`frozen_balance`), held as position margin (`position_deposit`), the
    unrealised PnL of open positions (`unrealized`, signed) and the total `equity`.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesAssetListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FuturesAssetListResponse:
    """Futures account balances

     Returns the futures account's balance per settlement currency (USDT, and zero rows for
    the other margin currencies): what is free for new orders (`available_balance`), held
    by open orders (`frozen_balance`), held as position margin (`position_deposit`), the
    unrealised PnL of open positions (`unrealized`, signed) and the total `equity`.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesAssetListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
