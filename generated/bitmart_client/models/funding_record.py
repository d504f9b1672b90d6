from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.funding_operation_type import (
    FundingOperationType,
    check_funding_operation_type,
)
from ..models.funding_record_status import (
    FundingRecordStatus,
    check_funding_record_status,
)
from ..types import UNSET

T = TypeVar("T", bound="FundingRecord")


@_attrs_define
class FundingRecord:
    """A deposit or a withdrawal with its latest status.

    Attributes:
        withdraw_id (str): The withdrawal's id (the one `submit_withdraw` returned); empty for deposits.
        deposit_id (str): The deposit's id; empty for withdrawals.
        operation_type (FundingOperationType): `deposit` or `withdraw`.
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        apply_time (int): Unix time in milliseconds.
        arrival_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        fee (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        status (FundingRecordStatus): 0 created, 1 submitted and waiting to be processed, 2 processing, 3 done (credited
            or
            sent), 4 cancelled, 5 failed. 3, 4 and 5 are final.
        address (str): The sending or receiving address.
        address_memo (str): Tag or memo used with the address; empty when none.
        tx_id (str): The on-chain transaction hash; empty until the transaction is on chain.
    """

    withdraw_id: str
    deposit_id: str
    operation_type: FundingOperationType
    currency: str
    apply_time: int
    arrival_amount: Decimal
    fee: Decimal
    status: FundingRecordStatus
    address: str
    address_memo: str
    tx_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        withdraw_id = self.withdraw_id

        deposit_id = self.deposit_id

        operation_type: str = self.operation_type

        currency = self.currency

        apply_time = self.apply_time

        arrival_amount = decimal_text(
            self.arrival_amount, self._sent_fields, "arrival_amount"
        )

        fee = decimal_text(self.fee, self._sent_fields, "fee")

        status: int = self.status

        address = self.address

        address_memo = self.address_memo

        tx_id = self.tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdraw_id": withdraw_id,
                "deposit_id": deposit_id,
                "operation_type": operation_type,
                "currency": currency,
                "apply_time": apply_time,
                "arrival_amount": arrival_amount,
                "fee": fee,
                "status": status,
                "address": address,
                "address_memo": address_memo,
                "tx_id": tx_id,
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
        withdraw_id = d.pop("withdraw_id", UNSET)
        if withdraw_id.__class__ is not str:
            withdraw_id = note("FundingRecord", "withdraw_id", "str", withdraw_id)

        deposit_id = d.pop("deposit_id", UNSET)
        if deposit_id.__class__ is not str:
            deposit_id = note("FundingRecord", "deposit_id", "str", deposit_id)

        operation_type: FundingOperationType
        _operation_type = d.pop("operation_type", UNSET)
        operation_type = check_funding_operation_type(
            _operation_type, "FundingRecord", "operation_type"
        )

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("FundingRecord", "currency", "str", currency)

        apply_time = d.pop("apply_time", UNSET)
        if apply_time.__class__ is not int:
            apply_time = note("FundingRecord", "apply_time", "int", apply_time)

        arrival_amount = d.pop("arrival_amount", UNSET)
        if arrival_amount.__class__ is str:
            try:
                arrival_amount = Decimal(arrival_amount)
            except ArithmeticError:
                arrival_amount = note(
                    "FundingRecord", "arrival_amount", "decimal", arrival_amount
                )
        else:
            arrival_amount = note(
                "FundingRecord", "arrival_amount", "decimal", arrival_amount
            )

        fee = d.pop("fee", UNSET)
        if fee.__class__ is str:
            try:
                fee = Decimal(fee)
            except ArithmeticError:
                fee = note("FundingRecord", "fee", "decimal", fee)
        else:
            fee = note("FundingRecord", "fee", "decimal", fee)

        status: FundingRecordStatus
        _status = d.pop("status", UNSET)
        status = check_funding_record_status(_status, "FundingRecord", "status")

        address = d.pop("address", UNSET)
        if address.__class__ is not str:
            address = note("FundingRecord", "address", "str", address)

        address_memo = d.pop("address_memo", UNSET)
        if address_memo.__class__ is not str:
            address_memo = note("FundingRecord", "address_memo", "str", address_memo)

        tx_id = d.pop("tx_id", UNSET)
        if tx_id.__class__ is not str:
            tx_id = note("FundingRecord", "tx_id", "str", tx_id)

        funding_record = cls(
            withdraw_id=withdraw_id,
            deposit_id=deposit_id,
            operation_type=operation_type,
            currency=currency,
            apply_time=apply_time,
            arrival_amount=arrival_amount,
            fee=fee,
            status=status,
            address=address,
            address_memo=address_memo,
            tx_id=tx_id,
        )
        funding_record._sent_fields = src_dict

        if d:
            note_extra("FundingRecord", d)
        funding_record.additional_properties = d
        return funding_record

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
