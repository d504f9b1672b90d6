"""Funding account: currency channels, deposit addresses, the fund wallet, deposits and withdrawals.

A *channel* is one currency on one network (``USDT-TRC20``); deposits and withdrawals name the
channel, balances the asset behind it (``USDT``). Withdrawal terms (minimum, fee, precision,
multiple, maximum) live on the channel, so the currency list and the withdrawal quota always
agree, and a withdrawal is checked against exactly those terms.

Each account has a fund wallet next to its spot wallet (``transfer_spot_fund`` moves between
them; ``sourceAccount`` chooses which a withdrawal draws on). A withdrawal takes the amount plus
the fee from the wallet(s) at once; the destination receives the amount. On-chain withdrawals
then move through BitMart's states on the exchange clock (submitted, processing, done with a
transaction hash); withdrawals to another BitMart account are free and done at once, and credit
the recipient when it is an account of the mock. The demo main account starts with a few
completed deposits: the history of how it was funded, already part of its opening balances.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ..errors import MockError
from .accounts import ZERO, Account, Wallet

if TYPE_CHECKING:
    from . import Exchange

DAY_MS = 86_400_000
HISTORY_SPAN_MS = 90 * DAY_MS
"""Longest range of the deposit and withdrawal history (`account_default_range_exceeded` /
`account_range_exceeded` beyond it)."""
DAILY_QUOTA_BTC = Decimal(100)
"""What an account may withdraw per UTC day, valued in BTC."""
SUBMITTED_MS = 60_000
"""An on-chain withdrawal waits this long (status 1) before it is processed (status 2)..."""
PROCESSING_MS = 600_000
"""...and is on chain (status 3, with its ``tx_id``) this long after it was requested."""
DEPOSIT_ACCOUNTS = ("SPOT", "CONTRACT", "FUND")

_EVM_NETWORKS = frozenset({"ERC20"})
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_ADDRESS_FORMATS = {
    "BTC": re.compile(r"^(bc1[02-9ac-hj-np-z]{25,62}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$"),
    "OMNI": re.compile(r"^[13][1-9A-HJ-NP-Za-km-z]{25,34}$"),
    "ERC20": re.compile(r"^0x[0-9a-fA-F]{40}$"),
    "TRC20": re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$"),
    "XRP": re.compile(r"^r[1-9A-HJ-NP-Za-km-z]{24,34}$"),
}
_XRP_HOT_WALLET = "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"
# Assets without a spot pair against USDT are valued at a fixed demo price.
_FIXED_USD = {"USDT": Decimal(1), "XRP": Decimal("0.6")}


@dataclass(frozen=True)
class Channel:
    """One currency on one network, with its deposit and withdrawal terms."""

    code: str
    asset: str
    name: str
    network: str
    contract_address: str | None
    min_withdraw: Decimal
    fee: Decimal
    precision: int
    max_withdraw: Decimal
    min_deposit: Decimal
    multiple: int | None = None
    """When set, a withdrawal amount must be a whole multiple of it (``withdraw_Precision_GeTen``)."""
    memo: bool = False
    """Whether the chain needs a tag/memo next to the address."""
    deposit_enabled: bool = True
    withdraw_enabled: bool = True

    @property
    def evm(self) -> bool:
        """Whether an EVM address (address book type 2) can receive this channel."""
        return self.network in _EVM_NETWORKS


CHANNELS: tuple[Channel, ...] = (
    Channel(
        "BTC",
        "BTC",
        "Bitcoin",
        "BTC",
        None,
        Decimal("0.001"),
        Decimal("0.0002"),
        8,
        Decimal(50),
        Decimal("0.0001"),
    ),
    Channel(
        "ETH",
        "ETH",
        "Ethereum",
        "ERC20",
        None,
        Decimal("0.01"),
        Decimal("0.0015"),
        6,
        Decimal(1000),
        Decimal("0.005"),
    ),
    # Plain USDT is the retired OMNI channel: listed, but closed both ways (as on BitMart).
    Channel(
        "USDT",
        "USDT",
        "Tether USD",
        "OMNI",
        None,
        Decimal(100),
        Decimal(10),
        2,
        Decimal(100000),
        Decimal(100),
        deposit_enabled=False,
        withdraw_enabled=False,
    ),
    Channel(
        "USDT-TRC20",
        "USDT",
        "USDT-TRC20",
        "TRC20",
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        Decimal(10),
        Decimal(1),
        6,
        Decimal(1000000),
        Decimal(1),
    ),
    Channel(
        "USDT-ERC20",
        "USDT",
        "USDT-ERC20",
        "ERC20",
        "0xdac17f958d2ee523a2206206994597c13d831ec7",
        Decimal(26),
        Decimal("6.5"),
        6,
        Decimal(1000000),
        Decimal(10),
    ),
    # BMX is withdrawn in whole tens, like the tokens BitMart gives a withdraw_Precision_GeTen.
    Channel(
        "BMX",
        "BMX",
        "BitMart Token",
        "ERC20",
        "0x986ee2b944c42d017f52af21c4c69b84dbea35d8",
        Decimal(100),
        Decimal(20),
        0,
        Decimal(5000000),
        Decimal(50),
        multiple=10,
    ),
    Channel(
        "XRP",
        "XRP",
        "XRP",
        "XRP",
        None,
        Decimal(20),
        Decimal("0.25"),
        6,
        Decimal(500000),
        Decimal(1),
        memo=True,
    ),
)


@dataclass(frozen=True)
class BookAddress:
    """One address of an account's withdrawal address book."""

    address: str
    remark: str
    address_type: int
    """0 standard (one channel), 1 universal (one network), 2 EVM (any EVM network)."""
    verified: bool
    currency: str | None = None
    network: str | None = None
    memo: str = ""

    def accepts(self, channel: Channel) -> bool:
        """Whether this entry may receive ``channel``."""
        if self.address_type == 0:
            return self.currency == channel.code
        if self.address_type == 1:
            return self.network == channel.network
        return channel.evm


