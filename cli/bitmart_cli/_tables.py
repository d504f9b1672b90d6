"""The tables of the export file: one per kind of record, with BitMart's ids as primary keys.

A column reads one field of BitMart's record. Amounts stay exact decimal text; a time becomes two
columns, the UTC ISO-8601 text under the column's name and the raw milliseconds in ``<name>_ms``.
Every table also keeps the whole record as BitMart sent it (``raw``, JSON), the stream and
partition it came from, and the run that last wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ColumnType = Literal["text", "decimal", "integer", "time_ms", "time_s"]


@dataclass(frozen=True)
class Column:
    """One column: its SQL name, the record field it reads and how."""

    name: str
    source: str
    type: ColumnType = "text"
    description: str = ""

    @property
    def sql_names(self) -> tuple[str, ...]:
        """The SQL column(s): a time has its ISO text and its milliseconds."""
        if self.type in ("time_ms", "time_s"):
            return (self.name, f"{self.name}_ms")
        return (self.name,)


@dataclass(frozen=True)
class Table:
    """A table of records of one kind."""

    name: str
    key: tuple[str, ...]
    """The primary key: BitMart's id columns, or ``record_key`` when BitMart gives records no id."""
    columns: tuple[Column, ...]
    description: str
    constants: tuple[str, ...] = ()
    """Columns whose value comes from the stream, not the record (e.g. Earn's ``product``)."""

    @property
    def sql_columns(self) -> list[str]:
        """Every SQL column, in order (the bookkeeping columns last)."""
        names = [*self.constants]
        if "record_key" in self.key:
            names.append("record_key")
        for column in self.columns:
            names.extend(column.sql_names)
        return [*names, "raw", "stream", "part", "run_id"]


def _text(name: str, source: str | None = None) -> Column:
    return Column(name, source or name)


def _dec(name: str, source: str | None = None) -> Column:
    return Column(name, source or name, "decimal")


def _int(name: str, source: str | None = None) -> Column:
    return Column(name, source or name, "integer")


def _ms(name: str, source: str | None = None) -> Column:
    return Column(name, source or name, "time_ms")


def _s(name: str, source: str | None = None) -> Column:
    return Column(name, source or name, "time_s")


_SPOT_COMMON = (
    _text("client_order_id", "clientOrderId"),
    _text("symbol"),
    _text("side"),
    _text("order_mode", "orderMode"),
    _text("type"),
)
_SPOT_ORDER = (
    _text("order_id", "orderId"),
    *_SPOT_COMMON,
    _text("state"),
    _text("cancel_source", "cancelSource"),
    _dec("price"),
    _dec("price_avg", "priceAvg"),
    _dec("size"),
    _dec("filled_size", "filledSize"),
    _dec("notional"),
    _dec("filled_notional", "filledNotional"),
    _ms("create_time", "createTime"),
    _ms("update_time", "updateTime"),
)
_SPOT_TRADE = (
    _text("trade_id", "tradeId"),
    _text("order_id", "orderId"),
    *_SPOT_COMMON,
    _dec("price"),
    _dec("size"),
    _dec("notional"),
    _dec("fee"),
    _text("fee_currency", "feeCoinName"),
    _text("trade_role", "tradeRole"),
    _ms("create_time", "createTime"),
)
_FUNDING = (
    _text("currency"),
    _dec("arrival_amount"),
    _dec("fee"),
    _int("status"),
    _text("address"),
    _text("address_memo"),
    _text("tx_id"),
    _ms("apply_time"),
)
_SUB_TRANSFER = (
    _text("from_account", "fromAccount"),
    _text("from_wallet_type", "fromWalletType"),
    _text("to_account", "toAccount"),
    _text("to_wallet_type", "toWalletType"),
    _text("currency"),
    _dec("amount"),
    _s("submission_time", "submissionTime"),
)
_EARN = (
    _text("record_id", "recordId"),
    _text("type"),
    _text("product_id", "productId"),
    _text("coin_name", "coinName"),
    _dec("amount"),
    _text("product_tag", "productTag"),
    _int("lock_day", "lockDay"),
    _text("request_no", "requestNo"),
    _text("status"),
    _ms("time"),
)

