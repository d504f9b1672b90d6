from typing import Literal

FundingRecordStatus = Literal[0, 1, 2, 3, 4, 5]

FUNDING_RECORD_STATUS_VALUES: set[FundingRecordStatus] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_funding_record_status(value: int) -> FundingRecordStatus:
    if value in FUNDING_RECORD_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_RECORD_STATUS_VALUES!r}"
    )
