"""``python -m bitmart_mock``: serve the mock BitMart exchange.

    python -m bitmart_mock --host 127.0.0.1 --port 8080
    python -m bitmart_mock --credential mykey:mysecret:mymemo:PERMISSION,PERMISSION
    python -m bitmart_mock --config mock.json
    python -m bitmart_mock --host 0.0.0.0 --admin-token "$TOKEN"   # beyond loopback: a token
    python -m bitmart_mock --history --seed 7          # the demo account with a seeded year of history

Without credentials it accepts mock-key / mock-secret / mock-memo with every permission. The
permission names are those of the document (``x-bitmart-permissions``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import uvicorn

from .app import MockApp
from .config import DEFAULT_CREDENTIAL, MockConfig, MockCredential
from .server import is_loopback

TOKEN_VARIABLE = "BITMART_MOCK_ADMIN_TOKEN"  # noqa: S105 - the name of a variable, not a secret


def _parser() -> argparse.ArgumentParser:
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
        "--serve-retired", action="store_true", help="serve retired endpoints instead of refusing them"
    )
    parser.add_argument(
        "--history",
        action="store_true",
        help="give the demo accounts a seeded year of activity (orders, fills, transfers, deposits, "
        "withdrawals, margin, futures, Earn) to read and export",
    )
    parser.add_argument("--seed", type=int, help="seed of the market and of the history (default 7)")
    parser.add_argument(
        "--admin-token",
        metavar="TOKEN",
        help=f"token the control API (/__mock__/) requires as 'Authorization: Bearer TOKEN' "
        f"(or ${TOKEN_VARIABLE}); required when --host is not a loopback address",
    )
    return parser


def _config(args: argparse.Namespace) -> MockConfig:
    """The settings the options and the config file give (``ValueError`` and others when invalid)."""
    config = MockConfig.from_file(args.config) if args.config else MockConfig()
    if args.credential:
        config.credentials = tuple(MockCredential.parse(text) for text in args.credential)
    config.rate_limits = config.rate_limits and not args.no_rate_limits
    config.serve_retired = config.serve_retired or args.serve_retired
    config.history = config.history or args.history
    config.seed = config.seed if args.seed is None else args.seed
    config.admin_token = args.admin_token or os.environ.get(TOKEN_VARIABLE) or config.admin_token
    if config.admin_token is None and not is_loopback(args.host):
        raise ValueError(
            f"--host {args.host} is reachable from other machines: give --admin-token or ${TOKEN_VARIABLE} "
            "so that only you can use the control API"
        )
    return config


def _banner(host: str, port: int, config: MockConfig) -> str:
    """What the mock prints when it starts: where, which keys (never a secret, memo or token)."""
    keys = ", ".join(credential.key for credential in config.credentials)
    if config.credentials == (DEFAULT_CREDENTIAL,):
        keys += " (the documented default credential)"
    control = "token required" if config.admin_token else "open on loopback"
    history = f"  history: a seeded year (seed {config.seed})" if config.history else ""
    return f"bitmart_mock on http://{host}:{port}  accepting: {keys}  control API: {control}{history}"


def main(argv: list[str] | None = None) -> int:
    """Parse options and serve until interrupted; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        config = _config(args)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        print(f"bitmart_mock: {exc}", file=sys.stderr)
        return 2
    print(_banner(args.host, args.port, config), file=sys.stderr)
    uvicorn.run(MockApp(config), host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
