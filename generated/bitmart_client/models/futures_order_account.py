from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderAccount = Literal["copy_trading", "futures"]

FUTURES_ORDER_ACCOUNT_VALUES: set[FuturesOrderAccount] = {
    "copy_trading",
    "futures",
}
_LISTED: dict[object, FuturesOrderAccount] = {
    value: value for value in FUTURES_ORDER_ACCOUNT_VALUES
}


def check_futures_order_account(
    value: Any, model: str = "FuturesOrderAccount", key: str | None = None
) -> FuturesOrderAccount:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderAccount, note(model, key, "enum", value))
