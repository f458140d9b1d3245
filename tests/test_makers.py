"""Who makes a chip when no sentence says so in as many words (kg/makers.py, ontology/rules/makers.toml).
Sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402



def test_an_articles_maker_makes_the_chips_it_goes_on_to_name(tmp_path):
    text = """寒武紀新品路線圖

寒武紀昨日在發布會上推出MLU690加速卡，面向大模型訓練，並發布MLU690X。
分析師認為，MLU790的推出將加劇國產算力市場的競爭。
"""
    g = graph_of(tmp_path, text)
    assert holds(g, "寒武紀", "develops", "MLU690")  # stated: 推出
    assert rules_of(g, "寒武紀", "develops", "MLU790") == {"maker.topic"}


def test_a_chip_named_after_its_maker(tmp_path):
    g = graph_of(tmp_path, "百度昆侖芯片今年出貨量大增。\n")
    assert rules_of(g, "百度", "develops", "百度昆侖") == {"maker.name"}


def test_a_new_model_of_a_known_family_is_its_makers_even_when_the_maker_is_not_named(tmp_path):
    g = graph_of(tmp_path, "昇騰960晶片預計明年第四季推出。\n")
    assert holds(g, "華為", "develops", "昇騰960")
    assert "華為" in {g.nodes[n].get("label") for n in g}  # the maker is a node with its names


def test_another_companys_chip_in_an_article_about_one_maker_is_not_given_to_it(tmp_path):
    text = """英特爾加速追趕

英特爾昨日推出Z700加速器，並發布Z700X。
英特爾稱Z700的性價比優於輝達的Z900。
"""
    g = graph_of(tmp_path, text)
    assert holds(g, "英特爾", "develops", "Z700X")
    assert not holds(g, "英特爾", "develops", "Z900")


def test_a_rivals_chip_described_at_length_after_the_rival_is_not_the_articles_makers(tmp_path):
    # 英特爾 stands 14 characters before the chip in its clause: within `near` (ontology/rules/makers.toml)
    text = """高通新處理器

高通發布驍龍X Elite處理器。高通還推出驍龍X Plus處理器。英特爾移動端標壓處理器的次旗艦型號i7-13800H功耗為45W。
"""
    g = graph_of(tmp_path, text)
    assert holds(g, "高通", "develops", "驍龍X Elite")
    assert not holds(g, "高通", "develops", "i7-13800H")


def test_no_maker_is_guessed_when_the_article_has_no_leading_maker(tmp_path):
    text = """算力市場觀察

英特爾推出Z700加速器，AMD則推出MI500。
業界預計，Z900將在下半年量產。
"""
    g = graph_of(tmp_path, text)
    assert not holds(g, "英特爾", "develops", "Z900")
    assert not holds(g, "AMD", "develops", "Z900")


def test_a_maker_and_the_quoted_name_of_its_new_generation(tmp_path):
    g = graph_of(tmp_path, "測試結果顯示，新晶片的效能超越谷歌第八代TPU「Oakwood」。\n")
    assert holds(g, "谷歌", "develops", "Oakwood")


def test_a_foundry_making_a_quoted_chip_is_not_its_developer(tmp_path):
    g = graph_of(tmp_path, "星河科技隨後委託聯電代工新一代晶片「Z90」。\n")
    assert holds(g, "聯電", "manufacturesFor", "星河科技")  # the sentence is read…
    assert "Z90" in {g.nodes[n].get("label") for n in g}  # …and the chip recognized
    assert not holds(g, "聯電", "develops", "Z90")


def test_the_members_of_a_makers_product_line(tmp_path):
    g = graph_of(tmp_path, "供應鏈人士表示，超微今年的AI伺服器產品線，包括MI500、MI550與MI580等系列。\n")
    for chip in ("MI500", "MI550", "MI580"):
        assert holds(g, "AMD", "develops", chip)


def test_a_chip_compared_with_the_makers_own_is_not_taken_to_be_the_makers(tmp_path):
    text = """聯發科新品

