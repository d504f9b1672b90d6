from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_borrow_records_response import MarginBorrowRecordsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_margin_borrow_records"


def _get_kwargs(
    *,
    symbol: str,
    borrow_id: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    n: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["borrow_id"] = borrow_id

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["N"] = n

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/margin/isolated/borrow_record",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginBorrowRecordsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        MarginBorrowRecordsResponse.from_dict,
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
    symbol: str,
    borrow_id: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    n: int | Unset = 50,
) -> Response[MarginBorrowRecordsResponse]:
    """Borrowing records of a pair

     Lists the borrowings made in one pair's isolated margin account: the currency, the
    principal (`borrow_amount`), the interest rates that apply and the interest accrued so
    far. `borrow_id` is the id `borrow_margin` returned; pass it to get
    that one record.

    Time units differ: the `start_time` and `end_time` filters are Unix **milliseconds**,
    while each record's `create_time` is Unix **seconds**. `N` caps the number of records
    (1 to 100, default 50); there is no paging beyond that, so narrow the time range to
    reach older records.

    Rate limit: 150 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        borrow_id (str | Unset): The id of a borrowing or repayment, as returned by
            `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        n (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowRecordsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        borrow_id=borrow_id,
        start_time=start_time,
        end_time=end_time,
        n=n,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    borrow_id: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    n: int | Unset = 50,
) -> MarginBorrowRecordsResponse:
    """Borrowing records of a pair

     Lists the borrowings made in one pair's isolated margin account: the currency, the
    principal (`borrow_amount`), the interest rates that apply and the interest accrued so
    far. `borrow_id` is the id `borrow_margin` returned; pass it to get
    that one record.

    Time units differ: the `start_time` and `end_time` filters are Unix **milliseconds**,
    while each record's `create_time` is Unix **seconds**. `N` caps the number of records
    (1 to 100, default 50); there is no paging beyond that, so narrow the time range to
    reach older records.

    Rate limit: 150 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        borrow_id (str | Unset): The id of a borrowing or repayment, as returned by
            `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        n (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowRecordsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        borrow_id=borrow_id,
        start_time=start_time,
        end_time=end_time,
        n=n,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    borrow_id: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    n: int | Unset = 50,
) -> Response[MarginBorrowRecordsResponse]:
    """Borrowing records of a pair

     Lists the borrowings made in one pair's isolated margin account: the currency, the
    principal (`borrow_amount`), the interest rates that apply and the interest accrued so
    far. `borrow_id` is the id `borrow_margin` returned; pass it to get
    that one record.

    Time units differ: the `start_time` and `end_time` filters are Unix **milliseconds**,
    while each record's `create_time` is Unix **seconds**. `N` caps the number of records
    (1 to 100, default 50); there is no paging beyond that, so narrow the time range to
    reach older records.

    Rate limit: 150 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        borrow_id (str | Unset): The id of a borrowing or repayment, as returned by
            `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        n (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowRecordsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        borrow_id=borrow_id,
        start_time=start_time,
        end_time=end_time,
        n=n,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    borrow_id: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    n: int | Unset = 50,
) -> MarginBorrowRecordsResponse:
    """Borrowing records of a pair

     Lists the borrowings made in one pair's isolated margin account: the currency, the
    principal (`borrow_amount`), the interest rates that apply and the interest accrued so
    far. `borrow_id` is the id `borrow_margin` returned; pass it to get
    that one record.

    Time units differ: the `start_time` and `end_time` filters are Unix **milliseconds**,
    while each record's `create_time` is Unix **seconds**. `N` caps the number of records
    (1 to 100, default 50); there is no paging beyond that, so narrow the time range to
    reach older records.

    Rate limit: 150 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        borrow_id (str | Unset): The id of a borrowing or repayment, as returned by
            `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        n (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            borrow_id=borrow_id,
            start_time=start_time,
            end_time=end_time,
            n=n,
        )
    ).parsed
