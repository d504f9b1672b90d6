from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountFuturesCurrency = Literal["USDT"]

SUB_ACCOUNT_FUTURES_CURRENCY_VALUES: set[SubAccountFuturesCurrency] = {
    "USDT",
}
_LISTED: dict[object, SubAccountFuturesCurrency] = {
    value: value for value in SUB_ACCOUNT_FUTURES_CURRENCY_VALUES
}


def check_sub_account_futures_currency(
    value: Any, model: str = "SubAccountFuturesCurrency", key: str | None = None
) -> SubAccountFuturesCurrency:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SubAccountFuturesCurrency, note(model, key, "enum", value))
