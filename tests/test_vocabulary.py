"""The industry's vocabulary (number formats, memory generations, device classes, safety standards,
interface generations) and carmakers' short names that are also ordinary words, which name the carmaker
only beside a carmaker cue (kg:cuedLabel). Own invented sentences."""
import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve
from tests.mention_helpers import mentions

LEX = load_lexicon()


def iris(text: str, type_: str) -> dict[str, str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return {m.text: m.entity.rsplit("/", 1)[-1] for m in doc.mentions if m.type == type_ and m.entity}


def test_number_formats_memory_and_interfaces_are_technologies():
    found = iris("星河科技的銀河X1晶片支援FP8與BF16精度，配備LPDDR5X記憶體，並支援Wi-Fi 7及藍牙5.4。",
                 "Technology")
    assert found == {"FP8": "fp8", "BF16": "bf16", "LPDDR5X": "lpddr5x", "Wi-Fi 7": "wi-fi-7",
                     "藍牙5.4": "bluetooth-5-4"}


def test_both_scripts_and_english_forms_name_one_entry():
    hant = iris("這款處理器整合了影像訊號處理器與數位訊號處理器。", "Technology")
    hans = iris("这款处理器集成了图像信号处理器和数字信号处理器。", "Technology")
    latin = iris("这款处理器集成了ISP和DSP模块。", "Technology")
    assert sorted(hant.values()) == sorted(hans.values()) == sorted(latin.values()) == ["dsp", "isp"]


def test_device_classes_and_safety_standards():
    found = iris("该公司主要生产分立器件和MEMS传感器，其车规芯片通过ASIL-D与AEC-Q100认证。", "Technology")
    assert {"分立器件": "discrete-devices", "MEMS": "mems", "ASIL-D": "asil-d", "AEC-Q100": "aec-q100"}.items() \
        <= found.items()


def test_a_number_format_does_not_eat_the_figure_after_it():
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n銀河X1晶片的FP8算力達4 PFLOPS。\n", "utf-8"), LEX)
    resolve([doc], LEX)
    texts = {m.text for m in doc.mentions}
    assert "FP8" in texts and not any("PFLOPS" in t for t in texts if t != "4 PFLOPS")


def test_a_format_inside_a_longer_latin_word_is_not_a_name():
    assert "FP8" not in iris("新版本的XFP8X模組即將量產。", "Technology")


def test_carmaker_short_names_need_a_carmaker_cue_in_the_sentence():
    found = mentions("這款晶片已搭載於吉利、東風與長安等車企的多款車型。", "Company")
    assert set(found) == {"吉利", "東風", "長安"}
    assert mentions("德國大眾與小鵬合作開發新車型。", "Company").keys() >= {"德國大眾", "小鵬"}


def test_the_ordinary_words_stay_words_without_a_cue():
    assert mentions("祝大家新年吉利，長安街上人潮不斷，東風吹來一陣暖意。", "Company") == {}
    assert mentions("社會大眾關注晶片短缺，遊客爬上長城。", "Company") == {}


def test_a_cue_in_another_sentence_does_not_count():
    assert "長安" not in mentions("長安街上車流不斷。國內車企加快採購國產晶片。", "Company")


def _one_entry_lexicon(folder, cues: str, name: str, cued: str) -> None:
    """A lexicon folder of one company entry (`cued`: its kg:cuedLabel and kg:cueList lines) and a cues.toml."""
    (folder / "cues.toml").write_text(cues, encoding="utf-8")
    (folder / "x.ttl").write_text(
        "@prefix kg: <https://w3id.org/kg/chip#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        f"<https://w3id.org/kg/chip/id/x> a kg:Company ; skos:prefLabel \"{name}\"@zh-Hant ;\n    {cued} .\n",
        encoding="utf-8")


def test_cued_label_without_a_cue_list_is_refused(tmp_path):
    _one_entry_lexicon(tmp_path, '[carmakers]\nwords = ["車企"]\n', "某某汽車", 'kg:cuedLabel "某某"@zh-Hant')
    with pytest.raises(KgError, match="needs a kg:cueList"):
        load_lexicon(tmp_path)


def test_unknown_cue_list_is_refused_naming_the_lists(tmp_path):
    _one_entry_lexicon(tmp_path, '[carmakers]\nwords = ["車企"]\n', "某某汽車",
                       'kg:cuedLabel "某某"@zh-Hant ; kg:cueList "phones"')
    with pytest.raises(KgError, match="carmakers"):
        load_lexicon(tmp_path)


def test_a_cue_list_from_a_new_file_works(tmp_path):
    _one_entry_lexicon(tmp_path, '[phonemakers]\nwords = ["手機品牌"]\n', "青松手機",
                       'kg:cuedLabel "青松"@zh-Hant ; kg:cueList "phonemakers"')
    lex = load_lexicon(tmp_path)
    assert lex.cued == {"青松": ("手机品牌",)}


def test_once_named_beside_a_cue_the_short_name_keeps_naming_the_carmaker_on_the_page():
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n這款晶片已搭載於吉利等車企的車型。吉利表示，明年將擴大採用。\n", "utf-8"), LEX)
    resolve([doc], LEX)
    assert [m.entity.rsplit("/", 1)[-1] for m in doc.mentions if m.text == "吉利"] == ["geely-auto", "geely-auto"]


def _edges(tmp_path, text: str) -> set[tuple[str, str, str]]:
    from kg.pipeline import make_graph
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    lab = lambda n: g.nodes[n].get("label", n.rsplit("/", 1)[-1])
    return {(lab(u), d.get("predicate"), lab(v)) for u, v, d in g.edges(data=True)}


def test_figures_worded_with_a_number_format_stay_the_chips(tmp_path):
    edges = _edges(tmp_path, "銀河X1晶片採用FP8精度，在7納米工藝下實現512 TFLOPS的FP16算力。")
    assert ("銀河X1", "uses", "FP8") in edges
    assert any(s == "銀河X1" and p == "hasSpec" and "512 TFLOPS" in o for s, p, o in edges)
    assert not any(s in ("FP8", "FP16") and p == "hasSpec" for s, p, _o in edges)


def test_a_format_framing_a_comparison_does_not_stand_between_the_chips(tmp_path):
    edges = _edges(tmp_path, "星河X1在FP8精度下的效能是銀河Z9的兩倍。")
    assert ("星河X1", "comparedWith", "銀河Z9") in edges


def test_a_cued_name_inside_a_clause_without_its_cue_is_the_ordinary_word():
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n這款晶片已搭載於吉利等車企的車型。這個數字很吉利。\n", "utf-8"), LEX)
    resolve([doc], LEX)
    assert [m.entity.rsplit("/", 1)[-1] for m in doc.mentions if m.text == "吉利"] == ["geely-auto"]
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n長城證券分析師認為，車企將受惠。\n", "utf-8"), LEX)
    resolve([doc], LEX)
    assert not [m for m in doc.mentions if m.text == "長城"]
