from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTradeRole = Literal["Maker", "Taker"]

FUTURES_TRADE_ROLE_VALUES: set[FuturesTradeRole] = {
    "Maker",
    "Taker",
}


def check_futures_trade_role(
    value: Any, model: str = "FuturesTradeRole", key: str | None = None
) -> FuturesTradeRole:
    if value in FUTURES_TRADE_ROLE_VALUES:
        return cast(FuturesTradeRole, value)
    return cast(FuturesTradeRole, note(model, key, "enum", value))
