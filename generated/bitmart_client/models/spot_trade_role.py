from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotTradeRole = Literal["maker", "taker"]

SPOT_TRADE_ROLE_VALUES: set[SpotTradeRole] = {
    "maker",
    "taker",
}


def check_spot_trade_role(
    value: Any, model: str = "SpotTradeRole", key: str | None = None
) -> SpotTradeRole:
    if value in SPOT_TRADE_ROLE_VALUES:
        return cast(SpotTradeRole, value)
    return cast(SpotTradeRole, note(model, key, "enum", value))
