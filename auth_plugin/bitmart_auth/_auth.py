"""``BitMartAuth``: an ``httpx.Auth`` that routes and signs every BitMart request.

It follows httpx's own ``auth_flow`` generator model: the flow edits the request, yields it, and
may yield more requests (a ``/system/time`` probe, a re-signed retry) after seeing the response.
It never performs I/O itself, so one implementation serves ``httpx.Client`` and
``httpx.AsyncClient`` alike and can be tested by driving the generator by hand.

Per request, using the operation table and the error-code table generated from the spec:

* the operation is found from the ``bitmart_operation`` request extension that every generated
  function sets, else from the method and path;
* the URL is pointed at the operation's host (spot, futures or futures demo);
* NONE operations get no credential header at all, KEYED ones ``X-BM-KEY``, SIGNED ones
  ``X-BM-KEY``, ``X-BM-TIMESTAMP`` and ``X-BM-SIGN`` over the exact bytes sent (``{}`` when a
  POST has no body);
* an answer whose code rejects the timestamp (``resync_clock`` in the error-code table: 30007,
  30008) triggers one clock re-sync and one re-signed retry, logged on ``bitmart_auth.clock``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping

import httpx
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import HOSTS, OPERATIONS
from bitmart_runtime.errors import ConfigurationError, ErrorCodeTable, MissingCredentialsError
from bitmart_runtime.operations import OPERATION_EXTENSION, Operation, OperationTable
from bitmart_runtime.responses import decoded_body

from ._clock import ServerClock
from ._credentials import Credentials

_CREDENTIAL_HEADERS = ("X-BM-KEY", "X-BM-SIGN", "X-BM-TIMESTAMP")
_HEADERS_SET = {"NONE": 0, "KEYED": 1, "SIGNED": 3}  # how many of _CREDENTIAL_HEADERS each auth type sets
_TIME_OPERATION = "get_system_time"
_EMPTY_JSON = b"{}"
_LATEST_PLAUSIBLE_MS = 10**14  # year 5138: a larger server_time is garbage, not a clock

_log = logging.getLogger("bitmart_auth.clock")


def _origin(url: str) -> httpx.URL:
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"not an http(s) base URL: {url!r}")
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        raise ConfigurationError(f"a base URL is scheme, host and port only: {url!r}")
    return parsed


class BitMartAuth(httpx.Auth):
    """Sign and route BitMart requests according to each operation's entry in the spec.

    Args:
        credentials: The key, secret and memo; ``None`` allows public operations only.
        hosts: Base URLs by host name (``spot``, ``futures``, ``futures_demo``), overriding the
            spec's; see ``bitmart_auth.connect`` for the common cases.
        clock: Returns Unix time in seconds; defaults to ``time.time``.
        sync_time: Measure the offset to BitMart's clock with ``/system/time`` before the first
            SIGNED request and again every ``resync_interval`` seconds.
        resync_interval: Maximum age, in seconds, of the measured offset when ``sync_time`` is on.
        operations: The operation table; defaults to ``bitmart_client.operations.OPERATIONS``.
        error_codes: BitMart's error codes; defaults to ``bitmart_client.error_codes.ERROR_CODES``.

    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        hosts: Mapping[str, str] | None = None,
        clock: Callable[[], float] | None = None,
        sync_time: bool = False,
        resync_interval: float = 600.0,
        operations: Mapping[str, Operation] | None = None,
        error_codes: ErrorCodeTable | None = None,
    ) -> None:
        self.credentials = credentials or Credentials()
        self._operations = OperationTable(OPERATIONS if operations is None else operations)
        codes = ERROR_CODES if error_codes is None else error_codes
        self._resync_codes = frozenset(code for code, entry in codes.items() if entry.resync_clock)
        merged = {**HOSTS, **(hosts or {})}
        unknown = set(merged) - set(HOSTS)
        if unknown:
            raise ConfigurationError(f"unknown host name(s) {sorted(unknown)}; expected {sorted(HOSTS)}")
        self._hosts = {name: _origin(url) for name, url in merged.items()}
        self.clock = ServerClock(clock)
        self.sync_time = sync_time
        self.resync_interval = resync_interval

    def __repr__(self) -> str:
        hosts = {name: str(url) for name, url in self._hosts.items()}
        return f"BitMartAuth(credentials={self.credentials!r}, hosts={hosts!r}, sync_time={self.sync_time})"

    @property
    def hosts(self) -> Mapping[str, str]:
        """The base URL used for each host name."""
        return {name: str(url).rstrip("/") for name, url in self._hosts.items()}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Route and sign ``request``; re-sync the clock and re-sign once if BitMart rejects the time."""
        operation = self._operations.of(request)
        if operation is None:
            # Not in the spec: send it as given, but never with credentials BitMart did not ask for.
            for header in _CREDENTIAL_HEADERS:
                request.headers.pop(header, None)
            yield request
            return
        request = self._route(request, operation)
        if operation.auth == "SIGNED":
            request = self._with_json_body(request)
            if self.sync_time and self.clock.is_stale(self.resync_interval):
                yield from self._sync_clock(request)
        self._apply_credentials(request, operation)
        response = yield request
        if operation.auth == "SIGNED":
            code = _code(response)
            if code in self._resync_codes:
                _log.warning(
                    "%s: BitMart rejected the timestamp (code %s); measuring the clock and signing again",
                    operation.operation_id,
                    code,
                )
                yield from self._sync_clock(request)
                self._apply_credentials(request, operation)
                yield request

    def _route(self, request: httpx.Request, operation: Operation) -> httpx.Request:
        target = self._hosts[operation.host]
        url = request.url
        if (url.scheme, url.host, url.port) != (target.scheme, target.host, target.port):
            request.url = url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
            # httpx derived Host from the original URL when it built the request.
            request.headers["Host"] = target.netloc.decode("ascii")
        return request

    @staticmethod
    def _with_json_body(request: httpx.Request) -> httpx.Request:
        if request.method == "GET" or request.content:
            return request
        # BitMart signs the body; a POST without parameters sends and signs "{}".
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        headers["Content-Type"] = "application/json"
        return httpx.Request(
            request.method, request.url, headers=headers, content=_EMPTY_JSON, extensions=request.extensions
        )

    def _apply_credentials(self, request: httpx.Request, operation: Operation) -> None:
        # Headers this operation does not set must not leak through from the caller; the ones it
        # sets replace whatever was there (skipping their removal saves a few µs per request).
        for header in _CREDENTIAL_HEADERS[_HEADERS_SET[operation.auth] :]:
            request.headers.pop(header, None)
        if operation.auth == "NONE":
            return
        credentials = self.credentials
        if operation.auth == "KEYED":
            if not credentials.can_key:
                raise MissingCredentialsError(
                    f"{operation.operation_id} needs an API key: pass api_key or set BITMART_API_KEY"
                )
        elif not credentials.can_sign:
            raise MissingCredentialsError(
                f"{operation.operation_id} is SIGNED and needs the API key, secret and memo: pass them "
                "or set BITMART_API_KEY, BITMART_API_SECRET and BITMART_API_MEMO"
            )
        assert credentials.api_key is not None
        request.headers["X-BM-KEY"] = credentials.api_key
        if operation.auth == "SIGNED":
            timestamp = self.clock.timestamp()
            payload = request.url.query if request.method == "GET" else request.content
            request.headers["X-BM-TIMESTAMP"] = timestamp
            request.headers["X-BM-SIGN"] = credentials.sign(timestamp, payload)

    def _sync_clock(self, like: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        time_op = self._operations[_TIME_OPERATION]
        base = self._hosts[time_op.host]
        probe = httpx.Request(
            "GET", base.join(time_op.path), extensions={OPERATION_EXTENSION: _TIME_OPERATION}
        )
        # The probe inherits the caller's timeout settings, nothing else (no credentials).
        if "timeout" in like.extensions:
            probe.extensions["timeout"] = like.extensions["timeout"]
        sent_at = self.clock.local()
        response = yield probe
        received_at = self.clock.local()
        server_time = _server_time(response)
        if server_time is None:
            _log.warning("the /system/time answer holds no server time; signing again with the same clock")
            return
        self.clock.observe(sent_at, received_at, server_time)
        _log.debug("clock offset to BitMart measured: %d ms", self.clock.offset_ms)


# Both read the body through the runtime's decoder: it decodes each body once for the auth flow
# and the retry policy together, and any undecodable body (invalid UTF-8, nesting too deep) is
# simply "not JSON" here; the runtime then raises UnexpectedResponseError for it.
def _code(response: httpx.Response) -> int | None:
    body = decoded_body(response)
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def _server_time(response: httpx.Response) -> int | None:
    body = decoded_body(response)
    if not isinstance(body, dict) or body.get("code") != 1000 or not isinstance(body.get("data"), dict):
        return None
    value = body["data"].get("server_time")
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < _LATEST_PLAUSIBLE_MS:
        return value
    return None
