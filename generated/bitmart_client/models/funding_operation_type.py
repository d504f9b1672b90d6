from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingOperationType = Literal["deposit", "withdraw"]

FUNDING_OPERATION_TYPE_VALUES: set[FundingOperationType] = {
    "deposit",
    "withdraw",
}


def check_funding_operation_type(
    value: Any, model: str = "FundingOperationType", key: str | None = None
) -> FundingOperationType:
    if value in FUNDING_OPERATION_TYPE_VALUES:
        return cast(FundingOperationType, value)
    return cast(FundingOperationType, note(model, key, "enum", value))
