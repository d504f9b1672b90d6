from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_cancel_order_v1_request import SpotCancelOrderV1Request
from ...models.spot_cancel_response import SpotCancelResponse
from ...types import Response

OPERATION_ID = "cancel_spot_order_v1"


def _get_kwargs(
    *,
    body: SpotCancelOrderV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/cancel_order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotCancelResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotCancelResponse.from_dict, client.parse_options
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
    body: SpotCancelOrderV1Request,
) -> Response[SpotCancelResponse]:
    """Cancel a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v3/cancel_order` (`cancel_spot_order`) instead. Described
    for completeness only.

    Cancelled one order by `order_id`, sent as a JSON number. The answer is described with
    the `result` flag of the later versions; no surviving source shows the v1 answer.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrderV1Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelResponse]
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
    body: SpotCancelOrderV1Request,
) -> SpotCancelResponse:
    """Cancel a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v3/cancel_order` (`cancel_spot_order`) instead. Described
    for completeness only.

    Cancelled one order by `order_id`, sent as a JSON number. The answer is described with
    the `result` flag of the later versions; no surviving source shows the v1 answer.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrderV1Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrderV1Request,
) -> Response[SpotCancelResponse]:
    """Cancel a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v3/cancel_order` (`cancel_spot_order`) instead. Described
    for completeness only.

    Cancelled one order by `order_id`, sent as a JSON number. The answer is described with
    the `result` flag of the later versions; no surviving source shows the v1 answer.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrderV1Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCancelResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SpotCancelOrderV1Request,
) -> SpotCancelResponse:
    """Cancel a spot order (v1, retired)

     Retired: BitMart stopped serving this endpoint after 2024-06-30 and answers 30031
    (with HTTP 200). Use `/spot/v3/cancel_order` (`cancel_spot_order`) instead. Described
    for completeness only.

    Cancelled one order by `order_id`, sent as a JSON number. The answer is described with
    the `result` flag of the later versions; no surviving source shows the v1 answer.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SpotCancelOrderV1Request):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCancelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
