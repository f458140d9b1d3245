"""The lexicon files are edited by hand: each entry is declared in one place, so an expert who changes an
entry sees all of it (a second block for the same IRI would silently add to the first)."""

from __future__ import annotations

import re
from collections import Counter

from conftest import ROOT


def test_each_lexicon_entry_is_declared_once():
    heads = Counter()
    for f in sorted((ROOT / "ontology" / "lexicon").glob("*.ttl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(e:[\w.-]+)\s+a\s+kg:", line)
            if m:
                heads[m.group(1)] += 1
    assert [iri for iri, n in heads.items() if n > 1] == []
