from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderPriceWay = Literal[1, 2]

FUTURES_PLAN_ORDER_PRICE_WAY_VALUES: set[FuturesPlanOrderPriceWay] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPlanOrderPriceWay] = {
    value: value for value in FUTURES_PLAN_ORDER_PRICE_WAY_VALUES
}


def check_futures_plan_order_price_way(
    value: Any, model: str = "FuturesPlanOrderPriceWay", key: str | None = None
) -> FuturesPlanOrderPriceWay:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderPriceWay, note(model, key, "enum", value))
