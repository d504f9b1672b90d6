"""Every operation, through the generated client and the auth plugin, against the mock over
loopback: a valid request gets code 1000 and a typed model; a broken signature, a missing key,
a missing permission and an invalid parameter each get BitMart's code for it."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from bitmart_auth import connect
from bitmart_client import Client
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import OPERATIONS
from bitmart_mock import MockApp, MockConfig, MockCredential, MockServer
from bitmart_mock._spec import SPEC
from bitmart_mock.config import ALL_PERMISSIONS
from bitmart_runtime import AuthenticationError, BitMartAPIError, PermissionDeniedError, jsonpointer
from bitmart_runtime.http import BitMartHTTPClient
from bitmart_runtime.retry import RetryPolicy
from operation_harness import arguments, module_of, operation_spec
from valid_calls import CREDENTIAL, SUB_ACCOUNT, Context, load

NO_RETRY = RetryPolicy(max_attempts=1)
LIMITED = MockCredential("limited-key", "limited-secret", "limited-memo", frozenset({"Withdraw"}))
TRADER = MockCredential("trader-key", "trader-secret", "trader-memo", frozenset({"Read-Only"}))
PRIVATE = [name for name, op in OPERATIONS.items() if op.auth != "NONE"]
SIGNED = [name for name, op in OPERATIONS.items() if op.auth == "SIGNED"]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    config = MockConfig(
        credentials=(MockConfig().credentials[0], LIMITED, TRADER, SUB_ACCOUNT),
        rate_limits=False,
        validate_responses=True,
        serve_retired=True,
    )
    with MockServer(MockApp(config)) as running:
        yield running


@pytest.fixture(scope="module")
def context(server: MockServer, bundle: dict[str, Any]) -> Context:
    client = connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)
    return Context(client, server.app, bundle)


def _model(operation_id: str) -> Any:
    response_type = typing.get_type_hints(module_of(operation_id)._build_response)["return"]
    return typing.get_args(response_type)[0]


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_valid_request_gets_1000_and_a_typed_result(
    operation_id: str, server: MockServer, context: Context
) -> None:
    prepare = load().get(operation_id)
    overrides = prepare(context) if prepare else {}
    # Operations only a sub-account's key may call name that key (see valid_calls).
    key = overrides.pop(CREDENTIAL, None)
    client = context.client
    if key is not None:
        credential = next(c for c in server.app.config.credentials if c.key == key)
        client = connect(credential.key, credential.secret, credential.memo, base_url=server.url, retry=None)
    kwargs = arguments(context.bundle, operation_id, overrides)
    response = module_of(operation_id).sync_detailed(client=client, **kwargs)
    assert response.status_code == 200
    assert isinstance(response.parsed, _model(operation_id))
    assert response.parsed.code in (1000, "1000")
    assert response.rate_limit is not None
    assert context.app.violations == [], context.app.violations


@pytest.mark.parametrize("operation_id", SIGNED)
def test_broken_signature_gets_30005(operation_id: str, server: MockServer, context: Context) -> None:
    client = connect("mock-key", "not-the-secret", "mock-memo", base_url=server.url, retry=None)
    with pytest.raises(AuthenticationError) as raised:
        module_of(operation_id).sync(client=client, **arguments(context.bundle, operation_id))
    assert raised.value.code == 30005 and raised.value.http_status == 401


@pytest.mark.parametrize("operation_id", PRIVATE)
def test_missing_key_gets_30001(operation_id: str, server: MockServer, context: Context) -> None:
    # A client without the auth plugin sends no credential header at all.
    bare = Client(
        base_url=server.url,
        httpx_client_factory=lambda **kw: BitMartHTTPClient(
            operations=OPERATIONS, error_codes=ERROR_CODES, retry_policy=NO_RETRY, **kw
        ),
    )
    with pytest.raises(AuthenticationError) as raised:
        module_of(operation_id).sync(client=bare, **arguments(context.bundle, operation_id))
    assert raised.value.code == 30001


@pytest.mark.parametrize("operation_id", PRIVATE)
def test_key_without_the_permission_gets_30012(
    operation_id: str, server: MockServer, context: Context
) -> None:
    op = OPERATIONS[operation_id]
    credential = TRADER if op.permission != "Read-Only" else LIMITED
    assert op.permission not in credential.permissions and op.permission in ALL_PERMISSIONS
    client = connect(credential.key, credential.secret, credential.memo, base_url=server.url, retry=None)
    with pytest.raises(PermissionDeniedError) as raised:
        module_of(operation_id).sync(client=client, **arguments(context.bundle, operation_id))
    assert raised.value.code == 30012 and raised.value.http_status == 403


def _invalid_arguments(bundle: dict[str, Any], operation_id: str) -> tuple[dict[str, Any], str] | None:
    """Arguments with one required field set to a value of the wrong type, and that field's name."""
    spec = operation_spec(bundle, operation_id)
    kwargs = arguments(bundle, operation_id)
    if "body" in kwargs:
        body = kwargs["body"]
        fields = [f.name for f in attrs.fields(type(body)) if f.name != "additional_properties"]
        schema_required = _required_body_fields(bundle, spec)
        for field in fields:
            # Lists and nested models are serialised item by item by the client: a wrong value
            # there fails before sending, so only scalar fields are spoiled.
            if (
                field in schema_required
                and not isinstance(getattr(body, field), (list, dict))
                and not hasattr(getattr(body, field), "to_dict")
            ):
                setattr(body, field, {"not": "valid"})
                return kwargs, field
        return None
    for raw in spec.get("parameters", []):
        param = raw if "$ref" not in raw else _resolve(bundle, raw["$ref"])
        if param.get("required"):
            name = next(
                k
                for k in kwargs
                if k.rstrip("_").replace("_", "").lower() == param["name"].replace("_", "").lower()
            )
            bad = "!!" if _resolve(bundle, param["schema"]).get("type") != "string" else "bad value !!"
            if SPEC.schema_validator(param["schema"]).is_valid(bad):
                continue  # any string is valid here: only the exchange itself could refuse it
            kwargs[name] = bad
            return kwargs, param["name"]
    return None


