from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_fixed_records_response import EarnFixedRecordsResponse
from ...models.earn_record_type import EarnRecordType
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_earn_fixed_records"


def _get_kwargs(
    *,
    type_: EarnRecordType,
    current_page: int,
    size_page: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    coin_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params["currentPage"] = current_page

    params["sizePage"] = size_page

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["coinName"] = coin_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/saving/fixed/record",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFixedRecordsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EarnFixedRecordsResponse.from_dict, client.parse_options
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
    type_: EarnRecordType,
    current_page: int,
    size_page: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    coin_name: str | Unset = UNSET,
) -> Response[EarnFixedRecordsResponse]:
    """Fixed savings history

     Pages through the caller's fixed-term history of one kind (`type`): subscriptions,
    redemptions or interest payouts. `startTime` and `endTime` are Unix **milliseconds**;
    `time` in the answer is milliseconds too.

    `type`, `currentPage` and `sizePage` are required (at most 100 rows per page);
    `coinName` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        type_ (EarnRecordType): Subscriptions, redemptions or interest payouts.
        current_page (int):
        size_page (int):
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedRecordsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        current_page=current_page,
        size_page=size_page,
        start_time=start_time,
        end_time=end_time,
        coin_name=coin_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: EarnRecordType,
    current_page: int,
    size_page: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    coin_name: str | Unset = UNSET,
) -> EarnFixedRecordsResponse:
    """Fixed savings history

     Pages through the caller's fixed-term history of one kind (`type`): subscriptions,
    redemptions or interest payouts. `startTime` and `endTime` are Unix **milliseconds**;
    `time` in the answer is milliseconds too.

    `type`, `currentPage` and `sizePage` are required (at most 100 rows per page);
    `coinName` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        type_ (EarnRecordType): Subscriptions, redemptions or interest payouts.
        current_page (int):
        size_page (int):
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedRecordsResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        current_page=current_page,
        size_page=size_page,
        start_time=start_time,
        end_time=end_time,
        coin_name=coin_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: EarnRecordType,
    current_page: int,
    size_page: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    coin_name: str | Unset = UNSET,
) -> Response[EarnFixedRecordsResponse]:
    """Fixed savings history

     Pages through the caller's fixed-term history of one kind (`type`): subscriptions,
    redemptions or interest payouts. `startTime` and `endTime` are Unix **milliseconds**;
    `time` in the answer is milliseconds too.

    `type`, `currentPage` and `sizePage` are required (at most 100 rows per page);
    `coinName` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        type_ (EarnRecordType): Subscriptions, redemptions or interest payouts.
        current_page (int):
        size_page (int):
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedRecordsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        current_page=current_page,
        size_page=size_page,
        start_time=start_time,
        end_time=end_time,
        coin_name=coin_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: EarnRecordType,
    current_page: int,
    size_page: int,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    coin_name: str | Unset = UNSET,
) -> EarnFixedRecordsResponse:
    """Fixed savings history

     Pages through the caller's fixed-term history of one kind (`type`): subscriptions,
    redemptions or interest payouts. `startTime` and `endTime` are Unix **milliseconds**;
    `time` in the answer is milliseconds too.

    `type`, `currentPage` and `sizePage` are required (at most 100 rows per page);
    `coinName` filters by currency.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        type_ (EarnRecordType): Subscriptions, redemptions or interest payouts.
        current_page (int):
        size_page (int):
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            current_page=current_page,
            size_page=size_page,
            start_time=start_time,
            end_time=end_time,
            coin_name=coin_name,
        )
    ).parsed
