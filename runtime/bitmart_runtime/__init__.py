"""Runtime behaviour of bitmart_client: typed errors, retries and rate limiting.

``bitmart_auth.connect()`` wires all of it in, handing over the spec's tables (operations and
error codes) generated in ``bitmart_client``; the runtime itself never imports that package.
Pass ``retry=RetryPolicy(...)`` or ``rate_limit=RateLimiter(...)`` to tune it; the pieces
are also usable on their own.
"""

from . import errors
from .errors import *  # noqa: F403 - the exception classes, each named once in errors.__all__
from .parsing import DriftEntry, DriftError, ParseOptions, parse_answer, parse_success
from .rate_limit import RateLimiter, RateLimitStatus
from .responses import api_error
from .retry import RetryPolicy

__all__ = [
    "DriftEntry",
    "DriftError",
    "ParseOptions",
    "RateLimitStatus",
    "RateLimiter",
    "RetryPolicy",
    "api_error",
    "parse_answer",
    "parse_success",
]
__all__ += errors.__all__
# The error-code table and its types stay under bitmart_runtime.errors, for the generated tables
# and the runtime's plumbing; the package's top level offers the exceptions users catch.
__all__.remove("ERROR_CLASSES")
__all__.remove("ErrorCode")
__all__.remove("ErrorCodeTable")
__all__.remove("ErrorKind")
