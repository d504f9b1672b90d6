"""Funding account: fund wallets, spot/fund transfers, deposits, withdrawals and their records.

Each account has a fund wallet next to its spot wallet (``transfer`` moves between them;
``WithdrawRequest.source`` chooses which a withdrawal draws on). A withdrawal takes the amount
plus the fee from the wallet(s) at once: the fee goes to the house, the amount to the chain (the
house's ``chain`` wallet) or, to another BitMart account of the mock, to that account's deposit
wallet. On-chain withdrawals then move through BitMart's states on the exchange clock
(submitted, processing, done with a transaction hash); withdrawals to another BitMart account
are free and done at once. The demo main account starts with a few completed deposits: the
history of how it was funded, already part of its opening balances.

Public interface (also for seeding history at past times): ``transfer``, ``withdraw`` (with
``now``), ``credit_deposit``, ``set_deposit_account``, ``history``, ``record``, ``quota_left_btc``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum

from ..errors import MockError
from ._common import DAY_MS, IdSource, decimal_places
from .accounts import ZERO, Account, Accounts, House, Wallet, move
from .funding_channels import EXTERNAL_RECIPIENTS, Channel, FundingChannels
from .spot_market import SpotMarketData

DAILY_QUOTA_BTC = Decimal(100)
"""What an account may withdraw per UTC day, valued in BTC."""
SUBMITTED_MS = 60_000
"""An on-chain withdrawal waits this long (submitted) before it is processed..."""
PROCESSING_MS = 600_000
"""...and is on chain (done, with its ``tx_id``) this long after it was requested."""
DEPOSIT_ACCOUNTS = ("SPOT", "CONTRACT", "FUND")
# Assets without a spot pair against USDT are valued at a fixed demo price.
_FIXED_USD = {"USDT": Decimal(1), "XRP": Decimal("0.6")}
# (channel, amount, days before the mock started, sending address) of the main account's deposits.
_SEEDED_DEPOSITS = (
    ("USDT-ERC20", Decimal(2500), 100, "0x5a52e96bacdabb82fd05763e25335261b270efcb"),
    ("ETH", Decimal(10), 45, "0x28c6c06298d514db089934071355e5743bf21d60"),
    ("USDT-TRC20", Decimal(50_000), 30, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"),
    ("BTC", Decimal("0.25"), 20, "bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h"),
)


class RecordStatus(IntEnum):
    """The states BitMart reports for a deposit or withdrawal (those the mock goes through)."""

    SUBMITTED = 1
    PROCESSING = 2
    DONE = 3


@dataclass
class WithdrawRequest:
    """The destination and source of a withdrawal, as the request names them."""

    address: str | None = None
    memo: str = ""
    recipient_type: int | None = None
    recipient: str | None = None
    area_code: str = ""
    source: str | None = None
    """``SPOT``, ``FUND`` or ``None`` (spot wallet first, then the fund wallet)."""


@dataclass
class FundingRecord:
    """A deposit or a withdrawal."""

    record_id: str
    kind: str
    """``deposit`` or ``withdraw``."""
    account: Account
    channel: Channel
    amount: Decimal
    """Credited (deposit) or received at the destination (withdrawal)."""
    fee: Decimal
    apply_time: int
    address: str
    memo: str
    tx_hash: str
    debited: dict[str, Decimal] = field(default_factory=dict)
    """What the withdrawal took from each wallet (``SPOT``, ``FUND``)."""
    internal: bool = False
    """A withdrawal to another BitMart account: done at once, never on chain."""

    def status(self, now: int) -> RecordStatus:
        """The state BitMart reports at exchange time ``now``."""
        if self.kind == "deposit" or self.internal:
            return RecordStatus.DONE
        age = now - self.apply_time
        if age < SUBMITTED_MS:
            return RecordStatus.SUBMITTED
        return RecordStatus.PROCESSING if age < PROCESSING_MS else RecordStatus.DONE

    def tx_id(self, now: int) -> str:
        """The transaction hash once the transfer is on chain, else empty."""
        return self.tx_hash if self.status(now) == RecordStatus.DONE and not self.internal else ""


@dataclass(eq=False)
class FundingEngine:
    """Fund wallets, where deposits go, and the deposit and withdrawal records of every account."""

    _accounts: Accounts
    channels: FundingChannels
    _market: SpotMarketData
    _house: House
    _ids: IdSource
    deposit_accounts: dict[int, str] = field(init=False, default_factory=dict)
    records: dict[int, list[FundingRecord]] = field(init=False, default_factory=dict)

    def seed(self, account: Account, now: int) -> None:
        """Record the completed deposits the demo ``account`` was funded by (already in its balances)."""
        for code, amount, days, sender in _SEEDED_DEPOSITS:
            self._add_deposit(account, self.channels.channel(code), amount, now - days * DAY_MS, sender)

    def usd_price(self, asset: str) -> Decimal:
        """The asset's price in USD: its USDT pair's last trade, or a fixed demo price."""
        if asset in _FIXED_USD:
            return _FIXED_USD[asset]
        symbol = f"{asset}_USDT"
        return self._market.last_price(symbol) if symbol in self._market.pairs.by_symbol else ZERO

    # ---- where deposits go, spot <-> fund ------------------------------------------------------
    def deposit_account(self, account: Account) -> str:
        """Where the account's deposits are credited: ``SPOT`` (default), ``CONTRACT`` or ``FUND``."""
        return self.deposit_accounts.get(account.uid, "SPOT")

    def set_deposit_account(self, account: Account, account_type: str) -> None:
        """Credit future deposits to ``account_type`` (``account_sub_account_forbidden`` for a sub)."""
        if account.is_sub:
            raise MockError("account_sub_account_forbidden")
        if account_type not in DEPOSIT_ACCOUNTS:
            raise MockError("account_type_not_found")
        self.deposit_accounts[account.uid] = account_type

    def _deposit_wallet(self, account: Account) -> Wallet:
        target = self.deposit_account(account)
        if target == "FUND":
            return account.fund
        return account.futures if target == "CONTRACT" else account.spot

    def transfer(self, account: Account, currency: str, amount: Decimal, direction: str) -> str:
        """Move ``amount`` between the spot and the fund wallet; returns the asset moved."""
        asset = self.channels.check_asset(currency)
        if amount <= 0:
            raise MockError("account_amount_not_positive")
        source, target = (
            (account.spot, account.fund) if direction == "spot_to_fund" else (account.fund, account.spot)
        )
        if source.balance(asset).available < amount:
            raise MockError("account_insufficient_balance")
        move(source, target, asset, amount)
        return asset

    # ---- withdrawals ---------------------------------------------------------------------------
    def withdraw_terms(self, account: Account, code: str) -> Channel:
        """The channel of a withdrawal by ``account``.

        Refused: ``account_sub_account_no_withdraw`` for a sub-account, ``account_currency_not_found``,
        ``account_withdraw_channel_closed``.
        """
        if account.is_sub:
            raise MockError("account_sub_account_no_withdraw")
        channel = self.channels.channel(code)
        if not channel.withdraw_enabled:
            raise MockError("account_withdraw_channel_closed")
        return channel

    def withdraw(
        self, account: Account, code: str, amount: Decimal, request: WithdrawRequest, now: int
    ) -> FundingRecord:
        """Check and book a withdrawal: the wallets lose amount + fee, the record is created."""
        channel = self.withdraw_terms(account, code)
        _check_amount(channel, amount)
        if request.address:
            self.channels.check_address(account, channel, request.address, request.memo)
            fee, recipient = channel.fee, None
        else:
            fee, recipient = ZERO, self._recipient(account, request)
        if amount * self._btc_rate(channel.asset) > self.quota_left_btc(account, now):
            raise MockError("account_withdraw_quota_exceeded")
        destination = self._house.chain if recipient is None else self._deposit_wallet(recipient)
        debited = self._pay(account, channel.asset, amount, fee, destination, request.source)
        if recipient is not None:
            self._add_deposit(recipient, channel, amount, now, f"BitMart UID {account.uid}")
        record_id = self._next_id()
        record = FundingRecord(
            record_id,
            "withdraw",
            account,
            channel,
            amount,
            fee,
            now,
            request.address or (request.recipient or ""),
            request.memo if request.address else "",
            self.channels.tx_hash(channel, record_id),
            internal=not request.address,
            debited=debited,
        )
        self.records.setdefault(account.uid, []).append(record)
        return record

    def _recipient(self, account: Account, request: WithdrawRequest) -> Account | None:
        """The receiving account of the mock, or None for a known BitMart user outside it."""
        if request.recipient_type is None or not request.recipient:
            raise MockError("account_invalid_request", "Invalid request: give address, or type and value")
        if request.recipient_type == 3 and not request.area_code:
            raise MockError("account_invalid_request", "Invalid request: areaCode is required when type is 3")
        target = self._find_account(request.recipient_type, request.recipient)
        if target is account:
            raise MockError("account_withdraw_to_self")
        if target is not None:
            return target
        area = request.area_code if request.recipient_type == 3 else ""
        if (request.recipient_type, request.recipient, area) not in EXTERNAL_RECIPIENTS:
            raise MockError("account_recipient_not_found")
        return None

    def _find_account(self, recipient_type: int, value: str) -> Account | None:
        accounts = self._accounts
        if recipient_type == 1 and value.isdigit():
            return accounts.by_uid.get(int(value))
        if recipient_type == 2:
            return accounts.by_name.get(value.lower()) if "@" in value else None
        return None

    def _pay(
        self, account: Account, asset: str, amount: Decimal, fee: Decimal, target: Wallet, source: str | None
    ) -> dict[str, Decimal]:
        """Take amount + fee from the chosen wallet(s): the fee to the house, the amount to ``target``."""
        total = amount + fee
        spot, fund = account.spot.balance(asset), account.fund.balance(asset)
        if source == "SPOT":
            parts = {"SPOT": total}
        elif source == "FUND":
            parts = {"FUND": total}
        else:
            from_spot = min(spot.available, total)
            parts = {"SPOT": from_spot, "FUND": total - from_spot}
        if parts.get("SPOT", ZERO) > spot.available or parts.get("FUND", ZERO) > fund.available:
            raise MockError("account_balance_not_enough")
        fee_left = fee
        for name, part in parts.items():
            wallet = account.spot if name == "SPOT" else account.fund
            fee_part = min(part, fee_left)
            fee_left -= fee_part
            move(wallet, self._house.fees, asset, fee_part)
            move(wallet, target, asset, part - fee_part)
        return parts

    def _btc_rate(self, asset: str) -> Decimal:
        btc = self.usd_price("BTC")
        return self.usd_price(asset) / btc if btc else ZERO

    def quota_left_btc(self, account: Account, now: int) -> Decimal:
        """What may still be withdrawn today (UTC), valued in BTC at current prices."""
        day_start = now - now % DAY_MS
        used = sum(
            (
                r.amount * self._btc_rate(r.channel.asset)
                for r in self.records.get(account.uid, [])
                if r.kind == "withdraw" and r.apply_time >= day_start
            ),
            ZERO,
        )
        return max(ZERO, DAILY_QUOTA_BTC - used)

    # ---- deposits ------------------------------------------------------------------------------
    def credit_deposit(
        self, account: Account, code: str, amount: Decimal, now: int, sender: str
    ) -> FundingRecord:
        """An incoming transfer on channel ``code``, as if it arrived from ``sender`` at ``now``.

        No API call makes one (the money comes from outside BitMart): tests and seeded histories
        use it. The amount moves from the house's ``chain`` wallet to the account's deposit wallet,
        so money stays conserved; refused with ``account_deposit_channel_closed``.
        """
        channel = self.channels.channel(code)
        if not channel.deposit_enabled:
            raise MockError("account_deposit_channel_closed")
        move(self._house.chain, self._deposit_wallet(account), channel.asset, amount)
        return self._add_deposit(account, channel, amount, now, sender)

    # ---- records -------------------------------------------------------------------------------
    def _add_deposit(
        self, account: Account, channel: Channel, amount: Decimal, now: int, sender: str
    ) -> FundingRecord:
        record_id = self._next_id()
        tx_hash = self.channels.tx_hash(channel, record_id)
        record = FundingRecord(record_id, "deposit", account, channel, amount, ZERO, now, sender, "", tx_hash)
        self.records.setdefault(account.uid, []).append(record)
        return record

    def history(
        self, account: Account, kind: str, code: str | None, start: int, end: int, limit: int
    ) -> list[FundingRecord]:
        """The account's records of ``kind`` applied in [start, end], newest first, at most ``limit``."""
        channel = self.channels.channel(code) if code else None
        matching = [
            r
            for r in self.records.get(account.uid, [])
            if r.kind == kind and start <= r.apply_time <= end and (channel is None or r.channel is channel)
        ]
        matching.sort(key=lambda r: (r.apply_time, int(r.record_id)), reverse=True)
        return matching[:limit]

    def record(self, account: Account, record_id: str) -> FundingRecord:
        """One of the account's records by its withdraw or deposit id (``account_record_not_found``)."""
        for record in self.records.get(account.uid, []):
            if record.record_id == record_id:
                return record
        raise MockError("account_record_not_found")

    def _next_id(self) -> str:
        # One counter for deposits and withdrawals: either id can be looked up in the same detail call.
        return str(1_679_000 + self._ids("funding-record"))


def _check_amount(channel: Channel, amount: Decimal) -> None:
    """Refuse an amount outside the channel's terms (minimum, precision, multiple, maximum)."""
    if amount < channel.min_withdraw:
        raise MockError("account_amount_below_minimum", args=(format(channel.min_withdraw, "f"),))
    if decimal_places(amount) > channel.precision:
        raise MockError("account_withdraw_precision", args=(channel.precision,))
    if channel.multiple is not None and amount % channel.multiple != 0:
        raise MockError("account_amount_not_multiple", args=(channel.multiple,))
    if amount > channel.max_withdraw:
        raise MockError(
            "account_withdraw_above_limit",
            f"Beyond the limit: at most {channel.max_withdraw} {channel.code} per withdrawal",
        )


__all__ = ["DEPOSIT_ACCOUNTS", "FundingEngine", "FundingRecord", "RecordStatus", "WithdrawRequest"]
