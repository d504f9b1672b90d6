from typing import Literal

FuturesSubmitStpMode = Literal[1, 2, 3]

FUTURES_SUBMIT_STP_MODE_VALUES: set[FuturesSubmitStpMode] = {
    1,
    2,
    3,
}


def check_futures_submit_stp_mode(value: int) -> FuturesSubmitStpMode:
    if value in FUTURES_SUBMIT_STP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_SUBMIT_STP_MODE_VALUES!r}"
    )
