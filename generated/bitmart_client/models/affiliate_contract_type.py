from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateContractType = Literal[1, 2]

AFFILIATE_CONTRACT_TYPE_VALUES: set[AffiliateContractType] = {
    1,
    2,
}


def check_affiliate_contract_type(
    value: Any, model: str = "AffiliateContractType", key: str | None = None
) -> AffiliateContractType:
    if value in AFFILIATE_CONTRACT_TYPE_VALUES:
        return cast(AffiliateContractType, value)
    return cast(AffiliateContractType, note(model, key, "enum", value))
