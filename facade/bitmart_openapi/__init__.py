"""bitmart-openapi: a typed client for the BitMart REST API, from one import.

>>> from bitmart_openapi import connect
>>> client = connect()            # reads BITMART_API_KEY / _SECRET / _MEMO; public calls need none
>>> client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.last

Every operation is on the client by area (``client.<area>.<operation>(...)``, with
``.detailed``, ``.asyncio`` and ``.asyncio_detailed`` variants); request and response models
are in ``bitmart_openapi.models``; ``OPERATIONS`` gives each operation's auth type, permission
and rate limit (``RateLimiter.from_operations(OPERATIONS)`` builds a limiter to share between
clients); every exception the client raises derives from
``BitMartError``. The generated modules (``bitmart_client.api.<area>.<operation>``) stay
available for code that prefers functions.

Importing this package imports httpx and the client's core only: areas, operations and models
are imported the first time they are used, and ``__version__`` is read from the installed
package's metadata on first access (``importlib.metadata`` alone costs tens of milliseconds).
"""

from typing import TYPE_CHECKING

import bitmart_runtime
from bitmart_auth import Credentials, connect
from bitmart_client.areas import BitMartClient
from bitmart_client.operations import OPERATIONS
from bitmart_client.types import UNSET, Response, Unset
from bitmart_runtime import *  # noqa: F403 - errors, retries, rate limits: the runtime's __all__

if TYPE_CHECKING:
    # mypy passes on through a star import only the names a literal __all__ lists, and the
    # runtime adds its exceptions from errors.__all__: name their home for the type checkers.
    from bitmart_client import models
    from bitmart_runtime.errors import *  # noqa: F403

    __version__: str
else:

    def __getattr__(name: str) -> object:
        """``__version__`` (read from the package metadata) and ``models``, on first use."""
        if name == "__version__":
            from bitmart_auth._version import package_version

            return package_version()
        if name == "models":
            from bitmart_client import models

            return models
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "OPERATIONS",
    "UNSET",
    "BitMartClient",
    "Credentials",
    "Response",
    "Unset",
    "__version__",
    "connect",
    "models",
]
__all__ += bitmart_runtime.__all__
# The runtime's response plumbing is for the generated client, not for users of the facade.
__all__.remove("api_error")
__all__.remove("parse_answer")
__all__.remove("parse_success")
