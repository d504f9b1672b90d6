"""What ``bitmart export`` reads: one *stream* per operation and fixed parameters, into a table.

Several streams may fill one table (finished and open orders). A stream may be split into
partitions that BitMart requires one at a time: the futures contract, the margin pair, the
sub-account, the rebate currency.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Partition = Literal["futures_symbols", "margin_symbols", "sub_accounts", "affiliate_currencies"]
AccountKind = Literal["any", "main", "sub"]

EARLIEST_MS = 1_519_862_400_000
"""2018-03-01T00:00:00Z, before BitMart opened: the default start when the document gives no retention."""

AFFILIATE_CURRENCIES = ("USDT", "BTC", "ETH")
"""The rebate currencies BitMart totals (``usdt_rebate_sum``, ``btc_rebate_sum``, ``eth_rebate_sum``)."""


@dataclass(frozen=True)
class Stream:
    """One operation read with fixed parameters into one table."""

    name: str
    table: str
    operation: str
    params: Mapping[str, Any] = field(default_factory=dict)
    constants: Mapping[str, str] = field(default_factory=dict)
    partition: Partition | None = None
    partition_param: str | None = None
    account: AccountKind = "any"
    """Which key may call it: a main account's, a sub-account's, or either."""
    optional: bool = False
    """Only some keys have these records (affiliates, brokers): a refusal is expected."""
    snapshot: bool = False
    """Lifetime figures rather than dated records: read whole on every run, without time windows."""
    after: tuple[str, ...] = ()
    """Streams whose records name partitions of this one (symbols traded): they run first."""


def _margin_records(table: str, operation: str) -> Stream:
    """Loans or repayments: one pair at a time, the pairs traded found in the margin orders too."""
    return Stream(
        table,
        table,
        operation,
        partition="margin_symbols",
        partition_param="symbol",
        after=("margin_orders.history", "margin_trades"),
    )


def _earn(kind: str, table: str) -> list[Stream]:
    return [
        Stream(
            f"{table}.{product}", table, f"get_earn_{product}_records", {"type": kind}, {"product": product}
        )
        for product in ("flexible", "fixed")
    ]


STREAMS: tuple[Stream, ...] = (
    Stream("spot_orders.history", "spot_orders", "get_spot_order_history", {"orderMode": "spot"}),
    Stream("spot_orders.open", "spot_orders", "get_spot_open_orders", {"orderMode": "spot"}),
    Stream("margin_orders.history", "margin_orders", "get_spot_order_history", {"orderMode": "iso_margin"}),
    Stream("margin_orders.open", "margin_orders", "get_spot_open_orders", {"orderMode": "iso_margin"}),
    Stream("spot_trades", "spot_trades", "get_spot_account_trades", {"orderMode": "spot"}),
    Stream("margin_trades", "margin_trades", "get_spot_account_trades", {"orderMode": "iso_margin"}),
    Stream("spot_algo_orders.history", "spot_algo_orders", "get_spot_algo_order_history"),
    Stream("spot_algo_orders.open", "spot_algo_orders", "get_spot_algo_open_orders"),
    _margin_records("margin_borrows", "get_margin_borrow_records"),
    _margin_records("margin_repays", "get_margin_repay_records"),
    Stream("deposits", "deposits", "get_deposit_withdraw_history", {"operation_type": "deposit"}),
    Stream("withdrawals", "withdrawals", "get_deposit_withdraw_history", {"operation_type": "withdraw"}),
    Stream("spot_futures_transfers", "spot_futures_transfers", "get_spot_futures_transfers"),
    Stream(
        "sub_account_spot_transfers.main",
        "sub_account_spot_transfers",
        "get_sub_account_spot_transfers_as_main",
        {"moveType": "spot to spot"},
        partition="sub_accounts",
        partition_param="accountName",
        account="main",
    ),
    Stream(
        "sub_account_spot_transfers.own",
        "sub_account_spot_transfers",
        "get_sub_account_spot_transfers",
        {"moveType": "spot to spot"},
        account="sub",
    ),
    Stream(
        "sub_account_futures_transfers.main",
        "sub_account_futures_transfers",
        "get_sub_account_futures_transfers_as_main",
        partition="sub_accounts",
        partition_param="subAccount",
        account="main",
    ),
    Stream(
        "sub_account_futures_transfers.own",
        "sub_account_futures_transfers",
        "get_sub_account_futures_transfers",
        account="sub",
    ),
    Stream("futures_trades", "futures_trades", "get_futures_trades"),
    Stream("futures_transactions", "futures_transactions", "get_futures_transaction_history"),
    Stream(
        "futures_orders",
        "futures_orders",
        "get_futures_order_history",
        partition="futures_symbols",
        partition_param="symbol",
        after=("futures_trades", "futures_transactions"),
    ),
    *_earn("subscribe", "earn_subscriptions"),
    *_earn("redeem", "earn_redemptions"),
    *_earn("interest", "earn_interest"),
    Stream(
        "affiliate_rebates",
        "affiliate_rebates",
        "get_futures_affiliate_rebates",
        partition="affiliate_currencies",
        partition_param="currency",
        optional=True,
        snapshot=True,
    ),
    Stream("affiliate_invitees", "affiliate_invitees", "get_futures_affiliate_invitees", optional=True),
    Stream("broker_rebates", "broker_rebates", "get_broker_rebates", optional=True),
)

STREAMS_BY_NAME = {stream.name: stream for stream in STREAMS}

__all__ = ["AFFILIATE_CURRENCIES", "EARLIEST_MS", "STREAMS", "STREAMS_BY_NAME", "Stream"]
