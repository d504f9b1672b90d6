from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

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
            tradfi_info = plain(self.tradfi_info)
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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_contract_tradfi_info import FuturesContractTradfiInfo

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesContract", "symbol", "str", symbol)

        product_type: FuturesContractProductType
        _product_type = d.pop("product_type", UNSET)
        product_type = check_futures_contract_product_type(
            _product_type, "FuturesContract", "product_type"
        )

        open_timestamp = d.pop("open_timestamp", UNSET)
        if open_timestamp.__class__ is not int:
            open_timestamp = note(
                "FuturesContract", "open_timestamp", "int", open_timestamp
            )

        def _parse_expire_timestamp(data: Any) -> Any:
            if data.__class__ is int:
                return data
            if data is None:
                return None
            return note("FuturesContract", "expire_timestamp", "int|None", data)

        expire_timestamp = d.pop("expire_timestamp", UNSET)
        expire_timestamp = _parse_expire_timestamp(expire_timestamp)

        def _parse_settle_timestamp(data: Any) -> Any:
            if data.__class__ is int:
                return data
            if data is None:
                return None
            return note("FuturesContract", "settle_timestamp", "int|None", data)

        settle_timestamp = d.pop("settle_timestamp", UNSET)
        settle_timestamp = _parse_settle_timestamp(settle_timestamp)

        base_currency = d.pop("base_currency", UNSET)
        if base_currency.__class__ is not str:
            base_currency = note(
                "FuturesContract", "base_currency", "str", base_currency
            )

        quote_currency = d.pop("quote_currency", UNSET)
        if quote_currency.__class__ is not str:
            quote_currency = note(
                "FuturesContract", "quote_currency", "str", quote_currency
            )

        last_price = d.pop("last_price", UNSET)
        if last_price.__class__ is not str:
            last_price = note("FuturesContract", "last_price", "str", last_price)

        volume_24h = d.pop("volume_24h", UNSET)
        if volume_24h.__class__ is not str:
            volume_24h = note("FuturesContract", "volume_24h", "str", volume_24h)

        turnover_24h = d.pop("turnover_24h", UNSET)
        if turnover_24h.__class__ is not str:
            turnover_24h = note("FuturesContract", "turnover_24h", "str", turnover_24h)

        index_price = d.pop("index_price", UNSET)
        if index_price.__class__ is not str:
            index_price = note("FuturesContract", "index_price", "str", index_price)

        index_name = d.pop("index_name", UNSET)
        if index_name.__class__ is not str:
            index_name = note("FuturesContract", "index_name", "str", index_name)

        contract_size = d.pop("contract_size", UNSET)
        if contract_size.__class__ is not str:
            contract_size = note(
                "FuturesContract", "contract_size", "str", contract_size
            )

        min_leverage = d.pop("min_leverage", UNSET)
        if min_leverage.__class__ is not str:
            min_leverage = note("FuturesContract", "min_leverage", "str", min_leverage)

        max_leverage = d.pop("max_leverage", UNSET)
        if max_leverage.__class__ is not str:
            max_leverage = note("FuturesContract", "max_leverage", "str", max_leverage)

        price_precision = d.pop("price_precision", UNSET)
        if price_precision.__class__ is not str:
            price_precision = note(
                "FuturesContract", "price_precision", "str", price_precision
            )

        vol_precision = d.pop("vol_precision", UNSET)
        if vol_precision.__class__ is not str:
            vol_precision = note(
                "FuturesContract", "vol_precision", "str", vol_precision
            )

        max_volume = d.pop("max_volume", UNSET)
        if max_volume.__class__ is not str:
            max_volume = note("FuturesContract", "max_volume", "str", max_volume)

        min_volume = d.pop("min_volume", UNSET)
        if min_volume.__class__ is not str:
            min_volume = note("FuturesContract", "min_volume", "str", min_volume)

        funding_rate = d.pop("funding_rate", UNSET)
        if funding_rate.__class__ is not str:
            funding_rate = note("FuturesContract", "funding_rate", "str", funding_rate)

        expected_funding_rate = d.pop("expected_funding_rate", UNSET)
        if expected_funding_rate.__class__ is not str:
            expected_funding_rate = note(
                "FuturesContract", "expected_funding_rate", "str", expected_funding_rate
            )

        open_interest = d.pop("open_interest", UNSET)
        if open_interest.__class__ is not str:
            open_interest = note(
                "FuturesContract", "open_interest", "str", open_interest
            )

        open_interest_value = d.pop("open_interest_value", UNSET)
        if open_interest_value.__class__ is not str:
            open_interest_value = note(
                "FuturesContract", "open_interest_value", "str", open_interest_value
            )

        high_24h = d.pop("high_24h", UNSET)
        if high_24h.__class__ is not str:
            high_24h = note("FuturesContract", "high_24h", "str", high_24h)

        low_24h = d.pop("low_24h", UNSET)
        if low_24h.__class__ is not str:
            low_24h = note("FuturesContract", "low_24h", "str", low_24h)

        change_24h = d.pop("change_24h", UNSET)
        if change_24h.__class__ is not str:
            change_24h = note("FuturesContract", "change_24h", "str", change_24h)

        market_max_volume = d.pop("market_max_volume", UNSET)
        if market_max_volume.__class__ is not str and market_max_volume is not UNSET:
            market_max_volume = note(
                "FuturesContract", "market_max_volume", "str", market_max_volume
            )

        funding_interval_hours = d.pop("funding_interval_hours", UNSET)
        if (
            funding_interval_hours.__class__ is not int
            and funding_interval_hours is not UNSET
        ):
            funding_interval_hours = note(
                "FuturesContract",
                "funding_interval_hours",
                "int",
                funding_interval_hours,
            )

        funding_time = d.pop("funding_time", UNSET)
        if funding_time.__class__ is not int and funding_time is not UNSET:
            funding_time = note("FuturesContract", "funding_time", "int", funding_time)

        status: FuturesContractStatus | Unset
        _status = d.pop("status", UNSET)
        status = (
            _status
            if _status is UNSET
            else check_futures_contract_status(_status, "FuturesContract", "status")
        )

        delist_time = d.pop("delist_time", UNSET)
        if delist_time.__class__ is not int and delist_time is not UNSET:
            delist_time = note("FuturesContract", "delist_time", "int", delist_time)

        def _parse_tradfi_info(data: Any) -> Any:
            if data.__class__ is dict:
                return FuturesContractTradfiInfo.from_dict(data)
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("FuturesContract", "tradfi_info", "object|None", data)

        tradfi_info = d.pop("tradfi_info", UNSET)
        tradfi_info = _parse_tradfi_info(tradfi_info)

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

        if d:
            note_extra("FuturesContract", d)
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
