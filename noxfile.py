"""Every task of the project, each in its own environment: ``nox -l`` lists them.

``nox -s demo`` runs the main job; ``nox -s lint typecheck tests check_generated`` is the full
check, and CI (``.ci/run``) then runs ``docs`` (the site and its browser test) and ``build``
(the release files, installed and tried in a fresh environment).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
GENERATOR_REQUIREMENTS = "generator/requirements.txt"
REDOCLY = "@redocly/cli@2.77.0"
HAND_WRITTEN = [
    "facade",
    "auth_plugin",
    "runtime",
    "mock_server",
    "cli",
    "withdraw",
    "generator",
    "tests",
    "bench",
    "examples",
    "docs",
    "noxfile.py",
]
# The browser test needs the built site and Chromium: the docs session runs it, not `tests`.
DOCS_SITE_TEST = "tests/test_docs_site.py"
CHROMIUM = "/usr/bin/chromium"

# uv creates environments and installs in seconds; plain virtualenv is the fallback.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typecheck", "tests", "check_generated"]
nox.options.reuse_venv = "yes"


# The generator imports bitmart_runtime's table types and JSON pointers (stdlib and httpx only).
GENERATOR_PATH = {"PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("generator", "runtime"))}


def _codegen(session: nox.Session, *args: str) -> None:
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "-m", "bitmart_codegen", *args, env=GENERATOR_PATH)


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
            env=GENERATOR_PATH,
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
        f"--num-workers={os.cpu_count() or 1}",
        "facade/bitmart_openapi",
        "facade/bitmart_pytest_plugin",
        "generated/bitmart_client",
        "auth_plugin/bitmart_auth",
        "runtime/bitmart_runtime",
        "mock_server/bitmart_mock",
        "cli/bitmart_cli",
        "withdraw/bitmart_withdraw",
        "generator/bitmart_codegen",
        "bench/run.py",
        "bench/_canned.py",
        "bench/_export.py",
        "bench/_reading.py",
        "tests",
        "examples",
        "docs/build_site.py",
        # The bench and test helpers import each other as top-level modules, as pytest runs them.
        env={"MYPYPATH": os.pathsep.join(str(ROOT / folder) for folder in ("bench", "tests", "docs"))},
    )


COVERED = {"runtime": "bitmart_runtime", "auth_plugin": "bitmart_auth"}
MIN_BRANCH_COVERAGE = 95
# The runtime's and the auth plugin's own tests: coverage counts only what they reach (the rest
# of the suite runs untraced, in the same run: see tests/own_tests_coverage.py).
CORE_TESTS = (
    "test_runtime_*.py",
    "test_auth*.py",
    "test_jsonpointer.py",
    "test_paging*.py",  # bitmart_runtime.paging and _windows are measured by their own tests
    "test_facade.py",
    "test_facade_options.py",
)


@nox.session
def tests(session: nox.Session) -> None:
    """The whole pytest suite, schemathesis included; run whole, it also fails when the branch
    coverage of the runtime or of the auth plugin (by their own tests) is under 95 % for either."""
    session.install("-e", ".[test]", "-r", GENERATOR_REQUIREMENTS)
    tmp = Path(session.create_tmp())
    # Compiled modules (and pytest's rewritten tests) are kept for the next process even where the
    # shell sets PYTHONDONTWRITEBYTECODE: the suite starts dozens of interpreters that import the
    # same thousand generated modules. They go under .nox, never into the checkout.
    session.env.update({"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(tmp / "pycache")})
    if session.posargs:
        session.run("pytest", f"--ignore={DOCS_SITE_TEST}", *session.posargs)
        return
    data = {"COVERAGE_FILE": str(tmp / ".coverage")}
    for stale in tmp.glob(".coverage*"):
        stale.unlink()
    session.run(
        "pytest",
        # One worker per core (pytest-xdist): the suite is CPU-bound and its tests independent.
        *("-n", "auto", "--dist", "loadgroup"),
        f"--ignore={DOCS_SITE_TEST}",
        *[f"--coverage-of={package}" for package in COVERED.values()],
        *[f"--coverage-by={pattern}" for pattern in CORE_TESTS],
        env=data,
    )
    session.run("coverage", "combine", "--quiet", env=data)
    for folder in COVERED:
        include, minimum = f"--include={ROOT / folder}/*", f"--fail-under={MIN_BRANCH_COVERAGE}"
        session.run("coverage", "report", include, minimum, env=data)


@nox.session
def demo(session: nox.Session) -> None:
    """Start the mock exchange and run a short trading scenario through the client."""
    session.install("-e", ".[mock]")
    session.run("python", "examples/demo.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx, the official SDK and ccxt, on one local server."""
    session.install("-e", ".[test]", "-r", "bench/requirements.txt", "-r", GENERATOR_REQUIREMENTS)
    session.run("python", "bench/run.py", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into site/ (guides and API reference) and check it in headless Chromium."""
    session.install("-e", ".[docs]", "pytest>=8.3", "pytest-asyncio>=1.0", "pytest-timeout>=2.3")
    session.run("python", "docs/build_site.py", "--output", "site")
    if not Path(CHROMIUM).exists():
        if os.geteuid() != 0:
            session.error(f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium")
        session.run("apt-get", "update", "-q", external=True)
        session.run(
            "apt-get",
            "install",
            "-y",
            "-q",
            "chromium",
            external=True,
            env={"DEBIAN_FRONTEND": "noninteractive"},
        )
    session.run("pytest", DOCS_SITE_TEST, "-p", "no:cacheprovider", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them, install the wheel alone in a fresh environment,
    and there run the quickstart against the mock served from this session's environment."""
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.install("build", "twine", "-e", ".[mock]")
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *map(str, sorted(dist.iterdir())))
    wheel = next(dist.glob("*.whl"))
    with tempfile.TemporaryDirectory(prefix="bitmart-fresh-") as tmp:
        fresh = Path(tmp) / "venv"
        session.run("uv", "venv", "--quiet", "--python", sys.executable, str(fresh), external=True)
        python = str(fresh / "bin" / "python")
        session.run("uv", "pip", "install", "--quiet", "--python", python, str(wheel), external=True)
        # The client alone: none of the mock's dependencies came with it.
        absent = (
            "import importlib.util as u, sys; "
            "found = [m for m in ('uvicorn', 'jsonschema_rs') if u.find_spec(m)]; "
            "sys.exit(f'installed without the mock extra: {found}' if found else 0)"
        )
        session.run(python, "-c", absent, external=True)
        with _mock_server(str(Path(session.bin) / "python")) as url:
            session.run(python, "examples/quickstart.py", external=True, env={"BITMART_BASE_URL": url})


@contextlib.contextmanager
def _mock_server(python: str) -> Iterator[str]:
    """``python -m bitmart_mock`` on a free loopback port, for as long as the block runs."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([python, "-m", "bitmart_mock", "--port", str(port)])  # noqa: S603 - our venv
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
