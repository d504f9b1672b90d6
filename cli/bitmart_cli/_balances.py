"""Every balance of the account, wallet by wallet.

This is what ``bitmart inventory`` prints and what ``bitmart export`` snapshots.
One row per account, wallet, scope (the margin pair, the Earn position) and currency, with the
available, frozen and total amounts as exact decimal text and the USD valuation where BitMart
gives one (the spot wallet's available balance). A wallet the key may not read is left out and
named in ``notes``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from bitmart_client import AuthenticatedClient
from bitmart_client.pagination import PAGINATION
from bitmart_openapi.history import fetcher
from bitmart_runtime import BitMartAPIError, PermissionDeniedError, UnexpectedResponseError
from bitmart_runtime.paging import Pager, apaginate
from bitmart_withdraw.earn import position_principals, product_principals

MAIN = "main"
SELF = "this key's account"


def decimal_text(value: Decimal) -> str:
    """Plain decimal text, every digit kept and no exponent: ``0.00000000``, never ``0E-8``."""
    return format(value, "f")


def amount(value: Any) -> Decimal:
    """A decimal from BitMart's text or number; anything else (empty, absent) counts as zero."""
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


async def read_all(
    client: AuthenticatedClient, operation: str, params: Mapping[str, Any] | None = None
) -> list[Any]:
    """Every record of a list operation without a time window (all its pages)."""
    entry = PAGINATION[operation]
    pager = Pager(entry, [None], params)
    return [record async for done in apaginate(fetcher(client, entry), pager) for record in done.records]


