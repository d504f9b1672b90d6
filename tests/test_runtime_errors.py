"""The exception tree: every class pickles, and every BitMart code raises the class BitMart's own
behaviour calls for (pinned from the reference table, not from the spec that produced the mapping)."""

from __future__ import annotations

import pickle
import re
from typing import Any

import bitmart_runtime
import httpx
import pytest
from bitmart_client.error_codes import ERROR_CODES
from bitmart_runtime import api_error, errors
from bitmart_runtime.parsing import DriftEntry, DriftError
from bitmart_runtime.rate_limit import RateLimitStatus

_API = {
    "code": 30013,
    "message": "Request too many requests",
    "trace": "tr-1",
    "http_status": 429,
    "operation": "op",
}


def _all_subclasses(cls: type[BaseException]) -> set[type[BaseException]]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


# One realistic instance per class; the test below fails when a new class is not listed here.
SAMPLES: dict[type[BaseException], Any] = {
    errors.BitMartError: lambda: errors.BitMartError("plain"),
    errors.ConfigurationError: lambda: errors.ConfigurationError("bad option"),
    errors.MissingCredentialsError: lambda: errors.MissingCredentialsError("needs a key"),
    errors.NetworkError: lambda: errors.NetworkError("failed", operation="get_spot_ticker"),
    errors.NetworkTimeoutError: lambda: errors.NetworkTimeoutError("timed out", operation=None),
    errors.UnexpectedResponseError: lambda: errors.UnexpectedResponseError(
        "not JSON", operation="op", http_status=200, body=b"<html>" * 200
    ),
    errors.RateLimitError: lambda: errors.RateLimitError(
        **_API, rate_limit=RateLimitStatus(12, 12, 2, "IP"), retry_after=2.5
    ),
    DriftError: lambda: DriftError(
        "drifted",
        operation="get_spot_wallet",
        http_status=200,
        body=b"{}",
        drift=(DriftEntry("$.data.wallet[0].unAvailable", "missing", "present (required)", "missing"),),
    ),
    errors.OrderStateUnknownError: lambda: errors.OrderStateUnknownError(
        client_order_id="abc123", reason="the look-up failed", operation="submit_spot_order"
    ),
    **{
        cls: (lambda cls=cls: cls(**_API))
        for cls in (
            errors.BitMartAPIError,
            errors.AuthenticationError,
            errors.TimestampError,
            errors.PermissionDeniedError,
            errors.InvalidRequestError,
            errors.NotFoundError,
            errors.InsufficientBalanceError,
            errors.MaintenanceError,
            errors.ServerError,
        )
    },
}


def test_every_exception_class_has_a_sample() -> None:
    # The runtime's own tree; packages built on it (the command line) add theirs.
    runtime = {
        cls for cls in _all_subclasses(errors.BitMartError) if cls.__module__.startswith("bitmart_runtime")
    }
    assert runtime | {errors.BitMartError} == set(SAMPLES)
    exported = {getattr(bitmart_runtime, name) for name in bitmart_runtime.__all__}
    assert set(SAMPLES) <= exported, "every exception is importable from bitmart_runtime"


@pytest.mark.parametrize("cls", sorted(SAMPLES, key=str), ids=lambda c: str(getattr(c, "__name__", c)))
def test_every_exception_survives_pickling(cls: type[BaseException]) -> None:
    original = SAMPLES[cls]()
    original.__cause__ = httpx.ReadTimeout("cause")  # not pickled: the cause belongs to this process
    copy = pickle.loads(pickle.dumps(original))  # noqa: S301 - our own bytes
    assert type(copy) is cls
    assert str(copy) == str(original) and copy.args == original.args
    assert copy.__dict__ == original.__dict__


# ---- every code of the reference table raises its class ----------------------------------------------

