from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.sub_account_futures_wallet_type import (
    SubAccountFuturesWalletType,
    check_sub_account_futures_wallet_type,
)
from ..types import UNSET

T = TypeVar("T", bound="SubAccountFuturesTransfer")


@_attrs_define
class SubAccountFuturesTransfer:
    """One futures transfer between a main account and a sub-account.

    Attributes:
        from_account (str): Username of the account the funds left (main account or sub-account).
        from_wallet_type (SubAccountFuturesWalletType): Wallet on one side of a futures sub-account transfer; always
            `future` (singular).
        to_account (str): Username of the account the funds went to (main account or sub-account).
        to_wallet_type (SubAccountFuturesWalletType): Wallet on one side of a futures sub-account transfer; always
            `future` (singular).
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        submission_time (int): Unix time in seconds.
    """

    from_account: str
    from_wallet_type: SubAccountFuturesWalletType
    to_account: str
    to_wallet_type: SubAccountFuturesWalletType
    currency: str
    amount: Decimal
    submission_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from_account = self.from_account

        from_wallet_type: str = self.from_wallet_type

        to_account = self.to_account

        to_wallet_type: str = self.to_wallet_type

        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        submission_time = self.submission_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromAccount": from_account,
                "fromWalletType": from_wallet_type,
                "toAccount": to_account,
                "toWalletType": to_wallet_type,
                "currency": currency,
                "amount": amount,
                "submissionTime": submission_time,
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
        from_account = d.pop("fromAccount", UNSET)
        if from_account.__class__ is not str:
            from_account = note(
                "SubAccountFuturesTransfer", "fromAccount", "str", from_account
            )

        from_wallet_type: SubAccountFuturesWalletType
        _from_wallet_type = d.pop("fromWalletType", UNSET)
        from_wallet_type = check_sub_account_futures_wallet_type(
            _from_wallet_type, "SubAccountFuturesTransfer", "fromWalletType"
        )

        to_account = d.pop("toAccount", UNSET)
        if to_account.__class__ is not str:
            to_account = note(
                "SubAccountFuturesTransfer", "toAccount", "str", to_account
            )

        to_wallet_type: SubAccountFuturesWalletType
        _to_wallet_type = d.pop("toWalletType", UNSET)
        to_wallet_type = check_sub_account_futures_wallet_type(
            _to_wallet_type, "SubAccountFuturesTransfer", "toWalletType"
        )

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("SubAccountFuturesTransfer", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("SubAccountFuturesTransfer", "amount", "decimal", amount)
        else:
            amount = note("SubAccountFuturesTransfer", "amount", "decimal", amount)

        submission_time = d.pop("submissionTime", UNSET)
        if submission_time.__class__ is not int:
            submission_time = note(
                "SubAccountFuturesTransfer", "submissionTime", "int", submission_time
            )

        sub_account_futures_transfer = cls(
            from_account=from_account,
            from_wallet_type=from_wallet_type,
            to_account=to_account,
            to_wallet_type=to_wallet_type,
            currency=currency,
            amount=amount,
            submission_time=submission_time,
        )
        sub_account_futures_transfer._sent_fields = src_dict

        if d:
            note_extra("SubAccountFuturesTransfer", d)
        sub_account_futures_transfer.additional_properties = d
        return sub_account_futures_transfer

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
