"""Funding account: channels, spot and fund balances, deposits, withdrawals, transfers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.funding import FundingEngine, FundingRecord, WithdrawRequest
from ..exchange.funding_channels import Channel
from . import Call, handler
from ._amounts import CURRENCY_PLACES, required_amount
from ._windows import DAY_MS, WindowRule, window

_HISTORY = WindowRule(
    "startTime",
    "endTime",
    reversed="account_range_exceeded",
    default_span_ms=90 * DAY_MS,
    max_span_ms=90 * DAY_MS,
    defaulted_error="account_default_range_exceeded",
)
"""At most 90 days (``account_range_exceeded``; ``account_default_range_exceeded`` when a bound was
defaulted: 90 days before now, and now)."""

_PLACES = 8


def _funding(call: Call) -> FundingEngine:
    engine: FundingEngine = call.exchange.funding
    return engine


def _optional(value: Decimal | None) -> str | None:
    return None if value is None else fmt(value)


def _channel_view(channel: Channel) -> dict[str, Any]:
    return {
        "currency": channel.code,
        "name": channel.name,
        "contract_address": channel.contract_address,
        "network": channel.network,
        "withdraw_enabled": channel.withdraw_enabled,
        "deposit_enabled": channel.deposit_enabled,
        "withdraw_minsize": fmt(channel.min_withdraw),
        "withdraw_minfee": fmt(channel.fee),
        "withdraw_fee": fmt(channel.fee),
        "withdraw_fee_estimate": fmt(channel.fee),
        "recharge_minsize": fmt(channel.min_deposit),
        "withdraw_maxsize": fmt(channel.max_withdraw),
    }


@handler("get_account_currencies")
def currencies(call: Call) -> dict[str, Any]:
    """Every channel, or those named in ``currencies`` (unknown names are left out, as BitMart does)."""
    engine = _funding(call)
    wanted = call.query.get("currencies")
    if wanted is None:
        channels = list(engine.channels.channels.values())
    else:
        names = wanted if isinstance(wanted, list) else str(wanted).split(",")
        known = engine.channels.channels
        channels = [known[n.strip().upper()] for n in names if n.strip().upper() in known]
    return {"currencies": [_channel_view(channel) for channel in channels]}


@handler("get_account_balance")
def balance(call: Call) -> dict[str, Any]:
    """The spot and fund wallets side by side, per currency held in either."""
    engine, account = _funding(call), call.account
    fund = account.fund
    only = call.query.get("currency")
    names = sorted(set(account.spot.currencies()) | set(fund.currencies()))
    if only is not None:
        names = [name for name in names if name == str(only).upper()]
    entries = []
    for name in names:
        spot, funded = account.spot.balance(name), fund.balance(name)
        if spot.total <= 0 and funded.total <= 0:
            continue
        entries.append(
            {
                "currency": name,
                "name": name,
                "available": fmt(spot.available, _PLACES),
                "frozen": fmt(spot.frozen, _PLACES),
                "unAvailable": fmt(Decimal(0), _PLACES),
                "available_usd_valuation": fmt(spot.available * engine.usd_price(name), _PLACES),
                "fundAvailable": fmt(funded.available, _PLACES),
                "fundFrozen": fmt(funded.frozen, _PLACES),
            }
        )
    return {"wallet": entries}


@handler("get_deposit_address")
def deposit_address(call: Call) -> dict[str, str]:
    """The caller's deposit address (and memo) for one channel."""
    channels = _funding(call).channels
    channel = channels.channel(call.query["currency"])
    address, memo = channels.deposit_address(call.account, channel)
    return {"currency": channel.code, "chain": channel.network, "address": address, "address_memo": memo}


@handler("get_withdraw_addresses")
def withdraw_addresses(call: Call) -> dict[str, Any]:
    """The withdrawal address book (managed on the website; the demo account has a few)."""
    entries = []
    for entry in _funding(call).channels.address_book(call.account):
        # currency only for standard addresses, network for standard and universal ones
        scope = {"currency": entry.currency, "network": entry.network}
        view: dict[str, Any] = {key: value for key, value in scope.items() if value is not None}
        view.update(
            address=entry.address,
            memo=entry.memo,
            remark=entry.remark,
            addressType=entry.address_type,
            verifyStatus=1 if entry.verified else 0,
        )
        entries.append(view)
    return {"list": entries}


