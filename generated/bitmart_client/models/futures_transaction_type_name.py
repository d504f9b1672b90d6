from typing import Literal

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


def check_futures_transaction_type_name(value: str) -> FuturesTransactionTypeName:
    if value in FUTURES_TRANSACTION_TYPE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSACTION_TYPE_NAME_VALUES!r}"
    )
