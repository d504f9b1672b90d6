from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.affiliate_copy_trade_type import (
    AffiliateCopyTradeType,
    check_affiliate_copy_trade_type,
)
from ..models.affiliate_open_type import AffiliateOpenType, check_affiliate_open_type
from ..models.affiliate_order_category import (
    AffiliateOrderCategory,
    check_affiliate_order_category,
)
from ..models.affiliate_trade_way import AffiliateTradeWay, check_affiliate_trade_way
from ..types import UNSET

T = TypeVar("T", bound="AffiliateTrade")


@_attrs_define
class AffiliateTrade:
    """One futures fill of an invited user. Numbers are JSON numbers, not strings.

    Attributes:
        user_id (int): The invited user.
        user_type (int): Whether the user is a direct or an indirect invitee. BitMart gives no codes for this
            field here; on `get_futures_affiliate_rebates` the same name means 0 indirect,
            1 direct.
        create_time (int): Unix time in milliseconds.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        leverage (int): Leverage; BitMart may write it with trailing zeros (`20.000000000000000000`).
        open_type (AffiliateOpenType): Margin mode of the position, 1 isolated, 2 cross.
        way (AffiliateTradeWay): Direction, 1 open long, 2 close short, 3 close long, 4 open short.
        category (AffiliateOrderCategory): Order type, 1 limit, 2 market.
        select_copy_trade (AffiliateCopyTradeType): 1 copy trading, 2 ordinary (non-copy) trading.
        deal_price (float): Average fill price, a JSON number.
        deal_vol (float): Filled size in contracts, a JSON number.
        fee (float): Fee paid, a JSON number.
        realised_profit (float): Realised profit and loss of the fill, a JSON number; negative for a loss.
    """

    user_id: int
    user_type: int
    create_time: int
    symbol: str
    leverage: int
    open_type: AffiliateOpenType
    way: AffiliateTradeWay
    category: AffiliateOrderCategory
    select_copy_trade: AffiliateCopyTradeType
    deal_price: float
    deal_vol: float
    fee: float
    realised_profit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_type = self.user_type

        create_time = self.create_time

        symbol = self.symbol

        leverage = self.leverage

        open_type: int = self.open_type

        way: int = self.way

        category: int = self.category

        select_copy_trade: int = self.select_copy_trade

        deal_price = self.deal_price

        deal_vol = self.deal_vol

        fee = self.fee

        realised_profit = self.realised_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "user_type": user_type,
                "create_time": create_time,
                "symbol": symbol,
                "leverage": leverage,
                "open_type": open_type,
                "way": way,
                "category": category,
                "select_copy_trade": select_copy_trade,
                "deal_price": deal_price,
                "deal_vol": deal_vol,
                "fee": fee,
                "realised_profit": realised_profit,
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
        user_id = d.pop("user_id", UNSET)
        if user_id.__class__ is not int:
            user_id = note("AffiliateTrade", "user_id", "int", user_id)

        user_type = d.pop("user_type", UNSET)
        if user_type.__class__ is not int:
            user_type = note("AffiliateTrade", "user_type", "int", user_type)

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = note("AffiliateTrade", "create_time", "int", create_time)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("AffiliateTrade", "symbol", "str", symbol)

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is not int:
            leverage = note("AffiliateTrade", "leverage", "int", leverage)

        open_type: AffiliateOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_affiliate_open_type(_open_type, "AffiliateTrade", "open_type")

        way: AffiliateTradeWay
        _way = d.pop("way", UNSET)
        way = check_affiliate_trade_way(_way, "AffiliateTrade", "way")

        category: AffiliateOrderCategory
        _category = d.pop("category", UNSET)
        category = check_affiliate_order_category(
            _category, "AffiliateTrade", "category"
        )

        select_copy_trade: AffiliateCopyTradeType
        _select_copy_trade = d.pop("select_copy_trade", UNSET)
        select_copy_trade = check_affiliate_copy_trade_type(
            _select_copy_trade, "AffiliateTrade", "select_copy_trade"
        )

        deal_price = d.pop("deal_price", UNSET)
        if deal_price.__class__ is not float and deal_price.__class__ is not int:
            deal_price = note("AffiliateTrade", "deal_price", "float", deal_price)

        deal_vol = d.pop("deal_vol", UNSET)
        if deal_vol.__class__ is not float and deal_vol.__class__ is not int:
            deal_vol = note("AffiliateTrade", "deal_vol", "float", deal_vol)

        fee = d.pop("fee", UNSET)
        if fee.__class__ is not float and fee.__class__ is not int:
            fee = note("AffiliateTrade", "fee", "float", fee)

        realised_profit = d.pop("realised_profit", UNSET)
        if (
            realised_profit.__class__ is not float
            and realised_profit.__class__ is not int
        ):
            realised_profit = note(
                "AffiliateTrade", "realised_profit", "float", realised_profit
            )

        affiliate_trade = cls(
            user_id=user_id,
            user_type=user_type,
            create_time=create_time,
            symbol=symbol,
            leverage=leverage,
            open_type=open_type,
            way=way,
            category=category,
            select_copy_trade=select_copy_trade,
            deal_price=deal_price,
            deal_vol=deal_vol,
            fee=fee,
            realised_profit=realised_profit,
        )

        if d:
            note_extra("AffiliateTrade", d)
        affiliate_trade.additional_properties = d
        return affiliate_trade

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
