"""Funding channels: each currency on each network, its terms, deposit addresses and the address book.

A *channel* is one currency on one network (``USDT-TRC20``); deposits and withdrawals name the
channel, balances the asset behind it (``USDT``). Withdrawal terms (minimum, fee, precision,
multiple, maximum) live on the channel, so the currency list and the withdrawal quota always
agree, and a withdrawal is checked against exactly those terms. Deposit addresses and
transaction hashes are derived from the seed, so the same seed gives the same addresses.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal

from ..errors import MockError
from .accounts import Account

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
    memo: bool = False
    """Whether the chain needs a tag/memo next to the address."""
    multiple: int | None = None
    """When set, a withdrawal amount must be a whole multiple of it (``withdraw_Precision_GeTen``)."""
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
    address_type: int
    """0 standard (one channel), 1 universal (one network), 2 EVM (any EVM network)."""
    verified: bool = True
    """Whether the entry passed BitMart's verification (only verified entries take withdrawals)."""
    remark: str = ""
    memo: str = ""
    currency: str | None = None
    """The channel a standard entry takes."""
    network: str | None = None
    """The network a standard or universal entry takes."""

    def accepts(self, channel: Channel) -> bool:
        """Whether this entry may receive ``channel``."""
        if self.address_type == 0:
            return self.currency == channel.code
        if self.address_type == 1:
            return self.network == channel.network
        return channel.evm


# The address book is managed on the website only; the demo main account has these entries.
_ADDRESS_BOOK: tuple[BookAddress, ...] = (
    BookAddress(
        "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj", 0, remark="cold wallet", currency="USDT-TRC20", network="TRC20"
    ),
    BookAddress(
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        0,
        remark="hardware wallet",
        currency="BTC",
        network="BTC",
    ),
    BookAddress(
        "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", 1, remark="ledger (all ERC20)", network="ERC20"
    ),
    BookAddress(
        "rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy",
        0,
        remark="exchange deposit",
        memo="2837461",
        currency="XRP",
        network="XRP",
    ),
    BookAddress("0x8f3b2a91c6d4e5f7a0b1c2d3e4f5a6b7c8d9e0f1", 2, verified=False, remark="evm hot wallet"),
)

# BitMart users outside the mock that the demo account can withdraw to: (type, value, area code).
EXTERNAL_RECIPIENTS: frozenset[tuple[int, str, str]] = frozenset(
    {(1, "876940329", ""), (2, "friend@example.com", ""), (3, "412345678", "61")}
)


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(str(part) for part in parts).encode()).digest()


def _encode(digest: bytes, alphabet: str, length: int) -> str:
    number = int.from_bytes(digest + hashlib.sha256(digest).digest(), "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(alphabet))
        chars.append(alphabet[index])
    return "".join(chars)


class FundingChannels:
    """The channels by code, the assets behind them, addresses and transaction hashes."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self.channels = {channel.code: channel for channel in CHANNELS}
        self.assets = sorted({channel.asset for channel in CHANNELS})

    def channel(self, code: str) -> Channel:
        """The channel called ``code`` (any case), or ``account_currency_not_found``."""
        channel = self.channels.get(code.upper())
        if channel is None:
            raise MockError("account_currency_not_found", f"currency does not exist: {code}")
        return channel

    def check_asset(self, currency: str) -> str:
        """The asset (wallet currency) ``currency``; ``account_currency_not_found`` if no channel has it."""
        asset = currency.upper()
        if asset not in self.assets:
            raise MockError("account_currency_not_found", f"currency does not exist: {currency}")
        return asset

    @staticmethod
    def address_book(account: Account) -> tuple[BookAddress, ...]:
        """The withdrawal address book: the demo entries for a main account, none for a sub."""
        return () if account.is_sub else _ADDRESS_BOOK

    def deposit_address(self, account: Account, channel: Channel) -> tuple[str, str]:
        """The account's (address, memo) for deposits on ``channel``; the same on every call.

        EVM channels share one address per account, as on BitMart; memo chains share BitMart's
        hot wallet and tell accounts apart by the memo.
        """
        if not channel.deposit_enabled:
            raise MockError("account_deposit_channel_closed")
        digest = _digest(self._seed, "deposit-address", account.uid, channel.network)
        if channel.memo:
            return _XRP_HOT_WALLET, str(100_000_000 + int.from_bytes(digest[:4], "big") % 900_000_000)
        if channel.network == "ERC20":
            return "0x" + digest[:20].hex(), ""
        if channel.network == "TRC20":
            return "T" + _encode(digest, _BASE58, 33), ""
        if channel.network == "OMNI":
            return "1" + _encode(digest, _BASE58, 33), ""
        return "bc1q" + _encode(digest, _BECH32, 38), ""

    def check_address(self, account: Account, channel: Channel, address: str, memo: str) -> None:
        """Refuse a withdrawal address that the chain or the account's address book would refuse.

        Raises ``account_address_invalid``, ``account_address_not_whitelisted``,
        ``account_address_not_verified`` or ``account_memo_invalid``.
        """
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

    def tx_hash(self, channel: Channel, record_id: str) -> str:
        """The transaction hash of a deposit or withdrawal record (EVM style on EVM networks)."""
        digest = _digest(self._seed, "tx", channel.code, record_id).hex()
        return "0x" + digest if channel.network in _EVM_NETWORKS else digest


__all__ = ["CHANNELS", "EXTERNAL_RECIPIENTS", "BookAddress", "Channel", "FundingChannels"]
