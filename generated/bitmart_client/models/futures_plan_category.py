from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanCategory = Literal[1, 2]

FUTURES_PLAN_CATEGORY_VALUES: set[FuturesPlanCategory] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPlanCategory] = {
    value: value for value in FUTURES_PLAN_CATEGORY_VALUES
}


def check_futures_plan_category(
    value: Any, model: str = "FuturesPlanCategory", key: str | None = None
) -> FuturesPlanCategory:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanCategory, note(model, key, "enum", value))
