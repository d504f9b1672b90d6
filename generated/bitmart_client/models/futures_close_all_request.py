from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.futures_close_all_contract_type import (
    FuturesCloseAllContractType,
    check_futures_close_all_contract_type,
)
from ..models.futures_close_all_position_side import (
    FuturesCloseAllPositionSide,
    check_futures_close_all_position_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesCloseAllRequest")


@_attrs_define
class FuturesCloseAllRequest:
    """
    Attributes:
        contract_type (FuturesCloseAllContractType): 1 USDT-margined futures, 2 coin-margined futures.
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        position_side (FuturesCloseAllPositionSide | Unset): Close only long or only short positions.
    """

    contract_type: FuturesCloseAllContractType
    symbol: str | Unset = UNSET
    position_side: FuturesCloseAllPositionSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_type: int = self.contract_type

        symbol = self.symbol

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractType": contract_type,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if position_side is not UNSET:
            field_dict["position_side"] = position_side
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_type: FuturesCloseAllContractType
        _contract_type = d.pop("contractType", UNSET)
        contract_type = check_futures_close_all_contract_type(
            _contract_type, "FuturesCloseAllRequest", "contractType"
        )

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str and symbol is not UNSET:
            symbol = note("FuturesCloseAllRequest", "symbol", "str", symbol)

        position_side: FuturesCloseAllPositionSide | Unset
        _position_side = d.pop("position_side", UNSET)
        position_side = (
            _position_side
            if _position_side is UNSET
            else check_futures_close_all_position_side(
                _position_side, "FuturesCloseAllRequest", "position_side"
            )
        )

        futures_close_all_request = cls(
            contract_type=contract_type,
            symbol=symbol,
            position_side=position_side,
        )

        if d:
            note_extra("FuturesCloseAllRequest", d)
        futures_close_all_request.additional_properties = d
        return futures_close_all_request

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
