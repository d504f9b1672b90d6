from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPriceType = Literal[1, 2]

FUTURES_PRICE_TYPE_VALUES: set[FuturesPriceType] = {
    1,
    2,
}


def check_futures_price_type(
    value: Any, model: str = "FuturesPriceType", key: str | None = None
) -> FuturesPriceType:
    if value in FUTURES_PRICE_TYPE_VALUES:
        return cast(FuturesPriceType, value)
    return cast(FuturesPriceType, note(model, key, "enum", value))
