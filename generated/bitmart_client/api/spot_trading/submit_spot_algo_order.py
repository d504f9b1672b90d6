from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_algo_submit_request import SpotAlgoSubmitRequest
from ...models.spot_order_placed_response import SpotOrderPlacedResponse
from ...types import Response

OPERATION_ID = "submit_spot_algo_order"


def _get_kwargs(
    *,
    body: SpotAlgoSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/algo/submit_order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotOrderPlacedResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotOrderPlacedResponse.from_dict, client.parse_options
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
    body: SpotAlgoSubmitRequest,
) -> Response[SpotOrderPlacedResponse]:
    """Place a spot algo order (trigger or TP/SL)

     Places a conditional order that BitMart keeps outside the order book until the market
    reaches `trigger_price`, then turns into an ordinary limit or market order
    (`trigger_type`). `type` `trigger` is a plan order (e.g. buy if the price falls to a
    level); `tp/sl` a one-way take-profit or stop-loss order. Field names are snake_case.

    BitMart publishes this endpoint only through its SDKs, which mark most fields as
    "conditionally required"; as far as they describe it:
    * `trigger_price` and `trigger_type` (`limit` or `market`; the Java SDK capitalises
      them, the other clients do not) are needed for both types.
    * `trigger_type` `limit`: `price` and `size` are required.
    * `trigger_type` `market`: `notional` (quote currency to spend) for a buy, `size` (base
      currency to sell) for a sell.
    `client_order_id` (1 to 32 letters and digits) lets the caller find the algo order again
    with `get_spot_algo_order_by_client_order_id`.

    The answer carries the new algo order's id in `order_id` (as the spot v2 placement does;
    inferred from third-party clients, BitMart shows no example).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoSubmitRequest): An algo order. `trigger_price` and `trigger_type` are needed
            for both types; with
            `trigger_type` `limit`, `price` and `size`; with `market`, `notional` for a buy and
            `size` for a sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderPlacedResponse]
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
    body: SpotAlgoSubmitRequest,
) -> SpotOrderPlacedResponse:
    """Place a spot algo order (trigger or TP/SL)

     Places a conditional order that BitMart keeps outside the order book until the market
    reaches `trigger_price`, then turns into an ordinary limit or market order
    (`trigger_type`). `type` `trigger` is a plan order (e.g. buy if the price falls to a
    level); `tp/sl` a one-way take-profit or stop-loss order. Field names are snake_case.

    BitMart publishes this endpoint only through its SDKs, which mark most fields as
    "conditionally required"; as far as they describe it:
    * `trigger_price` and `trigger_type` (`limit` or `market`; the Java SDK capitalises
      them, the other clients do not) are needed for both types.
    * `trigger_type` `limit`: `price` and `size` are required.
    * `trigger_type` `market`: `notional` (quote currency to spend) for a buy, `size` (base
      currency to sell) for a sell.
    `client_order_id` (1 to 32 letters and digits) lets the caller find the algo order again
    with `get_spot_algo_order_by_client_order_id`.

    The answer carries the new algo order's id in `order_id` (as the spot v2 placement does;
    inferred from third-party clients, BitMart shows no example).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoSubmitRequest): An algo order. `trigger_price` and `trigger_type` are needed
            for both types; with
            `trigger_type` `limit`, `price` and `size`; with `market`, `notional` for a buy and
            `size` for a sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderPlacedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoSubmitRequest,
) -> Response[SpotOrderPlacedResponse]:
    """Place a spot algo order (trigger or TP/SL)

     Places a conditional order that BitMart keeps outside the order book until the market
    reaches `trigger_price`, then turns into an ordinary limit or market order
    (`trigger_type`). `type` `trigger` is a plan order (e.g. buy if the price falls to a
    level); `tp/sl` a one-way take-profit or stop-loss order. Field names are snake_case.

    BitMart publishes this endpoint only through its SDKs, which mark most fields as
    "conditionally required"; as far as they describe it:
    * `trigger_price` and `trigger_type` (`limit` or `market`; the Java SDK capitalises
      them, the other clients do not) are needed for both types.
    * `trigger_type` `limit`: `price` and `size` are required.
    * `trigger_type` `market`: `notional` (quote currency to spend) for a buy, `size` (base
      currency to sell) for a sell.
    `client_order_id` (1 to 32 letters and digits) lets the caller find the algo order again
    with `get_spot_algo_order_by_client_order_id`.

    The answer carries the new algo order's id in `order_id` (as the spot v2 placement does;
    inferred from third-party clients, BitMart shows no example).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoSubmitRequest): An algo order. `trigger_price` and `trigger_type` are needed
            for both types; with
            `trigger_type` `limit`, `price` and `size`; with `market`, `notional` for a buy and
            `size` for a sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderPlacedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoSubmitRequest,
) -> SpotOrderPlacedResponse:
    """Place a spot algo order (trigger or TP/SL)

     Places a conditional order that BitMart keeps outside the order book until the market
    reaches `trigger_price`, then turns into an ordinary limit or market order
    (`trigger_type`). `type` `trigger` is a plan order (e.g. buy if the price falls to a
    level); `tp/sl` a one-way take-profit or stop-loss order. Field names are snake_case.

    BitMart publishes this endpoint only through its SDKs, which mark most fields as
    "conditionally required"; as far as they describe it:
    * `trigger_price` and `trigger_type` (`limit` or `market`; the Java SDK capitalises
      them, the other clients do not) are needed for both types.
    * `trigger_type` `limit`: `price` and `size` are required.
    * `trigger_type` `market`: `notional` (quote currency to spend) for a buy, `size` (base
      currency to sell) for a sell.
    `client_order_id` (1 to 32 letters and digits) lets the caller find the algo order again
    with `get_spot_algo_order_by_client_order_id`.

    The answer carries the new algo order's id in `order_id` (as the spot v2 placement does;
    inferred from third-party clients, BitMart shows no example).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoSubmitRequest): An algo order. `trigger_price` and `trigger_type` are needed
            for both types; with
            `trigger_type` `limit`, `price` and `size`; with `market`, `notional` for a buy and
            `size` for a sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderPlacedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
