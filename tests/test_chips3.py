"""CHIPS3 lane (own invented sentences; the companies are real ones the lexicon knows, the chip, car and
brand names invented): chips nobody listed read from their form and context, and the look-alikes that are
no chip (a car model, a code only near a chip, a GPU block, a supercomputer)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", "新聞標題\n\n" + text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Chip") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


# -- chips found by their form -------------------------------------------------------------------------------

def test_a_chinese_brand_and_a_bare_number_before_a_chip_word_is_a_chip():
    assert "天樞300" in found("華為推出天樞300芯片，明年量產。")
    assert "星河7" in found("某某科技今天發布星河7晶片。")
    # a year or a count before the chip word is no model
    assert found("另有2025芯片大會。") == []
    assert found("今年共有300芯片企業參展。") == []


# -- look-alikes that are no chip ----------------------------------------------------------------------------

def test_a_brand_and_a_code_with_no_chip_word_near_is_no_chip():
    # two car models: a Chinese brand and a code, nothing in the sentence says chip
    assert found("該公司此前已通過遠航ET7和藍鯨L09完成首輪技術驗證。") == []


def test_a_tier_counted_from_near_a_known_chip_is_no_chip():
    chips = found("吉利新車型全系標配基於征程6M的輔助駕駛，H5及以下方案亦同。")
    assert "H5" not in chips
    # coordinated with known chips it stays one
    assert "H30" in found("輝達的H100、H200和H30受到客戶歡迎。")


def test_a_gpu_block_is_a_technology_not_a_chip():
    text = "這款手機晶片配備了 Immortalis-G999 GPU 和新一代 NPU。"
    assert not any("Immortalis" in c for c in found(text))
    assert any("Immortalis-G999" in t for t in found(text, "Technology"))


def test_a_supercomputer_is_no_chip():
    text = "特斯拉表示將重啟Dojo超級電腦的研發。"
    assert "Dojo" not in found(text)
    assert "Dojo" in found(text, "Product")


def test_a_brand_number_and_letters_before_a_chip_word_is_a_chip_but_not_a_standard():
    assert "雲雀6M" in found("某某科技的方案採用單顆雲雀6M芯片。")
    assert found("這是一款國產自研5G芯片。") == []


def test_a_code_name_before_a_server_cpu_is_a_chip():
    chips = found("相關項目包括超微的Nicea伺服器CPU與輝達的Vexa伺服器CPU。")
    assert any(c.startswith("Nicea") for c in chips) and any(c.startswith("Vexa") for c in chips)


def test_a_variant_of_a_chip_rated_in_tops_is_a_chip():
    chips = found("輝達推出Zeus晶片。性能最強的Zeus-Super算力可達2000TOPS，Zeus-S算力達700TOPS。")
    assert "Zeus-Super" in chips and "Zeus-S" in chips
    assert found("Mobile算力達50TOPS。") == []


def test_a_short_code_before_an_ai_chip_word_is_a_chip():
    assert "Q20" in found("美國商務部曾對輝達（Nvidia）Q20 AI晶片採取管制措施。")


def test_a_short_code_glued_to_a_chinese_name_near_a_chip_is_no_chip():
    assert "H7" not in found("新車全系標配基於征程6M的「遠山星河H7」系統。")
    # after a chip word it is still the chip (最強芯片H30)
    assert "H30" in found("新品性能比肩輝達的H200與最強芯片H30。")


# -- CHIPS3 fixes (review): look-alikes the first round read as chips -----------------------------------------

from test_chips import relations  # noqa: E402  (the same helper: labelled edges of a one-sentence graph)


def test_no_false_relation_from_a_rated_system_and_a_glued_car_code():
    rels = relations("xAI的Colossal算力達100 EFLOPS。問界M9 AI芯片算力達到500TOPS。華為Drivex算力達到400TOPS。")
    assert not any(r[0] in ("Colossal", "M9", "Drivex") or r[2] in ("Colossal", "Drivex") for r in rels)


def test_the_new_forms_give_their_relations():
    assert ("華為", "develops", "天樞300") in relations("華為推出天樞300芯片，明年量產。")
    assert ("超微半導體", "develops", "Nicea伺服器CPU") in relations("超微的Nicea伺服器CPU明年推出。") \
        or any(r[1] == "develops" and r[2].startswith("Nicea") for r in relations("超微的Nicea伺服器CPU明年推出。"))


def test_a_system_rated_in_flops_or_tops_is_no_chip():
    assert found("美國超級電腦Zenith算力達1.5 EFLOPS。") == []
    assert found("某超節點Cloudtop算力達300PFLOPS。") == []
    assert found("華為Drivex算力達到400TOPS。") == []
    assert found("智駕方案Pilot-X算力達128TOPS。") == []
    # a name the page gives another type stays that type
    assert "Helion" not in found("AMD Helion機櫃算力達2.9 PFLOPS，而Helion算力達2.9 PFLOPS。")


def test_a_data_centre_or_a_system_before_a_part_word_is_no_chip():
    assert found("相關項目包括Stargaze資料中心GPU與Linux伺服器CPU。") == []
    assert found("Zen伺服器CPU架構由AMD設計。") == []
    # with its maker before it (a stock code and spaces between) it is a chip
    assert "Venix伺服器CPU" in found("案例包括超微 (AMD-US) 的 Venix 伺服器 CPU。")


def test_a_stock_index_before_a_chip_word_is_no_chip():
    assert found("滬深300芯片指數上漲3%，科創50芯片股走強。") == []
    assert found("中證A500指數下跌。") == []


def test_a_car_code_before_ai_chip_is_no_chip():
    assert "M9" not in found("問界M9 AI芯片算力達到500TOPS。")
    assert "C9" not in found("中國C9 AI晶片聯盟成立。")


def test_a_brand_and_a_code_is_a_product_only_when_the_sentence_says_so():
    assert "星嵐L07" in found("星嵐L07今天上市，售價30萬元。", "Product")
    assert found("據悉，星嵐L07將於明年推出。", "Product") == []
