"""Each template override is checked against the upstream template it copies (golden diffs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bitmart_codegen import template_diffs


def test_every_override_matches_its_recorded_difference_from_upstream() -> None:
    assert template_diffs.mismatches() == []


def test_every_override_says_what_it_changes() -> None:
    for name in template_diffs.templates():
        text = (template_diffs.OURS / name).read_text(encoding="utf-8")
        assert text.lstrip().startswith("{#"), f"{name} must open with a comment saying why it differs"


def test_an_edited_override_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(template_diffs.OURS, copy)
    edited = copy / "endpoint_module.py.jinja"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an unreviewed change\n", encoding="utf-8")
    (copy / "brand_new.py.jinja").write_text("{# new #}\n", encoding="utf-8")
    monkeypatch.setattr(template_diffs, "OURS", copy)
    problems = template_diffs.mismatches()
    assert any(p.startswith("endpoint_module.py.jinja") for p in problems)
    assert any("brand_new.py.jinja" in p for p in problems)


def test_a_generator_upgrade_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_diffs, "generator_version", lambda: "99.0.0")
    assert any("installed 99.0.0" in p for p in template_diffs.mismatches())
