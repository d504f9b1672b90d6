from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="AffiliateUserRebate")


@_attrs_define
class AffiliateUserRebate:
    """Futures volume, fees and rebate of one user; `_total` fields are lifetime figures.

    Attributes:
        cid (int): The user's CID.
        back_rate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    cid: int
    back_rate: str
    trading_vol_total: str
    trading_fee_total: str
    rebate_total: str
    trading_vol: str
    trading_fee: str
    rebate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        back_rate = self.back_rate

        trading_vol_total = self.trading_vol_total

        trading_fee_total = self.trading_fee_total

        rebate_total = self.rebate_total

        trading_vol = self.trading_vol

        trading_fee = self.trading_fee

        rebate = self.rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cid": cid,
                "back_rate": back_rate,
                "trading_vol_total": trading_vol_total,
                "trading_fee_total": trading_fee_total,
                "rebate_total": rebate_total,
                "trading_vol": trading_vol,
                "trading_fee": trading_fee,
                "rebate": rebate,
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
        cid = d.pop("cid", UNSET)
        if cid.__class__ is not int:
            cid = note("AffiliateUserRebate", "cid", "int", cid)

        back_rate = d.pop("back_rate", UNSET)
        if back_rate.__class__ is not str:
            back_rate = note("AffiliateUserRebate", "back_rate", "str", back_rate)

        trading_vol_total = d.pop("trading_vol_total", UNSET)
        if trading_vol_total.__class__ is not str:
            trading_vol_total = note(
                "AffiliateUserRebate", "trading_vol_total", "str", trading_vol_total
            )

        trading_fee_total = d.pop("trading_fee_total", UNSET)
        if trading_fee_total.__class__ is not str:
            trading_fee_total = note(
                "AffiliateUserRebate", "trading_fee_total", "str", trading_fee_total
            )

        rebate_total = d.pop("rebate_total", UNSET)
        if rebate_total.__class__ is not str:
            rebate_total = note(
                "AffiliateUserRebate", "rebate_total", "str", rebate_total
            )

        trading_vol = d.pop("trading_vol", UNSET)
        if trading_vol.__class__ is not str:
            trading_vol = note("AffiliateUserRebate", "trading_vol", "str", trading_vol)

        trading_fee = d.pop("trading_fee", UNSET)
        if trading_fee.__class__ is not str:
            trading_fee = note("AffiliateUserRebate", "trading_fee", "str", trading_fee)

        rebate = d.pop("rebate", UNSET)
        if rebate.__class__ is not str:
            rebate = note("AffiliateUserRebate", "rebate", "str", rebate)

        affiliate_user_rebate = cls(
            cid=cid,
            back_rate=back_rate,
            trading_vol_total=trading_vol_total,
            trading_fee_total=trading_fee_total,
            rebate_total=rebate_total,
            trading_vol=trading_vol,
            trading_fee=trading_fee,
            rebate=rebate,
        )

        if d:
            note_extra("AffiliateUserRebate", d)
        affiliate_user_rebate.additional_properties = d
        return affiliate_user_rebate

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
