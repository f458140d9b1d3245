"""CHIPS lane, round 18 (own invented sentences; the companies are real ones the lexicon knows, the chip names
invented): chips nobody listed, read from forms every outlet prints for a new chip — a name introduced by a
naming word (名為「…」的晶片, 代號「…」的GPU, 命名為Foo的處理器), Latin names listed and counted before a chip word
(Foo、Bar和Baz三款晶片), a maker's model with its suffix letters after a known family (麒麟9100S, 銳龍8945H) — and
the look-alikes that stay no chip (a company renamed, a stock code, a company named so, companies counted)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def found(text: str, type_: str = "Chip") -> list[str]:
    doc = process(Source("t.txt", "t.txt", "新聞標題\n\n" + text + "\n", "utf-8"), LEX)
    return [m.text for m in doc.mentions if m.type == type_]


# -- a name introduced by a naming word ------------------------------------------------------------------------

def test_a_quoted_name_after_a_naming_word_and_before_a_chip_word_is_a_chip():
    assert "星辰900" in found("阿里巴巴發布一款名為「星辰900」的自研AI晶片。")
    assert "鳳鳴" in found("華為推出代號為「鳳鳴」的新一代GPU，預計明年量產。")
    assert "云翼" in found("百度公布了一款名为“云翼”的推理芯片。")


def test_a_latin_name_after_a_naming_word_and_before_a_chip_word_is_a_chip():
    assert "Zephyr" in found("英偉達將推出命名為Zephyr的資料中心GPU。")
    assert "Quasar 2" in found("亞馬遜展示名為Quasar 2的加速器。")


def test_a_name_introduced_so_that_is_no_chip_stays_out():
    assert "Zephyr" in found("英偉達將推出命名為Zephyr的資料中心GPU。")
    # a company renamed, a stock code, a company or a project named so
    assert found("該公司去年更名為「星辰」，專注晶片設計。") == []
    assert found("公司股份代號為「0981」的晶片股大漲。") == []
    assert "星河" not in found("一家名為「星河」的晶片公司完成融資。")
    assert "Orion" not in found("公司啟動名為Orion的晶片設計計畫。")


# -- Latin names listed and counted before a chip word ----------------------------------------------------------

def test_latin_names_listed_and_counted_before_a_chip_word_are_chips():
    chips = found("博通推出Falcon、Osprey和Kestrel三款網路晶片。")
    assert {"Falcon", "Osprey", "Kestrel"} <= set(chips)
    chips = found("高通發表Aurora與Borealis兩款AI加速器。")
    assert {"Aurora", "Borealis"} <= set(chips)


def test_companies_counted_or_a_single_name_before_a_count_are_no_chips():
    assert {"Aurora", "Borealis"} <= set(found("高通發表Aurora與Borealis兩款AI加速器。"))
    assert "Zenlayer" not in found("Zenlayer、Foxconn和Quanta三家晶片代工夥伴出席。")
    assert found("公司推出Falcon三款晶片。") == []


# -- a known family and a model code with the maker's suffix letters ----------------------------------------------

def test_a_known_family_and_four_digits_with_suffix_letters_is_one_model():
    assert "麒麟9100S" in found("華為新手機搭載麒麟9100S晶片。")
    assert "銳龍8945H" in found("聯想新筆電搭載銳龍8945H處理器。")


def test_a_known_family_and_a_figure_in_amperes_or_watts_is_no_model():
    assert "麒麟9100S" in found("華為新手機搭載麒麟9100S晶片。")
    assert "昇騰1200W" not in found("昇騰1200W功耗偏高。")


# -- names joined before a chip read right before a chip word -----------------------------------------------------

def test_names_of_the_same_shape_joined_before_a_chip_word_are_chips():
    chips = found("博通推出Falcon、Osprey及Kestrel晶片。")
    assert {"Falcon", "Osprey", "Kestrel"} <= set(chips)
    chips = found("寒武紀推出天樞300、天樞500及天璇800芯片。")
    assert {"天樞300", "天樞500", "天璇800"} <= set(chips)
    # a company the lexicon knows and a year are no chips
    chips = found("英特爾、AMD及Kestrel晶片同台。")
    assert "AMD" not in chips and "英特爾" not in chips
    assert "去年300" not in found("去年300、天璇800芯片同時出貨。")


# -- a Chinese proper name before a kind of processor; quoted names joined; a code after 公司 ------------------------

def test_a_chinese_proper_name_before_a_processor_word_after_a_company_or_launch_is_a_chip():
    chips = found("摩爾線程推出華山GPU與廬山GPU。")
    assert {"華山", "廬山"} <= set(chips)
    # an ordinary word before GPU is no name
    assert found("摩爾線程推出高端GPU與入門GPU。") == []


def test_quoted_names_joined_after_a_quoted_chip_are_chips():
    chips = found("該公司發布AI晶片「玄武」及「朱雀」。")
    assert {"玄武", "朱雀"} <= set(chips)


def test_a_model_code_after_the_word_company_in_a_chip_sentence_is_a_chip_not_a_company():
    text = "除了耳機市場以外，公司QRS2700、QRS2800等芯片已在客戶項目中量產。"
    assert "QRS2700" in found(text)
    assert "QRS2700" not in found(text, "Company")
