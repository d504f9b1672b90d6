from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_record_detail_response import FundingRecordDetailResponse
from ...types import UNSET, Response

OPERATION_ID = "get_deposit_withdraw_detail"


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/deposit-withdraw/detail",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingRecordDetailResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingRecordDetailResponse.from_dict,
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
    id: str,
) -> Response[FundingRecordDetailResponse]:
    """One deposit or withdrawal

     Returns one deposit or withdrawal by its id: the `withdraw_id` returned by
    `submit_withdraw` or listed by `get_deposit_withdraw_history`, or a `deposit_id` from
    that history. Poll it to follow a withdrawal: `status` moves from 0/1 (created,
    waiting) through 2 (processing) to 3 (done), 4 (cancelled) or 5 (failed), and `tx_id`
    is filled in once the transaction is on chain (empty before).

    An unknown id fails with 60010. Not available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        id (str):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingRecordDetailResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str,
) -> FundingRecordDetailResponse:
    """One deposit or withdrawal

     Returns one deposit or withdrawal by its id: the `withdraw_id` returned by
    `submit_withdraw` or listed by `get_deposit_withdraw_history`, or a `deposit_id` from
    that history. Poll it to follow a withdrawal: `status` moves from 0/1 (created,
    waiting) through 2 (processing) to 3 (done), 4 (cancelled) or 5 (failed), and `tx_id`
    is filled in once the transaction is on chain (empty before).

    An unknown id fails with 60010. Not available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        id (str):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingRecordDetailResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
) -> Response[FundingRecordDetailResponse]:
    """One deposit or withdrawal

     Returns one deposit or withdrawal by its id: the `withdraw_id` returned by
    `submit_withdraw` or listed by `get_deposit_withdraw_history`, or a `deposit_id` from
    that history. Poll it to follow a withdrawal: `status` moves from 0/1 (created,
    waiting) through 2 (processing) to 3 (done), 4 (cancelled) or 5 (failed), and `tx_id`
    is filled in once the transaction is on chain (empty before).

    An unknown id fails with 60010. Not available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        id (str):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingRecordDetailResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
) -> FundingRecordDetailResponse:
    """One deposit or withdrawal

     Returns one deposit or withdrawal by its id: the `withdraw_id` returned by
    `submit_withdraw` or listed by `get_deposit_withdraw_history`, or a `deposit_id` from
    that history. Poll it to follow a withdrawal: `status` moves from 0/1 (created,
    waiting) through 2 (processing) to 3 (done), 4 (cancelled) or 5 (failed), and `tx_id`
    is filled in once the transaction is on chain (empty before).

    An unknown id fails with 60010. Not available to sub-accounts.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        id (str):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingRecordDetailResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
