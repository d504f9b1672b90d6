from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_batch_orders_request import SpotBatchOrdersRequest
from ...models.spot_batch_orders_response import SpotBatchOrdersResponse
from ...types import Response

OPERATION_ID = "submit_spot_batch_orders"


def _get_kwargs(
    *,
    body: SpotBatchOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/batch_orders",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotBatchOrdersResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotBatchOrdersResponse.from_dict, client.parse_options
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
    body: SpotBatchOrdersRequest,
) -> Response[SpotBatchOrdersResponse]:
    """Place up to 10 spot orders on one pair

     Places 1 to 10 orders on one trading pair in a single request. `symbol` is given once
    at the top; each entry of `orderParams` follows the same amount rules as
    `submit_spot_order`:
    * `limit`, `limit_maker` and `ioc`: `size` and `price`.
    * `market` buy: `notional`; `market` sell: `size`.
    More than 10 entries (or none) is refused with 50033. The terms of every entry are
    checked before any order is placed, so one invalid entry refuses the whole batch with
    its code.

    **Retry safety.** Give every entry a `clientOrderId` (camelCase on this v4 endpoint),
    1 to 32 letters and digits. When the outcome of a batch is unknown, look each id up with
    `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) and resend only the
    entries that are not found; a resend with an id already used is refused with 50042
    (clientOrderId is duplicate).

    The answer nests a second envelope inside `data`: `{code, msg, data: {orderIds}}`, where
    the inner `code` is 0 on success and `orderIds` lists the new order ids in the order of
    `orderParams`. BitMart counts the batch as placed only when `orderIds` is present.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotBatchOrdersRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotBatchOrdersResponse]
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
    body: SpotBatchOrdersRequest,
) -> SpotBatchOrdersResponse:
    """Place up to 10 spot orders on one pair

     Places 1 to 10 orders on one trading pair in a single request. `symbol` is given once
    at the top; each entry of `orderParams` follows the same amount rules as
    `submit_spot_order`:
    * `limit`, `limit_maker` and `ioc`: `size` and `price`.
    * `market` buy: `notional`; `market` sell: `size`.
    More than 10 entries (or none) is refused with 50033. The terms of every entry are
    checked before any order is placed, so one invalid entry refuses the whole batch with
    its code.

    **Retry safety.** Give every entry a `clientOrderId` (camelCase on this v4 endpoint),
    1 to 32 letters and digits. When the outcome of a batch is unknown, look each id up with
    `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) and resend only the
    entries that are not found; a resend with an id already used is refused with 50042
    (clientOrderId is duplicate).

    The answer nests a second envelope inside `data`: `{code, msg, data: {orderIds}}`, where
    the inner `code` is 0 on success and `orderIds` lists the new order ids in the order of
    `orderParams`. BitMart counts the batch as placed only when `orderIds` is present.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotBatchOrdersRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotBatchOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotBatchOrdersRequest,
) -> Response[SpotBatchOrdersResponse]:
    """Place up to 10 spot orders on one pair

     Places 1 to 10 orders on one trading pair in a single request. `symbol` is given once
    at the top; each entry of `orderParams` follows the same amount rules as
    `submit_spot_order`:
    * `limit`, `limit_maker` and `ioc`: `size` and `price`.
    * `market` buy: `notional`; `market` sell: `size`.
    More than 10 entries (or none) is refused with 50033. The terms of every entry are
    checked before any order is placed, so one invalid entry refuses the whole batch with
    its code.

    **Retry safety.** Give every entry a `clientOrderId` (camelCase on this v4 endpoint),
    1 to 32 letters and digits. When the outcome of a batch is unknown, look each id up with
    `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) and resend only the
    entries that are not found; a resend with an id already used is refused with 50042
    (clientOrderId is duplicate).

    The answer nests a second envelope inside `data`: `{code, msg, data: {orderIds}}`, where
    the inner `code` is 0 on success and `orderIds` lists the new order ids in the order of
    `orderParams`. BitMart counts the batch as placed only when `orderIds` is present.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotBatchOrdersRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotBatchOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotBatchOrdersRequest,
) -> SpotBatchOrdersResponse:
    """Place up to 10 spot orders on one pair

     Places 1 to 10 orders on one trading pair in a single request. `symbol` is given once
    at the top; each entry of `orderParams` follows the same amount rules as
    `submit_spot_order`:
    * `limit`, `limit_maker` and `ioc`: `size` and `price`.
    * `market` buy: `notional`; `market` sell: `size`.
    More than 10 entries (or none) is refused with 50033. The terms of every entry are
    checked before any order is placed, so one invalid entry refuses the whole batch with
    its code.

    **Retry safety.** Give every entry a `clientOrderId` (camelCase on this v4 endpoint),
    1 to 32 letters and digits. When the outcome of a batch is unknown, look each id up with
    `/spot/v4/query/client-order` (`get_spot_order_by_client_order_id`) and resend only the
    entries that are not found; a resend with an id already used is refused with 50042
    (clientOrderId is duplicate).

    The answer nests a second envelope inside `data`: `{code, msg, data: {orderIds}}`, where
    the inner `code` is 0 on success and `orderIds` lists the new order ids in the order of
    `orderParams`. BitMart counts the batch as placed only when `orderIds` is present.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotBatchOrdersRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotBatchOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
