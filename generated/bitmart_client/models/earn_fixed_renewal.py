from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnFixedRenewal = Literal["OFF", "REINVEST_FIXED", "REINVEST_FLEXIBLE"]

EARN_FIXED_RENEWAL_VALUES: set[EarnFixedRenewal] = {
    "OFF",
    "REINVEST_FIXED",
    "REINVEST_FLEXIBLE",
}


def check_earn_fixed_renewal(
    value: Any, model: str = "EarnFixedRenewal", key: str | None = None
) -> EarnFixedRenewal:
    if value in EARN_FIXED_RENEWAL_VALUES:
        return cast(EarnFixedRenewal, value)
    return cast(EarnFixedRenewal, note(model, key, "enum", value))
