from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginTransferSide = Literal["in", "out"]

MARGIN_TRANSFER_SIDE_VALUES: set[MarginTransferSide] = {
    "in",
    "out",
}
_LISTED: dict[object, MarginTransferSide] = {
    value: value for value in MARGIN_TRANSFER_SIDE_VALUES
}


def check_margin_transfer_side(
    value: Any, model: str = "MarginTransferSide", key: str | None = None
) -> MarginTransferSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MarginTransferSide, note(model, key, "enum", value))
