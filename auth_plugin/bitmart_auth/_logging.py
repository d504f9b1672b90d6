"""The loggers a client writes to, and ``connect(log_level=...)``.

- ``bitmart_runtime``: the runtime (retries, rate-limit waits, answers that drift from the
  document, under ``bitmart_runtime.*``);
- ``bitmart_auth``: signing and the clock offset to BitMart;
- ``httpx``: one INFO line per HTTP request with the method, the URL and the status (httpx's
  own; URLs carry no secret: BitMart's credentials travel in headers, which are never logged).
"""

from __future__ import annotations

import logging
import sys

from bitmart_runtime.errors import ConfigurationError

LOGGERS = ("bitmart_runtime", "bitmart_auth", "httpx")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def set_log_level(level: int | str) -> None:
    """Set ``level`` on every logger of ``LOGGERS``.

    If the application has configured no logging at all (no handler on the way to the root
    logger), each logger also gets one handler writing to stderr, so that the level alone
    makes the lines visible; otherwise the application's handlers decide where they go.
    """
    if isinstance(level, str):
        known = logging.getLevelNamesMapping()
        if level.upper() not in known:
            names = ", ".join(sorted(known))
            raise ConfigurationError(f"log_level={level!r} is not a logging level; use one of {names}")
        level = known[level.upper()]
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not logger.hasHandlers():
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter(_FORMAT))
            logger.addHandler(handler)
