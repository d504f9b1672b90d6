"""The mock as users start it: ``python -m bitmart_mock`` and the ``bitmart_mock_server`` fixture."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from bitmart_auth import connect
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.api.system import get_system_time
from bitmart_mock import MockConfig, MockCredential, MockServer
from bitmart_runtime import AuthenticationError

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bitmart_mock", *args], capture_output=True, text=True, timeout=30, env=ENV
    )


def test_the_fixture_serves_a_fresh_funded_exchange(bitmart_mock_server: MockServer) -> None:
    client = connect("mock-key", "mock-secret", "mock-memo", base_url=bitmart_mock_server.url)
    wallet = get_spot_wallet.sync(client=client).data.wallet
    assert {entry.id: entry.available for entry in wallet}["USDT"] == Decimal("100000.00000000")


class TestAFixtureOverride:
    """Overriding ``bitmart_mock_config`` (here for one class) changes what the server accepts."""

    @pytest.fixture
    def bitmart_mock_config(self) -> MockConfig:
        return MockConfig(
            credentials=(MockCredential("mine", "my-secret", "my-memo", frozenset({"Read-Only"})),)
        )

    def test_the_fixture_takes_the_users_configuration(self, bitmart_mock_server: MockServer) -> None:
        client = connect("mine", "my-secret", "my-memo", base_url=bitmart_mock_server.url)
        assert get_spot_wallet.sync(client=client).code == 1000
        with pytest.raises(AuthenticationError):
            get_spot_wallet.sync(
                client=connect("mock-key", "mock-secret", "mock-memo", base_url=bitmart_mock_server.url)
            )


def test_python_m_bitmart_mock_serves_until_stopped(tmp_path: Path) -> None:
    port = _free_port()
    config = tmp_path / "mock.json"
    config.write_text(json.dumps({"credentials": [{"key": "k1", "secret": "s1", "memo": "m1"}], "seed": 7}))
    process = subprocess.Popen(
        [sys.executable, "-m", "bitmart_mock", "--port", str(port), "--config", str(config)],
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                server_time = get_system_time.sync(client=connect(base_url=url)).data.server_time
                break
            except Exception:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert abs(int(server_time) - time.time() * 1000) < 60_000
        assert get_spot_wallet.sync(client=connect("k1", "s1", "m1", base_url=url)).code == 1000
        unknown = httpx.get(f"{url}/spot/v9/nothing-here")
        assert (unknown.status_code, unknown.json()["code"]) == (404, 30000)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "k1" in stderr and "s1" not in stderr.replace("k1", ""), "the banner names keys, never secrets"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--credential", "only-a-key"], "key:secret:memo"),
        (["--credential", "k:s:m:Trade-Everything"], "unknown permission"),
        (["--config", "/no/such/file.json"], "No such file"),
    ],
)
def test_bad_options_get_a_one_line_error_and_exit_2(args: list[str], message: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_a_config_file_with_an_unknown_setting_or_permission_is_refused(tmp_path: Path) -> None:
    for content, message in (
        ({"rate_limit": False}, "unknown setting(s) ['rate_limit']"),
        ({"credentials": [{"key": "k", "secret": "s", "memo": "m", "permissions": ["Root"]}]}, "Root"),
        ({"credentials": [{"key": "k", "secret": 5, "memo": "m"}]}, "string key, secret and memo"),
    ):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(content))
        result = _run("--config", str(path))
        assert result.returncode == 2 and message in result.stderr, result.stderr
