"""tools/unlisted.py measures discovery apart from the lexicon: the lexicon copy it builds must no longer
know the hidden entities under any of their names, and must keep every other entry."""
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import unlisted  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.paths import ontology_dir  # noqa: E402


@pytest.fixture()
def onto_copy(tmp_path):
    dst = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), dst)
    return dst


def test_a_hidden_entity_is_unknown_under_every_name_and_the_others_stay(onto_copy):
    # hidden by its Simplified surface form only: the Traditional and English names go with the entry
    removed = unlisted.lexicon_without(onto_copy, {unlisted.name_key("英伟达")})
    assert removed >= 1
    lex = load_lexicon(onto_copy / "lexicon")
    assert lex.lookup("英偉達") is None and lex.lookup("NVIDIA") is None and lex.lookup("輝達") is None
    assert lex.lookup("台積電") is not None and lex.lookup("H100") is not None


def test_the_split_into_halves_is_stable_and_uses_both_halves():
    names = ["英偉達", "台積電", "寒武紀", "壁仞科技", "摩爾線程", "沐曦", "華為", "中芯國際"]
    halves = [unlisted.half_of(n) for n in names]
    assert halves == [unlisted.half_of(n) for n in names]
    assert set(halves) == {0, 1}


def test_gold_entities_reads_names_english_names_and_surface_forms():
    ents = unlisted.gold_entities(ROOT / "tests" / "gold", ["Company"])
    assert ents and all(t == "Company" for _f, t, _n, _k in ents)
    nvidia = [k for _f, _t, n, k in ents if n == "英偉達"]
    assert nvidia and unlisted.name_key("NVIDIA") in nvidia[0]


def test_measure_lists_the_unlisted_names_it_missed(tmp_path, monkeypatch):
    # two hidden companies on one page: kg found one, missed the other; the report says which
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        '{"seed": "a.txt", "entities": [{"type": "Company", "name": "甲科技", "surface_forms": ["甲科技"]},'
        ' {"type": "Company", "name": "乙半導體", "surface_forms": ["乙半導體"]}]}', encoding="utf-8")
    report = {"a.txt": {"page": "a.txt", "entities": {"Company": {"tp": 1, "fp": 0, "misses": ["乙半導體"]}}}}

    def fake_run_half(_gold, _seeds, ents, half):
        return report, [e for e in ents if unlisted.half_of(e[2]) == half]

    monkeypatch.setattr(unlisted, "run_half", fake_run_half)
    res = unlisted.measure(gold, None, ["Company"])["Company"]
    assert res["unlisted"] == 2 and res["found"] == 1
    assert res["missed"] == ["a.txt: 乙半導體"]
