"""Chip and product model names by their form: tier and generation words, graphics-card shapes, benchmark
programs, brand characters, listed variants (own sentences; the model names are real product names)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def found(text: str, type_: str = "Chip") -> list[str]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return [m.text for m in doc.mentions if m.type == type_]


def test_tier_and_generation_words_continue_a_latin_model():
    chips = found("某新機搭載Foobar 8 Elite處理器，另一款採用Foobar 7 Plus Gen 2晶片。")
    assert "Foobar 8 Elite" in chips and "Foobar 7 Plus Gen 2" in chips
    assert "Foobar 8" not in chips and "Foobar 7" not in chips


def test_a_known_model_keeps_its_generation():
    chips = found("這款手機改用驍龍8 Elite Gen 5，效能勝過Snapdragon 8 Elite。")
    assert "驍龍8 Elite Gen 5" in chips and "Snapdragon 8 Elite" in chips
    assert "驍龍8 Elite" not in chips


def test_graphics_card_models_by_shape():
    chips = found("新顯卡效能號稱追上RTX 4070 Ti，對手則是Radeon RX 9070 XT。")
    assert {"RTX 4070 Ti", "Radeon RX 9070 XT"} <= set(chips)


def test_phone_gpu_with_its_core_count_is_one_name():
    # CHIPS3 lane: an Arm GPU block is a technology (chip.toml [components]), still one name
    techs = found("新處理器搭載G2-Ultra MC10图形处理器。", "Technology")
    assert "G2-Ultra MC10" in techs and "Ultra MC10" not in techs + found("新處理器搭載G2-Ultra MC10图形处理器。")


def test_benchmark_program_and_its_version_is_no_chip():
    text = "根據Geekbench 6的測試數據，這款搭載某晶片的手機單核分數為3000分。"
    assert not any("Geekbench" in c for c in found(text))
    assert any(p.startswith("Geekbench") for p in found(text, "Product"))


def test_a_character_of_the_sentence_is_not_part_of_a_model():
    chips = found("新晶片在遊戲中比M4 Pro快三成，新款M5 Max還更快。")
    assert "M4 Pro" in chips and "M5 Max" in chips
    assert not any(c.startswith(("中比", "新款", "比", "款")) for c in chips)


def test_a_variant_listed_after_a_model_keeps_its_tier():
    chips = found("華為發布新一代自研晶片麒麟9030跟9030 Pro。")
    assert "9030 Pro" in chips


def test_a_layout_phrase_before_an_architecture_word_is_no_chip():
    chips = found("新晶片首次引入“第四代全大核”CPU架构设计，由8颗核心组成。")
    assert not any("全大核" in c for c in chips)


def test_two_models_of_one_line_stay_two():
    doc = process(Source("t.txt", "t.txt", "蘋果M5 Pro與M5 Max晶片同時登場，M4 Pro則降價。", "utf-8"), LEX)
    ents = {m.text: m.entity for m in doc.mentions if m.type == "Chip"}
    assert len({ents.get("M5 Pro"), ents.get("M5 Max"), ents.get("M4 Pro")} - {None}) == 3


def test_a_code_in_parentheses_after_model_number_word_is_no_new_chip():
    chips = found("某公司的X900晶片 (型號S12345) 將量產，代號K77。")
    assert "X900" in chips and "S12345" not in chips
    assert not any(c.startswith("代號") for c in chips)


def test_a_latin_name_before_a_rack_word_is_a_product():
    products = found("某公司介紹最新Zephyr機架級平台，另展示「Boreas」雙倍寬機架。Zephyr將於明年出貨。", "Product")
    assert "Zephyr" in products and "Boreas" in products


def test_a_graphics_series_keeps_its_series_word():
    chips = found("新的RTX 60系列顯卡和RX 9000系列都已推出。")
    assert "RTX 60系列" in chips and "RX 9000系列" in chips


def test_a_grade_in_quotes_is_no_product():
    assert "怪物級" not in found("執行長稱新系統為「怪物級」機架。", "Product")
