from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnRecordType = Literal["interest", "redeem", "subscribe"]

EARN_RECORD_TYPE_VALUES: set[EarnRecordType] = {
    "interest",
    "redeem",
    "subscribe",
}
_LISTED: dict[object, EarnRecordType] = {
    value: value for value in EARN_RECORD_TYPE_VALUES
}


def check_earn_record_type(
    value: Any, model: str = "EarnRecordType", key: str | None = None
) -> EarnRecordType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(EarnRecordType, note(model, key, "enum", value))
