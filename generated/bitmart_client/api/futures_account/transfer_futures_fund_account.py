from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_transfer_fund_request import FuturesTransferFundRequest
from ...models.futures_transfer_fund_response import FuturesTransferFundResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "transfer_futures_fund_account"


def _get_kwargs(
    *,
    body: FuturesTransferFundRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/account/v1/transfer",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTransferFundResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesTransferFundResponse.from_dict,
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
    body: FuturesTransferFundRequest | Unset = UNSET,
) -> Response[FuturesTransferFundResponse]:
    """Transfer between fund and futures accounts

     Moves funds between the fund (funding) account and the futures account: `type`
    `fund_to_contract` or `contract_to_fund`. Undocumented by BitMart: it appears only in the
    official Python SDK (2.8.0), which sends `currency`, `amount` and `type` as optional
    fields and names no permission, rate limit or answer. This document therefore leaves
    the three fields optional, although a transfer presumably needs all of them, and
    describes the answer by analogy with `transfer_spot_futures` (`currency` and `amount`,
    both optional).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesTransferFundRequest | Unset): All three fields are optional in the only
            source (Python SDK 2.8.0); send all of them.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferFundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferFundRequest | Unset = UNSET,
) -> FuturesTransferFundResponse:
    """Transfer between fund and futures accounts

     Moves funds between the fund (funding) account and the futures account: `type`
    `fund_to_contract` or `contract_to_fund`. Undocumented by BitMart: it appears only in the
    official Python SDK (2.8.0), which sends `currency`, `amount` and `type` as optional
    fields and names no permission, rate limit or answer. This document therefore leaves
    the three fields optional, although a transfer presumably needs all of them, and
    describes the answer by analogy with `transfer_spot_futures` (`currency` and `amount`,
    both optional).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesTransferFundRequest | Unset): All three fields are optional in the only
            source (Python SDK 2.8.0); send all of them.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferFundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferFundRequest | Unset = UNSET,
) -> Response[FuturesTransferFundResponse]:
    """Transfer between fund and futures accounts

     Moves funds between the fund (funding) account and the futures account: `type`
    `fund_to_contract` or `contract_to_fund`. Undocumented by BitMart: it appears only in the
    official Python SDK (2.8.0), which sends `currency`, `amount` and `type` as optional
    fields and names no permission, rate limit or answer. This document therefore leaves
    the three fields optional, although a transfer presumably needs all of them, and
    describes the answer by analogy with `transfer_spot_futures` (`currency` and `amount`,
    both optional).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesTransferFundRequest | Unset): All three fields are optional in the only
            source (Python SDK 2.8.0); send all of them.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferFundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferFundRequest | Unset = UNSET,
) -> FuturesTransferFundResponse:
    """Transfer between fund and futures accounts

     Moves funds between the fund (funding) account and the futures account: `type`
    `fund_to_contract` or `contract_to_fund`. Undocumented by BitMart: it appears only in the
    official Python SDK (2.8.0), which sends `currency`, `amount` and `type` as optional
    fields and names no permission, rate limit or answer. This document therefore leaves
    the three fields optional, although a transfer presumably needs all of them, and
    describes the answer by analogy with `transfer_spot_futures` (`currency` and `amount`,
    both optional).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesTransferFundRequest | Unset): All three fields are optional in the only
            source (Python SDK 2.8.0); send all of them.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferFundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
