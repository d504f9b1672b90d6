from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_interest_log_response import FuturesInterestLogResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_interest_log"


def _get_kwargs(
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    coin_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["page"] = page

    params["size"] = size

    params["coin_code"] = coin_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/cross_collateral/interest_log",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesInterestLogResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesInterestLogResponse.from_dict,
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    coin_code: str | Unset = UNSET,
) -> Response[FuturesInterestLogResponse]:
    """Futures cross-collateral interest log

     Lists the interest accrued on the futures account's cross-collateral borrowing. Not in
    BitMart's developer documentation: it is known from the official Java, Go and Python
    SDKs only, which give the query fields but not the answer, so `data` is left untyped
    here.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs). The Go SDK
    adds that the last 7 days are returned by default and that the span may not exceed 90
    days. `page` and `size` page through the records; `coin_code` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesInterestLogResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        coin_code=coin_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    coin_code: str | Unset = UNSET,
) -> FuturesInterestLogResponse:
    """Futures cross-collateral interest log

     Lists the interest accrued on the futures account's cross-collateral borrowing. Not in
    BitMart's developer documentation: it is known from the official Java, Go and Python
    SDKs only, which give the query fields but not the answer, so `data` is left untyped
    here.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs). The Go SDK
    adds that the last 7 days are returned by default and that the span may not exceed 90
    days. `page` and `size` page through the records; `coin_code` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesInterestLogResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        coin_code=coin_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    coin_code: str | Unset = UNSET,
) -> Response[FuturesInterestLogResponse]:
    """Futures cross-collateral interest log

     Lists the interest accrued on the futures account's cross-collateral borrowing. Not in
    BitMart's developer documentation: it is known from the official Java, Go and Python
    SDKs only, which give the query fields but not the answer, so `data` is left untyped
    here.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs). The Go SDK
    adds that the last 7 days are returned by default and that the span may not exceed 90
    days. `page` and `size` page through the records; `coin_code` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesInterestLogResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        coin_code=coin_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    coin_code: str | Unset = UNSET,
) -> FuturesInterestLogResponse:
    """Futures cross-collateral interest log

     Lists the interest accrued on the futures account's cross-collateral borrowing. Not in
    BitMart's developer documentation: it is known from the official Java, Go and Python
    SDKs only, which give the query fields but not the answer, so `data` is left untyped
    here.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs). The Go SDK
    adds that the last 7 days are returned by default and that the span may not exceed 90
    days. `page` and `size` page through the records; `coin_code` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesInterestLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            page=page,
            size=size,
            coin_code=coin_code,
        )
    ).parsed
