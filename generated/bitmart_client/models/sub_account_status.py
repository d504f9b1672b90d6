from typing import Literal

SubAccountStatus = Literal[0, 1, 2]

SUB_ACCOUNT_STATUS_VALUES: set[SubAccountStatus] = {
    0,
    1,
    2,
}


def check_sub_account_status(value: int) -> SubAccountStatus:
    if value in SUB_ACCOUNT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNT_STATUS_VALUES!r}"
    )
