"""``python -m bitmart_cli``: the ``bitmart`` command."""

from .app import main

main()
