"""Settings that are data, not code, and overlap checks that stay linear on big pages.

Every sentence here is written for the test; none is taken from a real article.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from conftest import ontology_copy

from kg.model import Mention
from kg.quantities import find_quantities
from kg.normalize import name_key


@pytest.mark.parametrize("text,measure,value", [
    ("新款處理器為七核設計", "cores", 7),
    ("這顆晶片有九核", "cores", 9),
    ("入門款只有一核", "cores", 1),
    ("可跑五線程", "threads", 5),
    ("最多七線程", "threads", 7),
    ("支援九個線程", "threads", 9),
])
def test_every_chinese_numeral_is_read_before_cores_and_threads(text, measure, value):
    got = [(q.measure, q.value) for q in find_quantities(name_key(text))]
    assert (measure, Decimal(value)) in got


@pytest.mark.parametrize("text", ["兩個任務跑在同一線程上", "他是一線程序員", "打造一核兩翼的產業布局"])
def test_one_in_ordinary_words_is_not_a_figure(text):
    assert [q for q in find_quantities(name_key(text)) if q.measure in ("cores", "threads")] == []


def test_the_prefer_window_of_a_reference_is_data(tmp_path, monkeypatch):
    from kg.rules import load_rules

    windows = [r.prefer_window for r in load_rules().references if r.prefer is not None]
    assert windows and set(windows) == {8}
    onto = ontology_copy(tmp_path, monkeypatch, "rules/relations.toml", "prefer_window = 8", "prefer_window = 3")
    assert 3 in [r.prefer_window for r in load_rules(onto / "rules/relations.toml").references if r.prefer]


def test_the_event_stem_length_and_the_year_test_are_data(tmp_path, monkeypatch):
    from kg import discover

    discover._org_forms.cache_clear()
    discover.load_more.cache_clear()
    try:
        assert discover._org_forms()[3] == 12
        year = discover.load_more().latin_numbered_year
        assert year.fullmatch("2025") and year.fullmatch("1999") and not year.fullmatch("300")
        ontology_copy(tmp_path, monkeypatch, "patterns/organization.toml", "event_stem = 12", "event_stem = 5")
        discover._org_forms.cache_clear()
        assert discover._org_forms()[3] == 5
    finally:
        monkeypatch.undo()
        discover._org_forms.cache_clear()
        discover.load_more.cache_clear()


def test_dedupe_keeps_the_longest_name_at_each_overlap():
    from kg.discover import _dedupe

    rng = random.Random(3)
    ms = []
    for i in range(400):
        s = rng.randrange(0, 900)
        e = s + rng.randrange(2, 12)
        ms.append(Mention(s, e, "x" * (e - s), "Chip", f"pattern:r{i % 5}", rng.choice([0.6, 0.7, 0.8])))
    got = _dedupe(ms)
    # no two kept names overlap, and every dropped name overlaps a kept one at least as long
    assert all(a.end <= b.start for a, b in zip(got, got[1:]))
    for m in ms:
        if m not in got:
            assert any(k.start < m.end and m.start < k.end and k.end - k.start >= m.end - m.start for k in got)


def test_the_words_after_a_latin_company_run_are_data(tmp_path, monkeypatch):
    from kg import discover

    discover.load_patterns.cache_clear()
    try:
        assert "集团" in discover.load_patterns().latin_co_followers
        assert "控股" not in discover.load_patterns().latin_co_followers
        ontology_copy(tmp_path, monkeypatch, "patterns/company.toml", 'latin_run_followers = ["公司", "集团"]',
                       'latin_run_followers = ["公司", "集团", "控股"]')
        discover.load_patterns.cache_clear()
        assert "控股" in discover.load_patterns().latin_co_followers
    finally:
        monkeypatch.undo()
        discover.load_patterns.cache_clear()
