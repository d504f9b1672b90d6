from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_batch_orders_legacy_response import SpotBatchOrdersLegacyResponse
from ...models.spot_batch_orders_v2_request import SpotBatchOrdersV2Request
from ...types import Response

OPERATION_ID = "submit_spot_batch_orders_v2"


def _get_kwargs(
    *,
    body: SpotBatchOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v2/batch_orders",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotBatchOrdersLegacyResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotBatchOrdersLegacyResponse.from_dict,
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
    body: SpotBatchOrdersV2Request,
) -> Response[SpotBatchOrdersLegacyResponse]:
    """Place several spot orders (v2, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/batch_orders` (`submit_spot_batch_orders`) instead.
    Described for completeness only.

    Placed up to 10 orders, each with its own `symbol`, under the snake_case key
    `order_params`. The answer listed one result per order in `responses`: an inner `code`
    (0 on success), a `msg`, and on success `data.order_id`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotBatchOrdersV2Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotBatchOrdersLegacyResponse]
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
    body: SpotBatchOrdersV2Request,
) -> SpotBatchOrdersLegacyResponse:
    """Place several spot orders (v2, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/batch_orders` (`submit_spot_batch_orders`) instead.
    Described for completeness only.

    Placed up to 10 orders, each with its own `symbol`, under the snake_case key
    `order_params`. The answer listed one result per order in `responses`: an inner `code`
    (0 on success), a `msg`, and on success `data.order_id`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotBatchOrdersV2Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotBatchOrdersLegacyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotBatchOrdersV2Request,
) -> Response[SpotBatchOrdersLegacyResponse]:
    """Place several spot orders (v2, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/batch_orders` (`submit_spot_batch_orders`) instead.
    Described for completeness only.

    Placed up to 10 orders, each with its own `symbol`, under the snake_case key
    `order_params`. The answer listed one result per order in `responses`: an inner `code`
    (0 on success), a `msg`, and on success `data.order_id`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotBatchOrdersV2Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotBatchOrdersLegacyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotBatchOrdersV2Request,
) -> SpotBatchOrdersLegacyResponse:
    """Place several spot orders (v2, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v4/batch_orders` (`submit_spot_batch_orders`) instead.
    Described for completeness only.

    Placed up to 10 orders, each with its own `symbol`, under the snake_case key
    `order_params`. The answer listed one result per order in `responses`: an inner `code`
    (0 on success), a `msg`, and on success `data.order_id`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotBatchOrdersV2Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotBatchOrdersLegacyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
