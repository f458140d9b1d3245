"""PEOPLE round: titles and name shapes kg had not met, the lexicon's context labels, and one sense
per discourse (own invented sentences)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", text, "utf-8"), LEX).mentions


def people(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.type == "Person"]


def test_japanese_name_after_a_japanese_title():
    assert "北川正雄" in people("甲公司社長北川正雄表示，新廠明年投產。")
    assert "森田健二" in people("日本經濟產業相森田健二二十七日宣布，政府將追加補助。")


def test_western_transliteration_after_a_title_ends_where_a_name_ends():
    assert "馬丁諾辛格" in people("前任執行長馬丁諾辛格時代大力投資新製程。")
    assert "愛德華·克萊門斯" in people("部長愛德華·克萊門斯表示，將放寬出口管制。")


def test_title_before_an_ordinary_word_is_no_name():
    assert people("他在首相官邸說明計劃。海外相關業務增長。財務相比去年改善。部長特別指出要加強管制。") == []


def test_photo_credit_and_correspondent_credit():
    assert people("記者林家豪攝") == ["林家豪"]
    assert "林美玲" in people("〔駐歐特派員林美玲／布魯塞爾二十日報導〕某公司宣布擴產。")


def test_context_label_names_its_person_only_beside_an_affiliation():
    beside = [m for m in mentions("英特爾前任執行長基辛格時代大力投資。") if m.text == "基辛格"]
    assert beside and beside[0].entity.endswith("/pat-gelsinger")
    alone = [m for m in mentions("基辛格訪華，與領導人會面。") if m.text == "基辛格"]
    assert all(m.entity is None or not m.entity.endswith("/pat-gelsinger") for m in alone)


def test_lexicon_person_with_a_japanese_affiliation():
    ms = [m for m in mentions("瑞薩電子社長柴田英利表示，將擴大車用晶片產能。") if m.type == "Person"]
    assert [m.entity.rsplit("/", 1)[1] for m in ms] == ["hidetoshi-shibata"]


def test_chip_code_found_once_is_found_again_in_its_article():
    ms = mentions("蘋果發布全新的M5晶片。M5擁有10核心CPU。M50是另一回事，AM5也是。")
    chips = [(m.text, m.entity.rsplit("/", 1)[1]) for m in ms if m.type == "Chip"]
    assert ("M5", "apple-m5") in chips
    assert not any(t in ("M50", "AM5") for t, _ in chips)
    m5 = [m for m in ms if m.text == "M5"][0]
    assert m5.confidence == 1.0


def test_compared_code_of_the_same_family_is_its_sibling_chip():
    ms = mentions("蘋果發布全新的M5晶片，效能比M4高出4倍。")
    m4 = [m for m in ms if m.text == "M4"]
    assert m4 and m4[0].type == "Chip" and m4[0].entity.endswith("/apple-m4")


def test_discovered_name_propagates_but_a_numbered_label_does_not():
    text = "甲公司推出「星河」晶片系列，首款為星河X7晶片。星河X7採用先進製程。\n\n另一篇：真武大帝廟會。"
    ms = mentions(text)
    assert sum(1 for m in ms if m.type == "Chip" and m.text.startswith("星河X7")) >= 2
    assert not any(m.text == "真武" for m in ms)


def test_context_label_found_by_a_pattern_needs_its_affiliation_too(tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from relation_scoring import graph_of

    g = graph_of(tmp_path, "前任執行長基辛格時代的計畫被取消。\n")  # a title pattern finds the name
    assert not [n for n in g if str(n).endswith("/pat-gelsinger")]
    g = graph_of(tmp_path, "英特爾前任執行長基辛格時代的計畫被取消。\n")
    assert [n for n in g if str(n).endswith("/pat-gelsinger")]
