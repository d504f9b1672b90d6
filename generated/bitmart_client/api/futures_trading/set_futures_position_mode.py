from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_set_position_mode_request import FuturesSetPositionModeRequest
from ...models.futures_set_position_mode_response import FuturesSetPositionModeResponse
from ...types import Response

OPERATION_ID = "set_futures_position_mode"


def _get_kwargs(
    *,
    body: FuturesSetPositionModeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/set-position-mode",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesSetPositionModeResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesSetPositionModeResponse.from_dict,
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
    body: FuturesSetPositionModeRequest,
) -> Response[FuturesSetPositionModeResponse]:
    """Switch between hedge and one-way position mode

     Sets the position mode of the whole futures account (there is no `symbol`):
    * `hedge_mode`: a long and a short position can be held at the same time on one
      contract; order sides are 1 open long, 2 close short, 3 close long, 4 open short.
    * `one_way_mode`: one net position per contract; sides are 1 buy, 4 sell, and 2 and 3
      reduce-only buy and sell.

    The answer confirms the mode now in force; read it later with
    `/contract/private/get-position-mode`. According to BitMart's skills reference the
    switch is refused while positions or open orders exist: close and cancel them first.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesSetPositionModeRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesSetPositionModeResponse]
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
    body: FuturesSetPositionModeRequest,
) -> FuturesSetPositionModeResponse:
    """Switch between hedge and one-way position mode

     Sets the position mode of the whole futures account (there is no `symbol`):
    * `hedge_mode`: a long and a short position can be held at the same time on one
      contract; order sides are 1 open long, 2 close short, 3 close long, 4 open short.
    * `one_way_mode`: one net position per contract; sides are 1 buy, 4 sell, and 2 and 3
      reduce-only buy and sell.

    The answer confirms the mode now in force; read it later with
    `/contract/private/get-position-mode`. According to BitMart's skills reference the
    switch is refused while positions or open orders exist: close and cancel them first.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesSetPositionModeRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesSetPositionModeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesSetPositionModeRequest,
) -> Response[FuturesSetPositionModeResponse]:
    """Switch between hedge and one-way position mode

     Sets the position mode of the whole futures account (there is no `symbol`):
    * `hedge_mode`: a long and a short position can be held at the same time on one
      contract; order sides are 1 open long, 2 close short, 3 close long, 4 open short.
    * `one_way_mode`: one net position per contract; sides are 1 buy, 4 sell, and 2 and 3
      reduce-only buy and sell.

    The answer confirms the mode now in force; read it later with
    `/contract/private/get-position-mode`. According to BitMart's skills reference the
    switch is refused while positions or open orders exist: close and cancel them first.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesSetPositionModeRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesSetPositionModeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesSetPositionModeRequest,
) -> FuturesSetPositionModeResponse:
    """Switch between hedge and one-way position mode

     Sets the position mode of the whole futures account (there is no `symbol`):
    * `hedge_mode`: a long and a short position can be held at the same time on one
      contract; order sides are 1 open long, 2 close short, 3 close long, 4 open short.
    * `one_way_mode`: one net position per contract; sides are 1 buy, 4 sell, and 2 and 3
      reduce-only buy and sell.

    The answer confirms the mode now in force; read it later with
    `/contract/private/get-position-mode`. According to BitMart's skills reference the
    switch is refused while positions or open orders exist: close and cancel them first.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesSetPositionModeRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesSetPositionModeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
