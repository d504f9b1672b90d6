from typing import Literal

FundingOperationType = Literal["deposit", "withdraw"]

FUNDING_OPERATION_TYPE_VALUES: set[FundingOperationType] = {
    "deposit",
    "withdraw",
}


def check_funding_operation_type(value: str) -> FundingOperationType:
    if value in FUNDING_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_OPERATION_TYPE_VALUES!r}"
    )
