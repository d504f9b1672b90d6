"""The principal of flexible Earn positions, which BitMart's position list does not give.

No source shows an amount in ``get_earn_flexible_positions`` (spec/NOTES.md, "What withdraw-all
relies on"), so a position's principal is rebuilt from the flexible records: per product, the
subscriptions minus the redemptions. It is unknown, with the reason, when two positions share a
product (the records cannot be split between them), or a record of the product is not
``SUCCESS`` or has no readable amount. An ``amount`` field is used as it is if BitMart ever sends one.

Sans-IO: callers pass BitMart's records as JSON objects (``to_dict()`` of the generated models,
or the decoded answer), so ``bitmart withdraw-all``'s snapshot and ``bitmart inventory`` read the
same principal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from ._amounts import parse_amount
from .errors import SnapshotError

Principal = Decimal | str
"""The amount, or why it cannot be known."""


def product_principals(
    subscriptions: Iterable[Mapping[str, Any]], redemptions: Iterable[Mapping[str, Any]]
) -> dict[str, Principal]:
    """Per flexible product: subscribed minus redeemed, or why the records cannot be trusted."""
    found: dict[str, Principal] = {}
    for records, sign in ((subscriptions, 1), (redemptions, -1)):
        for record in records:
            product = str(record.get("productId"))
            so_far = found.get(product, Decimal(0))
            if isinstance(so_far, str):
                continue
            status = record.get("status")
            status = status if isinstance(status, str) else "SUCCESS"
            if status.upper() != "SUCCESS":
                found[product] = f"record {record.get('recordId')} is {status}"
                continue
            try:
                amount = parse_amount(record.get("amount"), f"record {record.get('recordId')} amount")
            except SnapshotError as error:
                found[product] = str(error)  # a record without its amount: the sum cannot be known
                continue
            found[product] = so_far + sign * amount
    return found


def position_principals(
    positions: Sequence[Mapping[str, Any]], by_product: Mapping[str, Principal]
) -> dict[str, Principal]:
    """Per flexible position (by ``earnId``): its principal, or why it cannot be known."""
    per_product = Counter(str(position.get("productId")) for position in positions)
    found: dict[str, Principal] = {}
    for position in positions:
        earn_id, product = str(position.get("earnId")), str(position.get("productId"))
        declared = position.get("amount")
        if declared is not None:
            found[earn_id] = parse_amount(declared, f"Earn position {earn_id} amount")
        elif per_product[product] > 1:
            found[earn_id] = f"{per_product[product]} positions share product {product} and its records"
        else:
            found[earn_id] = by_product.get(product, f"no records of product {product}")
    return found


__all__ = ["Principal", "position_principals", "product_principals"]
