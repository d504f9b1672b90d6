from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransactionFlowType = Literal[0, 1, 2, 3, 4, 5]

FUTURES_TRANSACTION_FLOW_TYPE_VALUES: set[FuturesTransactionFlowType] = {
    0,
    1,
    2,
    3,
    4,
    5,
}
_LISTED: dict[object, FuturesTransactionFlowType] = {
    value: value for value in FUTURES_TRANSACTION_FLOW_TYPE_VALUES
}


def check_futures_transaction_flow_type(
    value: Any, model: str = "FuturesTransactionFlowType", key: str | None = None
) -> FuturesTransactionFlowType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransactionFlowType, note(model, key, "enum", value))
