from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_transfer_currency import (
    FuturesTransferCurrency,
    check_futures_transfer_currency,
)
from ..models.futures_transfer_type import (
    FuturesTransferType,
    check_futures_transfer_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTransferRequest")


@_attrs_define
class FuturesTransferRequest:
    """
    Attributes:
        currency (FuturesTransferCurrency): Currency of a spot-futures transfer; only `USDT` is supported.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        type_ (FuturesTransferType): Direction of a spot-futures transfer.
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    currency: FuturesTransferCurrency
    amount: Decimal
    type_: FuturesTransferType
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency: str = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        type_: str = self.type_

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "type": type_,
            }
        )
        if recv_window is not UNSET:
            field_dict["recvWindow"] = recv_window
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency: FuturesTransferCurrency
        _currency = d.pop("currency", UNSET)
        currency = check_futures_transfer_currency(
            _currency, "FuturesTransferRequest", "currency"
        )

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FuturesTransferRequest", "amount", "decimal", amount)
        else:
            amount = note("FuturesTransferRequest", "amount", "decimal", amount)

        type_: FuturesTransferType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_transfer_type(_type_, "FuturesTransferRequest", "type")

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note(
                "FuturesTransferRequest", "recvWindow", "int", recv_window
            )

        futures_transfer_request = cls(
            currency=currency,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
        )
        futures_transfer_request._sent_fields = src_dict

        if d:
            note_extra("FuturesTransferRequest", d)
        futures_transfer_request.additional_properties = d
        return futures_transfer_request

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
