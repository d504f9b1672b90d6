"""The runtime's pieces on their own: error mapping, the retry policy, the rate limiter."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest
from bitmart_auth import connect
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.api.system import get_system_time
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import OPERATIONS
from bitmart_runtime import (
    AuthenticationError,
    BitMartAPIError,
    InsufficientBalanceError,
    InvalidRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitStatus,
    ServerError,
    TimestampError,
    UnexpectedResponseError,
    _dedupe,
    api_error,
)
from bitmart_runtime.errors import ERROR_CLASSES
from bitmart_runtime.rate_limit import Permit, RateLimiter
from bitmart_runtime.responses import decoded_body
from bitmart_runtime.retry import RetryPolicy, is_transient, may_have_executed

TIME = {"code": 1000, "message": "OK", "trace": "t", "data": {"server_time": 1_763_805_600_000}}


def error_for(operation: str | None, response: httpx.Response) -> Any:
    return api_error(operation, response, error_codes=ERROR_CODES)


def _response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "https://api-cloud.bitmart.com/x")
    if isinstance(body, bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


# ---- error mapping -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (401, 30005, AuthenticationError),
        (401, 30007, TimestampError),
        (403, 30012, PermissionDeniedError),
        (200, 30019, PermissionDeniedError),
        (429, 30013, RateLimitError),
        (400, 50020, InsufficientBalanceError),
        (400, 40027, InsufficientBalanceError),
        (400, 50005, NotFoundError),
        (404, 30000, NotFoundError),
        (400, 50021, InvalidRequestError),
        (200, 70002, InvalidRequestError),
        (200, 30016, MaintenanceError),
        (500, 59002, ServerError),
        (503, 30014, ServerError),
    ],
)
def test_each_code_raises_its_kind(status: int, code: int, expected: type[BitMartAPIError]) -> None:
    error = error_for("op", _response(status, {"code": code, "message": "m", "trace": "tr-1", "data": {}}))
    assert type(error) is expected
    assert isinstance(error, BitMartAPIError)
    assert (error.code, error.message, error.trace, error.http_status, error.operation) == (
        code,
        "m",
        "tr-1",
        status,
        "op",
    )
    assert "tr-1" in str(error) and str(code) in str(error)


def test_every_documented_code_maps_to_a_class_of_its_kind() -> None:
    for code, entry in ERROR_CODES.items():
        status = entry.http_status or 200
        error = error_for(None, _response(status, {"code": code, "message": "", "trace": "t"}))
        assert isinstance(error, ERROR_CLASSES[entry.kind]), code
        assert error.retryable == entry.retryable, code
        assert error.message == entry.message, "an empty message falls back on the documented one"


def test_gateway_errors_use_msg_and_have_no_data() -> None:
    error = error_for(None, _response(404, {"code": 30000, "msg": "Not found", "trace": "t"}))
    assert isinstance(error, NotFoundError) and error.message == "Not found"


def test_http_200_error_is_an_error_and_1000_is_not() -> None:
    assert error_for(None, _response(200, {"code": 1000, "message": "OK", "trace": "t", "data": {}})) is None
    assert (
        error_for(None, _response(200, {"code": "1000", "message": "OK", "trace": None, "data": {}})) is None
    )
    assert isinstance(
        error_for(None, _response(200, {"code": 71005, "message": "x", "trace": "t"})), InvalidRequestError
    )


def test_unknown_codes_fall_back_on_the_http_status() -> None:
    assert type(error_for(None, _response(403, {"code": 99999, "message": "x"}))) is PermissionDeniedError
    assert type(error_for(None, _response(502, {"code": 99998, "message": "x"}))) is ServerError
    assert type(error_for(None, _response(200, {"code": 99997, "message": "x"}))) is BitMartAPIError


def test_bodies_that_are_not_envelopes_are_unexpected_or_server_errors() -> None:
    assert isinstance(error_for("op", _response(200, b"<html>")), UnexpectedResponseError)
    assert isinstance(error_for("op", _response(200, [1, 2])), UnexpectedResponseError)
    assert isinstance(error_for("op", _response(200, b'{"code":1000,"da')), UnexpectedResponseError)
    bad_gateway = error_for("op", _response(502, b"<html>Bad Gateway</html>"))
    assert isinstance(bad_gateway, ServerError) and bad_gateway.code is None and bad_gateway.retryable


def test_maintenance_alias_40020_is_maintenance_only_when_it_says_so() -> None:
    upgrade = error_for(
        None, _response(400, {"code": 40020, "message": "Futures service upgrade in progress"})
    )
    plain = error_for(None, _response(400, {"code": 40020, "message": "Your position volume is not enough"}))
    assert isinstance(upgrade, MaintenanceError) and upgrade.retryable
    assert type(plain) is InvalidRequestError and not plain.retryable


# ---- rate-limit headers and limiter ----------------------------------------------------------------


def test_rate_limit_headers_count_used_requests() -> None:
    status = RateLimitStatus.from_headers(
        httpx.Headers(
            {"x-bm-ratelimit-remaining": "10", "x-bm-ratelimit-limit": "12", "x-bm-ratelimit-reset": "2"}
        )
    )
    assert status == RateLimitStatus(used=10, limit=12, window=2, mode=None)
    assert status.remaining == 2 and not status.exhausted
    assert RateLimitStatus.from_headers({}) is None
    assert (
        RateLimitStatus.from_headers(
            {"X-BM-RateLimit-Remaining": "x", "X-BM-RateLimit-Limit": "1", "X-BM-RateLimit-Reset": "1"}
        )
        is None
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _admit_all(limiter: RateLimiter, clock: FakeClock, n: int, latency: float) -> list[tuple[float, float]]:
    """Send ``n`` requests one after another as soon as the limiter allows, each taking
    ``latency`` seconds; return (sent, answered) times."""
    times = []
    for _ in range(n):
        admitted = limiter.acquire("op")
        while not isinstance(admitted, Permit):
            clock.now += admitted
            admitted = limiter.acquire("op")
        sent = clock.now
        clock.now += latency
        limiter.release(admitted)
        times.append((sent, clock.now))
    return times


@pytest.mark.parametrize("latency", [0.0, 0.3, 1.7])
def test_a_window_starts_when_the_answer_arrives_so_server_delays_cannot_overfill_it(latency: float) -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (5, 2.0)}, margin=0.0, clock=clock)
    times = _admit_all(limiter, clock, 23, latency)
    # The server counts a request somewhere between sending and answering; whatever the point,
    # the sixth request is sent only after the first one's answer plus a whole window.
    for index in range(5, len(times)):
        assert times[index][0] >= times[index - 5][1] + 2.0, index


def test_requests_in_flight_hold_their_slot() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (2, 1.0)}, margin=0.25, poll=0.01, clock=clock)
    first, second = limiter.acquire("op"), limiter.acquire("op")
    assert isinstance(first, Permit) and isinstance(second, Permit)
    assert limiter.acquire("op") == pytest.approx(0.01), "both in flight: poll again soon"
    limiter.release(first)
    assert limiter.acquire("op") == pytest.approx(1.25), "one ended now: wait for its window"
    clock.now += 1.25
    assert isinstance(limiter.acquire("op"), Permit)
    assert isinstance(limiter.acquire("other"), Permit), "operations without a limit always go"


def test_limiter_learns_an_exhausted_window_from_headers() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (10, 2.0)}, margin=0.0, clock=clock)
    limiter.observe("op", RateLimitStatus(used=10, limit=10, window=2, mode="KEY"))
    assert limiter.acquire("op") == pytest.approx(2.0)
    limiter.observe("op", RateLimitStatus(used=3, limit=10, window=2, mode="KEY"))
    assert limiter.acquire("op") == pytest.approx(2.0)
    clock.now += 2.0
    assert isinstance(limiter.acquire("op"), Permit)


# ---- retry policy --------------------------------------------------------------------------------


def test_backoff_is_exponential_with_full_jitter_and_bounded() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=3.0, rng=random.Random(1))
    failure = ServerError(code=59002, message="", trace=None, http_status=500, operation=None)
    for attempt in range(1, 8):
        delays = [policy.backoff(attempt, failure) for _ in range(200)]
        cap = min(3.0, 0.5 * 2 ** (attempt - 1))
        assert all(0 <= d <= cap for d in delays)
        assert max(delays) > cap * 0.8, "full jitter spreads over the whole range"


def test_rate_limit_backoff_waits_at_least_the_window() -> None:
    policy = RetryPolicy(rng=random.Random(2))
    status = RateLimitStatus(used=12, limit=12, window=2, mode="IP")
    failure = RateLimitError(
        code=30013, message="", trace=None, http_status=429, operation=None, rate_limit=status
    )
    assert policy.backoff(1, failure) >= 2


def test_attempt_and_time_budgets() -> None:
    policy = RetryPolicy(max_attempts=3, total_timeout=5.0)
    assert policy.can_try_again(1, 0.0, 1.0) and policy.can_try_again(2, 3.0, 1.0)
    assert not policy.can_try_again(3, 0.0, 0.1)
    assert not policy.can_try_again(1, 4.5, 1.0)


def test_failure_classification() -> None:
    request = httpx.Request("POST", "https://x")
    assert is_transient(httpx.ConnectError("x", request=request))
    assert not may_have_executed(httpx.ConnectError("x", request=request))
    assert may_have_executed(httpx.ReadTimeout("x", request=request))
    assert may_have_executed(httpx.RemoteProtocolError("x", request=request))
    server = ServerError(code=59002, message="", trace=None, http_status=500, operation=None)
    limited = RateLimitError(code=30013, message="", trace=None, http_status=429, operation=None)
    refused = InsufficientBalanceError(code=50020, message="", trace=None, http_status=400, operation=None)
    assert is_transient(server) and may_have_executed(server)
    assert is_transient(limited) and not may_have_executed(limited)
    assert not is_transient(refused)


def test_an_abandoned_request_gives_its_slot_back() -> None:
    def explode(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("the caller went away mid-request")

    limiter = RateLimiter({"get_spot_wallet": (1, 30.0)}, poll=0.01)
    client = connect("k", "s", "m", transport=httpx.MockTransport(explode), rate_limit=limiter, retry=None)
    with pytest.raises(RuntimeError):
        get_spot_wallet.sync(client=client)
    # Released (its window runs from now), not leaked as "in flight" forever.
    assert limiter.acquire("get_spot_wallet") == pytest.approx(30.05, abs=0.5)


# ---- decoding and classifying, edge cases --------------------------------------------------------


def test_a_read_only_extension_mapping_still_decodes() -> None:
    import types

    response = httpx.Response(200, content=b'{"code":1000}', extensions=types.MappingProxyType({}))
    assert decoded_body(response) == {"code": 1000}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, AuthenticationError),
        (404, NotFoundError),
        (418, RateLimitError),
        (429, RateLimitError),
        (400, InvalidRequestError),
        (503, ServerError),
    ],
)
def test_an_unknown_code_takes_the_class_of_its_status(status: int, expected: type[BitMartAPIError]) -> None:
    error = error_for(None, _response(status, {"code": 88888, "message": "x"}))
    assert type(error) is expected and error.code == 88888


def test_a_success_envelope_with_an_error_status_is_unexpected() -> None:
    assert isinstance(
        error_for("op", _response(500, {"code": 1000, "message": "OK"})), UnexpectedResponseError
    )


# ---- finding a write again: the pieces -------------------------------------------------------------


def test_a_request_body_that_is_not_json_is_none() -> None:
    assert _dedupe.request_body(httpx.Request("POST", "https://x", content=b"{not json")) is None
    assert _dedupe.request_body(httpx.Request("POST", "https://x")) is None


def test_a_paged_lookup_without_its_total_cannot_say_absent() -> None:
    lookup = OPERATIONS["subscribe_earn_flexible"].idempotency.lookups[0]  # type: ignore[union-attr]
    assert _dedupe.search(lookup, "7", {"data": {"list": []}}) is _dedupe.Verdict.UNKNOWN
    assert _dedupe.search(lookup, "7", {"data": {"list": [], "total": True}}) is _dedupe.Verdict.UNKNOWN
    assert _dedupe.search(lookup, "7", {"data": {"list": [], "total": 0}}) is _dedupe.Verdict.ABSENT
    assert _dedupe.search(lookup, "7", {"data": {"list": [{"requestNo": 7}], "total": 1}}) == {"requestNo": 7}
    assert (
        _dedupe.search(lookup, "7", {"data": {"list": {"requestNo": "7"}, "total": 1}})
        is _dedupe.Verdict.UNKNOWN
    )


def test_a_rebuilt_answer_turns_only_plain_digit_strings_into_numbers() -> None:
    idempotency = OPERATIONS["submit_futures_order"].idempotency
    assert idempotency is not None
    placement = httpx.Request("POST", "https://x")
    lookup = _response(200, {"code": 1000, "trace": "tr-9", "data": []})
    for value, expected in [("42", 42), ("²", "²"), ("9" * 5000, "9" * 5000), (7, 7), ("", "")]:
        rebuilt = _dedupe.placement_response(
            idempotency, {"order_id": value, "price": "1"}, placement, lookup
        )
        assert rebuilt.json()["data"]["order_id"] == expected
        assert rebuilt.json()["trace"] == "tr-9"


# ---- the clients' drivers ----------------------------------------------------------------------------


def test_streamed_requests_bypass_the_policy() -> None:
    answers = iter([httpx.Response(500, content=b"x"), httpx.Response(200, content=b"streamed")])
    transport = httpx.MockTransport(lambda request: next(answers))
    client = connect(transport=transport, async_transport=transport)
    with client.get_httpx_client().stream("GET", "/system/time") as response:
        assert response.status_code == 500, "no retry, no error: the caller reads the stream"

    async def stream_async() -> int:
        async with client.get_async_httpx_client().stream("GET", "/system/time") as response:
            return response.status_code

    assert asyncio.run(stream_async()) == 200


def test_the_async_client_waits_with_asyncio_between_attempts() -> None:
    answers = iter(
        [httpx.Response(503, json={"code": 30014, "message": "busy"}), httpx.Response(200, json=TIME)]
    )
    transport = httpx.MockTransport(lambda request: next(answers))
    retry = RetryPolicy(base_delay=0.001, max_delay=0.001)
    client = connect(transport=transport, async_transport=transport, retry=retry)

    async def call() -> Any:
        return await get_system_time.asyncio(client=client)

    assert asyncio.run(call()).data.server_time == 1_763_805_600_000
