from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_contract_low_liquidity_config import (
        FuturesContractLowLiquidityConfig,
    )


T = TypeVar("T", bound="FuturesContractTradfiInfo")


@_attrs_define
class FuturesContractTradfiInfo:
    """Trading-session information of a contract that follows a traditional-finance market
    (shares, indices, currencies, metals, commodities). Not documented by BitMart; the
    fields come from third-party clients and observed payloads, so more may appear.

        Attributes:
            market_group (str | Unset): The market the contract follows. Values seen: `US_MARKET`, `HK_STOCK`, `FOREX`,
                `INDEX_UK`, `INDEX_JP`, `INDEX_HK`, `INDEX_AU`, `INDEX_TW`, `INDEX_DE`,
                `INDEX_KR`, `METAL_LME`, `COMMODITY_CME`, `COMMODITY_ICE` and `PRE_LIST`
                (pre-listing); kept open because new groups appear.
            market_session_status (int | Unset): Trading session of a TradFi contract: 1 normal trading, 2 low-liquidity
                mode (e.g.
                outside the home market's hours). Undocumented, so left open to other values.
            next_session_switch_ts (int | Unset): Unix time in milliseconds.
            next_session_switch_status (int | Unset): Trading session of a TradFi contract: 1 normal trading, 2 low-
                liquidity mode (e.g.
                outside the home market's hours). Undocumented, so left open to other values.
            reduce_only (bool | Unset): Whether only orders that reduce a position are accepted at the moment.
            low_liquidity_config (FuturesContractLowLiquidityConfig | Unset): Rules that apply while a TradFi contract is in
                its low-liquidity session.
    """

    market_group: str | Unset = UNSET
    market_session_status: int | Unset = UNSET
    next_session_switch_ts: int | Unset = UNSET
    next_session_switch_status: int | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    low_liquidity_config: FuturesContractLowLiquidityConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_group = self.market_group

        market_session_status = self.market_session_status

        next_session_switch_ts = self.next_session_switch_ts

        next_session_switch_status = self.next_session_switch_status

        reduce_only = self.reduce_only

        low_liquidity_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low_liquidity_config, Unset):
            low_liquidity_config = plain(self.low_liquidity_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_group is not UNSET:
            field_dict["market_group"] = market_group
        if market_session_status is not UNSET:
            field_dict["market_session_status"] = market_session_status
        if next_session_switch_ts is not UNSET:
            field_dict["next_session_switch_ts"] = next_session_switch_ts
        if next_session_switch_status is not UNSET:
            field_dict["next_session_switch_status"] = next_session_switch_status
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if low_liquidity_config is not UNSET:
            field_dict["low_liquidity_config"] = low_liquidity_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_contract_low_liquidity_config import (
            FuturesContractLowLiquidityConfig,
        )

        d = dict(src_dict)
        market_group = d.pop("market_group", UNSET)
        if market_group.__class__ is not str and market_group is not UNSET:
            market_group = note(
                "FuturesContractTradfiInfo", "market_group", "str", market_group
            )

        market_session_status = d.pop("market_session_status", UNSET)
        if (
            market_session_status.__class__ is not int
            and market_session_status is not UNSET
        ):
            market_session_status = note(
                "FuturesContractTradfiInfo",
                "market_session_status",
                "int",
                market_session_status,
            )

        next_session_switch_ts = d.pop("next_session_switch_ts", UNSET)
        if (
            next_session_switch_ts.__class__ is not int
            and next_session_switch_ts is not UNSET
        ):
            next_session_switch_ts = note(
                "FuturesContractTradfiInfo",
                "next_session_switch_ts",
                "int",
                next_session_switch_ts,
            )

        next_session_switch_status = d.pop("next_session_switch_status", UNSET)
        if (
            next_session_switch_status.__class__ is not int
            and next_session_switch_status is not UNSET
        ):
            next_session_switch_status = note(
                "FuturesContractTradfiInfo",
                "next_session_switch_status",
                "int",
                next_session_switch_status,
            )

        reduce_only = d.pop("reduce_only", UNSET)
        if reduce_only.__class__ is not bool and reduce_only is not UNSET:
            reduce_only = note(
                "FuturesContractTradfiInfo", "reduce_only", "bool", reduce_only
            )

        low_liquidity_config: FuturesContractLowLiquidityConfig | Unset
        _low_liquidity_config = d.pop("low_liquidity_config", UNSET)
        if _low_liquidity_config.__class__ is dict:
            low_liquidity_config = FuturesContractLowLiquidityConfig.from_dict(
                _low_liquidity_config
            )
        elif _low_liquidity_config is UNSET:
            low_liquidity_config = UNSET
        else:
            low_liquidity_config = note(
                "FuturesContractTradfiInfo",
                "low_liquidity_config",
                "object",
                _low_liquidity_config,
            )

        futures_contract_tradfi_info = cls(
            market_group=market_group,
            market_session_status=market_session_status,
            next_session_switch_ts=next_session_switch_ts,
            next_session_switch_status=next_session_switch_status,
            reduce_only=reduce_only,
            low_liquidity_config=low_liquidity_config,
        )

        if d:
            note_extra("FuturesContractTradfiInfo", d)
        futures_contract_tradfi_info.additional_properties = d
        return futures_contract_tradfi_info

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
