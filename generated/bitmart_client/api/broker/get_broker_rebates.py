from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.broker_rebates_response import BrokerRebatesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_broker_rebates"


def _get_kwargs(
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/broker/rebate",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BrokerRebatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, BrokerRebatesResponse.from_dict, client.parse_options
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[BrokerRebatesResponse]:
    """Broker rebates per day

     Returns the spot trading-fee rebates credited to the calling API broker, grouped by
    day: `rebates` maps each day (a date string such as `2025-11-21`) to the list of
    currencies and amounts rebated that day. Only accounts registered as API brokers get
    data; rebates are paid into the broker's spot wallet.

    `start_time` and `end_time` are Unix **seconds** (not milliseconds). Without them the
    last 180 days are returned.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[BrokerRebatesResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> BrokerRebatesResponse:
    """Broker rebates per day

     Returns the spot trading-fee rebates credited to the calling API broker, grouped by
    day: `rebates` maps each day (a date string such as `2025-11-21`) to the list of
    currencies and amounts rebated that day. Only accounts registered as API brokers get
    data; rebates are paid into the broker's spot wallet.

    `start_time` and `end_time` are Unix **seconds** (not milliseconds). Without them the
    last 180 days are returned.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        BrokerRebatesResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[BrokerRebatesResponse]:
    """Broker rebates per day

     Returns the spot trading-fee rebates credited to the calling API broker, grouped by
    day: `rebates` maps each day (a date string such as `2025-11-21`) to the list of
    currencies and amounts rebated that day. Only accounts registered as API brokers get
    data; rebates are paid into the broker's spot wallet.

    `start_time` and `end_time` are Unix **seconds** (not milliseconds). Without them the
    last 180 days are returned.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[BrokerRebatesResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> BrokerRebatesResponse:
    """Broker rebates per day

     Returns the spot trading-fee rebates credited to the calling API broker, grouped by
    day: `rebates` maps each day (a date string such as `2025-11-21`) to the list of
    currencies and amounts rebated that day. Only accounts registered as API brokers get
    data; rebates are paid into the broker's spot wallet.

    `start_time` and `end_time` are Unix **seconds** (not milliseconds). Without them the
    last 180 days are returned.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        BrokerRebatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
