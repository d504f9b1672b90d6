"""Runtime behaviour of bitmart_client: typed errors, retries and rate limiting.

``bitmart_auth.connect()`` wires all of it in; pass ``retry=RetryPolicy(...)`` or
``rate_limit=RateLimiter(...)`` to tune it. The pieces are also usable on their own.
"""

from .errors import (
    AuthenticationError,
    BitMartAPIError,
    BitMartError,
    ConfigurationError,
    InsufficientBalanceError,
    InvalidRequestError,
    MaintenanceError,
    MissingCredentialsError,
    NetworkError,
    NetworkTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimestampError,
    UnexpectedResponseError,
)
from .parsing import DriftEntry, DriftError, ParseOptions, parse_answer, parse_success
from .rate_limit import RateLimiter, RateLimitStatus
from .responses import api_error
from .retry import RetryPolicy

__all__ = [
    "AuthenticationError",
    "BitMartAPIError",
    "BitMartError",
    "ConfigurationError",
    "DriftEntry",
    "DriftError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "MaintenanceError",
    "MissingCredentialsError",
    "NetworkError",
    "NetworkTimeoutError",
    "NotFoundError",
    "ParseOptions",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitStatus",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "TimestampError",
    "UnexpectedResponseError",
    "api_error",
    "parse_answer",
    "parse_success",
]
