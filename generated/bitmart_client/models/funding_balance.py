from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingBalance")


@_attrs_define
class FundingBalance:
    """The account's balance of one currency.

    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        name (str): Display name, e.g. `Bitcoin`.
        available (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        un_available (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        available_usd_valuation (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no
            value.
        fund_available (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        fund_frozen (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str
    name: str
    available: Decimal
    frozen: Decimal
    un_available: Decimal | Unset = UNSET
    available_usd_valuation: Decimal | None | Unset = UNSET
    fund_available: Decimal | Unset = UNSET
    fund_frozen: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        name = self.name

        available = decimal_text(self.available, self._sent_fields, "available")

        frozen = decimal_text(self.frozen, self._sent_fields, "frozen")

        un_available = decimal_text(self.un_available, self._sent_fields, "unAvailable")

        available_usd_valuation: None | str | Unset
        if isinstance(self.available_usd_valuation, Unset):
            available_usd_valuation = UNSET
        elif isinstance(self.available_usd_valuation, Decimal):
            available_usd_valuation = decimal_text(
                self.available_usd_valuation,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            available_usd_valuation = self.available_usd_valuation

        fund_available = decimal_text(
            self.fund_available, self._sent_fields, "fundAvailable"
        )

        fund_frozen = decimal_text(self.fund_frozen, self._sent_fields, "fundFrozen")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "name": name,
                "available": available,
                "frozen": frozen,
            }
        )
        if un_available is not UNSET:
            field_dict["unAvailable"] = un_available
        if available_usd_valuation is not UNSET:
            field_dict["available_usd_valuation"] = available_usd_valuation
        if fund_available is not UNSET:
            field_dict["fundAvailable"] = fund_available
        if fund_frozen is not UNSET:
            field_dict["fundFrozen"] = fund_frozen
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("FundingBalance", "currency", "str", currency)

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = note("FundingBalance", "name", "str", name)

        available = d.pop("available", UNSET)
        if available.__class__ is str:
            try:
                available = Decimal(available)
            except ArithmeticError:
                available = note("FundingBalance", "available", "decimal", available)
        else:
            available = note("FundingBalance", "available", "decimal", available)

        frozen = d.pop("frozen", UNSET)
        if frozen.__class__ is str:
            try:
                frozen = Decimal(frozen)
            except ArithmeticError:
                frozen = note("FundingBalance", "frozen", "decimal", frozen)
        else:
            frozen = note("FundingBalance", "frozen", "decimal", frozen)

        un_available = d.pop("unAvailable", UNSET)
        if un_available.__class__ is str:
            try:
                un_available = Decimal(un_available)
            except ArithmeticError:
                un_available = note(
                    "FundingBalance", "unAvailable", "decimal", un_available
                )
        elif un_available is not UNSET:
            un_available = note(
                "FundingBalance", "unAvailable", "decimal", un_available
            )

        def _parse_available_usd_valuation(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(
                    data, "FundingBalance", "available_usd_valuation", False
                )
            if data is None:
                return None
            if data is UNSET:
                return data
            return note(
                "FundingBalance", "available_usd_valuation", "decimal|None", data
            )

        available_usd_valuation = d.pop("available_usd_valuation", UNSET)
        available_usd_valuation = _parse_available_usd_valuation(
            available_usd_valuation
        )

        fund_available = d.pop("fundAvailable", UNSET)
        if fund_available.__class__ is str:
            try:
                fund_available = Decimal(fund_available)
            except ArithmeticError:
                fund_available = note(
                    "FundingBalance", "fundAvailable", "decimal", fund_available
                )
        elif fund_available is not UNSET:
            fund_available = note(
                "FundingBalance", "fundAvailable", "decimal", fund_available
            )

        fund_frozen = d.pop("fundFrozen", UNSET)
        if fund_frozen.__class__ is str:
            try:
                fund_frozen = Decimal(fund_frozen)
            except ArithmeticError:
                fund_frozen = note(
                    "FundingBalance", "fundFrozen", "decimal", fund_frozen
                )
        elif fund_frozen is not UNSET:
            fund_frozen = note("FundingBalance", "fundFrozen", "decimal", fund_frozen)

        funding_balance = cls(
            currency=currency,
            name=name,
            available=available,
            frozen=frozen,
            un_available=un_available,
            available_usd_valuation=available_usd_valuation,
            fund_available=fund_available,
            fund_frozen=fund_frozen,
        )
        funding_balance._sent_fields = src_dict

        if d:
            note_extra("FundingBalance", d)
        funding_balance.additional_properties = d
        return funding_balance

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
