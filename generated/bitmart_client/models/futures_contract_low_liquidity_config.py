from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesContractLowLiquidityConfig")


@_attrs_define
class FuturesContractLowLiquidityConfig:
    """Rules that apply while a TradFi contract is in its low-liquidity session.

    Attributes:
        mark_price_bound_ratio (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
            precision is lost.
    """

    mark_price_bound_ratio: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        mark_price_bound_ratio = decimal_text(
            self.mark_price_bound_ratio, self._sent_fields, "mark_price_bound_ratio"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mark_price_bound_ratio is not UNSET:
            field_dict["mark_price_bound_ratio"] = mark_price_bound_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mark_price_bound_ratio = d.pop("mark_price_bound_ratio", UNSET)
        if mark_price_bound_ratio.__class__ is str:
            try:
                mark_price_bound_ratio = Decimal(mark_price_bound_ratio)
            except ArithmeticError:
                mark_price_bound_ratio = note(
                    "FuturesContractLowLiquidityConfig",
                    "mark_price_bound_ratio",
                    "decimal",
                    mark_price_bound_ratio,
                )
        elif mark_price_bound_ratio is not UNSET:
            mark_price_bound_ratio = note(
                "FuturesContractLowLiquidityConfig",
                "mark_price_bound_ratio",
                "decimal",
                mark_price_bound_ratio,
            )

        futures_contract_low_liquidity_config = cls(
            mark_price_bound_ratio=mark_price_bound_ratio,
        )
        futures_contract_low_liquidity_config._sent_fields = src_dict

        if d:
            note_extra("FuturesContractLowLiquidityConfig", d)
        futures_contract_low_liquidity_config.additional_properties = d
        return futures_contract_low_liquidity_config

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
