from typing import Literal

SpotTradeRole = Literal["maker", "taker"]

SPOT_TRADE_ROLE_VALUES: set[SpotTradeRole] = {
    "maker",
    "taker",
}


def check_spot_trade_role(value: str) -> SpotTradeRole:
    if value in SPOT_TRADE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_TRADE_ROLE_VALUES!r}"
    )
