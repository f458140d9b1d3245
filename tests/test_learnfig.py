"""LEARNFIG lane: figures kg reads but no rule attaches get an owner from the learned figure-owner model
(kg/learned_figures.py, ontology/models/figures.json). Invented sentences only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.pipeline import make_graph

SUBSIDY = "日本加碼補貼Rapidus\n\n日本政府宣布向Rapidus公司提供高達3000億日圓的補貼，協助其量產。\n"
BOTH = SUBSIDY + "台積電今日召開法說會，每股稅後純益 12.3 元，創下新高。\n"


def _specs(tmp_path: Path, text: str, name: str = "t.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    g = make_graph([p]).graph
    out = []
    for u, v, k, a in g.edges(keys=True, data=True):
        if k != "hasSpec":
            continue
        out.append((g.nodes[u].get("label"), g.nodes[v].get("label"), [e.rule for e in a.get("evidence") or []],
                    [e.sentence for e in a.get("evidence") or []]))
    return sorted(out, key=str)


def test_subsidy_figure_goes_to_the_company_it_is_given_to(tmp_path):
    specs = _specs(tmp_path, SUBSIDY)
    got = [s for s in specs if "3000" in (s[1] or "")]
    assert [s[0] for s in got] == ["Rapidus"]  # not 日本政府, who gives it
    owner, _label, rules, sentences = got[0]
    assert rules == ["model:figures"]
    # the evidence is the figure's own sentence, so the user can click to it
    assert sentences == ["日本政府宣布向Rapidus公司提供高達3000億日圓的補貼，協助其量產。"]


def test_the_model_adds_to_the_rules_and_leaves_their_figures_alone(tmp_path):
    specs = _specs(tmp_path, BOTH)
    eps = [s for s in specs if "12.3" in (s[1] or "")]
    assert [(s[0], "model:figures" in s[2]) for s in eps] == [("台積電", False)]  # the rule's, not given again
    assert [s[0] for s in specs if "3000" in (s[1] or "")] == ["Rapidus"]


def test_model_switched_off_adds_nothing(tmp_path, monkeypatch):
    import kg.learned_figures as lf

    model = json.loads(lf.model_path().read_text(encoding="utf-8"))
    model["enabled"] = False
    off = tmp_path / "figures.json"
    off.write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(lf, "model_path", lambda: off)
    specs = _specs(tmp_path, SUBSIDY)
    assert not [s for s in specs if "model:figures" in s[2]]


def test_shipped_model_is_data_with_meta_and_no_names():
    import kg.learned_figures as lf

    model = json.loads(lf.model_path().read_text(encoding="utf-8"))
    assert model["enabled"] is True and 0 < model["threshold"] <= 1
    assert model["meta"]["sets"] >= 30 and "date" not in model["meta"]
    # features never name a thing: no company or chip of the invented texts above appears in a feature
    assert not [f for f in model["weights"] if any(n in f for n in ("Rapidus", "邁威爾", "台積電", "輝達"))]


def test_training_twice_gives_the_same_file(tmp_path):
    """The trainer on a small annotated set of invented pages: byte-identical output, run twice."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import train_figures

    for n in ("a", "b"):
        d = tmp_path / f"set{n}"
        (d / "gold").mkdir(parents=True)
        (d / "p1.txt").write_text(SUBSIDY, encoding="utf-8")
        gold = {"seed": "p1.txt", "entities": [{"name": "Rapidus", "type": "Company"},
                                                 {"name": "日本政府", "type": "Organization"}],
                "relations": [{"subject": "Rapidus", "predicate": "has_spec", "object": "3000億日圓",
                               "object_is_literal": True,
                               "evidence": "日本政府宣布向Rapidus公司提供高達3000億日圓的補貼，協助其量產。"}]}
        (d / "gold" / "p1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    args = [str(tmp_path / "seta" / "gold"), str(tmp_path / "setb" / "gold"), "--min-sets", "1"]
    assert train_figures.main(args + ["--out", str(tmp_path / "m1.json")]) == 0
    assert train_figures.main(args + ["--out", str(tmp_path / "m2.json")]) == 0
    one, two = (tmp_path / "m1.json").read_bytes(), (tmp_path / "m2.json").read_bytes()
    assert one == two
    meta = json.loads(one)["meta"]
    assert meta["positives"] == 2 and meta["model"] == "figures"


def test_a_broken_figure_model_is_named_in_one_line(tmp_path):
    from kg.learned import ModelError
    from kg.learned_figures import load_model

    bad = tmp_path / "figures.json"
    bad.write_text('{"enabled": true, "bias": {}, "weights": {}}', encoding="utf-8")
    with pytest.raises(ModelError) as err:
        load_model(bad)
    assert str(err.value) == f"{bad}: not a figure-owner model (missing 'threshold')"


def test_an_analysts_forecast_is_not_the_companys_figure(tmp_path):
    # implicit.toml [implicit] said: after an analyst's or a broker's word the model asserts no figure
    specs = _specs(tmp_path, "財報\n\n瑞昱公布財報。法人預估瑞昱明年EPS達35元。\n")
    assert not [s for s in specs if s[2] == ["model:figures"]], specs
