"""What each optional extra adds, for the messages that ask for one."""

from bitmart_pytest_plugin import MOCK_EXTRA_HINT

__all__ = ["MOCK_EXTRA_HINT"]
