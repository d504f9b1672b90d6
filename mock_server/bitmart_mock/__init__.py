"""A local mock of the BitMart REST API, driven by the OpenAPI document.

    python -m bitmart_mock --port 8080

or in-process: ``with MockServer() as server: client = connect(base_url=server.url, ...)``.
"""

from ._faults import Fault
from .app import MockApp, create_app
from .config import DEFAULT_CREDENTIAL, MockConfig, MockCredential
from .errors import MockError
from .server import MockServer

__all__ = [
    "DEFAULT_CREDENTIAL",
    "Fault",
    "MockApp",
    "MockConfig",
    "MockCredential",
    "MockError",
    "MockServer",
    "create_app",
]
