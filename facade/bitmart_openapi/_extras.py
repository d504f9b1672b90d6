"""What each optional extra adds, for the messages that ask for one."""

MOCK_EXTRA_HINT = "pip install 'bitmart-openapi[mock]'"
"""The mock server (``bitmart_mock``, its fixtures, ``bitmart-mock``) needs uvicorn and jsonschema-rs."""
