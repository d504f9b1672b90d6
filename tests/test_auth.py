"""The auth plugin: exact signatures, the right headers and host per operation, nothing leaked."""

from __future__ import annotations

import asyncio
import hmac
import io
import json
import logging
import pickle
import shutil
import subprocess
from typing import Any, NamedTuple

import httpx
import pytest
from bitmart_auth import BitMartAuth, Credentials, connect, pre_sign, signature
from bitmart_client.operations import HOSTS, OPERATIONS
from bitmart_runtime import ConfigurationError, MissingCredentialsError
from hypothesis import given, settings
from hypothesis import strategies as st
from operation_harness import call, call_async, success_example

SECRET = "9d1f3c5e7a2b4d6f8091a3c5e7f9b2d4f6081a3c5e7092b4d6f8a1c3e5f70924"
MEMO = "unit-memo-7"
KEY = "unit-test-access-key-0001"
CREDENTIAL_HEADERS = {"x-bm-key", "x-bm-sign", "x-bm-timestamp"}
EXPECTED_HEADERS = {"NONE": set(), "KEYED": {"x-bm-key"}, "SIGNED": CREDENTIAL_HEADERS}


def independent_signature(secret: str, timestamp: str, memo: str, body: bytes) -> str:
    """Written from BitMart's documentation, separately from bitmart_auth._signing."""
    message = f"{timestamp}#{memo}#".encode() + body
    return hmac.HMAC(key=secret.encode(), msg=message, digestmod="sha256").hexdigest()


# ---- the signature itself ------------------------------------------------------------------------


def test_signature_matches_every_reference_vector(reference_behaviour: dict[str, Any]) -> None:
    # (vector, the bytes signed, the signature expected): the POST body, and the variants some
    # vectors carry.
    cases: list[tuple[dict[str, Any], bytes, str]] = []
    for vector in reference_behaviour["signing"]["test_vectors"]:
        if vector["method"] == "POST":
            body = vector["body"].encode()
            assert pre_sign(vector["timestamp"], vector["memo"], body) == vector["pre_sign"].encode()
            cases.append((vector, body, vector["signature"]))
        variant = vector.get("variant_python_sdk_body")
        if variant:
            cases.append((vector, variant["body"].encode(), variant["signature"]))
        docs_get = vector.get("variants", {}).get("docs_ccxt_java")
        if docs_get:
            # We sign a GET's query string, as BitMart's documentation says.
            cases.append((vector, vector["query"].encode(), docs_get["signature"]))
    for vector, signed, expected in cases:
        assert signature(vector["secret"], vector["timestamp"], vector["memo"], signed) == expected
    assert len(cases) >= 5


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
@pytest.mark.parametrize(
    ("secret", "memo", "body"),
    [
        (SECRET, MEMO, b'{"symbol":"BTC_USDT","side":"buy","type":"limit","size":"0.001","price":"60000"}'),
        ("s" * 80, "memo with spaces", b"{}"),
        ("kléf-ünïcode", "mémo#with#hashes", '{"note":"日本"}'.encode()),
    ],
)
def test_signature_matches_openssl(secret: str, memo: str, body: bytes) -> None:
    timestamp = "1763805600123"
    message = pre_sign(timestamp, memo, body)
    result = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hmac", secret],  # noqa: S607
        input=message,
        capture_output=True,
        check=True,
    )
    expected = result.stdout.decode().strip().rsplit(" ", 1)[-1]
    assert signature(secret, timestamp, memo, body) == expected


@settings(max_examples=200, deadline=None)
@given(
    secret=st.text(min_size=1, max_size=80),
    memo=st.text(max_size=40),
    fields=st.dictionaries(
        st.text(max_size=12), st.one_of(st.text(max_size=20), st.integers(), st.booleans()), max_size=6
    ),
    timestamp=st.integers(min_value=1, max_value=10**13),
)
def test_signed_bytes_are_the_sent_bytes(
    secret: str, memo: str, fields: dict[str, Any], timestamp: int
) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 1000, "message": "OK", "trace": "t", "data": {}})

    auth = BitMartAuth(Credentials(KEY, secret, memo), clock=lambda: timestamp / 1000)
    with httpx.Client(transport=httpx.MockTransport(record), auth=auth) as client:
        client.post(
            "https://api-cloud.bitmart.com/spot/v4/query/open-orders",
            json=fields,
            extensions={"bitmart_operation": "get_spot_open_orders"}
            if "get_spot_open_orders" in OPERATIONS
            else {},
        )
    request = sent[0]
    body = request.read()
    assert json.loads(body) == (fields or {})
    assert request.headers["X-BM-SIGN"] == independent_signature(
        secret, request.headers["X-BM-TIMESTAMP"], memo, body
    )


