from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesSubmitOrderType = Literal["limit", "market"]

FUTURES_SUBMIT_ORDER_TYPE_VALUES: set[FuturesSubmitOrderType] = {
    "limit",
    "market",
}


def check_futures_submit_order_type(
    value: Any, model: str = "FuturesSubmitOrderType", key: str | None = None
) -> FuturesSubmitOrderType:
    if value in FUTURES_SUBMIT_ORDER_TYPE_VALUES:
        return cast(FuturesSubmitOrderType, value)
    return cast(FuturesSubmitOrderType, note(model, key, "enum", value))
