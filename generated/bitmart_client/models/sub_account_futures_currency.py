from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountFuturesCurrency = Literal["USDT"]

SUB_ACCOUNT_FUTURES_CURRENCY_VALUES: set[SubAccountFuturesCurrency] = {
    "USDT",
}


def check_sub_account_futures_currency(
    value: Any, model: str = "SubAccountFuturesCurrency", key: str | None = None
) -> SubAccountFuturesCurrency:
    if value in SUB_ACCOUNT_FUTURES_CURRENCY_VALUES:
        return cast(SubAccountFuturesCurrency, value)
    return cast(SubAccountFuturesCurrency, note(model, key, "enum", value))
