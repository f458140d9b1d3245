"""A fragment several rules share is written once in relations.toml's [tokens] table (@name in a pattern)."""

import pytest

from conftest import ontology_copy
from kg.rules import RuleError, load_rules


def _code_rules(rs):
    return {r.id: r for r in rs.rules if r.id.startswith("listed.code-")}


def test_an_edit_of_a_shared_fragment_reaches_every_rule_that_uses_it(tmp_path, monkeypatch):
    before = _code_rules(load_rules())
    assert len(before) >= 10
    onto = ontology_copy(tmp_path, monkeypatch, "rules/relations.toml",
                         "code-open = '{Company:s} (?:公司|集团|股份|控股)?",
                         "code-open = '{Company:s} (?:公司|集团|股份|控股|集團)?")
    after = _code_rules(load_rules(onto / "rules/relations.toml"))
    assert set(after) == set(before)
    for rid, rule in after.items():
        assert "控股|集团)?" in rule.regex.pattern, rid  # (集團 reads as 集团 once converted)
        assert rule.regex.pattern != before[rid].regex.pattern, rid


def test_an_unknown_token_is_a_one_line_error_naming_the_file_and_rule(tmp_path, monkeypatch):
    onto = ontology_copy(tmp_path, monkeypatch, "rules/relations.toml",
                         "id = \"listed.code-sse\"", "id = \"listed.code-sse\"\n# typo below")
    text = (onto / "rules/relations.toml").read_text(encoding="utf-8")
    (onto / "rules/relations.toml").write_text(text.replace("pattern = '@code-open", "pattern = '@code-opne", 1),
                                               encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(onto / "rules/relations.toml")
    msg = str(err.value)
    assert "relations.toml" in msg and "@code-opne" in msg and "\n" not in msg

