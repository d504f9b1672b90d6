from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanPriceWay = Literal[1, 2]

FUTURES_PLAN_PRICE_WAY_VALUES: set[FuturesPlanPriceWay] = {
    1,
    2,
}


def check_futures_plan_price_way(
    value: Any, model: str = "FuturesPlanPriceWay", key: str | None = None
) -> FuturesPlanPriceWay:
    if value in FUTURES_PLAN_PRICE_WAY_VALUES:
        return cast(FuturesPlanPriceWay, value)
    return cast(FuturesPlanPriceWay, note(model, key, "enum", value))
