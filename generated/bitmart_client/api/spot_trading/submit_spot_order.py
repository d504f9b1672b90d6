from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_order_placed_response import SpotOrderPlacedResponse
from ...models.spot_submit_order_request import SpotSubmitOrderRequest
from ...types import Response

OPERATION_ID = "submit_spot_order"


def _get_kwargs(
    *,
    body: SpotSubmitOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v2/submit_order",
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
    body: SpotSubmitOrderRequest,
) -> Response[SpotOrderPlacedResponse]:
    """Place a spot order

     Places one order on the spot wallet and returns its id. The order's fate (filled,
    resting, cancelled) is not in the answer: query it with `get_spot_order`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc` (immediate or cancel): `size` (base
      currency) **and** `price` (quote currency per unit of base).
    * `market` buy: `notional`, the amount of quote currency to spend (no `size`).
    * `market` sell: `size`, the amount of base currency to sell.
    Missing amounts are refused with 50010 (`size`), 50011 (`price`) or 50012 (`notional`).

    A `limit_maker` order that would trade at once is cancelled by the system instead of
    taking liquidity (it then shows as `canceled` or `failed` in the queries); an `ioc` order
    cancels whatever does not fill immediately. Prices and sizes must respect the pair's
    precision and limits from `get_spot_symbol_details` (50006 to 50009, 50021).

    **Retry safety.** `client_order_id` (snake_case here, unlike the camelCase v4
    endpoints) is an id of the caller's choosing, 1 to 32 letters and digits. Sending one
    makes a retry safe: when the outcome of a placement is unknown (timeout, 5XX), look the
    order up with `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) before
    placing it again; a resend with an id already used is refused with 50042 (clientOrderId
    is duplicate), which then means the first attempt went through.

    `stpMode` (camelCase on this snake_case endpoint) selects self-trade prevention. The
    official Java SDK and third-party clients give `none` as BitMart's default, the Python
    SDK's docstring `cancel_maker`; send it explicitly when it matters.

    `order_id` is a numeric string (the retired v1 endpoint returned a JSON number).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotSubmitOrderRequest): A spot order (v2). `size` and `price` are required for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

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
    body: SpotSubmitOrderRequest,
) -> SpotOrderPlacedResponse:
    """Place a spot order

     Places one order on the spot wallet and returns its id. The order's fate (filled,
    resting, cancelled) is not in the answer: query it with `get_spot_order`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc` (immediate or cancel): `size` (base
      currency) **and** `price` (quote currency per unit of base).
    * `market` buy: `notional`, the amount of quote currency to spend (no `size`).
    * `market` sell: `size`, the amount of base currency to sell.
    Missing amounts are refused with 50010 (`size`), 50011 (`price`) or 50012 (`notional`).

    A `limit_maker` order that would trade at once is cancelled by the system instead of
    taking liquidity (it then shows as `canceled` or `failed` in the queries); an `ioc` order
    cancels whatever does not fill immediately. Prices and sizes must respect the pair's
    precision and limits from `get_spot_symbol_details` (50006 to 50009, 50021).

    **Retry safety.** `client_order_id` (snake_case here, unlike the camelCase v4
    endpoints) is an id of the caller's choosing, 1 to 32 letters and digits. Sending one
    makes a retry safe: when the outcome of a placement is unknown (timeout, 5XX), look the
    order up with `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) before
    placing it again; a resend with an id already used is refused with 50042 (clientOrderId
    is duplicate), which then means the first attempt went through.

    `stpMode` (camelCase on this snake_case endpoint) selects self-trade prevention. The
    official Java SDK and third-party clients give `none` as BitMart's default, the Python
    SDK's docstring `cancel_maker`; send it explicitly when it matters.

    `order_id` is a numeric string (the retired v1 endpoint returned a JSON number).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotSubmitOrderRequest): A spot order (v2). `size` and `price` are required for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

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
    body: SpotSubmitOrderRequest,
) -> Response[SpotOrderPlacedResponse]:
    """Place a spot order

     Places one order on the spot wallet and returns its id. The order's fate (filled,
    resting, cancelled) is not in the answer: query it with `get_spot_order`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc` (immediate or cancel): `size` (base
      currency) **and** `price` (quote currency per unit of base).
    * `market` buy: `notional`, the amount of quote currency to spend (no `size`).
    * `market` sell: `size`, the amount of base currency to sell.
    Missing amounts are refused with 50010 (`size`), 50011 (`price`) or 50012 (`notional`).

    A `limit_maker` order that would trade at once is cancelled by the system instead of
    taking liquidity (it then shows as `canceled` or `failed` in the queries); an `ioc` order
    cancels whatever does not fill immediately. Prices and sizes must respect the pair's
    precision and limits from `get_spot_symbol_details` (50006 to 50009, 50021).

    **Retry safety.** `client_order_id` (snake_case here, unlike the camelCase v4
    endpoints) is an id of the caller's choosing, 1 to 32 letters and digits. Sending one
    makes a retry safe: when the outcome of a placement is unknown (timeout, 5XX), look the
    order up with `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) before
    placing it again; a resend with an id already used is refused with 50042 (clientOrderId
    is duplicate), which then means the first attempt went through.

    `stpMode` (camelCase on this snake_case endpoint) selects self-trade prevention. The
    official Java SDK and third-party clients give `none` as BitMart's default, the Python
    SDK's docstring `cancel_maker`; send it explicitly when it matters.

    `order_id` is a numeric string (the retired v1 endpoint returned a JSON number).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotSubmitOrderRequest): A spot order (v2). `size` and `price` are required for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

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
    body: SpotSubmitOrderRequest,
) -> SpotOrderPlacedResponse:
    """Place a spot order

     Places one order on the spot wallet and returns its id. The order's fate (filled,
    resting, cancelled) is not in the answer: query it with `get_spot_order`.

    Which amount fields are required depends on `type` and `side`:
    * `limit`, `limit_maker` (post-only) and `ioc` (immediate or cancel): `size` (base
      currency) **and** `price` (quote currency per unit of base).
    * `market` buy: `notional`, the amount of quote currency to spend (no `size`).
    * `market` sell: `size`, the amount of base currency to sell.
    Missing amounts are refused with 50010 (`size`), 50011 (`price`) or 50012 (`notional`).

    A `limit_maker` order that would trade at once is cancelled by the system instead of
    taking liquidity (it then shows as `canceled` or `failed` in the queries); an `ioc` order
    cancels whatever does not fill immediately. Prices and sizes must respect the pair's
    precision and limits from `get_spot_symbol_details` (50006 to 50009, 50021).

    **Retry safety.** `client_order_id` (snake_case here, unlike the camelCase v4
    endpoints) is an id of the caller's choosing, 1 to 32 letters and digits. Sending one
    makes a retry safe: when the outcome of a placement is unknown (timeout, 5XX), look the
    order up with `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) before
    placing it again; a resend with an id already used is refused with 50042 (clientOrderId
    is duplicate), which then means the first attempt went through.

    `stpMode` (camelCase on this snake_case endpoint) selects self-trade prevention. The
    official Java SDK and third-party clients give `none` as BitMart's default, the Python
    SDK's docstring `cancel_maker`; send it explicitly when it matters.

    `order_id` is a numeric string (the retired v1 endpoint returned a JSON number).

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotSubmitOrderRequest): A spot order (v2). `size` and `price` are required for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

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
