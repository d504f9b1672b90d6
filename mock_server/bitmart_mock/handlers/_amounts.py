"""Amounts in requests: the one place a request's decimal string becomes a ``Decimal``.

BitMart refuses an amount it cannot hold exactly: more decimals than the currency has, or more
significant digits than its 28-digit decimals keep. The mock does the same, so that no amount
it accepts can be rounded when it moves between wallets.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypedDict, Unpack

from ..errors import MockError
from ..exchange._common import decimal_places

MAX_DIGITS = 28
"""Significant digits an amount may have (BitMart's decimals hold 28)."""
CURRENCY_PLACES = 8
"""Decimals of a currency amount (balances, transfers, loans, savings)."""


def parse_decimal(value: object, *, field: str, invalid: str) -> Decimal:
    """``value`` as a finite ``Decimal`` of at most 28 significant digits, or the error ``invalid``."""
    try:
        result = Decimal(str(value)) if isinstance(value, (str, int, float)) else None
    except (InvalidOperation, ValueError):
        result = None
    if result is None or not result.is_finite():
        raise MockError(invalid, f"Invalid {field}: {value!r} is not a decimal number")
    digits = len(result.normalize().as_tuple().digits)
    if digits > MAX_DIGITS or result.adjusted() >= MAX_DIGITS:
        raise MockError(invalid, f"Invalid {field}: {value!r} has more than {MAX_DIGITS} digits")
    return result


class Decimals(TypedDict, total=False):
    """How many decimals an amount may have, and which error refuses more.

    ``places``: at most this many (default: any); ``precision``: the error (default: ``invalid``).
    """

    places: int | None
    precision: str | None


def amount(
    params: Mapping[str, Any], name: str, *, invalid: str, **decimals: Unpack[Decimals]
) -> Decimal | None:
    """The decimal parameter ``name`` (``None`` when absent).

    Refused with ``invalid`` when it is not a decimal or has more than 28 digits, and with
    ``precision`` (default ``invalid``) when it has more than ``places`` decimals.
    """
    value = params.get(name)
    if value is None:
        return None
    places, precision = decimals.get("places"), decimals.get("precision")
    result = parse_decimal(value, field=name, invalid=invalid)
    if places is not None and decimal_places(result) > places:
        raise MockError(precision or invalid, f"Invalid {name}: at most {places} decimal places")
    if places is not None and result.adjusted() + 1 + places > MAX_DIGITS:
        raise MockError(invalid, f"Invalid {name}: {value!r} is too large")
    return result


def required_amount(
    params: Mapping[str, Any], name: str, *, invalid: str, **decimals: Unpack[Decimals]
) -> Decimal:
    """Like ``amount``, for a parameter the schema requires (so it is present)."""
    found = amount(params, name, invalid=invalid, **decimals)
    if found is None:
        raise MockError(invalid, f"Invalid {name}: missing")
    return found


__all__ = ["CURRENCY_PLACES", "MAX_DIGITS", "Decimals", "amount", "parse_decimal", "required_amount"]
