"""Finding an order again by its client order id, so that placement can be retried safely.

The spec describes, per placement operation (``x-bitmart-idempotency``), which body field holds
the caller's id, which error codes mean "this id was already used", which read operations can
find the order again and how to rebuild the placement's answer from what they return::

    x-bitmart-idempotency:
      client_order_id: client_order_id     # body field with the caller's id
      duplicate_codes: [50042]
      lookups:                             # tried in order until the order is found
        - operation: get_spot_order_by_client_order_id
          parameters: {clientOrderId: client_order_id}   # lookup field <- placement field
          match: null                      # data is the order itself (else: a list, match on this field)
      result: {order_id: orderId}          # placement data field <- found order field
      integer_result: []                   # result fields the placement returns as numbers
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
from bitmart_client.operations import OPERATIONS

from .operations import OPERATION_EXTENSION
from .responses import decoded_body


def request_body(request: httpx.Request) -> Any:
    """The JSON body of a request, or ``None``."""
    try:
        return json.loads(request.content) if request.content else None
    except ValueError:
        return None


def lookup_requests(
    client: httpx.Client | httpx.AsyncClient, spec: Mapping[str, Any], body: Mapping[str, Any]
) -> list[httpx.Request]:
    """The requests that can find the order placed with ``body``, in the order to try them."""
    requests = []
    for lookup in spec["lookups"]:
        operation = OPERATIONS[lookup["operation"]]
        values = {name: body[source] for name, source in lookup["parameters"].items() if source in body}
        extensions = {OPERATION_EXTENSION: operation.operation_id}
        if operation.method == "GET":
            requests.append(client.build_request("GET", operation.path, params=values, extensions=extensions))
        else:
            requests.append(
                client.build_request(operation.method, operation.path, json=values, extensions=extensions)
            )
    return requests


def found_order(lookup: Mapping[str, Any], client_order_id: str, data: Any) -> Mapping[str, Any] | None:
    """The order with ``client_order_id`` in a lookup's ``data``, or ``None``."""
    match = lookup.get("match")
    if match is None:
        return data if isinstance(data, dict) and data else None
    items = data if isinstance(data, list) else []
    for item in items:
        if isinstance(item, dict) and item.get(match) == client_order_id:
            return item
    return None


def placement_response(
    spec: Mapping[str, Any],
    order: Mapping[str, Any],
    placement: httpx.Request,
    lookup_response: httpx.Response,
) -> httpx.Response:
    """A success response for the placement, rebuilt from the order found by the lookup."""
    integers = set(spec.get("integer_result", []))
    data = {}
    for target, source in spec["result"].items():
        value = order.get(source)
        data[target] = (
            int(value) if target in integers and isinstance(value, str) and value.isdigit() else value
        )
    lookup = decoded_body(lookup_response)
    trace = str(lookup.get("trace") or "") if isinstance(lookup, dict) else ""
    envelope = {"code": 1000, "message": "OK", "trace": trace, "data": data}
    return httpx.Response(200, json=envelope, request=placement)
