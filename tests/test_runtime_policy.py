"""The retry policy's sans-IO core, driven by hand as h11 and httpx test theirs.

``Policy.attempts`` is fed scripted outcomes (responses, transport errors) on a fake clock with a
seeded random source; the tests read the steps it takes: what it sends (counting placements and
look-ups), how long it sleeps, what it returns or raises. No socket, no real time.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import httpx
import pytest
from bitmart_runtime import (
    BitMartError,
    InvalidRequestError,
    NetworkError,
    NetworkTimeoutError,
    OrderStateUnknownError,
    RateLimitError,
    ServerError,
    TimestampError,
    UnexpectedResponseError,
)
from bitmart_runtime._policy import Send, Sleep
from bitmart_runtime.rate_limit import Permit, RateLimiter
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_harness import (
    FakeClock,
    Responder,
    Script,
    drive,
    envelope,
    fails,
    policy,
    rate_limited,
    raw,
    request,
)

TICKER = {"symbol": "BTC_USDT", "last": "67000.00"}
ORDER = {"orderId": "213055379155243012", "clientOrderId": "policy0001", "state": "new"}
PLACE = "submit_spot_order"
LOOKUP = "get_spot_order_by_client_order_id"
MALFORMED = raw(200, b'{"code":1000,"message":"OK","data":{"ord')


def placement(client_order_id: str | None = "policy0001") -> httpx.Request:
    body: dict[str, Any] = {
        "symbol": "BTC_USDT",
        "side": "buy",
        "type": "limit",
        "size": "0.001",
        "price": "60000",
    }
    if client_order_id is not None:
        body["client_order_id"] = client_order_id
    return request(PLACE, body)


def ticker() -> httpx.Request:
    return request("get_spot_ticker", symbol="BTC_USDT")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# ---- reads -------------------------------------------------------------------------------------------


def test_a_success_is_returned_after_one_send(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [envelope(TICKER)]})
    response = drive(policy(clock), ticker(), script, clock)
    assert response.json()["data"] == TICKER
    assert script.count("get_spot_ticker") == 1 and clock.sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        fails(httpx.ConnectError),
        fails(httpx.ReadTimeout),
        fails(httpx.RemoteProtocolError),
        envelope(code=59002, status=500),
        raw(502, b"<html>Bad Gateway</html>"),
        MALFORMED,
        envelope(code=30016),
        envelope(code=30007, status=401),
    ],
    ids=["connect", "read-timeout", "dropped", "5xx", "bare-502", "malformed", "maintenance", "30007"],
)
def test_a_read_is_retried_after_any_transient_failure(clock: FakeClock, failure: Responder) -> None:
    script = Script({"get_spot_ticker": [failure, failure, envelope(TICKER)]})
    response = drive(policy(clock), ticker(), script, clock)
    assert response.json()["data"] == TICKER
    assert script.count("get_spot_ticker") == 3
    # Full jitter: each wait lies within base_delay * 2**n.
    assert len(clock.sleeps) == 2 and clock.sleeps[0] <= 0.25 and clock.sleeps[1] <= 0.5


def test_a_429_waits_at_least_the_window_it_states(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [rate_limited("2"), envelope(TICKER)]})
    drive(policy(clock), ticker(), script, clock)
    assert clock.sleeps and clock.sleeps[0] >= 2.0


def test_a_429_without_reset_waits_the_backoff_only(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [rate_limited(None), envelope(TICKER)]})
    drive(policy(clock), ticker(), script, clock)
    assert len(clock.sleeps) == 1 and clock.sleeps[0] <= 0.25


def test_a_refusal_is_raised_at_once(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [envelope(code=70002)]})
    with pytest.raises(InvalidRequestError):
        drive(policy(clock), ticker(), script, clock)
    assert script.count("get_spot_ticker") == 1 and clock.sleeps == []


def test_the_attempt_budget_ends_the_retries(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [envelope(code=59002, status=500)]})
    with pytest.raises(ServerError):
        drive(policy(clock, max_attempts=3), ticker(), script, clock)
    assert script.count("get_spot_ticker") == 3 and len(clock.sleeps) == 2


def test_the_time_budget_ends_the_retries_before_any_wait_could_cross_it(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [envelope(code=59002, status=500)]}, latency=1.5, clock=clock)
    started = clock.now
    with pytest.raises(ServerError):
        drive(policy(clock, max_attempts=100, base_delay=2.0, total_timeout=6.0), ticker(), script, clock)
    assert 1 < script.count("get_spot_ticker") < 100
    assert all(at < started + 6.0 for _, at in script.sent_at)
    assert clock.now - started <= 6.0 + 1.5


@pytest.mark.parametrize(
    ("failure", "raised"),
    [(fails(httpx.ReadTimeout), NetworkTimeoutError), (fails(httpx.RemoteProtocolError), NetworkError)],
)
def test_transport_failures_become_network_errors_that_keep_their_cause(
    clock: FakeClock, failure: Responder, raised: type[Exception]
) -> None:
    script = Script({"get_spot_ticker": [failure]})
    with pytest.raises(raised) as error:
        drive(policy(clock, max_attempts=1), ticker(), script, clock)
    assert isinstance(error.value.__cause__, httpx.TransportError)
    assert getattr(error.value, "operation", None) == "get_spot_ticker"


def test_a_429_whose_window_does_not_fit_the_budget_is_raised_with_the_wait_needed(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [rate_limited("2")]})
    with pytest.raises(RateLimitError) as raised:
        drive(policy(clock, total_timeout=1.0), ticker(), script, clock)
    assert raised.value.retry_after is not None and raised.value.retry_after >= 2.0
    assert script.count("get_spot_ticker") == 1 and clock.sleeps == []


def test_a_request_outside_the_spec_is_sent_once(clock: FakeClock) -> None:
    outside = httpx.Request("GET", "https://api-cloud.bitmart.com/not/in/the/spec")
    script = Script({"GET /not/in/the/spec": [envelope(code=59002, status=500)]})
    with pytest.raises(ServerError):
        drive(policy(clock), outside, script, clock)
    assert script.count("GET /not/in/the/spec") == 1


# ---- writes without a key ------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [fails(httpx.ReadTimeout), envelope(code=59002, status=500)])
def test_a_write_without_a_key_is_never_repeated(clock: FakeClock, failure: Responder) -> None:
    script = Script({PLACE: [failure]})
    with pytest.raises(BitMartError):
        drive(policy(clock), placement(None), script, clock)
    assert script.count(PLACE) == 1 and clock.sleeps == []


# ---- writes with a key: look up before sending again ---------------------------------------------------


@pytest.mark.parametrize(
    "uncertain",
    [fails(httpx.ReadTimeout), fails(httpx.RemoteProtocolError), envelope(code=59002, status=500), MALFORMED],
    ids=["timeout", "dropped", "5xx", "malformed"],
)
def test_an_uncertain_placement_that_went_through_is_found_not_repeated(
    clock: FakeClock, uncertain: Responder
) -> None:
    script = Script({PLACE: [uncertain], LOOKUP: [envelope(ORDER)]})
    response = drive(policy(clock), placement(), script, clock)
    assert response.json()["data"] == {"order_id": ORDER["orderId"]}
    assert (script.count(PLACE), script.count(LOOKUP)) == (1, 1)
    assert script.sent[LOOKUP][0].read() == b'{"clientOrderId":"policy0001"}'


def test_a_placement_cleanly_absent_is_placed_again_once(clock: FakeClock) -> None:
    script = Script(
        {
            PLACE: [fails(httpx.ReadTimeout), envelope({"order_id": "42"})],
            LOOKUP: [envelope(code=50005, status=400)],
        }
    )
    response = drive(policy(clock), placement(), script, clock)
    assert response.json()["data"] == {"order_id": "42"}
    assert (script.count(PLACE), script.count(LOOKUP)) == (2, 1)


def test_a_placement_not_sent_is_placed_again_without_a_lookup(clock: FakeClock) -> None:
    script = Script({PLACE: [fails(httpx.ConnectError), rate_limited("1"), envelope({"order_id": "42"})]})
    drive(policy(clock), placement(), script, clock)
    assert (script.count(PLACE), script.count(LOOKUP)) == (3, 0)


@pytest.mark.parametrize(
    "lookup",
    [
        envelope(code=59002, status=500),
        rate_limited("1"),
        MALFORMED,
        fails(httpx.ReadTimeout),
        envelope(code=30012, status=403),
        envelope({}),
        envelope({**ORDER, "clientOrderId": "someone-else"}),
    ],
    ids=["5xx", "429", "malformed", "timeout", "forbidden", "empty-data", "other-key"],
)
def test_a_lookup_that_cannot_say_absent_raises_unknown_and_never_places_again(
    clock: FakeClock, lookup: Responder
) -> None:
    script = Script({PLACE: [fails(httpx.ReadTimeout)], LOOKUP: [lookup]})
    with pytest.raises(OrderStateUnknownError) as raised:
        drive(policy(clock), placement(), script, clock)
    assert script.count(PLACE) == 1
    error = raised.value
    assert (error.client_order_id, error.operation, error.http_status, error.code) == (
        "policy0001",
        PLACE,
        0,
        None,
    )
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert "policy0001" in str(error)


def test_a_duplicate_answer_after_our_own_attempt_is_resolved_by_the_lookup(clock: FakeClock) -> None:
    script = Script(
        {
            PLACE: [envelope(code=59002, status=500), envelope(code=50042, status=400)],
            LOOKUP: [envelope(code=50005, status=400), envelope(ORDER)],
        }
    )
    response = drive(policy(clock), placement(), script, clock)
    assert response.json()["data"]["order_id"] == ORDER["orderId"]
    assert (script.count(PLACE), script.count(LOOKUP)) == (2, 2)


def test_a_duplicate_answer_the_lookup_cannot_explain_is_unknown(clock: FakeClock) -> None:
    script = Script(
        {
            PLACE: [fails(httpx.ConnectError), envelope(code=50042, status=400)],
            LOOKUP: [envelope(code=50005, status=400)],
        }
    )
    with pytest.raises(OrderStateUnknownError, match="used"):
        drive(policy(clock), placement(), script, clock)
    assert script.count(PLACE) == 2


def test_a_duplicate_answer_to_the_first_attempt_is_the_callers_own_reuse(clock: FakeClock) -> None:
    script = Script({PLACE: [envelope(code=50042, status=400)]})
    with pytest.raises(InvalidRequestError):
        drive(policy(clock), placement(), script, clock)
    assert (script.count(PLACE), script.count(LOOKUP)) == (1, 0)


def test_a_transfer_that_no_operation_can_look_up_is_unknown_at_once(clock: FakeClock) -> None:
    transfer = request(
        "transfer_main_to_sub_spot_as_main",
        {"requestNo": "r-1", "amount": "1", "currency": "USDT", "subAccount": "a"},
    )
    script = Script({"transfer_main_to_sub_spot_as_main": [fails(httpx.ReadTimeout)]})
    with pytest.raises(OrderStateUnknownError, match="no operation can look it up") as raised:
        drive(policy(clock), transfer, script, clock)
    assert raised.value.client_order_id == "r-1"
    assert script.count("transfer_main_to_sub_spot_as_main") == 1


def test_a_transfer_refused_before_execution_is_sent_again(clock: FakeClock) -> None:
    transfer = request(
        "transfer_main_to_sub_spot_as_main",
        {"requestNo": "r-2", "amount": "1", "currency": "USDT", "subAccount": "a"},
    )
    script = Script({"transfer_main_to_sub_spot_as_main": [rate_limited("1"), envelope({})]})
    drive(policy(clock), transfer, script, clock)
    assert script.count("transfer_main_to_sub_spot_as_main") == 2


def _earn(records: list[dict[str, Any]], total: int) -> Responder:
    return envelope({"total": total, "list": records})


@pytest.mark.parametrize(
    ("records", "placements", "outcome"),
    [
        (
            _earn([{"requestNo": "00000000000000000001"}, {"requestNo": "20261122000000000007"}], 2),
            1,
            "found",
        ),
        (_earn([{"requestNo": "00000000000000000001"}], 1), 2, "placed"),
        (_earn([{"requestNo": "00000000000000000001"}], 150), 1, "unknown"),
        (envelope({"total": 0}), 1, "unknown"),
    ],
    ids=["found", "absent", "page-incomplete", "no-list"],
)
def test_an_earn_subscription_is_found_in_its_paged_records(
    clock: FakeClock, records: Responder, placements: int, outcome: str
) -> None:
    subscribe = request(
        "subscribe_earn_flexible", {"productId": "1001", "amount": "100", "requestNo": "20261122000000000007"}
    )
    script = Script(
        {
            "subscribe_earn_flexible": [fails(httpx.ReadTimeout), envelope({})],
            "get_earn_flexible_records": [records],
        }
    )
    if outcome == "unknown":
        with pytest.raises(OrderStateUnknownError):
            drive(policy(clock), subscribe, script, clock)
    else:
        assert drive(policy(clock), subscribe, script, clock).json()["code"] == 1000
    assert script.count("subscribe_earn_flexible") == placements
    sent = script.sent["get_earn_flexible_records"][0].url.params
    assert (sent["type"], sent["currentPage"], sent["sizePage"]) == ("subscribe", "1", "100")


def test_a_futures_order_is_looked_up_in_open_orders_then_in_the_history(clock: FakeClock) -> None:
    body = {
        "symbol": "BTCUSDT",
        "client_order_id": "fut0001",
        "side": 1,
        "type": "limit",
        "price": "1",
        "size": 1,
    }
    order = {"order_id": "3000123", "client_order_id": "fut0001", "price": "1"}
    script = Script(
        {
            "submit_futures_order": [fails(httpx.ReadTimeout)],
            "get_futures_open_orders": [envelope([{"order_id": "1", "client_order_id": "other"}])],
            "get_futures_order_history": [envelope([order])],
        }
    )
    response = drive(policy(clock), request("submit_futures_order", body), script, clock)
    assert response.json()["data"] == {"order_id": 3000123, "price": "1"}, "order_id comes back as a number"
    assert script.count("submit_futures_order") == 1


def test_lookups_share_the_placements_deadline(clock: FakeClock) -> None:
    script = Script(
        {PLACE: [fails(httpx.ReadTimeout)], LOOKUP: [envelope(code=59002, status=500)]},
        latency=2.0,
        clock=clock,
    )
    started = clock.now
    with pytest.raises(OrderStateUnknownError):
        drive(policy(clock, max_attempts=50, total_timeout=8.0), placement(), script, clock)
    assert all(at <= started + 8.0 for _, at in script.sent_at)
    assert script.count(PLACE) == 1


# ---- rate limiting -------------------------------------------------------------------------------------


def test_the_limiter_paces_by_yielding_sleeps(clock: FakeClock) -> None:
    limiter = RateLimiter({"get_spot_ticker": (1, 2.0)}, clock=clock, margin=0.0)
    flow = policy(clock, limiter=limiter)
    script = Script({"get_spot_ticker": [envelope(TICKER)]})
    drive(flow, ticker(), script, clock)
    drive(flow, ticker(), script, clock)
    assert clock.sleeps == [pytest.approx(2.0)]


def test_a_limiter_wait_beyond_the_budget_raises_before_sending(clock: FakeClock) -> None:
    limiter = RateLimiter({"get_spot_ticker": (1, 5.0)}, clock=clock, margin=0.0)
    flow = policy(clock, limiter=limiter, total_timeout=3.0)
    script = Script({"get_spot_ticker": [envelope(TICKER)]})
    drive(flow, ticker(), script, clock)
    with pytest.raises(RateLimitError) as raised:
        drive(flow, ticker(), script, clock)
    assert raised.value.retry_after == pytest.approx(5.0) and script.count("get_spot_ticker") == 1


def test_an_absurd_reset_is_clamped_to_the_operations_window_and_reported(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RateLimiter.from_operations(
        __import__("bitmart_client.operations").operations.OPERATIONS, clock=clock
    )
    headers = {
        "X-BM-RateLimit-Remaining": "10",
        "X-BM-RateLimit-Limit": "10",
        "X-BM-RateLimit-Reset": "1000000000",
    }
    script = Script({"get_spot_ticker": [envelope(TICKER, headers=headers)]})
    flow = policy(clock, limiter=limiter)
    with caplog.at_level(logging.WARNING, logger="bitmart_runtime.drift"):
        drive(flow, ticker(), script, clock)
        drive(flow, ticker(), script, clock)
    assert clock.sleeps and max(clock.sleeps) <= 2.1
    drift = [r for r in caplog.records if r.name == "bitmart_runtime.drift"]
    assert drift and "1000000000" in drift[0].getMessage() and "get_spot_ticker" in drift[0].getMessage()


def test_an_absurd_reset_on_a_429_waits_the_bounded_window(clock: FakeClock) -> None:
    script = Script({"get_spot_ticker": [rate_limited("1000000000"), envelope(TICKER)]})
    drive(policy(clock), ticker(), script, clock)
    assert len(clock.sleeps) == 1 and 2.0 <= clock.sleeps[0] <= 2.0 + 1e-9


def test_an_abandoned_request_gives_its_slot_back(clock: FakeClock) -> None:
    limiter = RateLimiter({"get_spot_ticker": (1, 30.0)}, clock=clock, margin=0.0)
    steps = policy(clock, limiter=limiter).attempts(ticker())
    assert isinstance(next(steps), Send)
    steps.close()  # the caller went away with the request in flight
    assert limiter.acquire("get_spot_ticker") == pytest.approx(30.0)


# ---- properties over arbitrary scripts -----------------------------------------------------------------

_OUTCOMES = {
    "ok": envelope({"order_id": "1"}),
    "connect": fails(httpx.ConnectError),
    "timeout": fails(httpx.ReadTimeout),
    "5xx": envelope(code=59002, status=500),
    "429": rate_limited("2"),
    "absurd-429": rate_limited("99999999"),
    "malformed": MALFORMED,
    "nested": raw(200, b"[" * 5_000),
    "refused": envelope(code=50020, status=400),
    "duplicate": envelope(code=50042, status=400),
}
_LOOKUPS = {
    "found": envelope({**ORDER, "clientOrderId": "policy0001"}),
    "absent": envelope(code=50005, status=400),
    "5xx": envelope(code=59002, status=500),
    "timeout": fails(httpx.ReadTimeout),
    "malformed": MALFORMED,
}


@settings(max_examples=200, deadline=None)
@given(
    placements=st.lists(st.sampled_from(sorted(_OUTCOMES)), min_size=1, max_size=8),
    lookups=st.lists(st.sampled_from(sorted(_LOOKUPS)), min_size=1, max_size=8),
    latency=st.sampled_from([0.0, 0.4, 3.0]),
    budget=st.sampled_from([1.0, 10.0, 30.0]),
)
def test_no_script_makes_a_write_sleep_past_its_budget_or_repeat_an_unsettled_placement(
    placements: list[str], lookups: list[str], latency: float, budget: float
) -> None:
    clock = FakeClock()
    script = Script(
        {PLACE: [_OUTCOMES[n] for n in placements], LOOKUP: [_LOOKUPS[n] for n in lookups]},
        latency=latency,
        clock=clock,
    )
    started = clock.now
    with contextlib.suppress(BitMartError):
        drive(policy(clock, max_attempts=6, total_timeout=budget), placement(), script, clock)
    deadline = started + budget
    assert all(at <= deadline for name, at in script.sent_at if name == PLACE), (
        "no placement after the budget"
    )
    late_lookups = [at for name, at in script.sent_at if name == LOOKUP and at > deadline]
    assert len(late_lookups) <= 1, "an uncertain placement gets one look-up, even when its time is up"
    assert all(s >= 0 for s in clock.sleeps) and sum(clock.sleeps) <= budget
    _check_each_resend_was_justified(placements, lookups, script)


_CERTAINLY_NOT_RUN = {"connect", "429", "absurd-429", "refused", "duplicate"}


def _check_each_resend_was_justified(placements: list[str], lookups: list[str], script: Script) -> None:
    """Every placement after the first needs a reason: the one before certainly did not run, or the
    last look-up since said cleanly that it was absent."""
    previous: str | None = None
    last_lookup: str | None = None
    for name, index in script.order:
        if name == LOOKUP:
            last_lookup = lookups[min(index, len(lookups) - 1)]
            continue
        if previous is not None and previous not in _CERTAINLY_NOT_RUN:
            assert last_lookup == "absent", (
                f"placed again after {previous!r}, the look-up said {last_lookup!r}"
            )
        previous, last_lookup = placements[min(index, len(placements) - 1)], None


@pytest.mark.parametrize("answer", [envelope(TICKER), rate_limited("2"), MALFORMED, fails(httpx.ReadTimeout)])
def test_every_step_is_a_send_or_a_bounded_sleep(clock: FakeClock, answer: Responder) -> None:
    steps = policy(clock, total_timeout=5.0).attempts(ticker())
    step: Any = next(steps)
    seen = []
    try:
        while True:
            seen.append(type(step))
            if isinstance(step, Sleep):
                assert 0 <= step.seconds <= 5.0
                clock.sleep(step.seconds)
                step = steps.send(None)
            else:
                try:
                    outcome: Any = answer(step.request)
                except httpx.TransportError as exc:
                    outcome = exc
                step = steps.send(outcome)
    except StopIteration:
        pass
    except (RateLimitError, UnexpectedResponseError, NetworkError, TimestampError, ServerError):
        pass
    assert seen[0] is Send and set(seen) <= {Send, Sleep}


def test_a_permit_is_released_when_the_send_fails(clock: FakeClock) -> None:
    limiter = RateLimiter({"get_spot_ticker": (1, 1.0)}, clock=clock, margin=0.0)
    script = Script({"get_spot_ticker": [fails(httpx.ConnectError), envelope(TICKER)]})
    drive(policy(clock, limiter=limiter), ticker(), script, clock)
    admitted = limiter.acquire("get_spot_ticker")
    assert not isinstance(admitted, Permit) and admitted <= 1.0
