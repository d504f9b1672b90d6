from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.api_key_info_response import ApiKeyInfoResponse
from ...types import Response

OPERATION_ID = "get_api_key_info"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/uapi-key/v1/account/info",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyInfoResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, ApiKeyInfoResponse.from_dict, client.parse_options
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
) -> Response[ApiKeyInfoResponse]:
    """Account information of the API key

     Returns information about the account the calling API key belongs to. The path prefix
    `/uapi-key` differs from every other BitMart endpoint.

    Only BitMart's Python SDK (2.8.0) knows this endpoint and no source shows its
    response, so `data` is described as an open object (`ApiKeyInfo`): its fields reach
    the generated client as additional properties.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[ApiKeyInfoResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ApiKeyInfoResponse:
    """Account information of the API key

     Returns information about the account the calling API key belongs to. The path prefix
    `/uapi-key` differs from every other BitMart endpoint.

    Only BitMart's Python SDK (2.8.0) knows this endpoint and no source shows its
    response, so `data` is described as an open object (`ApiKeyInfo`): its fields reach
    the generated client as additional properties.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        ApiKeyInfoResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApiKeyInfoResponse]:
    """Account information of the API key

     Returns information about the account the calling API key belongs to. The path prefix
    `/uapi-key` differs from every other BitMart endpoint.

    Only BitMart's Python SDK (2.8.0) knows this endpoint and no source shows its
    response, so `data` is described as an open object (`ApiKeyInfo`): its fields reach
    the generated client as additional properties.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[ApiKeyInfoResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ApiKeyInfoResponse:
    """Account information of the API key

     Returns information about the account the calling API key belongs to. The path prefix
    `/uapi-key` differs from every other BitMart endpoint.

    Only BitMart's Python SDK (2.8.0) knows this endpoint and no source shows its
    response, so `data` is described as an open object (`ApiKeyInfo`): its fields reach
    the generated client as additional properties.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        ApiKeyInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
