from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.spot_currencies import SpotCurrencies


T = TypeVar("T", bound="SpotCurrenciesResponse")


@_attrs_define
class SpotCurrenciesResponse:
    """
    Attributes:
        code (Literal[1000]): Always 1000 on success.
        message (str): `OK` on spot and account endpoints, `Ok` on futures, `success` on spot market data.
        trace (str): BitMart's id for this request; quote it when asking BitMart support.
        data (SpotCurrencies):
    """

    code: Literal[1000]
    message: str
    trace: str
    data: SpotCurrencies
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        trace = self.trace

        data = plain(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "trace": trace,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_currencies import SpotCurrencies

        d = dict(src_dict)
        code: Literal[1000]
        _code = d.pop("code", UNSET)
        code = _code
        if _code != 1000:
            code = note("SpotCurrenciesResponse", "code", "const", _code)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = note("SpotCurrenciesResponse", "message", "str", message)

        trace = d.pop("trace", UNSET)
        if trace.__class__ is not str:
            trace = note("SpotCurrenciesResponse", "trace", "str", trace)

        data: SpotCurrencies
        _data = d.pop("data", UNSET)
        if _data.__class__ is dict:
            data = SpotCurrencies.from_dict(_data)
        else:
            data = note("SpotCurrenciesResponse", "data", "object", _data)

        spot_currencies_response = cls(
            code=code,
            message=message,
            trace=trace,
            data=data,
        )

        if d:
            note_extra("SpotCurrenciesResponse", d)
        spot_currencies_response.additional_properties = d
        return spot_currencies_response

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
