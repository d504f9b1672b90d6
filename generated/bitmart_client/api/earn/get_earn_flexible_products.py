from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_flexible_products_response import EarnFlexibleProductsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_earn_flexible_products"


def _get_kwargs(
    *,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["sizePage"] = size_page

    params["coinName"] = coin_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/saving/product",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFlexibleProductsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFlexibleProductsResponse.from_dict,
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
) -> Response[EarnFlexibleProductsResponse]:
    """Flexible savings products

     Pages through the flexible savings products open for subscription: currency, annual
    yield (`apy`, plus any bonus in `additionalApy`), subscription limits and, for products
    with tiered rates (`hasTierRate`), the yield per amount band in `tierRate`.

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName`
    filters by currency. Use a row's `productId` to subscribe
    (`subscribe_earn_flexible`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleProductsResponse]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
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
) -> EarnFlexibleProductsResponse:
    """Flexible savings products

     Pages through the flexible savings products open for subscription: currency, annual
    yield (`apy`, plus any bonus in `additionalApy`), subscription limits and, for products
    with tiered rates (`hasTierRate`), the yield per amount band in `tierRate`.

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName`
    filters by currency. Use a row's `productId` to subscribe
    (`subscribe_earn_flexible`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleProductsResponse
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
) -> Response[EarnFlexibleProductsResponse]:
    """Flexible savings products

     Pages through the flexible savings products open for subscription: currency, annual
    yield (`apy`, plus any bonus in `additionalApy`), subscription limits and, for products
    with tiered rates (`hasTierRate`), the yield per amount band in `tierRate`.

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName`
    filters by currency. Use a row's `productId` to subscribe
    (`subscribe_earn_flexible`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleProductsResponse]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        size_page=size_page,
        coin_name=coin_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    current_page: int,
    size_page: int,
    coin_name: str | Unset = UNSET,
) -> EarnFlexibleProductsResponse:
    """Flexible savings products

     Pages through the flexible savings products open for subscription: currency, annual
    yield (`apy`, plus any bonus in `additionalApy`), subscription limits and, for products
    with tiered rates (`hasTierRate`), the yield per amount band in `tierRate`.

    `currentPage` and `sizePage` are required (at most 100 rows per page); `coinName`
    filters by currency. Use a row's `productId` to subscribe
    (`subscribe_earn_flexible`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        current_page (int):
        size_page (int):
        coin_name (str | Unset): A currency code such as `USDT`; a network may follow after a
            dash, e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            size_page=size_page,
            coin_name=coin_name,
        )
    ).parsed
