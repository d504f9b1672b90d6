"""Transfers between the main account's own wallets and with its sub-accounts.

Spot <-> futures transfers keep the futures wallet funded while trading lasts (and bring it back
to spot afterwards); fund <-> futures and spot <-> fund transfers happen now and then. Transfers
with the two sub-accounts, spot and futures, both ways, fall in the last eighty days: BitMart keeps
three months of them and lists at most a hundred, and the history stays within both.
"""

from __future__ import annotations

from decimal import Decimal

from ..accounts import Account
from ..subaccounts import Family, wallet_of
from ._timeline import DAY_MS, Action
from ._year import SUB_NAMES, Planner

SUB_TRANSFER_DAYS = 80
"""How far back transfers with sub-accounts go (BitMart keeps 90 days of them)."""
SUB_TRANSFERS: dict[Family, int] = {"spot": 36, "futures": 28}
"""How many transfers of each family the last eighty days hold (BitMart lists at most 100)."""
_FUTURES_LOW, _FUTURES_HIGH = Decimal(25_000), Decimal(70_000)


class Transfers(Planner):
    """Plans the main account's transfers."""

    topic = "transfers"

    def plan(self) -> None:
        """Plan the transfers of the whole year."""
        calendar, dice, timeline = self._year.calendar, self._dice, self._year.timeline
        for day in calendar.days():
            if dice.random() < (0.3 if day < calendar.stop else 0.08):
                timeline.at(dice.moment(day, 0, 23), "spot-futures transfer", self._spot_futures)
            if dice.random() < 0.04:
                timeline.at(dice.moment(day), "fund-futures transfer", self._fund_futures)
            if dice.random() < 0.07:
                timeline.at(dice.moment(day), "spot-fund transfer", self._spot_fund)
        first = calendar.end - SUB_TRANSFER_DAYS * DAY_MS
        for family, count in SUB_TRANSFERS.items():
            for index in range(count):
                when = first + index * (SUB_TRANSFER_DAYS * DAY_MS // count) + dice.randrange(DAY_MS)
                timeline.at(when, f"sub-account {family} transfer", self._sub_transfer(family, index))

    def _spot_futures(self, now: int) -> None:
        """Top the futures wallet up while trading lasts, bring money back when it holds much (or after)."""
        main = self._year.main
        held = main.futures.balance("USDT").available
        amount = self._dice.amount(300, 8000, 2)
        trading = now < self._year.calendar.stop
        if trading and (held < _FUTURES_LOW or (held < _FUTURES_HIGH and self._dice.random() < 0.5)):
            if main.spot.balance("USDT").available > 3 * amount:
                self._exchange.futures_transfers.transfer(main, "USDT", amount, "spot_to_contract", now)
        elif held > amount:
            self._exchange.futures_transfers.transfer(main, "USDT", amount, "contract_to_spot", now)

    def _fund_futures(self, now: int) -> None:
        main = self._year.main
        amount = self._dice.amount(50, 1500, 2)
        if main.fund.balance("USDT").available >= amount and self._dice.random() < 0.5:
            self._exchange.futures_transfers.fund_transfer(main, "USDT", amount, "fund_to_contract", now)
        elif main.futures.balance("USDT").available > 4 * amount:
            self._exchange.futures_transfers.fund_transfer(main, "USDT", amount, "contract_to_fund", now)

    def _spot_fund(self, now: int) -> None:
        main = self._year.main
        currency = self._dice.choice(("USDT", "USDT", "USDT", "BTC", "ETH"))
        low, high, places = {"USDT": (20, 3000, 2), "BTC": (0.001, 0.05, 6), "ETH": (0.01, 1.0, 4)}[currency]
        amount = self._dice.amount(low, high, places)
        if main.fund.balance(currency).available >= amount and self._dice.random() < 0.6:
            self._exchange.funding.transfer(main, currency, amount, "fund_to_spot")
        elif main.spot.balance(currency).available > 5 * amount:
            self._exchange.funding.transfer(main, currency, amount, "spot_to_fund")

    def _sub_transfer(self, family: Family, index: int) -> Action:
        """Main to a sub-account, or back, in turns: each sub-account gets money and returns some."""
        main = self._year.main
        sub = self._year.account(SUB_NAMES[index % 2])

        def transfer(now: int) -> None:
            outward = index % 4 < 2 or wallet_of(sub, family).balance("USDT").available < 50
            source, target = (main, sub) if outward else (sub, main)
            amount = self._sub_amount(source, family, outward)
            if amount > 0:
                engine = self._year.exchange.subaccounts
                engine.transfer(family, source, target, "USDT", amount, self._year.request_no(), now)

        return transfer

    def _sub_amount(self, source: Account, family: Family, outward: bool) -> Decimal:
        available = wallet_of(source, family).balance("USDT").available
        wanted = (
            self._dice.amount(50, 2500, 2)
            if outward
            else (available * Decimal("0.4")).quantize(Decimal("0.01"))
        )
        return wanted if wanted <= available else Decimal(0)


__all__ = ["SUB_TRANSFERS", "SUB_TRANSFER_DAYS", "Transfers"]
