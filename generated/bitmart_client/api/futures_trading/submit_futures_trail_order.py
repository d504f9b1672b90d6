from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_trail_submit_request import FuturesTrailSubmitRequest
from ...models.futures_trail_submit_response import FuturesTrailSubmitResponse
from ...types import Response

OPERATION_ID = "submit_futures_trail_order"


def _get_kwargs(
    *,
    body: FuturesTrailSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/submit-trail-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTrailSubmitResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesTrailSubmitResponse.from_dict,
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
    body: FuturesTrailSubmitRequest,
) -> Response[FuturesTrailSubmitResponse]:
    """Place a trailing stop order

     Places a trailing order. It stays inactive until the watched price (`activation_price_type`:
    1 the last traded price, 2 the fair/mark price) reaches `activation_price`. From then on
    BitMart follows the best price reached since activation (the highest for a sell side, the
    lowest for a buy side) and places a market order of `size` contracts on `side` as soon as
    the price moves back from that extreme by `callback_rate` percent.

    `callback_rate` is a percentage between 0.1 and 5 sent as a string: `"1"` means 1 %,
    `"0.5"` half a percent. `side` has the meanings of `submit_futures_order`; `leverage` and
    `open_type` are required whatever the side.

    The order is listed among the open orders with type `trailing` and is cancelled with
    `cancel_futures_trail_order`. `order_id` comes back as a JSON **number** (parse it as an
    integer).

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailSubmitRequest): A trailing stop order.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTrailSubmitResponse]
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
    body: FuturesTrailSubmitRequest,
) -> FuturesTrailSubmitResponse:
    """Place a trailing stop order

     Places a trailing order. It stays inactive until the watched price (`activation_price_type`:
    1 the last traded price, 2 the fair/mark price) reaches `activation_price`. From then on
    BitMart follows the best price reached since activation (the highest for a sell side, the
    lowest for a buy side) and places a market order of `size` contracts on `side` as soon as
    the price moves back from that extreme by `callback_rate` percent.

    `callback_rate` is a percentage between 0.1 and 5 sent as a string: `"1"` means 1 %,
    `"0.5"` half a percent. `side` has the meanings of `submit_futures_order`; `leverage` and
    `open_type` are required whatever the side.

    The order is listed among the open orders with type `trailing` and is cancelled with
    `cancel_futures_trail_order`. `order_id` comes back as a JSON **number** (parse it as an
    integer).

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailSubmitRequest): A trailing stop order.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTrailSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailSubmitRequest,
) -> Response[FuturesTrailSubmitResponse]:
    """Place a trailing stop order

     Places a trailing order. It stays inactive until the watched price (`activation_price_type`:
    1 the last traded price, 2 the fair/mark price) reaches `activation_price`. From then on
    BitMart follows the best price reached since activation (the highest for a sell side, the
    lowest for a buy side) and places a market order of `size` contracts on `side` as soon as
    the price moves back from that extreme by `callback_rate` percent.

    `callback_rate` is a percentage between 0.1 and 5 sent as a string: `"1"` means 1 %,
    `"0.5"` half a percent. `side` has the meanings of `submit_futures_order`; `leverage` and
    `open_type` are required whatever the side.

    The order is listed among the open orders with type `trailing` and is cancelled with
    `cancel_futures_trail_order`. `order_id` comes back as a JSON **number** (parse it as an
    integer).

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailSubmitRequest): A trailing stop order.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTrailSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailSubmitRequest,
) -> FuturesTrailSubmitResponse:
    """Place a trailing stop order

     Places a trailing order. It stays inactive until the watched price (`activation_price_type`:
    1 the last traded price, 2 the fair/mark price) reaches `activation_price`. From then on
    BitMart follows the best price reached since activation (the highest for a sell side, the
    lowest for a buy side) and places a market order of `size` contracts on `side` as soon as
    the price moves back from that extreme by `callback_rate` percent.

    `callback_rate` is a percentage between 0.1 and 5 sent as a string: `"1"` means 1 %,
    `"0.5"` half a percent. `side` has the meanings of `submit_futures_order`; `leverage` and
    `open_type` are required whatever the side.

    The order is listed among the open orders with type `trailing` and is cancelled with
    `cancel_futures_trail_order`. `order_id` comes back as a JSON **number** (parse it as an
    integer).

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailSubmitRequest): A trailing stop order.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTrailSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