# ---- per operation: headers and host ---------------------------------------------------------------


def _recording_client(bundle: dict[str, Any], seen: list[httpx.Request], **kwargs: Any) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        operation = request.extensions["bitmart_operation"]
        return httpx.Response(200, json=success_example(bundle, operation))

    transport = httpx.MockTransport(respond)
    return connect(KEY, SECRET, MEMO, transport=transport, async_transport=transport, **kwargs)


class Documented(NamedTuple):
    """Where BitMart says an operation lives and how it authenticates (the reference, not the spec)."""

    host: str
    path: str
    auth: str


@pytest.fixture(scope="module")
def documented(reference_endpoints: list[dict[str, Any]]) -> dict[str, Documented]:
    """Each operation's documented host, path and auth type, from ``tests/data/bitmart_endpoints.json``
    (compiled from BitMart's documentation and SDKs independently of the spec). Operations are
    matched to endpoints on method and path only; the host and auth type are what is checked."""
    by_route = {(op.method, op.path): name for name, op in OPERATIONS.items()}
    reference = {(e["method"], e["path"]): e for e in reference_endpoints}
    assert set(reference) == set(by_route), set(reference) ^ set(by_route)
    return {by_route[route]: Documented(e["host"], e["path"], e["auth"]) for route, e in reference.items()}


def _check_request(request: httpx.Request, operation_id: str, expected: Documented) -> None:
    present = {name for name in CREDENTIAL_HEADERS if name in request.headers}
    assert present == EXPECTED_HEADERS[expected.auth], f"{operation_id}: {present}"
    assert request.url.copy_with(query=None) == httpx.URL(expected.host + expected.path), (
        f"{operation_id}: sent to {request.url}, BitMart documents {expected.host}{expected.path}"
    )
    assert request.headers["host"] == httpx.URL(expected.host).netloc.decode()
    if expected.auth == "SIGNED":
        body = request.read()
        payload = request.url.query if request.method == "GET" else body
        assert request.headers["X-BM-SIGN"] == independent_signature(
            SECRET, request.headers["X-BM-TIMESTAMP"], MEMO, payload
        )
        if request.method == "POST":
            assert body, f"{operation_id}: a signed POST sends at least {{}}"


def test_every_operation_sync_reaches_the_host_bitmart_documents(
    bundle: dict[str, Any], documented: dict[str, Documented]
) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(bundle, seen)  # no base_url: the auth flow alone picks the host
    for operation_id, expected in documented.items():
        before = len(seen)
        response = call(bundle, operation_id, client)
        assert response.status_code == 200
        assert len(seen) == before + 1
        _check_request(seen[-1], operation_id, expected)


def test_every_operation_async_reaches_the_host_bitmart_documents(
    bundle: dict[str, Any], documented: dict[str, Documented]
) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(bundle, seen)

    async def run_all() -> None:
        for operation_id, expected in documented.items():
            await call_async(bundle, operation_id, client)
            _check_request(seen[-1], operation_id, expected)

    asyncio.run(run_all())
    assert len(seen) == len(documented)


def test_base_url_sends_every_host_to_one_server(
    bundle: dict[str, Any], documented: dict[str, Documented]
) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(bundle, seen, base_url="http://127.0.0.1:9999")
    for operation_id, expected in documented.items():
        call(bundle, operation_id, client)
        _check_request(seen[-1], operation_id, expected._replace(host="http://127.0.0.1:9999"))


