"""The sans-IO planner, driven directly: properties over random accounts (hypothesis) and one table
row per blocking condition."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from bitmart_withdraw import (
    Channel,
    Destination,
    EarnPosition,
    Holding,
    MarginPair,
    MarginSide,
    Plan,
    PlanOptions,
    Snapshot,
    StepKind,
    WhitelistEntry,
    WithdrawTerms,
    make_plan,
)
from bitmart_withdraw._amounts import MAX_WITHDRAWALS, round_down, split_withdrawals
from bitmart_withdraw._whitelist import Refusal, whitelisted
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

D = Decimal
NOW = 1_796_000_000_000
DAY = 86_400_000
TRC20 = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"
BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
EVM = "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23"


# ---- one account, changed per table row -------------------------------------------------------------
def _snapshot(**changes: Any) -> Snapshot:
    base = Snapshot(
        taken_at_ms=NOW,
        holdings=(Holding("main", "spot", "USDT", D(1000)), Holding("main", "spot", "BTC", D("0.5"))),
        channels=(
            Channel("USDT", "USDT", "OMNI", False, D(100), D(10)),
            Channel("USDT-TRC20", "USDT", "TRC20", True, D(10), D(1)),
            Channel("USDT-ERC20", "USDT", "ERC20", True, D(26), D("6.5")),
            Channel("BTC", "BTC", "BTC", True, D("0.001"), D("0.0002"), D(50)),
            Channel("ETH", "ETH", "ERC20", True, D("0.01"), D("0.0015")),
        ),
        terms={
            "USDT-TRC20": WithdrawTerms(D(10), D(1), 6, None, D(100)),
            "BTC": WithdrawTerms(D("0.001"), D("0.0002"), 8, None, D(100)),
            "ETH": WithdrawTerms(D("0.01"), D("0.0015"), 6, None, D(100)),
        },
        whitelist=(
            WhitelistEntry(
                address=TRC20, address_type=0, verified=True, currency="USDT-TRC20", network="TRC20"
            ),
            WhitelistEntry(address=BTC_ADDRESS, address_type=0, verified=True, currency="BTC", network="BTC"),
            WhitelistEntry(address=EVM, address_type=1, verified=True, network="ERC20"),
        ),
        btc_rates={"USDT": D("0.00001"), "ETH": D("0.03")},
    )
    return dataclasses.replace(base, **changes)


DESTINATIONS = {
    "USDT": Destination("USDT", "TRC20", TRC20),
    "BTC": Destination("BTC", "BTC", BTC_ADDRESS),
    "ETH": Destination("ETH", "ERC20", EVM),
}


def _blockers(plan: Plan, kind: StepKind | None = None) -> set[str]:
    return {b.code for step in plan.steps if kind in (None, step.kind) for b in step.blockers}


def _balanced(plan: Plan) -> None:
    for summary in plan.summaries:
        assert summary.withdrawn + summary.fees + summary.dust + summary.left == summary.total, summary


def test_an_account_with_nothing_blocked() -> None:
    plan = make_plan(_snapshot(), DESTINATIONS)
    assert [(s.kind, s.currency, s.amount, s.fee) for s in plan.steps] == [
        (StepKind.WITHDRAW, "BTC", D("0.4998"), D("0.0002")),
        (StepKind.WITHDRAW, "USDT", D(999), D(1)),
    ]
    assert not plan.blocked
    _balanced(plan)


BLOCKING = [
    ("no_destination", {}, {"USDT": None}, StepKind.WITHDRAW),
    ("network_unknown", {}, {"USDT": Destination("USDT", "SOLANA", TRC20)}, StepKind.WITHDRAW),
    ("withdrawals_closed", {}, {"USDT": Destination("USDT", "OMNI", TRC20)}, StepKind.WITHDRAW),
    (
        "not_whitelisted",
        {},
        {"USDT": Destination("USDT", "TRC20", "TNotInTheWhitelist00000000000000000")},
        StepKind.WITHDRAW,
    ),
    (
        "not_whitelisted",
        {},
        {"BTC": Destination("BTC", "BTC", TRC20)},
        StepKind.WITHDRAW,
    ),  # listed for another currency
    (
        "not_verified",
        {
            "whitelist": (
                WhitelistEntry(
                    address=TRC20, address_type=0, verified=False, currency="USDT-TRC20", network="TRC20"
                ),
            )
        },
        {},
        StepKind.WITHDRAW,
    ),
    (
        "memo_mismatch",
        {
            "whitelist": (
                WhitelistEntry(
                    address=TRC20,
                    memo="123",
                    address_type=0,
                    verified=True,
                    currency="USDT-TRC20",
                    network="TRC20",
                ),
            )
        },
        {"USDT": Destination("USDT", "TRC20", TRC20, "999")},
        StepKind.WITHDRAW,
    ),
    (
        "not_whitelisted",  # an EVM entry is only trusted on networks known to be EVM
        {
            "whitelist": (WhitelistEntry(address=TRC20, address_type=2, verified=True),),
        },
        {},
        StepKind.WITHDRAW,
    ),
    (
        "terms_unavailable",
        {"terms": {}, "terms_errors": {"USDT-TRC20": "BitMart answered 60004"}},
        {},
        StepKind.WITHDRAW,
    ),
    ("below_minimum", {"holdings": (Holding("main", "spot", "USDT", D("10.5")),)}, {}, StepKind.WITHDRAW),
    (
        "above_quota",
        {"terms": {"USDT-TRC20": WithdrawTerms(D(10), D(1), 6, None, D("0.001"))}},
        {},
        StepKind.WITHDRAW,
    ),
    ("no_valuation", {"btc_rates": {}}, {}, StepKind.WITHDRAW),
    (
        "earn_locked",
        {"earn": (EarnPosition("9", "2001", "USDT", D(300), True, NOW + 30 * DAY),)},
        {},
        StepKind.EARN_FIXED,
    ),
    (
        "earn_maturing",
        {"earn": (EarnPosition("9", "2001", "USDT", D(300), True, NOW - 1),)},
        {},
        StepKind.EARN_FIXED,
    ),
    (
        "earn_amount_unknown",
        {"earn": (EarnPosition("8", "1001", "USDT", None, unknown_reason="2 positions share product 1001"),)},
        {},
        StepKind.EARN_FLEXIBLE,
    ),
    (
        "loan_unrepayable",
        {
            "margin": (
                MarginPair("ETH_USDT", MarginSide("ETH", D(1)), MarginSide("USDT", D(0), principal=D(5000))),
            )
        },
        {},
        StepKind.MARGIN_REPAY,
    ),
    (
        "loan_outstanding",
        {
            "margin": (
                MarginPair("ETH_USDT", MarginSide("ETH", D(1)), MarginSide("USDT", D(0), principal=D(5000))),
            )
        },
        {},
        StepKind.MARGIN_OUT,
    ),
    ("futures_currency", {"holdings": (Holding("main", "futures", "BTC", D(1)),)}, {}, StepKind.FUTURES),
    ("futures_currency", {"holdings": (Holding("desk", "futures", "BTC", D(1)),)}, {}, StepKind.SUB_FUTURES),
    (
        "below_transfer_minimum",
        {"holdings": (Holding("main", "futures", "USDT", D("0.005")),)},
        {},
        StepKind.FUTURES,
    ),
    ("held", {"holdings": (Holding("main", "spot", "USDT", D(0), D(40)),)}, {}, StepKind.HELD),
    (
        "too_many_withdrawals",
        {"channels": (Channel("BTC", "BTC", "BTC", True, D("0.001"), D("0.0002"), D("0.01")),)},
        {},
        StepKind.WITHDRAW,
    ),
]


@pytest.mark.parametrize(
    ("code", "changes", "destinations", "kind"),
    BLOCKING,
    ids=[f"{row[0]}-{i}" for i, row in enumerate(BLOCKING)],
)
def test_every_blocking_condition(
    code: str, changes: dict[str, Any], destinations: dict[str, Destination | None], kind: StepKind
) -> None:
    chosen = {**DESTINATIONS, **destinations}
    plan = make_plan(_snapshot(**changes), {c: d for c, d in chosen.items() if d is not None})
    assert code in _blockers(plan, kind), [(s.kind, s.blockers) for s in plan.steps]
    for step in plan.blocked:
        assert step not in plan.runnable and all(b.message for b in step.blockers)
    _balanced(plan)


def test_a_blocked_amount_is_left_and_dust_is_dust() -> None:
    snapshot = _snapshot(
        holdings=(Holding("main", "spot", "USDT", D("10.5")), Holding("main", "spot", "ETH", D(2)))
    )
    plan = make_plan(snapshot, {"USDT": DESTINATIONS["USDT"]})
    usdt, eth = plan.summary("USDT"), plan.summary("ETH")
    assert usdt is not None and (usdt.dust, usdt.left, usdt.withdrawn) == (D("10.5"), D(0), D(0))
    assert eth is not None and (eth.dust, eth.left, eth.withdrawn) == (D(0), D(2), D(0))


def test_redeem_early_is_the_users_choice() -> None:
    position = EarnPosition("9", "2001", "USDT", D(300), True, NOW + 30 * DAY)
    waiting = make_plan(_snapshot(earn=(position,)), DESTINATIONS)
    early = make_plan(_snapshot(earn=(position,)), DESTINATIONS, PlanOptions(redeem_early=True))
    assert waiting.summary("USDT").left == D(300)  # type: ignore[union-attr]
    assert early.steps[0].kind is StepKind.EARN_FIXED and early.steps[0].runnable
    assert early.summary("USDT").withdrawn == D(1299)  # type: ignore[union-attr]


def test_a_loan_is_repaid_from_spot_when_the_margin_account_holds_too_little() -> None:
    pair = MarginPair(
        "BTC_USDT",
        MarginSide("BTC", D("0.1")),
        MarginSide("USDT", D(500), principal=D(500), interest=D("0.2")),
    )
    plan = make_plan(_snapshot(margin=(pair,)), DESTINATIONS)
    margin = [(s.kind, s.currency, s.amount) for s in plan.steps if s.kind.value.startswith("margin")]
    assert margin == [
        (StepKind.MARGIN_TOP_UP, "USDT", D("0.2")),
        (StepKind.MARGIN_REPAY, "USDT", D("500.2")),
        (StepKind.MARGIN_OUT, "BTC", D("0.1")),
    ]
    assert plan.summary("USDT").withdrawn == D("998.8")  # type: ignore[union-attr]


def test_sub_accounts_come_before_the_futures_wallet_they_feed() -> None:
    holdings = (Holding("desk", "futures", "USDT", D(100)), Holding("main", "futures", "USDT", D(50)))
    plan = make_plan(_snapshot(holdings=holdings), DESTINATIONS)
    assert [(s.kind, s.amount) for s in plan.steps[:2]] == [
        (StepKind.SUB_FUTURES, D(100)),
        (StepKind.FUTURES, D(150)),
    ]


def test_withdrawals_respect_precision_multiple_and_maximum() -> None:
    terms = WithdrawTerms(D(100), D(20), 0, 10, D(100))
    assert split_withdrawals(D("10000.5"), terms, None) == ([D(9980)], D("0.5"))
    btc = WithdrawTerms(D("0.001"), D("0.0002"), 8, None, D(100))
    amounts, rest = split_withdrawals(D("120.123456789"), btc, D(50))
    assert amounts == [D(50), D(50), D("20.12285678")] and rest == D("0.000000009")
    assert round_down(D("1.23456789"), 6) == D("1.234567")


# ---- properties ---------------------------------------------------------------------------------------
CURRENCIES = ("USDT", "BTC", "ETH", "XRP")
NETWORKS = ("TRC20", "ERC20", "BTC", "XRP")
ADDRESSES = (TRC20, BTC_ADDRESS, EVM, "rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy")
MEMOS = ("", "", "2837461")


def amounts(max_units: int = 10**6) -> st.SearchStrategy[Decimal]:
    """Non-negative decimals with 0 to 10 decimal places."""
    return st.builds(
        lambda whole, fraction, places: D(whole) + D(fraction % 10**places).scaleb(-places),
        st.integers(0, max_units),
        st.integers(0, 10**10),
        st.integers(0, 10),
    )


MOSTLY = st.sampled_from((True, True, True, False))


@st.composite
def margin_pairs(draw: st.DrawFn) -> list[MarginPair]:
    side = st.builds(
        MarginSide,
        st.just(""),
        amounts(10**4).map(lambda a: round_down(a, 8)),
        st.one_of(st.just(D(0)), amounts(10)),
        st.one_of(st.just(D(0)), amounts(10**4).map(lambda a: round_down(a, 8))),
        st.one_of(st.just(D(0)), amounts(10).map(lambda a: round_down(a, 8))),
    )
    symbols = st.lists(
        st.sampled_from((("BTC", "USDT"), ("ETH", "USDT"), ("ETH", "BTC"))), max_size=2, unique=True
    )
    return [
        MarginPair(
            f"{base}_{quote}",
            dataclasses.replace(draw(side), currency=base),
            dataclasses.replace(draw(side), currency=quote),
        )
        for base, quote in draw(symbols)
    ]


@st.composite
def earn_positions(draw: st.DrawFn) -> list[EarnPosition]:
    rows = st.tuples(
        st.sampled_from(CURRENCIES), st.one_of(st.none(), amounts(10**4)), st.booleans(), st.integers(-2, 30)
    )
    return [
        EarnPosition(str(i), str(1000 + i), currency, principal, fixed, NOW + offset * DAY if fixed else None)
        for i, (currency, principal, fixed, offset) in enumerate(draw(st.lists(rows, max_size=3)))
    ]


@st.composite
def routes(
    draw: st.DrawFn, currency: str
) -> tuple[list[Channel], dict[str, WithdrawTerms], list[WhitelistEntry], Destination | None]:
    """A currency's channels, terms and whitelist entries, and usually a destination that fits them."""
    channels, terms, entries = [], {}, []
    for network in draw(st.lists(st.sampled_from(NETWORKS), min_size=1, max_size=2, unique=True)):
        code = currency if network == currency else f"{currency}-{network}"
        optional = st.one_of(st.none(), amounts(10))
        maximum = draw(st.one_of(st.none(), amounts(10**5).filter(lambda a: a > 0)))
        channels.append(
            Channel(code, currency, network, draw(MOSTLY), draw(optional), draw(optional), maximum)
        )
        if draw(MOSTLY):
            multiple = draw(st.sampled_from((None, None, 10)))
            quota = draw(amounts(10**4))
            terms[code] = WithdrawTerms(
                draw(amounts(100)), draw(amounts(10)), draw(st.integers(0, 8)), multiple, quota
            )
    address, memo = draw(st.sampled_from(ADDRESSES)), draw(st.sampled_from(MEMOS))
    network = draw(st.sampled_from([c.network for c in channels] * 3 + ["SOLANA"]))
    code = currency if network == currency else f"{currency}-{network}"
    if draw(MOSTLY):  # the whitelist entry the destination needs, more or less
        kind = draw(st.integers(0, 2))
        entry_memo = draw(st.sampled_from((memo, "", "other")))
        entries.append(
            WhitelistEntry(
                address=address,
                memo=entry_memo,
                address_type=kind,
                verified=draw(MOSTLY),
                currency=code if kind == 0 else None,
                network=None if kind == 2 else network,
            )
        )
    if draw(st.booleans()):  # and some other entry
        kind = draw(st.integers(0, 2))
        other = draw(st.sampled_from(ADDRESSES))
        entries.append(
            WhitelistEntry(
                address=other,
                address_type=kind,
                verified=draw(st.booleans()),
                currency=code if kind == 0 else None,
                network=network,
            )
        )
    destination = Destination(currency, network, address, memo) if draw(MOSTLY) else None
    return channels, terms, entries, destination


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[Snapshot, dict[str, Destination], PlanOptions]:
    wallets = st.builds(
        Holding,
        st.sampled_from(("main", "desk-a", "desk-b")),
        st.sampled_from(("spot", "fund", "futures")),
        st.sampled_from(CURRENCIES),
        amounts(10**4),
        st.one_of(st.just(D(0)), st.just(D(0)), amounts(1000)),
    ).filter(lambda h: h.account == "main" or h.wallet != "fund")
    holdings = draw(st.lists(wallets, max_size=8))
    channels, terms, whitelist, destinations = [], {}, [], {}
    for currency in CURRENCIES:
        more_channels, more_terms, entries, destination = draw(routes(currency))
        channels += more_channels
        terms.update(more_terms)
        whitelist += entries
        if destination is not None:
            destinations[currency] = destination
    rate = amounts(10).filter(lambda a: a > 0).map(lambda a: a / 10**5)
    rates = {currency: draw(rate) for currency in CURRENCIES if draw(MOSTLY)}
    snapshot = Snapshot(
        NOW,
        tuple(holdings),
        tuple(draw(margin_pairs())),
        tuple(draw(earn_positions())),
        ("desk-a", "desk-b"),
        tuple(channels),
        terms,
        {},
        tuple(whitelist),
        rates,
    )
    return snapshot, destinations, PlanOptions(redeem_early=draw(st.booleans()))


