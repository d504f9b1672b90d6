"""Request signing for BitMart, as an ``httpx.Auth``, and ``connect()`` to get a ready client.

>>> from bitmart_auth import connect
>>> client = connect()                      # public operations; reads BITMART_API_* if set
>>> client = connect("key", "secret", "memo", base_url="http://127.0.0.1:8080")
"""

from bitmart_runtime.errors import ConfigurationError, MissingCredentialsError

from ._auth import BitMartAuth
from ._clock import ServerClock
from ._credentials import Credentials
from ._factory import ConnectOptions, connect
from ._signing import pre_sign, signature

__all__ = [
    "BitMartAuth",
    "ConfigurationError",
    "ConnectOptions",
    "Credentials",
    "MissingCredentialsError",
    "ServerClock",
    "connect",
    "pre_sign",
    "signature",
]
