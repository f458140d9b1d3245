"""Stage 4b (part): the parts of a chip by their maker's naming scheme, COMPONENTS round. Called by
kg.discover.discover on the same Page, before the technologies; the forms live in
ontology/patterns/chip.toml [components].

Licensed CPU cores (Cortex-X925, Neoverse V3, C1-Ultra), GPU blocks (Adreno 750, Mali-G720,
Immortalis-G925, Xclipse 960), NPUs (NPU 890), GPU dies (GB202, AD102, Navi 31) and modems (X75 數據機).
Each printing gets the form's name, so Cortex X925 and Cortex-X925 are one node. The mentions' source
is `pattern:part-component`: kg/components.py reads the `uses` relations to them.
"""

from __future__ import annotations

from functools import lru_cache

from kg.discover import Page, _files, _pattern_data, name_forms
from kg.errors import KgError
from kg.namespaces import ENTITY_TYPES
from kg.paths import file_stamp, ontology_dir
from kg.prefilter import may_match

SOURCE = "part-component"


def load_component_forms() -> tuple:
    """chip.toml [components] forms: (compiled expression, name template, type) triples, compiled once
    per edit of the file."""
    path = ontology_dir() / "patterns" / "chip.toml"
    return _compile(str(path), file_stamp(path))


@lru_cache(maxsize=4)
@_pattern_data("chip")
def _compile(_path: str, _stamp) -> tuple:
    out = []
    for rx, name, typ in name_forms("chip", "components", "expression, name, type"):
        if typ not in ENTITY_TYPES:
            raise KgError(f"{_files(['chip'])}: [components] type {typ!r} is not an entity type")
        out.append((rx, name, typ))
    return tuple(out)


def find_components(p: Page) -> None:
    """The parts of chips named by scheme (chip.toml [components]). A lexicon name printed inside (the
    family word Cortex, Adreno, NPU) becomes part of the mention; a name the lexicon knows whole, or one
    that reaches outside the form, is left alone."""
    text = p.text
    for rx, template, typ in load_component_forms():
        if not may_match(rx, text):
            continue  # the page prints none of the words the form needs (Cortex, Adreno …)
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            known = [k for k in p.known if k.start < e and k.end > s]
            # a family the lexicon knows with its maker's name (Samsung Xclipse) printed before the number
            head = [k for k in known if k.start < s and k.end < e and k.type == "Technology" and k.text.isascii()]
            if len(head) == 1 and len(known) == 1:
                s = head[0].start
            if any(k.start < s or k.end > e or (k.start, k.end) == (s, e) for k in known):
                continue
            if any(f.start < e and f.end > s for f in p.found):
                continue
            name = " ".join(m.expand(template).split())
            entry = p.lex.lookup(name)
            p.add(s, e, typ, SOURCE, 0.85, canonical=name, over=bool(known),
                  entity=entry.iri if entry is not None and entry.type == typ else None)
