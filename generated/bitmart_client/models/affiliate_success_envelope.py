from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateSuccessEnvelope")


@_attrs_define
class AffiliateSuccessEnvelope:
    """The envelope of the futures agent (affiliate) service, which differs from BitMart's usual
    one: `code` is the string `"1000"` rather than the number 1000, `success` is `true`, the
    request id comes in `requestId`, and `trace` is null or absent. Each affiliate
    operation's response schema adds a typed `data` to it.

        Attributes:
            code (Literal['1000']): Always the string `"1000"` on success.
            message (str): `OK` on success.
            success (bool | Unset): `true` on success.
            request_id (str | Unset): The agent service's id for this request (32 hex digits in BitMart's examples).
            trace (None | str | Unset): Null, or absent, on this service; BitMart's usual request id is `requestId` here.
    """

    code: Literal["1000"]
    message: str
    success: bool | Unset = UNSET
    request_id: str | Unset = UNSET
    trace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        success = self.success

        request_id = self.request_id

        trace: None | str | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if trace is not UNSET:
            field_dict["trace"] = trace
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: Literal["1000"]
        _code = d.pop("code", UNSET)
        code = _code
        if _code != "1000":
            code = note("AffiliateSuccessEnvelope", "code", "const", _code)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = note("AffiliateSuccessEnvelope", "message", "str", message)

        success = d.pop("success", UNSET)
        if success.__class__ is not bool and success is not UNSET:
            success = note("AffiliateSuccessEnvelope", "success", "bool", success)

        request_id = d.pop("requestId", UNSET)
        if request_id.__class__ is not str and request_id is not UNSET:
            request_id = note(
                "AffiliateSuccessEnvelope", "requestId", "str", request_id
            )

        def _parse_trace(data: Any) -> Any:
            if data.__class__ is str:
                return data
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("AffiliateSuccessEnvelope", "trace", "str|None", data)

        trace = d.pop("trace", UNSET)
        trace = _parse_trace(trace)

        affiliate_success_envelope = cls(
            code=code,
            message=message,
            success=success,
            request_id=request_id,
            trace=trace,
        )

        if d:
            note_extra("AffiliateSuccessEnvelope", d)
        affiliate_success_envelope.additional_properties = d
        return affiliate_success_envelope

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
