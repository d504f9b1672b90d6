from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, plain

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
        last_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        volume_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        turnover_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        index_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        index_name (str): Name of the index, in practice equal to `symbol`.
        contract_size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_precision (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        vol_precision (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_volume (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_volume (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        funding_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
        expected_funding_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
        open_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_interest_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        change_24h (Decimal): A decimal number, possibly signed, sent as a JSON string.
        market_max_volume (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
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
    last_price: Decimal
    volume_24h: Decimal
    turnover_24h: Decimal
    index_price: Decimal
    index_name: str
    contract_size: Decimal
    min_leverage: Decimal
    max_leverage: Decimal
    price_precision: Decimal
    vol_precision: Decimal
    max_volume: Decimal
    min_volume: Decimal
    funding_rate: Decimal
    expected_funding_rate: Decimal
    open_interest: Decimal
    open_interest_value: Decimal
    high_24h: Decimal
    low_24h: Decimal
    change_24h: Decimal
    market_max_volume: Decimal | Unset = UNSET
    funding_interval_hours: int | Unset = UNSET
    funding_time: int | Unset = UNSET
    status: FuturesContractStatus | Unset = UNSET
    delist_time: int | Unset = UNSET
    tradfi_info: FuturesContractTradfiInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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

        last_price = decimal_text(self.last_price, self._sent_fields, "last_price")

        volume_24h = decimal_text(self.volume_24h, self._sent_fields, "volume_24h")

        turnover_24h = decimal_text(
            self.turnover_24h, self._sent_fields, "turnover_24h"
        )

        index_price = decimal_text(self.index_price, self._sent_fields, "index_price")

        index_name = self.index_name

        contract_size = decimal_text(
            self.contract_size, self._sent_fields, "contract_size"
        )

        min_leverage = decimal_text(
            self.min_leverage, self._sent_fields, "min_leverage"
        )

        max_leverage = decimal_text(
            self.max_leverage, self._sent_fields, "max_leverage"
        )

        price_precision = decimal_text(
            self.price_precision, self._sent_fields, "price_precision"
        )

        vol_precision = decimal_text(
            self.vol_precision, self._sent_fields, "vol_precision"
        )

        max_volume = decimal_text(self.max_volume, self._sent_fields, "max_volume")

        min_volume = decimal_text(self.min_volume, self._sent_fields, "min_volume")

        funding_rate = decimal_text(
            self.funding_rate, self._sent_fields, "funding_rate"
        )

        expected_funding_rate = decimal_text(
            self.expected_funding_rate, self._sent_fields, "expected_funding_rate"
        )

        open_interest = decimal_text(
            self.open_interest, self._sent_fields, "open_interest"
        )

        open_interest_value = decimal_text(
            self.open_interest_value, self._sent_fields, "open_interest_value"
        )

        high_24h = decimal_text(self.high_24h, self._sent_fields, "high_24h")

        low_24h = decimal_text(self.low_24h, self._sent_fields, "low_24h")

        change_24h = decimal_text(self.change_24h, self._sent_fields, "change_24h")

        market_max_volume = decimal_text(
            self.market_max_volume, self._sent_fields, "market_max_volume"
        )

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
        if last_price.__class__ is str:
            try:
                last_price = Decimal(last_price)
            except ArithmeticError:
                last_price = note(
                    "FuturesContract", "last_price", "decimal", last_price
                )
        else:
            last_price = note("FuturesContract", "last_price", "decimal", last_price)

        volume_24h = d.pop("volume_24h", UNSET)
        if volume_24h.__class__ is str:
            try:
                volume_24h = Decimal(volume_24h)
            except ArithmeticError:
                volume_24h = note(
                    "FuturesContract", "volume_24h", "decimal", volume_24h
                )
        else:
            volume_24h = note("FuturesContract", "volume_24h", "decimal", volume_24h)

        turnover_24h = d.pop("turnover_24h", UNSET)
        if turnover_24h.__class__ is str:
            try:
                turnover_24h = Decimal(turnover_24h)
            except ArithmeticError:
                turnover_24h = note(
                    "FuturesContract", "turnover_24h", "decimal", turnover_24h
                )
        else:
            turnover_24h = note(
                "FuturesContract", "turnover_24h", "decimal", turnover_24h
            )

        index_price = d.pop("index_price", UNSET)
        if index_price.__class__ is str:
            try:
                index_price = Decimal(index_price)
            except ArithmeticError:
                index_price = note(
                    "FuturesContract", "index_price", "decimal", index_price
                )
        else:
            index_price = note("FuturesContract", "index_price", "decimal", index_price)

        index_name = d.pop("index_name", UNSET)
        if index_name.__class__ is not str:
            index_name = note("FuturesContract", "index_name", "str", index_name)

        contract_size = d.pop("contract_size", UNSET)
        if contract_size.__class__ is str:
            try:
                contract_size = Decimal(contract_size)
            except ArithmeticError:
                contract_size = note(
                    "FuturesContract", "contract_size", "decimal", contract_size
                )
        else:
            contract_size = note(
                "FuturesContract", "contract_size", "decimal", contract_size
            )

        min_leverage = d.pop("min_leverage", UNSET)
        if min_leverage.__class__ is str:
            try:
                min_leverage = Decimal(min_leverage)
            except ArithmeticError:
                min_leverage = note(
                    "FuturesContract", "min_leverage", "decimal", min_leverage
                )
        else:
            min_leverage = note(
                "FuturesContract", "min_leverage", "decimal", min_leverage
            )

        max_leverage = d.pop("max_leverage", UNSET)
        if max_leverage.__class__ is str:
            try:
                max_leverage = Decimal(max_leverage)
            except ArithmeticError:
                max_leverage = note(
                    "FuturesContract", "max_leverage", "decimal", max_leverage
                )
        else:
            max_leverage = note(
                "FuturesContract", "max_leverage", "decimal", max_leverage
            )

        price_precision = d.pop("price_precision", UNSET)
        if price_precision.__class__ is str:
            try:
                price_precision = Decimal(price_precision)
            except ArithmeticError:
                price_precision = note(
                    "FuturesContract", "price_precision", "decimal", price_precision
                )
        else:
            price_precision = note(
                "FuturesContract", "price_precision", "decimal", price_precision
            )

        vol_precision = d.pop("vol_precision", UNSET)
        if vol_precision.__class__ is str:
            try:
                vol_precision = Decimal(vol_precision)
            except ArithmeticError:
                vol_precision = note(
                    "FuturesContract", "vol_precision", "decimal", vol_precision
                )
        else:
            vol_precision = note(
                "FuturesContract", "vol_precision", "decimal", vol_precision
            )

        max_volume = d.pop("max_volume", UNSET)
        if max_volume.__class__ is str:
            try:
                max_volume = Decimal(max_volume)
            except ArithmeticError:
                max_volume = note(
                    "FuturesContract", "max_volume", "decimal", max_volume
                )
        else:
            max_volume = note("FuturesContract", "max_volume", "decimal", max_volume)

        min_volume = d.pop("min_volume", UNSET)
        if min_volume.__class__ is str:
            try:
                min_volume = Decimal(min_volume)
            except ArithmeticError:
                min_volume = note(
                    "FuturesContract", "min_volume", "decimal", min_volume
                )
        else:
            min_volume = note("FuturesContract", "min_volume", "decimal", min_volume)

        funding_rate = d.pop("funding_rate", UNSET)
        if funding_rate.__class__ is str:
            try:
                funding_rate = Decimal(funding_rate)
            except ArithmeticError:
                funding_rate = note(
                    "FuturesContract", "funding_rate", "decimal", funding_rate
                )
        else:
            funding_rate = note(
                "FuturesContract", "funding_rate", "decimal", funding_rate
            )

        expected_funding_rate = d.pop("expected_funding_rate", UNSET)
        if expected_funding_rate.__class__ is str:
            try:
                expected_funding_rate = Decimal(expected_funding_rate)
            except ArithmeticError:
                expected_funding_rate = note(
                    "FuturesContract",
                    "expected_funding_rate",
                    "decimal",
                    expected_funding_rate,
                )
        else:
            expected_funding_rate = note(
                "FuturesContract",
                "expected_funding_rate",
                "decimal",
                expected_funding_rate,
            )

        open_interest = d.pop("open_interest", UNSET)
        if open_interest.__class__ is str:
            try:
                open_interest = Decimal(open_interest)
            except ArithmeticError:
                open_interest = note(
                    "FuturesContract", "open_interest", "decimal", open_interest
                )
        else:
            open_interest = note(
                "FuturesContract", "open_interest", "decimal", open_interest
            )

        open_interest_value = d.pop("open_interest_value", UNSET)
        if open_interest_value.__class__ is str:
            try:
                open_interest_value = Decimal(open_interest_value)
            except ArithmeticError:
                open_interest_value = note(
                    "FuturesContract",
                    "open_interest_value",
                    "decimal",
                    open_interest_value,
                )
        else:
            open_interest_value = note(
                "FuturesContract", "open_interest_value", "decimal", open_interest_value
            )

        high_24h = d.pop("high_24h", UNSET)
        if high_24h.__class__ is str:
            try:
                high_24h = Decimal(high_24h)
            except ArithmeticError:
                high_24h = note("FuturesContract", "high_24h", "decimal", high_24h)
        else:
            high_24h = note("FuturesContract", "high_24h", "decimal", high_24h)

        low_24h = d.pop("low_24h", UNSET)
        if low_24h.__class__ is str:
            try:
                low_24h = Decimal(low_24h)
            except ArithmeticError:
                low_24h = note("FuturesContract", "low_24h", "decimal", low_24h)
        else:
            low_24h = note("FuturesContract", "low_24h", "decimal", low_24h)

        change_24h = d.pop("change_24h", UNSET)
        if change_24h.__class__ is str:
            try:
                change_24h = Decimal(change_24h)
            except ArithmeticError:
                change_24h = note(
                    "FuturesContract", "change_24h", "decimal", change_24h
                )
        else:
            change_24h = note("FuturesContract", "change_24h", "decimal", change_24h)

        market_max_volume = d.pop("market_max_volume", UNSET)
        if market_max_volume.__class__ is str:
            try:
                market_max_volume = Decimal(market_max_volume)
            except ArithmeticError:
                market_max_volume = note(
                    "FuturesContract", "market_max_volume", "decimal", market_max_volume
                )
        elif market_max_volume is not UNSET:
            market_max_volume = note(
                "FuturesContract", "market_max_volume", "decimal", market_max_volume
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
        futures_contract._sent_fields = src_dict

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
