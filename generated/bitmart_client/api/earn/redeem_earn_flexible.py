from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_flexible_redeem_response import EarnFlexibleRedeemResponse
from ...models.redeem_earn_flexible_body import RedeemEarnFlexibleBody
from ...types import Response

OPERATION_ID = "redeem_earn_flexible"


def _get_kwargs(
    *,
    body: RedeemEarnFlexibleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/newearn/cloud/v1/saving/redeem",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFlexibleRedeemResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFlexibleRedeemResponse.from_dict,
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
    body: RedeemEarnFlexibleBody,
) -> Response[EarnFlexibleRedeemResponse]:
    """Redeem from a flexible savings position

     Takes `amount` back out of the flexible savings position `earnId` (from
    `get_earn_flexible_positions`); part or all of it may be redeemed.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice, so a timed-out call can be repeated with the
    same number. `amount` is a decimal string.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFlexibleBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleRedeemResponse]
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
    body: RedeemEarnFlexibleBody,
) -> EarnFlexibleRedeemResponse:
    """Redeem from a flexible savings position

     Takes `amount` back out of the flexible savings position `earnId` (from
    `get_earn_flexible_positions`); part or all of it may be redeemed.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice, so a timed-out call can be repeated with the
    same number. `amount` is a decimal string.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFlexibleBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleRedeemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RedeemEarnFlexibleBody,
) -> Response[EarnFlexibleRedeemResponse]:
    """Redeem from a flexible savings position

     Takes `amount` back out of the flexible savings position `earnId` (from
    `get_earn_flexible_positions`); part or all of it may be redeemed.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice, so a timed-out call can be repeated with the
    same number. `amount` is a decimal string.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFlexibleBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFlexibleRedeemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RedeemEarnFlexibleBody,
) -> EarnFlexibleRedeemResponse:
    """Redeem from a flexible savings position

     Takes `amount` back out of the flexible savings position `earnId` (from
    `get_earn_flexible_positions`); part or all of it may be redeemed.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not redeem twice, so a timed-out call can be repeated with the
    same number. `amount` is a decimal string.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (RedeemEarnFlexibleBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFlexibleRedeemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
