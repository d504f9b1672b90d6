from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateContractType = Literal[1, 2]

AFFILIATE_CONTRACT_TYPE_VALUES: set[AffiliateContractType] = {
    1,
    2,
}
_LISTED: dict[object, AffiliateContractType] = {
    value: value for value in AFFILIATE_CONTRACT_TYPE_VALUES
}


def check_affiliate_contract_type(
    value: Any, model: str = "AffiliateContractType", key: str | None = None
) -> AffiliateContractType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateContractType, note(model, key, "enum", value))
