"""Chips, products and technologies by the form of their model names, CHIP4 round (own invented
sentences; the brands and families are real, the model numbers invented or common): processor numbering
schemes of both scripts with and without the family word, one node for every printing, tiers that make
another chip, code names, product lines with tier words, and standards with versions."""
from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source

LEX = load_lexicon()


def chips(text: str, type_: str = "Chip") -> dict[str, str]:
    """Printed text -> the name its entity gets (the canonical name, else the entry's label, else as printed)."""
    out = {}
    for m in process(Source("t.txt", "t.txt", text + "\n", "utf-8"), LEX).mentions:
        if m.type == type_:
            entry = LEX.entries.get(m.entity) if m.entity else None
            out[m.text] = m.canonical or (entry.label if entry is not None else m.text)
    return out


def nodes(tmp_path, text: str, type_: str) -> set[str]:
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    return {d.get("label") for _n, d in g.nodes(data=True) if d.get("type") == type_ and d.get("kind") == "entity"}


def test_intel_core_models_with_and_without_the_family_word_are_one_chip_each():
    got = chips("新筆電搭載英特爾酷睿i5-1345U，對手機型採用Core i5-1345U與i7-1365P，旗艦則是i9 14950HX。")
    assert got == {"酷睿i5-1345U": "Core i5-1345U", "Core i5-1345U": "Core i5-1345U",
                   "i7-1365P": "Core i7-1365P", "i9 14950HX": "Core i9-14950HX"}


def test_a_suffix_or_a_digit_makes_another_chip(tmp_path):
    labels = nodes(tmp_path, "評測比較了i7-1365U、i7-1365P與i7-1375U三款處理器。", "Chip")
    assert {"Core i7-1365U", "Core i7-1365P", "Core i7-1375U"} <= labels


def test_core_ultra_and_ryzen_numbering_schemes_in_both_scripts():
    got = chips("英特尔酷睿Ultra 7 256V对上锐龙7 8845HS，另有Core Ultra 5 225H、AMD R9 8945HS与Ryzen 9 9900X3D。")
    assert got["酷睿Ultra 7 256V"] == "Core Ultra 7 256V" and got["Core Ultra 5 225H"] == "Core Ultra 5 225H"
    assert got["锐龙7 8845HS"] == "Ryzen 7 8845HS" and got["R9 8945HS"] == "Ryzen 9 8945HS"
    assert got["Ryzen 9 9900X3D"] == "Ryzen 9 9900X3D"
    assert "R9" not in got and "8945HS" not in got  # one chip, not the tier and the number apart


def test_ryzen_ai_models_and_integrated_graphics():
    got = chips("新機可選銳龍AI 7 HX 355或Ryzen AI Max+ 392，內建Radeon 860M，競品的770M核顯較慢。")
    assert got["銳龍AI 7 HX 355"] == "Ryzen AI 7 HX 355" and got["Ryzen AI Max+ 392"] == "Ryzen AI Max+ 392"
    assert got["Radeon 860M"] == "Radeon 860M" and got["770M"] == "Radeon 770M"


def test_a_bare_number_with_m_is_no_chip_without_a_graphics_word():
    assert chips("公司今年營收達780M美元，員工約500M。") == {}


def test_apple_tiers_are_chips_of_their_own_even_in_a_comparison(tmp_path):
    text = "蘋果稱新晶片比 M2 Pro 快 30%，也比 M1 Max 更省電，M2 本身則較慢。"
    got = chips(text)
    assert got["M2 Pro"] == "M2 Pro" and got["M1 Max"] == "M1 Max"
    labels = nodes(tmp_path, text, "Chip")
    assert {"M2 Pro", "M1 Max"} <= labels


def test_a_year_after_a_tier_is_no_processor():
    assert "R7 2026" not in chips("該公司R7 2026年計畫啟動。")
    assert "i5 2024" not in chips("該車型i5 2024年款上市。")


def test_code_names_after_a_code_name_word_and_before_an_architecture():
    got = chips("英特爾代號為Kestrel Lake的處理器明年推出；某廠代号Moonfall的新芯片已流片。輝達Orchid架構GPU亮相。")
    assert {"Kestrel Lake", "Moonfall", "Orchid"} <= set(got)


