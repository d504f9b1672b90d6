"""BitMart's clock against yours, and ``sync_time=True``, which signs with BitMart's time.

A signed request whose timestamp is too far from BitMart's clock is refused (30007/30008);
the client then measures the offset and retries once, or measures it before the first
signed call when ``sync_time=True``.

    python examples/server_time_and_clock.py
"""

import time

from bitmart_openapi import connect

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url(), sync_time=True) as client:
    sent = time.time()
    server_ms = client.system.get_system_time().data.server_time
    received = time.time()
    local_ms = int((sent + received) / 2 * 1000)  # the middle of the round trip
    print(f"BitMart {server_ms} ms, here {local_ms} ms: offset {server_ms - local_ms:+d} ms")
    print(f"round trip {(received - sent) * 1000:.1f} ms")

    for service in client.system.get_system_service().data.service:
        print(f"  {service.service_type:<10} {service.status}")
    # Signed with BitMart's time, whatever this machine's clock says.
    print(f"open orders: {len(client.spot_trading.get_spot_open_orders().data)}")
