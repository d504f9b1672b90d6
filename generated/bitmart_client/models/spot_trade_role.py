from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotTradeRole = Literal["maker", "taker"]

SPOT_TRADE_ROLE_VALUES: set[SpotTradeRole] = {
    "maker",
    "taker",
}
_LISTED: dict[object, SpotTradeRole] = {
    value: value for value in SPOT_TRADE_ROLE_VALUES
}


def check_spot_trade_role(
    value: Any, model: str = "SpotTradeRole", key: str | None = None
) -> SpotTradeRole:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotTradeRole, note(model, key, "enum", value))
