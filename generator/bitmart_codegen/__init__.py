"""Code generation for bitmart_client: bundle the spec, derive the client view, emit tables."""

from ._bundle import SpecError, bundle, dump_json, fragment_paths
from ._client_view import client_view
from ._tables import error_codes_module, iter_operations, operations_module

__all__ = [
    "SpecError",
    "bundle",
    "client_view",
    "dump_json",
    "error_codes_module",
    "fragment_paths",
    "iter_operations",
    "operations_module",
]
