from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_query_order_trades_request import SpotQueryOrderTradesRequest
from ...models.spot_trade_list_response import SpotTradeListResponse
from ...types import Response

OPERATION_ID = "get_spot_order_trades"


def _get_kwargs(
    *,
    body: SpotQueryOrderTradesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/query/order-trades",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotTradeListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotTradeListResponse.from_dict, client.parse_options
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
    body: SpotQueryOrderTradesRequest,
) -> Response[SpotTradeListResponse]:
    """Trades of one order

     Lists the fills of one order, named by BitMart's `orderId` (required, camelCase). An
    order without fills gives an empty list. The fill objects are the same as in
    `get_spot_account_trades`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryOrderTradesRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTradeListResponse]
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
    body: SpotQueryOrderTradesRequest,
) -> SpotTradeListResponse:
    """Trades of one order

     Lists the fills of one order, named by BitMart's `orderId` (required, camelCase). An
    order without fills gives an empty list. The fill objects are the same as in
    `get_spot_account_trades`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryOrderTradesRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTradeListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotQueryOrderTradesRequest,
) -> Response[SpotTradeListResponse]:
    """Trades of one order

     Lists the fills of one order, named by BitMart's `orderId` (required, camelCase). An
    order without fills gives an empty list. The fill objects are the same as in
    `get_spot_account_trades`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryOrderTradesRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTradeListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotQueryOrderTradesRequest,
) -> SpotTradeListResponse:
    """Trades of one order

     Lists the fills of one order, named by BitMart's `orderId` (required, camelCase). An
    order without fills gives an empty list. The fill objects are the same as in
    `get_spot_account_trades`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryOrderTradesRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTradeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
