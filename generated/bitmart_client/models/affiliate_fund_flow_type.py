from typing import Literal

AffiliateFundFlowType = Literal[1, 2]

AFFILIATE_FUND_FLOW_TYPE_VALUES: set[AffiliateFundFlowType] = {
    1,
    2,
}


def check_affiliate_fund_flow_type(value: int) -> AffiliateFundFlowType:
    if value in AFFILIATE_FUND_FLOW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_FUND_FLOW_TYPE_VALUES!r}"
    )
