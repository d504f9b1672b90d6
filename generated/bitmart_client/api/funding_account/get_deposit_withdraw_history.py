from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_operation_type import (
    FundingOperationType,
)
from ...models.funding_records_response import FundingRecordsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_deposit_withdraw_history"


def _get_kwargs(
    *,
    operation_type: FundingOperationType,
    n: int,
    currency: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_operation_type: str = operation_type
    params["operation_type"] = json_operation_type

    params["N"] = n

    params["currency"] = currency

    params["startTime"] = start_time

    params["endTime"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v2/deposit-withdraw/history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingRecordsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FundingRecordsResponse.from_dict, client.parse_options
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
    operation_type: FundingOperationType,
    n: int,
    currency: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[FundingRecordsResponse]:
    """Deposit or withdrawal history

     Returns the account's most recent deposits or withdrawals, each with its current
    status. `operation_type` chooses which (one kind per call) and `N` how many records
    at most (1 to 1000; the limit was 100 before 2025-02-18). There is no paging: narrow the
    time range to reach older records.

    **Time range.** `startTime` and `endTime` are Unix milliseconds (camelCase names).
    `startTime` defaults to 90 days before now and `endTime` to now. The range they make,
    with the defaults filled in, must not exceed 90 days: sending only an old `startTime`
    or only an `endTime` far from the default start fails with 60066, and an explicit pair
    more than 90 days apart fails with 60067.

    **Ids.** A deposit record has `deposit_id` set and `withdraw_id` empty; a withdrawal
    the reverse. Either id can be passed to `get_deposit_withdraw_detail`. `tx_id` stays
    empty until the transaction is on chain.

    **Status.** 0 created, 1 submitted and waiting to be processed, 2 processing, 3 done
    (credited or sent), 4 cancelled, 5 failed. 3, 4 and 5 are final.

    Replaces `/account/v1/deposit-withdraw/history`, which BitMart no longer serves. Not
    available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        operation_type (FundingOperationType): `deposit` or `withdraw`.
        n (int):
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingRecordsResponse]
    """

    kwargs = _get_kwargs(
        operation_type=operation_type,
        n=n,
        currency=currency,
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
    operation_type: FundingOperationType,
    n: int,
    currency: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> FundingRecordsResponse:
    """Deposit or withdrawal history

     Returns the account's most recent deposits or withdrawals, each with its current
    status. `operation_type` chooses which (one kind per call) and `N` how many records
    at most (1 to 1000; the limit was 100 before 2025-02-18). There is no paging: narrow the
    time range to reach older records.

    **Time range.** `startTime` and `endTime` are Unix milliseconds (camelCase names).
    `startTime` defaults to 90 days before now and `endTime` to now. The range they make,
    with the defaults filled in, must not exceed 90 days: sending only an old `startTime`
    or only an `endTime` far from the default start fails with 60066, and an explicit pair
    more than 90 days apart fails with 60067.

    **Ids.** A deposit record has `deposit_id` set and `withdraw_id` empty; a withdrawal
    the reverse. Either id can be passed to `get_deposit_withdraw_detail`. `tx_id` stays
    empty until the transaction is on chain.

    **Status.** 0 created, 1 submitted and waiting to be processed, 2 processing, 3 done
    (credited or sent), 4 cancelled, 5 failed. 3, 4 and 5 are final.

    Replaces `/account/v1/deposit-withdraw/history`, which BitMart no longer serves. Not
    available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        operation_type (FundingOperationType): `deposit` or `withdraw`.
        n (int):
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingRecordsResponse
    """

    return sync_detailed(
        client=client,
        operation_type=operation_type,
        n=n,
        currency=currency,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    operation_type: FundingOperationType,
    n: int,
    currency: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[FundingRecordsResponse]:
    """Deposit or withdrawal history

     Returns the account's most recent deposits or withdrawals, each with its current
    status. `operation_type` chooses which (one kind per call) and `N` how many records
    at most (1 to 1000; the limit was 100 before 2025-02-18). There is no paging: narrow the
    time range to reach older records.

    **Time range.** `startTime` and `endTime` are Unix milliseconds (camelCase names).
    `startTime` defaults to 90 days before now and `endTime` to now. The range they make,
    with the defaults filled in, must not exceed 90 days: sending only an old `startTime`
    or only an `endTime` far from the default start fails with 60066, and an explicit pair
    more than 90 days apart fails with 60067.

    **Ids.** A deposit record has `deposit_id` set and `withdraw_id` empty; a withdrawal
    the reverse. Either id can be passed to `get_deposit_withdraw_detail`. `tx_id` stays
    empty until the transaction is on chain.

    **Status.** 0 created, 1 submitted and waiting to be processed, 2 processing, 3 done
    (credited or sent), 4 cancelled, 5 failed. 3, 4 and 5 are final.

    Replaces `/account/v1/deposit-withdraw/history`, which BitMart no longer serves. Not
    available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        operation_type (FundingOperationType): `deposit` or `withdraw`.
        n (int):
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingRecordsResponse]
    """

    kwargs = _get_kwargs(
        operation_type=operation_type,
        n=n,
        currency=currency,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    operation_type: FundingOperationType,
    n: int,
    currency: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> FundingRecordsResponse:
    """Deposit or withdrawal history

     Returns the account's most recent deposits or withdrawals, each with its current
    status. `operation_type` chooses which (one kind per call) and `N` how many records
    at most (1 to 1000; the limit was 100 before 2025-02-18). There is no paging: narrow the
    time range to reach older records.

    **Time range.** `startTime` and `endTime` are Unix milliseconds (camelCase names).
    `startTime` defaults to 90 days before now and `endTime` to now. The range they make,
    with the defaults filled in, must not exceed 90 days: sending only an old `startTime`
    or only an `endTime` far from the default start fails with 60066, and an explicit pair
    more than 90 days apart fails with 60067.

    **Ids.** A deposit record has `deposit_id` set and `withdraw_id` empty; a withdrawal
    the reverse. Either id can be passed to `get_deposit_withdraw_detail`. `tx_id` stays
    empty until the transaction is on chain.

    **Status.** 0 created, 1 submitted and waiting to be processed, 2 processing, 3 done
    (credited or sent), 4 cancelled, 5 failed. 3, 4 and 5 are final.

    Replaces `/account/v1/deposit-withdraw/history`, which BitMart no longer serves. Not
    available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        operation_type (FundingOperationType): `deposit` or `withdraw`.
        n (int):
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            operation_type=operation_type,
            n=n,
            currency=currency,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
