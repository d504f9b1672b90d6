from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesSubmitStpMode = Literal[1, 2, 3]

FUTURES_SUBMIT_STP_MODE_VALUES: set[FuturesSubmitStpMode] = {
    1,
    2,
    3,
}
_LISTED: dict[object, FuturesSubmitStpMode] = {
    value: value for value in FUTURES_SUBMIT_STP_MODE_VALUES
}


def check_futures_submit_stp_mode(
    value: Any, model: str = "FuturesSubmitStpMode", key: str | None = None
) -> FuturesSubmitStpMode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesSubmitStpMode, note(model, key, "enum", value))
