"""``python -m bitmart_withdraw``: the ``withdraw-all`` command on its own, with the same options."""

from .command import withdraw_all

if __name__ == "__main__":
    withdraw_all.main(prog_name="python -m bitmart_withdraw")
