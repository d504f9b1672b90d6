from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.empty_success_response import EmptySuccessResponse
from ...models.transfer_spot_sub_to_sub_as_sub_request import (
    TransferSpotSubToSubAsSubRequest,
)
from ...types import Response

OPERATION_ID = "transfer_spot_sub_to_sub_as_sub"


def _get_kwargs(
    *,
    body: TransferSpotSubToSubAsSubRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/sub/v1/sub-to-sub",
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
    body: TransferSpotSubToSubAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Sub-Account to Sub-Account spot transfer

     Sub-Account to Sub-Account spot transfer (called by sub-account).

    Not exposed by the official Python SDK (nor Java/Go); present in official Postman collection,
    tiagosiebler and ccxt; not in seed

    Retired: Official spot Change Log 2024-03-07: '[Delete] /account/sub-account/sub/v1/sub-to-sub Sub-
    Account to Sub-Account (For Sub-Account)'; yet the doc rate-limit table still lists it (2 times/2
    sec)

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToSubAsSubRequest):

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
    body: TransferSpotSubToSubAsSubRequest,
) -> EmptySuccessResponse:
    """Sub-Account to Sub-Account spot transfer

     Sub-Account to Sub-Account spot transfer (called by sub-account).

    Not exposed by the official Python SDK (nor Java/Go); present in official Postman collection,
    tiagosiebler and ccxt; not in seed

    Retired: Official spot Change Log 2024-03-07: '[Delete] /account/sub-account/sub/v1/sub-to-sub Sub-
    Account to Sub-Account (For Sub-Account)'; yet the doc rate-limit table still lists it (2 times/2
    sec)

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToSubAsSubRequest):

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
    body: TransferSpotSubToSubAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Sub-Account to Sub-Account spot transfer

     Sub-Account to Sub-Account spot transfer (called by sub-account).

    Not exposed by the official Python SDK (nor Java/Go); present in official Postman collection,
    tiagosiebler and ccxt; not in seed

    Retired: Official spot Change Log 2024-03-07: '[Delete] /account/sub-account/sub/v1/sub-to-sub Sub-
    Account to Sub-Account (For Sub-Account)'; yet the doc rate-limit table still lists it (2 times/2
    sec)

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToSubAsSubRequest):

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
    body: TransferSpotSubToSubAsSubRequest,
) -> EmptySuccessResponse:
    """Sub-Account to Sub-Account spot transfer

     Sub-Account to Sub-Account spot transfer (called by sub-account).

    Not exposed by the official Python SDK (nor Java/Go); present in official Postman collection,
    tiagosiebler and ccxt; not in seed

    Retired: Official spot Change Log 2024-03-07: '[Delete] /account/sub-account/sub/v1/sub-to-sub Sub-
    Account to Sub-Account (For Sub-Account)'; yet the doc rate-limit table still lists it (2 times/2
    sec)

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (TransferSpotSubToSubAsSubRequest):

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
