"""Where each currency goes: the destinations file.

TOML, because it is read by people before it moves their money: it allows comments (which
address is which wallet), has no quoting or trailing-comma traps, and Python 3.11 reads it
without a dependency (``tomllib``). One table per currency, named as the wallets name it
(``USDT``, not ``USDT-TRC20``)::

    [destinations.USDT]
    network = "TRC20"                               # as get_account_currencies names it
    address = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"

    [destinations.XRP]
    network = "XRP"
    address = "rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy"
    memo = "2837461"                                # tag, memo or payment id, if the chain has one

Every problem is one line naming the field: ``destinations.USDT.address: missing``. The file
says where funds may go; whether BitMart's whitelist holds that address for that currency and
network is checked against the account when planning.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DestinationsError

_CURRENCY = re.compile(r"^[A-Z0-9][A-Z0-9._]{0,31}$")
_FIELDS = {"network": True, "address": True, "memo": False}
"""Field name -> required."""


@dataclass(frozen=True)
class Destination:
    """Where one currency is withdrawn to."""

    currency: str
    network: str
    address: str
    memo: str = ""


def load_destinations(path: str | Path) -> dict[str, Destination]:
    """Read and check a destinations file; raise :class:`DestinationsError` naming the field."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DestinationsError(f"{source}: cannot read: {error}") from None
    return parse_destinations(text, str(source))


def parse_destinations(text: str, where: str = "destinations") -> dict[str, Destination]:
    """Check the TOML text of a destinations file; the result is keyed by currency."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DestinationsError(f"{where}: not valid TOML: {error}") from None
    unknown = sorted(set(document) - {"destinations"})
    if unknown:
        raise DestinationsError(f"{where}: {unknown[0]}: unknown setting (only [destinations.<CURRENCY>])")
    tables = document.get("destinations")
    if not isinstance(tables, dict) or not tables:
        raise DestinationsError(f"{where}: destinations: missing (add a [destinations.<CURRENCY>] table)")
    found: dict[str, Destination] = {}
    for name, table in tables.items():
        destination = _destination(where, name, table)
        if destination.currency in found:
            raise DestinationsError(f"{where}: destinations.{name}: {destination.currency} is given twice")
        found[destination.currency] = destination
    return found


def _destination(where: str, name: str, table: Any) -> Destination:
    prefix = f"{where}: destinations.{name}"
    currency = name.upper()
    if not _CURRENCY.match(currency):
        raise DestinationsError(
            f"{prefix}: not a currency name (use the asset, e.g. USDT, and put the network in `network`)"
        )
    if not isinstance(table, dict):
        raise DestinationsError(f"{prefix}: must be a table with network and address")
    unknown = sorted(set(table) - set(_FIELDS))
    if unknown:
        raise DestinationsError(f"{prefix}.{unknown[0]}: unknown field (known: network, address, memo)")
    values = {field: _text(prefix, field, table, required) for field, required in _FIELDS.items()}
    if any(character.isspace() for character in values["address"]):
        raise DestinationsError(f"{prefix}.address: must not contain spaces")
    return Destination(currency, values["network"], values["address"], values["memo"])


def _text(prefix: str, field: str, table: Mapping[str, Any], required: bool) -> str:
    value = table.get(field)
    if value is None:
        if required:
            raise DestinationsError(f"{prefix}.{field}: missing")
        return ""
    if not isinstance(value, str):
        raise DestinationsError(f"{prefix}.{field}: must be a string in quotes, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise DestinationsError(f"{prefix}.{field}: must not be empty")
    return value


__all__ = ["Destination", "load_destinations", "parse_destinations"]
