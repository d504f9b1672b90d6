from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="BrokerRebate")


@_attrs_define
class BrokerRebate:
    """The rebate paid in one currency on one day.

    Attributes:
        currency (str): Currency of the rebate, e.g. `USDT`.
        rebate_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str
    rebate_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        rebate_amount = decimal_text(
            self.rebate_amount, self._sent_fields, "rebate_amount"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "rebate_amount": rebate_amount,
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
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("BrokerRebate", "currency", "str", currency)

        rebate_amount = d.pop("rebate_amount", UNSET)
        if rebate_amount.__class__ is str:
            try:
                rebate_amount = Decimal(rebate_amount)
            except ArithmeticError:
                rebate_amount = note(
                    "BrokerRebate", "rebate_amount", "decimal", rebate_amount
                )
        else:
            rebate_amount = note(
                "BrokerRebate", "rebate_amount", "decimal", rebate_amount
            )

        broker_rebate = cls(
            currency=currency,
            rebate_amount=rebate_amount,
        )
        broker_rebate._sent_fields = src_dict

        if d:
            note_extra("BrokerRebate", d)
        broker_rebate.additional_properties = d
        return broker_rebate

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
