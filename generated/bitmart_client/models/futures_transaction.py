from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_order_account import (
    FuturesOrderAccount,
    check_futures_order_account,
)
from ..models.futures_transaction_flow_type import (
    FuturesTransactionFlowType,
    check_futures_transaction_flow_type,
)
from ..models.futures_transaction_type_name import (
    FuturesTransactionTypeName,
    check_futures_transaction_type_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTransaction")


@_attrs_define
class FuturesTransaction:
    """One movement of the futures account's balance.

    Attributes:
        symbol (str): Contract the flow relates to; empty for transfers.
        type_ (FuturesTransactionTypeName): Kind of fund flow as text.
        amount (Decimal): A decimal number, possibly signed, sent as a JSON string.
        asset (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        time (int | str): When the flow happened, Unix milliseconds; a string per the documentation, a number in
            BitMart's skills examples.
        tran_id (str): BitMart's id of the flow.
        flow_type (FuturesTransactionFlowType | Unset): Kind of fund flow, an integer. 0 all (filter only), 1 transfer,
            2 realised PnL, 3 funding fee, 4 commission fee, 5 liquidation clearance.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
            the ordinary futures account.
    """

    symbol: str
    type_: FuturesTransactionTypeName
    amount: Decimal
    asset: str
    time: int | str
    tran_id: str
    flow_type: FuturesTransactionFlowType | Unset = UNSET
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        type_: str = self.type_

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        asset = self.asset

        time: int | str
        time = self.time

        tran_id = self.tran_id

        flow_type: int | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type

        account: str | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "type": type_,
                "amount": amount,
                "asset": asset,
                "time": time,
                "tran_id": tran_id,
            }
        )
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if account is not UNSET:
            field_dict["account"] = account
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesTransaction", "symbol", "str", symbol)

        type_: FuturesTransactionTypeName
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_transaction_type_name(
            _type_, "FuturesTransaction", "type"
        )

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FuturesTransaction", "amount", "decimal", amount)
        else:
            amount = note("FuturesTransaction", "amount", "decimal", amount)

        asset = d.pop("asset", UNSET)
        if asset.__class__ is not str:
            asset = note("FuturesTransaction", "asset", "str", asset)

        def _parse_time(data: Any) -> Any:
            if data.__class__ is str:
                return data
            if data.__class__ is int:
                return data
            return note("FuturesTransaction", "time", "str|int", data)

        time = d.pop("time", UNSET)
        time = _parse_time(time)

        tran_id = d.pop("tran_id", UNSET)
        if tran_id.__class__ is not str:
            tran_id = note("FuturesTransaction", "tran_id", "str", tran_id)

        flow_type: FuturesTransactionFlowType | Unset
        _flow_type = d.pop("flow_type", UNSET)
        flow_type = (
            _flow_type
            if _flow_type is UNSET
            else check_futures_transaction_flow_type(
                _flow_type, "FuturesTransaction", "flow_type"
            )
        )

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesTransaction", "account")
        )

        futures_transaction = cls(
            symbol=symbol,
            type_=type_,
            amount=amount,
            asset=asset,
            time=time,
            tran_id=tran_id,
            flow_type=flow_type,
            account=account,
        )
        futures_transaction._sent_fields = src_dict

        if d:
            note_extra("FuturesTransaction", d)
        futures_transaction.additional_properties = d
        return futures_transaction

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
