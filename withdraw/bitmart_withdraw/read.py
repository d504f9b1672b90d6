"""Taking the snapshot: every read the planner needs, through the generated client.

Only reads happen here; the runtime retries them. An answer that cannot be used raises
:class:`~bitmart_withdraw.errors.SnapshotError` naming the field, except where a missing piece
only blocks one step (a currency's withdrawal terms, a BTC price for the quota): that becomes a
blocker in the plan, not a failure of the whole snapshot.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import (
    get_earn_fixed_positions,
    get_earn_flexible_positions,
    get_earn_flexible_records,
)
from bitmart_client.api.funding_account import (
    get_account_balance,
    get_account_currencies,
    get_withdraw_addresses,
    get_withdraw_quota,
)
from bitmart_client.api.futures_account import get_futures_assets
from bitmart_client.api.margin import get_margin_accounts
from bitmart_client.api.spot_market import get_spot_ticker
from bitmart_client.api.sub_account import (
    get_sub_account_futures_wallet,
    get_sub_account_spot_wallet,
    get_sub_accounts,
)
from bitmart_client.api.system import get_system_time
from bitmart_client.types import Unset
from bitmart_runtime import BitMartAPIError

from ._amounts import parse_amount
from .destinations import Destination
from .earn import Principal, position_principals, product_principals
from .snapshot import (
    MAIN,
    ZERO,
    Channel,
    EarnPosition,
    Holding,
    MarginPair,
    MarginSide,
    Snapshot,
    WhitelistEntry,
    WithdrawTerms,
)

PAGE = 100
MAX_PAGES = 200
NO_SUB_ACCOUNTS = frozenset({61006})
"""BitMart's "sub-account endpoints are for institutional accounts": the account has none."""
NO_MARGIN = frozenset({51001})
"""BitMart's "margin account not opened"."""
_T = TypeVar("_T")


def _optional(value: object, what: str) -> Decimal | None:
    return None if value is None or isinstance(value, Unset) else parse_amount(value, what)


def holdings(client: AuthenticatedClient) -> list[Holding]:
    """The main account's spot, fund and futures balances."""
    found: list[Holding] = []
    for row in get_account_balance.sync(client=client).data.wallet:
        where = f"get_account_balance {row.currency}"
        spot = parse_amount(row.available, f"{where} available")
        # unAvailable (since 2025-05) counts every hold, frozen included; older answers lack it.
        held = max(
            parse_amount(row.frozen, f"{where} frozen"),
            _optional(row.un_available, f"{where} unAvailable") or ZERO,
        )
        found.append(Holding(MAIN, "spot", row.currency, spot, held))
        fund = _optional(row.fund_available, f"{where} fundAvailable") or ZERO
        fund_held = _optional(row.fund_frozen, f"{where} fundFrozen") or ZERO
        if fund or fund_held:
            found.append(Holding(MAIN, "fund", row.currency, fund, fund_held))
    for asset in get_futures_assets.sync(client=client).data:
        where = f"get_futures_assets {asset.currency}"
        available = parse_amount(asset.available_balance, f"{where} available_balance")
        held = parse_amount(asset.frozen_balance, f"{where} frozen_balance") + parse_amount(
            asset.position_deposit, f"{where} position_deposit"
        )
        if available or held:
            found.append(Holding(MAIN, "futures", asset.currency, available, held))
    return found


def sub_accounts(client: AuthenticatedClient) -> tuple[list[str], list[Holding]]:
    """The sub-accounts' names, and their spot and futures balances."""
    try:
        listed = get_sub_accounts.sync(client=client).data.sub_account_list
    except BitMartAPIError as error:
        if error.code in NO_SUB_ACCOUNTS:
            return [], []
        raise
    names = sorted(entry.account_name for entry in listed)
    found: list[Holding] = []
    for name in names:
        for wallet, operation in (
            ("spot", get_sub_account_spot_wallet),
            ("futures", get_sub_account_futures_wallet),
        ):
            for row in operation.sync(client=client, sub_account=name).data.wallet:
                where = f"{operation.OPERATION_ID} {name} {row.currency}"
                available = parse_amount(row.available, f"{where} available")
                held = parse_amount(row.frozen, f"{where} frozen")
                if available or held:
                    found.append(Holding(name, wallet, row.currency, available, held))
    return names, found


