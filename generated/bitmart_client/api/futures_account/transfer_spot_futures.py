from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_transfer_request import FuturesTransferRequest
from ...models.futures_transfer_response import FuturesTransferResponse
from ...types import Response

OPERATION_ID = "transfer_spot_futures"


def _get_kwargs(
    *,
    body: FuturesTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/v1/transfer-contract",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTransferResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesTransferResponse.from_dict, client.parse_options
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
    body: FuturesTransferRequest,
) -> Response[FuturesTransferResponse]:
    """Transfer between spot and futures

     Moves USDT between the spot account and the futures account: `type`
    `spot_to_contract` funds the futures account, `contract_to_spot` takes money back.
    Only `USDT` is supported. `amount` is a decimal string between 0.01 and 10000000000.
    Sub-accounts may call it for their own accounts (since 2024-12). Code 1000 means the
    transfer is done; `data` echoes the currency and the amount moved.

    Although the path starts with `/account/v1/`, the endpoint is served by the **futures
    host**; the spot host does not know it. It is not available on the simulated-trading
    host.

    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` BitMart still accepts the request; a later arrival fails
    with 30007. The transfer is not idempotent and takes no request id: after a timeout,
    check `get_spot_futures_transfers` before sending it again.

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferResponse]
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
    body: FuturesTransferRequest,
) -> FuturesTransferResponse:
    """Transfer between spot and futures

     Moves USDT between the spot account and the futures account: `type`
    `spot_to_contract` funds the futures account, `contract_to_spot` takes money back.
    Only `USDT` is supported. `amount` is a decimal string between 0.01 and 10000000000.
    Sub-accounts may call it for their own accounts (since 2024-12). Code 1000 means the
    transfer is done; `data` echoes the currency and the amount moved.

    Although the path starts with `/account/v1/`, the endpoint is served by the **futures
    host**; the spot host does not know it. It is not available on the simulated-trading
    host.

    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` BitMart still accepts the request; a later arrival fails
    with 30007. The transfer is not idempotent and takes no request id: after a timeout,
    check `get_spot_futures_transfers` before sending it again.

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferRequest,
) -> Response[FuturesTransferResponse]:
    """Transfer between spot and futures

     Moves USDT between the spot account and the futures account: `type`
    `spot_to_contract` funds the futures account, `contract_to_spot` takes money back.
    Only `USDT` is supported. `amount` is a decimal string between 0.01 and 10000000000.
    Sub-accounts may call it for their own accounts (since 2024-12). Code 1000 means the
    transfer is done; `data` echoes the currency and the amount moved.

    Although the path starts with `/account/v1/`, the endpoint is served by the **futures
    host**; the spot host does not know it. It is not available on the simulated-trading
    host.

    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` BitMart still accepts the request; a later arrival fails
    with 30007. The transfer is not idempotent and takes no request id: after a timeout,
    check `get_spot_futures_transfers` before sending it again.

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferRequest,
) -> FuturesTransferResponse:
    """Transfer between spot and futures

     Moves USDT between the spot account and the futures account: `type`
    `spot_to_contract` funds the futures account, `contract_to_spot` takes money back.
    Only `USDT` is supported. `amount` is a decimal string between 0.01 and 10000000000.
    Sub-accounts may call it for their own accounts (since 2024-12). Code 1000 means the
    transfer is done; `data` echoes the currency and the amount moved.

    Although the path starts with `/account/v1/`, the endpoint is served by the **futures
    host**; the spot host does not know it. It is not available on the simulated-trading
    host.

    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` BitMart still accepts the request; a later arrival fails
    with 30007. The transfer is not idempotent and takes no request id: after a timeout,
    check `get_spot_futures_transfers` before sending it again.

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
