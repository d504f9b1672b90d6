"""openapi-python-client's command line, with the project's one parser extension installed.

``python -m bitmart_codegen._run_generator generate ...`` installs ``format: decimal`` support
(:mod:`bitmart_codegen._decimal_property`) and then runs the generator as usual.
"""

from __future__ import annotations

from . import _decimal_property


def main() -> None:
    """Run openapi-python-client's command line with the decimal property installed."""
    _decimal_property.install()
    from openapi_python_client.cli import app

    app(prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
