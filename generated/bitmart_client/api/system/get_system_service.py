from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.system_service_response import SystemServiceResponse
from ...types import Response

OPERATION_ID = "get_system_service"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/service",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SystemServiceResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SystemServiceResponse.from_dict, client.parse_options
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
) -> Response[SystemServiceResponse]:
    """Maintenance status

     Lists BitMart's announced maintenance windows per service (`spot`, `contract`,
    `account`). An entry with `status` 1 means that service is under maintenance now: its
    endpoints answer 30016 (or, for futures upgrades, 40020/25601) until `end_time`.

    `status` arrives as a number or as a numeric string depending on the service; accept both.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SystemServiceResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> SystemServiceResponse:
    """Maintenance status

     Lists BitMart's announced maintenance windows per service (`spot`, `contract`,
    `account`). An entry with `status` 1 means that service is under maintenance now: its
    endpoints answer 30016 (or, for futures upgrades, 40020/25601) until `end_time`.

    `status` arrives as a number or as a numeric string depending on the service; accept both.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SystemServiceResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[SystemServiceResponse]:
    """Maintenance status

     Lists BitMart's announced maintenance windows per service (`spot`, `contract`,
    `account`). An entry with `status` 1 means that service is under maintenance now: its
    endpoints answer 30016 (or, for futures upgrades, 40020/25601) until `end_time`.

    `status` arrives as a number or as a numeric string depending on the service; accept both.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SystemServiceResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> SystemServiceResponse:
    """Maintenance status

     Lists BitMart's announced maintenance windows per service (`spot`, `contract`,
    `account`). An entry with `status` 1 means that service is under maintenance now: its
    endpoints answer 30016 (or, for futures upgrades, 40020/25601) until `end_time`.

    `status` arrives as a number or as a numeric string depending on the service; accept both.

    Rate limit: 10 requests per second per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SystemServiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
