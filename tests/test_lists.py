"""Coordinated lists the relation rules read: members followed by a short description of what they are,
quoted members, members named with their owner (乙的丙); what a chip supports besides technologies; the
customers a chip serves. Each fix comes with a near miss. Sentences written for these tests, not taken
from any newspaper."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.rules import RuleError, load_rules  # noqa: E402


# --- a member followed by a description ----------------------------------------------------------------

def test_members_followed_by_a_kind_word_stay_in_the_list(tmp_path):
    g = graph_of(tmp_path, "H200支援HBM3e記憶體、NVLink互連和PCIe 5.0介面。\n")
    for tech in ("HBM3E", "NVLink", "PCIe 5.0"):
        assert holds(g, "H200", "supports", tech), tech


def test_a_described_launch_lists_every_product(tmp_path):
    g = graph_of(tmp_path, "英偉達推出H200加速卡、B200訓練晶片和Grace處理器。\n")
    for chip in ("H200", "B200", "Grace"):
        assert holds(g, "英偉達", "develops", chip), chip


def test_a_description_that_is_not_a_kind_ends_the_list(tmp_path):
    # 記憶體的帶寬 is a property of the first member, not a description of a member: NVLink is not supported.
    g = graph_of(tmp_path, "H200支援HBM3e記憶體的帶寬與NVLink相當。\n")
    assert holds(g, "H200", "supports", "HBM3E")
    assert not holds(g, "H200", "supports", "NVLink")


def test_a_clause_break_ends_the_list(tmp_path):
    g = graph_of(tmp_path, "H200支援HBM3e記憶體，並由NVLink連接多顆PCIe 5.0裝置。\n")
    assert holds(g, "H200", "supports", "HBM3E")
    assert not holds(g, "H200", "supports", "NVLink")


def test_a_member_with_a_parenthesis_after_its_description(tmp_path):
    g = graph_of(tmp_path, "H200支援HBM3e記憶體（帶校驗）、NVLink互連。\n")
    assert holds(g, "H200", "supports", "NVLink")


def test_supporting_is_not_using(tmp_path):
    g = graph_of(tmp_path, "H200支援HBM3e記憶體、NVLink互連和PCIe 5.0介面。\n")
    assert not holds(g, "H200", "uses", "NVLink")
    # other verbs of the same rule still state uses
    assert holds(graph_of(tmp_path, "H200採用HBM3e記憶體。\n"), "H200", "uses", "HBM3E")


# --- quoted members --------------------------------------------------------------------------------

def test_quoted_members_are_members(tmp_path):
    g = graph_of(tmp_path, "「H200」與「B200」將採用台積電4奈米製程。\n")
    for chip in ("H200", "B200"):
        assert holds(g, chip, "fabricatedBy", "台積電"), chip


def test_curly_quotes_too(tmp_path):
    g = graph_of(tmp_path, "英偉達推出“H200”和“B200”兩款晶片。\n")
    assert holds(g, "英偉達", "develops", "H200") and holds(g, "英偉達", "develops", "B200")


def test_a_quoted_member_in_another_clause_is_not_in_the_list(tmp_path):
    g = graph_of(tmp_path, "「H200」已經量產，「B200」將採用台積電4奈米製程。\n")
    assert holds(g, "B200", "fabricatedBy", "台積電")
    assert not holds(g, "H200", "fabricatedBy", "台積電")


# --- a member named with its owner -----------------------------------------------------------------

def test_a_member_named_with_its_owner_and_de(tmp_path):
    g = graph_of(tmp_path, "H200的性能超越TPU與亞馬遜的Trainium。\n")
    assert holds(g, "H200", "comparedWith", "TPU")
    assert holds(g, "H200", "comparedWith", "Trainium")


def test_an_owner_in_a_later_clause_is_not_a_member(tmp_path):
    g = graph_of(tmp_path, "H200的性能超越TPU，亞馬遜的Trainium則主打推理。\n")
    assert holds(g, "H200", "comparedWith", "TPU")
    assert not holds(g, "H200", "comparedWith", "Trainium")


# --- what a chip supports ----------------------------------------------------------------------------

def test_a_chip_supports_services_and_models(tmp_path):
    g = graph_of(tmp_path, "H200支援Copilot服務及GPT-4等模型。\n")
    assert holds(g, "H200", "supports", "Copilot")
    assert holds(g, "H200", "supports", "GPT-4")


def test_what_another_subject_supports_is_not_the_chips(tmp_path):
    g = graph_of(tmp_path, "H200支援Copilot，英偉達則支持GPT-4。\n")
    assert holds(g, "H200", "supports", "Copilot")
    assert not holds(g, "H200", "supports", "GPT-4")


# --- customers a chip serves ----------------------------------------------------------------------

def test_the_customers_a_chip_serves_use_it(tmp_path):
    g = graph_of(tmp_path, "昇騰910B已在多個數據中心部署，服務中國移動、百度等300多家客戶。\n")
    assert holds(g, "中國移動", "uses", "昇騰910B")
    assert holds(g, "百度", "uses", "昇騰910B")


def test_serving_without_customers_is_not_using(tmp_path):
    g = graph_of(tmp_path, "昇騰910B已在多個數據中心部署，服務中國移動、百度的研發團隊。\n")
    assert not holds(g, "百度", "uses", "昇騰910B")


def test_a_company_serving_customers_is_not_a_chip_they_use(tmp_path):
    g = graph_of(tmp_path, "台積電服務蘋果、英偉達等數百家客戶。\n")
    assert not holds(g, "蘋果", "uses", "台積電")


# --- the settings are data -------------------------------------------------------------------------

def test_list_settings_are_checked(tmp_path):
    src = (Path(__file__).parent.parent / "ontology" / "rules" / "relations.toml").read_text(encoding="utf-8")
    bad = tmp_path / "relations.toml"
    bad.write_text(src.replace("quotes = ['「」'", "quotes = ['「'"), encoding="utf-8")
    with pytest.raises(RuleError, match=r"\[lists\].*quotes"):
        load_rules(bad)


def _supported(rs, text: str) -> list[int]:
    """Skeleton offsets of the objects pair.supports.chip binds in `text` (a skeleton written by hand)."""
    from kg.rules import OPEN, Item, Skeleton, match_rules

    slots = [(i, Item(i, i + 3, "Technology" if text[i + 1] == "T" else "Chip", None))
             for i in range(len(text)) if text[i] == OPEN]
    found = set()
    for m in match_rules(rs, Skeleton(text, slots)):
        if m.rule.id == "pair.supports.chip.active":
            found.update(it.start for it in m.bindings["o"])
    return sorted(found)


def test_the_description_after_a_member_is_a_setting(tmp_path):
    src = (Path(__file__).parent.parent / "ontology" / "rules" / "relations.toml").read_text(encoding="utf-8")
    text = "«P»支援«T»记忆体、«T»互连。"
    assert _supported(load_rules(), text) == [5, 12]
    off = tmp_path / "relations.toml"
    off.write_text(re.sub(r"(?ms)^kinds = \[.*?\]$", "kinds = []", src), encoding="utf-8")
    assert _supported(load_rules(off), text) == [5]
