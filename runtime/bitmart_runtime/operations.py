"""Which spec operation an httpx request belongs to.

Every generated operation function puts its operationId in the request's ``bitmart_operation``
extension; requests built by hand are matched on method and path instead.
"""

from __future__ import annotations

import httpx
from bitmart_client.operations import OPERATIONS, ROUTES, Operation

OPERATION_EXTENSION = "bitmart_operation"


def operation_of(request: httpx.Request) -> Operation | None:
    """The spec operation of ``request``, or ``None`` for an endpoint the spec does not describe."""
    name = request.extensions.get(OPERATION_EXTENSION)
    if name is not None:
        return OPERATIONS.get(name)
    return ROUTES.get((request.method, request.url.path))


__all__ = ["OPERATION_EXTENSION", "operation_of"]
