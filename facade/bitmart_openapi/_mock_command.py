"""The ``bitmart-mock`` command: the mock server, or one line saying how to install it."""

from __future__ import annotations

import sys

from ._extras import MOCK_EXTRA_HINT


def main() -> int:
    """Run ``python -m bitmart_mock``; without the ``mock`` extra, explain and exit 2."""
    try:
        from bitmart_mock.__main__ import main as serve
    except ModuleNotFoundError as missing:
        print(
            f"bitmart-mock needs the mock extra ({missing.name} is missing): {MOCK_EXTRA_HINT}",
            file=sys.stderr,
        )
        return 2
    return serve()


if __name__ == "__main__":
    sys.exit(main())
