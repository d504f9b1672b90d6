from typing import Literal

EarnFixedRenewal = Literal["OFF", "REINVEST_FIXED", "REINVEST_FLEXIBLE"]

EARN_FIXED_RENEWAL_VALUES: set[EarnFixedRenewal] = {
    "OFF",
    "REINVEST_FIXED",
    "REINVEST_FLEXIBLE",
}


def check_earn_fixed_renewal(value: str) -> EarnFixedRenewal:
    if value in EARN_FIXED_RENEWAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_FIXED_RENEWAL_VALUES!r}"
    )
