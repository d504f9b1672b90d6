from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPriceType = Literal[1, 2]

FUTURES_PRICE_TYPE_VALUES: set[FuturesPriceType] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPriceType] = {
    value: value for value in FUTURES_PRICE_TYPE_VALUES
}


def check_futures_price_type(
    value: Any, model: str = "FuturesPriceType", key: str | None = None
) -> FuturesPriceType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPriceType, note(model, key, "enum", value))
