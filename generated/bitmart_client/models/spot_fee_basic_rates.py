from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.spot_fee_user_rate_type import (
    SpotFeeUserRateType,
    check_spot_fee_user_rate_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotFeeBasicRates")


@_attrs_define
class SpotFeeBasicRates:
    """The user's fee tier and the rates it pays on each class of trading pairs.

    Attributes:
        user_rate_type (SpotFeeUserRateType): 0 normal user, 1 VIP user, 2 special VIP user.
        level (str): The user's fee level, e.g. `LV1`.
        taker_fee_rate_a (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        maker_fee_rate_a (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        taker_fee_rate_b (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        maker_fee_rate_b (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        taker_fee_rate_c (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        maker_fee_rate_c (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        taker_fee_rate_d (str | Unset): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is
            a rebate).
        maker_fee_rate_d (str | Unset): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is
            a rebate).
    """

    user_rate_type: SpotFeeUserRateType
    level: str
    taker_fee_rate_a: str
    maker_fee_rate_a: str
    taker_fee_rate_b: str
    maker_fee_rate_b: str
    taker_fee_rate_c: str
    maker_fee_rate_c: str
    taker_fee_rate_d: str | Unset = UNSET
    maker_fee_rate_d: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_rate_type: int = self.user_rate_type

        level = self.level

        taker_fee_rate_a = self.taker_fee_rate_a

        maker_fee_rate_a = self.maker_fee_rate_a

        taker_fee_rate_b = self.taker_fee_rate_b

        maker_fee_rate_b = self.maker_fee_rate_b

        taker_fee_rate_c = self.taker_fee_rate_c

        maker_fee_rate_c = self.maker_fee_rate_c

        taker_fee_rate_d = self.taker_fee_rate_d

        maker_fee_rate_d = self.maker_fee_rate_d

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_rate_type": user_rate_type,
                "level": level,
                "taker_fee_rate_A": taker_fee_rate_a,
                "maker_fee_rate_A": maker_fee_rate_a,
                "taker_fee_rate_B": taker_fee_rate_b,
                "maker_fee_rate_B": maker_fee_rate_b,
                "taker_fee_rate_C": taker_fee_rate_c,
                "maker_fee_rate_C": maker_fee_rate_c,
            }
        )
        if taker_fee_rate_d is not UNSET:
            field_dict["taker_fee_rate_D"] = taker_fee_rate_d
        if maker_fee_rate_d is not UNSET:
            field_dict["maker_fee_rate_D"] = maker_fee_rate_d
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_rate_type: SpotFeeUserRateType
        _user_rate_type = d.pop("user_rate_type", UNSET)
        user_rate_type = check_spot_fee_user_rate_type(
            _user_rate_type, "SpotFeeBasicRates", "user_rate_type"
        )

        level = d.pop("level", UNSET)
        if level.__class__ is not str:
            level = note("SpotFeeBasicRates", "level", "str", level)

        taker_fee_rate_a = d.pop("taker_fee_rate_A", UNSET)
        if taker_fee_rate_a.__class__ is not str:
            taker_fee_rate_a = note(
                "SpotFeeBasicRates", "taker_fee_rate_A", "str", taker_fee_rate_a
            )

        maker_fee_rate_a = d.pop("maker_fee_rate_A", UNSET)
        if maker_fee_rate_a.__class__ is not str:
            maker_fee_rate_a = note(
                "SpotFeeBasicRates", "maker_fee_rate_A", "str", maker_fee_rate_a
            )

        taker_fee_rate_b = d.pop("taker_fee_rate_B", UNSET)
        if taker_fee_rate_b.__class__ is not str:
            taker_fee_rate_b = note(
                "SpotFeeBasicRates", "taker_fee_rate_B", "str", taker_fee_rate_b
            )

        maker_fee_rate_b = d.pop("maker_fee_rate_B", UNSET)
        if maker_fee_rate_b.__class__ is not str:
            maker_fee_rate_b = note(
                "SpotFeeBasicRates", "maker_fee_rate_B", "str", maker_fee_rate_b
            )

        taker_fee_rate_c = d.pop("taker_fee_rate_C", UNSET)
        if taker_fee_rate_c.__class__ is not str:
            taker_fee_rate_c = note(
                "SpotFeeBasicRates", "taker_fee_rate_C", "str", taker_fee_rate_c
            )

        maker_fee_rate_c = d.pop("maker_fee_rate_C", UNSET)
        if maker_fee_rate_c.__class__ is not str:
            maker_fee_rate_c = note(
                "SpotFeeBasicRates", "maker_fee_rate_C", "str", maker_fee_rate_c
            )

        taker_fee_rate_d = d.pop("taker_fee_rate_D", UNSET)
        if taker_fee_rate_d.__class__ is not str and taker_fee_rate_d is not UNSET:
            taker_fee_rate_d = note(
                "SpotFeeBasicRates", "taker_fee_rate_D", "str", taker_fee_rate_d
            )

        maker_fee_rate_d = d.pop("maker_fee_rate_D", UNSET)
        if maker_fee_rate_d.__class__ is not str and maker_fee_rate_d is not UNSET:
            maker_fee_rate_d = note(
                "SpotFeeBasicRates", "maker_fee_rate_D", "str", maker_fee_rate_d
            )

        spot_fee_basic_rates = cls(
            user_rate_type=user_rate_type,
            level=level,
            taker_fee_rate_a=taker_fee_rate_a,
            maker_fee_rate_a=maker_fee_rate_a,
            taker_fee_rate_b=taker_fee_rate_b,
            maker_fee_rate_b=maker_fee_rate_b,
            taker_fee_rate_c=taker_fee_rate_c,
            maker_fee_rate_c=maker_fee_rate_c,
            taker_fee_rate_d=taker_fee_rate_d,
            maker_fee_rate_d=maker_fee_rate_d,
        )

        if d:
            note_extra("SpotFeeBasicRates", d)
        spot_fee_basic_rates.additional_properties = d
        return spot_fee_basic_rates

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
