from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_cancel_orders_request import SpotCancelOrdersRequest
from ...models.spot_cancel_orders_response import SpotCancelOrdersResponse
from ...types import Response

OPERATION_ID = "cancel_spot_orders"


def _get_kwargs(
    *,
    body: SpotCancelOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/cancel_orders",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotCancelOrdersResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotCancelOrdersResponse.from_dict, client.parse_options
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
    body: SpotCancelOrdersRequest,
) -> Response[SpotCancelOrdersResponse]:
    """Cancel up to 10 spot orders of one pair

     Cancels up to 10 orders of one trading pair, named either by BitMart's ids
    (`orderIds`) or by the caller's ids (`clientOrderIds`): send exactly one of the two
    lists (camelCase on this v4 endpoint). Sending neither is refused with 50039 or 50028;
    more than 10 ids with 50033.

    The answer splits the ids into `successIds` and `failIds` (an order already filled or
    cancelled fails) and counts them.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrdersRequest): Send exactly one of `orderIds` and `clientOrderIds`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelOrdersResponse]
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
    body: SpotCancelOrdersRequest,
) -> SpotCancelOrdersResponse:
    """Cancel up to 10 spot orders of one pair

     Cancels up to 10 orders of one trading pair, named either by BitMart's ids
    (`orderIds`) or by the caller's ids (`clientOrderIds`): send exactly one of the two
    lists (camelCase on this v4 endpoint). Sending neither is refused with 50039 or 50028;
    more than 10 ids with 50033.

    The answer splits the ids into `successIds` and `failIds` (an order already filled or
    cancelled fails) and counts them.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrdersRequest): Send exactly one of `orderIds` and `clientOrderIds`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrdersRequest,
) -> Response[SpotCancelOrdersResponse]:
    """Cancel up to 10 spot orders of one pair

     Cancels up to 10 orders of one trading pair, named either by BitMart's ids
    (`orderIds`) or by the caller's ids (`clientOrderIds`): send exactly one of the two
    lists (camelCase on this v4 endpoint). Sending neither is refused with 50039 or 50028;
    more than 10 ids with 50033.

    The answer splits the ids into `successIds` and `failIds` (an order already filled or
    cancelled fails) and counts them.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrdersRequest): Send exactly one of `orderIds` and `clientOrderIds`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrdersRequest,
) -> SpotCancelOrdersResponse:
    """Cancel up to 10 spot orders of one pair

     Cancels up to 10 orders of one trading pair, named either by BitMart's ids
    (`orderIds`) or by the caller's ids (`clientOrderIds`): send exactly one of the two
    lists (camelCase on this v4 endpoint). Sending neither is refused with 50039 or 50028;
    more than 10 ids with 50033.

    The answer splits the ids into `successIds` and `failIds` (an order already filled or
    cancelled fails) and counts them.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (SpotCancelOrdersRequest): Send exactly one of `orderIds` and `clientOrderIds`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