def margin(client: AuthenticatedClient) -> list[MarginPair]:
    """Every isolated margin account, with its loans."""
    try:
        accounts = get_margin_accounts.sync(client=client).data.symbols
    except BitMartAPIError as error:
        if error.code in NO_MARGIN:
            return []
        raise
    pairs = []
    for account in accounts:
        sides = []
        for asset in (account.base, account.quote):
            where = f"get_margin_accounts {account.symbol} {asset.currency}"
            values = {
                name: parse_amount(getattr(asset, name), f"{where} {name}")
                for name in ("available", "frozen", "borrow_unpaid", "interest_unpaid")
            }
            sides.append(
                MarginSide(
                    asset.currency,
                    values["available"],
                    values["frozen"],
                    values["borrow_unpaid"],
                    values["interest_unpaid"],
                )
            )
        pair = MarginPair(account.symbol, sides[0], sides[1])
        if any(side.available or side.held or side.debt for side in pair.sides):
            pairs.append(pair)
    return pairs


def _pages(fetch: Callable[[int], tuple[int, list[_T]]]) -> Iterator[_T]:
    """Every row of a ``currentPage``/``sizePage`` listing (bounded at :data:`MAX_PAGES` pages)."""
    seen = 0
    for page in range(1, MAX_PAGES + 1):
        total, rows = fetch(page)
        yield from rows
        seen += len(rows)
        if not rows or seen >= total:
            return


def earn(client: AuthenticatedClient) -> list[EarnPosition]:
    """Every Earn position; a flexible one's principal is rebuilt from its records."""

    def flexible(page: int) -> tuple[int, list[Any]]:
        data = get_earn_flexible_positions.sync(client=client, current_page=page, size_page=PAGE).data
        return data.total, list(data.list_)

    def fixed(page: int) -> tuple[int, list[Any]]:
        data = get_earn_fixed_positions.sync(client=client, current_page=page, size_page=PAGE).data
        return data.total, list(data.list_)

    flexible_rows = [row.to_dict() for row in _pages(flexible)]
    by_product = _flexible_records(client) if flexible_rows else {}
    principals = position_principals(flexible_rows, by_product)
    positions = []
    for row in flexible_rows:
        principal = principals[str(row["earnId"])]
        known = principal if isinstance(principal, Decimal) else None
        reason = principal if isinstance(principal, str) else ""
        positions.append(
            EarnPosition(row["earnId"], row["productId"], row["coinName"], known, unknown_reason=reason)
        )
    for row in _pages(fixed):
        amount = parse_amount(row.amount, f"Earn position {row.earn_id} amount")
        matures = row.expired_date if isinstance(row.expired_date, int) else None
        positions.append(EarnPosition(row.earn_id, row.product_id, row.coin_name, amount, True, matures))
    return positions


def _flexible_records(client: AuthenticatedClient) -> dict[str, Principal]:
    """Per flexible product, subscriptions minus redemptions (see :mod:`bitmart_withdraw.earn`)."""
    records: dict[str, list[dict[str, Any]]] = {}
    for kind in ("subscribe", "redeem"):

        def fetch(page: int, kind: Any = kind) -> tuple[int, list[Any]]:
            data = get_earn_flexible_records.sync(
                client=client, type_=kind, current_page=page, size_page=PAGE
            ).data
            return data.total, list(data.list_)

        records[kind] = [record.to_dict() for record in _pages(fetch)]
    return product_principals(records["subscribe"], records["redeem"])


def channels(client: AuthenticatedClient) -> list[Channel]:
    """Every currency channel; the asset is the code before any ``-network`` suffix."""
    found = []
    for row in get_account_currencies.sync(client=client).data.currencies:
        where = f"get_account_currencies {row.currency}"
        found.append(
            Channel(
                code=row.currency,
                currency=row.currency.split("-", 1)[0].upper(),
                network=row.network,
                withdraw_enabled=row.withdraw_enabled is True,
                min_withdraw=_optional(row.withdraw_minsize, f"{where} withdraw_minsize"),
                fee=_optional(row.withdraw_fee, f"{where} withdraw_fee"),
                max_withdraw=_optional(row.withdraw_maxsize, f"{where} withdraw_maxsize"),
            )
        )
    return found


