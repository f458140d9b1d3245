"""Chip and product names by form, CHIP3 round (own invented sentences; the brands and families named are
real ones the lexicon knows, the models invented): several-word Latin labels, letter-and-number family
models, chips printed with a part word, coordinated numbers, numbered siblings, memory generations,
device models and software kits, and what stays no chip."""
from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Chip") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


def labels(tmp_path, text: str, type_: str = "Chip") -> set[str]:
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    return {d.get("label") for _n, d in g.nodes(data=True) if d.get("type") == type_}


def test_a_label_of_many_latin_words_is_matched_whole():
    ms = [m for m in mentions("這款新機搭載Snapdragon 8 Elite Gen 5晶片，續航更長。") if m.type == "Chip"]
    assert [(m.text, m.entity.rsplit("/", 1)[-1]) for m in ms] == [("Snapdragon 8 Elite Gen 5", "snapdragon-8-elite-gen-5")]


def test_a_family_with_a_letter_and_number_code_and_a_tier():
    chips = found("高通今年推出Snapdragon X7 Plus處理器，主攻輕薄筆電。")
    assert "Snapdragon X7 Plus" in chips and "X7 Plus" not in chips


def test_a_family_with_a_series_generation():
    assert "Core Ultra 系列5" in found("英特爾將發表Core Ultra 系列5處理器。")


def test_graphics_series_with_a_tier_and_the_bare_series():
    chips = found("輝達推出RTX 60 Super顯卡，RTX系列顯卡需求強勁。")
    assert "RTX 60 Super" in chips and "RTX系列" in chips


def test_a_chip_printed_with_its_part_word():
    ms = {m.text: m for m in mentions("輝達介紹Rubin GPU與Zeta CPU，以及Quasar-7 DPU，Zeta的核心數翻倍。")
          if m.type == "Chip"}
    assert ms["Rubin GPU"].entity.endswith("/rubin")  # a known chip keeps its entity
    assert {"Zeta CPU", "Quasar-7 DPU", "Zeta"} <= set(ms)


def test_the_code_name_of_a_part_is_the_chips_name(tmp_path):
    assert {"Zeta", "Quasar-7"} <= labels(tmp_path, "某公司介紹Zeta CPU與Quasar-7 DPU。")


def test_descriptions_and_companies_before_a_part_word_are_no_chips():
    chips = found("Mobile GPU市場擴大，Intel CPU與Edge NPU的需求也在增加。")
    assert chips == []


def test_numbers_coordinated_after_a_latin_model(tmp_path):
    text = "該公司規劃推出自研晶片Vexa 300、400、450和500，明年起陸續量產。"
    assert {"Vexa 300", "400", "450", "500"} <= set(found(text))
    assert {"Vexa 400", "Vexa 450", "Vexa 500"} <= labels(tmp_path, text)


def test_coordinated_numbers_are_not_amounts():
    chips = found("該公司推出Vexa 300晶片和400億元投資計畫。")
    assert "400" not in chips


def test_another_numbered_model_of_a_known_family():
    assert "深算五號" in found("海光預計明年推出深算五號，性能再提升。")


def test_a_memory_generation_of_a_known_maker(tmp_path):
    text = "美光第十代3D NAND開始量產，SK海力士400層NAND也將出貨。"
    chips = found(text)
    assert "第十代3D NAND" in chips and "400層NAND" in chips
    assert "美光" in found(text, "Company")  # the maker stays a company
    assert {"美光第十代3D NAND", "SK海力士400層NAND"} <= labels(tmp_path, text)


def test_processes_memory_standards_and_units_stay_no_chips():
    chips = found("新晶片採用台積電N3E製程與英特爾18A製程，搭配HBM4與DDR5記憶體，功耗250W。")
    assert chips == []


