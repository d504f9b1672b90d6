from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnFixedRenewal = Literal["OFF", "REINVEST_FIXED", "REINVEST_FLEXIBLE"]

EARN_FIXED_RENEWAL_VALUES: set[EarnFixedRenewal] = {
    "OFF",
    "REINVEST_FIXED",
    "REINVEST_FLEXIBLE",
}
_LISTED: dict[object, EarnFixedRenewal] = {
    value: value for value in EARN_FIXED_RENEWAL_VALUES
}


def check_earn_fixed_renewal(
    value: Any, model: str = "EarnFixedRenewal", key: str | None = None
) -> EarnFixedRenewal:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(EarnFixedRenewal, note(model, key, "enum", value))
