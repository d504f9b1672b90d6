from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_order_request import MarginOrderRequest
from ...models.margin_order_response import MarginOrderResponse
from ...types import Response

OPERATION_ID = "submit_margin_order"


def _get_kwargs(
    *,
    body: MarginOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/margin/submit_order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, MarginOrderResponse.from_dict, client.parse_options
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
    body: MarginOrderRequest,
) -> Response[MarginOrderResponse]:
    """Place an isolated margin order

     Places an order that trades with the funds of the pair's isolated margin account
    (transfer funds in with `transfer_margin_asset`, borrow with `borrow_margin`). The
    order then appears in the spot v4 order queries with `orderMode` `iso_margin`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc`: `size` (base currency) and `price`.
    * `market` buy: `notional`, the amount of quote currency to spend.
    * `market` sell: `size`, the amount of base currency to sell.

    A `limit_maker` order that would trade immediately is not accepted; an `ioc` order
    cancels whatever does not fill at once.

    Unlike the other v1 endpoints, the caller's id is sent in camelCase as
    **`clientOrderId`** (spot v2 uses `client_order_id`). Sending one makes a retry safe:
    if the outcome of a placement is unknown (timeout, 5XX), look the order up with the
    spot v4 client-order query `/spot/v4/query/client-order` before sending it again, and
    treat 50042 (clientOrderId is duplicate) on a resend as "the first attempt was placed".

    `order_id` is documented as a JSON number but some responses carry it as a numeric
    string; accept both.

    Rate limit: 20 requests per second per UID.

    Args:
        body (MarginOrderRequest): A margin order. `size` and `price` are required for `limit`,
            `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginOrderResponse]
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
    body: MarginOrderRequest,
) -> MarginOrderResponse:
    """Place an isolated margin order

     Places an order that trades with the funds of the pair's isolated margin account
    (transfer funds in with `transfer_margin_asset`, borrow with `borrow_margin`). The
    order then appears in the spot v4 order queries with `orderMode` `iso_margin`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc`: `size` (base currency) and `price`.
    * `market` buy: `notional`, the amount of quote currency to spend.
    * `market` sell: `size`, the amount of base currency to sell.

    A `limit_maker` order that would trade immediately is not accepted; an `ioc` order
    cancels whatever does not fill at once.

    Unlike the other v1 endpoints, the caller's id is sent in camelCase as
    **`clientOrderId`** (spot v2 uses `client_order_id`). Sending one makes a retry safe:
    if the outcome of a placement is unknown (timeout, 5XX), look the order up with the
    spot v4 client-order query `/spot/v4/query/client-order` before sending it again, and
    treat 50042 (clientOrderId is duplicate) on a resend as "the first attempt was placed".

    `order_id` is documented as a JSON number but some responses carry it as a numeric
    string; accept both.

    Rate limit: 20 requests per second per UID.

    Args:
        body (MarginOrderRequest): A margin order. `size` and `price` are required for `limit`,
            `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarginOrderRequest,
) -> Response[MarginOrderResponse]:
    """Place an isolated margin order

     Places an order that trades with the funds of the pair's isolated margin account
    (transfer funds in with `transfer_margin_asset`, borrow with `borrow_margin`). The
    order then appears in the spot v4 order queries with `orderMode` `iso_margin`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc`: `size` (base currency) and `price`.
    * `market` buy: `notional`, the amount of quote currency to spend.
    * `market` sell: `size`, the amount of base currency to sell.

    A `limit_maker` order that would trade immediately is not accepted; an `ioc` order
    cancels whatever does not fill at once.

    Unlike the other v1 endpoints, the caller's id is sent in camelCase as
    **`clientOrderId`** (spot v2 uses `client_order_id`). Sending one makes a retry safe:
    if the outcome of a placement is unknown (timeout, 5XX), look the order up with the
    spot v4 client-order query `/spot/v4/query/client-order` before sending it again, and
    treat 50042 (clientOrderId is duplicate) on a resend as "the first attempt was placed".

    `order_id` is documented as a JSON number but some responses carry it as a numeric
    string; accept both.

    Rate limit: 20 requests per second per UID.

    Args:
        body (MarginOrderRequest): A margin order. `size` and `price` are required for `limit`,
            `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarginOrderRequest,
) -> MarginOrderResponse:
    """Place an isolated margin order

     Places an order that trades with the funds of the pair's isolated margin account
    (transfer funds in with `transfer_margin_asset`, borrow with `borrow_margin`). The
    order then appears in the spot v4 order queries with `orderMode` `iso_margin`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc`: `size` (base currency) and `price`.
    * `market` buy: `notional`, the amount of quote currency to spend.
    * `market` sell: `size`, the amount of base currency to sell.

    A `limit_maker` order that would trade immediately is not accepted; an `ioc` order
    cancels whatever does not fill at once.

    Unlike the other v1 endpoints, the caller's id is sent in camelCase as
    **`clientOrderId`** (spot v2 uses `client_order_id`). Sending one makes a retry safe:
    if the outcome of a placement is unknown (timeout, 5XX), look the order up with the
    spot v4 client-order query `/spot/v4/query/client-order` before sending it again, and
    treat 50042 (clientOrderId is duplicate) on a resend as "the first attempt was placed".

    `order_id` is documented as a JSON number but some responses carry it as a numeric
    string; accept both.

    Rate limit: 20 requests per second per UID.

    Args:
        body (MarginOrderRequest): A margin order. `size` and `price` are required for `limit`,
            `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
