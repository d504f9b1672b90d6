from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransferFundType = Literal["contract_to_fund", "fund_to_contract"]

FUTURES_TRANSFER_FUND_TYPE_VALUES: set[FuturesTransferFundType] = {
    "contract_to_fund",
    "fund_to_contract",
}
_LISTED: dict[object, FuturesTransferFundType] = {
    value: value for value in FUTURES_TRANSFER_FUND_TYPE_VALUES
}


def check_futures_transfer_fund_type(
    value: Any, model: str = "FuturesTransferFundType", key: str | None = None
) -> FuturesTransferFundType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransferFundType, note(model, key, "enum", value))
