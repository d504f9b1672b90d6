from typing import Literal

AffiliateContractType = Literal[1, 2]

AFFILIATE_CONTRACT_TYPE_VALUES: set[AffiliateContractType] = {
    1,
    2,
}


def check_affiliate_contract_type(value: int) -> AffiliateContractType:
    if value in AFFILIATE_CONTRACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_CONTRACT_TYPE_VALUES!r}"
    )
