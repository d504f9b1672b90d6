"""The installed distribution's version: pyproject.toml is its only source."""

from __future__ import annotations

import functools

DISTRIBUTION = "bitmart-openapi"


@functools.cache
def package_version() -> str:
    """The version of the installed ``bitmart-openapi``, from its metadata (``0+unknown`` if none).

    Read on first use, not at import: ``importlib.metadata`` alone takes tens of milliseconds
    to import, more than the rest of the client.
    """
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def user_agent() -> str:
    """The ``User-Agent`` every request carries unless told otherwise."""
    return f"{DISTRIBUTION}/{package_version()}"
