"""Futures conditional orders on the mock: a plan order fires when the market reaches its
trigger, a take profit closes the position it protects, a trailing stop fires after the market
gives back its callback rate; waiting orders can be listed, modified and cancelled."""

from __future__ import annotations

from decimal import Decimal

import pytest
import test_mock_futures_orders as pinned
from bitmart_client import AuthenticatedClient
from bitmart_client.api.futures_account import (
    get_futures_order,
    get_futures_plan_orders,
    get_futures_positions,
)
from bitmart_client.api.futures_trading import (
    cancel_futures_plan_order,
    modify_futures_plan_order,
    modify_futures_preset_plan_order,
    submit_futures_order,
    submit_futures_plan_order,
    submit_futures_tp_sl_order,
    submit_futures_trail_order,
)
from bitmart_client.models import (
    FuturesModifyPlanOrderRequest,
    FuturesModifyPresetPlanOrderRequest,
    FuturesPlanCancelRequest,
    FuturesPlanSubmitRequest,
    FuturesSubmitOrderRequest,
    FuturesTpSlSubmitRequest,
    FuturesTrailSubmitRequest,
)
from bitmart_runtime import BitMartAPIError
from test_mock_futures_orders import Prices

# The futures order tests' fixtures: a fresh mock (the suite's ``clock`` and ``server``) with
# pinned, movable prices.
prices, client = pinned.prices, pinned.client

SYMBOL = "BTCUSDT"


def _plan(client: AuthenticatedClient, trigger: str, **terms: object) -> str:
    body = {
        "symbol": SYMBOL,
        "side": 1,
        "leverage": "10",
        "open_type": "cross",
        "size": 3,
        "type": "market",
        "trigger_price": trigger,
        "price_way": 1,
        "price_type": 1,
        **terms,
    }
    return str(
        submit_futures_plan_order.sync(
            client=client, body=FuturesPlanSubmitRequest.from_dict(body)
        ).data.order_id
    )


def _waiting(client: AuthenticatedClient) -> list[str]:
    return [o.order_id for o in get_futures_plan_orders.sync(client=client).data]


def _long_volume(client: AuthenticatedClient) -> int:
    held = [p for p in get_futures_positions.sync(client=client, symbol=SYMBOL).data if p.position_type == 1]
    return int(held[0].current_amount) if held else 0


def test_a_plan_order_waits_then_opens_a_position_when_the_price_rises_to_it(
    client: AuthenticatedClient, prices: Prices
) -> None:
    trigger = prices.mid[SYMBOL] + 100
    order_id = _plan(client, str(trigger))
    assert _waiting(client) == [order_id] and _long_volume(client) == 0
    prices.mid[SYMBOL] = trigger + 1
    assert _waiting(client) == []
    assert _long_volume(client) == 3


def test_waiting_orders_can_be_modified_and_cancelled(client: AuthenticatedClient, prices: Prices) -> None:
    order_id = _plan(client, str(prices.mid[SYMBOL] + 100))
    modify = FuturesModifyPlanOrderRequest.from_dict(
        {
            "symbol": SYMBOL,
            "order_id": order_id,
            "trigger_price": str(prices.mid[SYMBOL] + 500),
            "price_type": 2,
            "type": "market",
        }
    )
    modify_futures_plan_order.sync(client=client, body=modify)
    listed = get_futures_plan_orders.sync(client=client).data[0]
    assert (Decimal(listed.trigger_price), listed.price_type) == (prices.mid[SYMBOL] + 500, 2)
    prices.mid[SYMBOL] += 200  # past the old trigger, short of the new one
    assert _waiting(client) == [order_id]
    cancel = FuturesPlanCancelRequest(symbol=SYMBOL, order_id=order_id)
    cancel_futures_plan_order.sync(client=client, body=cancel)
    assert _waiting(client) == []
    with pytest.raises(BitMartAPIError) as again:
        cancel_futures_plan_order.sync(client=client, body=cancel)
    assert again.value.code == 40036


def test_a_take_profit_closes_the_long_it_protects(client: AuthenticatedClient, prices: Prices) -> None:
    tp = FuturesTpSlSubmitRequest.from_dict(
        {
            "symbol": SYMBOL,
            "type": "take_profit",
            "side": 3,
            "size": 2,
            "trigger_price": "99000",
            "executive_price": "99000",
            "price_type": 1,
            "plan_category": 1,
            "category": "market",
        }
    )
    with pytest.raises(BitMartAPIError) as no_position:
        submit_futures_tp_sl_order.sync(client=client, body=tp)
    assert no_position.value.code == 40021
    opened = FuturesSubmitOrderRequest(symbol=SYMBOL, side=1, type_="market", size=5)
    submit_futures_order.sync(client=client, body=opened)
    tp.trigger_price = tp.executive_price = prices.mid[SYMBOL] + 300
    submit_futures_tp_sl_order.sync(client=client, body=tp)
    prices.mid[SYMBOL] -= 300  # a fall does not take profit
    assert _long_volume(client) == 5
    prices.mid[SYMBOL] += 700
    assert _long_volume(client) == 3


