"""API credentials that never show themselves.

The secret and the memo are kept in private attributes and appear in no ``repr``, ``str``,
pickle or exception message; only a masked form of the key is ever displayed. Values that could
not be signed or sent (a secret or memo that is not encodable as UTF-8, as ``os.environ`` yields
for undecodable bytes; a key that is not printable ASCII) are refused when the credentials are
created, with a message that names the field and never shows the value.
"""

from __future__ import annotations

from typing import NoReturn

from bitmart_runtime.errors import ConfigurationError

from ._signing import signature

ENV_KEY = "BITMART_API_KEY"
ENV_SECRET = "BITMART_API_SECRET"  # noqa: S105 - the variable name, not a secret
ENV_MEMO = "BITMART_API_MEMO"


def mask(value: str) -> str:
    """Show the first and last four characters of an access key, nothing of short values."""
    return f"{value[:4]}…{value[-4:]}" if len(value) > 12 else "…"


class Credentials:
    """An access key and, for SIGNED operations, the secret key and memo.

    Any of the three may be absent: public operations need none, KEYED operations the key only.
    """

    __slots__ = ("_key", "_memo", "_secret")

    def __init__(
        self, api_key: str | None = None, secret: str | None = None, memo: str | None = None
    ) -> None:
        for name, value in (("api_key", api_key), ("secret", secret), ("memo", memo)):
            if value is not None and not isinstance(value, str):
                # Never echo the value: it may be the secret passed in the wrong place.
                raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
        if api_key is not None and (not api_key or api_key != api_key.strip()):
            raise ConfigurationError("api_key must be non-empty and without surrounding spaces")
        if api_key is not None and not (api_key.isascii() and api_key.isprintable()):
            # It is sent as the X-BM-KEY header, which carries printable ASCII only.
            raise ConfigurationError("api_key must be printable ASCII (it is sent as a header)")
        if secret is not None and not secret:
            raise ConfigurationError("secret must be non-empty")
        unencodable = [name for name, value in (("secret", secret), ("memo", memo)) if not _encodable(value)]
        if unencodable:
            # Raised outside the failed encode: a UnicodeEncodeError holds the whole value, and as
            # the context of this error it would reach tracebacks and error reports.
            raise ConfigurationError(
                f"{unencodable[0]} cannot be encoded as UTF-8 (it holds a lone surrogate, as "
                "environment variables with undecodable bytes do); check how it was read"
            )
        self._key = api_key
        self._secret = secret
        self._memo = memo

    @property
    def api_key(self) -> str | None:
        """The access key (sent in ``X-BM-KEY``), or ``None``."""
        return self._key

    @property
    def can_key(self) -> bool:
        """Whether KEYED operations can be called."""
        return self._key is not None

    @property
    def can_sign(self) -> bool:
        """Whether SIGNED operations can be called (key, secret and memo all present)."""
        return self._key is not None and self._secret is not None and self._memo is not None

    def sign(self, timestamp: str, payload: bytes) -> str:
        """Return the ``X-BM-SIGN`` of ``payload`` at ``timestamp`` with these credentials."""
        if self._secret is None or self._memo is None:
            raise ConfigurationError("signing needs the secret and the memo")
        return signature(self._secret, timestamp, self._memo, payload)

    def __repr__(self) -> str:
        key = mask(self._key) if self._key else None
        secret = "<set>" if self._secret is not None else None
        memo = "<set>" if self._memo is not None else None
        return f"Credentials(api_key={key!r}, secret={secret}, memo={memo})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("Credentials cannot be pickled: they would carry the secret")


def _encodable(value: str | None) -> bool:
    if value is None:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
