from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_order_placed_v1_response import SpotOrderPlacedV1Response
from ...models.spot_submit_order_v1_request import SpotSubmitOrderV1Request
from ...types import Response

OPERATION_ID = "submit_spot_order_v1"


def _get_kwargs(
    *,
    body: SpotSubmitOrderV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/submit_order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotOrderPlacedV1Response]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotOrderPlacedV1Response.from_dict,
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
    body: SpotSubmitOrderV1Request,
) -> Response[SpotOrderPlacedV1Response]:
    """Place a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v2/submit_order` (`submit_spot_order`) instead. Described
    for completeness only.

    Placed one order without a client order id. `size` and `price` were required for
    `limit` (and, after a 2021 change, `limit_maker` and `ioc`), `notional` for a `market`
    buy and `size` for a `market` sell. Unlike v2, `order_id` came back as a JSON number.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotSubmitOrderV1Request): A spot order (retired v1). `size` and `price` for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderPlacedV1Response]
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
    body: SpotSubmitOrderV1Request,
) -> SpotOrderPlacedV1Response:
    """Place a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v2/submit_order` (`submit_spot_order`) instead. Described
    for completeness only.

    Placed one order without a client order id. `size` and `price` were required for
    `limit` (and, after a 2021 change, `limit_maker` and `ioc`), `notional` for a `market`
    buy and `size` for a `market` sell. Unlike v2, `order_id` came back as a JSON number.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotSubmitOrderV1Request): A spot order (retired v1). `size` and `price` for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderPlacedV1Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotSubmitOrderV1Request,
) -> Response[SpotOrderPlacedV1Response]:
    """Place a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v2/submit_order` (`submit_spot_order`) instead. Described
    for completeness only.

    Placed one order without a client order id. `size` and `price` were required for
    `limit` (and, after a 2021 change, `limit_maker` and `ioc`), `notional` for a `market`
    buy and `size` for a `market` sell. Unlike v2, `order_id` came back as a JSON number.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotSubmitOrderV1Request): A spot order (retired v1). `size` and `price` for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderPlacedV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotSubmitOrderV1Request,
) -> SpotOrderPlacedV1Response:
    """Place a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v2/submit_order` (`submit_spot_order`) instead. Described
    for completeness only.

    Placed one order without a client order id. `size` and `price` were required for
    `limit` (and, after a 2021 change, `limit_maker` and `ioc`), `notional` for a `market`
    buy and `size` for a `market` sell. Unlike v2, `order_id` came back as a JSON number.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotSubmitOrderV1Request): A spot order (retired v1). `size` and `price` for
            `limit`, `limit_maker` and `ioc`;
            `notional` for a `market` buy; `size` for a `market` sell.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderPlacedV1Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
