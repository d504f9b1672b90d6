from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_auto_savings_status_response import EarnAutoSavingsStatusResponse
from ...types import Response

OPERATION_ID = "get_earn_auto_savings_status"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/saving/subscribe/batch",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnAutoSavingsStatusResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnAutoSavingsStatusResponse.from_dict,
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
) -> Response[EarnAutoSavingsStatusResponse]:
    """Automatic flexible savings status

     Tells whether the account-wide automatic savings is on (`batchSubscribeStatus` `ON`)
    or off (`OFF`). Note that the switch is set with `open` / `close` but reported as
    `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAutoSavingsStatusResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> EarnAutoSavingsStatusResponse:
    """Automatic flexible savings status

     Tells whether the account-wide automatic savings is on (`batchSubscribeStatus` `ON`)
    or off (`OFF`). Note that the switch is set with `open` / `close` but reported as
    `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAutoSavingsStatusResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EarnAutoSavingsStatusResponse]:
    """Automatic flexible savings status

     Tells whether the account-wide automatic savings is on (`batchSubscribeStatus` `ON`)
    or off (`OFF`). Note that the switch is set with `open` / `close` but reported as
    `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAutoSavingsStatusResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> EarnAutoSavingsStatusResponse:
    """Automatic flexible savings status

     Tells whether the account-wide automatic savings is on (`batchSubscribeStatus` `ON`)
    or off (`OFF`). Note that the switch is set with `open` / `close` but reported as
    `ON` / `OFF`.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAutoSavingsStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
