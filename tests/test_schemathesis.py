"""schemathesis against the mock, in-process: the spec, the mock and the signing agree.

Every operation is exercised in the examples, coverage and fuzzing phases, positive and negative
data, with all default checks plus a BitMart-specific one; a stateful phase follows the
spec's OpenAPI links (place an order, query it, cancel it, query it again). Requests are signed
by a schemathesis auth built on ``bitmart_auth``, so ``ignored_auth`` can probe missing and
invalid credentials.

Three deliberate settings, all because BitMart works that way (see spec/NOTES.md):

* ``not_a_server_error`` also accepts 503: BitMart answers a body that is not JSON with 30018 and
  HTTP 503. ``only_non_json_bodies_get_503`` requires exactly that code on every 503.

* ``positive_data_acceptance`` also accepts 400: a well-formed request can still be refused
  for business reasons (unknown order, insufficient balance), which BitMart answers with 400.
  The ``bitmart_error_is_documented`` check then requires the code to be one the operation
  documents, so a mock rejecting valid data for no reason still fails.
* ``negative_data_rejection`` also accepts 200 on ``/spot/quotation``: BitMart reports bad
  market-data parameters with HTTP 200 and a 70000-range code
  (``test_invalid_parameter_gets_the_family_code_naming_the_field`` in
  tests/test_mock_operations.py checks those answers explicitly).
"""

from __future__ import annotations

import json
import os
import re
import time
from typing import Any

import schemathesis
from bitmart_auth import Credentials
from bitmart_client.operations import OPERATIONS
from bitmart_mock import MockApp, MockConfig
from bitmart_mock._spec import SPEC
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NOT_SET
from schemathesis.schemas import BaseSchema

APP = MockApp(MockConfig(rate_limits=False, validate_responses=True, serve_retired=True))
CREDENTIALS = Credentials("mock-key", "mock-secret", "mock-memo")
CONFIG = SchemathesisConfig.from_str(
    """
[generation]
max-examples = 12
mode = "all"

[checks.not_a_server_error]
expected-statuses = ["2xx", "3xx", "4xx", "503"]

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "401", "403", "404", "429"]

[[operations]]
include-path-regex = "^/spot/quotation/"
checks.negative_data_rejection.expected-statuses = ["200", "400", "401", "403", "404", "422"]
"""
)

schema: BaseSchema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", APP, config=CONFIG)
# While working on one area: BITMART_SCHEMATHESIS_ONLY="^(get|submit)_futures_" tests only those operations.
# (An exclude, because the config's per-operation settings already act as an include filter.)
if os.environ.get("BITMART_SCHEMATHESIS_ONLY"):
    _ONLY = re.compile(os.environ["BITMART_SCHEMATHESIS_ONLY"])
    schema = schema.exclude(func=lambda ctx: not _ONLY.search(ctx.operation.definition.raw["operationId"]))


@schema.auth()
class BitMartSignature:
    """Sign each case as bitmart_auth does, over the exact bytes schemathesis sends."""

    def get(self, case: Any, context: Any) -> Credentials:
        return CREDENTIALS

    def set(self, case: Any, data: Credentials, context: Any) -> None:
        operation = OPERATIONS[case.operation.definition.raw["operationId"]]
        if operation.auth == "NONE":
            return
        case.headers = dict(case.headers or {})
        assert data.api_key is not None
        case.headers["X-BM-KEY"] = data.api_key
        if operation.auth == "SIGNED":
            timestamp = str(int(time.time() * 1000))
            case.headers["X-BM-TIMESTAMP"] = timestamp
            case.headers["X-BM-SIGN"] = data.sign(timestamp, _wire_body(case.body))


def _wire_body(body: Any) -> bytes:
    """The bytes schemathesis sends for a JSON body: raw bytes as given, else json.dumps' default output."""
    if body is NOT_SET:
        return b""
    if isinstance(body, bytes):
        return body
    return json.dumps(body).encode("utf-8")


def _code(response: Any) -> Any:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body.get("code") if isinstance(body, dict) else None


@schemathesis.check
def bitmart_error_is_documented(ctx: Any, response: Any, case: Any) -> bool | None:
    """A BitMart error code must be one this operation documents (``OperationSpec.documented_errors``)."""
    code = _code(response)
    if code in (None, 1000, "1000"):
        return None
    op = SPEC.by_id[case.operation.definition.raw["operationId"]]
    # Its own and the global codes (documented_errors), or the gateway's for a path or method it
    # does not document (negative tests send those).
    route_codes = {SPEC.rules.errors.code("path_not_found"), op.service.method_not_allowed}
    if code not in op.documented_errors | route_codes:
        raise AssertionError(f"{op.operation_id} answered code {code}, which it does not document")
    return None


@schemathesis.check
def only_non_json_bodies_get_503(ctx: Any, response: Any, case: Any) -> bool | None:
    """The one 5xx BitMart sends for a client mistake: 30018, a body that is not JSON."""
    if response.status_code == 503 and _code(response) != 30018:
        raise AssertionError(f"HTTP 503 with code {_code(response)}; only 30018 (body not JSON) is expected")
    return None


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_conforms_to_the_spec(case: Any) -> None:
    case.call_and_validate()


TestStatefulTrading = schema.as_state_machine().TestCase
TestStatefulTrading.settings = settings(
    max_examples=15, stateful_step_count=6, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_mock_never_violated_the_spec() -> None:
    # Runs after the schemathesis tests of this module (pytest keeps file order).
    assert APP.violations == [], "\n".join(sorted(set(APP.violations)))
