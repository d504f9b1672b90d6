from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountStatus = Literal[0, 1, 2]

SUB_ACCOUNT_STATUS_VALUES: set[SubAccountStatus] = {
    0,
    1,
    2,
}
_LISTED: dict[object, SubAccountStatus] = {
    value: value for value in SUB_ACCOUNT_STATUS_VALUES
}


def check_sub_account_status(
    value: Any, model: str = "SubAccountStatus", key: str | None = None
) -> SubAccountStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SubAccountStatus, note(model, key, "enum", value))
