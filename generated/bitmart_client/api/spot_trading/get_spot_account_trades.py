from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_query_list_request import SpotQueryListRequest
from ...models.spot_trade_list_response import SpotTradeListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_spot_account_trades"


def _get_kwargs(
    *,
    body: SpotQueryListRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/query/trades",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotTradeListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotTradeListResponse.from_dict, client.parse_options
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
    body: SpotQueryListRequest | Unset = UNSET,
) -> Response[SpotTradeListResponse]:
    """Account trades

     Lists the account's own fills (trades), optionally filtered by `symbol`
    and `orderMode` (`spot` or `iso_margin`). Each fill names its order, its price, size
    and value, the fee and its currency (`feeCoinName`), and
    whether the order was `maker` or `taker`.

    Time window: `startTime` and `endTime` are Unix **milliseconds**; without either, the
    last 7 days are searched; with only one, the search starts there. `endTime` must be
    after `startTime` (52004). At most `limit` fills (1 to 200, default 200) are returned
    and there is no cursor.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryListRequest | Unset): Filters of the v4 order and trade lists; every field
            is optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTradeListResponse]
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
    body: SpotQueryListRequest | Unset = UNSET,
) -> SpotTradeListResponse:
    """Account trades

     Lists the account's own fills (trades), optionally filtered by `symbol`
    and `orderMode` (`spot` or `iso_margin`). Each fill names its order, its price, size
    and value, the fee and its currency (`feeCoinName`), and
    whether the order was `maker` or `taker`.

    Time window: `startTime` and `endTime` are Unix **milliseconds**; without either, the
    last 7 days are searched; with only one, the search starts there. `endTime` must be
    after `startTime` (52004). At most `limit` fills (1 to 200, default 200) are returned
    and there is no cursor.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryListRequest | Unset): Filters of the v4 order and trade lists; every field
            is optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTradeListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotQueryListRequest | Unset = UNSET,
) -> Response[SpotTradeListResponse]:
    """Account trades

     Lists the account's own fills (trades), optionally filtered by `symbol`
    and `orderMode` (`spot` or `iso_margin`). Each fill names its order, its price, size
    and value, the fee and its currency (`feeCoinName`), and
    whether the order was `maker` or `taker`.

    Time window: `startTime` and `endTime` are Unix **milliseconds**; without either, the
    last 7 days are searched; with only one, the search starts there. `endTime` must be
    after `startTime` (52004). At most `limit` fills (1 to 200, default 200) are returned
    and there is no cursor.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryListRequest | Unset): Filters of the v4 order and trade lists; every field
            is optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTradeListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotQueryListRequest | Unset = UNSET,
) -> SpotTradeListResponse:
    """Account trades

     Lists the account's own fills (trades), optionally filtered by `symbol`
    and `orderMode` (`spot` or `iso_margin`). Each fill names its order, its price, size
    and value, the fee and its currency (`feeCoinName`), and
    whether the order was `maker` or `taker`.

    Time window: `startTime` and `endTime` are Unix **milliseconds**; without either, the
    last 7 days are searched; with only one, the search starts there. `endTime` must be
    after `startTime` (52004). At most `limit` fills (1 to 200, default 200) are returned
    and there is no cursor.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        body (SpotQueryListRequest | Unset): Filters of the v4 order and trade lists; every field
            is optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTradeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
