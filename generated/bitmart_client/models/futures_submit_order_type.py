from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesSubmitOrderType = Literal["limit", "market"]

FUTURES_SUBMIT_ORDER_TYPE_VALUES: set[FuturesSubmitOrderType] = {
    "limit",
    "market",
}
_LISTED: dict[object, FuturesSubmitOrderType] = {
    value: value for value in FUTURES_SUBMIT_ORDER_TYPE_VALUES
}


def check_futures_submit_order_type(
    value: Any, model: str = "FuturesSubmitOrderType", key: str | None = None
) -> FuturesSubmitOrderType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesSubmitOrderType, note(model, key, "enum", value))
