from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTpSlType = Literal["stop_loss", "take_profit"]

FUTURES_TP_SL_TYPE_VALUES: set[FuturesTpSlType] = {
    "stop_loss",
    "take_profit",
}
_LISTED: dict[object, FuturesTpSlType] = {
    value: value for value in FUTURES_TP_SL_TYPE_VALUES
}


def check_futures_tp_sl_type(
    value: Any, model: str = "FuturesTpSlType", key: str | None = None
) -> FuturesTpSlType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTpSlType, note(model, key, "enum", value))
