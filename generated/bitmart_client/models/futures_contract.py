from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_contract_product_type import (
    FuturesContractProductType,
    check_futures_contract_product_type,
)
from ..models.futures_contract_status import (
    FuturesContractStatus,
    check_futures_contract_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_contract_tradfi_info import FuturesContractTradfiInfo


T = TypeVar("T", bound="FuturesContract")


@_attrs_define
class FuturesContract:
    """One futures contract with its trading rules, funding settings and 24-hour summary.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        product_type (FuturesContractProductType): 1 perpetual, 2 dated futures (none listed at present).
        open_timestamp (int): Unix time in milliseconds.
        expire_timestamp (int | None): Expiry time in milliseconds; 0 or null for contracts that never expire
            (perpetuals).
        settle_timestamp (int | None): Settlement time in milliseconds; 0 or null when the contract is not settled
            automatically.
        base_currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        quote_currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        last_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        volume_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        turnover_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        index_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        index_name (str): Name of the index, in practice equal to `symbol`.
        contract_size (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_leverage (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_leverage (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_precision (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        vol_precision (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_volume (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_volume (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        funding_rate (str): A decimal number, possibly signed, sent as a JSON string.
        expected_funding_rate (str): A decimal number, possibly signed, sent as a JSON string.
        open_interest (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_interest_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        change_24h (str): A decimal number, possibly signed, sent as a JSON string.
        market_max_volume (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        funding_interval_hours (int | Unset): Hours between funding settlements, e.g. 8, 4 or 1. Added on 2024-10-17;
            older answers lack it.
        funding_time (int | Unset): Unix time in milliseconds.
        status (FuturesContractStatus | Unset): `Trading` or `Delisted`. `Trading` does not guarantee activity:
            contracts with a
            `delist_time` in the past, or without orders, may still be reported as `Trading`.
        delist_time (int | Unset): Unix time in seconds.
        tradfi_info (FuturesContractTradfiInfo | None | Unset): Session information, only on contracts that follow a
            traditional-finance market; null or absent otherwise.
    """

    symbol: str
    product_type: FuturesContractProductType
    open_timestamp: int
    expire_timestamp: int | None
    settle_timestamp: int | None
    base_currency: str
    quote_currency: str
    last_price: str
    volume_24h: str
    turnover_24h: str
    index_price: str
    index_name: str
    contract_size: str
    min_leverage: str
    max_leverage: str
    price_precision: str
    vol_precision: str
    max_volume: str
    min_volume: str
    funding_rate: str
    expected_funding_rate: str
    open_interest: str
    open_interest_value: str
    high_24h: str
    low_24h: str
    change_24h: str
    market_max_volume: str | Unset = UNSET
    funding_interval_hours: int | Unset = UNSET
    funding_time: int | Unset = UNSET
    status: FuturesContractStatus | Unset = UNSET
    delist_time: int | Unset = UNSET
    tradfi_info: FuturesContractTradfiInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.futures_contract_tradfi_info import FuturesContractTradfiInfo

        symbol = self.symbol

        product_type: int = self.product_type

        open_timestamp = self.open_timestamp

        expire_timestamp: int | None
        expire_timestamp = self.expire_timestamp

        settle_timestamp: int | None
        settle_timestamp = self.settle_timestamp

        base_currency = self.base_currency

        quote_currency = self.quote_currency

        last_price = self.last_price

        volume_24h = self.volume_24h

        turnover_24h = self.turnover_24h

        index_price = self.index_price

        index_name = self.index_name

        contract_size = self.contract_size

        min_leverage = self.min_leverage

        max_leverage = self.max_leverage

        price_precision = self.price_precision

        vol_precision = self.vol_precision

        max_volume = self.max_volume

        min_volume = self.min_volume

        funding_rate = self.funding_rate

        expected_funding_rate = self.expected_funding_rate

        open_interest = self.open_interest

        open_interest_value = self.open_interest_value

        high_24h = self.high_24h

        low_24h = self.low_24h

        change_24h = self.change_24h

        market_max_volume = self.market_max_volume

        funding_interval_hours = self.funding_interval_hours

        funding_time = self.funding_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        delist_time = self.delist_time

        tradfi_info: dict[str, Any] | None | Unset
        if isinstance(self.tradfi_info, Unset):
            tradfi_info = UNSET
        elif isinstance(self.tradfi_info, FuturesContractTradfiInfo):
            tradfi_info = self.tradfi_info.to_dict()
        else:
            tradfi_info = self.tradfi_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "product_type": product_type,
                "open_timestamp": open_timestamp,
                "expire_timestamp": expire_timestamp,
                "settle_timestamp": settle_timestamp,
                "base_currency": base_currency,
                "quote_currency": quote_currency,
                "last_price": last_price,
                "volume_24h": volume_24h,
                "turnover_24h": turnover_24h,
                "index_price": index_price,
                "index_name": index_name,
                "contract_size": contract_size,
                "min_leverage": min_leverage,
                "max_leverage": max_leverage,
                "price_precision": price_precision,
                "vol_precision": vol_precision,
                "max_volume": max_volume,
                "min_volume": min_volume,
                "funding_rate": funding_rate,
                "expected_funding_rate": expected_funding_rate,
                "open_interest": open_interest,
                "open_interest_value": open_interest_value,
                "high_24h": high_24h,
                "low_24h": low_24h,
                "change_24h": change_24h,
            }
        )
        if market_max_volume is not UNSET:
            field_dict["market_max_volume"] = market_max_volume
        if funding_interval_hours is not UNSET:
            field_dict["funding_interval_hours"] = funding_interval_hours
        if funding_time is not UNSET:
            field_dict["funding_time"] = funding_time
        if status is not UNSET:
            field_dict["status"] = status
        if delist_time is not UNSET:
            field_dict["delist_time"] = delist_time
        if tradfi_info is not UNSET:
            field_dict["tradfi_info"] = tradfi_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_contract_tradfi_info import FuturesContractTradfiInfo

        d = dict(src_dict)
        symbol = d.pop("symbol")

        product_type = check_futures_contract_product_type(d.pop("product_type"))

        open_timestamp = d.pop("open_timestamp")

        def _parse_expire_timestamp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expire_timestamp = _parse_expire_timestamp(d.pop("expire_timestamp"))

        def _parse_settle_timestamp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        settle_timestamp = _parse_settle_timestamp(d.pop("settle_timestamp"))

        base_currency = d.pop("base_currency")

        quote_currency = d.pop("quote_currency")

        last_price = d.pop("last_price")

        volume_24h = d.pop("volume_24h")

        turnover_24h = d.pop("turnover_24h")

        index_price = d.pop("index_price")

        index_name = d.pop("index_name")

        contract_size = d.pop("contract_size")

        min_leverage = d.pop("min_leverage")

        max_leverage = d.pop("max_leverage")

        price_precision = d.pop("price_precision")

        vol_precision = d.pop("vol_precision")

        max_volume = d.pop("max_volume")

        min_volume = d.pop("min_volume")

        funding_rate = d.pop("funding_rate")

        expected_funding_rate = d.pop("expected_funding_rate")

        open_interest = d.pop("open_interest")

        open_interest_value = d.pop("open_interest_value")

        high_24h = d.pop("high_24h")

        low_24h = d.pop("low_24h")

        change_24h = d.pop("change_24h")

        market_max_volume = d.pop("market_max_volume", UNSET)

        funding_interval_hours = d.pop("funding_interval_hours", UNSET)

        funding_time = d.pop("funding_time", UNSET)

        _status = d.pop("status", UNSET)
        status: FuturesContractStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_futures_contract_status(_status)

        delist_time = d.pop("delist_time", UNSET)

        def _parse_tradfi_info(
            data: object,
        ) -> FuturesContractTradfiInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tradfi_info_type_0 = FuturesContractTradfiInfo.from_dict(data)

                return tradfi_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FuturesContractTradfiInfo | None | Unset, data)

        tradfi_info = _parse_tradfi_info(d.pop("tradfi_info", UNSET))

        futures_contract = cls(
            symbol=symbol,
            product_type=product_type,
            open_timestamp=open_timestamp,
            expire_timestamp=expire_timestamp,
            settle_timestamp=settle_timestamp,
            base_currency=base_currency,
            quote_currency=quote_currency,
            last_price=last_price,
            volume_24h=volume_24h,
            turnover_24h=turnover_24h,
            index_price=index_price,
            index_name=index_name,
            contract_size=contract_size,
            min_leverage=min_leverage,
            max_leverage=max_leverage,
            price_precision=price_precision,
            vol_precision=vol_precision,
            max_volume=max_volume,
            min_volume=min_volume,
            funding_rate=funding_rate,
            expected_funding_rate=expected_funding_rate,
            open_interest=open_interest,
            open_interest_value=open_interest_value,
            high_24h=high_24h,
            low_24h=low_24h,
            change_24h=change_24h,
            market_max_volume=market_max_volume,
            funding_interval_hours=funding_interval_hours,
            funding_time=funding_time,
            status=status,
            delist_time=delist_time,
            tradfi_info=tradfi_info,
        )

        futures_contract.additional_properties = d
        return futures_contract

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
