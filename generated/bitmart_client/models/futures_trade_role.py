from typing import Literal

FuturesTradeRole = Literal["Maker", "Taker"]

FUTURES_TRADE_ROLE_VALUES: set[FuturesTradeRole] = {
    "Maker",
    "Taker",
}


def check_futures_trade_role(value: str) -> FuturesTradeRole:
    if value in FUTURES_TRADE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRADE_ROLE_VALUES!r}"
    )
