"""The client under hostile answers and inputs (issue 14): every failure is a project exception,
no call sleeps beyond its time budget, no order is placed twice on a guess, no secret leaks.

The first tests each pin one defect of issue 14 that the client had; the parametrised ones at the
end feed the whole client (connect(), generated functions, auth flow, retry policy, limiter)
answers that are truncated, nested, huge, of the wrong types, undecodable, or carry absurd
rate-limit headers. Waits are recorded on a fake clock: nothing here sleeps for real.
"""

from __future__ import annotations

import random
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitmart_auth import Credentials, connect
from bitmart_client.api.spot_market import get_spot_ticker
from bitmart_client.api.spot_trading import submit_spot_order
from bitmart_client.models import SpotSubmitOrderRequest
from bitmart_client.operations import OPERATIONS
from bitmart_runtime import (
    BitMartAPIError,
    BitMartError,
    ConfigurationError,
    OrderStateUnknownError,
    RateLimitError,
    UnexpectedResponseError,
)
from bitmart_runtime.rate_limit import RateLimiter
from bitmart_runtime.retry import RetryPolicy
from runtime_harness import FakeClock, Responder, Script, envelope, fails, raw

KEY, SECRET, MEMO = "hostile-test-key-0001", "hostile-secret-value-0123456789", "hostile-memo-42"
BUDGET = 10.0
TICKER = {
    "symbol": "BTC_USDT",
    "last": "67000.00",
    "v_24h": "1.0",
    "qv_24h": "67000.00",
    "open_24h": "66500.00",
    "high_24h": "67500.00",
    "low_24h": "66000.00",
    "fluctuation": "+0.0075",
    "bid_px": "66999.50",
    "bid_sz": "0.5000",
    "ask_px": "67000.50",
    "ask_sz": "0.3200",
    "ts": "1763805600000",
}
ORDER = {
    "orderId": "213055379155243012",
    "clientOrderId": "hostile0001",
    "symbol": "BTC_USDT",
    "state": "new",
}
LOOKUP = "get_spot_order_by_client_order_id"
EXHAUSTED = {"X-BM-RateLimit-Remaining": "10", "X-BM-RateLimit-Limit": "10"}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A fake clock that also stands in for ``time.sleep``: a call that would sleep is recorded."""
    fake = FakeClock()
    monkeypatch.setattr(time, "sleep", fake.sleep)
    return fake


def limit_buy(client_order_id: str = "hostile0001") -> SpotSubmitOrderRequest:
    return SpotSubmitOrderRequest(
        symbol="BTC_USDT",
        side="buy",
        type_="limit",
        size=Decimal("0.001"),
        price=Decimal("60000"),
        client_order_id=client_order_id,
    )


def _client(script: Script, **kwargs: Any) -> Any:
    return connect(KEY, SECRET, MEMO, transport=script.transport(), **kwargs)


# ---- issue 14, defect 1: one header blocked an operation for decades ------------------------------


def test_an_absurd_reset_header_never_makes_a_call_sleep_beyond_its_budget(clock: FakeClock) -> None:
    """A 200 with used >= limit and ``Reset: 1000000000`` used to block the next call ~31 years."""
    absurd = {**EXHAUSTED, "X-BM-RateLimit-Reset": "1000000000"}
    script = Script({"get_spot_ticker": [envelope(TICKER, headers=absurd)]})
    limiter = RateLimiter.from_operations(OPERATIONS, clock=clock)
    client = _client(script, rate_limit=limiter, retry=RetryPolicy(total_timeout=BUDGET))
    for _ in range(3):
        assert get_spot_ticker.sync(client=client, symbol="BTC_USDT").data.last == Decimal("67000.00")
    window = OPERATIONS["get_spot_ticker"].rate_limit.window
    assert script.count("get_spot_ticker") == 3
    assert clock.sleeps, "the exhausted window must still be respected"
    assert max(clock.sleeps) <= window + 0.1, clock.sleeps


# ---- issue 14, defect 2: a failed look-up counted as "not placed" ---------------------------------


@pytest.mark.parametrize(
    "lookup_answer",
    [
        envelope(code=59002, status=500),
        raw(502, b"<html>Bad Gateway</html>"),
        envelope(code=30013, status=429, headers={**EXHAUSTED, "X-BM-RateLimit-Reset": "2"}),
        raw(200, b'{"code":1000,"message":"OK","data":{"orderId'),
        fails(httpx.ReadTimeout),
        fails(httpx.ConnectError),
    ],
    ids=["5xx", "bare-502", "429", "malformed", "timeout", "connect-error"],
)
def test_a_failed_lookup_never_leads_to_a_second_placement(
    clock: FakeClock, lookup_answer: Responder
) -> None:
    """The placement timed out (it may have gone through) and the look-up cannot tell: the
    caller gets OrderStateUnknownError and BitMart sees exactly one placement."""
    script = Script(
        {
            "submit_spot_order": [fails(httpx.ReadTimeout), envelope(code=50042, status=400)],
            LOOKUP: [lookup_answer],
        }
    )
    client = _client(script, retry=RetryPolicy(max_attempts=3, base_delay=0.01, total_timeout=BUDGET))
    with pytest.raises(BitMartError) as raised:
        submit_spot_order.sync(client=client, body=limit_buy())
    assert script.count("submit_spot_order") == 1, "never placed again after an unknown outcome"
    assert script.count(LOOKUP) >= 1
    error = raised.value
    assert isinstance(error, OrderStateUnknownError), repr(error)
    assert isinstance(error, BitMartAPIError)
    assert (error.client_order_id, error.operation) == ("hostile0001", "submit_spot_order")
    assert isinstance(error.__cause__, httpx.ReadTimeout)


# ---- issue 14, defect 4 (client): deep nesting escaped as a bare RecursionError --------------------


@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"code":1000,"data":' + b'{"a":' * 60_000])
def test_a_deeply_nested_answer_is_an_unexpected_response(clock: FakeClock, body: bytes) -> None:
    script = Script({"get_spot_ticker": [raw(200, body)]})
    with pytest.raises(UnexpectedResponseError) as raised:
        get_spot_ticker.sync(client=_client(script, retry=None), symbol="BTC_USDT")
    assert raised.value.operation == "get_spot_ticker" and len(raised.value.body_excerpt) <= 500


@pytest.mark.parametrize(
    "answer",
    [raw(200, b"[" * 100_000), raw(200, b'{"code":1000,"message":"\xff\xfe","data":{}}')],
    ids=["nested", "invalid-utf8"],
)
def test_an_undecodable_placement_answer_still_goes_through_the_lookup(
    clock: FakeClock, answer: Responder
) -> None:
    script = Script({"submit_spot_order": [answer], LOOKUP: [envelope(ORDER)]})
    client = _client(script, retry=RetryPolicy(max_attempts=3, base_delay=0.01, total_timeout=BUDGET))
    placed = submit_spot_order.sync(client=client, body=limit_buy())
    assert placed.data.order_id == ORDER["orderId"]
    assert (script.count("submit_spot_order"), script.count(LOOKUP)) == (1, 1)


# ---- issue 14, defect 6: a secret leaked through an encoding error --------------------------------


def _everything_said(error: BaseException) -> str:
    """The error's text, repr and those of its whole chain, as a report or traceback shows them."""
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


