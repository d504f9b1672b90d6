"""The ``bitmart`` command: export an account's records, list its balances, move its assets out.

``bitmart export`` pages through every history operation (``bitmart_runtime.paging`` driven by
``bitmart_client.pagination``) into an SQLite file (:mod:`bitmart_cli.store`), resumably;
``bitmart inventory`` prints every balance; ``bitmart withdraw-all`` plans and carries out the
withdrawal of everything (:mod:`bitmart_withdraw`). See ``bitmart --help``.
"""

from .app import main

__all__ = ["main"]