def test_futures_demo_switches_only_the_futures_host(bundle: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(bundle, seen, futures_demo=True)
    futures_ops = [name for name, op in OPERATIONS.items() if op.host == "futures"]
    spot_ops = [name for name, op in OPERATIONS.items() if op.host == "spot"]
    for operation_id in futures_ops[:3] + spot_ops[:3]:
        call(bundle, operation_id, client)
        expected = HOSTS["futures_demo"] if OPERATIONS[operation_id].host == "futures" else HOSTS["spot"]
        assert str(seen[-1].url).startswith(expected)


# ---- credentials ---------------------------------------------------------------------------------


def test_connect_without_arguments_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BITMART_API_KEY", "env-key-123456789")
    monkeypatch.setenv("BITMART_API_SECRET", "env-secret")
    monkeypatch.setenv("BITMART_API_MEMO", "env-memo")
    auth = connect().auth
    assert isinstance(auth, BitMartAuth)
    assert auth.credentials.api_key == "env-key-123456789"
    assert auth.credentials.can_sign


def test_public_operations_work_without_credentials(
    monkeypatch: pytest.MonkeyPatch, bundle: dict[str, Any]
) -> None:
    for name in ("BITMART_API_KEY", "BITMART_API_SECRET", "BITMART_API_MEMO"):
        monkeypatch.delenv(name, raising=False)
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=success_example(bundle, request.extensions["bitmart_operation"]))

    client = connect(transport=httpx.MockTransport(respond))
    public = [name for name, op in OPERATIONS.items() if op.auth == "NONE"]
    for operation_id in public:
        assert call(bundle, operation_id, client).status_code == 200
    assert len(seen) == len(public)
    private = next(name for name, op in OPERATIONS.items() if op.auth == "SIGNED")
    with pytest.raises(MissingCredentialsError, match=private):
        call(bundle, private, client)
    assert len(seen) == len(public), "nothing may be sent without credentials"


def test_keyed_call_with_key_only_works_and_signed_call_fails_early(bundle: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=success_example(bundle, request.extensions["bitmart_operation"]))

    client = connect(KEY, transport=httpx.MockTransport(respond))
    keyed = next(name for name, op in OPERATIONS.items() if op.auth == "KEYED")
    signed = next(name for name, op in OPERATIONS.items() if op.auth == "SIGNED")
    call(bundle, keyed, client)
    assert seen[-1].headers["X-BM-KEY"] == KEY
    with pytest.raises(MissingCredentialsError, match="secret"):
        call(bundle, signed, client)
    assert len(seen) == 1


@pytest.mark.parametrize("auth", ["NONE", "KEYED", "SIGNED"])
def test_credential_headers_set_by_the_caller_never_reach_bitmart(bundle: dict[str, Any], auth: str) -> None:
    seen: list[httpx.Request] = []
    stale = {"X-BM-KEY": "caller-key", "X-BM-SIGN": "caller-sign", "X-BM-TIMESTAMP": "1"}
    client = _recording_client(bundle, seen, headers=stale)
    operation = next(name for name, op in OPERATIONS.items() if op.auth == auth)
    call(bundle, operation, client)
    sent = seen[-1].headers
    assert {name.lower() for name in sent} & CREDENTIAL_HEADERS == EXPECTED_HEADERS[auth]
    for name, value in stale.items():
        assert value not in sent.get_list(name), name
    if auth != "NONE":
        assert sent.get_list("X-BM-KEY") == [KEY]


# ---- clock -----------------------------------------------------------------------------------------


