"""Round 11: families that recur across real news — an office held for a country, a company's country or
plant written before or after its name, an authority revoking a company's status, chips launched before,
the foundry a company relies on or that takes on making a chip, affiliates (轉投資), and a sentence that
opens with a foundry's process about the chip of the sentence before. Sentences written for these tests,
not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_an_office_held_for_a_country_ties_the_person_to_it(tmp_path):
    g = graph_of(tmp_path, "美國總統拜登週三在白宮簽署一項晶片補助法案。\n")
    assert holds(g, "拜登", "affiliatedWith", "美國")


def test_a_listed_place_is_no_office(tmp_path):
    g = graph_of(tmp_path, "此次會談由日本與美國總統拜登共同主持。\n")
    assert not holds(g, "拜登", "affiliatedWith", "日本")


def test_a_country_before_a_company_is_where_it_is_from(tmp_path):
    g = graph_of(tmp_path, "報告指出，日本東京威力科創仍是主要的塗布設備供應商。\n")
    assert holds(g, "東京威力科創", "locatedIn", "日本")


def test_a_plant_named_by_its_place_locates_the_company(tmp_path):
    g = graph_of(tmp_path, "分析師認為，蘋果新款處理器將交由台積電美國新廠生產。\n")
    assert holds(g, "台積電", "locatedIn", "美國")


def test_revoking_a_status_restricts_the_companies(tmp_path):
    g = graph_of(tmp_path, "美國商務部本週撤銷三星電子與SK海力士在中國工廠的豁免資格。\n")
    assert holds(g, "美國商務部", "restricts", "三星電子")
    assert holds(g, "美國商務部", "restricts", "SK海力士")


def test_chips_launched_before_are_the_subjects_too(tmp_path):
    g = graph_of(tmp_path, "寒武紀本次推出思元370晶片，再加上此前發布的雲端推理思元270、邊緣推理思元220，產品線更加完整。\n")
    assert holds(g, "寒武紀", "develops", "思元270")
    assert holds(g, "寒武紀", "develops", "思元220")


def test_the_foundry_a_company_relies_on(tmp_path):
    g = graph_of(tmp_path, "華為目前主要依靠中芯國際的先進製程來代工。\n")
    assert holds(g, "中芯國際", "manufacturesFor", "華為")


def test_relying_on_a_foundry_is_not_read_backwards(tmp_path):
    g = graph_of(tmp_path, "華為目前主要依靠中芯國際的先進製程來代工。\n")
    assert not holds(g, "華為", "manufacturesFor", "中芯國際")


def test_the_foundry_that_takes_on_making_a_chip(tmp_path):
    g = graph_of(tmp_path, "台積電的新廠已開始為蘋果生產晶片，並投入輝達最新一代B200晶片的製造。\n")
    assert holds(g, "B200", "fabricatedBy", "台積電")


def test_an_affiliate_it_invested_in(tmp_path):
    g = graph_of(tmp_path, "除了自家模型之外，谷歌轉投資的Anthropic也將大量採用TPU。\n")
    assert holds(g, "谷歌", "investsIn", "Anthropic")


def test_a_sentence_opening_with_a_foundry_process_is_about_the_chip_before(tmp_path):
    g = graph_of(tmp_path, "寒武紀新品發布會\n思元370是寒武紀的第三代雲端晶片。基於台積電7nm製程工藝，最大算力達到256TOPS，是上一代思元270的2倍。\n")
    assert holds(g, "思元370", "fabricatedBy", "台積電")
    assert holds(g, "思元370", "usesProcess", "7")
    assert not holds(g, "思元270", "fabricatedBy", "台積電")


def test_a_process_sentence_naming_its_own_chip_first_is_about_that_chip(tmp_path):
    g = graph_of(tmp_path, "寒武紀新品發布會\n思元370是寒武紀的第三代雲端晶片。採用台積電7nm製程的思元290主打訓練。\n")
    assert not holds(g, "思元370", "usesProcess", "7")


def test_a_bad_process_opener_is_reported_naming_the_file(tmp_path):
    import pytest

    from kg.rules import RuleError, load_rules, rules_path
    bad = tmp_path / "relations.toml"
    text = rules_path().read_text(encoding="utf-8")
    bad.write_text(text.replace("process_opener = ['基于'", "process_opener = ['基于(('", 1), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(bad)
    assert str(bad) in str(err.value) and "process_opener" in str(err.value) and "\n" not in str(err.value)
