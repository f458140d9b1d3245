"""LEARNREL lane: the learned relation scorer retrained on the 33 dev sets, its training read from the usual
SET/gold + SET/pages layout, and subjects carried from the sentence before (該公司, 其, or left out).
Invented sentences only."""

import json

from kg.learned import Model, candidates, learned_relations, load_model


def _doc(text, lex):
    from kg.pipeline import process
    from kg.reader import Source
    from kg.resolve import resolve

    doc = process(Source("t.txt", "t.txt", text, "utf-8"), lex)
    resolve([doc], lex)
    return doc


CARRY_TEXT = "標題\n\n輝達是一家美國晶片公司，總部位於加州。隨後推出了Blackwell晶片。"


def test_a_subject_left_out_is_carried_from_the_sentence_before_as_a_candidate(lex):
    doc = _doc(CARRY_TEXT, lex)
    plain = candidates(doc, set())
    assert not any(c.b.text == "Blackwell" and c.a.type == "Company" for c in plain)
    carried = [c for c in candidates(doc, set(), carried=True) if c.b.text == "Blackwell"]
    assert carried and carried[0].a.type == "Company" and "carried_zero" in carried[0].features
    assert carried[0].a.sentence == carried[0].b.sentence  # the stand-in belongs to the sentence it is read in


def test_a_relation_to_a_carried_subject_points_to_the_sentence_that_states_it(lex):
    doc = _doc(CARRY_TEXT, lex)
    model = Model({"carried_zero": {"develops>": 9.0}}, {}, 0.5, True, {}, {"develops": 0.5}, carried=True)
    rels = learned_relations(doc, [], model)
    [r] = [r for r in rels if r.predicate == "develops"]
    assert r.subject.endswith("nvidia") or "nvidia" in r.subject
    ev = r.evidence[0]
    assert ev.sentence == "隨後推出了Blackwell晶片。"  # not the sentence naming the company
    assert ev.subject_span is None and ev.object_span is not None
    # the same model without carried subjects reads nothing there
    off = Model({"carried_zero": {"develops>": 9.0}}, {}, 0.5, True, {}, {"develops": 0.5})
    assert not [r for r in learned_relations(doc, [], off) if r.predicate == "develops"]


def test_a_word_standing_for_a_company_named_before_is_an_end_of_a_candidate(lex):
    doc = _doc("標題\n\n聯發科上週公布財報。該公司今年與高通一同展示新機。", lex)
    got = [c for c in candidates(doc, set(), carried=True) if c.a.source == "anaphor"]
    assert got and got[0].a.text == "該公司" and "carried_a" in got[0].features


def test_carried_is_written_to_the_model_file_and_read_back(tmp_path):
    m = Model({"w:偕": {"partnerOf>": 1.0}}, {"partnerOf>": -1.0}, 0.7, True, {}, None, carried=True)
    p = tmp_path / "m.json"
    p.write_text(m.to_json(), encoding="utf-8")
    assert json.loads(p.read_text(encoding="utf-8"))["carried"] is True
    assert load_model(p).carried is True


def test_training_reads_pages_kept_in_a_pages_folder_beside_the_annotations(tmp_path, lex):
    from kg.training import set_examples

    d = tmp_path / "set1"
    (d / "gold").mkdir(parents=True)
    (d / "pages").mkdir()
    (d / "pages" / "p.txt").write_text("標題\n\n英特爾偕高通出席發表會。", encoding="utf-8")
    gold = {"seed": "p.txt",
            "entities": [{"type": "Company", "name": n, "surface_forms": [n]} for n in ("英特爾", "高通")],
            "relations": [{"subject": "英特爾", "predicate": "partnerOf", "object": "高通",
                           "evidence": "英特爾偕高通出席發表會。"}]}
    (d / "gold" / "p.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    labels = [e.label for e in set_examples(d / "gold", lex)]
    assert "partnerOf>" in labels


def test_the_shipped_model_is_trained_on_the_33_annotated_sets():
    m = load_model()
    assert m.meta["sets"] == 33 and m.meta["pages"] >= 270


def test_features_say_what_the_lexicon_knows_of_who_made_a_technology_never_its_name(lex):
    # the lexicon's background fact (Blackwell kg:developedBy Nvidia) tells a maker's own product from a
    # kind of thing nobody in particular makes (GPU) and from someone else's product
    doc = _doc("標題\n\n英偉達與AMD在展會上談到Blackwell和GPU的需求。", lex)
    feats = {(c.a.text, c.b.text): c.features for c in candidates(doc, set())}
    assert "made_b|Company>Technology:self" in feats[("英偉達", "Blackwell")]
    assert "made_b|Company>Technology:other" in feats[("AMD", "Blackwell")]
    assert "made_b|Company>Technology:none" in feats[("AMD", "GPU")]
    assert not any("blackwell" in f.lower() for fs in feats.values() for f in fs)
