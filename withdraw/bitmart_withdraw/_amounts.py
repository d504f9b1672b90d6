"""Exact amount arithmetic: rounding down to BitMart's formats, splitting withdrawals."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from .errors import SnapshotError
from .snapshot import ZERO, WithdrawTerms

TRANSFER_PLACES = 8
"""BitMart's transfers take amounts with at most 8 decimal places."""
MAX_WITHDRAWALS = 20
"""Withdrawals of one currency in one plan; more would mean a maximum far below the balance."""


def round_down(amount: Decimal, places: int) -> Decimal:
    """``amount`` cut (never rounded up) to ``places`` decimal places."""
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def to_text(amount: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros, as sent to BitMart (``12.5``)."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def on_the_wire(amount: Decimal) -> Decimal:
    """``amount`` as it is sent: the same value, spelt like :func:`to_text` (``12.5``, not ``12.50``)."""
    return Decimal(to_text(amount))


def withdrawable(amount: Decimal, terms: WithdrawTerms, maximum: Decimal | None) -> Decimal:
    """The largest amount BitMart accepts from ``amount`` (fee excluded): precision, multiple, maximum."""
    if maximum is not None:
        amount = min(amount, maximum)
    amount = round_down(amount, terms.precision)
    if terms.multiple:
        amount = (amount // terms.multiple) * terms.multiple
    return max(amount, ZERO)


def split_withdrawals(
    available: Decimal, terms: WithdrawTerms, maximum: Decimal | None
) -> tuple[list[Decimal], Decimal]:
    """The withdrawals that empty ``available`` (each paying the fee on top), and what is left.

    Each amount is at most ``maximum``, at least the minimum, in the withdrawal format; what
    remains is below ``minimum + fee`` (dust), or beyond :data:`MAX_WITHDRAWALS` withdrawals.
    """
    amounts: list[Decimal] = []
    rest = available
    while len(amounts) < MAX_WITHDRAWALS:
        amount = withdrawable(rest - terms.fee, terms, maximum)
        if amount <= 0 or amount < terms.min_withdraw:
            break
        amounts.append(amount)
        rest -= amount + terms.fee
    return amounts, rest


def parse_amount(value: object, what: str) -> Decimal:
    """An amount of an answer (text, integer or Decimal) as ``Decimal``; else ``SnapshotError``."""
    try:
        if isinstance(value, str | int | Decimal) and not isinstance(value, bool):
            amount = Decimal(str(value))
            if amount.is_finite():
                return amount
    except ArithmeticError:
        pass
    raise SnapshotError(f"{what}: {value!r} is not an amount")


__all__ = [
    "MAX_WITHDRAWALS",
    "TRANSFER_PLACES",
    "parse_amount",
    "round_down",
    "split_withdrawals",
    "to_text",
    "withdrawable",
]
