from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTpSlCategory = Literal["limit", "market"]

FUTURES_TP_SL_CATEGORY_VALUES: set[FuturesTpSlCategory] = {
    "limit",
    "market",
}
_LISTED: dict[object, FuturesTpSlCategory] = {
    value: value for value in FUTURES_TP_SL_CATEGORY_VALUES
}


def check_futures_tp_sl_category(
    value: Any, model: str = "FuturesTpSlCategory", key: str | None = None
) -> FuturesTpSlCategory:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTpSlCategory, note(model, key, "enum", value))