@pytest.mark.parametrize("field", ["secret", "memo"])
def test_a_value_that_cannot_be_encoded_is_refused_at_creation_without_showing_it(field: str) -> None:
    values = {"api_key": KEY, "secret": SECRET, "memo": MEMO}
    values[field] = "TOPSECRET-\udcff-" + field
    with pytest.raises(ConfigurationError, match=field) as raised:
        Credentials(**values)
    said = _everything_said(raised.value)
    assert "TOPSECRET" not in said and "\\udcff" not in said


def test_connect_refuses_an_undecodable_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # os.environ turns bytes that are not UTF-8 into lone surrogates (surrogateescape).
    monkeypatch.setenv("BITMART_API_KEY", KEY)
    monkeypatch.setenv("BITMART_API_SECRET", "TOPSECRET-\udcff")
    monkeypatch.setenv("BITMART_API_MEMO", MEMO)
    with pytest.raises(ConfigurationError, match="secret") as raised:
        connect()
    assert "TOPSECRET" not in _everything_said(raised.value)


@pytest.mark.parametrize("key", ["clé-non-ascii", "key\nwith-newline"])
def test_a_key_that_cannot_be_a_header_is_refused(key: str) -> None:
    with pytest.raises(ConfigurationError, match="api_key"):
        Credentials(key, SECRET, MEMO)


# ---- issue 14: hostile answers, end to end --------------------------------------------------------

HOSTILE: dict[str, Responder] = {
    "truncated": raw(200, b'{"code":1000,"message":"OK","data":{"symbol":"BTC'),
    "nested-array": raw(200, b"[" * 100_000),
    "nested-data": raw(200, b'{"code":1000,"message":"OK","data":' + b"[" * 100_000),
    "huge-message": raw(200, b'{"code":1000,"message":"' + b"x" * 5_000_000 + b'","data":{}}'),
    "huge-integer-code": raw(200, b'{"code":' + b"9" * 5_000 + b',"message":"x"}'),
    "infinite-code": raw(200, b'{"code":1e999,"message":"x","trace":"t"}'),
    "code-is-text": envelope(code="abc", status=200),  # type: ignore[arg-type]
    "code-is-list": raw(200, b'{"code":[1000],"message":"x"}'),
    "code-is-null": raw(200, b'{"code":null,"message":"x"}'),
    "message-is-number": raw(400, b'{"code":50000,"message":12345,"trace":["t"]}'),
    "data-is-text": envelope("not an object"),
    "data-is-list": envelope([1, 2, 3]),
    "invalid-utf8": raw(200, b'{"code":1000,"message":"\xff\xfe","data":{}}'),
    "empty": raw(200, b""),
    "null": raw(200, b"null"),
    "bare-number": raw(200, b"1000"),
    "html": raw(200, b"<html><body>maintenance</body></html>"),
    "success-with-500": envelope(TICKER, status=500),
    "absurd-reset-200": envelope(TICKER, headers={**EXHAUSTED, "X-BM-RateLimit-Reset": "1000000000"}),
    "absurd-reset-429": envelope(
        code=30013, status=429, headers={**EXHAUSTED, "X-BM-RateLimit-Reset": "1000000000"}
    ),
    "negative-headers": envelope(
        TICKER,
        headers={"X-BM-RateLimit-Remaining": "-1", "X-BM-RateLimit-Limit": "0", "X-BM-RateLimit-Reset": "-5"},
    ),
    "unparsable-headers": envelope(
        TICKER,
        headers={
            "X-BM-RateLimit-Remaining": "9" * 5000,
            "X-BM-RateLimit-Limit": "1e9",
            "X-BM-RateLimit-Reset": "∞".encode(),
        },
    ),
    "timestamp-rejected": envelope(code=30007, status=401),
}


