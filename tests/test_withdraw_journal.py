"""The journal read back by column name: what each mark writes is what ``steps()`` returns."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bitmart_withdraw import Journal, Plan, Step, StepKind

WITHDRAWAL = Step(
    step_id="w1",
    kind=StepKind.WITHDRAW,
    source="main/spot",
    target="TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj",
    currency="USDT",
    amount=Decimal("99.5"),
    fee=Decimal(1),
    params={"channel": "USDT-TRC20", "address": "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"},
)


def _journal(tmp_path: Path) -> tuple[Journal, int]:
    journal = Journal(tmp_path / "journal.sqlite")
    return journal, journal.create_run(Plan(taken_at_ms=1, steps=(WITHDRAWAL,), summaries=()), "http://x", 1)


def test_a_fresh_step_reads_back_with_empty_text_and_no_ids(tmp_path: Path) -> None:
    journal, run_id = _journal(tmp_path)
    record = journal.step(run_id, "w1")
    assert (record.state, record.attempts, record.tx_id, record.error) == ("planned", 0, "", "")
    assert (record.bitmart_id, record.withdraw_status, record.charged_fee, record.sent_at_ms) == (None,) * 4
    assert record.step == WITHDRAWAL
    journal.close()


def test_each_mark_lands_in_its_own_field(tmp_path: Path) -> None:
    journal, run_id = _journal(tmp_path)
    journal.mark_sending(journal.step(run_id, "w1"), {"seen": ["a"]}, 1234)
    sent = journal.step(run_id, "w1")
    assert (sent.state, sent.attempts, sent.sent_at_ms, dict(sent.evidence)) == (
        "sending",
        1,
        1234,
        {"seen": ["a"]},
    )
    journal.mark_accepted(sent, "W-7", 2, "answer")
    journal.mark_withdraw_status(journal.step(run_id, "w1"), 3, "0xabc", Decimal("1.00"), final=True)
    final = journal.step(run_id, "w1")
    assert (final.state, final.bitmart_id, final.withdraw_status, final.tx_id) == ("final", "W-7", 3, "0xabc")
    assert final.charged_fee == Decimal("1.00") and str(final.charged_fee) == "1.00"
    journal.mark_unknown(final, "the lookup failed")
    assert journal.step(run_id, "w1").error == "the lookup failed"
    journal.close()
