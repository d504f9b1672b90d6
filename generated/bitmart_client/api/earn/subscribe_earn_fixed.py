from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_fixed_subscribe_response import EarnFixedSubscribeResponse
from ...models.subscribe_earn_fixed_body import SubscribeEarnFixedBody
from ...types import Response

OPERATION_ID = "subscribe_earn_fixed"


def _get_kwargs(
    *,
    body: SubscribeEarnFixedBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/newearn/cloud/v1/saving/fixed/subscribe",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnFixedSubscribeResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnFixedSubscribeResponse.from_dict,
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
    body: SubscribeEarnFixedBody,
) -> Response[EarnFixedSubscribeResponse]:
    """Subscribe to a fixed savings product

     Locks `amount` in the fixed-term product `productId` for the product's `lockDay` days.
    `autoSubscribe` chooses what happens at maturity: `OFF` pays principal and interest
    out, `REINVEST_FLEXIBLE` moves them into the currency's flexible product,
    `REINVEST_FIXED` locks them again in the same fixed product. It can be changed later
    with `set_earn_fixed_auto_renewal`.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not subscribe twice. `amount` is a decimal string within the
    product's limits.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SubscribeEarnFixedBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedSubscribeResponse]
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
    body: SubscribeEarnFixedBody,
) -> EarnFixedSubscribeResponse:
    """Subscribe to a fixed savings product

     Locks `amount` in the fixed-term product `productId` for the product's `lockDay` days.
    `autoSubscribe` chooses what happens at maturity: `OFF` pays principal and interest
    out, `REINVEST_FLEXIBLE` moves them into the currency's flexible product,
    `REINVEST_FIXED` locks them again in the same fixed product. It can be changed later
    with `set_earn_fixed_auto_renewal`.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not subscribe twice. `amount` is a decimal string within the
    product's limits.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SubscribeEarnFixedBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedSubscribeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscribeEarnFixedBody,
) -> Response[EarnFixedSubscribeResponse]:
    """Subscribe to a fixed savings product

     Locks `amount` in the fixed-term product `productId` for the product's `lockDay` days.
    `autoSubscribe` chooses what happens at maturity: `OFF` pays principal and interest
    out, `REINVEST_FLEXIBLE` moves them into the currency's flexible product,
    `REINVEST_FIXED` locks them again in the same fixed product. It can be changed later
    with `set_earn_fixed_auto_renewal`.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not subscribe twice. `amount` is a decimal string within the
    product's limits.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SubscribeEarnFixedBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnFixedSubscribeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubscribeEarnFixedBody,
) -> EarnFixedSubscribeResponse:
    """Subscribe to a fixed savings product

     Locks `amount` in the fixed-term product `productId` for the product's `lockDay` days.
    `autoSubscribe` chooses what happens at maturity: `OFF` pays principal and interest
    out, `REINVEST_FLEXIBLE` moves them into the currency's flexible product,
    `REINVEST_FIXED` locks them again in the same fixed product. It can be changed later
    with `set_earn_fixed_auto_renewal`.

    `requestNo` is the caller's idempotency key, exactly 20 digits: reusing the number of
    an earlier request does not subscribe twice. `amount` is a decimal string within the
    product's limits.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SubscribeEarnFixedBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnFixedSubscribeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
