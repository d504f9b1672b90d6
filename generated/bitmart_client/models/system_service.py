from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        service = []
        for service_item_data in self.service:
            service_item = service_item_data.to_dict()
            service.append(service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.maintenance_window import MaintenanceWindow

        d = dict(src_dict)
        service = []
        _service = d.pop("service")
        for service_item_data in _service:
            service_item = MaintenanceWindow.from_dict(service_item_data)

            service.append(service_item)

        system_service = cls(
            service=service,
        )

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
