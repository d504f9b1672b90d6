from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_leverage_submit_request import FuturesLeverageSubmitRequest
from ...models.futures_leverage_submit_response import FuturesLeverageSubmitResponse
from ...types import Response

OPERATION_ID = "set_futures_leverage"


def _get_kwargs(
    *,
    body: FuturesLeverageSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/submit-leverage",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesLeverageSubmitResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesLeverageSubmitResponse.from_dict,
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
    body: FuturesLeverageSubmitRequest,
) -> Response[FuturesLeverageSubmitResponse]:
    """Set leverage and margin type of a contract

     Sets the leverage and the margin type (`open_type`: `cross` or `isolated`) used for one
    contract. `leverage` is a decimal string such as `"10"`; the allowed range depends on
    the contract and the position size (see `/contract/public/leverage-bracket`). BitMart
    marks `leverage` optional without saying what happens when it is left out; send it.
    Changing the leverage or margin type while a position with other settings is open is
    refused (40040).

    The answer repeats the settings and adds `max_value`, which BitMart's reference calls
    the maximum leverage (its example shows `100` for ETHUSDT); another BitMart example
    shows a much larger figure, so treat it as a limit tied to this leverage rather than
    a guaranteed leverage cap.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesLeverageSubmitRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesLeverageSubmitResponse]
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
    body: FuturesLeverageSubmitRequest,
) -> FuturesLeverageSubmitResponse:
    """Set leverage and margin type of a contract

     Sets the leverage and the margin type (`open_type`: `cross` or `isolated`) used for one
    contract. `leverage` is a decimal string such as `"10"`; the allowed range depends on
    the contract and the position size (see `/contract/public/leverage-bracket`). BitMart
    marks `leverage` optional without saying what happens when it is left out; send it.
    Changing the leverage or margin type while a position with other settings is open is
    refused (40040).

    The answer repeats the settings and adds `max_value`, which BitMart's reference calls
    the maximum leverage (its example shows `100` for ETHUSDT); another BitMart example
    shows a much larger figure, so treat it as a limit tied to this leverage rather than
    a guaranteed leverage cap.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesLeverageSubmitRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesLeverageSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesLeverageSubmitRequest,
) -> Response[FuturesLeverageSubmitResponse]:
    """Set leverage and margin type of a contract

     Sets the leverage and the margin type (`open_type`: `cross` or `isolated`) used for one
    contract. `leverage` is a decimal string such as `"10"`; the allowed range depends on
    the contract and the position size (see `/contract/public/leverage-bracket`). BitMart
    marks `leverage` optional without saying what happens when it is left out; send it.
    Changing the leverage or margin type while a position with other settings is open is
    refused (40040).

    The answer repeats the settings and adds `max_value`, which BitMart's reference calls
    the maximum leverage (its example shows `100` for ETHUSDT); another BitMart example
    shows a much larger figure, so treat it as a limit tied to this leverage rather than
    a guaranteed leverage cap.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesLeverageSubmitRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesLeverageSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesLeverageSubmitRequest,
) -> FuturesLeverageSubmitResponse:
    """Set leverage and margin type of a contract

     Sets the leverage and the margin type (`open_type`: `cross` or `isolated`) used for one
    contract. `leverage` is a decimal string such as `"10"`; the allowed range depends on
    the contract and the position size (see `/contract/public/leverage-bracket`). BitMart
    marks `leverage` optional without saying what happens when it is left out; send it.
    Changing the leverage or margin type while a position with other settings is open is
    refused (40040).

    The answer repeats the settings and adds `max_value`, which BitMart's reference calls
    the maximum leverage (its example shows `100` for ETHUSDT); another BitMart example
    shows a much larger figure, so treat it as a limit tied to this leverage rather than
    a guaranteed leverage cap.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesLeverageSubmitRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesLeverageSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
