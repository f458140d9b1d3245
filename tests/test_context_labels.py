"""A name several lexicon entries share (芯片法案: the US act and the EU act) names the one whose issuer or
place the page names closest before it, and none of them on a page that names no context (own invented sentences)."""
import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()
US, EU = "chips-and-science-act", "eu-chips-act"


def acts(text: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [m.entity.rsplit("/", 1)[-1] for m in sorted(doc.mentions, key=lambda m: m.start)
            if m.type == "Policy" and m.entity and m.text in ("芯片法案", "晶片法案")]


def test_shared_name_goes_to_the_act_of_the_place_named_before_it():
    assert acts("歐盟委員會昨日表示，芯片法案已帶動大量投資。") == [EU]
    assert acts("美國國會通過的晶片法案提供補貼。") == [US]


def test_closest_context_before_the_name_wins_on_a_page_naming_both():
    text = "美國去年加碼補貼本土工廠。歐盟隨後檢討其芯片法案的成效。在美國，晶片法案的撥款已過半。"
    assert acts(text) == [EU, US]


def test_context_label_without_context_is_refused(tmp_path):
    (tmp_path / "x.ttl").write_text(
        "@prefix kg: <https://w3id.org/kg/chip#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/kg/chip/id/x> a kg:Policy ; skos:prefLabel \"某某法案\"@zh-Hant ;\n"
        "    kg:contextLabel \"法案甲\"@zh-Hant .\n", encoding="utf-8")
    with pytest.raises(KgError, match="kg:issuedBy, kg:locatedIn or kg:operatedBy"):
        load_lexicon(tmp_path)


def test_shared_name_without_context_stays_a_name_of_its_own():
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n業界普遍認為芯片法案將推動投資。\n", "utf-8"), LEX)
    resolve([doc], LEX)
    [m] = [m for m in doc.mentions if m.text == "芯片法案"]
    assert m.type == "Policy" and m.entity.rsplit("/", 1)[-1] not in (US, EU) and m.confidence < 1
