"""Sub-account: transfers, their records, the sub-accounts' wallets and the sub-account list.

Transfers go between a main account and its sub-accounts, spot wallet to spot wallet or futures
wallet to futures wallet. Paths with ``/main/`` take the main account's key (a sub-account key
gets ``account_sub_account_forbidden``), paths with ``/sub/`` the sub-account's own key (a main key gets
``account_sub_account_only``); the two transfer histories take either and list the caller's own transfers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.accounts import Account
from ..exchange.subaccounts import Family, SubTransfer, organisation, wallet_of
from . import Call, handler
from ._amounts import CURRENCY_PLACES, required_amount
from .spot_market import CURRENCY_NAMES

_WALLET_PLACES = 8
_WALLET_TYPES: dict[Family, str] = {"spot": "spot", "futures": "future"}


# ---- who is calling ------------------------------------------------------------------------------
def _main_caller(call: Call) -> Account:
    """The caller's account, a main account (``account_sub_account_forbidden`` for a sub-account key)."""
    account = call.account
    if account.is_sub:
        raise MockError("account_sub_account_forbidden")
    return account


def _sub_caller(call: Call) -> Account:
    """The caller's account, an active sub-account.

    Raises ``account_sub_account_only`` for a main key, ``account_frozen_by_main`` if frozen.
    """
    account = call.account
    if not account.is_sub:
        raise MockError("account_sub_account_only")
    call.exchange.subaccounts.check_active(account)
    return account


def _sub(main: Account, params: dict[str, Any], field: str) -> Account:
    """The sub-account of ``main`` named by ``field`` (``account_sub_account_not_found`` naming it)."""
    name = params[field]
    try:
        return main.sub(name)
    except MockError:
        raise MockError(
            "account_sub_account_not_found", f"The specified sub-account could not be found: {field}={name}"
        ) from None


def _amount(call: Call) -> Decimal:
    return required_amount(
        call.body,
        "amount",
        invalid="account_amount_not_positive",
        places=CURRENCY_PLACES,
        precision="account_invalid_request",
    )


def _move(call: Call, family: Family, source: Account, target: Account) -> dict[str, Any]:
    call.exchange.subaccounts.transfer(
        family, source, target, call.body["currency"], _amount(call), call.body["requestNo"], call.now
    )
    return {}


# ---- transfers -------------------------------------------------------------------------------------
_MAIN_AND_SUB: dict[str, tuple[Family, Literal["pull", "send", "push"]]] = {
    "transfer_sub_to_main_spot_as_main": ("spot", "pull"),
    "transfer_sub_to_main_spot_as_sub": ("spot", "push"),
    "transfer_main_to_sub_spot_as_main": ("spot", "send"),
    "transfer_sub_to_main_futures_as_main": ("futures", "pull"),
    "transfer_main_to_sub_futures_as_main": ("futures", "send"),
    "transfer_sub_to_main_futures_as_sub": ("futures", "push"),
}
"""Transfers between a main account and one of its sub-accounts: the wallets, and which way.
``pull``: the calling main account takes from ``subAccount``; ``send``: it gives to
``subAccount``; ``push``: the calling sub-account gives to its main account."""


@handler(*_MAIN_AND_SUB)
def main_and_sub(call: Call) -> dict[str, Any]:
    """Move spot funds or futures USDT between a main account and one of its sub-accounts."""
    family, way = _MAIN_AND_SUB[call.op.operation_id]
    if way == "push":
        sub = _sub_caller(call)
        return _move(call, family, sub, organisation(sub))
    main = _main_caller(call)
    sub = _sub(main, call.body, "subAccount")
    return _move(call, family, sub, main) if way == "pull" else _move(call, family, main, sub)


@handler("transfer_sub_to_sub_spot_as_main")
def sub_to_sub_spot_as_main(call: Call) -> dict[str, Any]:
    """Move spot funds between two of the caller's sub-accounts.

    An unknown source is ``account_sub_account_not_found``, an unknown destination
    ``account_target_not_found``.
    """
    main = _main_caller(call)
    source = _sub(main, call.body, "fromAccount")
    target = _sibling(main, call.body["toAccount"], "toAccount")
    if target is source:
        raise MockError(
            "account_invalid_request", "Invalid request: fromAccount and toAccount are the same sub-account"
        )
    return _move(call, "spot", source, target)


