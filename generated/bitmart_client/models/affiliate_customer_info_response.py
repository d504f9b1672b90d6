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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_customer_info import AffiliateCustomerInfo


T = TypeVar("T", bound="AffiliateCustomerInfoResponse")


@_attrs_define
class AffiliateCustomerInfoResponse:
    """
    Attributes:
        code (Literal['1000']): Always the string `"1000"` on success.
        message (str): `OK` on success.
        data (AffiliateCustomerInfo): An invited user's futures account overview (total assets and equity in USDT
            according
            to BitMart's SDKs). No source documents its fields, so it is not typed further.
        success (bool | Unset): `true` on success.
        request_id (str | Unset): The agent service's id for this request (32 hex digits in BitMart's examples).
        trace (None | str | Unset): Null, or absent, on this service; BitMart's usual request id is `requestId` here.
    """

    code: Literal["1000"]
    message: str
    data: AffiliateCustomerInfo
    success: bool | Unset = UNSET
    request_id: str | Unset = UNSET
    trace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = plain(self.data)

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
                "data": data,
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
        from ..models.affiliate_customer_info import AffiliateCustomerInfo

        d = dict(src_dict)
        code: Literal["1000"]
        _code = d.pop("code", UNSET)
        code = _code
        if _code != "1000":
            code = note("AffiliateCustomerInfoResponse", "code", "const", _code)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = note("AffiliateCustomerInfoResponse", "message", "str", message)

        data: AffiliateCustomerInfo
        _data = d.pop("data", UNSET)
        if _data.__class__ is dict:
            data = AffiliateCustomerInfo.from_dict(_data)
        else:
            data = note("AffiliateCustomerInfoResponse", "data", "object", _data)

        success = d.pop("success", UNSET)
        if success.__class__ is not bool and success is not UNSET:
            success = note("AffiliateCustomerInfoResponse", "success", "bool", success)

        request_id = d.pop("requestId", UNSET)
        if request_id.__class__ is not str and request_id is not UNSET:
            request_id = note(
                "AffiliateCustomerInfoResponse", "requestId", "str", request_id
            )

        def _parse_trace(data: Any) -> Any:
            if data.__class__ is str:
                return data
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("AffiliateCustomerInfoResponse", "trace", "str|None", data)

        trace = d.pop("trace", UNSET)
        trace = _parse_trace(trace)

        affiliate_customer_info_response = cls(
            code=code,
            message=message,
            data=data,
            success=success,
            request_id=request_id,
            trace=trace,
        )

        if d:
            note_extra("AffiliateCustomerInfoResponse", d)
        affiliate_customer_info_response.additional_properties = d
        return affiliate_customer_info_response

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
