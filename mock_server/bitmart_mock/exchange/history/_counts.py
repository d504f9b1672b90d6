"""What the demo accounts hold of each kind of record, named as the export's tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..futures_types import FlowType
from ..subaccounts import organisation

if TYPE_CHECKING:
    from .. import Exchange


def record_counts(exchange: Exchange) -> dict[str, int]:
    """Records of each kind the main account can read (and, last, what its invitees did)."""
    main = exchange.account("main")
    orders = exchange.spot.account_orders(main)
    fills = exchange.spot.account_fills(main)
    margins = [margin for (uid, _), margin in exchange.margin.accounts.items() if uid == main.uid]
    funding = exchange.funding.records.get(main.uid, [])
    earn = [record for record in exchange.earn.records if record.account is main]
    flows = [flow for flow in exchange.futures_flows.flows if flow.account is main]
    org = [t for t in exchange.subaccounts.transfers if organisation(t.source) is main]
    friends = [invitation.invitee for invitation in exchange.affiliate.invited(main)]
    counts = {
        "spot_orders": sum(o.order_mode == "spot" for o in orders),
        "margin_orders": sum(o.order_mode == "iso_margin" for o in orders),
        "spot_trades": sum(f.order.order_mode == "spot" for f in fills),
        "margin_trades": sum(f.order.order_mode == "iso_margin" for f in fills),
        "spot_algo_orders": len(exchange.spot_algo.account_orders(main)),
        "margin_borrows": sum(len(margin.loans) for margin in margins),
        "margin_repays": sum(len(margin.repays) for margin in margins),
        "deposits": sum(r.kind == "deposit" for r in funding),
        "withdrawals": sum(r.kind == "withdraw" for r in funding),
        "spot_futures_transfers": sum(t.account is main for t in exchange.futures_transfers.records),
        "sub_account_spot_transfers": sum(t.family == "spot" for t in org),
        "sub_account_futures_transfers": sum(t.family == "futures" for t in org),
        "futures_orders": len(exchange.futures_orders.account_orders(main)),
        "futures_trades": sum(f.order.account is main for f in exchange.futures.fills),
        "futures_transactions": len(flows),
        "earn_subscriptions": sum(r.kind == "subscribe" for r in earn),
        "earn_redemptions": sum(r.kind == "redeem" for r in earn),
        "earn_interest": sum(r.kind == "interest" for r in earn),
        "affiliate_invitees": len(friends),
    }
    for flow_type in FlowType:
        counts[f"futures_transactions.{flow_type.name.lower()}"] = sum(
            f.flow_type == flow_type for f in flows
        )
    counts["invitee_futures_trades"] = sum(f.order.account in friends for f in exchange.futures.fills)
    counts["invitee_deposits_withdrawals"] = sum(
        len(exchange.funding.records.get(f.uid, [])) for f in friends
    )
    return counts


def total(counts: dict[str, int]) -> int:
    """The main account's records over all kinds (the per-flow-type details not counted twice)."""
    return sum(value for name, value in counts.items() if "." not in name and not name.startswith("invitee_"))


__all__ = ["record_counts", "total"]