@handler("transfer_sub_to_sub_spot_as_sub_v1")
def sub_to_sub_spot_as_sub(call: Call) -> dict[str, Any]:
    """Retired: move spot funds from the calling sub-account to a sibling ``subAccount``."""
    sub = _sub_caller(call)
    target = _sibling(organisation(sub), call.body["subAccount"], "subAccount")
    if target is sub:
        raise MockError("account_invalid_request", "Invalid request: subAccount is the calling sub-account")
    return _move(call, "spot", sub, target)


def _sibling(main: Account, name: str, field: str) -> Account:
    """A destination sub-account of ``main`` (``account_target_not_found`` for an unknown one)."""
    try:
        return main.sub(name)
    except MockError:
        raise MockError("account_target_not_found", f"ToAccount not found: {field}={name}") from None


# ---- records -------------------------------------------------------------------------------------
def _record(record: SubTransfer) -> dict[str, Any]:
    wallet_type = _WALLET_TYPES[record.family]
    return {
        "fromAccount": record.source.name,
        "fromWalletType": wallet_type,
        "toAccount": record.target.name,
        "toWalletType": wallet_type,
        "currency": record.currency,
        "amount": fmt(record.amount.normalize()),
        "submissionTime": record.time_ms // 1000,
    }


def _records(
    call: Call, family: Family, limit: int, involving: Account | None, main: Account
) -> list[dict[str, Any]]:
    found = call.exchange.subaccounts.history(family, main, call.now, limit, involving)
    return [_record(record) for record in found]


def _page(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": len(records), "historyList": records}


@handler("get_sub_account_spot_transfers_as_main")
def spot_transfers_as_main(call: Call) -> dict[str, Any]:
    """Spot transfers of every sub-account of the caller, or of ``accountName`` only."""
    main = _main_caller(call)
    name = call.query.get("accountName")
    involving = _sub(main, call.query, "accountName") if name else None
    return _page(_records(call, "spot", call.query["N"], involving, main))


@handler("get_sub_account_spot_transfers")
def spot_transfers(call: Call) -> dict[str, Any]:
    """Spot transfers the calling account (main or sub) took part in."""
    account = call.account
    return _page(_records(call, "spot", call.query["N"], account, organisation(account)))


@handler("get_sub_account_futures_transfers_as_main")
def futures_transfers_as_main(call: Call) -> list[dict[str, Any]]:
    """Futures transfers of the sub-account ``subAccount``, as a bare list."""
    main = _main_caller(call)
    sub = _sub(main, call.query, "subAccount")
    return _records(call, "futures", call.query["limit"], sub, main)


@handler("get_sub_account_futures_transfers")
def futures_transfers(call: Call) -> list[dict[str, Any]]:
    """Futures transfers the calling account (main or sub) took part in, as a bare list."""
    account = call.account
    return _records(call, "futures", call.query["limit"], account, organisation(account))


# ---- wallets and the list ------------------------------------------------------------------------
def _wallet(call: Call, family: Family) -> dict[str, Any]:
    main = _main_caller(call)
    sub = _sub(main, call.query, "subAccount")
    wallet = wallet_of(sub, family)
    wanted = call.query.get("currency")
    if wanted and not call.exchange.subaccounts.known_currency(wanted.upper()):
        raise MockError("account_currency_not_found", f"currency does not exist: {wanted}")
    entries = []
    for currency in wallet.currencies():
        balance = wallet.balance(currency)
        if balance.total <= 0 or (wanted and currency != wanted.upper()):
            continue
        # The futures wallet names USDT by its code, the spot wallet by its full name (BitMart's examples).
        name = CURRENCY_NAMES.get(currency, currency) if family == "spot" else currency
        entries.append(
            {
                "currency": currency,
                "name": name,
                "available": fmt(balance.available, _WALLET_PLACES),
                "frozen": fmt(balance.frozen, _WALLET_PLACES),
            }
        )
    return {"wallet": entries}


@handler("get_sub_account_spot_wallet")
def spot_wallet(call: Call) -> dict[str, Any]:
    """The spot balances of ``subAccount`` (non-zero only, optionally one currency)."""
    return _wallet(call, "spot")


@handler("get_sub_account_futures_wallet")
def futures_wallet(call: Call) -> dict[str, Any]:
    """The futures balances of ``subAccount`` (non-zero only, optionally one currency)."""
    return _wallet(call, "futures")


@handler("get_sub_accounts")
def sub_accounts(call: Call) -> dict[str, Any]:
    """Every sub-account of the calling main account with its status."""
    main = _main_caller(call)
    engine = call.exchange.subaccounts
    return {"subAccountList": [{"accountName": sub.name, "status": engine.status(sub)} for sub in main.subs]}
