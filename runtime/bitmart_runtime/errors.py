"""The exceptions every BitMart call can raise, one class per kind of failure.

``BitMartError`` is the root. Failures BitMart reports (any envelope whose ``code`` is not 1000,
whatever the HTTP status) raise a ``BitMartAPIError`` subclass chosen from BitMart's error-code
table (``bitmart_client.error_codes``, generated from the spec as :class:`ErrorCode` entries and
handed to the runtime by ``bitmart_auth.connect()``); codes missing from the table fall back on
the HTTP status. Transport failures raise ``NetworkError``; bodies that are not the documented
JSON raise ``UnexpectedResponseError``; a write whose outcome cannot be established raises
``OrderStateUnknownError``.

No exception ever carries credentials: only the operation, BitMart's code, message and trace,
and the HTTP status. Every exception survives pickling (process pools, pytest-xdist).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:
    from .rate_limit import RateLimitStatus

ErrorKind = Literal[
    "authentication",
    "timestamp",
    "permission",
    "rate_limit",
    "invalid_request",
    "not_found",
    "insufficient_balance",
    "maintenance",
    "server",
]


class ErrorCode(NamedTuple):
    """One documented BitMart error code (an entry of ``x-bitmart-error-codes``)."""

    code: int
    http_status: int | None
    kind: ErrorKind
    """Which exception class the code raises (see ``ERROR_CLASSES``)."""
    retryable: bool
    message: str
    maintenance_alias: bool
    """The code also means "maintenance" when its message says so (40020)."""
    resync_clock: bool
    """BitMart rejected the request's timestamp: measuring the clock again and re-signing can succeed."""


ErrorCodeTable = Mapping[int, ErrorCode]
"""BitMart's error codes by number, as generated in ``bitmart_client.error_codes.ERROR_CODES``."""


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BitMartError(Exception):
    """Base class of every exception raised by bitmart_runtime and bitmart_auth."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which Exception's own reduce (``cls(*args)``)
        # cannot pass: rebuild from the message and the attributes instead, as stripe-python does.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(BitMartError):
    """The client was set up wrongly, e.g. an unknown host name or an invalid option."""


class MissingCredentialsError(ConfigurationError):
    """A KEYED or SIGNED operation was called without credentials; nothing was sent."""


class NetworkError(BitMartError):
    """The request could not be sent or its response could not be read (after any retries)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


class NetworkTimeoutError(NetworkError):
    """The request timed out (connect, read, write or pool timeout)."""


class UnexpectedResponseError(BitMartError):
    """The response is not what the spec documents: not JSON, no envelope, or wrong shape."""

    def __init__(self, message: str, *, operation: str | None, http_status: int, body: bytes) -> None:
        super().__init__(message)
        self.operation = operation
        self.http_status = http_status
        # Only the start: enough to diagnose, never a huge blob in logs.
        self.body_excerpt = body[:500]


