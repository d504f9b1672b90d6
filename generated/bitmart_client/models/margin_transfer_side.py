from typing import Literal

MarginTransferSide = Literal["in", "out"]

MARGIN_TRANSFER_SIDE_VALUES: set[MarginTransferSide] = {
    "in",
    "out",
}


def check_margin_transfer_side(value: str) -> MarginTransferSide:
    if value in MARGIN_TRANSFER_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARGIN_TRANSFER_SIDE_VALUES!r}"
    )
