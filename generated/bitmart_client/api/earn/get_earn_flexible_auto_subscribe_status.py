from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_flexible_auto_subscribe_status_response import (
    EarnFlexibleAutoSubscribeStatusResponse,
)
from ...types import UNSET, Response

OPERATION_ID = "get_earn_flexible_auto_subscribe_status"


def _get_kwargs(
    *,
    product_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["productId"] = product_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/saving/subscribe/status",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFlexibleAutoSubscribeStatusResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFlexibleAutoSubscribeStatusResponse.from_dict,
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
    product_id: str,
) -> Response[EarnFlexibleAutoSubscribeStatusResponse]:
    """Auto-subscribe status of a flexible product

     Tells whether automatic subscription is on (`subscribeStatus` `ON`) or off (`OFF`) for
    the flexible product `productId`. The switch is set with `open` / `close` but reported
    as `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g.
            `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleAutoSubscribeStatusResponse]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    product_id: str,
) -> EarnFlexibleAutoSubscribeStatusResponse:
    """Auto-subscribe status of a flexible product

     Tells whether automatic subscription is on (`subscribeStatus` `ON`) or off (`OFF`) for
    the flexible product `productId`. The switch is set with `open` / `close` but reported
    as `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g.
            `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleAutoSubscribeStatusResponse
    """

    return sync_detailed(
        client=client,
        product_id=product_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    product_id: str,
) -> Response[EarnFlexibleAutoSubscribeStatusResponse]:
    """Auto-subscribe status of a flexible product

     Tells whether automatic subscription is on (`subscribeStatus` `ON`) or off (`OFF`) for
    the flexible product `productId`. The switch is set with `open` / `close` but reported
    as `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g.
            `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleAutoSubscribeStatusResponse]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    product_id: str,
) -> EarnFlexibleAutoSubscribeStatusResponse:
    """Auto-subscribe status of a flexible product

     Tells whether automatic subscription is on (`subscribeStatus` `ON`) or off (`OFF`) for
    the flexible product `productId`. The switch is set with `open` / `close` but reported
    as `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g.
            `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleAutoSubscribeStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            product_id=product_id,
        )
    ).parsed