class BitMartAPIError(BitMartError):
    """BitMart answered with an envelope whose ``code`` is not 1000.

    Attributes:
        code: BitMart's error code (``None`` if the body had none, e.g. a bare HTTP 502).
        message: BitMart's explanation (``message`` or, on gateway errors, ``msg``).
        trace: BitMart's request id, for support tickets.
        http_status: The HTTP status of the response (BitMart sends some errors with 200); 0 when
            the client raised it without an answer (a wait beyond the time budget, an unknown
            outcome).
        operation: The operationId of the call, e.g. ``submit_spot_order``.
        retryable: Whether repeating the same request can succeed later.
        rate_limit: The rate-limit headers of the response, if it had them.

    """

    default_retryable = False

    def __init__(
        self,
        *,
        code: int | None,
        message: str,
        trace: str | None,
        http_status: int,
        operation: str | None,
        retryable: bool | None = None,
        rate_limit: RateLimitStatus | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.trace = trace
        self.http_status = http_status
        self.operation = operation
        self.retryable = self.default_retryable if retryable is None else retryable
        self.rate_limit = rate_limit
        where = f" on {operation}" if operation else ""
        traced = f" [trace {trace}]" if trace else ""
        if http_status:
            super().__init__(f"BitMart error {code}{where} (HTTP {http_status}): {message}{traced}")
        else:
            super().__init__(f"{message}{where}")


class AuthenticationError(BitMartAPIError):
    """The key is missing, unknown, frozen or expired, or the signature is wrong (30001-30011)."""


class TimestampError(AuthenticationError):
    """``X-BM-TIMESTAMP`` is outside the allowed window (30007): resynchronise and sign again."""

    default_retryable = True


class PermissionDeniedError(BitMartAPIError):
    """The key or account may not do this (30010, 30012, 30019 and the services' 403 codes)."""


class RateLimitError(BitMartAPIError):
    """Too many requests (30013, HTTP 429), a ban (30017, HTTP 418), or a wait beyond the budget.

    ``retry_after`` is the wait, in seconds, the call would have needed before sending again
    when the client gave up because that wait did not fit in its time budget (else ``None``).
    A client-side refusal (nothing was sent) has ``code`` ``None`` and ``http_status`` 0.
    """

    default_retryable = True

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after = retry_after


class InvalidRequestError(BitMartAPIError):
    """BitMart rejected the request's content: a bad or missing parameter, or a business rule."""


class NotFoundError(InvalidRequestError):
    """The symbol, currency, order, account or path does not exist."""


class InsufficientBalanceError(InvalidRequestError):
    """The wallet cannot cover the order, transfer or withdrawal."""


class MaintenanceError(BitMartAPIError):
    """The service is under maintenance (30016, and 40020/25601 during futures upgrades)."""

    default_retryable = True


class ServerError(BitMartAPIError):
    """BitMart failed internally (HTTP 5xx, 59xxx and similar codes)."""

    default_retryable = True


class OrderStateUnknownError(BitMartAPIError):
    """A write carrying the caller's key may or may not have been carried out; nothing can tell.

    The key is a client order id or a ``requestNo``. The request failed in a way that may have
    reached BitMart (a timeout, a dropped connection, a 5xx, an unreadable answer) and looking it
    up by its key failed too, or no operation can look it up. It was **not** sent again. Find it
    yourself (``client_order_id`` holds the key) before deciding to send it again; ``__cause__``
    is the failure that made the outcome unknown.
    """

    def __init__(self, *, client_order_id: str, reason: str, operation: str | None, **kwargs: Any) -> None:
        self.client_order_id = client_order_id
        self.reason = reason
        kwargs.setdefault("code", None)
        kwargs.setdefault("trace", None)
        kwargs.setdefault("http_status", 0)
        super().__init__(
            message=f"outcome unknown for key {client_order_id!r} ({reason}); not sent again",
            operation=operation,
            **kwargs,
        )


ERROR_CLASSES: Mapping[str, type[BitMartAPIError]] = {
    "authentication": AuthenticationError,
    "timestamp": TimestampError,
    "permission": PermissionDeniedError,
    "rate_limit": RateLimitError,
    "invalid_request": InvalidRequestError,
    "not_found": NotFoundError,
    "insufficient_balance": InsufficientBalanceError,
    "maintenance": MaintenanceError,
    "server": ServerError,
}
"""The exception class for each ``kind`` of BitMart's error-code table."""

__all__ = [
    "ERROR_CLASSES",
    "AuthenticationError",
    "BitMartAPIError",
    "BitMartError",
    "ConfigurationError",
    "ErrorCode",
    "ErrorCodeTable",
    "ErrorKind",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "MaintenanceError",
    "MissingCredentialsError",
    "NetworkError",
    "NetworkTimeoutError",
    "NotFoundError",
    "OrderStateUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TimestampError",
    "UnexpectedResponseError",
]
