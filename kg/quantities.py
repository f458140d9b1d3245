"""Figures in text as typed values: process nodes, clocks, cores, memory, bandwidth, compute, money ….

What a figure looks like is data (ontology/rules/quantities.toml). `find_quantities` reads a stretch
of a page's matching text and returns each figure with its span, number, unit and measure; process
nodes get the lexicon's node IRI (e:node-7nm) when it has one, else a stable IRI of the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.namespaces import KG
from kg.paths import file_stamp, ontology_dir, read_toml
from kg.rules import CODES


@dataclass(frozen=True)
class QuantityKind:
    id: str
    cls: str  # "ProcessNode" or "Spec"
    measure: str
    unit: str
    regex: re.Pattern
    units: tuple[tuple[str, str], ...]
    subjects: tuple[str, ...] = ()  # the types of thing a figure of this kind can belong to (kg:hasSpec)
    scale: Decimal = Decimal(1)  # the number read times this is the value (18A: 18 ångström = 1.8 nm)
    # A relative figure says what it measures and which way it changed (效能提升40%, 功耗降低25倍): the words
    # read by groups `what` and `dir`, looked up here, make its measure ("performance-increase").
    measures: tuple[tuple[str, str], ...] = ()
    changes: tuple[tuple[str, str], ...] = ()
    # the slot type rules see it as, when not Spec / Money: "Ratio" (a relative figure); "Money" for an
    # amount of money whose measure says what it is (revenue, net-profit: a company's figures of a period);
    # "Business" for a company's other business figures (gross margin, market share, listing figures);
    # "Growth" for a company's growth of a period (年增10%), read only right after the figure that grew
    slot: str = ""
    # `total = true`: group n holds numbers joined by + (a core layout 1+4+3); the value is their sum
    total: bool = False
    # FIGKIND lane: `read_by = [rule ids]`: a figure whose text other rules must still see (a stock code: the
    # listedOn rules read 603501 / 06082.HK as text). It stays text in the skeleton, its slot right after it, and
    # only the rules named read the slot (kg/extract.py, as a kept [[reference]] word).
    read_by: tuple[str, ...] = ()


@dataclass
class Quantity:
    start: int  # span in the page's normalized text
    end: int
    value: Decimal
    unit: str
    measure: str
    cls: str
    kind: str  # QuantityKind.id
    subjects: tuple[str, ...] = ()  # QuantityKind.subjects
    label_start: int | None = None  # where a bounding word before it starts (超过1400亿个晶体管), if any
    name: str | None = None  # a named process (N3P, 18A, SF3), from the pattern's group `name`, upper case
    slot: str = ""  # QuantityKind.slot
    lower: Decimal | None = None  # a range's lower end (2億至3億美元: value 3億, lower 2億), from groups lo / lomult
    read_by: tuple[str, ...] = ()  # QuantityKind.read_by: the only rules that read it (its text stays for the others)

    def fits(self, subject_type: str) -> bool:
        """Can a figure of this kind be a figure of a thing of this type (a fab's capacity is a company's)?"""
        return not self.subjects or subject_type in self.subjects

    @property
    def type(self) -> str:
        if self.cls == "ProcessNode":
            return "ProcessNode"
        if self.slot:
            return self.slot
        return "Money" if self.measure == "money" else "Spec"


@dataclass(frozen=True)
class QuantityRules:
    kinds: tuple[QuantityKind, ...]
    multipliers: tuple[tuple[str, int], ...]
    date: re.Pattern
    qualifiers: tuple[str, ...] = ()  # bounding words (超过, 逾, 约), longest first


class QuantityRuleError(KgError):
    """quantities.toml cannot be used: reported in one line naming the file and the table."""


def rules_path() -> Path:
    return ontology_dir() / "rules" / "quantities.toml"


def load_quantity_rules(path: str | Path | None = None) -> QuantityRules:
    p = Path(path) if path else rules_path()
    return _load(str(p), file_stamp(p, QuantityRuleError))


def _table(cfg: dict, key: str, where: str) -> dict:
    v = cfg.get(key, {})
    if not isinstance(v, dict):
        raise QuantityRuleError(f"{where}: `{key}` must be a table")
    return v


def _text(q: dict, key: str, where: str, default: str | None = None) -> str:
    v = q.get(key, default)
    if not isinstance(v, str) or not v:
        raise QuantityRuleError(f"{where}: `{key}` must be a string" + ("" if key in q else " (missing)"))
    return v


def _strings(v, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(v, (list, tuple)) or not all(isinstance(w, str) and w for w in v):
        raise QuantityRuleError(f"{where}: `{key}` must be a list of strings")
    return tuple(v)


def _regex(text: str, where: str) -> re.Pattern:
    try:
        return re.compile(text)
    except re.error as err:
        raise QuantityRuleError(f"{where}: bad pattern: {err}") from None


def _slot(q: dict, where: str) -> str:
    v = q.get("slot", "")
    if v not in ("", "Ratio", "Money", "Business", "Growth"):
        raise QuantityRuleError(f"{where}: `slot` must be \"Ratio\", \"Money\", \"Business\" or \"Growth\" when given, not {v!r}")
    return v


def _word_table(q: dict, key: str, where: str) -> tuple[tuple[str, str], ...]:
    v = q.get(key) or {}
    if not isinstance(v, dict) or not all(isinstance(w, str) and w and isinstance(m, str) and m for w, m in v.items()):
        raise QuantityRuleError(f"{where}: `{key}` must be a table of word = name")
    return tuple(sorted(v.items()))


@lru_cache(maxsize=4)
def _load(path: str, _stamp) -> QuantityRules:
    cfg = read_toml(path)
    kinds = []
    default_subjects = _strings(_table(cfg, "subjects", path).get("default", ()), f"{path}: [subjects]", "default")
    quantities = cfg.get("quantity", [])
    if not isinstance(quantities, list):
        raise QuantityRuleError(f"{path}: `quantity` must be [[quantity]] tables")
    for i, q in enumerate(quantities, 1):
        if not isinstance(q, dict):
            raise QuantityRuleError(f"{path}: `quantity` must be [[quantity]] tables")
        where = f"{path}: quantity {q.get('id', f'number {i}')!r}"
        qid = _text(q, "id", where)
        rx = _regex(_text(q, "pattern", where), where)
        if "n" not in rx.groupindex:  # (FIGKIND lane: alternatives of a pattern may read it as n2, n3 …)
            raise QuantityRuleError(f"{where}: pattern has no group named n")
        subjects = _strings(q.get("subjects", default_subjects), where, "subjects")
        bad = [t for t in subjects if t not in CODES]
        if bad:
            raise QuantityRuleError(f"{where}: unknown subject type {bad[0]!r}")
        units = q.get("units") or {}
        if not isinstance(units, dict) or not all(isinstance(v, str) and v for v in units.values()):
            raise QuantityRuleError(f"{where}: `units` must be a table of printed unit = unit written")
        scale = q.get("scale", 1)
        if not isinstance(scale, (int, float)) or isinstance(scale, bool) or scale <= 0:
            raise QuantityRuleError(f"{where}: `scale` must be a positive number, not {scale!r}")
        measures, changes = _word_table(q, "measures", where), _word_table(q, "changes", where)
        if changes and "dir" not in rx.groupindex:
            raise QuantityRuleError(f"{where}: `changes` needs a group named dir in the pattern")
        if measures and "what" not in rx.groupindex:
            raise QuantityRuleError(f"{where}: `measures` needs a group named what in the pattern")
        total = q.get("total", False)
        if not isinstance(total, bool):
            raise QuantityRuleError(f"{where}: `total` must be true or false, not {total!r}")
        read_by = _strings(q.get("read_by", []), where, "read_by")
        kinds.append(QuantityKind(qid, _text(q, "class", where, "Spec"), _text(q, "measure", where),
                                  _text(q, "unit", where), rx, tuple(sorted(units.items())), subjects,
                                  Decimal(str(scale)), measures, changes, _slot(q, where), total, read_by))
    mult_table = _table(cfg, "multipliers", path)
    bad = [k for k, v in mult_table.items() if not isinstance(v, int) or isinstance(v, bool) or v <= 0]
    if bad:
        raise QuantityRuleError(f"{path}: [multipliers]: {bad[0]!r} must be a whole number, not {mult_table[bad[0]]!r}")
    mults = tuple(sorted(mult_table.items(), key=lambda kv: -len(kv[0])))
    quals = tuple(sorted(_strings(_table(cfg, "qualifiers", path).get("words", ()), f"{path}: [qualifiers]", "words"),
                         key=lambda w: (-len(w), w)))
    date = _table(cfg, "date", path)
    rx = _regex(_text(date, "pattern", f"{path}: [date]"), f"{path}: [date]")
    return QuantityRules(tuple(kinds), mults, rx, quals)


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def _cn_number(text: str) -> int:
    """A number written in Chinese numerals, as figures print them: 四, 十六, 三十二, 一百二十八."""
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _number(text: str) -> Decimal:
    text = text.replace(",", "")  # thousands separators: 9,216
    d = Decimal(text) if text[:1].isascii() else Decimal(_cn_number(text))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def sentence_quantities(doc, rules: QuantityRules | None = None) -> list[list[Quantity]]:
    """The figures of each sentence of doc (find_quantities over the sentence), read once per doc and rules:
    the relation rules and the learned figure owner both ask for them."""
    rules = rules or load_quantity_rules()
    if doc.quantities is None or doc.quantities[0] is not rules:
        key = doc.norm.key
        doc.quantities = (rules, [find_quantities(key, s.start, s.end, rules) for s in doc.sentences])
    return doc.quantities[1]


def find_quantities(key: str, start: int = 0, end: int | None = None, rules: QuantityRules | None = None) -> list[Quantity]:
    """Figures in key[start:end], in text order; an earlier kind in the rules file wins overlaps."""
    rules = rules or load_quantity_rules()
    end = len(key) if end is None else end
    mults = dict(rules.multipliers)
    taken: list[tuple[int, int]] = []
    out: list[Quantity] = []
    for kind in rules.kinds:
        units = dict(kind.units)
        for m in kind.regex.finditer(key, start, end):
            s, e = m.span()
            if m.groupdict().get("lead") is not None:
                s = m.end("lead")  # words read before the figure (续航达 in 续航达30小时) are not part of it
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind.total:  # 1+4+3: the numbers' sum
                value = _number(str(sum(_number(x) for x in re.split(r"\s*\+\s*", m.group("n").strip()))))
            else:
                value = _number(_digits(m))
            if kind.scale != 1:
                value = _number(str(value * kind.scale))
            gd = m.groupdict()
            if gd.get("mult"):
                value = _number(str(value * mults[gd["mult"]]))
            unit = units.get(gd["u"], kind.unit) if gd.get("u") else kind.unit
            cur = gd.get("pre") or gd.get("post")  # a currency printed before the amount or after 元 names it
            if cur and cur in units and gd.get("u") in (None, "元", cur):
                unit = units[cur]
            measure = _measure(kind, gd)
            lower = None
            if gd.get("lo"):  # a range: its lower end, with its own multiplier or else the upper end's
                lower = _number(gd["lo"].replace(",", ""))
                lm = gd.get("lomult") or gd.get("mult")
                if lm:
                    lower = _number(str(lower * mults[lm]))
            taken.append((s, e))
            out.append(Quantity(s, e, value, unit, measure, kind.cls, kind.id, kind.subjects,
                                _qualifier_start(key, start, s, rules.qualifiers),
                                gd["name"].upper() if gd.get("name") else None, kind.slot, lower, kind.read_by))
    out.sort(key=lambda q: q.start)
    return out


def _digits(m: re.Match) -> str:
    """The number a match read: group n, or where a pattern's alternatives read it in groups of their own (Python
    names a group once), the first of n2, n3 … that took part (FIGKIND lane)."""
    if m.group("n") is not None:
        return m.group("n")
    for i in range(2, 10):
        name = f"n{i}"
        if name in m.re.groupindex and m.group(name) is not None:
            return m.group(name)
    raise QuantityRuleError(f"pattern {m.re.pattern[:40]!r}: no number group took part in {m.group(0)!r}")


def _measure(kind: QuantityKind, gd: dict) -> str:
    """What a figure measures: the kind's, or for a relative figure the measure its words name and the
    way it changed (效能提升40% -> performance-increase; 提升39% alone -> the kind's measure, increase)."""
    if not kind.changes and not kind.measures:
        return kind.measure
    what = dict(kind.measures).get((gd.get("what") or "").replace(" ", ""), kind.measure)
    way = dict(kind.changes).get((gd.get("dir") or "").replace(" ", ""))
    return f"{what}-{way}" if way else what


def _qualifier_start(key: str, lo: int, s: int, words: tuple[str, ...]) -> int | None:
    """Where a bounding word right before the figure at s starts (超过 in 超过 10 petaflops), or None."""
    t = s
    while t > lo and key[t - 1] == " ":
        t -= 1
    for w in words:
        if t - len(w) >= lo and key.startswith(w, t - len(w)):
            return t - len(w)
    return None


def find_dates(key: str, start: int, end: int, rules: QuantityRules | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of each year or year-month in key[start:end]: '2022', '2025-08'."""
    rules = rules or load_quantity_rules()
    out = []
    for m in rules.date.finditer(key, start, end):
        iso = m.group("y") + (f"-{int(m.group('m')):02d}" if m.group("m") else "")
        out.append((m.start(), m.end(), iso))
    return out


def fmt(value: Decimal) -> str:
    return format(value, "f")


def node_labels(nm: Decimal) -> list[tuple[str, str]]:
    """Names of a process node not in the lexicon, in the lexicon's style."""
    n = fmt(nm)
    return [(f"{n}納米", "zh-Hant"), (f"{n}纳米", "zh-Hans"), (f"{n}nm", "en")]


def lexicon_nodes(lexicon) -> dict[str, str]:
    """nanometres (as text) -> the lexicon's process-node IRI."""
    return lexicon.derived("process_nodes", _build_nodes)


def _build_nodes(lexicon) -> dict[str, str]:
    got: dict[str, str] = {}
    for s, o in sorted(lexicon.graph.subject_objects(KG.nanometres)):
        got.setdefault(fmt(_number(str(o))), str(s))
    return got
