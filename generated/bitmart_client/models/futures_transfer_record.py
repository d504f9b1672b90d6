from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_transfer_state import (
    FuturesTransferState,
    check_futures_transfer_state,
)
from ..models.futures_transfer_type import (
    FuturesTransferType,
    check_futures_transfer_type,
)
from ..types import UNSET

T = TypeVar("T", bound="FuturesTransferRecord")


@_attrs_define
class FuturesTransferRecord:
    """One spot-futures transfer.

    Attributes:
        transfer_id (str): BitMart's id of the transfer.
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        type_ (FuturesTransferType): Direction of a spot-futures transfer.
        state (FuturesTransferState): Outcome of a transfer. `PROCESSING` waiting to be executed, `FINISHED` done,
            `FAILED` refused.
        timestamp (int): Unix time in milliseconds.
    """

    transfer_id: str
    currency: str
    amount: Decimal
    type_: FuturesTransferType
    state: FuturesTransferState
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        type_: str = self.type_

        state: str = self.state

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "currency": currency,
                "amount": amount,
                "type": type_,
                "state": state,
                "timestamp": timestamp,
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
        transfer_id = d.pop("transfer_id", UNSET)
        if transfer_id.__class__ is not str:
            transfer_id = note(
                "FuturesTransferRecord", "transfer_id", "str", transfer_id
            )

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("FuturesTransferRecord", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FuturesTransferRecord", "amount", "decimal", amount)
        else:
            amount = note("FuturesTransferRecord", "amount", "decimal", amount)

        type_: FuturesTransferType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_transfer_type(_type_, "FuturesTransferRecord", "type")

        state: FuturesTransferState
        _state = d.pop("state", UNSET)
        state = check_futures_transfer_state(_state, "FuturesTransferRecord", "state")

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesTransferRecord", "timestamp", "int", timestamp)

        futures_transfer_record = cls(
            transfer_id=transfer_id,
            currency=currency,
            amount=amount,
            type_=type_,
            state=state,
            timestamp=timestamp,
        )
        futures_transfer_record._sent_fields = src_dict

        if d:
            note_extra("FuturesTransferRecord", d)
        futures_transfer_record.additional_properties = d
        return futures_transfer_record

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
