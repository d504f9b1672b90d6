from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginTransferSide = Literal["in", "out"]

MARGIN_TRANSFER_SIDE_VALUES: set[MarginTransferSide] = {
    "in",
    "out",
}


def check_margin_transfer_side(
    value: Any, model: str = "MarginTransferSide", key: str | None = None
) -> MarginTransferSide:
    if value in MARGIN_TRANSFER_SIDE_VALUES:
        return cast(MarginTransferSide, value)
    return cast(MarginTransferSide, note(model, key, "enum", value))
