"""Which words a regular expression needs: a cheap test that skips text the expression cannot match.

`needed(rx)` reads the compiled expression (Python's own parse of it) and returns a few strings of
which every match prints at least one, inside the match or in a lookaround it requires (Cortex for
the Cortex forms, one of 巴龍 巴龙 Balong, one of 超大核 大核 中核 … for a core number before its size
word), or None when it finds none worth testing. `may_match(rx, text)` is then False when the text
prints none of them, and the scan of the text is skipped: Python's re tests every position of the
text for an expression that starts with a lookbehind. The words are computed from the expressions
themselves, so the patterns stay in ontology/ files; an expression ignoring case is never skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

_MAX_ALTS = 32  # at most so many alternative strings, or the part is no fixed text
_MAX_RANGE = 10  # a character class of at most so many characters is a choice of fixed texts


class _Open(Exception):
    """The expression has a part this reading does not follow (case folding, a back reference)."""


def _exact(items) -> set | None:
    """Every text a sequence can match, when that is a few fixed strings; else None."""
    out = {""}
    for op, av in items:
        alts = _exact_item(op, av)
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_ALTS:
            return None
    return out


def _exact_item(op, av) -> set | None:
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_RANGE:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                return None  # NEGATE, CATEGORY, a wide range
        return chars
    if op is _c.SUBPATTERN:
        _group, add, _del, sub = av
        if add & re.IGNORECASE:
            raise _Open
        return _exact(sub)
    if op is _c.BRANCH:
        out = set()
        for alt in av[1]:
            e = _exact(alt)
            if e is None:
                return None
            out |= e
        return out if len(out) <= _MAX_ALTS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av
        e = _exact(sub)
        if e is None or hi > 3 or hi is _c.MAXREPEAT:
            return None
        out, step = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= step
            step = {a + b for a in step for b in e}
            if len(out) > _MAX_ALTS or len(step) > _MAX_ALTS:
                return None
        return out
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # takes no text (what an assertion needs is read by _needed)
    if op is _c.GROUPREF or op is _c.GROUPREF_EXISTS:
        raise _Open
    return None  # ANY, CATEGORY …


def _better(a: set | None, b: set | None) -> set | None:
    """The more selective of two word sets to test: words of two characters or more rather than single
    ones, then fewer words (each is a scan of the page), then the longer shortest word."""
    if b is None or "" in b:
        return a
    if a is None:
        return b
    return b if _rank(b) > _rank(a) else a


def _rank(words: set) -> tuple:
    shortest = min(map(len, words))
    return min(shortest, 2), -len(_minimal(words)), shortest


def _minimal(words) -> set:
    """The words no shorter one of them is part of (a text printing Cortex- prints Cortex)."""
    return {w for w in words if not any(v != w and v in w for v in words)}


def _needed(items) -> set | None:
    """Strings of which every match of the sequence prints one (inside it or in a lookaround)."""
    best = None
    run = {""}  # the fixed texts of the items read since the last open one
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            best = _better(best, run)
            run = {""}
            if op is _c.ASSERT:
                best = _better(best, _needed(av[1]))
            continue
        alts = _exact_item(op, av)
        if alts is not None:
            joined = {a + b for a in run for b in alts}
            if len(joined) <= _MAX_ALTS:
                if len(joined) > len(run):
                    best = _better(best, run)  # Cortex- before Cortex-510 … Cortex-735: one word to test
                run = joined
                continue
            best = _better(best, run)
            run = alts
            continue
        best = _better(best, run)
        run = {""}
        best = _better(best, _needed_item(op, av))
    return _better(best, run)


def _needed_item(op, av) -> set | None:
    if op is _c.SUBPATTERN:
        _group, add, _del, sub = av
        if add & re.IGNORECASE:
            raise _Open
        return _needed(sub)
    if op is _c.BRANCH:
        out = set()
        for alt in av[1]:
            n = _needed(alt)
            if n is None or "" in n:
                return None
            out |= n
        return out if len(out) <= _MAX_ALTS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _needed(sub) if lo >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _needed(av)
    if op is _c.GROUPREF or op is _c.GROUPREF_EXISTS:
        raise _Open
    return None


@lru_cache(maxsize=4096)
def needed(rx: re.Pattern) -> tuple[str, ...] | None:
    """Strings of which every match of `rx` prints at least one (sorted), or None: no such test."""
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        words = _needed(_p.parse(rx.pattern, rx.flags & ~re.UNICODE))
    except Exception:  # _Open, re.error, RecursionError — or a CPython whose private parser reads otherwise:
        return None  # then no prefilter, the expression is run on every page as before
    if not words or "" in words:
        return None
    return tuple(sorted(_minimal(words)))


def may_match(rx: re.Pattern, text: str) -> bool:
    """False when `text` prints none of the words every match of `rx` needs (so rx finds nothing)."""
    words = needed(rx)
    return words is None or any(w in text for w in words)
