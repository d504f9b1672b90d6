from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateFundFlowType = Literal[1, 2]

AFFILIATE_FUND_FLOW_TYPE_VALUES: set[AffiliateFundFlowType] = {
    1,
    2,
}


def check_affiliate_fund_flow_type(
    value: Any, model: str = "AffiliateFundFlowType", key: str | None = None
) -> AffiliateFundFlowType:
    if value in AFFILIATE_FUND_FLOW_TYPE_VALUES:
        return cast(AffiliateFundFlowType, value)
    return cast(AffiliateFundFlowType, note(model, key, "enum", value))
