from typing import Literal

EarnRecordType = Literal["interest", "redeem", "subscribe"]

EARN_RECORD_TYPE_VALUES: set[EarnRecordType] = {
    "interest",
    "redeem",
    "subscribe",
}


def check_earn_record_type(value: str) -> EarnRecordType:
    if value in EARN_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_RECORD_TYPE_VALUES!r}"
    )
