"""Turn a BitMart HTTP response into a success payload or a typed exception.

The body is decoded once and cached on the response (the retrying client may already have
decoded it to decide whether to retry), and the envelope is checked: only ``code == 1000`` is
success, whatever the HTTP status. Building the model from a success envelope is
:mod:`bitmart_runtime.parsing`'s job.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .errors import (
    ERROR_CLASSES,
    AuthenticationError,
    BitMartAPIError,
    InvalidRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from .rate_limit import RateLimitStatus

_DECODED = "bitmart.decoded"
_SUCCESS_CODES = (1000, "1000")  # affiliate endpoints send the code as a string
_MAINTENANCE_HINTS = ("maintenance", "upgrade", "suspend")


def decoded_body(response: httpx.Response) -> Any:
    """Return the JSON body of ``response`` (``None`` if it is not JSON), decoding it only once."""
    cache = response.extensions
    if _DECODED in cache:
        return cache[_DECODED]
    try:
        value = json.loads(response.content)
    except ValueError:
        value = None
    if isinstance(cache, dict):
        cache[_DECODED] = value
    return value


def api_error(
    operation: str | None, response: httpx.Response
) -> BitMartAPIError | UnexpectedResponseError | None:
    """Return the exception ``response`` stands for, or ``None`` if it is a success envelope."""
    body = decoded_body(response)
    status = response.status_code
    if isinstance(body, dict) and "code" in body:
        if body["code"] in _SUCCESS_CODES:
            if status < 400:
                return None
            return _unexpected(operation, response, f"HTTP {status} with a success envelope")
        return _from_envelope(operation, response, body)
    if status >= 500 or status == 429:
        # A proxy or gateway answered without BitMart's envelope (HTML 502, bare 429...).
        return _from_status(operation, response, None, f"HTTP {status} without a BitMart envelope", None)
    return _unexpected(operation, response, "the body is not a BitMart envelope")


def forget_decoded(response: httpx.Response) -> None:
    """Drop the decoded body cached on ``response`` (the model now holds what it needs)."""
    if isinstance(response.extensions, dict):
        response.extensions.pop(_DECODED, None)


def _unexpected(operation: str | None, response: httpx.Response, reason: str) -> UnexpectedResponseError:
    where = f" from {operation}" if operation else ""
    return UnexpectedResponseError(
        f"unexpected response{where} (HTTP {response.status_code}): {reason}",
        operation=operation,
        http_status=response.status_code,
        body=response.content,
    )


def _from_envelope(operation: str | None, response: httpx.Response, body: dict[str, Any]) -> BitMartAPIError:
    raw_code = body.get("code")
    try:
        code: int | None = int(raw_code) if raw_code is not None else None
    except (TypeError, ValueError):
        code = None
    message = body.get("message")
    if not isinstance(message, str):
        message = body.get("msg") if isinstance(body.get("msg"), str) else ""
    trace = body.get("trace") if isinstance(body.get("trace"), str) else None
    return _from_status(operation, response, code, str(message), trace)


def _from_status(
    operation: str | None, response: httpx.Response, code: int | None, message: str, trace: str | None
) -> BitMartAPIError:
    from bitmart_client.error_codes import ERROR_CODES

    status = response.status_code
    rate_limit = RateLimitStatus.from_headers(response.headers)
    entry = ERROR_CODES.get(code) if code is not None else None
    cls: type[BitMartAPIError]
    retryable: bool | None = None
    if entry is not None:
        cls = ERROR_CLASSES[entry.kind]
        retryable = entry.retryable
        if entry.maintenance_alias and any(hint in message.lower() for hint in _MAINTENANCE_HINTS):
            cls, retryable = MaintenanceError, True
        if not message:
            message = entry.message
    else:
        cls = _class_for_status(status)
    return cls(
        code=code,
        message=message,
        trace=trace,
        http_status=status,
        operation=operation,
        retryable=retryable,
        rate_limit=rate_limit,
    )


def _class_for_status(status: int) -> type[BitMartAPIError]:
    if status in (401,):
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status in (418, 429):
        return RateLimitError
    if status >= 500:
        return ServerError
    if status >= 400:
        return InvalidRequestError
    return BitMartAPIError


__all__ = ["api_error", "decoded_body", "forget_decoded"]
