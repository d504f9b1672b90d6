"""Each step kind as three things: what to note before sending, how to send, how to look it up.

The lookup answers one question after a failure that may have reached BitMart: did this step
happen? :class:`Found` (it did; its id when BitMart gives one), :class:`Absent` (it did not),
:class:`Failed` (BitMart recorded it as failed: nothing moved) or :class:`Unknown` (cannot
tell). How each kind is recognised:

* **Earn redemptions** carry our ``requestNo``: found in the redemption records by that number.
* **Sub-account transfers** carry our ``requestNo`` but BitMart's records do not echo it, and
  have no id: a transfer is ours when the record (from the sub-account, currency, amount, time
  since the step was first prepared) was not among those listed just before sending; a resend
  with the same ``requestNo`` is refused by BitMart (61004), which also counts as found.
* **Futures to spot** and **margin repayments**: a record of the same amount, direction and
  currency, newer than the step's window and with an id not seen just before sending.
* **Margin transfers** and **fund to spot** have neither id nor history: the balance they draw
  on (or fill) must have moved by exactly the amount; unchanged means absent, anything else is
  unknown.
* **Withdrawals** have no client id either; see :class:`Withdraw`.

Exactly one new candidate is required: two are "unknown", never a guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import (
    get_earn_fixed_records,
    get_earn_flexible_records,
    redeem_earn_fixed_early,
    redeem_earn_flexible,
)
from bitmart_client.api.funding_account import (
    get_account_balance,
    get_deposit_withdraw_history,
    submit_withdraw,
    transfer_spot_fund,
)
from bitmart_client.api.futures_account import get_spot_futures_transfers, transfer_spot_futures
from bitmart_client.api.margin import (
    get_margin_accounts,
    get_margin_repay_records,
    repay_margin,
    transfer_margin_asset,
)
from bitmart_client.api.sub_account import (
    get_sub_account_futures_transfers_as_main,
    get_sub_account_spot_transfers_as_main,
    transfer_sub_to_main_futures_as_main,
    transfer_sub_to_main_spot_as_main,
)
from bitmart_client.models import (
    FundingTransferRequest,
    FundingWithdrawRequest,
    FuturesTransferListRequest,
    FuturesTransferRequest,
    MarginRepayRequest,
    MarginTransferRequest,
    RedeemEarnFixedEarlyBody,
    RedeemEarnFlexibleBody,
    SubAccountFuturesSubToMainAsMainRequest,
    SubAccountSpotSubToMainAsMainRequest,
)
from bitmart_client.models.margin_transfer_side import MarginTransferSide
from bitmart_client.types import UNSET
from bitmart_runtime import BitMartAPIError

from ._amounts import on_the_wire, parse_amount
from ._whitelist import same_address
from .journal import StepRecord
from .plan import Step, StepKind
from .snapshot import ZERO

SKEW_MS = 600_000
"""How far the local clock and BitMart's may disagree; lookup windows open this much earlier."""
DUPLICATE_REQUEST_NO = 61004
"""BitMart's answer to a transfer number it has already seen."""
RECV_WINDOW_MS = 5000
_PAGES = 50


@dataclass(frozen=True)
class Found:
    """The step happened."""

    bitmart_id: str | None
    how: str
    status: int | None = None
    """A withdrawal's state, when the lookup saw it."""


@dataclass(frozen=True)
class Absent:
    """The step did not happen."""

    how: str


@dataclass(frozen=True)
class Failed:
    """BitMart recorded the step as failed: nothing moved."""

    reason: str


@dataclass(frozen=True)
class Unknown:
    """The lookup cannot tell."""

    reason: str


Outcome = Found | Absent | Failed | Unknown