# The address book is managed on the website only; the demo main account has these entries.
_ADDRESS_BOOK: tuple[BookAddress, ...] = (
    BookAddress("TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj", "cold wallet", 0, True, "USDT-TRC20", "TRC20"),
    BookAddress("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "hardware wallet", 0, True, "BTC", "BTC"),
    BookAddress("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", "ledger (all ERC20)", 1, True, network="ERC20"),
    BookAddress("rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy", "exchange deposit", 0, True, "XRP", "XRP", "2837461"),
    BookAddress("0x8f3b2a91c6d4e5f7a0b1c2d3e4f5a6b7c8d9e0f1", "evm hot wallet", 2, False),
)

# BitMart users outside the mock that the demo account can withdraw to: (type, value, area code).
EXTERNAL_RECIPIENTS: frozenset[tuple[int, str, str]] = frozenset(
    {(1, "876940329", ""), (2, "friend@example.com", ""), (3, "412345678", "61")}
)

# (channel, amount, days before the mock started, sending address) of the main account's deposits.
_SEEDED_DEPOSITS = (
    ("USDT-ERC20", Decimal(2500), 100, "0x5a52e96bacdabb82fd05763e25335261b270efcb"),
    ("ETH", Decimal(10), 45, "0x28c6c06298d514db089934071355e5743bf21d60"),
    ("USDT-TRC20", Decimal(50_000), 30, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"),
    ("BTC", Decimal("0.25"), 20, "bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h"),
)


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
    internal: bool = False
    """A withdrawal to another BitMart account: done at once, never on chain."""
    debited: dict[str, Decimal] = field(default_factory=dict)
    """What the withdrawal took from each wallet (``SPOT``, ``FUND``)."""

    def status(self, now: int) -> int:
        """0-5 as BitMart reports it at exchange time ``now``."""
        if self.kind == "deposit" or self.internal:
            return 3
        age = now - self.apply_time
        if age < SUBMITTED_MS:
            return 1
        return 2 if age < PROCESSING_MS else 3

    def tx_id(self, now: int) -> str:
        """The transaction hash once the transfer is on chain, else empty."""
        return self.tx_hash if self.status(now) == 3 and not self.internal else ""


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(str(part) for part in parts).encode()).digest()


def _encode(digest: bytes, alphabet: str, length: int) -> str:
    number = int.from_bytes(digest + hashlib.sha256(digest).digest(), "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(alphabet))
        chars.append(alphabet[index])
    return "".join(chars)


class FundingEngine:
    """Channels, fund wallets, deposit addresses, address books and deposit/withdrawal records."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.channels = {channel.code: channel for channel in CHANNELS}
        self.assets = sorted({channel.asset for channel in CHANNELS})
        self.fund: dict[int, Wallet] = {}
        self.deposit_accounts: dict[int, str] = {}
        self.records: dict[int, list[FundingRecord]] = {}
        self._seed_deposits(exchange.accounts.get("main"), exchange.now())

    # ---- lookups -------------------------------------------------------------------------------
    def channel(self, code: str) -> Channel:
        """The channel called ``code`` (case-insensitive), or `account_currency_not_found`."""
        channel = self.channels.get(code.upper())
        if channel is None:
            raise MockError("account_currency_not_found", f"currency does not exist: {code}")
        return channel

    def check_asset(self, currency: str) -> str:
        """The asset (wallet currency) ``currency``, or `account_currency_not_found` if no channel holds it."""
        asset = currency.upper()
        if asset not in self.assets:
            raise MockError("account_currency_not_found", f"currency does not exist: {currency}")
        return asset

    def usd_price(self, asset: str) -> Decimal:
        """The asset's price in USD: its USDT pair's last trade, or a fixed demo price."""
        if asset in _FIXED_USD:
            return _FIXED_USD[asset]
        symbol = f"{asset}_USDT"
        if symbol in self.exchange.spot.pairs:
            return self.exchange.spot.last_price(symbol)
        return ZERO

    def fund_wallet(self, account: Account) -> Wallet:
        """The account's fund wallet (empty until something is moved or deposited there)."""
        return self.fund.setdefault(account.uid, Wallet("account_insufficient_balance"))

    def address_book(self, account: Account) -> tuple[BookAddress, ...]:
        """The withdrawal address book: the demo entries for a main account, none for a sub."""
        return () if account.is_sub else _ADDRESS_BOOK

    def deposit_address(self, account: Account, channel: Channel) -> tuple[str, str]:
        """The account's (address, memo) for deposits on ``channel``; the same on every call.

        EVM channels share one address per account, as on BitMart; memo chains share BitMart's
        hot wallet and tell accounts apart by the memo.
        """
        if not channel.deposit_enabled:
            raise MockError("account_deposit_channel_closed")
        seed = self.exchange.config.seed
        digest = _digest(seed, "deposit-address", account.uid, channel.network)
        if channel.memo:
            return _XRP_HOT_WALLET, str(100_000_000 + int.from_bytes(digest[:4], "big") % 900_000_000)
        if channel.network == "ERC20":
            return "0x" + digest[:20].hex(), ""
        if channel.network == "TRC20":
            return "T" + _encode(digest, _BASE58, 33), ""
        if channel.network == "OMNI":
            return "1" + _encode(digest, _BASE58, 33), ""
        return "bc1q" + _encode(digest, _BECH32, 38), ""

    # ---- deposit crediting account and spot <-> fund transfers ---------------------------------
    def deposit_account(self, account: Account) -> str:
        """Where the account's deposits are credited: ``SPOT`` (default), ``CONTRACT`` or ``FUND``."""
        return self.deposit_accounts.get(account.uid, "SPOT")

    def set_deposit_account(self, account: Account, account_type: str) -> None:
        """Credit future deposits to ``account_type``; not for sub-accounts (`account_sub_account_forbidden`)."""
        if account.is_sub:
            raise MockError("account_sub_account_forbidden")
        if account_type not in DEPOSIT_ACCOUNTS:
            raise MockError("account_type_not_found")
        self.deposit_accounts[account.uid] = account_type

    def transfer(self, account: Account, currency: str, amount: Decimal, direction: str) -> str:
        """Move ``amount`` between the spot and the fund wallet; returns the asset moved."""
        asset = self.check_asset(currency)
        if amount <= 0:
            raise MockError("account_amount_not_positive")
        spot, fund = account.spot, self.fund_wallet(account)
        source, target = (spot, fund) if direction == "spot_to_fund" else (fund, spot)
        if source.balance(asset).available < amount:
            raise MockError("account_insufficient_balance")
        source.debit(asset, amount)
        target.credit(asset, amount)
        return asset

    # ---- deposits ------------------------------------------------------------------------------
    def _deposit_wallet(self, account: Account) -> Wallet:
        target = self.deposit_account(account)
        if target == "FUND":
            return self.fund_wallet(account)
        return account.futures if target == "CONTRACT" else account.spot

    def _add_deposit(
        self, account: Account, channel: Channel, amount: Decimal, now: int, sender: str
    ) -> FundingRecord:
        record_id = self._next_id()
        tx_hash = self._tx_hash(channel, record_id)
        record = FundingRecord(record_id, "deposit", account, channel, amount, ZERO, now, sender, "", tx_hash)
        self.records.setdefault(account.uid, []).append(record)
        return record

    def _seed_deposits(self, account: Account, now: int) -> None:
        for code, amount, days, sender in _SEEDED_DEPOSITS:
            self._add_deposit(account, self.channels[code], amount, now - days * DAY_MS, sender)

    # ---- withdrawals ---------------------------------------------------------------------------
    def withdraw_terms(self, account: Account, code: str) -> Channel:
        """The channel of a withdrawal by ``account``; `account_sub_account_no_withdraw` for a sub-account, `account_currency_not_found`, `account_withdraw_channel_closed`."""
        if account.is_sub:
            raise MockError("account_sub_account_no_withdraw")
        channel = self.channel(code)
        if not channel.withdraw_enabled:
            raise MockError("account_withdraw_channel_closed")
        return channel

    def withdraw(
        self, account: Account, code: str, amount: Decimal, request: WithdrawRequest, now: int
    ) -> FundingRecord:
        """Check and book a withdrawal: the wallets lose amount + fee, the record is created."""
        channel = self.withdraw_terms(account, code)
        self._check_amount(channel, amount)
        if request.address:
            self._check_address(account, channel, request.address, request.memo)
            fee, recipient = channel.fee, None
        else:
            fee, recipient = ZERO, self._recipient(account, request)
        if amount * self._btc_rate(channel.asset) > self.quota_left_btc(account, now):
            raise MockError("account_withdraw_quota_exceeded")
        debited = self._debit(account, channel.asset, amount + fee, request.source)
        if recipient is not None:
            self._add_deposit(recipient, channel, amount, now, f"BitMart UID {account.uid}")
            self._deposit_wallet(recipient).credit(channel.asset, amount)
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
            self._tx_hash(channel, record_id),
            internal=not request.address,
            debited=debited,
        )
        self.records.setdefault(account.uid, []).append(record)
        return record

    @staticmethod
    def _check_amount(channel: Channel, amount: Decimal) -> None:
        if amount < channel.min_withdraw:
            raise MockError("account_amount_below_minimum", args=(format(channel.min_withdraw, "f"),))
        step = Decimal(1).scaleb(-channel.precision)
        if amount != amount.quantize(step, rounding=ROUND_DOWN):
            raise MockError("account_withdraw_precision", args=(channel.precision,))
        if channel.multiple is not None and amount % channel.multiple != 0:
            raise MockError("account_amount_not_multiple", args=(channel.multiple,))
        if amount > channel.max_withdraw:
            raise MockError(
                "account_withdraw_above_limit",
                f"Beyond the limit: at most {channel.max_withdraw} {channel.code} per withdrawal",
            )

    def _check_address(self, account: Account, channel: Channel, address: str, memo: str) -> None:
        pattern = _ADDRESS_FORMATS.get(channel.network)
        if pattern is not None and not pattern.match(address):
            raise MockError(
                "account_address_invalid",
                f"Address is not valid: {address} is not a {channel.network} address",
            )
        entries = [
            e
            for e in self.address_book(account)
            if e.address.lower() == address.lower() and e.accepts(channel)
        ]
        if not entries:
            raise MockError("account_address_not_whitelisted")
        if not any(entry.verified for entry in entries):
            raise MockError("account_address_not_verified")
        if channel.memo and not memo:
            raise MockError(
                "account_memo_invalid", f"Please check your memo: {channel.code} needs address_memo"
            )

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
        key = (
            request.recipient_type,
            request.recipient,
            request.area_code if request.recipient_type == 3 else "",
        )
        if key not in EXTERNAL_RECIPIENTS:
            raise MockError("account_recipient_not_found")
        return None

    def _find_account(self, recipient_type: int, value: str) -> Account | None:
        accounts = self.exchange.accounts
        if recipient_type == 1 and value.isdigit():
            return accounts.by_uid.get(int(value))
        if recipient_type == 2:
            return accounts.by_name.get(value.lower()) if "@" in value else None
        return None

    def _debit(self, account: Account, asset: str, total: Decimal, source: str | None) -> dict[str, Decimal]:
        spot, fund = account.spot.balance(asset), self.fund_wallet(account).balance(asset)
        if source == "SPOT":
            parts = {"SPOT": total}
        elif source == "FUND":
            parts = {"FUND": total}
        else:
            from_spot = min(spot.available, total)
            parts = {"SPOT": from_spot, "FUND": total - from_spot}
        if parts.get("SPOT", ZERO) > spot.available or parts.get("FUND", ZERO) > fund.available:
            raise MockError("account_balance_not_enough")
        account.spot.debit(asset, parts.get("SPOT", ZERO))
        self.fund_wallet(account).debit(asset, parts.get("FUND", ZERO))
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

    # ---- records -------------------------------------------------------------------------------
    def history(
        self, account: Account, kind: str, code: str | None, start: int, end: int, limit: int
    ) -> list[FundingRecord]:
        """The account's records of ``kind`` applied in [start, end], newest first, at most ``limit``."""
        channel = self.channel(code) if code else None
        matching = [
            r
            for r in self.records.get(account.uid, [])
            if r.kind == kind and start <= r.apply_time <= end and (channel is None or r.channel is channel)
        ]
        matching.sort(key=lambda r: (r.apply_time, int(r.record_id)), reverse=True)
        return matching[:limit]

    def record(self, account: Account, record_id: str) -> FundingRecord:
        """One of the account's records by its withdraw or deposit id, or `account_record_not_found`."""
        for record in self.records.get(account.uid, []):
            if record.record_id == record_id:
                return record
        raise MockError("account_record_not_found")

    def _next_id(self) -> str:
        # One counter for deposits and withdrawals: either id can be looked up in the same detail call.
        return str(1_679_000 + self.exchange.ids.next("funding-record"))

    def _tx_hash(self, channel: Channel, record_id: str) -> str:
        digest = _digest(self.exchange.config.seed, "tx", channel.code, record_id).hex()
        return "0x" + digest if channel.network in _EVM_NETWORKS else digest


def history_range(now: int, start: int | None, end: int | None) -> tuple[int, int]:
    """The history's [start, end] with BitMart's defaults and limits (`account_default_range_exceeded` /
    `account_range_exceeded`).

    Defaults: 90 days before now, and now. A range built with a default may not exceed 90
    days (`account_default_range_exceeded`); an explicit pair may not either (`account_range_exceeded`), nor be reversed.
    """
    first = now - HISTORY_SPAN_MS if start is None else start
    last = now if end is None else end
    if start is not None and end is not None:
        if not 0 <= last - first <= HISTORY_SPAN_MS:
            raise MockError("account_range_exceeded")
    elif not 0 <= last - first <= HISTORY_SPAN_MS:
        raise MockError("account_default_range_exceeded")
    return first, last
