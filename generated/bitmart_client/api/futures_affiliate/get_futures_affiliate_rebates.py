from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_rebates_response import AffiliateRebatesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_affiliate_rebates"


def _get_kwargs(
    *,
    page: int,
    size: int,
    currency: str,
    user_id: int | Unset = UNSET,
    rebate_start_time: int | Unset = UNSET,
    rebate_end_time: int | Unset = UNSET,
    register_start_time: int | Unset = UNSET,
    register_end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["currency"] = currency

    params["user_id"] = user_id

    params["rebate_start_time"] = rebate_start_time

    params["rebate_end_time"] = rebate_end_time

    params["register_start_time"] = register_start_time

    params["register_end_time"] = register_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/rebate-list",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateRebatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, AffiliateRebatesResponse.from_dict, client.parse_options
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
    page: int,
    size: int,
    currency: str,
    user_id: int | Unset = UNSET,
    rebate_start_time: int | Unset = UNSET,
    rebate_end_time: int | Unset = UNSET,
    register_start_time: int | Unset = UNSET,
    register_end_time: int | Unset = UNSET,
) -> Response[AffiliateRebatesResponse]:
    """Futures rebate records

     Pages through the futures rebates the affiliate earned, one row per trading user and
    rebate currency, with the totals per settlement currency (`btc_rebate_sum`,
    `usdt_rebate_sum`, `eth_rebate_sum`) over the whole filtered set.

    `currency` picks the rebate currency (e.g. `USDT`). Filter by the trading user
    (`user_id`), by when the rebate was paid (`rebate_start_time` / `rebate_end_time`) or by
    when the user registered (`register_start_time` / `register_end_time`); all four times
    are Unix **seconds**.

    The sums and `total_rebate_amount` arrive as JSON numbers (e.g. `448.9697507148`), not
    as strings; read them with a decimal parser if precision matters. The answer uses the
    agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        page (int):
        size (int):
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.
        user_id (int | Unset):
        rebate_start_time (int | Unset): Unix time in seconds.
        rebate_end_time (int | Unset): Unix time in seconds.
        register_start_time (int | Unset): Unix time in seconds.
        register_end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateRebatesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        currency=currency,
        user_id=user_id,
        rebate_start_time=rebate_start_time,
        rebate_end_time=rebate_end_time,
        register_start_time=register_start_time,
        register_end_time=register_end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    currency: str,
    user_id: int | Unset = UNSET,
    rebate_start_time: int | Unset = UNSET,
    rebate_end_time: int | Unset = UNSET,
    register_start_time: int | Unset = UNSET,
    register_end_time: int | Unset = UNSET,
) -> AffiliateRebatesResponse:
    """Futures rebate records

     Pages through the futures rebates the affiliate earned, one row per trading user and
    rebate currency, with the totals per settlement currency (`btc_rebate_sum`,
    `usdt_rebate_sum`, `eth_rebate_sum`) over the whole filtered set.

    `currency` picks the rebate currency (e.g. `USDT`). Filter by the trading user
    (`user_id`), by when the rebate was paid (`rebate_start_time` / `rebate_end_time`) or by
    when the user registered (`register_start_time` / `register_end_time`); all four times
    are Unix **seconds**.

    The sums and `total_rebate_amount` arrive as JSON numbers (e.g. `448.9697507148`), not
    as strings; read them with a decimal parser if precision matters. The answer uses the
    agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        page (int):
        size (int):
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.
        user_id (int | Unset):
        rebate_start_time (int | Unset): Unix time in seconds.
        rebate_end_time (int | Unset): Unix time in seconds.
        register_start_time (int | Unset): Unix time in seconds.
        register_end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateRebatesResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        currency=currency,
        user_id=user_id,
        rebate_start_time=rebate_start_time,
        rebate_end_time=rebate_end_time,
        register_start_time=register_start_time,
        register_end_time=register_end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    currency: str,
    user_id: int | Unset = UNSET,
    rebate_start_time: int | Unset = UNSET,
    rebate_end_time: int | Unset = UNSET,
    register_start_time: int | Unset = UNSET,
    register_end_time: int | Unset = UNSET,
) -> Response[AffiliateRebatesResponse]:
    """Futures rebate records

     Pages through the futures rebates the affiliate earned, one row per trading user and
    rebate currency, with the totals per settlement currency (`btc_rebate_sum`,
    `usdt_rebate_sum`, `eth_rebate_sum`) over the whole filtered set.

    `currency` picks the rebate currency (e.g. `USDT`). Filter by the trading user
    (`user_id`), by when the rebate was paid (`rebate_start_time` / `rebate_end_time`) or by
    when the user registered (`register_start_time` / `register_end_time`); all four times
    are Unix **seconds**.

    The sums and `total_rebate_amount` arrive as JSON numbers (e.g. `448.9697507148`), not
    as strings; read them with a decimal parser if precision matters. The answer uses the
    agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        page (int):
        size (int):
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.
        user_id (int | Unset):
        rebate_start_time (int | Unset): Unix time in seconds.
        rebate_end_time (int | Unset): Unix time in seconds.
        register_start_time (int | Unset): Unix time in seconds.
        register_end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateRebatesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        currency=currency,
        user_id=user_id,
        rebate_start_time=rebate_start_time,
        rebate_end_time=rebate_end_time,
        register_start_time=register_start_time,
        register_end_time=register_end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    currency: str,
    user_id: int | Unset = UNSET,
    rebate_start_time: int | Unset = UNSET,
    rebate_end_time: int | Unset = UNSET,
    register_start_time: int | Unset = UNSET,
    register_end_time: int | Unset = UNSET,
) -> AffiliateRebatesResponse:
    """Futures rebate records

     Pages through the futures rebates the affiliate earned, one row per trading user and
    rebate currency, with the totals per settlement currency (`btc_rebate_sum`,
    `usdt_rebate_sum`, `eth_rebate_sum`) over the whole filtered set.

    `currency` picks the rebate currency (e.g. `USDT`). Filter by the trading user
    (`user_id`), by when the rebate was paid (`rebate_start_time` / `rebate_end_time`) or by
    when the user registered (`register_start_time` / `register_end_time`); all four times
    are Unix **seconds**.

    The sums and `total_rebate_amount` arrive as JSON numbers (e.g. `448.9697507148`), not
    as strings; read them with a decimal parser if precision matters. The answer uses the
    agent envelope: `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        page (int):
        size (int):
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.
        user_id (int | Unset):
        rebate_start_time (int | Unset): Unix time in seconds.
        rebate_end_time (int | Unset): Unix time in seconds.
        register_start_time (int | Unset): Unix time in seconds.
        register_end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateRebatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            currency=currency,
            user_id=user_id,
            rebate_start_time=rebate_start_time,
            rebate_end_time=rebate_end_time,
            register_start_time=register_start_time,
            register_end_time=register_end_time,
        )
    ).parsed