class Action(Protocol):
    """How one step kind is sent and found again."""

    def evidence(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> dict[str, Any]:
        """What the lookup will compare against, read just before sending."""

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        """Send the step once; raise the runtime's error if it fails."""

    def lookup(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> Outcome:
        """Whether the step happened, judged against its evidence."""


def _one_new(candidates: list[tuple[str, Any]], seen: object, what: str) -> tuple[str, Any] | Outcome:
    """The single candidate not seen before sending, or the outcome when there is not exactly one."""
    known = set(seen) if isinstance(seen, list) else set()
    new = [(key, item) for key, item in candidates if key not in known]
    if not new:
        return Absent(f"no new {what}")
    if len(new) > 1:
        return Unknown(f"{len(new)} new {what} match the step: {', '.join(key for key, _ in new)}")
    return new[0]


def _since(record: StepRecord) -> int:
    return int(record.evidence.get("since_ms", 0))


# ---- Earn -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EarnRedeem:
    """Redeem a flexible position (its principal) or end a fixed one early."""

    fixed: bool

    def evidence(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> dict[str, Any]:
        return {"request_no": record.request_no, "since_ms": now_ms - SKEW_MS}

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step, request_no = record.step, str(record.request_no)
        if self.fixed:
            body = RedeemEarnFixedEarlyBody(earn_id=step.params["earn_id"], request_no=request_no)
            redeem_earn_fixed_early.sync(client=client, body=body)
        else:
            flexible = RedeemEarnFlexibleBody(
                earn_id=step.params["earn_id"], amount=on_the_wire(step.amount), request_no=request_no
            )
            redeem_earn_flexible.sync(client=client, body=flexible)
        return Found(None, "answered")

    def lookup(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> Outcome:
        listing = get_earn_fixed_records if self.fixed else get_earn_flexible_records
        for page in range(1, _PAGES + 1):
            data = listing.sync(
                client=client,
                type_="redeem",
                current_page=page,
                size_page=100,
                coin_name=record.step.currency,
            ).data
            for row in data.list_:
                if row.request_no == record.request_no:
                    return Found(row.record_id, f"redemption record {row.record_id} has our requestNo")
            if page * 100 >= data.total or not data.list_:
                break
        return Absent(f"no redemption record with requestNo {record.request_no}")


# ---- sub-accounts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SubToMain:
    """Pull a sub-account's spot funds, or futures USDT, into the main account."""

    futures: bool

    def _matching(self, client: AuthenticatedClient, record: StepRecord, since_ms: int) -> list[str]:
        step, sub = record.step, record.step.params["sub_account"]
        if self.futures:
            rows: list[Any] = list(
                get_sub_account_futures_transfers_as_main.sync(client=client, sub_account=sub, limit=100).data
            )
        else:
            page = get_sub_account_spot_transfers_as_main.sync(
                client=client, move_type="spot to spot", n=100, account_name=sub
            ).data
            rows = list(page.history_list)
        return [
            f"{row.from_account}>{row.to_account}:{row.currency}:{row.amount}@{row.submission_time}"
            for row in rows
            if row.from_account == sub
            and row.currency.upper() == step.currency
            and parse_amount(row.amount, "sub-account transfer amount") == step.amount
            and row.submission_time * 1000 >= since_ms
        ]

    def evidence(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> dict[str, Any]:
        since = int(record.evidence.get("since_ms", now_ms - SKEW_MS))
        return {"since_ms": since, "seen": self._matching(client, record, since)}

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step, request_no = record.step, str(record.request_no)
        try:
            if self.futures:
                futures = SubAccountFuturesSubToMainAsMainRequest(
                    request_no=request_no,
                    amount=on_the_wire(step.amount),
                    currency="USDT",
                    sub_account=step.params["sub_account"],
                )
                transfer_sub_to_main_futures_as_main.sync(client=client, body=futures)
            else:
                spot = SubAccountSpotSubToMainAsMainRequest(
                    request_no=request_no,
                    amount=on_the_wire(step.amount),
                    currency=step.currency,
                    sub_account=step.params["sub_account"],
                )
                transfer_sub_to_main_spot_as_main.sync(client=client, body=spot)
        except BitMartAPIError as error:
            if error.code == DUPLICATE_REQUEST_NO:
                return Found(None, "BitMart already holds this requestNo (61004)")
            raise
        return Found(None, "answered")

    def lookup(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> Outcome:
        seen = Counter(record.evidence.get("seen", []))
        new = Counter(self._matching(client, record, _since(record))) - seen
        count = sum(new.values())
        if count == 0:
            return Absent("no new transfer record from the sub-account")
        if count > 1:
            return Unknown(f"{count} new transfer records match the step")
        return Found(None, f"new transfer record {next(iter(new))}")


# ---- futures, margin repayments, withdrawals: records with ids ------------------------------------
class _Recorded:
    """A step BitMart lists with an id: ours is the one new matching record since the evidence."""

    what = "records"

    def _records(
        self, client: AuthenticatedClient, step: Step, since_ms: int, now_ms: int
    ) -> list[tuple[str, Any]]:
        """The (id, record) pairs that match ``step``, from ``since_ms``."""
        raise NotImplementedError

    def _outcome(self, key: str, row: Any) -> Outcome:
        return Found(key, f"new record {key} in the {self.what}")

    def evidence(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> dict[str, Any]:
        # The window opens when the step was first prepared, and stays open across resends.
        since = int(record.evidence.get("since_ms", now_ms - SKEW_MS))
        seen = [key for key, _ in self._records(client, record.step, since, now_ms)]
        return {"since_ms": since, "seen": seen}

    def lookup(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> Outcome:
        matching = self._records(client, record.step, _since(record), now_ms)
        found = _one_new(matching, record.evidence.get("seen"), self.what)
        return self._outcome(*found) if isinstance(found, tuple) else found


class FuturesToSpot(_Recorded):
    """Move USDT from the futures wallet to spot (``transfer_spot_futures``, ``contract_to_spot``)."""

    what = "futures transfers"

    def _records(
        self, client: AuthenticatedClient, step: Step, since_ms: int, now_ms: int
    ) -> list[tuple[str, Any]]:
        rows: list[Any] = []
        for page in range(1, _PAGES + 1):
            body = FuturesTransferListRequest(page=page, limit=100, currency="USDT", time_start=since_ms)
            found = get_spot_futures_transfers.sync(client=client, body=body).data.records
            rows += found
            if len(found) < 100:
                break
        return [
            (row.transfer_id, row)
            for row in rows
            if row.type_ == "contract_to_spot"
            and parse_amount(row.amount, "futures transfer amount") == step.amount
        ]

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        body = FuturesTransferRequest(
            currency="USDT",
            amount=on_the_wire(record.step.amount),
            type_="contract_to_spot",
            recv_window=RECV_WINDOW_MS,
        )
        transfer_spot_futures.sync(client=client, body=body)
        return Found(None, "answered")

    def _outcome(self, key: str, row: Any) -> Outcome:
        if row.state == "FAILED":
            return Failed(f"futures transfer {key} is FAILED")
        return Found(key, f"futures transfer {key} is {row.state}")


class MarginRepay(_Recorded):
    """Repay a margin loan (principal and interest) from the margin account."""

    what = "repayments"

    def _records(
        self, client: AuthenticatedClient, step: Step, since_ms: int, now_ms: int
    ) -> list[tuple[str, Any]]:
        rows = get_margin_repay_records.sync(
            client=client, symbol=step.params["symbol"], currency=step.currency, start_time=since_ms, n=100
        ).data.records
        return [
            (row.repay_id, row)
            for row in rows
            if parse_amount(row.repaid_amount, "repaid_amount") == step.amount
        ]

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step = record.step
        body = MarginRepayRequest(
            symbol=step.params["symbol"], currency=step.currency, amount=on_the_wire(step.amount)
        )
        return Found(repay_margin.sync(client=client, body=body).data.repay_id, "answered")


# ---- margin transfers and fund -> spot: balances ---------------------------------------------------
class _Balanced:
    """A step with neither id nor history: judged by the one balance it changes, and by how much."""

    def _balance(self, client: AuthenticatedClient, record: StepRecord) -> Decimal:
        """The balance the step changes."""
        raise NotImplementedError

    def _change(self, record: StepRecord) -> Decimal:
        """How the step changes it (negative for the wallet it draws on)."""
        return -record.step.amount

    def evidence(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> dict[str, Any]:
        return {"before": str(self._balance(client, record))}

    def lookup(self, client: AuthenticatedClient, record: StepRecord, now_ms: int) -> Outcome:
        before = Decimal(str(record.evidence["before"]))
        expected = before + self._change(record)
        now = self._balance(client, record)
        what = f"{record.step.source} {record.step.currency}"
        if now == expected:
            return Found(None, f"{what} went from {before} to {now}")
        if now == before:
            return Absent(f"{what} is still {before}")
        return Unknown(f"{what} went from {before} to {now}, expected {expected} or unchanged")


@dataclass(frozen=True)
class MarginTransfer(_Balanced):
    """Move one currency into a margin account (``in``, a top-up) or out of it to spot (``out``).

    Judged by the margin account's available balance, which only these steps change here.
    """

    side: MarginTransferSide

    def _balance(self, client: AuthenticatedClient, record: StepRecord) -> Decimal:
        step = record.step
        for account in get_margin_accounts.sync(client=client, symbol=step.params["symbol"]).data.symbols:
            for asset in (account.base, account.quote):
                if asset.currency == step.currency:
                    return parse_amount(
                        asset.available, f"margin {account.symbol} {asset.currency} available"
                    )
        return ZERO

    def _change(self, record: StepRecord) -> Decimal:
        return record.step.amount if self.side == "in" else -record.step.amount

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step = record.step
        body = MarginTransferRequest(
            symbol=step.params["symbol"],
            currency=step.currency,
            amount=on_the_wire(step.amount),
            side=self.side,
        )
        return Found(transfer_margin_asset.sync(client=client, body=body).data.transfer_id, "answered")


class FundToSpot(_Balanced):
    """Move one currency from the fund wallet to the spot wallet, judged by the fund wallet."""

    def _balance(self, client: AuthenticatedClient, record: StepRecord) -> Decimal:
        for row in get_account_balance.sync(client=client, currency=record.step.currency).data.wallet:
            if row.currency == record.step.currency and row.fund_available is not UNSET:
                return parse_amount(row.fund_available, f"fund {row.currency} available")
        return ZERO

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step = record.step
        body = FundingTransferRequest(
            currency=step.currency, amount=on_the_wire(step.amount), type_="fund_to_spot"
        )
        transfer_spot_fund.sync(client=client, body=body)
        return Found(None, "answered")


# ---- withdrawals ----------------------------------------------------------------------------------
class Withdraw(_Recorded):
    """Withdraw from the spot wallet to the destination.

    BitMart gives a withdrawal no client id, so ours is recognised in the withdrawal history as
    the record that: has the step's channel as ``currency``; goes to the step's address (EVM
    addresses ignoring case) with the step's memo; has ``arrival_amount`` equal to the amount
    sent, or to the amount minus the fee (BitMart does not say which it reports); was applied
    inside the step's window (from ten minutes before it was first prepared, for clock skew, to
    ten minutes after now); and whose ``withdraw_id`` was not in the history just before the
    step was sent. Any state counts (0 to 5: it reached BitMart). Two such records: unknown.
    """

    what = "withdrawals"

    def _records(
        self, client: AuthenticatedClient, step: Step, since_ms: int, now_ms: int
    ) -> list[tuple[str, Any]]:
        rows = get_deposit_withdraw_history.sync(
            client=client,
            operation_type="withdraw",
            n=1000,
            currency=step.params["channel"],
            start_time=since_ms,
            end_time=now_ms + SKEW_MS,
        ).data.records
        amounts = {step.amount, step.amount - step.fee}
        return [
            (row.withdraw_id, row)
            for row in rows
            if row.currency.upper() == step.params["channel"].upper()
            and same_address(row.address, step.params["address"])
            and (row.address_memo or "") == step.params.get("memo", "")
            and parse_amount(row.arrival_amount, "arrival_amount") in amounts
            and since_ms <= row.apply_time <= now_ms + SKEW_MS
        ]

    def send(self, client: AuthenticatedClient, record: StepRecord) -> Found:
        step = record.step
        memo = step.params.get("memo", "")
        body = FundingWithdrawRequest(
            currency=step.params["channel"],
            amount=on_the_wire(step.amount),
            address=step.params["address"],
            address_memo=memo if memo else UNSET,
            source_account="SPOT",
        )
        return Found(submit_withdraw.sync(client=client, body=body).data.withdraw_id, "answered")

    def _outcome(self, key: str, row: Any) -> Outcome:
        return Found(key, f"withdrawal {key} in the history (status {row.status})", int(row.status))


ACTIONS: Mapping[StepKind, Action] = {
    StepKind.EARN_FLEXIBLE: EarnRedeem(fixed=False),
    StepKind.EARN_FIXED: EarnRedeem(fixed=True),
    StepKind.SUB_SPOT: SubToMain(futures=False),
    StepKind.SUB_FUTURES: SubToMain(futures=True),
    StepKind.FUTURES: FuturesToSpot(),
    StepKind.FUND: FundToSpot(),
    StepKind.MARGIN_TOP_UP: MarginTransfer("in"),
    StepKind.MARGIN_REPAY: MarginRepay(),
    StepKind.MARGIN_OUT: MarginTransfer("out"),
    StepKind.WITHDRAW: Withdraw(),
}
"""The action of every runnable step kind."""

__all__ = ["ACTIONS", "SKEW_MS", "Absent", "Action", "Failed", "Found", "Outcome", "Unknown"]
