"""The two users the main account invited as a futures affiliate, and what they do.

They register early in the year (the affiliate reports list them from then on), deposit USDT,
move it to their futures wallets, and open and close positions every few days until trading
stops; their fills give the affiliate's volume, fees and rebates. Afterwards they move their
futures money back to spot and withdraw part of it.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from ..accounts import Account
from ..funding import WithdrawRequest
from ..futures_types import PositionType, Side
from ._timeline import DAY_MS, HOUR_MS, MINUTE_MS, Action
from ._year import FRIEND_NAMES, Planner

_REGISTERED = (0.04, 0.3)
"""When each friend registers (share of the year)."""
_COLD_WALLET = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"
_SENDER = "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"
_CENT = Decimal("0.01")


class Friends(Planner):
    """Plans the invited users' year."""

    topic = "friends"

    def plan(self) -> None:
        """Register both friends and plan what each does from then on."""
        calendar = self._year.calendar
        for name, share in zip(FRIEND_NAMES, _REGISTERED, strict=True):
            friend = self._year.account(name)
            registered = calendar.start + int((calendar.end - calendar.start) * share)
            self._year.exchange.affiliate.invite(self._year.main, friend, registered)
            self._plan_friend(friend, registered)

    def _plan_friend(self, friend: Account, registered: int) -> None:
        calendar, dice, timeline = self._year.calendar, self._dice, self._year.timeline
        timeline.at(registered + dice.randrange(HOUR_MS, DAY_MS), "friend deposit", self._deposit(friend))
        for day in calendar.days(
            first=registered // DAY_MS * DAY_MS + 2 * DAY_MS, last=calendar.stop - DAY_MS
        ):
            if dice.random() < 0.35:
                timeline.at(dice.moment(day, 0, 20), "friend position", self._position(friend))
            if dice.random() < 0.03:
                timeline.at(dice.moment(day), "friend deposit", self._deposit(friend))
        for days in (3, 9, 30):
            timeline.at(
                calendar.stop + days * DAY_MS + dice.randrange(DAY_MS),
                "friend cash-out",
                self._cash_out(friend),
            )

    def _deposit(self, friend: Account) -> Action:
        """USDT arrives from outside and goes on to the futures wallet a minute later."""

        def deposit(now: int) -> None:
            amount = self._dice.amount(1000, 8000, 2)
            self._year.exchange.funding.credit_deposit(friend, "USDT-TRC20", amount, now, _SENDER)

            def onward(at: int) -> None:
                self._year.exchange.futures_transfers.transfer(friend, "USDT", amount, "spot_to_contract", at)

            self._year.timeline.at(now + MINUTE_MS, "friend transfer", onward)

        return deposit

    def _position(self, friend: Account) -> Action:
        def open_position(now: int) -> None:
            dice = self._dice
            symbol = dice.choice(("BTCUSDT", "BTCUSDT", "ETHUSDT"))
            kind = PositionType.LONG if dice.random() < 0.5 else PositionType.SHORT
            if self._exchange.futures.closable(friend, symbol, kind):
                return
            side = Side.OPEN_LONG if kind == PositionType.LONG else Side.OPEN_SHORT
            size = dice.randrange(5, 60) if symbol == "BTCUSDT" else dice.randrange(10, 150)
            self._exchange.futures.place(friend, symbol, side, "market", size, now=now)
            when = min(now + dice.randrange(2 * HOUR_MS, 3 * DAY_MS), self._year.calendar.stop - HOUR_MS)
            self._year.timeline.at(when, "friend close", self._close(friend, symbol, kind))

        return open_position

    def _close(self, friend: Account, symbol: str, kind: PositionType) -> Action:
        def close(now: int) -> None:
            held = self._exchange.futures.closable(friend, symbol, kind)
            if held:
                self._exchange.futures.place(friend, symbol, kind.closing_side, "market", held, now=now)

        return close

    def _cash_out(self, friend: Account) -> Action:
        """Futures money back to spot, and a third of the spot USDT withdrawn a minute later."""

        def cash_out(now: int) -> None:
            held = friend.futures.balance("USDT").available.quantize(_CENT, rounding=ROUND_DOWN)
            if held > 1:
                self._year.exchange.futures_transfers.transfer(friend, "USDT", held, "contract_to_spot", now)
            self._year.timeline.at(now + MINUTE_MS, "friend withdrawal", withdraw)

        def withdraw(now: int) -> None:
            amount = (friend.spot.balance("USDT").available / 3).quantize(_CENT, rounding=ROUND_DOWN)
            if amount >= 50:
                request = WithdrawRequest(address=_COLD_WALLET)
                self._year.exchange.funding.withdraw(friend, "USDT-TRC20", amount, request, now)

        return cash_out


__all__ = ["Friends"]
