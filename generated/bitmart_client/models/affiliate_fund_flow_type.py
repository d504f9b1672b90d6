from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateFundFlowType = Literal[1, 2]

AFFILIATE_FUND_FLOW_TYPE_VALUES: set[AffiliateFundFlowType] = {
    1,
    2,
}
_LISTED: dict[object, AffiliateFundFlowType] = {
    value: value for value in AFFILIATE_FUND_FLOW_TYPE_VALUES
}


def check_affiliate_fund_flow_type(
    value: Any, model: str = "AffiliateFundFlowType", key: str | None = None
) -> AffiliateFundFlowType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateFundFlowType, note(model, key, "enum", value))
