"""The clients every operation function takes. Most code gets one from ``bitmart_auth.connect()``."""

import ssl
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field
from bitmart_runtime.parsing import ParseOptions, strict_by_default

DOCUMENT = Path(__file__).resolve().parent / "openapi.json"
"""The bundled OpenAPI document this package was generated from; answers are checked against it."""


def _default_parse_options() -> ParseOptions:
    return ParseOptions(strict=strict_by_default(), document=DOCUMENT)


@define
class Client:
    """Holds the connection settings and the underlying httpx clients, built on first use.

    Keyword arguments:
        ``base_url``: the URL every relative operation path is joined to.
        ``cookies`` / ``headers``: sent with every request.
        ``timeout``: an ``httpx.Timeout`` for every request.
        ``verify_ssl``: ``True``, ``False`` or an ``ssl.SSLContext``.
        ``follow_redirects``: whether httpx follows redirects (default ``False``).
        ``httpx_args``: further keyword arguments for the httpx client constructors.
        ``httpx_client_factory`` / ``async_httpx_client_factory``: called with the settings above
        to build the httpx clients, so that a subclass (such as bitmart_runtime's) can be used.
        ``parse_options``: how answers become models (``bitmart_runtime.ParseOptions``): lenient
        by default, ``strict=True`` to raise on any departure from the document,
        ``record_drift=`` a folder to save drifting answers in.
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _httpx_client_factory: Callable[..., httpx.Client] = field(
        default=httpx.Client, kw_only=True, alias="httpx_client_factory"
    )
    _async_httpx_client_factory: Callable[..., httpx.AsyncClient] = field(
        default=httpx.AsyncClient, kw_only=True, alias="async_httpx_client_factory"
    )
    parse_options: ParseOptions = field(factory=_default_parse_options, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Return a client like this one that also sends ``headers``."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Return a client like this one that also sends ``cookies``."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Return a client like this one with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for synchronous calls, replacing every other connection setting."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Return the synchronous httpx client, constructing it on first use."""
        if self._client is None:
            self._client = self._httpx_client_factory(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Open the synchronous client; it is closed on exit."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the synchronous client."""
        self.get_httpx_client().__exit__(kind, error, trace)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for asynchronous calls, replacing every other connection setting."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the asynchronous httpx client, constructing it on first use."""
        if self._async_client is None:
            self._async_client = self._async_httpx_client_factory(
                **self._httpx_kwargs()
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Open the asynchronous client; it is closed on exit."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the asynchronous client."""
        await self.get_async_httpx_client().__aexit__(kind, error, trace)


@define
class AuthenticatedClient(Client):
    """A client whose requests carry BitMart credentials through ``auth``.

    ``auth`` is an ``httpx.Auth``, normally ``bitmart_auth.BitMartAuth``, which adds per
    operation exactly the headers it needs and nothing to public operations. Operations that
    need credentials are typed to take this class.
    """

    auth: httpx.Auth = field(kw_only=True)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {**super()._httpx_kwargs(), "auth": self.auth}