def test_device_models_of_a_line_and_of_a_maker(tmp_path):
    text = "谷歌Pixel 12 Pro XL開賣，小米19s Pro手機同步上市。"
    assert "Pixel 12 Pro XL" in found(text, "Product") and "19s Pro" in found(text, "Product")
    assert "小米19s Pro" in labels(tmp_path, text, "Product")
    assert "小米" in found(text, "Company")


def test_a_maker_and_a_year_is_no_device():
    assert found("小米2025年營收創新高，手機出貨成長。", "Product") == []


def test_a_makers_car_model_is_a_product_not_a_chip():
    text = "小米YU9 Ultra電動車開賣。"
    assert "YU9 Ultra" in found(text, "Product") and found(text) == []
    assert "X85" in found("高通X85晶片搭載新數據機。")  # a chip word: the company's code stays a chip


def test_software_kits_are_products():
    products = found("該公司釋出Nimbus SDK與Orca-Toolkit，供開發者使用。", "Product")
    assert {"Nimbus SDK", "Orca-Toolkit"} <= set(products)


def test_machine_codes_next_to_a_kind_word_are_products():
    text = "該公司推出乙太網路交換機Q1600，舊款1870i及1880i DUV系統仍在出貨。"
    assert {"Q1600", "1870i", "1880i"} <= set(found(text, "Product"))
    assert found(text) == []
    assert "QX9 SuperLink" in found("新一代資料中心網卡QX9 SuperLink頻寬倍增。", "Product")


def test_a_chip_code_before_a_server_word_stays_a_chip():
    text = "該公司推出搭載Zeta X900晶片的X900伺服器。"
    assert "X900" in found(text) and found(text, "Product") == []


def test_phone_and_console_lines_with_their_models():
    text = "華為Pura 90 Pro與OPPO Reno 19同台較勁，PlayStation 6也將問世。"
    assert {"Pura 90 Pro", "Reno 19", "PlayStation 6"} <= set(found(text, "Product"))
    assert {"華為", "OPPO"} <= set(found(text, "Company"))  # the maker before the line stays a company
    assert found("這是一個magic的時刻，Find the way。", "Product") == []


def test_a_short_code_before_a_chip_word():
    ms = {m.text: m for m in mentions("新款筆電採用M5處理器，另一款搭載Z3晶片。") if m.type == "Chip"}
    assert ms["M5"].entity.endswith("/apple-m5")  # the lexicon knows M5晶片
    assert "Z3" in ms
    assert found("Q3晶片出貨量成長，該公司H1晶片營收下滑。") == []  # quarters and half-years


def test_codes_coordinated_after_a_brands_model_take_the_brand(tmp_path):
    ms = {m.text: m for m in mentions("華為的昇騰910B、910C晶片供不應求。") if m.type == "Chip"}
    assert ms["910C"].entity.endswith("/ascend-910c")  # the lexicon's 昇騰910C
    assert {"Zeta X100", "Zeta X200", "Zeta X300"} <= labels(tmp_path, "該公司的Zeta X100、X200與X300晶片。")
    assert "920" not in found("昇騰910和920萬顆晶片的產能。")  # a count, not a model


def test_s_and_plus_models_and_brand_suffixes():
    chips = found("新機搭載驍龍8s Gen 4處理器，另一款用驍龍7+ Gen 3，對手是天璣9400+晶片。")
    assert {"驍龍8s Gen 4", "驍龍7+ Gen 3", "天璣9400+"} <= set(chips)
    ms = [m for m in mentions("這款手機用A18 Bionic晶片。") if m.type == "Chip"]
    assert [m.entity.rsplit("/", 1)[-1] for m in ms] == ["apple-a18"]  # Bionic does not make another chip


def test_a_two_word_code_name_before_a_part_word(tmp_path):
    assert "Crescent Moon GPU" in found("英特爾預告Crescent Moon GPU，主攻推論。")
    assert "Crescent Moon" in labels(tmp_path, "英特爾預告Crescent Moon GPU，主攻推論。")
