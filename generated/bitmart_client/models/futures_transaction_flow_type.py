from typing import Literal

FuturesTransactionFlowType = Literal[0, 1, 2, 3, 4, 5]

FUTURES_TRANSACTION_FLOW_TYPE_VALUES: set[FuturesTransactionFlowType] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_futures_transaction_flow_type(value: int) -> FuturesTransactionFlowType:
    if value in FUTURES_TRANSACTION_FLOW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSACTION_FLOW_TYPE_VALUES!r}"
    )
