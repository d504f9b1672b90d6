from typing import Literal

FuturesPlanOrderPriceWay = Literal[1, 2]

FUTURES_PLAN_ORDER_PRICE_WAY_VALUES: set[FuturesPlanOrderPriceWay] = {
    1,
    2,
}


def check_futures_plan_order_price_way(value: int) -> FuturesPlanOrderPriceWay:
    if value in FUTURES_PLAN_ORDER_PRICE_WAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_PRICE_WAY_VALUES!r}"
    )
