from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.system_time_response import SystemTimeResponse
from ...types import Response

OPERATION_ID = "get_system_time"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/time",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SystemTimeResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SystemTimeResponse.from_dict, client.parse_options
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
    client: AuthenticatedClient | Client,
) -> Response[SystemTimeResponse]:
    """Server time

     Returns BitMart's clock in Unix milliseconds. Use it to measure the offset of the local
    clock before signing: a SIGNED request whose `X-BM-TIMESTAMP` is more than a minute off
    (or outside `recvWindow` on v4 endpoints) fails with 30007.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SystemTimeResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> SystemTimeResponse:
    """Server time

     Returns BitMart's clock in Unix milliseconds. Use it to measure the offset of the local
    clock before signing: a SIGNED request whose `X-BM-TIMESTAMP` is more than a minute off
    (or outside `recvWindow` on v4 endpoints) fails with 30007.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SystemTimeResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[SystemTimeResponse]:
    """Server time

     Returns BitMart's clock in Unix milliseconds. Use it to measure the offset of the local
    clock before signing: a SIGNED request whose `X-BM-TIMESTAMP` is more than a minute off
    (or outside `recvWindow` on v4 endpoints) fails with 30007.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SystemTimeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> SystemTimeResponse:
    """Server time

     Returns BitMart's clock in Unix milliseconds. Use it to measure the offset of the local
    clock before signing: a SIGNED request whose `X-BM-TIMESTAMP` is more than a minute off
    (or outside `recvWindow` on v4 endpoints) fails with 30007.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SystemTimeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
