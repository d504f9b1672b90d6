from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTpSlCategory = Literal["limit", "market"]

FUTURES_TP_SL_CATEGORY_VALUES: set[FuturesTpSlCategory] = {
    "limit",
    "market",
}


def check_futures_tp_sl_category(
    value: Any, model: str = "FuturesTpSlCategory", key: str | None = None
) -> FuturesTpSlCategory:
    if value in FUTURES_TP_SL_CATEGORY_VALUES:
        return cast(FuturesTpSlCategory, value)
    return cast(FuturesTpSlCategory, note(model, key, "enum", value))
