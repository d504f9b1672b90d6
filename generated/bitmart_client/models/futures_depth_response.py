from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_depth import FuturesDepth


T = TypeVar("T", bound="FuturesDepthResponse")


@_attrs_define
class FuturesDepthResponse:
    """
    Attributes:
        code (Literal[1000]): Always 1000 on success.
        data (FuturesDepth):
        message (str | Unset): `OK` on spot and account endpoints, `Ok` on futures, `success` on spot market data.
        trace (str | Unset): BitMart's id for this request; quote it when asking BitMart support.
    """

    code: Literal[1000]
    data: FuturesDepth
    message: str | Unset = UNSET
    trace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = self.data.to_dict()

        message = self.message

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_depth import FuturesDepth

        d = dict(src_dict)
        code = cast(Literal[1000], d.pop("code"))
        if code != 1000:
            raise ValueError(f"code must match const 1000, got '{code}'")

        data = FuturesDepth.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        trace = d.pop("trace", UNSET)

        futures_depth_response = cls(
            code=code,
            data=data,
            message=message,
            trace=trace,
        )

        futures_depth_response.additional_properties = d
        return futures_depth_response

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
