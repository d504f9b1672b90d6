"""Whether BitMart's withdrawal whitelist holds a destination, for one currency and network.

An address-book entry accepts a channel (one currency on one network) by its type: a standard
entry (0) names the channel itself, a universal one (1) a network, an EVM one (2) any EVM
network. BitMart does not say which networks are EVM; only the ones below are trusted, so an
EVM entry on another network is refused here rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .snapshot import Channel, WhitelistEntry

EVM_NETWORKS = frozenset(
    {"ERC20", "BEP20", "BEP20(BSC)", "BSC", "ARBITRUM", "OPTIMISM", "POLYGON", "MATIC", "BASE", "AVAX-C"}
)
_HEX_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


def same_address(first: str, second: str) -> bool:
    """Whether two addresses are the same: hex (EVM) addresses ignore case, others compare exactly."""
    if _HEX_ADDRESS.match(first) and _HEX_ADDRESS.match(second):
        return first.lower() == second.lower()
    return first == second


def accepts(entry: WhitelistEntry, channel: Channel) -> bool:
    """Whether ``entry`` may receive withdrawals of ``channel``."""
    network = channel.network.upper()
    if entry.address_type == 0:
        same_code = (entry.currency or "").upper() == channel.code.upper()
        return same_code and (entry.network is None or entry.network.upper() == network)
    if entry.address_type == 1:
        return (entry.network or "").upper() == network
    return entry.address_type == 2 and network in EVM_NETWORKS


@dataclass(frozen=True)
class Refusal:
    """Why the whitelist does not allow a destination: a blocker code and a sentence."""

    code: str
    message: str


def whitelisted(
    entries: Iterable[WhitelistEntry], channel: Channel, address: str, memo: str
) -> WhitelistEntry | Refusal:
    """The verified entry that allows ``address`` (and ``memo``) for ``channel``, or why none does."""
    same = [entry for entry in entries if same_address(entry.address, address)]
    if not same:
        return Refusal("not_whitelisted", f"{address} is not in the withdrawal whitelist")
    allowing = [entry for entry in same if accepts(entry, channel)]
    if not allowing:
        return Refusal(
            "not_whitelisted",
            f"{address} is whitelisted, but not for {channel.code} on {channel.network}",
        )
    verified = [entry for entry in allowing if entry.verified]
    if not verified:
        return Refusal("not_verified", f"{address} is whitelisted but not verified (BitMart's 60015)")
    for entry in verified:
        if not entry.memo or entry.memo == memo:
            return entry
    return Refusal(
        "memo_mismatch",
        f"the memo {memo!r} differs from the whitelist's {verified[0].memo!r} for {address}",
    )


__all__ = ["EVM_NETWORKS", "Refusal", "accepts", "same_address", "whitelisted"]
