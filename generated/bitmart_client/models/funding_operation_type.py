from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingOperationType = Literal["deposit", "withdraw"]

FUNDING_OPERATION_TYPE_VALUES: set[FundingOperationType] = {
    "deposit",
    "withdraw",
}
_LISTED: dict[object, FundingOperationType] = {
    value: value for value in FUNDING_OPERATION_TYPE_VALUES
}


def check_funding_operation_type(
    value: Any, model: str = "FundingOperationType", key: str | None = None
) -> FundingOperationType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingOperationType, note(model, key, "enum", value))
