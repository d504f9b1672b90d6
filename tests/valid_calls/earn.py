"""Valid calls of Earn: amounts within a product's limits, and open positions to act on."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from valid_calls import Context, Prepare

_numbers = itertools.count(10**19)


def _request_no() -> str:
    return str(next(_numbers))


def _position(ctx: Context, product_id: str) -> str:
    with ctx.app.lock:
        earn = ctx.app.exchange.earn
        account = ctx.app.exchange.account("main")
        return earn.subscribe(
            account, earn.product(product_id, fixed=product_id.startswith("2")), Decimal(500), _request_no()
        )


def _body(**fields: Any) -> dict[str, Any]:
    return {"body": fields}


VALID_CALLS: dict[str, Prepare] = {
    "subscribe_earn_flexible": lambda ctx: _body(productId="1001", amount="100", requestNo=_request_no()),
    "redeem_earn_flexible": lambda ctx: _body(
        earnId=_position(ctx, "1001"), amount="100", requestNo=_request_no()
    ),
    "subscribe_earn_fixed": lambda ctx: _body(
        productId="2001", amount="200", requestNo=_request_no(), autoSubscribe="OFF"
    ),
    "redeem_earn_fixed_early": lambda ctx: _body(earnId=_position(ctx, "2001"), requestNo=_request_no()),
    "set_earn_fixed_auto_renewal": lambda ctx: _body(
        earnId=_position(ctx, "2001"), autoSubscribe="REINVEST_FIXED"
    ),
    "set_earn_flexible_auto_subscribe": lambda ctx: _body(productId="1001", autoSubscribe="open"),
    "get_earn_flexible_auto_subscribe_status": lambda ctx: {"product_id": "1001"},
}
