"""Valid calls of the sub-account operations, between the demo main account and its sub-accounts.

The samples name an unknown sub-account (``desk-a@example.com``, 61003) and share one
``requestNo``, which BitMart accepts only once (61004). Every transfer therefore gets a fresh
number and the demo sub-accounts: ``sub1@demo.mock`` (1000 USDT in spot and futures) and the
empty ``sub2@demo.mock``. The sample amount (0.001 USDT) fits every source wallet. Transfers
only a sub-account's key may make are signed with ``SUB_ACCOUNT``, the key of ``sub1``.
"""

from __future__ import annotations

import itertools
from typing import Any

from valid_calls import CREDENTIAL, SUB_ACCOUNT, Context, Prepare

SUB1 = "sub1@demo.mock"
SUB2 = "sub2@demo.mock"
_numbers = itertools.count(1)


def _request_no() -> str:
    return f"valid-call-{next(_numbers)}"


def _from_main(ctx: Context) -> dict[str, Any]:
    return {"body": {"requestNo": _request_no(), "subAccount": SUB1}}


def _from_sub(ctx: Context) -> dict[str, Any]:
    return {"body": {"requestNo": _request_no()}, CREDENTIAL: SUB_ACCOUNT.key}


def _sub_to_sub_as_main(ctx: Context) -> dict[str, Any]:
    return {"body": {"requestNo": _request_no(), "fromAccount": SUB1, "toAccount": SUB2}}


def _sub_to_sub_as_sub(ctx: Context) -> dict[str, Any]:
    return {"body": {"requestNo": _request_no(), "subAccount": SUB2}, CREDENTIAL: SUB_ACCOUNT.key}


def _of_sub1(ctx: Context) -> dict[str, Any]:
    return {"sub_account": SUB1}


VALID_CALLS: dict[str, Prepare] = {
    "transfer_sub_to_main_spot_as_main": _from_main,
    "transfer_main_to_sub_spot_as_main": _from_main,
    "transfer_sub_to_main_spot_as_sub": _from_sub,
    "transfer_sub_to_sub_spot_as_main": _sub_to_sub_as_main,
    "transfer_sub_to_sub_spot_as_sub_v1": _sub_to_sub_as_sub,
    "transfer_sub_to_main_futures_as_main": _from_main,
    "transfer_main_to_sub_futures_as_main": _from_main,
    "transfer_sub_to_main_futures_as_sub": _from_sub,
    "get_sub_account_spot_wallet": _of_sub1,
    "get_sub_account_futures_wallet": _of_sub1,
    "get_sub_account_futures_transfers_as_main": _of_sub1,
}
