"""Names written with Taiwan's words instead of the mainland's (長江儲存 for 長江存儲) are the same entity."""
import shutil

import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.paths import ontology_dir
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()
E = "https://w3id.org/kg/chip/id/"


def entities(text: str, lex=LEX) -> dict[str, str | None]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), lex)
    return {m.text: m.entity for m in doc.mentions}


def test_taiwan_words_inside_a_known_name_find_its_entry():
    # the lexicon spells these with the mainland's words only (存儲, 數據)
    assert not any("儲存" in n for n, _ in LEX.entries[E + "ymtc"].names())
    found = entities("研調機構指出，長江儲存的新款快閃記憶體已送樣，西部資料則下修財測。")
    assert found["長江儲存"] == E + "ymtc"
    assert found["西部資料"] == E + "western-digital"


def test_both_spellings_are_one_node_in_either_script():
    a = entities("長江存儲今年擴產。")["長江存儲"]
    b = entities("长江储存今年扩产。")["长江储存"]
    assert a == b == E + "ymtc"


def _lexicon_copy(tmp_path, extra_ttl: str, pairs: str):
    folder = tmp_path / "lexicon"
    shutil.copytree(ontology_dir() / "lexicon", folder)
    (folder / "zz-test.ttl").write_text(extra_ttl, encoding="utf-8")
    (folder / "regional-words.toml").write_text(pairs, encoding="utf-8")
    return folder


PREFIX = "@prefix kg: <https://w3id.org/kg/chip#> .\n@prefix e: <https://w3id.org/kg/chip/id/> .\n" \
         "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"


def test_a_variant_never_takes_a_name_another_entry_has(tmp_path):
    # two invented companies whose names differ only by the regional word: each keeps its own
    ttl = PREFIX + ('e:zz-a a kg:Company ; skos:prefLabel "澤岳存儲"@zh-Hant .\n'
                    'e:zz-b a kg:Company ; skos:prefLabel "澤岳儲存"@zh-Hant .\n'
                    'e:zz-c a kg:Company ; skos:prefLabel "澤岳數據"@zh-Hant .\n')
    lex = load_lexicon(_lexicon_copy(tmp_path, ttl, 'pairs = [["存儲", "儲存"], ["數據", "資料"]]\n'))
    assert lex.lookup("澤岳存儲").iri == E + "zz-a"
    assert lex.lookup("澤岳儲存").iri == E + "zz-b"
    assert lex.lookup("澤岳資料").iri == E + "zz-c"  # the variant of a name nobody else has


def test_without_the_pair_the_other_spelling_is_unknown(tmp_path):
    ttl = PREFIX + 'e:zz-c a kg:Company ; skos:prefLabel "澤岳數據"@zh-Hant .\n'
    lex = load_lexicon(_lexicon_copy(tmp_path, ttl, "pairs = []\n"))
    assert lex.lookup("澤岳數據").iri == E + "zz-c"
    assert lex.lookup("澤岳資料") is None


def test_a_variant_that_is_an_ordinary_word_is_no_name():
    # the lexicon names chiplets 小晶片 but keeps 小芯片 (any small chip) out: the regional variant respects it
    assert LEX.lookup("小晶片").iri == E + "chiplet"
    assert LEX.lookup("小芯片") is None
    assert "小芯片" not in entities("該處理器由13個小芯片組成。")


@pytest.mark.parametrize("pairs", ['pairs = [["存儲"]]\n', 'pairs = [["存儲", 3]]\n', 'pairs = [["存儲", "儲存"]\n',
                                   'pairs = []\nnot_names = "小芯片"\n'])
def test_a_broken_pairs_file_is_a_one_line_error_naming_it(tmp_path, pairs):
    folder = _lexicon_copy(tmp_path, PREFIX, pairs)
    with pytest.raises(KgError) as exc:
        load_lexicon(folder)
    msg = str(exc.value)
    assert "regional-words.toml" in msg and "\n" not in msg