def whitelist(client: AuthenticatedClient) -> list[WhitelistEntry]:
    """The withdrawal address book."""
    return [
        WhitelistEntry(
            address=row.address,
            memo=row.memo or "",
            address_type=int(row.address_type),
            verified=row.verify_status == 1,
            currency=row.currency if isinstance(row.currency, str) else None,
            network=row.network if isinstance(row.network, str) else None,
            remark=row.remark or "",
        )
        for row in get_withdraw_addresses.sync(client=client).data.list_
    ]


def terms(client: AuthenticatedClient, codes: list[str]) -> tuple[dict[str, WithdrawTerms], dict[str, str]]:
    """The withdrawal terms of each channel, or BitMart's reason for not giving them."""
    found: dict[str, WithdrawTerms] = {}
    errors: dict[str, str] = {}
    for code in codes:
        try:
            data = get_withdraw_quota.sync(client=client, currency=code).data
        except BitMartAPIError as error:
            errors[code] = f"BitMart answered {error.code}: {error.message}"
            continue
        where = f"get_withdraw_quota {code}"
        multiple = data.withdraw_precision_ge_ten
        found[code] = WithdrawTerms(
            min_withdraw=parse_amount(data.min_withdraw, f"{where} min_withdraw"),
            fee=parse_amount(data.withdraw_fee, f"{where} withdraw_fee"),
            precision=int(data.withdraw_precision),
            multiple=multiple if isinstance(multiple, int) and multiple > 0 else None,
            quota_btc=parse_amount(
                data.today_available_withdraw_btc, f"{where} today_available_withdraw_BTC"
            ),
        )
    return found, errors


def btc_rates(client: AuthenticatedClient, currencies: set[str]) -> dict[str, Decimal]:
    """The price in BTC of each currency, from the spot tickers (through USDT, as BitMart values)."""

    def last(symbol: str) -> Decimal | None:
        try:
            price = parse_amount(get_spot_ticker.sync(client=client, symbol=symbol).data.last, symbol)
        except BitMartAPIError:
            return None
        return price if price > 0 else None

    btc_usdt = last("BTC_USDT")
    rates: dict[str, Decimal] = {"BTC": Decimal(1)}
    for currency in sorted(currencies - {"BTC"}):
        in_usdt = Decimal(1) if currency == "USDT" else last(f"{currency}_USDT")
        if in_usdt is not None and btc_usdt is not None:
            rates[currency] = in_usdt / btc_usdt
        elif (in_btc := last(f"{currency}_BTC")) is not None:
            rates[currency] = in_btc
    return rates


def take_snapshot(client: AuthenticatedClient, destinations: Mapping[str, Destination]) -> Snapshot:
    """Read everything the planner needs (reads only; nothing changes at BitMart)."""
    taken_at = int(get_system_time.sync(client=client).data.server_time)
    main = holdings(client)
    names, subs = sub_accounts(client)
    pairs = margin(client)
    positions = earn(client)
    offered = channels(client)
    wanted = sorted(
        channel.code
        for channel in offered
        for destination in destinations.values()
        if channel.currency == destination.currency and channel.network.upper() == destination.network.upper()
    )
    found_terms, terms_errors = terms(client, wanted)
    snapshot = Snapshot(
        taken_at_ms=taken_at,
        holdings=tuple(main + subs),
        margin=tuple(pairs),
        earn=tuple(positions),
        sub_accounts=tuple(names),
        channels=tuple(offered),
        terms=found_terms,
        terms_errors=terms_errors,
        whitelist=tuple(whitelist(client)),
    )
    rates = btc_rates(client, set(snapshot.totals()))
    return dataclasses.replace(snapshot, btc_rates=rates)


__all__ = [
    "btc_rates",
    "channels",
    "earn",
    "holdings",
    "margin",
    "sub_accounts",
    "take_snapshot",
    "terms",
    "whitelist",
]
