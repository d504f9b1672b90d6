from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesCancelAllAfterRequest")


@_attrs_define
class FuturesCancelAllAfterRequest:
    """
    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        timeout (int): Countdown in **seconds**, at least 5; `0` disarms the countdown. Sending the
            request again replaces the running countdown.
    """

    symbol: str
    timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "timeout": timeout,
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
            symbol = note("FuturesCancelAllAfterRequest", "symbol", "str", symbol)

        timeout = d.pop("timeout", UNSET)
        if timeout.__class__ is not int:
            timeout = note("FuturesCancelAllAfterRequest", "timeout", "int", timeout)

        futures_cancel_all_after_request = cls(
            symbol=symbol,
            timeout=timeout,
        )

        if d:
            note_extra("FuturesCancelAllAfterRequest", d)
        futures_cancel_all_after_request.additional_properties = d
        return futures_cancel_all_after_request

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
