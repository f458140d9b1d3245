"""Names written in Latin script next to other names (LATIN round): companies with a corporate word,
a maker's name before its chip, a family before a model code, rack systems, phone models. Invented
sentences; the company and product names are made up unless they are the lexicon's."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return [(m.type, m.text, m.canonical or (m.entity or "").rsplit("/", 1)[-1] or None) for m in doc.mentions]


def names(text: str, type_: str) -> list[str]:
    return [t for ty, t, _c in mentions(text) if ty == type_]


def test_latin_name_with_a_corporate_word_is_one_company():
    text = "Zorvex Electronics與Qorvane Labs合作，Brixel Semiconductor和Lumora Microelectronics也參與，Kestrel Sons集團出資。"
    companies = names(text, "Company")
    for name in ("Zorvex Electronics", "Qorvane Labs", "Brixel Semiconductor", "Lumora Microelectronics", "Kestrel Sons"):
        assert name in companies
    assert "Zorvex" not in companies and "Kestrel" not in companies


def test_a_corporate_word_alone_or_in_a_phrase_is_no_company():
    text = "該公司的Systems部門表示，新的Power Devices將用於電動車。"
    assert "Systems" not in names(text, "Company")
    assert "Power Devices" not in names(text, "Company")


def test_a_generic_corporate_word_needs_a_company_cue_or_verb():
    companies = names("廠商Zorvane Devices與Quillon Networks宣布結盟，新的Brava Systems將用於伺服器。", "Company")
    assert "Zorvane Devices" in companies and "Quillon Networks" in companies
    assert "Brava Systems" not in companies


def test_latin_person_with_an_initial_after_a_title():
    people = names("Kestrel Sons集團董事長N Ravindran表示，執行長K. Moraes指出將擴產。", "Person")
    assert "N Ravindran" in people and "K. Moraes" in people


def test_maker_at_the_start_of_a_known_label_stays_a_company():
    found = mentions("NVIDIA H100採用台積電製程，AMD Instinct也在列。")
    assert ("Company", "NVIDIA", "nvidia") in found and ("Chip", "H100", "h100") in found
    assert ("Company", "AMD", "amd") in found


def test_family_and_model_code_is_one_chip():
    found = mentions("AMD Instinct MI300的晶體管數量驚人，對手推出Orion QX9晶片；輝達另有Rubin CPX。")
    assert ("Company", "AMD", "amd") in found
    assert ("Chip", "Instinct MI300", "mi300") in found  # the lexicon's MI300, printed with its family
    assert ("Chip", "Rubin CPX", "Rubin CPX") in found
    assert not any(t == "Chip" and n == "AMD Instinct" for t, n, _c in found)


def test_family_before_a_part_word_is_left_to_the_part_reader():
    chips = names("輝達推出Rubin GPU與Vera CPU。", "Chip")
    assert "Rubin GPU" in chips and "Rubin CPX" not in chips


def test_tensor_core_after_a_model_is_no_code_name():
    found = mentions("NVIDIA H100 Tensor Core GPU採用新架構，Foo X900 Tensor Core也一樣。")
    assert ("Company", "NVIDIA", "nvidia") in found
    assert any(t == "Chip" and c == "h100" for t, _n, c in found)  # the lexicon's H100 Tensor Core GPU
    assert not any(t == "Chip" and n.endswith("Tensor") for t, n, _c in found)


def test_rack_systems_are_products_and_the_rack_code_alone_no_chip():
    found = mentions("相較於GB300 NVL72系統，Vera Rubin NVL144 CPX平台效能更高；新的NVL144機櫃明年出貨。")
    products = [n for t, n, _c in found if t == "Product"]
    assert "GB300 NVL72" in products and "Vera Rubin NVL144 CPX" in products
    assert not any(t == "Chip" and "NVL" in n for t, n, _c in found)


def test_phone_models_of_phone_makers_in_both_spacings():
    found = mentions("新款晶片已由vivo Y500、VivoY500、OPPOK7z、realme Q9x、nubia Neo 9、MotoG77、荣耀Play12T和真我21採用。")
    products = {c for t, _n, c in found if t == "Product"}
    assert {"vivo Y500", "VivoY500", "OPPOK7z", "realme Q9x", "nubia Neo 9", "MotoG77", "荣耀Play12T", "真我21"} <= products
    companies = {c for t, _n, c in found if t == "Company"}
    assert {"vivo", "oppo", "realme", "nubia", "motorola", "honor"} <= companies
    assert not any(t == "Chip" for t, _n, _c in found if _n in ("Y500", "K7z", "Q9x"))


def test_a_maker_glued_to_an_ordinary_word_is_no_phone():
    found = mentions("Motorsport 2賽事開幕，motors 500台出貨，Vivosmart 3手環熱賣。")
    assert not any(t == "Product" for t, _n, _c in found)
    assert not any(t == "Company" and c == "motorola" for t, _n, c in found)


def test_a_company_word_after_a_long_latin_run_names_no_tail():
    companies = names("據報導，Zarvo Kelt Brimm Quosh集團擴產，Lumexa集團也跟進。", "Company")
    assert "Quosh" not in companies and "Brimm Quosh" not in companies
    assert "Lumexa" in companies


def test_maker_and_a_year_or_an_amount_is_no_phone():
    found = mentions("vivo 2025年營收成長，真我13億元的投資也到位，OPPO 5G手機出貨。")
    assert not any(t == "Product" for t, _n, _c in found)


def test_phone_lines_with_two_words():
    found = mentions("OPPO Find Z7 Pro上市，vivo 2026年營收成長。")
    products = {c for t, _n, c in found if t == "Product"}
    assert products == {"OPPO Find Z7 Pro"}
    assert not any(t == "Chip" for t, _n, _c in found)


def test_a_makers_code_before_a_chip_word_is_no_phone():
    found = mentions("vivo V9影像晶片與OPPO M5晶片亮相。")
    assert not any(t == "Product" for t, _n, _c in found)


def test_a_numbered_product_line_glued_to_its_number():
    products = names("華為Mate90系列熱賣，Pura95 Pro亮相，Climate2030大會召開。", "Product")
    assert "Mate90" in products and "Pura95 Pro" in products
    assert not any("Climate" in n for n in products)
