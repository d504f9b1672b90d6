from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.maintenance_status_number import (
    MaintenanceStatusNumber,
)
from ..models.maintenance_status_string import (
    MaintenanceStatusString,
)
from ..models.maintenance_window_service_type import (
    MaintenanceWindowServiceType,
    check_maintenance_window_service_type,
)
from ..types import UNSET

T = TypeVar("T", bound="MaintenanceWindow")


@_attrs_define
class MaintenanceWindow:
    """
    Attributes:
        title (str): What is being maintained.
        service_type (MaintenanceWindowServiceType): The affected service; `contract` is futures.
        status (MaintenanceStatusNumber | MaintenanceStatusString): 0 waiting, 1 in progress, 2 completed; a number or a
            numeric string.
        start_time (int): Unix time in milliseconds.
        end_time (int): Unix time in milliseconds.
    """

    title: str
    service_type: MaintenanceWindowServiceType
    status: MaintenanceStatusNumber | MaintenanceStatusString
    start_time: int
    end_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        service_type: str = self.service_type

        status: int | str
        if isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "service_type": service_type,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
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
        title = d.pop("title", UNSET)
        if title.__class__ is not str:
            title = note("MaintenanceWindow", "title", "str", title)

        service_type: MaintenanceWindowServiceType
        _service_type = d.pop("service_type", UNSET)
        service_type = check_maintenance_window_service_type(
            _service_type, "MaintenanceWindow", "service_type"
        )

        def _parse_status(data: Any) -> Any:
            from ..models.maintenance_status_number import (
                MAINTENANCE_STATUS_NUMBER_VALUES,
            )

            if data in MAINTENANCE_STATUS_NUMBER_VALUES:
                return data
            from ..models.maintenance_status_string import (
                MAINTENANCE_STATUS_STRING_VALUES,
            )

            if data in MAINTENANCE_STATUS_STRING_VALUES:
                return data
            return note("MaintenanceWindow", "status", "enum|enum", data)

        status = d.pop("status", UNSET)
        status = _parse_status(status)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not int:
            start_time = note("MaintenanceWindow", "start_time", "int", start_time)

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not int:
            end_time = note("MaintenanceWindow", "end_time", "int", end_time)

        maintenance_window = cls(
            title=title,
            service_type=service_type,
            status=status,
            start_time=start_time,
            end_time=end_time,
        )

        if d:
            note_extra("MaintenanceWindow", d)
        maintenance_window.additional_properties = d
        return maintenance_window

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
