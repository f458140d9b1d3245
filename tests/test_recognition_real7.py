"""Names never seen, by their form: chip families with model codes, design codes, standards, outlets
and events. Sentences written for these tests."""

from conftest import found, mentions


def test_known_family_and_a_model_code_is_one_chip(lex):
    f = found("處理器\n\n新機採用酷睿i7-14700K，對手是銳龍9 9950X處理器。\n", lex)
    assert ("Chip", "酷睿i7-14700K") in f
    assert ("Chip", "銳龍9 9950X") in f


def test_kirin_and_kunpeng_are_chip_families_and_their_models_are_chips(lex):
    f = found("手機晶片\n\n華為自研的麒麟芯片回歸，麒麟9100與鯤鵬 CPU一同亮相。\n", lex)
    # CHIP3: a chip printed with its part word is one mention of the chip (鯤鵬 CPU names the lexicon's 鯤鵬)
    assert {("Chip", "麒麟"), ("Chip", "麒麟9100"), ("Chip", "鯤鵬 CPU")} <= f


def test_kylin_os_and_the_animal_are_not_kirin_chips(lex):
    f = found("軟件\n\n機關電腦改用銀河麒麟操作系統，門前立着一隻麒麟。\n", lex)
    assert not any(t == "Chip" for t, _ in f)


def test_core_and_architecture_codes_are_technology_not_chips(lex):
    f = found("新處理器\n\n新處理器採用全新的QX900架構內核，並整合QG30 GPGPU圖形核心。\n", lex)
    assert ("Technology", "QX900") in f and ("Technology", "QG30") in f
    assert not any(t == "Chip" and n in ("QX900", "QG30") for t, n in f)


def test_a_companys_model_before_architecture_stays_a_chip(lex):
    f = found("伺服器\n\nAMD的MI470架構AI伺服器明年出貨。\n", lex)
    assert ("Chip", "MI470") in f


def test_core_as_an_adjective_does_not_make_a_design(lex):
    f = found("晶片\n\n英偉達表示，新晶片X900核心產品明年量產。\n", lex)
    assert ("Technology", "X900") not in f


def test_standards_with_their_version_are_technologies(lex):
    f = found("規格\n\n新板卡支持LPDDR5X內存、PCIe 6.0總線、CXL 3.1和HDMI 2.1輸出。\n", lex)
    for name in ("LPDDR5X", "PCIe 6.0", "CXL 3.1", "HDMI 2.1"):
        assert ("Technology", name) in f


def test_outlets_from_dateline_source_line_and_picture_credit(lex):
    f = found("晶片新聞\n\n海藍網5月3日消息，星河科技發布新晶片。（示意圖／晨光新聞）\n來源：藍海財經\n", lex)
    assert {("Organization", "海藍網"), ("Organization", "晨光新聞"), ("Organization", "藍海財經")} <= f


def test_events_by_their_suffix_after_a_distinctive_stem(lex):
    f = found("大會\n\n2024年百度AI開發者大會和世界人工智能大會上都有新品。公司股東大會通過決議。\n", lex)
    assert ("Organization", "百度AI開發者大會") in f
    assert ("Organization", "世界人工智能大會") in f
    assert not any(n.endswith("股東大會") for _, n in f)
