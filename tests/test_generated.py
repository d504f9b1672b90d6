"""Golden-record tests of the generated client, in the manner of openapi-python-client's own:
regenerate and compare, then import and run the generated code on every example of the spec."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from bitmart_client.operations import OPERATIONS
from bitmart_codegen.__main__ import differences
from conftest import REPO
from operation_harness import functions, is_coroutine, module_of, success_example

GENERATED = REPO / "generated" / "bitmart_client"
# The generation fixtures are per worker: keep this module on one worker so each runs once.
pytestmark = pytest.mark.xdist_group("generation")


def _generate(
    spec_dir: Path, output: Path, *extra: str, hash_seed: str = "random"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bitmart_codegen", "--spec", str(spec_dir), "--output", str(output), *extra],
        capture_output=True,
        text=True,
        check=False,
        env={
            "PYTHONPATH": os.pathsep.join(str(REPO / folder) for folder in ("generator", "runtime")),
            "PATH": str(Path(sys.executable).parent),
            "PYTHONHASHSEED": hash_seed,
            **{name: os.environ[name] for name in ("PYTHONPYCACHEPREFIX",) if name in os.environ},
        },
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated now from spec/, in a temporary folder."""
    output = tmp_path_factory.mktemp("fresh")
    result = _generate(REPO / "spec", output)
    assert result.returncode == 0, result.stderr
    return output / "bitmart_client"


@pytest.mark.slow
def test_committed_package_is_what_the_spec_generates(fresh: Path) -> None:
    assert differences(fresh, GENERATED) == []


@pytest.fixture(scope="module")
def system_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package of the ``system`` area alone (seconds, not a whole generation)."""
    output = tmp_path_factory.mktemp("system")
    result = _generate(REPO / "spec", output, "--area", "system", hash_seed="1")
    assert result.returncode == 0, result.stderr
    return output


@pytest.mark.slow
def test_generation_is_deterministic(system_only: Path, tmp_path: Path) -> None:
    # Another process with another string-hash seed, so that no set or dict order leaks out; the
    # whole package is compared with the committed one (generated earlier) just above.
    result = _generate(REPO / "spec", tmp_path, "--area", "system", hash_seed="2")
    assert result.returncode == 0, result.stderr
    assert differences(system_only / "bitmart_client", tmp_path / "bitmart_client") == []


@pytest.mark.slow
def test_a_changed_spec_changes_the_output(system_only: Path, tmp_path: Path) -> None:
    spec_copy = tmp_path / "spec"
    shutil.copytree(REPO / "spec", spec_copy)
    system = spec_copy / "areas" / "system.yaml"
    text = system.read_text()
    assert "      summary: Server time\n" in text
    system.write_text(
        text.replace("      summary: Server time\n", "      summary: Server clock, changed by a test\n")
    )
    result = _generate(spec_copy, tmp_path / "out", "--area", "system")
    assert result.returncode == 0, result.stderr
    changed = differences(system_only / "bitmart_client", tmp_path / "out" / "bitmart_client")
    assert "api/system/get_system_time.py" in changed
    assert "openapi.json" in changed
    assert (
        "Server clock, changed by a test"
        in (tmp_path / "out/bitmart_client/api/system/get_system_time.py").read_text()
    )


@pytest.mark.slow
def test_check_mode_fails_on_a_stale_package_and_passes_a_fresh_one(
    system_only: Path, tmp_path: Path
) -> None:
    # The whole committed package is checked by test_committed_package_is_what_the_spec_generates
    # and by the check_generated session; here the check mode itself, on one area.
    stale = tmp_path / "generated"
    shutil.copytree(system_only / "bitmart_client", stale / "bitmart_client")
    clean = _generate(REPO / "spec", stale, "--check", "--area", "system")
    assert clean.returncode == 0, clean.stderr
    target = stale / "bitmart_client" / "api" / "system" / "get_system_time.py"
    target.write_text(target.read_text() + "\n# edited by hand\n")
    result = _generate(REPO / "spec", stale, "--check", "--area", "system")
    assert result.returncode == 1
    assert "api/system/get_system_time.py" in result.stderr


@pytest.mark.slow
def test_a_broken_spec_fails_with_a_clear_message(tmp_path: Path) -> None:
    spec_copy = tmp_path / "spec"
    shutil.copytree(REPO / "spec", spec_copy)
    (spec_copy / "areas" / "duplicate.yaml").write_text(
        "paths:\n  /system/time:\n    get:\n      operationId: twice\n      responses: {}\n"
    )
    result = _generate(spec_copy, tmp_path / "out")
    assert result.returncode == 1
    assert "defined twice" in result.stderr
    assert "duplicate.yaml" in result.stderr


def test_every_operation_module_has_sync_and_async_functions() -> None:
    for operation_id in OPERATIONS:
        module = module_of(operation_id)
        found = functions(module)
        assert set(found) == {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}, operation_id
        assert not is_coroutine(found["sync"]) and is_coroutine(found["asyncio"]), operation_id
        assert operation_id == module.OPERATION_ID, "the id the runtime routes and signs by"
        assert found["sync"].__doc__, f"{operation_id} has no docstring"


def test_every_model_round_trips_every_success_example(bundle: dict[str, Any]) -> None:
    import typing

    checked = 0
    for operation_id in OPERATIONS:
        module = module_of(operation_id)
        response_type = typing.get_type_hints(module._build_response)["return"]
        (model,) = typing.get_args(response_type)
        for example in bundle_examples(bundle, operation_id):
            parsed = model.from_dict(example)
            assert parsed.to_dict() == example, operation_id
            checked += 1
    assert checked >= len(OPERATIONS)


def bundle_examples(bundle: dict[str, Any], operation_id: str) -> list[dict[str, Any]]:
    """Every success example of an operation's 200 response."""
    from operation_harness import operation_spec

    examples = operation_spec(bundle, operation_id)["responses"]["200"]["content"]["application/json"][
        "examples"
    ]
    found = [e["value"] for e in examples.values() if e["value"].get("code") in (1000, "1000")]
    assert found, f"{operation_id} has no success example"
    assert found[0] == success_example(bundle, operation_id)
    return found


def test_import_of_the_package_is_lazy() -> None:
    code = (
        "import sys, time; t=time.perf_counter(); import bitmart_client; "
        "print(sum(1 for m in sys.modules if m.startswith('bitmart_client.models.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0", "importing the package must not import models"
    started = time.perf_counter()
    from bitmart_client import models

    names = list(models.__all__)
    assert names and getattr(models, names[0]) is not None
    assert time.perf_counter() - started < 5
