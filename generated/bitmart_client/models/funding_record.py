from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_operation_type import (
    FundingOperationType,
    check_funding_operation_type,
)
from ..models.funding_record_status import (
    FundingRecordStatus,
    check_funding_record_status,
)

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
        arrival_amount (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        fee (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
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
    arrival_amount: str
    fee: str
    status: FundingRecordStatus
    address: str
    address_memo: str
    tx_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdraw_id = self.withdraw_id

        deposit_id = self.deposit_id

        operation_type: str = self.operation_type

        currency = self.currency

        apply_time = self.apply_time

        arrival_amount = self.arrival_amount

        fee = self.fee

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        withdraw_id = d.pop("withdraw_id")

        deposit_id = d.pop("deposit_id")

        operation_type = check_funding_operation_type(d.pop("operation_type"))

        currency = d.pop("currency")

        apply_time = d.pop("apply_time")

        arrival_amount = d.pop("arrival_amount")

        fee = d.pop("fee")

        status = check_funding_record_status(d.pop("status"))

        address = d.pop("address")

        address_memo = d.pop("address_memo")

        tx_id = d.pop("tx_id")

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