def test_code_names_of_other_things_are_no_chips():
    assert chips("Meta代號Orion的AR眼鏡亮相，公司採用代號Falcon的新策略。") == {}


def test_amd_code_names_by_their_endings():
    assert {"Gorgon Point", "Strix Halo"} <= set(chips("AMD的Gorgon Point處理器與Strix Halo平台同場展出。"))


def test_product_lines_with_a_tier_or_form_word():
    got = chips("華為發表MateBook Fold與MateBook X Pro，微軟推出Surface Pro，三星則有Galaxy Z Fold8。", "Product")
    assert {"MateBook Fold", "MateBook X Pro", "Surface Pro", "Galaxy Z Fold8"} <= set(got)


def test_standards_with_versions_one_node_each(tmp_path):
    text = "新平台支援LPDDR5x 8533與LPDDR5X記憶體、DX12與DirectX 12、Wi-Fi 7和藍牙 5.4，並有PCIe 5.0。"
    got = chips(text, "Technology")
    assert got["LPDDR5x"] == "LPDDR5X" and got["DX12"] == "DirectX 12"
    assert {"Wi-Fi 7", "藍牙 5.4", "PCIe 5.0"} <= set(got)
    labels = nodes(tmp_path, text, "Technology")
    assert "LPDDR5X" in labels and "LPDDR5x" not in labels
    assert "DirectX 12" in labels and "DX12" not in labels



def test_a_model_of_a_known_family_is_one_node_in_both_scripts(tmp_path):
    text = "入門機用驍龍4 Gen 4，另一款用Snapdragon 4 Gen 4；聯發科天璣8450與Dimensity 8450同場展出。"
    got = chips(text)
    assert got["驍龍4 Gen 4"] == got["Snapdragon 4 Gen 4"] == "Snapdragon 4 Gen 4"
    assert got["天璣8450"] == got["Dimensity 8450"] == "Dimensity 8450"
    labels = nodes(tmp_path, text, "Chip")
    assert {"Snapdragon 4 Gen 4", "Dimensity 8450"} <= labels and "驍龍4 Gen 4" not in labels


def _edit_chip_toml(tmp_path, monkeypatch, old, new):
    from conftest import ontology_copy

    ontology_copy(tmp_path, monkeypatch, "patterns/chip.toml", old, new)


def test_a_numbering_scheme_is_data_and_a_bad_one_is_a_one_line_error(tmp_path, monkeypatch):
    import pytest

    from kg import discover_chips
    from kg.errors import KgError

    anchor = "  # Google Tensor G-series\n"
    discover_chips.load_processor_forms.cache_clear()
    try:  # a new maker's scheme added to the file is read like the others
        _edit_chip_toml(tmp_path, monkeypatch, anchor,
                        anchor + "  ['(?<![A-Za-z0-9])Zorp ?Q(?P<n>\\d{3})', 'Zorp Q\\g<n>'],\n")
        assert chips("新平板搭載ZorpQ512，效能翻倍。") == {"ZorpQ512": "Zorp Q512"}
        discover_chips.load_processor_forms.cache_clear()
        monkeypatch.undo()
        _edit_chip_toml(tmp_path / "bad", monkeypatch, anchor, anchor + "  ['Zorp(?P<n>\\d{3})', 'Zorp \\g<m>'],\n")
        with pytest.raises(KgError) as err:
            discover_chips.load_processor_forms()
        assert "chip.toml" in str(err.value) and "\n" not in str(err.value)
    finally:
        monkeypatch.undo()
        discover_chips.load_processor_forms.cache_clear()


def test_the_china_edition_printed_with_a_space_is_another_chip_and_one_node(tmp_path):
    got = nodes(tmp_path, "輝達為中國推出RTX 5090 D，RTX 5090則全球發售。另一報道寫作RTX 5090D。", "Chip")
    assert {n for n in got if n.replace(" ", "").upper() == "RTX5090D"} and "RTX 5090" in got
    assert len({n for n in got if n.replace(" ", "").upper() == "RTX5090D"}) == 1
    # D before 型 or 輪 is a type or a funding round, not an edition
    assert chips("伺服器採用A100 D型機櫃。") == {"A100": "A100"}