def test_timestamp_comes_from_the_injected_clock(bundle: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(bundle, seen, clock=lambda: 1_763_805_600.123)
    signed = next(name for name, op in OPERATIONS.items() if op.auth == "SIGNED")
    call(bundle, signed, client)
    assert seen[-1].headers["X-BM-TIMESTAMP"] == "1763805600123"


def test_rejected_timestamp_triggers_one_resync_and_one_fresh_signature(bundle: dict[str, Any]) -> None:
    """The local clock is 90 s slow; BitMart says 30007; the plugin measures the offset and re-signs."""
    server_now = 1_763_805_690_000
    attempts: list[dict[str, str]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        operation = request.extensions["bitmart_operation"]
        if operation == "get_system_time":
            return httpx.Response(
                200, json={"code": 1000, "message": "OK", "trace": "t", "data": {"server_time": server_now}}
            )
        # Copy the headers: a re-signed retry may reuse the same Request object.
        attempts.append(dict(request.headers))
        if abs(int(request.headers["X-BM-TIMESTAMP"]) - server_now) > 60_000:
            return httpx.Response(
                401,
                json={"code": 30007, "message": "Header X-BM-TIMESTAMP range. Within a minute", "trace": "t"},
            )
        return httpx.Response(200, json=success_example(bundle, operation))

    slow_clock = lambda: 1_763_805_600.0  # noqa: E731 - 90 seconds behind the server
    client = connect(KEY, SECRET, MEMO, transport=httpx.MockTransport(respond), clock=slow_clock)
    signed = next(name for name, op in OPERATIONS.items() if op.auth == "SIGNED")
    assert call(bundle, signed, client).status_code == 200
    assert len(attempts) == 2
    first, second = attempts
    assert first["x-bm-timestamp"] == "1763805600000"
    assert first["x-bm-sign"] != second["x-bm-sign"]
    assert abs(int(second["x-bm-timestamp"]) - server_now) < 1000


def test_sync_time_measures_the_offset_before_the_first_signed_call(bundle: dict[str, Any]) -> None:
    server_now = 1_763_805_700_000
    order: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        operation = request.extensions["bitmart_operation"]
        order.append(operation)
        if operation == "get_system_time":
            return httpx.Response(
                200, json={"code": 1000, "message": "OK", "trace": "t", "data": {"server_time": server_now}}
            )
        return httpx.Response(200, json=success_example(bundle, operation))

    client = connect(
        KEY,
        SECRET,
        MEMO,
        transport=httpx.MockTransport(respond),
        clock=lambda: 1_763_805_000.0,
        sync_time=True,
    )
    signed = [name for name, op in OPERATIONS.items() if op.auth == "SIGNED"][:2]
    for operation_id in signed:
        call(bundle, operation_id, client)
    assert order == ["get_system_time", signed[0], signed[1]]


# ---- nothing leaks ---------------------------------------------------------------------------------


def test_secret_and_memo_never_appear_in_logs_reprs_or_errors(
    bundle: dict[str, Any], caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    secret, memo = "TOP-SECRET-VALUE-0123456789abcdef", "MEMO-NEVER-SHOWN-42"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    try:

        def respond(request: httpx.Request) -> httpx.Response:
            operation = request.extensions["bitmart_operation"]
            if operation.startswith("get_") and OPERATIONS[operation].auth == "SIGNED":
                return httpx.Response(
                    401, json={"code": 30005, "message": "Header X-BM-SIGN is wrong", "trace": "t"}
                )
            return httpx.Response(200, json=success_example(bundle, operation))

        client = connect(KEY, secret, memo, transport=httpx.MockTransport(respond))
        texts += [repr(client), str(client), repr(client.auth), repr(Credentials(KEY, secret, memo))]
        for operation_id, op in OPERATIONS.items():
            if op.auth != "SIGNED":
                continue
            try:
                response = call(bundle, operation_id, client)
                texts.append(repr(response))
            except Exception as exc:
                texts += [str(exc), repr(exc)]
        credentials = Credentials(KEY, secret, memo)
        with pytest.raises(TypeError) as pickled:
            pickle.dumps(credentials)
        texts.append(str(pickled.value))
    finally:
        root.removeHandler(handler)
    captured = capsys.readouterr()
    everything = "\n".join([*texts, stream.getvalue(), caplog.text, captured.out, captured.err])
    assert "30005" in everything or "SIGNED" in everything  # the calls did happen
    assert secret not in everything
    assert memo not in everything
    assert len(caplog.records) > 0, "httpx logs each request at DEBUG; the capture must have worked"


# ---- credentials refused at creation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "match"),
    [
        ((KEY, b"bytes-secret", MEMO), "secret must be a string"),
        ((" spaced-key ", SECRET, MEMO), "surrounding spaces"),
        (("", SECRET, MEMO), "non-empty"),
        ((KEY, "", MEMO), "secret must be non-empty"),
    ],
)
def test_credentials_refuse_what_could_not_be_sent(arguments: tuple[Any, ...], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match) as raised:
        Credentials(*arguments)
    assert "bytes-secret" not in str(raised.value)


def test_signing_without_the_secret_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="secret and the memo"):
        Credentials(KEY).sign("1", b"{}")


def test_connect_takes_a_host_per_name_over_the_base_url(bundle: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _recording_client(
        bundle, seen, base_url="http://127.0.0.1:9000", hosts={"futures": "http://f:1/"}
    )
    call(bundle, "get_futures_contracts", client)
    call(bundle, "get_spot_ticker", client)
    assert [(r.url.host, r.url.port) for r in seen] == [("f", 1), ("127.0.0.1", 9000)]


def test_connect_refuses_an_unknown_host_name() -> None:
    with pytest.raises(ConfigurationError, match="moon"):
        connect(hosts={"moon": "http://127.0.0.1:1"})
