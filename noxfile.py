"""Every task of the project, each in its own environment: ``nox -l`` lists them.

``nox -s demo`` runs the main job; ``nox -s lint typecheck tests check_generated`` is the full
check that CI (``.ci/run``) runs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
GENERATOR_REQUIREMENTS = "generator/requirements.txt"
REDOCLY = "@redocly/cli@2.77.0"
HAND_WRITTEN = [
    "auth_plugin",
    "runtime",
    "mock_server",
    "withdraw",
    "generator",
    "tests",
    "bench",
    "examples",
    "noxfile.py",
]

# uv creates environments and installs in seconds; plain virtualenv is the fallback.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typecheck", "tests", "check_generated"]
nox.options.reuse_venv = "yes"


def _codegen(session: nox.Session, *args: str) -> None:
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "-m", "bitmart_codegen", *args, env={"PYTHONPATH": str(ROOT / "generator")})


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/bitmart_client from spec/ (running it twice changes nothing)."""
    _codegen(session)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail if generated/ differs from what the spec and the generator produce now."""
    _codegen(session, "--check")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code, OpenAPI validation and Redocly lint of the bundle."""
    session.install("-r", GENERATOR_REQUIREMENTS, "openapi-spec-validator>=0.7")
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    with tempfile.TemporaryDirectory() as tmp:
        bundle_path = Path(tmp) / "openapi.json"
        session.run(
            "python",
            "-c",
            "import sys; from pathlib import Path; from bitmart_codegen import bundle, dump_json; "
            "Path(sys.argv[1]).write_text(dump_json(bundle(Path('spec'))))",
            str(bundle_path),
            env={"PYTHONPATH": str(ROOT / "generator")},
        )
        session.run("openapi-spec-validator", str(bundle_path))
        session.run(
            "npx", "--yes", REDOCLY, "lint", str(bundle_path), "--config", "redocly.yaml", external=True
        )


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the hand-written packages, the tests, the bench and the generated client."""
    session.install("-e", ".[dev]", "-r", GENERATOR_REQUIREMENTS)
    session.run(
        "mypy",
        "--strict",
        "generated/bitmart_client",
        "auth_plugin/bitmart_auth",
        "runtime/bitmart_runtime",
        "mock_server/bitmart_mock",
        "withdraw/bitmart_withdraw",
        "generator/bitmart_codegen",
        "bench/run.py",
        "bench/_canned.py",
        "tests",
        # The bench and test helpers import each other as top-level modules, as pytest runs them.
        env={"MYPYPATH": os.pathsep.join(str(ROOT / folder) for folder in ("bench", "tests"))},
    )


@nox.session
def tests(session: nox.Session) -> None:
    """The whole pytest suite, schemathesis included."""
    session.install("-e", ".[test]", "-r", GENERATOR_REQUIREMENTS)
    session.run("pytest", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Start the mock exchange and run a short trading scenario through the client."""
    session.install("-e", ".")
    session.run("python", "examples/demo.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx, the official SDK and ccxt, on one local server."""
    session.install("-e", ".[test]", "-r", "bench/requirements.txt", "-r", GENERATOR_REQUIREMENTS)
    session.run("python", "bench/run.py", *session.posargs)