# The reference (tests/data/bitmart_behaviour.json, compiled from BitMart's documents, ccxt and live
# probes) gives each code a retry class; where that decides the exception class, it is used.
_BY_RETRY_CLASS = {
    "clock_skew": errors.TimestampError,
    "auth": errors.AuthenticationError,
    "permission": errors.PermissionDeniedError,
    "rate_limit": errors.RateLimitError,
    "banned": errors.RateLimitError,
    "maintenance": errors.MaintenanceError,
    "transient_server": errors.ServerError,
    "server_failure_check_state": errors.ServerError,
}
_NOT_FOUND = re.compile(r"not (be )?found|not exi?s?i?t|no such", re.IGNORECASE)

# Where the reference and spec/error_codes.yaml disagree, the spec's choice is pinned here with the
# reason; the lead has the list (h-runtime report). "ambiguous" is the reference's own word.
SPEC_CHOICES: dict[int, tuple[type[errors.BitMartAPIError], str]] = {
    40012: (errors.ServerError, "reference: ambiguous ('System error', HTTP 400); spec: server, retryable"),
    51008: (errors.RateLimitError, "reference: ambiguous ('Operation is limited, please try again later')"),
    60052: (errors.ServerError, "reference: ambiguous ('Exception', unspecified server exception)"),
    50030: (errors.InvalidRequestError, "reference: ccxt OrderNotFound; spec: 'already canceled' is a state"),
    50031: (
        errors.InvalidRequestError,
        "reference: ccxt OrderNotFound; spec: 'already completed' is a state",
    ),
    51004: (
        errors.InvalidRequestError,
        "reference: ccxt InsufficientFunds; spec: a borrow limit, not a balance",
    ),
    51007: (
        errors.InvalidRequestError,
        "'order_mode not found' names a bad parameter, not a missing resource",
    ),
    60001: (errors.InvalidRequestError, "'Asset account type does not exist' names a bad parameter"),
    70000: (errors.NotFoundError, "reference: client_error ('no data'); spec: not_found"),
}


def reference_class(entry: dict[str, Any]) -> type[errors.BitMartAPIError]:
    """The class the reference's description of a code calls for."""
    if entry["retry_class"] in _BY_RETRY_CLASS:
        return _BY_RETRY_CLASS[entry["retry_class"]]
    text = " ".join([entry.get("message") or "", *entry.get("messages", [])])
    about_funds = entry["ccxt_class"] == "InsufficientFunds" or re.search(
        r"insufficient|not enough", text, re.I
    )
    if about_funds and not re.search(r"position|volume", text, re.I):  # "position volume is not enough"
        return errors.InsufficientBalanceError
    if entry["ccxt_class"] == "OrderNotFound" or _NOT_FOUND.search(text):
        return errors.NotFoundError
    return errors.InvalidRequestError


def test_every_code_raises_the_class_the_reference_calls_for(reference_behaviour: dict[str, Any]) -> None:
    table = reference_behaviour["error_codes"]
    assert {entry["code"] for entry in table} == set(ERROR_CODES)
    wrong = []
    for entry in table:
        code = entry["code"]
        expected, _ = SPEC_CHOICES.get(code, (reference_class(entry), ""))
        body = {"code": code, "message": "", "trace": "t"}
        response = httpx.Response(
            entry["http_status"] or 200, json=body, request=httpx.Request("GET", "https://x")
        )
        raised = api_error("op", response, error_codes=ERROR_CODES)
        if type(raised) is not expected:
            wrong.append(f"{code}: {type(raised).__name__}, expected {expected.__name__}")
    assert not wrong, wrong


def test_the_spec_choices_are_still_disagreements(reference_behaviour: dict[str, Any]) -> None:
    """An entry of SPEC_CHOICES that the reference now agrees with is stale: remove it."""
    by_code = {entry["code"]: entry for entry in reference_behaviour["error_codes"]}
    stale = [
        code
        for code, (chosen, _) in SPEC_CHOICES.items()
        if by_code[code]["retry_class"] != "ambiguous" and reference_class(by_code[code]) is chosen
    ]
    assert not stale, stale
