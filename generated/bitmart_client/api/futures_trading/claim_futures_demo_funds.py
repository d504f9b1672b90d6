from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_claim_response import FuturesClaimResponse
from ...types import Response

OPERATION_ID = "claim_futures_demo_funds"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/claim",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesClaimResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesClaimResponse.from_dict, client.parse_options
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
) -> Response[FuturesClaimResponse]:
    """Claim simulated funds (demo host only)

     Adds simulated USDT to the futures account of BitMart's simulated-trading environment
    (since 2025-11-18). It exists **only on the demo host**
    `https://demo-api-cloud-v2.bitmart.com`, where every other futures path of this
    document works too, with the same API key, against simulated funds. BitMart documents
    it for the demo host only. It takes no parameters: the body is `{}`.

    The answer names the currency and an amount; BitMart's reference describes `amount`
    as the resulting balance, its skills reference as the amount claimed.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesClaimResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FuturesClaimResponse:
    """Claim simulated funds (demo host only)

     Adds simulated USDT to the futures account of BitMart's simulated-trading environment
    (since 2025-11-18). It exists **only on the demo host**
    `https://demo-api-cloud-v2.bitmart.com`, where every other futures path of this
    document works too, with the same API key, against simulated funds. BitMart documents
    it for the demo host only. It takes no parameters: the body is `{}`.

    The answer names the currency and an amount; BitMart's reference describes `amount`
    as the resulting balance, its skills reference as the amount claimed.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesClaimResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FuturesClaimResponse]:
    """Claim simulated funds (demo host only)

     Adds simulated USDT to the futures account of BitMart's simulated-trading environment
    (since 2025-11-18). It exists **only on the demo host**
    `https://demo-api-cloud-v2.bitmart.com`, where every other futures path of this
    document works too, with the same API key, against simulated funds. BitMart documents
    it for the demo host only. It takes no parameters: the body is `{}`.

    The answer names the currency and an amount; BitMart's reference describes `amount`
    as the resulting balance, its skills reference as the amount claimed.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesClaimResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FuturesClaimResponse:
    """Claim simulated funds (demo host only)

     Adds simulated USDT to the futures account of BitMart's simulated-trading environment
    (since 2025-11-18). It exists **only on the demo host**
    `https://demo-api-cloud-v2.bitmart.com`, where every other futures path of this
    document works too, with the same API key, against simulated funds. BitMart documents
    it for the demo host only. It takes no parameters: the body is `{}`.

    The answer names the currency and an amount; BitMart's reference describes `amount`
    as the resulting balance, its skills reference as the amount claimed.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesClaimResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