def _replay(snapshot: Snapshot, plan: Plan) -> None:
    """Apply the runnable steps to the starting balances: no place ever goes below zero."""
    places: dict[tuple[str, str], Decimal] = {}
    for h in snapshot.holdings:
        key = (
            f"{h.account} {h.wallet}" if h.account == "main" else f"sub {h.account} {h.wallet}",
            h.currency,
        )
        places[key] = places.get(key, D(0)) + h.available
    for pair in snapshot.margin:
        for s in pair.sides:
            places[(f"margin {pair.symbol}", s.currency)] = (
                places.get((f"margin {pair.symbol}", s.currency), D(0)) + s.available
            )
    for p in snapshot.earn:
        places[(f"earn {p.earn_id}", p.currency)] = p.principal or D(0)
    for step in plan.runnable:
        source = (step.source, step.currency)
        places[source] = places.get(source, D(0)) - step.amount - step.fee
        assert places[source] >= 0, step
        if step.kind not in (StepKind.WITHDRAW, StepKind.MARGIN_REPAY):
            places[(step.target, step.currency)] = (
                places.get((step.target, step.currency), D(0)) + step.amount
            )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_plans_conserve_round_correctly_and_only_go_to_the_whitelist(
    case: tuple[Snapshot, dict[str, Destination], PlanOptions],
) -> None:
    snapshot, destinations, options = case
    plan = make_plan(snapshot, destinations, options)
    totals = snapshot.totals()
    for summary in plan.summaries:
        assert summary.total == totals.get(summary.currency, 0)
    assert {c for c, total in totals.items() if total} <= {s.currency for s in plan.summaries}
    _balanced(plan)
    _replay(snapshot, plan)
    quota_used = D(0)
    for step in plan.runnable:
        assert step.amount > 0
        if step.kind is not StepKind.WITHDRAW:
            # every amount sent has at most 8 places (a fixed-term redemption sends none)
            assert step.kind is StepKind.EARN_FIXED or step.amount == round_down(step.amount, 8)
            continue
        channel = next(c for c in snapshot.channels if c.code == step.params["channel"])
        terms = snapshot.terms[channel.code]
        assert channel.withdraw_enabled and channel.currency == step.currency
        assert step.amount == round_down(step.amount, terms.precision)
        assert terms.multiple is None or step.amount % terms.multiple == 0
        assert step.amount >= max(terms.min_withdraw, channel.min_withdraw or 0)
        assert channel.max_withdraw is None or step.amount <= channel.max_withdraw
        assert step.fee == max(terms.fee, channel.fee or 0)
        assert not isinstance(
            whitelisted(snapshot.whitelist, channel, step.params["address"], step.params["memo"]), Refusal
        )
        assert destinations[step.currency].address == step.params["address"]
        quota_used += step.amount * (D(1) if step.currency == "BTC" else snapshot.btc_rates[step.currency])
    if snapshot.terms:
        assert quota_used <= min(t.quota_btc for t in snapshot.terms.values())
    assert Plan.from_json(plan.to_json()) == plan
    assert len([s for s in plan.runnable if s.kind is StepKind.WITHDRAW]) <= MAX_WITHDRAWALS * len(CURRENCIES)


def test_the_report_counts_done_withdrawals_and_shows_those_in_flight() -> None:
    """Pure: a BTC withdrawal that BitMart failed (its funds came back) and a USDT one still in
    flight; what remains comes from a snapshot taken after the run."""
    from bitmart_withdraw import StepRecord, final_report

    plan = make_plan(_snapshot(), DESTINATIONS)
    btc, usdt = plan.runnable
    records = [
        StepRecord(1, btc, "final", withdraw_status=5, charged_fee=D("0.0002")),
        StepRecord(1, usdt, "accepted", withdraw_status=2, charged_fee=D(1)),
    ]
    remaining = make_plan(_snapshot(holdings=(Holding("main", "spot", "BTC", D("0.5")),)), DESTINATIONS)
    reports = {r.currency: r for r in final_report(plan, records, remaining)}
    assert (reports["BTC"].withdrawn, reports["BTC"].fees, reports["BTC"].left) == (D(0), D(0), D("0.5"))
    assert (reports["USDT"].in_flight, reports["USDT"].fees, reports["USDT"].left) == (D(999), D(1), D(0))
    assert reports["BTC"].difference == reports["USDT"].difference == 0
