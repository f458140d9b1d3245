"""Technologies by their form and by the lexicon's names for them: a known architecture with its
generation, licensed cores named by generation and tier, several capitalised Latin words before a
word for a design, memory module standards, and a technology's other names (both scripts) merged
into one node. Sentences written for these tests."""

from conftest import found, mentions


def test_a_known_architecture_with_its_generation_is_that_generation(lex):
    f = found("顯卡\n\n甲公司新顯卡改用RDNA 5架構，舊款仍是RDNA 2，並支援CUDA 13.1。\n", lex)
    assert {("Technology", "RDNA 5"), ("Technology", "RDNA 2"), ("Technology", "CUDA 13.1")} <= f


def test_a_count_after_a_technology_is_not_its_version(lex):
    f = found("出貨\n\n乙公司本季出貨GPU 4顆，CUDA 3萬名開發者已上線。\n", lex)
    assert not any(n.startswith(("GPU 4", "CUDA 3")) for _, n in f)


def test_cores_named_by_generation_and_tier_are_technologies(lex):
    f = found("手機晶片\n\n新旗艦晶片採用一顆C2-Ultra超大核、三顆C2-Pro大核，圖形單元為Mali G2-Premium。\n", lex)
    assert {("Technology", "C2-Ultra"), ("Technology", "C2-Pro"), ("Technology", "Mali G2-Premium")} <= f
    assert not any(t == "Chip" and n.startswith("C2") for t, n in f)


def test_capitalised_words_before_a_design_word_are_one_name(lex):
    f = found("處理器\n\n丙公司新處理器引入GPU Adaptive Tile架構，效能提升兩成。\n", lex)
    assert ("Technology", "GPU Adaptive Tile") in f
    assert ("Technology", "Tile") not in f


def test_a_company_before_a_latin_design_name_is_not_part_of_it(lex):
    f = found("處理器\n\n英特爾Lunar Fabric架構明年登場。\n", lex)
    assert not any(n.startswith("英特爾") and t == "Technology" for t, n in f)


def test_memory_module_standards_with_and_without_version(lex):
    f = found("記憶體\n\n丁公司展示SOCAMM模組，下一代SOCAMM2與LPCAMM2明年量產。\n", lex)
    assert {("Technology", "SOCAMM"), ("Technology", "SOCAMM2"), ("Technology", "LPCAMM2")} <= f


def test_exposure_tool_names_are_the_lithography_technology(lex):
    ms = mentions("設備\n\n戊廠沒有使用極紫外曝光機（EUV），而以深紫外光微影完成。\n", lex)
    by = {m.text: m.entity for m in ms if m.type == "Technology"}
    assert by.get("極紫外曝光機") is not None and by.get("極紫外曝光機") == by.get("EUV")
    assert by.get("深紫外光微影", "").endswith("/duv")


def test_packaging_and_material_names_in_both_scripts(lex):
    hant = found("封裝\n\n己公司以系統級封裝（SiP）與異質整合承接訂單，並自產光刻膠。\n", lex)
    hans = found("封装\n\n己公司以系统级封装与异质集成承接订单，并自产光刻胶。\n", lex)
    for f in (hant, hans):
        assert sum(t == "Technology" for t, _ in f) >= 3
    assert ("Technology", "SiP") in hant


def test_more_standards_with_their_version(lex):
    f = found("規格\n\n新主機板支援PCIe Gen 6、NVMe 2.1與藍牙6.0，核心基於Armv9.3架構。\n", lex)
    assert {("Technology", "PCIe Gen 6"), ("Technology", "NVMe 2.1"), ("Technology", "藍牙6.0"),
            ("Technology", "Armv9.3")} <= f


def test_one_standard_printed_three_ways_is_one_node(lex):
    ms = [m for m in mentions("規格\n\n甲板卡支援PCIe Gen4，乙板卡支援PCIe4.0，丙板卡支援PCIe 4.0。\n", lex)
          if m.type == "Technology" and m.text.startswith("PCIe")]
    assert len(ms) == 3
    assert {m.canonical or m.text for m in ms} == {"PCIe 4.0"}