def _record_view(record: FundingRecord, now: int) -> dict[str, Any]:
    withdrawal = record.kind == "withdraw"
    return {
        "withdraw_id": record.record_id if withdrawal else "",
        "deposit_id": "" if withdrawal else record.record_id,
        "operation_type": record.kind,
        "currency": record.channel.code,
        "apply_time": record.apply_time,
        "arrival_amount": fmt(record.amount),
        "fee": fmt(record.fee),
        "status": record.status(now),
        "address": record.address,
        "address_memo": record.memo,
        "tx_id": record.tx_id(now),
    }


@handler("get_deposit_withdraw_history")
def history(call: Call) -> dict[str, Any]:
    """Deposits or withdrawals in a time window of at most 90 days, newest first."""
    query = call.query
    span = window(_HISTORY, query, call.now)
    records = _funding(call).history(
        call.account, query["operation_type"], query.get("currency"), span.start, span.end, query["N"]
    )
    return {"records": [_record_view(record, call.now) for record in records]}


@handler("get_deposit_withdraw_detail")
def detail(call: Call) -> dict[str, Any]:
    """One deposit or withdrawal by its id (``account_record_not_found`` if the caller has none such)."""
    record = _funding(call).record(call.account, str(call.query["id"]))
    return {"record": _record_view(record, call.now)}


@handler("get_withdraw_quota")
def withdraw_quota(call: Call) -> dict[str, Any]:
    """What may still be withdrawn today, and the channel's terms."""
    engine = _funding(call)
    if call.account.is_sub:
        raise MockError("account_sub_account_forbidden")  # this operation's documented refusal
    channel = engine.withdraw_terms(call.account, call.query["currency"])
    return {
        "today_available_withdraw_BTC": fmt(engine.quota_left_btc(call.account, call.now), _PLACES),
        "min_withdraw": fmt(channel.min_withdraw),
        "withdraw_precision": channel.precision,
        "withdraw_fee": fmt(channel.fee),
        "withdraw_Precision_GeTen": channel.multiple,
    }


@handler("submit_withdraw")
def withdraw(call: Call) -> dict[str, str]:
    """Withdraw on chain (to an address-book entry) or to another BitMart account."""
    body = call.body
    request = WithdrawRequest(
        address=body.get("address"),
        memo=body.get("address_memo", ""),
        recipient_type=body.get("type"),
        recipient=body.get("value"),
        area_code=body.get("areaCode", ""),
        source=body.get("sourceAccount"),
    )
    amount = required_amount(body, "amount", invalid="account_withdraw_precision")
    record = _funding(call).withdraw(call.account, body["currency"], amount, request, call.now)
    return {"withdraw_id": record.record_id}


@handler("get_deposit_account")
def get_deposit_account(call: Call) -> dict[str, str]:
    """Which wallet deposits are credited to."""
    return {"account_type": _funding(call).deposit_account(call.account)}


@handler("set_deposit_account")
def set_deposit_account(call: Call) -> dict[str, str]:
    """Credit future deposits to another wallet."""
    engine = _funding(call)
    engine.set_deposit_account(call.account, call.body["account_type"])
    return {"account_type": engine.deposit_account(call.account)}


@handler("transfer_spot_fund")
def transfer(call: Call) -> dict[str, str]:
    """Move an amount between the spot and the fund wallet."""
    body = call.body
    amount = required_amount(
        body,
        "amount",
        invalid="account_amount_not_positive",
        places=CURRENCY_PLACES,
        precision="account_invalid_request",
    )
    asset = _funding(call).transfer(call.account, body["currency"], amount, body["type"])
    return {"currency": asset, "amount": fmt(amount)}


@handler("get_api_key_info")
def api_key_info(call: Call) -> dict[str, Any]:
    """The retired key-information endpoint: what the mock knows of the calling key (never its secret)."""
    credential = call.credential
    if credential is None:
        raise MockError("key_empty")
    return {
        "apiKey": credential.key,
        "permissions": sorted(credential.permissions),
        "uid": call.account.uid,
    }
