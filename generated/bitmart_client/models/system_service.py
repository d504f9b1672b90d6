from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.maintenance_window import MaintenanceWindow


T = TypeVar("T", bound="SystemService")


@_attrs_define
class SystemService:
    """
    Attributes:
        service (list[MaintenanceWindow]):
    """

    service: list[MaintenanceWindow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = plain(self.service)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
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
        from ..models.maintenance_window import MaintenanceWindow

        d = dict(src_dict)
        service: list[MaintenanceWindow]
        _service = d.pop("service", UNSET)
        if _service.__class__ is list:
            service = [
                MaintenanceWindow.from_dict(item)
                if item.__class__ is dict
                else note("SystemService", "service", "object", item)
                for item in _service
            ]

        else:
            service = note("SystemService", "service", "array", _service)

        system_service = cls(
            service=service,
        )

        if d:
            note_extra("SystemService", d)
        system_service.additional_properties = d
        return system_service

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
