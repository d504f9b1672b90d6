from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_fixed_redeem_response import EarnFixedRedeemResponse
from ...models.redeem_earn_fixed_early_body import RedeemEarnFixedEarlyBody
from ...types import Response

OPERATION_ID = "redeem_earn_fixed_early"


def _get_kwargs(
    *,
    body: RedeemEarnFixedEarlyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/newearn/cloud/v1/saving/fixed/redeem",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFixedRedeemResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EarnFixedRedeemResponse.from_dict, client.parse_options
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
    body: RedeemEarnFixedEarlyBody,
) -> Response[EarnFixedRedeemResponse]:
    """Redeem a fixed savings position early

     Ends the fixed-term position `earnId` before maturity and returns the principal. The
    whole position is redeemed (there is no amount); early redemption normally gives up
    the interest the lock would have paid.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFixedEarlyBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedRedeemResponse]
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
    body: RedeemEarnFixedEarlyBody,
) -> EarnFixedRedeemResponse:
    """Redeem a fixed savings position early

     Ends the fixed-term position `earnId` before maturity and returns the principal. The
    whole position is redeemed (there is no amount); early redemption normally gives up
    the interest the lock would have paid.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFixedEarlyBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedRedeemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RedeemEarnFixedEarlyBody,
) -> Response[EarnFixedRedeemResponse]:
    """Redeem a fixed savings position early

     Ends the fixed-term position `earnId` before maturity and returns the principal. The
    whole position is redeemed (there is no amount); early redemption normally gives up
    the interest the lock would have paid.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFixedEarlyBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedRedeemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RedeemEarnFixedEarlyBody,
) -> EarnFixedRedeemResponse:
    """Redeem a fixed savings position early

     Ends the fixed-term position `earnId` before maturity and returns the principal. The
    whole position is redeemed (there is no amount); early redemption normally gives up
    the interest the lock would have paid.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFixedEarlyBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedRedeemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
