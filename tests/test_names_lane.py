"""What a name or an apposition already says (NAMES lane): a company's registered name with its place in
parentheses, an organization named after its place, a list of companies described by a country; and
technology and product names by their form (licensed cores, a company and a bare model number, a
foundry's named processes, a product line's model). Sentences and names invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402


def _types(g, label: str) -> set[str]:
    return {d.get("type") for _n, d in g.nodes(data=True) if str(d.get("label")) == label}


# --- A. relations read from inside names ----------------------------------------------------------

def test_a_registered_name_with_a_place_in_parentheses_locates_the_company(tmp_path):
    g = graph_of(tmp_path, "晶朗集成電路（南京）有限公司今天宣布擴產。\n恒峰科技(深圳)股份有限公司昨日公布財報。\n")
    assert "located.legal-name" in rules_of(g, "晶朗集成電路", "locatedIn", "南京")
    assert "located.legal-name" in rules_of(g, "恒峰科技", "locatedIn", "深圳")


def test_a_place_in_parentheses_without_a_legal_form_is_not_read(tmp_path):
    g = graph_of(tmp_path, "晶朗集成電路（南京）表示將擴產。\n")
    assert "located.legal-name" not in rules_of(g, "晶朗集成電路", "locatedIn", "南京")


def test_an_organization_named_after_its_place_is_located_there(tmp_path):
    g = graph_of(tmp_path, "南韓政府宣布補助晶片業。\n日本經濟產業省昨日公布補助名單。\n")
    assert "located.org-name" in rules_of(g, "南韓政府", "locatedIn", "韓國")
    assert "located.org-name" in rules_of(g, "日本經濟產業省", "locatedIn", "日本")


def test_a_company_named_after_a_place_word_is_not_located_by_its_name(tmp_path):
    g = graph_of(tmp_path, "長江存儲宣布推出新一代快閃記憶體。\n")
    assert not any(r.startswith("located.org-name") for p in ("長江", "长江") for r in rules_of(g, "長江存儲", "locatedIn", p))


def test_a_list_of_companies_described_by_a_country(tmp_path):
    g = graph_of(tmp_path, "像微軟、谷歌、亞馬遜這樣的美國公司都在加碼投資。\n台積電和聯電等台灣晶圓代工業者獲利成長。\n")
    for c in ("微軟", "谷歌", "亞馬遜"):
        assert "located.listed-then-place" in rules_of(g, c, "locatedIn", "美國")
    assert "located.listed-then-place" in rules_of(g, "聯電", "locatedIn", "台灣")


def test_a_company_selling_to_companies_of_a_country_is_not_located_there(tmp_path):
    g = graph_of(tmp_path, "台積電向美國公司出貨。\n")
    assert not rules_of(g, "台積電", "locatedIn", "美國")


# --- B. names by form -----------------------------------------------------------------------------

def test_licensed_cores_are_technologies_of_their_designer_named_on_the_page(tmp_path):
    g = graph_of(tmp_path, "Arm發布Cortex-X925與Cortex-A725核心，以及Immortalis-G925 GPU和Neoverse V3。\n")
    for core in ("Cortex-X925", "Cortex-A725", "Immortalis-G925", "Neoverse V3"):
        # CHIPS3 lane: Arm's licensed GPU blocks (Immortalis) are technologies like its CPU cores
        assert _types(g, core) == {"Technology"}, core
        assert holds(g, "Arm", "develops", core), core


def test_a_core_in_another_makers_chip_is_not_developed_by_that_maker(tmp_path):
    g = graph_of(tmp_path, "聯發科新晶片採用Cortex-X925核心。\n")
    assert _types(g, "Cortex-X925") == {"Technology"}
    assert not holds(g, "聯發科", "develops", "Cortex-X925")
    assert not holds(g, "Arm", "develops", "Cortex-X925")  # the page does not name Arm


def test_a_company_and_a_bare_model_number_name_its_chip(tmp_path):
    g = graph_of(tmp_path, "高通8295晶片搭載於新車。聯發科9400出貨強勁。\n")
    assert _types(g, "高通8295") == {"Chip"}
    assert holds(g, "高通", "develops", "高通8295")
    assert holds(g, "聯發科", "develops", "聯發科9400")


def test_a_year_an_amount_a_count_and_a_stock_code_are_no_model_numbers(tmp_path):
    g = graph_of(tmp_path, "台積電（2330）今年晶片營收成長。高通2025年晶片營收成長。"
                           "英特爾300億美元晶片廠動工。高通800萬顆晶片出貨。\n")
    assert not any(d.get("type") == "Chip" for _n, d in g.nodes(data=True))


def _process_names(text: str) -> set[str]:
    from kg.normalize import to_key
    from kg.quantities import find_quantities

    return {q.name for q in find_quantities(to_key(text)) if q.cls == "ProcessNode" and q.name}


def test_foundry_processes_are_process_nodes_labelled_as_printed(tmp_path):
    text = "台積電N3E、N3P、N4P與N2P製程陸續量產，英特爾18A-P良率提升，三星SF3與台積電A14也在規劃中。"
    assert {"N3E", "N3P", "N4P", "N2P", "18A-P", "SF3", "A14"} <= _process_names(text)
    g = graph_of(tmp_path, text + "\n")
    assert not any(d.get("type") == "Chip" for _n, d in g.nodes(data=True))  # 台積電A14 is no chip


def test_a_phone_maker_and_a_letter_code_is_not_a_process(tmp_path):
    assert "A14" not in _process_names("三星A14手機熱賣。蘋果A14晶片採用台積電N5製程。")
    assert "N5" in _process_names("蘋果A14晶片採用台積電N5製程。")
    assert not _process_names("該路由器型號為N5，售價不變。")


def test_a_product_lines_model_with_series_is_a_product(tmp_path):
    g = graph_of(tmp_path, "三星推出Galaxy S25系列。Google發布Pixel 10系列。\n")
    assert _types(g, "Galaxy S25") == {"Product"}
    assert not _types(g, "S25")
    assert holds(g, "三星", "develops", "Galaxy S25")
    assert holds(g, "谷歌", "develops", "Pixel 10")


def test_a_misspelt_type_in_the_name_rules_is_a_one_line_error(tmp_path):
    import pytest
    from kg.errors import KgError
    from kg.names import load_name_rules
    bad = tmp_path / "names.toml"
    bad.write_text('[org_place]\ntypes = ["Organisation"]\n', encoding="utf-8")
    with pytest.raises(KgError, match="names.toml.*entity types"):
        load_name_rules(bad)
