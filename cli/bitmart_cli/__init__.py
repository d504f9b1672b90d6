"""The ``bitmart`` command: export every record of a BitMart account, list every balance.

``bitmart export`` pages through every history operation (``bitmart_runtime.paging`` driven by
``bitmart_client.pagination``) into an SQLite file (:mod:`bitmart_cli.store`), resumably;
``bitmart inventory`` prints every balance. See ``bitmart --help``.
"""

from .app import main

__all__ = ["main"]
