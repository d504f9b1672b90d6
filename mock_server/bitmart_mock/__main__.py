"""``python -m bitmart_mock``: serve the mock BitMart exchange.

    python -m bitmart_mock --host 127.0.0.1 --port 8080
    python -m bitmart_mock --credential mykey:mysecret:mymemo:PERMISSION,PERMISSION
    python -m bitmart_mock --config mock.json

Without credentials it accepts mock-key / mock-secret / mock-memo with every permission. The
permission names are those of the document (``x-bitmart-permissions``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvicorn

from .app import MockApp
from .config import DEFAULT_CREDENTIAL, MockConfig, MockCredential


def main(argv: list[str] | None = None) -> int:
    """Parse options and serve until interrupted; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m bitmart_mock", description="A local mock of the BitMart REST API."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.add_argument("--config", type=Path, help="JSON file with credentials and settings")
    parser.add_argument(
        "--credential",
        action="append",
        default=[],
        metavar="KEY:SECRET:MEMO[:PERMS][@ACCOUNT]",
        help="accept this API key (repeatable); PERMS is a comma-separated permission list",
    )
    parser.add_argument("--no-rate-limits", action="store_true", help="do not enforce rate limits")
    parser.add_argument(
        "--serve-retired", action="store_true", help="serve retired endpoints instead of ``endpoint_retired``"
    )
    args = parser.parse_args(argv)
    try:
        config = MockConfig.from_file(args.config) if args.config else MockConfig()
        if args.credential:
            config.credentials = tuple(MockCredential.parse(text) for text in args.credential)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        print(f"bitmart_mock: {exc}", file=sys.stderr)
        return 2
    config.rate_limits = config.rate_limits and not args.no_rate_limits
    config.serve_retired = config.serve_retired or args.serve_retired
    keys = ", ".join(credential.key for credential in config.credentials)
    if config.credentials == (DEFAULT_CREDENTIAL,):
        keys += " (secret mock-secret, memo mock-memo)"
    print(f"bitmart_mock on http://{args.host}:{args.port}  accepting: {keys}", file=sys.stderr)
    uvicorn.run(MockApp(config), host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
