"""CHIPS lane (own invented sentences; the companies and families named are real ones the lexicon knows,
the code names and generations invented): chips the lexicon does not know, read from the cue they are
printed with, and the things that only look like chips (business words, number formats, a kind written as a
name, an AI model's code, a server, a misprinted technology)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", "新聞標題\n\n" + text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Chip") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


def names(text: str, type_: str = "Chip") -> dict[str, str]:
    """printed text -> the name the entity gets (the lexicon entry's IRI tail, or the proposed name)"""
    return {m.text: (m.canonical or m.entity.rsplit("/", 1)[-1]) for m in mentions(text) if m.type == type_}


# -- code names given with their cue --------------------------------------------------------------------

def test_code_names_listed_in_parentheses_after_a_series_are_each_a_chip():
    chips = found("雲端客製化晶片包括谷歌的TPU系列（代號Lynx與Otter等），明年量產。")
    assert "Lynx" in chips and "Otter" in chips
    # one code name in parentheses after a chip stays another name of that chip
    assert "Pelican" not in found("英特爾新晶片（代號Pelican）明年推出。")


def test_code_names_listed_after_the_code_name_word_are_each_a_chip():
    chips = found("英特爾代號Kestrel與Osprey的處理器將在明年推出。")
    assert "Kestrel" in chips and "Osprey" in chips


def test_latin_names_before_a_series_word_and_a_kind_of_chip():
    chips = found("博通的 Marlin 和 Stingray 系列等網路晶片採用先進封裝。")
    assert "Marlin" in chips and "Stingray" in chips


def test_a_code_name_platform_in_a_list_of_chips():
    assert "Falconet" in found("今年的AI晶片包括輝達的GPU、博通的Falconet平台。")
    # with no chip named before it in the sentence, a platform is too often software
    assert "Harbor" not in found("微軟的Harbor平台將開放給更多開發者使用。")


def test_a_code_name_before_a_market_word_and_a_part_word():
    ms = [m for m in mentions("超微將推出 Sorrento 伺服器 CPU，搶攻資料中心。") if m.type == "Chip"]
    assert [(m.text.replace(" ", ""), m.canonical) for m in ms] == [("Sorrento伺服器CPU", "Sorrento")]


# -- a family and a generation ----------------------------------------------------------------------------

def test_a_known_family_and_a_generation_after_a_link_word():
    assert names("谷歌下一代的TPU即v9目前已在試產。").get("v9") == "TPU v9"


def test_the_next_generation_in_quotes_after_a_family_generation():
    got = names("雙方合作的TPU「v9e」進展順利，並已鎖定下一代「v10e」設計案。")
    assert got.get("v9e") == "TPU v9e" and got.get("v10e") == "TPU v10e"


def test_generations_coordinated_after_a_family_generation():
    ms = [m for m in mentions("兩家代工廠拿下亞馬遜自研晶片Trainium3／4的大筆訂單。") if m.type == "Chip"]
    assert [(m.text, (m.entity or "").rsplit("/", 1)[-1]) for m in ms] == [("Trainium3", "trainium3"), ("4", "trainium4")]
    assert "4" not in found("亞馬遜Trainium3和4奈米製程的晶片都在台灣生產。")  # a unit follows: no generation


def test_a_graphics_line_with_a_gpu_word():
    got = names("輝達將推出 RTX PRO GPU，瞄準工業應用；另一款筆電搭載RTX GPU。")
    assert got.get("RTX PRO GPU") == "RTX PRO" and got.get("RTX GPU") == "RTX"
    assert "RTX" not in found("新遊戲支援RTX光線追蹤技術。")  # RTX alone is also ray tracing


def test_a_known_chip_printed_with_a_series_word_is_that_chip():
    ms = [m for m in mentions("華為已發表多款昇騰910系列晶片。") if m.type == "Chip"]
    assert [(m.text, m.entity.rsplit("/", 1)[-1]) for m in ms] == [("昇騰910系列", "ascend-910")]


def test_an_old_memory_part_by_its_density():
    chips = found("該廠當年量產16MbDRAM，後來又推出256Kb SRAM。")
    assert "16MbDRAM" in chips and "256Kb SRAM" in chips
    assert "8GB DRAM" not in found("這款手機配備8GB DRAM與256GB儲存空間。")  # a capacity in bytes is no part


def test_business_words_in_latin_are_no_chips():
    chips = found("在業界追逐B2C與O2O模式時，該公司投入晶片研發。")
    assert "B2C" not in chips and "O2O" not in chips


def test_a_number_format_is_no_chip():
    assert "UE5M2" not in found("新格式UE5M2 FP8專為國產晶片設計。")


def test_a_kind_written_as_a_name_is_no_chip():
    assert "AIGPU" not in found("募集資金將投向圖形芯片及AIGPU芯片研發項目。")


def test_an_ai_models_code_is_no_chip():
    assert "R3" not in found("市場傳聞某大廠已在國產芯片上完成 DeepSeek – R3 大模型測試，且推理效率超越輝達H20。")


def test_a_server_line_and_code_before_a_server_word_is_a_product():
    assert "ThinkSystem SR999" in found("聯想展示搭載輝達晶片的ThinkSystem SR999伺服器。", "Product")
    assert "ThinkSystem SR999" not in found("聯想展示搭載輝達晶片的ThinkSystem SR999伺服器。")


def test_a_misprinted_technology_is_no_chip():
    chips = found("新一代AI晶片將搭配HMB4記憶體與PCle 6.0介面。")
    assert "HMB4" not in chips and "PCle" not in chips


def test_a_turnkey_project_and_its_abbreviation_are_no_chips():
    chips = found("該公司與客戶合作的Turnkey 3（TK3）案預計明年流片。")
    assert not any("Turnkey" in c for c in chips) and "TK3" not in chips
    assert "TX9" in found("新款Tachyon X9（TX9）晶片預計明年量產。")  # a chip's abbreviation stays a chip


def test_a_quoted_family_before_a_series_word_and_a_kind_of_chip():
    assert "甲元" in found("某公司的核心產品「甲元」（JY）系列AI加速器，對標輝達的GPU。")
    assert "四小龍" not in found("國產GPU「四小龍」系列晶片各有特色。")  # a group of companies


def test_a_latin_name_after_a_company_listed_next_to_chips():
    chips = found("雲端業者的自研晶片包括亞馬遜的Trainium系列、微軟（Microsoft）的Borealis、Meta的MTIA等。")
    assert "Borealis" in chips
    assert "Azure" not in found("輝達的Omniverse、微軟的Azure和谷歌的TPU都在名單上。")
