from typing import Literal

FuturesPlanPriceWay = Literal[1, 2]

FUTURES_PLAN_PRICE_WAY_VALUES: set[FuturesPlanPriceWay] = {
    1,
    2,
}


def check_futures_plan_price_way(value: int) -> FuturesPlanPriceWay:
    if value in FUTURES_PLAN_PRICE_WAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_PRICE_WAY_VALUES!r}"
    )