@dataclass
class Inventory:
    """The balance rows, and the wallets that could not be read."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        account: str,
        wallet: str,
        currency: Any,
        *,
        available: Any = None,
        frozen: Any = None,
        total: Any = None,
        scope: str = "",
        usd_value: Any = None,
        raw: Any = None,
    ) -> None:
        """One balance; zero balances are left out."""
        total_value = amount(total) if total is not None else amount(available) + amount(frozen)
        if total_value == 0:
            return
        self.rows.append(
            {
                "account": account,
                "wallet": wallet,
                "scope": scope,
                "currency": str(currency),
                "available": None if available is None else decimal_text(amount(available)),
                "frozen": None if frozen is None else decimal_text(amount(frozen)),
                "total": decimal_text(total_value),
                "usd_value": None if usd_value in (None, "") else decimal_text(amount(usd_value)),
                "raw": raw,
            }
        )


_SPOT_AND_FUND = (
    ("spot", "available", "frozen", "available_usd_valuation"),
    ("fund", "fundAvailable", "fundFrozen", None),
)
"""``get_account_balance`` puts both wallets in one row: (wallet, available, frozen, USD value)."""


def _spot_and_fund(inventory: Inventory, account: str, records: list[Any]) -> None:
    for row in records:
        for wallet, available, frozen, usd in _SPOT_AND_FUND:
            inventory.add(
                account,
                wallet,
                row.get("currency"),
                available=row.get(available),
                frozen=row.get(frozen),
                usd_value=row.get(usd) if usd else None,
                raw=row,
            )


def _futures(inventory: Inventory, account: str, records: list[Any]) -> None:
    for row in records:
        frozen = amount(row.get("frozen_balance")) + amount(row.get("position_deposit"))
        inventory.add(
            account,
            "futures",
            row.get("currency"),
            available=row.get("available_balance"),
            frozen=frozen,
            raw=row,
        )


def _margin(inventory: Inventory, account: str, records: list[Any]) -> None:
    for row in records:
        for side in ("base", "quote"):
            asset = row.get(side) or {}
            inventory.add(
                account,
                "isolated_margin",
                asset.get("currency"),
                scope=str(row.get("symbol")),
                available=asset.get("available"),
                frozen=asset.get("frozen"),
                total=asset.get("total_asset"),
                raw=asset,
            )


def _earn_position(inventory: Inventory, account: str, term: str, row: Any, principal: Any) -> None:
    """One Earn position (``term``: ``fixed`` or ``flexible``), scoped by its ``earnId``."""
    scope = str(row.get("earnId"))
    inventory.add(account, f"earn_{term}", row.get("coinName"), scope=scope, total=principal, raw=row)


def _earn_fixed(inventory: Inventory, account: str, records: list[Any]) -> None:
    for row in records:
        _earn_position(inventory, account, "fixed", row, row.get("amount"))


async def _earn_flexible(client: AuthenticatedClient, inventory: Inventory, account: str) -> None:
    """Flexible positions, their principal rebuilt from the records (``bitmart_withdraw.earn``)."""
    positions = await read_all(client, "get_earn_flexible_positions")
    if not positions:
        return
    subscribed = await read_all(client, "get_earn_flexible_records", {"type": "subscribe"})
    redeemed = await read_all(client, "get_earn_flexible_records", {"type": "redeem"})
    principals = position_principals(positions, product_principals(subscribed, redeemed))
    for row in positions:
        earn_id = str(row.get("earnId"))
        principal = principals[earn_id]
        if isinstance(principal, str):
            what = f"flexible Earn position {earn_id} ({row.get('coinName')})"
            inventory.notes.append(f"{account}: {what}: principal unknown: {principal}")
            continue
        _earn_position(inventory, account, "flexible", row, principal)


def _sub_wallet(wallet: str) -> Callable[[Inventory, str, list[Any]], None]:
    def add(inventory: Inventory, account: str, records: list[Any]) -> None:
        for row in records:
            inventory.add(
                account,
                wallet,
                row.get("currency"),
                available=row.get("available"),
                frozen=row.get("frozen"),
                raw=row,
            )

    return add


Adder = Callable[[Inventory, str, list[Any]], None]
Reading = tuple[str, str, Callable[[], Awaitable[None]]]
"""(account, operation, read it into the inventory)."""


async def collect(client: AuthenticatedClient, sub_accounts: list[str] | None) -> Inventory:
    """Every balance of the key's account and, for a main key (``sub_accounts`` given), its sub-accounts'.

    A wallet BitMart refuses to show (a permission, an account without margin) is named in
    ``notes``; a refusal worth retrying later (rate limit, maintenance) stops the inventory.
    """
    inventory = Inventory()
    account = MAIN if sub_accounts is not None else SELF

    def reading(owner: str, operation: str, params: dict[str, Any], add: Adder) -> Reading:
        async def read() -> None:
            add(inventory, owner, await read_all(client, operation, params))

        return owner, operation, read

    readings = [
        reading(account, "get_account_balance", {"needUsdValuation": True}, _spot_and_fund),
        reading(account, "get_futures_assets", {}, _futures),
        reading(account, "get_margin_accounts", {}, _margin),
        (account, "get_earn_flexible_positions", lambda: _earn_flexible(client, inventory, account)),
        reading(account, "get_earn_fixed_positions", {}, _earn_fixed),
    ]
    for name in sub_accounts or []:
        readings.append(
            reading(name, "get_sub_account_spot_wallet", {"subAccount": name}, _sub_wallet("spot"))
        )
        readings.append(
            reading(name, "get_sub_account_futures_wallet", {"subAccount": name}, _sub_wallet("futures"))
        )
    for owner, operation, read in readings:
        try:
            await read()
        except BitMartAPIError as error:
            if error.retryable:
                raise
            refused = error.operation or operation
            inventory.notes.append(
                f"{owner}: {refused} not available to this key ({error.code}: {error.message})"
            )
    return inventory


class UnnamedSubAccountsError(UnexpectedResponseError):
    """BitMart listed sub-accounts without their ``accountName``: nothing can be asked of them.

    ``names`` holds the sub-accounts that do have one, which can still be read.
    """

    def __init__(self, names: list[str], unnamed: int) -> None:
        super().__init__(
            f"get_sub_accounts listed {unnamed} sub-account(s) without their accountName: "
            "their wallets and transfers cannot be asked for",
            operation="get_sub_accounts",
            http_status=200,
            body=b"",
        )
        self.names = names


async def sub_accounts(client: AuthenticatedClient) -> list[str] | None:
    """The sub-account names of a main key; ``None`` for a sub-account's key (BitMart's 60026).

    Raises :class:`UnnamedSubAccountsError` when an entry has no name (never a silent gap).
    """
    try:
        records = await read_all(client, "get_sub_accounts")
    except PermissionDeniedError:
        return None
    names = [record.get("accountName") for record in records if isinstance(record, Mapping)]
    named = [name for name in names if isinstance(name, str) and name]
    if len(named) < len(names):
        raise UnnamedSubAccountsError(named, len(names) - len(named))
    return named


__all__ = [
    "MAIN",
    "SELF",
    "Inventory",
    "UnnamedSubAccountsError",
    "amount",
    "collect",
    "decimal_text",
    "read_all",
    "sub_accounts",
]
