from typing import Literal

FuturesPriceType = Literal[1, 2]

FUTURES_PRICE_TYPE_VALUES: set[FuturesPriceType] = {
    1,
    2,
}


def check_futures_price_type(value: int) -> FuturesPriceType:
    if value in FUTURES_PRICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PRICE_TYPE_VALUES!r}"
    )
