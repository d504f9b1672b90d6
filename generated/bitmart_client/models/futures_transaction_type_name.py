from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransactionTypeName = Literal[
    "Commission Fee", "Funding Fee", "Liquidation Clearance", "Realized PNL", "Transfer"
]

FUTURES_TRANSACTION_TYPE_NAME_VALUES: set[FuturesTransactionTypeName] = {
    "Commission Fee",
    "Funding Fee",
    "Liquidation Clearance",
    "Realized PNL",
    "Transfer",
}


def check_futures_transaction_type_name(
    value: Any, model: str = "FuturesTransactionTypeName", key: str | None = None
) -> FuturesTransactionTypeName:
    if value in FUTURES_TRANSACTION_TYPE_NAME_VALUES:
        return cast(FuturesTransactionTypeName, value)
    return cast(FuturesTransactionTypeName, note(model, key, "enum", value))
