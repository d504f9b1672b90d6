"""Plan the withdrawal of everything the account holds, and print it; nothing is sent.

The plan names, per step, the amounts after fees and rounding and anything that would block it
(no whitelisted address, closed network, below the minimum...). ``bitmart withdraw-all``
prints the same plan and, with ``--execute`` and a typed confirmation, carries it out.

    python examples/withdrawal_plan.py [DESTINATIONS.toml]
"""

import sys
from importlib.resources import files

from bitmart_openapi import connect
from bitmart_withdraw import load_destinations, make_plan, take_snapshot

from _connection import base_url, credentials

# Where each currency goes; the mock's demo file names its whitelisted addresses.
config = sys.argv[1] if len(sys.argv) > 1 else str(files("bitmart_withdraw") / "demo_destinations.toml")
destinations = load_destinations(config)

with connect(*credentials(), base_url=base_url(), rate_limit=True) as client:
    plan = make_plan(take_snapshot(client, destinations), destinations)

for step in plan.steps:
    blocked = "; ".join(blocker.message for blocker in step.blockers)
    print(f"{step.kind.value:<16} {step.amount:>18} {step.currency:<6} {step.source} -> {step.target}")
    if blocked:
        print(f"{'':16} blocked: {blocked}")
print(f"\n{'currency':<8} {'total':>18} {'withdrawn':>18} {'fees':>12} {'dust':>12} {'left':>14}")
for s in plan.summaries:
    print(f"{s.currency:<8} {s.total:>18f} {s.withdrawn:>18f} {s.fees:>12f} {s.dust:>12f} {s.left:>14f}")
