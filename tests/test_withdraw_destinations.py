"""The destinations file: what it accepts, and a one-line error naming the field for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from bitmart_withdraw import Destination, DestinationsError, load_destinations, parse_destinations

GOOD = """
# where my coins go
[destinations.USDT]
network = "TRC20"
address = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"

[destinations.xrp]            # the case of the currency does not matter
network = "XRP"
address = " rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy "
memo = "2837461"
"""


def test_a_good_file() -> None:
    assert parse_destinations(GOOD) == {
        "USDT": Destination("USDT", "TRC20", "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"),
        "XRP": Destination("XRP", "XRP", "rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy", "2837461"),
    }


def test_the_demo_file_shipped_with_the_package_is_valid(tmp_path: Path) -> None:
    from importlib import resources

    text = resources.files("bitmart_withdraw").joinpath("demo_destinations.toml").read_text("utf-8")
    (tmp_path / "demo.toml").write_text(text)
    assert set(load_destinations(tmp_path / "demo.toml")) == {"USDT", "BTC", "ETH", "BMX", "XRP"}


BAD = [
    ("[destinations.USDT]\nnetwork = 'TRC20'\n", "destinations.USDT.address: missing"),
    ("[destinations.USDT]\nnetwork = ''\naddress = 'T1'\n", "destinations.USDT.network: must not be empty"),
    ("[destinations.USDT]\nnetwork = 'TRC20'\naddress = 5\n", "destinations.USDT.address: must be a string"),
    (
        "[destinations.USDT]\nnetwork = 'TRC20'\naddress = 'T1'\nadress = 'T2'\n",
        "destinations.USDT.adress: unknown field",
    ),
    (
        "[destinations.USDT]\nnetwork = 'TRC20'\naddress = 'T1 T2'\n",
        "destinations.USDT.address: must not contain spaces",
    ),
    (
        "[destinations.USDT-TRC20]\nnetwork = 'TRC20'\naddress = 'T1'\n",
        "destinations.USDT-TRC20: not a currency name",
    ),
    ("[destinations]\nUSDT = 'T1'\n", "destinations.USDT: must be a table"),
    (
        "[destinations.usdt]\nnetwork = 'TRC20'\naddress = 'T1'\n"
        "[destinations.USDT]\nnetwork = 'ERC20'\naddress = '0x1'\n",
        "USDT is given twice",
    ),
    ("[wallets.USDT]\nnetwork = 'TRC20'\naddress = 'T1'\n", "wallets: unknown setting"),
    ("# nothing here\n", "destinations: missing"),
    ("[destinations.USDT\n", "not valid TOML"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_every_mistake_is_one_line_naming_the_field(text: str, message: str) -> None:
    with pytest.raises(DestinationsError) as raised:
        parse_destinations(text, "wallets.toml")
    assert message in str(raised.value)
    assert str(raised.value).startswith("wallets.toml: ") and "\n" not in str(raised.value)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DestinationsError, match="cannot read"):
        load_destinations(tmp_path / "nowhere.toml")
