"""The mock's pytest fixtures, now registered from ``bitmart_openapi.pytest_plugin``.

That module imports the mock only when a test asks for a fixture, so that the plugin, which
pytest loads for every user of the package, works without the ``mock`` extra. This name stays
for ``-p bitmart_mock.pytest_plugin``.
"""

from bitmart_openapi.pytest_plugin import bitmart_mock_client, bitmart_mock_config, bitmart_mock_server

__all__ = ["bitmart_mock_client", "bitmart_mock_config", "bitmart_mock_server"]
