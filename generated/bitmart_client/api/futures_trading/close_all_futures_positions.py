from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_close_all_request import FuturesCloseAllRequest
from ...models.futures_close_all_response import FuturesCloseAllResponse
from ...types import Response

OPERATION_ID = "close_all_futures_positions"


def _get_kwargs(
    *,
    body: FuturesCloseAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/close-all-position",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesCloseAllResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesCloseAllResponse.from_dict, client.parse_options
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
    body: FuturesCloseAllRequest,
) -> Response[FuturesCloseAllResponse]:
    """Close all positions

     Closes the account's positions in one call: all of them, those of one contract
    (`symbol`), and/or only one side (`position_side` `long` or `short`). `contractType`
    (camelCase, unlike every other field of this area) selects the product line: 1 for
    USDT-margined futures, 2 for coin-margined futures.

    Only BitMart's official Python SDK (2.8.0) knows this endpoint; the developer
    documentation does not describe it, so its answer is not documented: `data` is typed
    as an object of unknown content. Check the positions afterwards with
    `/contract/private/position`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesCloseAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCloseAllResponse]
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
    body: FuturesCloseAllRequest,
) -> FuturesCloseAllResponse:
    """Close all positions

     Closes the account's positions in one call: all of them, those of one contract
    (`symbol`), and/or only one side (`position_side` `long` or `short`). `contractType`
    (camelCase, unlike every other field of this area) selects the product line: 1 for
    USDT-margined futures, 2 for coin-margined futures.

    Only BitMart's official Python SDK (2.8.0) knows this endpoint; the developer
    documentation does not describe it, so its answer is not documented: `data` is typed
    as an object of unknown content. Check the positions afterwards with
    `/contract/private/position`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesCloseAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCloseAllResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesCloseAllRequest,
) -> Response[FuturesCloseAllResponse]:
    """Close all positions

     Closes the account's positions in one call: all of them, those of one contract
    (`symbol`), and/or only one side (`position_side` `long` or `short`). `contractType`
    (camelCase, unlike every other field of this area) selects the product line: 1 for
    USDT-margined futures, 2 for coin-margined futures.

    Only BitMart's official Python SDK (2.8.0) knows this endpoint; the developer
    documentation does not describe it, so its answer is not documented: `data` is typed
    as an object of unknown content. Check the positions afterwards with
    `/contract/private/position`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesCloseAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCloseAllResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesCloseAllRequest,
) -> FuturesCloseAllResponse:
    """Close all positions

     Closes the account's positions in one call: all of them, those of one contract
    (`symbol`), and/or only one side (`position_side` `long` or `short`). `contractType`
    (camelCase, unlike every other field of this area) selects the product line: 1 for
    USDT-margined futures, 2 for coin-margined futures.

    Only BitMart's official Python SDK (2.8.0) knows this endpoint; the developer
    documentation does not describe it, so its answer is not documented: `data` is typed
    as an object of unknown content. Check the positions afterwards with
    `/contract/private/position`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FuturesCloseAllRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCloseAllResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
