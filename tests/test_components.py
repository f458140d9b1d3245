"""The parts of a chip and the `uses` relations to them, COMPONENTS round (own invented sentences; the
part families are real, the chips and configurations invented): CPU cores, GPU blocks, NPUs, dies and
modems read by their naming scheme, one node per printing, and a chip using each part its configuration
sentence lists, in both scripts, never the chip it is compared with."""
import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source

from conftest import ontology_copy

LEX = load_lexicon()


def parts(text: str) -> dict[str, tuple[str, str]]:
    """Printed text -> (type, name) of the mentions the part forms found."""
    out = {}
    for m in process(Source("t.txt", "t.txt", text + "\n", "utf-8"), LEX).mentions:
        if m.source == "pattern:part-component":
            out[m.text] = (m.type, m.canonical)
    return out


def uses(tmp_path, text: str, rule: str = "") -> set[tuple[str, str]]:
    """(chip, part) of the page's `uses` relations (only those with evidence from rules starting with `rule`)."""
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    lab = lambda n: g.nodes[n].get("label", n)  # noqa: E731
    return {(lab(u), lab(v)) for u, v, d in g.edges(data=True) if d.get("predicate") == "uses"
            and any(e.rule.startswith(rule) for e in d.get("evidence", []))}


def test_cpu_cores_gpu_blocks_npus_dies_and_modems_by_their_scheme():
    got = parts("新晶片集成Cortex-X930超大核、Neoverse V4、C2-Premium、Adreno 860、Mali-G820 MC10、"
                "Immortalis-G935、Xclipse 970、NPU 990，顯卡用AD104與Navi 44，並內建X90 5G數據機。")
    assert got["Cortex-X930"] == ("Technology", "Cortex-X930")
    assert got["Neoverse V4"] == ("Technology", "Neoverse V4")
    assert got["C2-Premium"] == ("Technology", "C2-Premium")
    assert got["NPU 990"] == ("Technology", "NPU 990")
    assert got["Adreno 860"] == ("Chip", "Adreno 860")
    assert got["Mali-G820 MC10"] == ("Technology", "Mali-G820")  # the core count is no other GPU
    # CHIPS3 lane: Arm's licensed GPU blocks are technologies like its CPU cores; Xclipse stays a chip
    assert got["Immortalis-G935"] == ("Technology", "Immortalis-G935") and got["Xclipse 970"] == ("Chip", "Xclipse 970")
    assert got["AD104"] == ("Chip", "AD104") and got["Navi 44"] == ("Chip", "Navi 44")
    assert got["X90"] == ("Chip", "Snapdragon X90")


def test_every_printing_of_a_core_is_one_name_and_a_bare_core_needs_a_core_word():
    got = parts("甲晶片的CPU為Cortex X930，乙晶片用Cortex-X930，丙晶片有2個A78中核與6個A55小核。")
    assert got["Cortex X930"][1] == got["Cortex-X930"][1] == "Cortex-X930"
    assert got["A78"] == ("Technology", "Cortex-A78") and got["A55"] == ("Technology", "Cortex-A55")
    assert parts("蘋果A18晶片更快，A78號公路封閉，NPU 50 TOPS，GB300出貨。") == {}


def test_a_chip_uses_each_part_of_its_configuration_sentence(tmp_path):
    got = uses(tmp_path, "天璣9800採用台積電3奈米製程，CPU由1顆4.0GHz的Cortex-X930超大核、3顆Cortex-X925超大核"
                         "和4顆Cortex-A730大核組成，GPU為Immortalis-G935，並集成NPU 990。")
    assert {("Dimensity 9800", x) for x in ("Cortex-X930", "Cortex-X925", "Cortex-A730", "Immortalis-G935",
                                             "NPU 990")} <= got


def test_simplified_script_dies_and_several_chips_in_one_sentence(tmp_path):
    got = uses(tmp_path, "RTX 4080基于AD103核心，而RTX 4070则采用AD104；骁龙8 Gen 3的GPU型号为Adreno 750，"
                         "骁龙8 Gen 2是Adreno 740。")
    assert ("RTX 4080", "AD103") in got and ("RTX 4070", "AD104") in got
    of = lambda part: {s for s, o in got if o == part}  # noqa: E731  (the chips' labels: 驍龍8 Gen 3 is known)
    assert [s[-7:] for s in of("Adreno 750")] == ["8 Gen 3"] and [s[-7:] for s in of("Adreno 740")] == ["8 Gen 2"]
    assert ("RTX 4080", "AD104") not in got