TABLES: tuple[Table, ...] = (
    Table("spot_orders", ("order_id",), _SPOT_ORDER, "Spot orders, finished and open (orderMode spot)."),
    Table("margin_orders", ("order_id",), _SPOT_ORDER, "Isolated-margin orders (orderMode iso_margin)."),
    Table("spot_trades", ("trade_id",), _SPOT_TRADE, "Spot fills; the fee is charged in fee_currency."),
    Table("margin_trades", ("trade_id",), _SPOT_TRADE, "Isolated-margin fills."),
    Table(
        "spot_algo_orders",
        ("order_id",),
        (
            _text("order_id", "orderId"),
            _text("client_order_id", "clientOrderId"),
            _text("symbol"),
            _text("side"),
            _text("type"),
            _text("state"),
            _dec("trigger_price", "triggerPrice"),
            _text("trigger_type", "triggerType"),
            _dec("price"),
            _dec("size"),
            _dec("notional"),
            _ms("create_time", "createTime"),
            _ms("update_time", "updateTime"),
        ),
        "Spot trigger and TP/SL orders.",
    ),
    Table(
        "margin_borrows",
        ("borrow_id",),
        (
            _text("borrow_id"),
            _text("symbol"),
            _text("currency"),
            _dec("borrow_amount"),
            _dec("daily_interest"),
            _dec("hourly_interest"),
            _dec("interest_amount"),
            _s("create_time"),
        ),
        "Isolated-margin borrowings, per pair.",
    ),
    Table(
        "margin_repays",
        ("repay_id",),
        (
            _text("repay_id"),
            _text("symbol"),
            _text("currency"),
            _dec("repaid_amount"),
            _dec("repaid_principal"),
            _dec("repaid_interest"),
            _s("repay_time"),
        ),
        "Isolated-margin repayments (principal and interest), per pair.",
    ),
    Table("deposits", ("deposit_id",), (_text("deposit_id"), *_FUNDING), "Deposits."),
    Table(
        "withdrawals",
        ("withdraw_id",),
        (_text("withdraw_id"), *_FUNDING),
        "Withdrawals; the wallet paid arrival_amount + fee.",
    ),
    Table(
        "spot_futures_transfers",
        ("transfer_id",),
        (
            _text("transfer_id"),
            _text("currency"),
            _dec("amount"),
            _text("type"),
            _text("state"),
            _ms("time", "timestamp"),
        ),
        "Transfers between the spot and the futures wallet.",
    ),
    Table(
        "sub_account_spot_transfers",
        ("record_key",),
        _SUB_TRANSFER,
        "Spot transfers between the main account and sub-accounts (BitMart keeps 3 months).",
    ),
    Table(
        "sub_account_futures_transfers",
        ("record_key",),
        _SUB_TRANSFER,
        "Futures transfers between the main account and sub-accounts.",
    ),
    Table(
        "futures_orders",
        ("order_id",),
        (
            _text("order_id"),
            _text("client_order_id"),
            _text("symbol"),
            _int("side"),
            _text("type"),
            _int("state"),
            _text("account"),
            _text("position_mode"),
            _dec("leverage"),
            _text("open_type"),
            _dec("size"),
            _dec("price"),
            _dec("deal_avg_price"),
            _dec("deal_size"),
            _dec("trigger_price"),
            _text("execution_price"),
            _ms("create_time"),
            _ms("update_time"),
        ),
        "Futures orders (plan orders that fired included), per contract.",
    ),
    Table(
        "futures_trades",
        ("trade_id",),
        (
            _text("trade_id"),
            _text("order_id"),
            _text("symbol"),
            _int("side"),
            _dec("price"),
            _dec("vol"),
            _text("exec_type"),
            _dec("realised_profit"),
            _dec("paid_fees"),
            _text("account"),
            _ms("create_time"),
        ),
        "Futures fills.",
    ),
    Table(
        "futures_transactions",
        ("tran_id",),
        (
            _text("tran_id"),
            _text("symbol"),
            _int("flow_type"),
            _text("type"),
            _dec("amount"),
            _text("asset"),
            _text("account"),
            _ms("time"),
        ),
        "Futures wallet flows: transfers (1), realised PnL (2), funding fees (3), fees (4), liquidation (5).",
    ),
    Table(
        "earn_subscriptions",
        ("product", "record_id"),
        _EARN,
        "Earn subscriptions; product is flexible or fixed.",
        ("product",),
    ),
    Table("earn_redemptions", ("product", "record_id"), _EARN, "Earn redemptions.", ("product",)),
    Table("earn_interest", ("product", "record_id"), _EARN, "Earn interest payouts.", ("product",)),
    Table(
        "affiliate_rebates",
        ("rebate_coin", "trade_user_id"),
        (
            _text("rebate_coin"),
            _text("trade_user_id"),
            _dec("total_rebate_amount"),
            _int("user_type"),
        ),
        "Futures affiliate rebates per invited user, lifetime totals at the time of the export.",
    ),
    Table(
        "affiliate_invitees",
        ("cid",),
        (
            _text("cid"),
            _dec("rebate_total", "rebateTotal"),
            _dec("trading_vol_total", "tradingVolTotal"),
            _dec("trading_fee_total", "tradingFeeTotal"),
            _dec("cashback_rate", "cashbackRate"),
            _dec("back_rate", "backRate"),
            _int("status"),
        ),
        "Users invited as a futures affiliate, with their lifetime figures.",
    ),
    Table(
        "broker_rebates",
        ("date", "currency"),
        (_text("date"), _text("currency"), _dec("rebate_amount")),
        "Daily spot trading-fee rebates of an API broker.",
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}

__all__ = ["TABLES", "TABLES_BY_NAME", "Column", "ColumnType", "Table"]
