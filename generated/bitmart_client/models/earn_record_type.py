from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnRecordType = Literal["interest", "redeem", "subscribe"]

EARN_RECORD_TYPE_VALUES: set[EarnRecordType] = {
    "interest",
    "redeem",
    "subscribe",
}


def check_earn_record_type(
    value: Any, model: str = "EarnRecordType", key: str | None = None
) -> EarnRecordType:
    if value in EARN_RECORD_TYPE_VALUES:
        return cast(EarnRecordType, value)
    return cast(EarnRecordType, note(model, key, "enum", value))
