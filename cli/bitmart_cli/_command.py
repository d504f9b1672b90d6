"""What every ``bitmart`` command shares: the target options, the report console, the failures.

Expected failures (bad credentials, an unreachable server, an unwritable file, a refusal) end
with one line on standard error and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from bitmart_runtime import AuthenticationError, BitMartError, NetworkError
from rich.console import Console

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
_REPORT_WIDTH = 200

base_url_option = click.option(
    "--base-url", metavar="URL", help="Talk to this server instead of BitMart (e.g. a mock)."
)
mock_option = click.option(
    "--mock", is_flag=True, help="Start the embedded mock exchange and use its demo account."
)


def console() -> Console:
    """Standard output; wide enough for the reports when it is not a terminal (a file, a pipe)."""
    out = Console()
    return out if out.is_terminal else Console(width=_REPORT_WIDTH)


def target_hint(base_url: str | None, mock: bool) -> str:
    """How a failure names the server: its URL, the mock, or BitMart."""
    return base_url or ("the mock" if mock else "BitMart")


@contextmanager
def expected_failures(target: str, interrupted: str) -> Iterator[None]:
    """Turn the failures a user can meet into one line on standard error and an exit status.

    ``target`` names the server in network failures; ``interrupted`` is what to say on Ctrl-C.
    """
    try:
        yield
    except KeyboardInterrupt:
        click.echo(f"interrupted: {interrupted}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except AuthenticationError as error:
        fail(f"BitMart refused the credentials ({error.code}: {error.message})")
    except NetworkError as error:
        fail(f"cannot reach {target}: {error}")
    except BitMartError as error:
        fail(str(error))
    except sqlite3.Error as error:
        # Every command shares one file (--db): the export's tables and withdraw-all's journal.
        fail(f"cannot use the export file: {error}")


def fail(message: str) -> None:
    """End the command with ``error: message`` on standard error and exit status 1."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_FAILED)


__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "base_url_option",
    "console",
    "expected_failures",
    "fail",
    "mock_option",
    "target_hint",
]
