from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingCurrency")


@_attrs_define
class FundingCurrency:
    """One currency on one network, with its deposit and withdrawal terms.

    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        name (str): Display name.
        contract_address (None | str): The token's contract address on its network; `null` for native coins and legacy
            channels.
        network (str): Network name, e.g. `TRC20`, `ERC20`, `BEP20(BSC)`.
        withdraw_enabled (bool): Whether withdrawals are open.
        deposit_enabled (bool): Whether deposits are open.
        withdraw_minsize (Decimal | None): A non-negative decimal string, or `null` when BitMart has no value.
        withdraw_minfee (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no value.
        withdraw_fee (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no value.
        withdraw_fee_estimate (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no
            value.
        recharge_minsize (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no value.
        withdraw_maxsize (Decimal | None | Unset): A non-negative decimal string, or `null` when BitMart has no value.
    """

    currency: str
    name: str
    contract_address: None | str
    network: str
    withdraw_enabled: bool
    deposit_enabled: bool
    withdraw_minsize: Decimal | None
    withdraw_minfee: Decimal | None | Unset = UNSET
    withdraw_fee: Decimal | None | Unset = UNSET
    withdraw_fee_estimate: Decimal | None | Unset = UNSET
    recharge_minsize: Decimal | None | Unset = UNSET
    withdraw_maxsize: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        name = self.name

        contract_address: None | str
        contract_address = self.contract_address

        network = self.network

        withdraw_enabled = self.withdraw_enabled

        deposit_enabled = self.deposit_enabled

        withdraw_minsize: None | str
        if isinstance(self.withdraw_minsize, Decimal):
            withdraw_minsize = decimal_text(
                self.withdraw_minsize,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            withdraw_minsize = self.withdraw_minsize

        withdraw_minfee: None | str | Unset
        if isinstance(self.withdraw_minfee, Unset):
            withdraw_minfee = UNSET
        elif isinstance(self.withdraw_minfee, Decimal):
            withdraw_minfee = decimal_text(
                self.withdraw_minfee,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            withdraw_minfee = self.withdraw_minfee

        withdraw_fee: None | str | Unset
        if isinstance(self.withdraw_fee, Unset):
            withdraw_fee = UNSET
        elif isinstance(self.withdraw_fee, Decimal):
            withdraw_fee = decimal_text(
                self.withdraw_fee,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            withdraw_fee = self.withdraw_fee

        withdraw_fee_estimate: None | str | Unset
        if isinstance(self.withdraw_fee_estimate, Unset):
            withdraw_fee_estimate = UNSET
        elif isinstance(self.withdraw_fee_estimate, Decimal):
            withdraw_fee_estimate = decimal_text(
                self.withdraw_fee_estimate,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            withdraw_fee_estimate = self.withdraw_fee_estimate

        recharge_minsize: None | str | Unset
        if isinstance(self.recharge_minsize, Unset):
            recharge_minsize = UNSET
        elif isinstance(self.recharge_minsize, Decimal):
            recharge_minsize = decimal_text(
                self.recharge_minsize,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            recharge_minsize = self.recharge_minsize

        withdraw_maxsize: None | str | Unset
        if isinstance(self.withdraw_maxsize, Unset):
            withdraw_maxsize = UNSET
        elif isinstance(self.withdraw_maxsize, Decimal):
            withdraw_maxsize = decimal_text(
                self.withdraw_maxsize,
                self._sent_fields,
                "/components/schemas/FundingDecimalOrNull_type_0",
            )

        else:
            withdraw_maxsize = self.withdraw_maxsize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "name": name,
                "contract_address": contract_address,
                "network": network,
                "withdraw_enabled": withdraw_enabled,
                "deposit_enabled": deposit_enabled,
                "withdraw_minsize": withdraw_minsize,
            }
        )
        if withdraw_minfee is not UNSET:
            field_dict["withdraw_minfee"] = withdraw_minfee
        if withdraw_fee is not UNSET:
            field_dict["withdraw_fee"] = withdraw_fee
        if withdraw_fee_estimate is not UNSET:
            field_dict["withdraw_fee_estimate"] = withdraw_fee_estimate
        if recharge_minsize is not UNSET:
            field_dict["recharge_minsize"] = recharge_minsize
        if withdraw_maxsize is not UNSET:
            field_dict["withdraw_maxsize"] = withdraw_maxsize
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("FundingCurrency", "currency", "str", currency)

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = note("FundingCurrency", "name", "str", name)

        def _parse_contract_address(data: Any) -> Any:
            if data.__class__ is str:
                return data
            if data is None:
                return None
            return note("FundingCurrency", "contract_address", "str|None", data)

        contract_address = d.pop("contract_address", UNSET)
        contract_address = _parse_contract_address(contract_address)

        network = d.pop("network", UNSET)
        if network.__class__ is not str:
            network = note("FundingCurrency", "network", "str", network)

        withdraw_enabled = d.pop("withdraw_enabled", UNSET)
        if withdraw_enabled.__class__ is not bool:
            withdraw_enabled = note(
                "FundingCurrency", "withdraw_enabled", "bool", withdraw_enabled
            )

        deposit_enabled = d.pop("deposit_enabled", UNSET)
        if deposit_enabled.__class__ is not bool:
            deposit_enabled = note(
                "FundingCurrency", "deposit_enabled", "bool", deposit_enabled
            )

        def _parse_withdraw_minsize(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(data, "FundingCurrency", "withdraw_minsize", False)
            if data is None:
                return None
            return note("FundingCurrency", "withdraw_minsize", "decimal|None", data)

        withdraw_minsize = d.pop("withdraw_minsize", UNSET)
        withdraw_minsize = _parse_withdraw_minsize(withdraw_minsize)

        def _parse_withdraw_minfee(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(data, "FundingCurrency", "withdraw_minfee", False)
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("FundingCurrency", "withdraw_minfee", "decimal|None", data)

        withdraw_minfee = d.pop("withdraw_minfee", UNSET)
        withdraw_minfee = _parse_withdraw_minfee(withdraw_minfee)

        def _parse_withdraw_fee(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(data, "FundingCurrency", "withdraw_fee", False)
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("FundingCurrency", "withdraw_fee", "decimal|None", data)

        withdraw_fee = d.pop("withdraw_fee", UNSET)
        withdraw_fee = _parse_withdraw_fee(withdraw_fee)

        def _parse_withdraw_fee_estimate(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(
                    data, "FundingCurrency", "withdraw_fee_estimate", False
                )
            if data is None:
                return None
            if data is UNSET:
                return data
            return note(
                "FundingCurrency", "withdraw_fee_estimate", "decimal|None", data
            )

        withdraw_fee_estimate = d.pop("withdraw_fee_estimate", UNSET)
        withdraw_fee_estimate = _parse_withdraw_fee_estimate(withdraw_fee_estimate)

        def _parse_recharge_minsize(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(data, "FundingCurrency", "recharge_minsize", False)
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("FundingCurrency", "recharge_minsize", "decimal|None", data)

        recharge_minsize = d.pop("recharge_minsize", UNSET)
        recharge_minsize = _parse_recharge_minsize(recharge_minsize)

        def _parse_withdraw_maxsize(data: Any) -> Any:
            if data.__class__ is str:
                return to_decimal(data, "FundingCurrency", "withdraw_maxsize", False)
            if data is None:
                return None
            if data is UNSET:
                return data
            return note("FundingCurrency", "withdraw_maxsize", "decimal|None", data)

        withdraw_maxsize = d.pop("withdraw_maxsize", UNSET)
        withdraw_maxsize = _parse_withdraw_maxsize(withdraw_maxsize)

        funding_currency = cls(
            currency=currency,
            name=name,
            contract_address=contract_address,
            network=network,
            withdraw_enabled=withdraw_enabled,
            deposit_enabled=deposit_enabled,
            withdraw_minsize=withdraw_minsize,
            withdraw_minfee=withdraw_minfee,
            withdraw_fee=withdraw_fee,
            withdraw_fee_estimate=withdraw_fee_estimate,
            recharge_minsize=recharge_minsize,
            withdraw_maxsize=withdraw_maxsize,
        )
        funding_currency._sent_fields = src_dict

        if d:
            note_extra("FundingCurrency", d)
        funding_currency.additional_properties = d
        return funding_currency

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
