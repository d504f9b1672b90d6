from typing import Literal

SubAccountsSubaccountlistStatus = Literal[0, 1, 2]

SUB_ACCOUNTS_SUBACCOUNTLIST_STATUS_VALUES: set[SubAccountsSubaccountlistStatus] = {
    0,
    1,
    2,
}


def check_sub_accounts_subaccountlist_status(
    value: int,
) -> SubAccountsSubaccountlistStatus:
    if value in SUB_ACCOUNTS_SUBACCOUNTLIST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNTS_SUBACCOUNTLIST_STATUS_VALUES!r}"
    )
