from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.earn_auto_savings_set_response import EarnAutoSavingsSetResponse
from ...models.set_earn_auto_savings_body import SetEarnAutoSavingsBody
from ...types import Response

OPERATION_ID = "set_earn_auto_savings"


def _get_kwargs(
    *,
    body: SetEarnAutoSavingsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/newearn/cloud/v1/saving/subscribe/batch/operate",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EarnAutoSavingsSetResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        EarnAutoSavingsSetResponse.from_dict,
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
    body: SetEarnAutoSavingsBody,
) -> Response[EarnAutoSavingsSetResponse]:
    """Turn automatic flexible savings on or off

     Switches the account-wide automatic savings (`open` / `close`): when on, idle balances
    are subscribed to flexible savings products automatically. Per-product switches are set
    with `set_earn_flexible_auto_subscribe`.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnAutoSavingsBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAutoSavingsSetResponse]
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
    body: SetEarnAutoSavingsBody,
) -> EarnAutoSavingsSetResponse:
    """Turn automatic flexible savings on or off

     Switches the account-wide automatic savings (`open` / `close`): when on, idle balances
    are subscribed to flexible savings products automatically. Per-product switches are set
    with `set_earn_flexible_auto_subscribe`.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnAutoSavingsBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAutoSavingsSetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetEarnAutoSavingsBody,
) -> Response[EarnAutoSavingsSetResponse]:
    """Turn automatic flexible savings on or off

     Switches the account-wide automatic savings (`open` / `close`): when on, idle balances
    are subscribed to flexible savings products automatically. Per-product switches are set
    with `set_earn_flexible_auto_subscribe`.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnAutoSavingsBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EarnAutoSavingsSetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetEarnAutoSavingsBody,
) -> EarnAutoSavingsSetResponse:
    """Turn automatic flexible savings on or off

     Switches the account-wide automatic savings (`open` / `close`): when on, idle balances
    are subscribed to flexible savings products automatically. Per-product switches are set
    with `set_earn_flexible_auto_subscribe`.

    What `data` contains on success is not documented.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (SetEarnAutoSavingsBody):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EarnAutoSavingsSetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
