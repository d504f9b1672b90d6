from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_contract_type import (
    AffiliateContractType,
)
from ...models.affiliate_trades_response import AffiliateTradesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_affiliate_trades"


def _get_kwargs(
    *,
    user_id: int,
    type_: AffiliateContractType,
    page: int,
    size: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    json_type_: int = type_
    params["type"] = json_type_

    params["page"] = page

    params["size"] = size

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/trade-list",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateTradesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, AffiliateTradesResponse.from_dict, client.parse_options
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
    user_id: int,
    type_: AffiliateContractType,
    page: int,
    size: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[AffiliateTradesResponse]:
    """Futures trades of an invited user

     Pages through the futures fills of one invited user (`user_id`), either on USDT-margined
    contracts (`type` 1) or on coin-margined ones (`type` 2). `start_time` / `end_time` are
    Unix **seconds**; `create_time` in the answer is **milliseconds**.

    Every field of a trade is a JSON number: `deal_price`, `deal_vol`, `fee` and
    `realised_profit` are decimals that may carry many trailing zeros (BitMart's own example
    shows `29771.900000000000000000`), and `leverage` is a whole number that may be written
    the same way (`20.000000000000000000`). The enumerated fields (`open_type`, `way`,
    `category`, `select_copy_trade`) are integer codes, unlike the strings the trading
    endpoints use. The answer uses the agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        user_id (int):
        type_ (AffiliateContractType): 1 USDT-margined futures, 2 coin-margined futures.
        page (int):
        size (int):
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateTradesResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        type_=type_,
        page=page,
        size=size,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: int,
    type_: AffiliateContractType,
    page: int,
    size: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> AffiliateTradesResponse:
    """Futures trades of an invited user

     Pages through the futures fills of one invited user (`user_id`), either on USDT-margined
    contracts (`type` 1) or on coin-margined ones (`type` 2). `start_time` / `end_time` are
    Unix **seconds**; `create_time` in the answer is **milliseconds**.

    Every field of a trade is a JSON number: `deal_price`, `deal_vol`, `fee` and
    `realised_profit` are decimals that may carry many trailing zeros (BitMart's own example
    shows `29771.900000000000000000`), and `leverage` is a whole number that may be written
    the same way (`20.000000000000000000`). The enumerated fields (`open_type`, `way`,
    `category`, `select_copy_trade`) are integer codes, unlike the strings the trading
    endpoints use. The answer uses the agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        user_id (int):
        type_ (AffiliateContractType): 1 USDT-margined futures, 2 coin-margined futures.
        page (int):
        size (int):
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateTradesResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        type_=type_,
        page=page,
        size=size,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: int,
    type_: AffiliateContractType,
    page: int,
    size: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[AffiliateTradesResponse]:
    """Futures trades of an invited user

     Pages through the futures fills of one invited user (`user_id`), either on USDT-margined
    contracts (`type` 1) or on coin-margined ones (`type` 2). `start_time` / `end_time` are
    Unix **seconds**; `create_time` in the answer is **milliseconds**.

    Every field of a trade is a JSON number: `deal_price`, `deal_vol`, `fee` and
    `realised_profit` are decimals that may carry many trailing zeros (BitMart's own example
    shows `29771.900000000000000000`), and `leverage` is a whole number that may be written
    the same way (`20.000000000000000000`). The enumerated fields (`open_type`, `way`,
    `category`, `select_copy_trade`) are integer codes, unlike the strings the trading
    endpoints use. The answer uses the agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        user_id (int):
        type_ (AffiliateContractType): 1 USDT-margined futures, 2 coin-margined futures.
        page (int):
        size (int):
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateTradesResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        type_=type_,
        page=page,
        size=size,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: int,
    type_: AffiliateContractType,
    page: int,
    size: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> AffiliateTradesResponse:
    """Futures trades of an invited user

     Pages through the futures fills of one invited user (`user_id`), either on USDT-margined
    contracts (`type` 1) or on coin-margined ones (`type` 2). `start_time` / `end_time` are
    Unix **seconds**; `create_time` in the answer is **milliseconds**.

    Every field of a trade is a JSON number: `deal_price`, `deal_vol`, `fee` and
    `realised_profit` are decimals that may carry many trailing zeros (BitMart's own example
    shows `29771.900000000000000000`), and `leverage` is a whole number that may be written
    the same way (`20.000000000000000000`). The enumerated fields (`open_type`, `way`,
    `category`, `select_copy_trade`) are integer codes, unlike the strings the trading
    endpoints use. The answer uses the agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        user_id (int):
        type_ (AffiliateContractType): 1 USDT-margined futures, 2 coin-margined futures.
        page (int):
        size (int):
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            type_=type_,
            page=page,
            size=size,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
