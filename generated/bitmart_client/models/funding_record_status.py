from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingRecordStatus = Literal[0, 1, 2, 3, 4, 5]

FUNDING_RECORD_STATUS_VALUES: set[FundingRecordStatus] = {
    0,
    1,
    2,
    3,
    4,
    5,
}
_LISTED: dict[object, FundingRecordStatus] = {
    value: value for value in FUNDING_RECORD_STATUS_VALUES
}


def check_funding_record_status(
    value: Any, model: str = "FundingRecordStatus", key: str | None = None
) -> FundingRecordStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingRecordStatus, note(model, key, "enum", value))
