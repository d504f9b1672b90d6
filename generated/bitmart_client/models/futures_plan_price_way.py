from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanPriceWay = Literal[1, 2]

FUTURES_PLAN_PRICE_WAY_VALUES: set[FuturesPlanPriceWay] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPlanPriceWay] = {
    value: value for value in FUTURES_PLAN_PRICE_WAY_VALUES
}


def check_futures_plan_price_way(
    value: Any, model: str = "FuturesPlanPriceWay", key: str | None = None
) -> FuturesPlanPriceWay:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanPriceWay, note(model, key, "enum", value))