def test_never_the_chip_compared_with_nor_across_sentences(tmp_path):
    got = uses(tmp_path, "与前代天玑9400相比，新芯片的CPU升级为Cortex-X930。天玑9300发布。GPU为Mali-G720。"
                         "相較於天璣9300，它改用Immortalis-G935。與驍龍8 Elite不同，新晶片搭載Adreno 860。",
               rule="uses.part")
    assert not any(o in ("Cortex-X930", "Mali-G720", "Immortalis-G935", "Adreno 860") for _s, o in got)


def test_a_sentence_opening_with_its_or_the_chip_stands_for_the_one_chip_before(tmp_path):
    got = uses(tmp_path, "三星發表Exynos 2700。其CPU採用十核心設計，包含C2-Ultra與C2-Pro核心。"
                         "聯發科推出天璣9800与天璣9700。该芯片集成NPU 990。", rule="uses.part")
    assert ("Exynos 2700", "C2-Ultra") in got and ("Exynos 2700", "C2-Pro") in got
    assert not any(o == "NPU 990" for _s, o in got)  # the sentence before names two chips: which one?


def test_bad_component_forms_are_a_one_line_error(tmp_path, monkeypatch):
    from kg.discover_parts import load_component_forms

    ontology_copy(tmp_path, monkeypatch, "patterns/chip.toml", "'Navi \\g<n>', 'Chip'", "'Navi \\g<n>', 'Gadget'")
    with pytest.raises(KgError, match="chip.toml.*type 'Gadget'"):
        load_component_forms()


def test_a_chip_printed_with_its_part_word_carries_its_own_memory(tmp_path):
    got = uses(tmp_path, "輝達發表Vera Rubin平台。其中，Rubin GPU擁有3360億個電晶體，同時採用HBM4記憶體。", rule="uses.part")
    assert ("Rubin", "HBM4") in got and not any(o == "HBM4" and s != "Rubin" for s, o in got)


def test_a_cue_inside_a_name_is_no_cue(tmp_path):
    got = uses(tmp_path, "昇騰960晶片提升互聯頻寬，且支持華為自研HBM高頻寬記憶體。", rule="uses.part")
    assert got == set()  # 為 in 華為 says nothing; 支持 is `supports`, not `uses`


def test_a_cue_in_another_clause_or_of_another_subject_gives_no_part(tmp_path):
    # the cue 由 / 是 belongs to the clause before the comma; Arm is the subject of the part's own clause
    assert uses(tmp_path, "天璣9500由台積電代工，而Arm新發布的Cortex-X930將授權給多家廠商。", rule="uses.part") == set()
    assert uses(tmp_path, "驍龍8 Gen 5則是高通產品，Arm表示Cortex-X935授權量創新高。", rule="uses.part") == set()
    assert uses(tmp_path, "天璣9500發布後Arm表示採用Cortex-X930的廠商增多。", rule="uses.part") == set()
    # the chip's own clause after the comma still gives its parts, a maker printed after the cue too
    got = uses(tmp_path, "天璣9500由台積電代工，採用Arm的Cortex-X930超大核與Immortalis-G935。", rule="uses.part")
    assert ("天璣9500", "Cortex-X930") in got and ("天璣9500", "Immortalis-G935") in got
    # a thousands separator is no clause comma
    got = uses(tmp_path, "其中，MI455X擁有4,100億個電晶體與512GB HBM4記憶體。", rule="uses.part")
    assert ("MI455X", "HBM4") in got


@pytest.mark.parametrize("old,new", [("names = '(?:hbm|lpddr|gddr|nvlink)'", "names = ['hbm']"),
                                     ("note_before = '[(（]\\s*$'", "note_before = 3")])
def test_a_rule_expression_that_is_no_string_is_a_one_line_error(tmp_path, monkeypatch, old, new):
    from kg.components import load_component_rules

    ontology_copy(tmp_path, monkeypatch, "rules/components.toml", old, new)
    with pytest.raises(KgError, match="components.toml.*must be a regular expression"):
        load_component_rules()


def test_part_forms_are_checked_like_processor_forms(tmp_path, monkeypatch):
    # one shared check (kg.discover.name_forms): a numbered group the expression lacks fails on loading too
    from kg.discover_parts import load_component_forms

    ontology_copy(tmp_path, monkeypatch, "patterns/chip.toml", "'Navi \\g<n>', 'Chip'", "'Navi \\9', 'Chip'")
    with pytest.raises(KgError, match="chip.toml.*components.*uses a group the expression lacks"):
        load_component_forms()
