"""An answer that departs from the document still reads; the departure is listed and reported.

Against the mock, this plans a drifting answer (a required field removed from every object)
through the mock's control API, reads it leniently, prints ``response.drift``, saves the answer
with ``record_drift`` (personal fields blanked) and prints the maintainer's report.

    python examples/drift_report.py
"""

import tempfile

import httpx
from bitmart_openapi import connect
from bitmart_openapi.drift import main as drift_report

from _connection import base_url, credentials

url = base_url()
if url is not None:
    fault = {"kind": "drift", "operation": "get_spot_wallet", "mutation": "missing_field"}
    httpx.post(f"{url}/__mock__/faults", json=fault).raise_for_status()

with tempfile.TemporaryDirectory() as saved:
    with connect(
        *credentials(),
        base_url=url,
        strict=False,  # the default; BITMART_STRICT=1 would make the call raise DriftError
        record_drift=saved,
    ) as client:
        response = client.spot_account.get_spot_wallet.detailed()
        print(f"{len(response.parsed.data.wallet)} balances read")
        for entry in response.drift:
            print(f"  drift: {entry.path}: expected {entry.expected}, seen {entry.seen}")
    drift_report([saved])  # exit status 1 means "something departs"; here that is expected
