from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.empty_success_response import EmptySuccessResponse
from ...models.transfer_spot_sub_to_main_as_sub_request import (
    TransferSpotSubToMainAsSubRequest,
)
from ...types import Response

OPERATION_ID = "transfer_spot_sub_to_main_as_sub"


def _get_kwargs(
    *,
    body: TransferSpotSubToMainAsSubRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/sub/v1/sub-to-main",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(*, response: httpx.Response) -> Response[EmptySuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_success(OPERATION_ID, response, EmptySuccessResponse.from_dict),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TransferSpotSubToMainAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Sub-Account to Main-Account spot transfer

     Sub-Account to Main-Account spot transfer (called by sub-account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Postman
    example body also carries subAccount, which the SDKs do not send

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToMainAsSubRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TransferSpotSubToMainAsSubRequest,
) -> EmptySuccessResponse:
    """Sub-Account to Main-Account spot transfer

     Sub-Account to Main-Account spot transfer (called by sub-account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Postman
    example body also carries subAccount, which the SDKs do not send

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToMainAsSubRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TransferSpotSubToMainAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Sub-Account to Main-Account spot transfer

     Sub-Account to Main-Account spot transfer (called by sub-account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Postman
    example body also carries subAccount, which the SDKs do not send

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToMainAsSubRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TransferSpotSubToMainAsSubRequest,
) -> EmptySuccessResponse:
    """Sub-Account to Main-Account spot transfer

     Sub-Account to Main-Account spot transfer (called by sub-account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Postman
    example body also carries subAccount, which the SDKs do not send

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToMainAsSubRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
