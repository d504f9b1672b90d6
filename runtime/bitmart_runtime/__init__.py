"""Runtime behaviour of bitmart_client: typed errors, retries and rate limiting.

``bitmart_auth.connect()`` wires all of it in, handing over the spec's tables (operations and
error codes) generated in ``bitmart_client``; the runtime itself never imports that package.
The pieces are also usable on their own.
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
    OrderStateUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimestampError,
    UnexpectedResponseError,
)
from .rate_limit import RateLimitStatus
from .responses import api_error, parse_success

__all__ = [
    "AuthenticationError",
    "BitMartAPIError",
    "BitMartError",
    "ConfigurationError",
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
    "RateLimitStatus",
    "ServerError",
    "TimestampError",
    "UnexpectedResponseError",
    "api_error",
    "parse_success",
]
