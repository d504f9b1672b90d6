from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTradeRole = Literal["Maker", "Taker"]

FUTURES_TRADE_ROLE_VALUES: set[FuturesTradeRole] = {
    "Maker",
    "Taker",
}
_LISTED: dict[object, FuturesTradeRole] = {
    value: value for value in FUTURES_TRADE_ROLE_VALUES
}


def check_futures_trade_role(
    value: Any, model: str = "FuturesTradeRole", key: str | None = None
) -> FuturesTradeRole:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTradeRole, note(model, key, "enum", value))
