from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderAccount = Literal["copy_trading", "futures"]

FUTURES_ORDER_ACCOUNT_VALUES: set[FuturesOrderAccount] = {
    "copy_trading",
    "futures",
}


def check_futures_order_account(
    value: Any, model: str = "FuturesOrderAccount", key: str | None = None
) -> FuturesOrderAccount:
    if value in FUTURES_ORDER_ACCOUNT_VALUES:
        return cast(FuturesOrderAccount, value)
    return cast(FuturesOrderAccount, note(model, key, "enum", value))
