from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_fixed_auto_renewal_response import EarnFixedAutoRenewalResponse
from ...models.set_earn_fixed_auto_renewal_body import SetEarnFixedAutoRenewalBody
from ...types import Response

OPERATION_ID = "set_earn_fixed_auto_renewal"


def _get_kwargs(
    *,
    body: SetEarnFixedAutoRenewalBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/newearn/cloud/v1/saving/fixed/subscribe/operate",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFixedAutoRenewalResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFixedAutoRenewalResponse.from_dict,
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
    body: SetEarnFixedAutoRenewalBody,
) -> Response[EarnFixedAutoRenewalResponse]:
    """Change what a fixed position does at maturity

     Sets the maturity choice of the fixed-term position `earnId`: `OFF` pays out,
    `REINVEST_FLEXIBLE` moves principal and interest into flexible savings,
    `REINVEST_FIXED` locks them again in the same product.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnFixedAutoRenewalBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedAutoRenewalResponse]
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
    body: SetEarnFixedAutoRenewalBody,
) -> EarnFixedAutoRenewalResponse:
    """Change what a fixed position does at maturity

     Sets the maturity choice of the fixed-term position `earnId`: `OFF` pays out,
    `REINVEST_FLEXIBLE` moves principal and interest into flexible savings,
    `REINVEST_FIXED` locks them again in the same product.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnFixedAutoRenewalBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedAutoRenewalResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetEarnFixedAutoRenewalBody,
) -> Response[EarnFixedAutoRenewalResponse]:
    """Change what a fixed position does at maturity

     Sets the maturity choice of the fixed-term position `earnId`: `OFF` pays out,
    `REINVEST_FLEXIBLE` moves principal and interest into flexible savings,
    `REINVEST_FIXED` locks them again in the same product.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnFixedAutoRenewalBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedAutoRenewalResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetEarnFixedAutoRenewalBody,
) -> EarnFixedAutoRenewalResponse:
    """Change what a fixed position does at maturity

     Sets the maturity choice of the fixed-term position `earnId`: `OFF` pays out,
    `REINVEST_FLEXIBLE` moves principal and interest into flexible savings,
    `REINVEST_FIXED` locks them again in the same product.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnFixedAutoRenewalBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedAutoRenewalResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