def test_a_trailing_stop_fires_after_the_give_back(client: AuthenticatedClient, prices: Prices) -> None:
    submit_futures_order.sync(
        client=client, body=FuturesSubmitOrderRequest(symbol=SYMBOL, side=1, type_="market", size=4)
    )
    start = prices.mid[SYMBOL]
    trail = FuturesTrailSubmitRequest.from_dict(
        {
            "symbol": SYMBOL,
            "side": 3,
            "leverage": "10",
            "open_type": "cross",
            "size": 4,
            "activation_price": str(start + 100),
            "callback_rate": "1",
            "activation_price_type": 1,
        }
    )
    submit_futures_trail_order.sync(client=client, body=trail)
    prices.mid[SYMBOL] = start + 2000  # activated, new high
    assert _long_volume(client) == 4
    prices.mid[SYMBOL] = (start + 2000) * Decimal("0.995")  # half the callback: still holding
    assert _long_volume(client) == 4
    prices.mid[SYMBOL] = (start + 2000) * Decimal("0.985")  # more than 1 % below the high
    assert _long_volume(client) == 0


def _modify_presets(
    client: AuthenticatedClient, order_id: str, take_profit: Decimal, stop_loss: Decimal
) -> str:
    body = FuturesModifyPresetPlanOrderRequest.from_dict(
        {
            "symbol": SYMBOL,
            "order_id": order_id,
            "preset_take_profit_price": str(take_profit),
            "preset_take_profit_price_type": 2,
            "preset_stop_loss_price": str(stop_loss),
            "preset_stop_loss_price_type": 1,
        }
    )
    return str(modify_futures_preset_plan_order.sync(client=client, body=body).data.order_id)


def test_the_presets_of_a_resting_order_can_be_modified(client: AuthenticatedClient, prices: Prices) -> None:
    # BitMart's own example modifies the presets of an order placed with submit-order (issue 11
    # item 4; spec/NOTES.md names the sources): not only plan orders.
    mid = prices.mid[SYMBOL]
    placed = FuturesSubmitOrderRequest.from_dict(
        {
            "symbol": SYMBOL,
            "side": 1,
            "type": "limit",
            "price": str(mid - 1000),
            "size": 2,
            "preset_take_profit_price": str(mid + 3000),
            "preset_stop_loss_price": str(mid - 3000),
        }
    )
    order_id = str(submit_futures_order.sync(client=client, body=placed).data.order_id)
    assert _modify_presets(client, order_id, mid + 4000, mid - 2000) == order_id
    shown = get_futures_order.sync(client=client, symbol=SYMBOL, order_id=order_id).data
    take_profit, stop_loss = (
        Decimal(str(shown.preset_take_profit_price)),
        Decimal(str(shown.preset_stop_loss_price)),
    )
    assert (take_profit, shown.preset_take_profit_price_type) == (mid + 4000, 2)
    assert (stop_loss, shown.preset_stop_loss_price_type) == (mid - 2000, 1)


def test_the_presets_of_a_waiting_plan_order_can_be_modified(
    client: AuthenticatedClient, prices: Prices
) -> None:
    mid = prices.mid[SYMBOL]
    order_id = _plan(client, str(mid + 100))
    assert _modify_presets(client, order_id, mid + 4000, mid - 2000) == order_id
    listed = get_futures_plan_orders.sync(client=client).data[0]
    assert Decimal(str(listed.preset_take_profit_price)) == mid + 4000


def test_presets_of_a_finished_or_unknown_order_are_refused(
    client: AuthenticatedClient, prices: Prices
) -> None:
    mid = prices.mid[SYMBOL]
    filled = FuturesSubmitOrderRequest(symbol=SYMBOL, side=1, type_="market", size=1)
    order_id = str(submit_futures_order.sync(client=client, body=filled).data.order_id)
    with pytest.raises(BitMartAPIError) as finished:
        _modify_presets(client, order_id, mid + 4000, mid - 2000)
    assert finished.value.code == 40036
    with pytest.raises(BitMartAPIError) as unknown:
        _modify_presets(client, "23456789000999999", mid + 4000, mid - 2000)
    assert unknown.value.code == 40035
