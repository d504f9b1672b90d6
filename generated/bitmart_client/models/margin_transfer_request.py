from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.margin_transfer_side import MarginTransferSide, check_margin_transfer_side
from ..types import UNSET

T = TypeVar("T", bound="MarginTransferRequest")


@_attrs_define
class MarginTransferRequest:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        side (MarginTransferSide): `in`: from the spot wallet into the pair's isolated margin account; `out`: from the
            pair's isolated margin account back to the spot wallet.
    """

    symbol: str
    currency: str
    amount: Decimal
    side: MarginTransferSide
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        side: str = self.side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "currency": currency,
                "amount": amount,
                "side": side,
            }
        )
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("MarginTransferRequest", "symbol", "str", symbol)

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("MarginTransferRequest", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("MarginTransferRequest", "amount", "decimal", amount)
        else:
            amount = note("MarginTransferRequest", "amount", "decimal", amount)

        side: MarginTransferSide
        _side = d.pop("side", UNSET)
        side = check_margin_transfer_side(_side, "MarginTransferRequest", "side")

        margin_transfer_request = cls(
            symbol=symbol,
            currency=currency,
            amount=amount,
            side=side,
        )
        margin_transfer_request._sent_fields = src_dict

        if d:
            note_extra("MarginTransferRequest", d)
        margin_transfer_request.additional_properties = d
        return margin_transfer_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
