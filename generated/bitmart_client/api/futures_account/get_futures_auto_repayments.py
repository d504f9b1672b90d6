from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_auto_repayment_response import FuturesAutoRepaymentResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_auto_repayments"


def _get_kwargs(
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_coin_code: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["page"] = page

    params["size"] = size

    params["from_coin_code"] = from_coin_code

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/auto_repayment",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesAutoRepaymentResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesAutoRepaymentResponse.from_dict,
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
    from_coin_code: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[FuturesAutoRepaymentResponse]:
    """Futures auto-repayment records

     Lists the automatic repayments of the futures account's cross-collateral borrowing.
    Not in BitMart's developer documentation: it is known from the official Java, Go and
    Python SDKs only, which give the query fields but not the answer, so `data` is left
    untyped here. Note the underscore in the path, unlike the other futures paths.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs).
    `page` and `size` page through the records; `from_coin_code` filters by the currency
    used for the repayment and `type` by repayment type (the SDKs' example is
    `AUTO_REPAY`). No defaults or limits are published.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        from_coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        type_ (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesAutoRepaymentResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        from_coin_code=from_coin_code,
        type_=type_,
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
    from_coin_code: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> FuturesAutoRepaymentResponse:
    """Futures auto-repayment records

     Lists the automatic repayments of the futures account's cross-collateral borrowing.
    Not in BitMart's developer documentation: it is known from the official Java, Go and
    Python SDKs only, which give the query fields but not the answer, so `data` is left
    untyped here. Note the underscore in the path, unlike the other futures paths.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs).
    `page` and `size` page through the records; `from_coin_code` filters by the currency
    used for the repayment and `type` by repayment type (the SDKs' example is
    `AUTO_REPAY`). No defaults or limits are published.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        from_coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        type_ (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesAutoRepaymentResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        from_coin_code=from_coin_code,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    from_coin_code: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[FuturesAutoRepaymentResponse]:
    """Futures auto-repayment records

     Lists the automatic repayments of the futures account's cross-collateral borrowing.
    Not in BitMart's developer documentation: it is known from the official Java, Go and
    Python SDKs only, which give the query fields but not the answer, so `data` is left
    untyped here. Note the underscore in the path, unlike the other futures paths.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs).
    `page` and `size` page through the records; `from_coin_code` filters by the currency
    used for the repayment and `type` by repayment type (the SDKs' example is
    `AUTO_REPAY`). No defaults or limits are published.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        from_coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        type_ (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesAutoRepaymentResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
        from_coin_code=from_coin_code,
        type_=type_,
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
    from_coin_code: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> FuturesAutoRepaymentResponse:
    """Futures auto-repayment records

     Lists the automatic repayments of the futures account's cross-collateral borrowing.
    Not in BitMart's developer documentation: it is known from the official Java, Go and
    Python SDKs only, which give the query fields but not the answer, so `data` is left
    untyped here. Note the underscore in the path, unlike the other futures paths.

    `start_time` and `end_time` are Unix times in **seconds** (all three SDKs).
    `page` and `size` page through the records; `from_coin_code` filters by the currency
    used for the repayment and `type` by repayment type (the SDKs' example is
    `AUTO_REPAY`). No defaults or limits are published.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        page (int | Unset):
        size (int | Unset):
        from_coin_code (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        type_ (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesAutoRepaymentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            page=page,
            size=size,
            from_coin_code=from_coin_code,
            type_=type_,
        )
    ).parsed
