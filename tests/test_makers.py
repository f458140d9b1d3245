"""Who makes a chip when no sentence says so in as many words (kg/makers.py, ontology/rules/makers.toml).
Sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.normalize import name_key  # noqa: E402


def rules_of(g, s: str, p: str, o: str) -> set[str]:
    """The rule ids on the evidence of the edge s -p-> o (names matched in any script)."""
    def names(n):
        d = g.nodes[n]
        return {name_key(x) for x, _ in d.get("names") or []} | {name_key(m["text"]) for m in d.get("mentions") or []}

    return {ev.rule for u, v, k, d in g.edges(keys=True, data=True)
            if k == p and name_key(s) in names(u) and name_key(o) in names(v) for ev in d["evidence"]}


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
    g = graph_of(tmp_path, "高通已委託台積電生產其新款處理器「驍龍9 Gen 1」。\n")
    assert not holds(g, "台積電", "develops", "驍龍9 Gen 1")


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
