from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderType = Literal[
    "adl", "bankruptcy", "limit", "liquidate", "market", "planorder", "trailing"
]

FUTURES_ORDER_TYPE_VALUES: set[FuturesOrderType] = {
    "adl",
    "bankruptcy",
    "limit",
    "liquidate",
    "market",
    "planorder",
    "trailing",
}
_LISTED: dict[object, FuturesOrderType] = {
    value: value for value in FUTURES_ORDER_TYPE_VALUES
}


def check_futures_order_type(
    value: Any, model: str = "FuturesOrderType", key: str | None = None
) -> FuturesOrderType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderType, note(model, key, "enum", value))
