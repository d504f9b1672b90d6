"""The principal of flexible Earn positions, rebuilt from the records (shared by withdraw-all's
snapshot and ``bitmart inventory``): known only when the records can be trusted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bitmart_withdraw.earn import position_principals, product_principals


def record(product: str, amount: Any, status: str | None = "SUCCESS", record_id: str = "r") -> dict[str, Any]:
    found = {"productId": product, "amount": amount, "recordId": record_id}
    return found if status is None else {**found, "status": status}


def test_subscriptions_minus_redemptions_per_product() -> None:
    subscribed = [record("1001", "1000"), record("1001", Decimal("0.5"), None), record("1002", "2")]
    redeemed = [record("1001", "400.25")]
    assert product_principals(subscribed, redeemed) == {"1001": Decimal("600.25"), "1002": Decimal(2)}


def test_a_record_not_successful_makes_the_product_unknown() -> None:
    found = product_principals([record("1001", "10"), record("1001", "5", "PENDING", "r7")], [])
    assert found == {"1001": "record r7 is PENDING"}


def test_each_position_gets_its_product_or_the_reason_it_cannot() -> None:
    positions = [
        {"earnId": "a", "productId": "1001"},
        {"earnId": "b", "productId": "1002"},
        {"earnId": "c", "productId": "1002"},
        {"earnId": "d", "productId": "1003", "amount": "7.5"},
        {"earnId": "e", "productId": "1004"},
    ]
    found = position_principals(positions, {"1001": Decimal(3), "1002": Decimal(4)})
    assert found == {
        "a": Decimal(3),
        "b": "2 positions share product 1002 and its records",
        "c": "2 positions share product 1002 and its records",
        "d": Decimal("7.5"),
        "e": "no records of product 1004",
    }


def test_a_record_without_a_readable_amount_makes_the_product_unknown() -> None:
    found = product_principals(
        [record("1002", "1"), record("1001", 1.5, record_id="r9")], [record("1001", None)]
    )
    assert found == {"1002": Decimal(1), "1001": "record r9 amount: 1.5 is not an amount"}