聯發科昨日發布M9900，並推出M9950。
M9900的多核跑分與Z19 Pro處理器相當。
"""
    g = graph_of(tmp_path, text)
    assert holds(g, "聯發科", "develops", "M9950")
    assert not holds(g, "聯發科", "develops", "Z19 Pro")


def test_a_makers_name_that_is_part_of_a_model_number_is_no_prefix(tmp_path):
    # A100 is a known chip: A1000 does not begin with it.
    g = graph_of(tmp_path, "A1000晶片採用16nm製程。\n")
    assert holds(g, "A1000", "usesProcess", "16")  # the chip is read
    assert not holds(g, "英偉達", "develops", "A1000")


def test_a_brand_before_another_makers_known_model_is_not_the_maker(tmp_path):
    g = graph_of(tmp_path, "這批伺服器仍在使用Tesla V100顯卡。\n")
    assert not holds(g, "特斯拉", "develops", "V100")
    assert not holds(g, "特斯拉", "develops", "Tesla V100")


def test_the_maker_printed_in_a_name_is_the_mention_without_spaces(tmp_path):
    from kg.pipeline import make_graph

    p = tmp_path / "page.txt"
    p.write_text("Xeon 9處理器將於明年推出。\n", encoding="utf-8")
    res = make_graph([p])
    text = p.read_text(encoding="utf-8")
    for u, v, k, d in res.graph.edges(keys=True, data=True):
        for ev in d["evidence"]:
            if ev.rule == "maker.name":
                s0, s1 = ev.subject_span
                assert text[s0:s1] == "Xeon"  # the family, whose maker the lexicon knows
                return
    raise AssertionError("no maker read from the chip's name")


import pytest  # noqa: E402


@pytest.mark.parametrize("text, problem", [
    ("[name]\nconfidence = \"high\"\n", "confidence"),
    ("[topic]\ntypes = \"Chip\"\n", "types"),
    ("[topic]\ntypes = [\"Chp\"]\n", "types"),
    ("name = 3\n", "[name]"),
    ("[topic]\nnear = 1.5\n", "near"),
])
def test_a_bad_makers_file_is_one_line_naming_it(tmp_path, text, problem):
    from kg.errors import KgError
    from kg.makers import load_maker_rules

    p = tmp_path / "makers.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_maker_rules(p)
    msg = str(err.value)
    assert str(p) in msg and problem in msg and "\n" not in msg
    with pytest.raises(KgError, match="cannot be read"):
        load_maker_rules(tmp_path / "missing.toml")


def test_no_maker_is_read_in_a_hypothetical_or_negated_clause(tmp_path):
    g = graph_of(tmp_path, "如果昇騰960按期量產，市場將重新評估。\n")
    assert not holds(g, "華為", "develops", "昇騰960")
    g = graph_of(tmp_path, "昇騰960已經量產。\n")
    assert rules_of(g, "華為", "develops", "昇騰960") == {"maker.name"}


def test_a_chip_whose_maker_the_lexicon_knows_and_the_article_names(tmp_path):
    text = """算力路線圖

輝達執行長在大會上公布了新的產品路線圖。
分析指出，2026年登場的「Rubin」將搭配新一代記憶體。
"""
    g = graph_of(tmp_path, text)
    assert rules_of(g, "英偉達", "develops", "Rubin") == {"maker.lexicon"}


def test_no_lexicon_maker_when_the_article_does_not_name_it(tmp_path):
    g = graph_of(tmp_path, "雲端服務商星河科技採購了一批Rubin伺服器。\n")
    assert not holds(g, "英偉達", "develops", "Rubin")


def test_no_lexicon_maker_in_a_hypothetical_clause(tmp_path):
    text = "輝達的客戶正在觀望。如果Rubin延後上市，市場將轉向其他方案。\n"
    g = graph_of(tmp_path, text)
    assert "maker.lexicon" not in rules_of(g, "英偉達", "develops", "Rubin")


def test_a_maker_stated_once_leads_its_article(tmp_path):
    text = """星河科技的新品

星河科技日前推出了5G晶片天穹T770。
目前天穹T760已經在多款手機上量產。
"""
    g = graph_of(tmp_path, text)
    assert holds(g, "星河科技", "develops", "天穹T770")
    assert rules_of(g, "星河科技", "develops", "T760") == {"maker.topic"}
