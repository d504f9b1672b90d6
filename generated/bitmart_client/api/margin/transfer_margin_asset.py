from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_transfer_request import MarginTransferRequest
from ...models.margin_transfer_response import MarginTransferResponse
from ...types import Response

OPERATION_ID = "transfer_margin_asset"


def _get_kwargs(
    *,
    body: MarginTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/margin/isolated/transfer",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginTransferResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, MarginTransferResponse.from_dict, client.parse_options
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
    body: MarginTransferRequest,
) -> Response[MarginTransferResponse]:
    """Transfer between the spot wallet and a margin account

     Moves one currency between the spot wallet and the isolated margin account of one
    trading pair. `side` gives the direction:
    * `in`: from the spot wallet into the pair's margin account;
    * `out`: from the pair's margin account back to the spot wallet (at most what is
      `available` there).

    `currency` must be the pair's base or quote currency. `amount` is a decimal string with
    up to 8 decimal places. `transfer_id` is returned only when the transfer succeeded.

    There is no client-supplied id, so a transfer whose outcome is unknown cannot be looked
    up; check the balances (`get_margin_accounts`) before sending it again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginTransferResponse]
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
    body: MarginTransferRequest,
) -> MarginTransferResponse:
    """Transfer between the spot wallet and a margin account

     Moves one currency between the spot wallet and the isolated margin account of one
    trading pair. `side` gives the direction:
    * `in`: from the spot wallet into the pair's margin account;
    * `out`: from the pair's margin account back to the spot wallet (at most what is
      `available` there).

    `currency` must be the pair's base or quote currency. `amount` is a decimal string with
    up to 8 decimal places. `transfer_id` is returned only when the transfer succeeded.

    There is no client-supplied id, so a transfer whose outcome is unknown cannot be looked
    up; check the balances (`get_margin_accounts`) before sending it again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginTransferResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarginTransferRequest,
) -> Response[MarginTransferResponse]:
    """Transfer between the spot wallet and a margin account

     Moves one currency between the spot wallet and the isolated margin account of one
    trading pair. `side` gives the direction:
    * `in`: from the spot wallet into the pair's margin account;
    * `out`: from the pair's margin account back to the spot wallet (at most what is
      `available` there).

    `currency` must be the pair's base or quote currency. `amount` is a decimal string with
    up to 8 decimal places. `transfer_id` is returned only when the transfer succeeded.

    There is no client-supplied id, so a transfer whose outcome is unknown cannot be looked
    up; check the balances (`get_margin_accounts`) before sending it again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginTransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarginTransferRequest,
) -> MarginTransferResponse:
    """Transfer between the spot wallet and a margin account

     Moves one currency between the spot wallet and the isolated margin account of one
    trading pair. `side` gives the direction:
    * `in`: from the spot wallet into the pair's margin account;
    * `out`: from the pair's margin account back to the spot wallet (at most what is
      `available` there).

    `currency` must be the pair's base or quote currency. `amount` is a decimal string with
    up to 8 decimal places. `transfer_id` is returned only when the transfer succeeded.

    There is no client-supplied id, so a transfer whose outcome is unknown cannot be looked
    up; check the balances (`get_margin_accounts`) before sending it again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginTransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