def _resolve(bundle: dict[str, Any], node: Any) -> Any:
    return jsonpointer.deref(bundle, {"$ref": node} if isinstance(node, str) else node)


def _required_body_fields(bundle: dict[str, Any], spec: dict[str, Any]) -> set[str]:
    body = _resolve(bundle, spec["requestBody"])
    schema = _resolve(bundle, body["content"]["application/json"]["schema"])
    return set(schema.get("required", []))


INVALIDABLE = [name for name in OPERATIONS if _invalid_arguments(SPEC.bundle, name) is not None]


@pytest.mark.parametrize("operation_id", INVALIDABLE)
def test_invalid_parameter_gets_the_family_code_naming_the_field(operation_id: str, context: Context) -> None:
    prepared = _invalid_arguments(context.bundle, operation_id)
    assert prepared is not None
    kwargs, field = prepared
    with pytest.raises(BitMartAPIError) as raised:
        module_of(operation_id).sync(client=context.client, **kwargs)
    error = raised.value
    assert field in error.message, error.message
    if OPERATIONS[operation_id].path.startswith("/spot/quotation/"):
        assert error.http_status == 200 and 70000 <= (error.code or 0) < 72000
    else:
        assert error.http_status == 400, error
    assert isinstance(error.code, int) and error.code != 1000


def test_no_answer_departed_from_the_document(context: Context) -> None:
    # Last in the module: every answer above (valid calls, broken signatures, missing keys and
    # permissions, invalid parameters) went through the mock's self-check, which records any
    # status, schema mismatch or code its operation does not document.
    assert context.app.violations == [], "\n".join(context.app.violations)
