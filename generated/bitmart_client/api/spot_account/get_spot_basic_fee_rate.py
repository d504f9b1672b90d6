from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_fee_basic_rates_response import SpotFeeBasicRatesResponse
from ...types import Response

OPERATION_ID = "get_spot_basic_fee_rate"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/user_fee",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotFeeBasicRatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotFeeBasicRatesResponse.from_dict,
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
) -> Response[SpotFeeBasicRatesResponse]:
    """Basic spot fee rates of the user

     Returns the user's fee tier (`user_rate_type`, `level`) and the maker and taker rates
    that tier pays on each class of trading pairs. BitMart sorts its pairs into classes A
    to D; which class a pair is in is not returned here, so use `get_spot_trade_fee_rate`
    for the rate that actually applies to one pair.

    Rates are fractions sent as decimal strings: `0.001` means 0.1 %.
    `user_rate_type` is a JSON number (0 normal, 1 VIP, 2 special VIP). The class D fields
    were added on 2024-10-09.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotFeeBasicRatesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SpotFeeBasicRatesResponse:
    """Basic spot fee rates of the user

     Returns the user's fee tier (`user_rate_type`, `level`) and the maker and taker rates
    that tier pays on each class of trading pairs. BitMart sorts its pairs into classes A
    to D; which class a pair is in is not returned here, so use `get_spot_trade_fee_rate`
    for the rate that actually applies to one pair.

    Rates are fractions sent as decimal strings: `0.001` means 0.1 %.
    `user_rate_type` is a JSON number (0 normal, 1 VIP, 2 special VIP). The class D fields
    were added on 2024-10-09.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotFeeBasicRatesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SpotFeeBasicRatesResponse]:
    """Basic spot fee rates of the user

     Returns the user's fee tier (`user_rate_type`, `level`) and the maker and taker rates
    that tier pays on each class of trading pairs. BitMart sorts its pairs into classes A
    to D; which class a pair is in is not returned here, so use `get_spot_trade_fee_rate`
    for the rate that actually applies to one pair.

    Rates are fractions sent as decimal strings: `0.001` means 0.1 %.
    `user_rate_type` is a JSON number (0 normal, 1 VIP, 2 special VIP). The class D fields
    were added on 2024-10-09.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotFeeBasicRatesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SpotFeeBasicRatesResponse:
    """Basic spot fee rates of the user

     Returns the user's fee tier (`user_rate_type`, `level`) and the maker and taker rates
    that tier pays on each class of trading pairs. BitMart sorts its pairs into classes A
    to D; which class a pair is in is not returned here, so use `get_spot_trade_fee_rate`
    for the rate that actually applies to one pair.

    Rates are fractions sent as decimal strings: `0.001` means 0.1 %.
    `user_rate_type` is a JSON number (0 normal, 1 VIP, 2 special VIP). The class D fields
    were added on 2024-10-09.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotFeeBasicRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
