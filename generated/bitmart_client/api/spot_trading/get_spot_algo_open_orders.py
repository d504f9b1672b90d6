from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_algo_order_list_response import SpotAlgoOrderListResponse
from ...models.spot_algo_query_list_request import SpotAlgoQueryListRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_spot_algo_open_orders"


def _get_kwargs(
    *,
    body: SpotAlgoQueryListRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v4/query/algo/open-orders",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotAlgoOrderListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotAlgoOrderListResponse.from_dict,
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
    body: SpotAlgoQueryListRequest | Unset = UNSET,
) -> Response[SpotAlgoOrderListResponse]:
    """Waiting algo orders

     Lists the account's algo orders still waiting for their trigger, optionally filtered by
    `symbol` and by type through `orderMode` (here `trigger` or `tp/sl`, **not** the
    `spot`/`iso_margin` of the ordinary order queries).

    Time window and `limit` work as in `get_spot_open_orders`: Unix **milliseconds**, the
    last 7 days by default (per the SDKs, which copy the ordinary queries' rules), 1 to 200
    entries, default 200.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryListRequest | Unset): Filters of the algo order lists; every field is
            optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoOrderListResponse]
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
    body: SpotAlgoQueryListRequest | Unset = UNSET,
) -> SpotAlgoOrderListResponse:
    """Waiting algo orders

     Lists the account's algo orders still waiting for their trigger, optionally filtered by
    `symbol` and by type through `orderMode` (here `trigger` or `tp/sl`, **not** the
    `spot`/`iso_margin` of the ordinary order queries).

    Time window and `limit` work as in `get_spot_open_orders`: Unix **milliseconds**, the
    last 7 days by default (per the SDKs, which copy the ordinary queries' rules), 1 to 200
    entries, default 200.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryListRequest | Unset): Filters of the algo order lists; every field is
            optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoOrderListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryListRequest | Unset = UNSET,
) -> Response[SpotAlgoOrderListResponse]:
    """Waiting algo orders

     Lists the account's algo orders still waiting for their trigger, optionally filtered by
    `symbol` and by type through `orderMode` (here `trigger` or `tp/sl`, **not** the
    `spot`/`iso_margin` of the ordinary order queries).

    Time window and `limit` work as in `get_spot_open_orders`: Unix **milliseconds**, the
    last 7 days by default (per the SDKs, which copy the ordinary queries' rules), 1 to 200
    entries, default 200.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryListRequest | Unset): Filters of the algo order lists; every field is
            optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotAlgoOrderListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotAlgoQueryListRequest | Unset = UNSET,
) -> SpotAlgoOrderListResponse:
    """Waiting algo orders

     Lists the account's algo orders still waiting for their trigger, optionally filtered by
    `symbol` and by type through `orderMode` (here `trigger` or `tp/sl`, **not** the
    `spot`/`iso_margin` of the ordinary order queries).

    Time window and `limit` work as in `get_spot_open_orders`: Unix **milliseconds**, the
    last 7 days by default (per the SDKs, which copy the ordinary queries' rules), 1 to 200
    entries, default 200.

    BitMart has not published the answer's fields; see `SpotAlgoOrder`.

    A read-only query sent as a signed POST: safe to retry.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotAlgoQueryListRequest | Unset): Filters of the algo order lists; every field is
            optional.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotAlgoOrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