def _hostile_client(script: Script, clock: FakeClock) -> Any:
    retry = RetryPolicy(
        max_attempts=5,
        base_delay=0.5,
        total_timeout=BUDGET,
        rng=random.Random(3),
        clock=clock,
        sleep=clock.sleep,
    )
    limiter = RateLimiter.from_operations(OPERATIONS, clock=clock)
    return _client(script, retry=retry, rate_limit=limiter)


def _within_budget(clock: FakeClock, script: Script, started: float) -> None:
    """No wait ends and no attempt starts after the budget. Past it, only what finishes an attempt
    begun in time may still go out: the auth flow's time probe and its re-signed request, and the
    one look-up an uncertain placement always gets. Each is bounded by the client's timeout."""
    assert all(0 <= seconds <= BUDGET for seconds in clock.sleeps), clock.sleeps
    deadline = started + BUDGET
    late = [
        (name, index)
        for index, (name, at) in enumerate(script.sent_at)
        if at > deadline
        and name != "get_system_time"
        and not (index and script.sent_at[index - 1][0] == "get_system_time")
    ]
    assert [name for name, _ in late] in ([], [LOOKUP]), (started, script.sent_at)
    assert clock.now - started <= BUDGET + 3 * script.latency, f"the call took {clock.now - started} s"


@pytest.mark.parametrize("answer", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_read_under_a_hostile_answer_fails_typed_and_in_time(clock: FakeClock, answer: Responder) -> None:
    time_answer = envelope({"server_time": 1_763_805_600_000})
    script = Script({"get_spot_ticker": [answer], "get_system_time": [time_answer]}, latency=0.7, clock=clock)
    client = _hostile_client(script, clock)
    for _ in range(2):  # the second call meets whatever the first one taught the limiter
        started = clock.now
        try:
            result = get_spot_ticker.sync(client=client, symbol="BTC_USDT")
        except BitMartError:
            pass
        else:
            assert result.data.symbol == "BTC_USDT"
        _within_budget(clock, script, started)


@pytest.mark.parametrize("answer", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_placement_under_hostile_answers_is_never_repeated_blindly(
    clock: FakeClock, answer: Responder
) -> None:
    """The placement and every look-up get the hostile answer: one placement at most, a typed
    error or the order, within the budget."""
    time_answer = envelope({"server_time": 1_763_805_600_000})
    script = Script(
        {"submit_spot_order": [answer], LOOKUP: [answer], "get_system_time": [time_answer]},
        latency=0.7,
        clock=clock,
    )
    client = _hostile_client(script, clock)
    started = clock.now
    failure: BitMartError | None = None
    try:
        submit_spot_order.sync(client=client, body=limit_buy())
    except BitMartError as error:
        failure = error
    if failure is not None and script.count(LOOKUP):
        assert isinstance(failure, OrderStateUnknownError), repr(failure)
    _within_budget(clock, script, started)
    placements = script.count("submit_spot_order")
    # A placement refused for sure (a 429, a rejected timestamp) may be sent again; one that may
    # have gone through never is, since no hostile look-up answer can say "absent".
    assert placements == 1 or script.count(LOOKUP) == 0, (placements, script.count(LOOKUP))


def test_rate_limit_waits_beyond_the_budget_raise_at_once_with_the_wait_needed(clock: FakeClock) -> None:
    limiter = RateLimiter({"get_spot_ticker": (1, 2.0)}, clock=clock, margin=0.0)
    script = Script({"get_spot_ticker": [envelope(TICKER)]})
    retry = RetryPolicy(total_timeout=1.0, clock=clock, sleep=clock.sleep)
    client = _client(script, retry=retry, rate_limit=limiter)
    get_spot_ticker.sync(client=client, symbol="BTC_USDT")
    with pytest.raises(RateLimitError) as raised:
        get_spot_ticker.sync(client=client, symbol="BTC_USDT")
    assert raised.value.retry_after == pytest.approx(2.0)
    assert (raised.value.code, raised.value.http_status) == (None, 0)
    assert script.count("get_spot_ticker") == 1 and clock.sleeps == []
