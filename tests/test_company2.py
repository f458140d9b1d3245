"""Company discovery precision and forms on fresh text; policies cited by name. Sentences and names
invented for these tests, each with a near miss."""
from pathlib import Path

from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Company") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


# --- a piece of a clause is no company ----------------------------------------------------------------

def test_a_function_word_after_a_company_cue_is_a_clause_not_a_name():
    # 并/並 (and), 亦 (also), 却 (but) after 該公司 open a clause: no company there, in either script.
    for text in ("據悉，該公司並重申全年的出貨目標。\n", "据悉，该公司亦表示明年将扩产。\n",
                 "該公司卻強調今年不會裁員。\n"):
        assert found(text) == [], text


def test_a_comparison_before_a_suffix_is_no_name():
    # 快於集團: "faster than the group", cut out by the suffix 集團.
    assert found("分析員估計，儲存業務的增速將快於集團整體。\n") == []
    assert found("分析员估计，存储业务的增速将高于集团平均。\n") == []


def test_a_name_after_a_company_cue_is_still_found():
    assert "藍峰微芯" in found("初創公司藍峰微芯宣布完成新一輪融資。\n")


# --- apposition: a Chinese name and its Latin registered name --------------------------------------

def test_a_chinese_name_before_a_latin_legal_form_name_is_that_company():
    ms = [m for m in mentions("德國設備商柏林精密（Berlinwerk Precision AG）周二宣布擴產。\n") if m.type == "Company"]
    names = {m.text: m for m in ms}
    assert "柏林精密" in names and "Berlinwerk Precision AG" in names
    # one company under both names
    assert names["Berlinwerk Precision AG"].canonical == "柏林精密"
    assert "阿爾卑思" in found("據報道，瑞士的阿爾卑思（Alpenwerk Holding SE）將在明年推出新品。\n")


def test_a_description_before_a_latin_name_or_a_name_without_a_legal_form_is_not_taken():
    # 這家德國公司 is a kind of company; Future Growth Capital has no legal form.
    assert "這家德國公司" not in found("這家德國公司（Berlinwerk Precision AG）周二宣布擴產。\n")
    assert "未來發展" not in found("他提到未來發展（Future Growth Capital）的計劃。\n")


def test_an_entity_held_by_a_known_company_is_a_company():
    assert "星輝網絡" in found("英偉達旗下星輝網絡上月發布新款交換機。\n")
    assert found("該集團旗下產品包括手機和平板。\n") == []


# --- policies cited by name ---------------------------------------------------------------------------

def test_a_law_cited_by_name_in_quotes_is_a_policy():
    assert "出口管制改革法" in found("美國商務部援引「出口管制改革法」限制對華出售。\n", "Policy")
    assert "國家安全法" in found("該部門依據「國家安全法」展開調查。\n", "Policy")
    assert "部長令" in found("經濟部長下達「部長令」，要求暫停出口。\n", "Policy")


def test_a_method_or_an_idiom_in_quotes_is_no_policy():
    assert found("平台依據「推薦演算法」排序內容。\n", "Policy") == []
    assert found("他們研發了「深度學習算法」。\n", "Policy") == []
    assert found("根據「改變遊戲規則」的說法，市場將洗牌。\n", "Policy") == []
    assert found("他下達「立即撤離」的指示。\n", "Policy") == []


def test_numbered_announcements_printed_together_are_each_a_policy(tmp_path: Path):
    page = tmp_path / "p.txt"
    page.write_text("商務部發出2025第61號和第62號公告，對稀土實施管制。商務部公告2025年第61號即日生效。\n",
                    encoding="utf-8")
    g = make_graph([page]).graph
    labels = sorted(d.get("label") for _n, d in g.nodes(data=True) if d.get("type") == "Policy")
    assert labels == ["商務部公告2025年第61號", "商務部公告2025年第62號"]  # the one printed alone is the same node
    assert found("他在第61號和第62號展位之間走動。\n", "Policy") == []


def test_an_attribute_before_a_suffix_makes_a_kind_of_product_not_a_name():
    assert found("尤其在消費性電子與對價格敏感的手機市場中，需求轉弱。\n") == []
    assert found("車規級半導體供不應求，分佈式存儲方案受到關注。\n") == []


def test_a_verb_and_its_object_before_a_suffix_is_no_name():
    assert found("該公司計劃分拆集團旗下的物流業務。\n") == []
    # a name of one dictionary word, or with characters no word holds, is still a name
    assert "藍峰微芯" in found("初創公司藍峰微芯宣布完成新一輪融資。\n")


def test_a_name_after_an_owner_acting_together_with_another_is_a_company():
    assert "星河算芯" in found("次年，他與中科院旗下星河算芯共同出資成立新公司。\n")
    assert found("公司高層共同出席，企業界聯合呼籲。\n") == []
