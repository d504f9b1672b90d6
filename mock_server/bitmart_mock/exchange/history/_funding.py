"""Deposits and withdrawals of the main account.

Deposits arrive every few days on every open channel (BitMart has no deposit API: they come
through ``FundingEngine.credit_deposit``, out of the house's chain wallet). For some months the
account has its deposits credited to the fund wallet and moves them on to spot. Withdrawals go to
the verified addresses of the account's address book, now and then to the demo friends' BitMart
accounts (which credits their deposits), and more often once trading has stopped, as users take
their money out. On-chain withdrawals reach their final state minutes after they are made.
"""

from __future__ import annotations

from ..funding import WithdrawRequest
from ._timeline import DAY_MS, HOUR_MS, Action
from ._year import FRIEND_NAMES, Planner

DEPOSITS: dict[str, tuple[float, float, int, str]] = {
    "USDT-TRC20": (200, 15_000, 2, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"),
    "USDT-ERC20": (300, 12_000, 2, "0x5a52e96bacdabb82fd05763e25335261b270efcb"),
    "BTC": (0.005, 0.4, 6, "bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h"),
    "ETH": (0.05, 4, 5, "0x28c6c06298d514db089934071355e5743bf21d60"),
    "BMX": (500, 20_000, 0, "0x21a31ee1afc51d94c2efccaa2092ad1028285549"),
    "XRP": (30, 4000, 2, "rLNaPoKeeBjZe2qs6x52yVPZpZ8td4dc6w"),
}
"""Per channel: smallest and largest deposit, decimals, and the address it is sent from."""
_DEPOSIT_CHANNELS = (
    ("USDT-TRC20",) * 8 + ("USDT-ERC20",) * 3 + ("BTC",) * 3 + ("ETH",) * 3 + ("BMX", "XRP", "XRP")
)
WITHDRAWALS: dict[str, tuple[float, float, str, str]] = {
    "USDT-TRC20": (50, 6000, "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj", ""),
    "USDT-ERC20": (60, 5000, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", ""),
    "BTC": (0.002, 0.2, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", ""),
    "ETH": (0.02, 2, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", ""),
    "XRP": (25, 2000, "rPVMhWBsfF9iMXYj3aAzJVkPDTFNSyWdKy", "2837461"),
    "BMX": (200, 8000, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", ""),
}
"""Per channel: smallest and largest withdrawal, and the address-book entry it goes to."""
_WITHDRAW_CHANNELS = ("USDT-TRC20",) * 6 + ("USDT-ERC20", "BTC", "BTC", "ETH", "ETH", "XRP", "BMX")
_FUND_MONTHS = (0.3, 0.55)
"""Between these shares of the year, deposits are credited to the fund wallet."""


class Funding(Planner):
    """Plans the main account's deposits and withdrawals."""

    topic = "funding"

    def plan(self) -> None:
        """Plan the year's deposits, withdrawals and where deposits go."""
        calendar, dice, timeline = self._year.calendar, self._dice, self._year.timeline
        for day in calendar.days():
            trading = day < calendar.stop
            if dice.random() < (0.2 if trading else 0.04):
                timeline.at(dice.moment(day), "deposit", self._deposit)
            if dice.random() < (0.12 if trading else 0.3):
                timeline.at(dice.moment(day), "withdrawal", self._withdraw)
            if dice.random() < 0.015:
                timeline.at(dice.moment(day), "withdrawal to a friend", self._to_friend)
        span = calendar.end - calendar.start
        for share, target in zip(_FUND_MONTHS, ("FUND", "SPOT"), strict=True):
            when = calendar.start + int(span * share)
            timeline.at(when, "deposit account", self._deposit_to(target))

    def _deposit_to(self, target: str) -> Action:
        def switch(now: int) -> None:
            self._exchange.funding.set_deposit_account(self._year.main, target)

        return switch

    def _deposit(self, now: int) -> None:
        main, dice = self._year.main, self._dice
        code = dice.choice(_DEPOSIT_CHANNELS)
        low, high, places, sender = DEPOSITS[code]
        amount = dice.amount(low, high, places)
        record = self._exchange.funding.credit_deposit(main, code, amount, now, sender)
        if self._exchange.funding.deposit_account(main) == "FUND":
            asset = record.channel.asset

            def onward(at: int) -> None:
                held = min(amount, main.fund.balance(asset).available)
                if held > 0:
                    self._exchange.funding.transfer(main, asset, held, "fund_to_spot")

            self._year.timeline.at(now + dice.randrange(HOUR_MS, 2 * DAY_MS), "fund-spot transfer", onward)

    def _withdraw(self, now: int) -> None:
        main, dice = self._year.main, self._dice
        code = dice.choice(_WITHDRAW_CHANNELS)
        low, high, address, memo = WITHDRAWALS[code]
        channel = self._exchange.funding.channels.channel(code)
        amount = dice.amount(low, high, channel.precision)
        if channel.multiple is not None:
            amount = amount // channel.multiple * channel.multiple
        free = main.spot.balance(channel.asset).available + main.fund.balance(channel.asset).available
        if amount < channel.min_withdraw or amount + channel.fee > free / 2:
            return
        self._exchange.funding.withdraw(main, code, amount, WithdrawRequest(address=address, memo=memo), now)

    def _to_friend(self, now: int) -> None:
        """USDT sent to a demo friend's BitMart account: free, done at once, a deposit on their side."""
        friend = self._year.account(self._dice.choice(FRIEND_NAMES))
        amount = self._dice.amount(100, 2000, 2)
        if self._year.main.spot.balance("USDT").available > 10 * amount:
            request = WithdrawRequest(recipient_type=1, recipient=str(friend.uid))
            self._exchange.funding.withdraw(self._year.main, "USDT-TRC20", amount, request, now)


__all__ = ["DEPOSITS", "WITHDRAWALS", "Funding"]
