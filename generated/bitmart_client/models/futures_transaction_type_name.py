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
_LISTED: dict[object, FuturesTransactionTypeName] = {
    value: value for value in FUTURES_TRANSACTION_TYPE_NAME_VALUES
}


def check_futures_transaction_type_name(
    value: Any, model: str = "FuturesTransactionTypeName", key: str | None = None
) -> FuturesTransactionTypeName:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransactionTypeName, note(model, key, "enum", value))
