"""Valid calls of the spot account operations.

None needs preparing: the wallet and the basic fee rates take no parameters, and the sample
symbol of ``get_spot_trade_fee_rate`` (``BTC_USDT``) is a listed pair.
"""

from __future__ import annotations

from valid_calls import Prepare

VALID_CALLS: dict[str, Prepare] = {}
