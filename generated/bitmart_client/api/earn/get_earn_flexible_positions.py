from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_flexible_positions_response import EarnFlexiblePositionsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_earn_flexible_positions"


def _get_kwargs(
    *,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["sizePage"] = size_page

    params["coinName"] = coin_name

    params["productId"] = product_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/saving/earn",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFlexiblePositionsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFlexiblePositionsResponse.from_dict,
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
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
) -> Response[EarnFlexiblePositionsResponse]:
    """Flexible savings positions

     Pages through the caller's flexible savings positions: the position id (`earnId`, used
    to redeem), product, currency, current yield, interest earned so far (`totalProfit`)
    and whether the position is renewed automatically (`autoSubscribe`).

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName` and
    `productId` filter.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        product_id (str | Unset): A savings product id, a numeric string in BitMart's examples
            (e.g. `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexiblePositionsResponse]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
) -> EarnFlexiblePositionsResponse:
    """Flexible savings positions

     Pages through the caller's flexible savings positions: the position id (`earnId`, used
    to redeem), product, currency, current yield, interest earned so far (`totalProfit`)
    and whether the position is renewed automatically (`autoSubscribe`).

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName` and
    `productId` filter.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        product_id (str | Unset): A savings product id, a numeric string in BitMart's examples
            (e.g. `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexiblePositionsResponse
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
        product_id=product_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
) -> Response[EarnFlexiblePositionsResponse]:
    """Flexible savings positions

     Pages through the caller's flexible savings positions: the position id (`earnId`, used
    to redeem), product, currency, current yield, interest earned so far (`totalProfit`)
    and whether the position is renewed automatically (`autoSubscribe`).

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName` and
    `productId` filter.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        product_id (str | Unset): A savings product id, a numeric string in BitMart's examples
            (e.g. `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexiblePositionsResponse]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
) -> EarnFlexiblePositionsResponse:
    """Flexible savings positions

     Pages through the caller's flexible savings positions: the position id (`earnId`, used
    to redeem), product, currency, current yield, interest earned so far (`totalProfit`)
    and whether the position is renewed automatically (`autoSubscribe`).

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName` and
    `productId` filter.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.
        product_id (str | Unset): A savings product id, a numeric string in BitMart's examples
            (e.g. `1001`).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexiblePositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            size_page=size_page,
            coin_name=coin_name,
            product_id=product_id,
        )
    ).parsed
