from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_account_response import EarnAccountResponse
from ...types import Response

OPERATION_ID = "get_earn_account"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newearn/cloud/v1/earn",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnAccountResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EarnAccountResponse.from_dict, client.parse_options
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
) -> Response[EarnAccountResponse]:
    """Earn account overview

     Returns the overview of the Earn (savings) account: the value held in savings products
    (`totalUserSum`), the interest earned so far (`totalProfit`) and the interest of the
    last payout (`previousProfit`). Amounts are decimal strings.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAccountResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> EarnAccountResponse:
    """Earn account overview

     Returns the overview of the Earn (savings) account: the value held in savings products
    (`totalUserSum`), the interest earned so far (`totalProfit`) and the interest of the
    last payout (`previousProfit`). Amounts are decimal strings.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAccountResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EarnAccountResponse]:
    """Earn account overview

     Returns the overview of the Earn (savings) account: the value held in savings products
    (`totalUserSum`), the interest earned so far (`totalProfit`) and the interest of the
    last payout (`previousProfit`). Amounts are decimal strings.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAccountResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> EarnAccountResponse:
    """Earn account overview

     Returns the overview of the Earn (savings) account: the value held in savings products
    (`totalUserSum`), the interest earned so far (`totalProfit`) and the interest of the
    last payout (`previousProfit`). Amounts are decimal strings.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
