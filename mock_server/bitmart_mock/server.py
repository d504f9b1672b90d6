"""Serve the mock over real HTTP on loopback, in a background thread (for tests and demos)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import threading
from types import TracebackType

import uvicorn

from .app import MockApp
from .config import MockConfig


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) can be reached only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class MockServer:
    """A running mock: ``with MockServer() as server: connect(base_url=server.url)``.

    The server listens on ``host`` and a free port (or ``port``); ``server.app`` gives direct
    access to the exchange state, faults and journal.
    """

    def __init__(
        self,
        app: MockApp | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        config: MockConfig | None = None,
    ) -> None:
        self.app = app or MockApp(config)
        if self.app.config.admin_token is None and not is_loopback(host):
            raise ValueError(f"{host} is reachable from other machines: set MockConfig.admin_token")
        self._config = uvicorn.Config(
            self.app,
            host=host,
            port=port,
            log_level="critical",
            lifespan="on",
            access_log=False,
            loop="asyncio",
        )
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self.port = port

    @property
    def url(self) -> str:
        """The base URL to point a client at (both BitMart hosts answer here)."""
        return f"http://{self._config.host}:{self.port}"

    def start(self) -> MockServer:
        """Start serving; returns once the socket accepts connections."""
        # Dropped-connection faults raise inside the app on purpose; keep uvicorn from printing them.
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
        self._thread = threading.Thread(target=self._run, name="bitmart-mock", daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the mock server failed to start")
            threading.Event().wait(0.01)
        sockets = [sock for server in self._server.servers for sock in server.sockets]
        self.port = sockets[0].getsockname()[1]
        return self

    def _run(self) -> None:
        asyncio.run(self._server.serve())

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
