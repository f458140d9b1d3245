"""jieba's default segmentation (`Tokenizer.tokenize(text)`, HMM on), as token spans, computed faster.

The same algorithm step for step (blocks of `re_han_default`, the prefix DAG, the best route by
log frequency, ties to the longer word, runs of single characters the dictionary does not know
handed to jieba's own HMM), so the spans are exactly jieba's. What is faster: the log frequency of
every dictionary word is computed once per tokenizer (it depends only on the dictionary) instead of
once per candidate word per call, and the DAG and the route are made in one pass from the end of the
block without building the DAG's dict of lists and a tuple per candidate.
"""

from __future__ import annotations

from math import log

import jieba
from jieba import finalseg

_MISSING = object()


class Segmenter:
    """The spans of jieba `tok`'s words. Made from the tokenizer's dictionary as it is when made."""

    def __init__(self, tok: jieba.Tokenizer):
        tok.check_initialized()
        self.tok = tok
        self.freq = tok.FREQ
        self.total = tok.total
        self.size = len(tok.FREQ)
        logtotal = log(tok.total)
        self.unknown = log(1) - logtotal  # a character no word starts with: jieba's `log(... or 1)`
        # prefix or word -> log probability of the word, None for a prefix that is no word (FREQ 0)
        self.logp = {w: (log(f) - logtotal if f else None) for w, f in tok.FREQ.items()}

    def stale(self, tok: jieba.Tokenizer) -> bool:
        return tok is not self.tok or tok.total != self.total or len(tok.FREQ) != self.size

    def _route(self, s: str) -> list[int]:
        """nxt[k]: the end (exclusive) of the word jieba's route takes at k."""
        n = len(s)
        logp = self.logp
        get = logp.get
        missing = _MISSING
        unknown = self.unknown
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = None
            bx = 0
            i = k + 1
            v = get(s[k], missing)
            while v is not missing:
                if v is not None:
                    sc = v + score[i]
                    if best is None or sc >= best:  # max of (score, x): a tie goes to the longer word
                        best, bx = sc, i
                if i >= n:
                    break
                i += 1
                v = get(s[k:i], missing)
            if best is None:
                best, bx = unknown + score[k + 1], k + 1
            score[k] = best
            nxt[k] = bx
        return nxt

    def _block(self, s: str, at: int, out: list) -> None:
        """jieba's __cut_DAG of the Chinese/alphanumeric block s (starting at `at`), as spans."""
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = -1  # start of the pending run of single characters
        freq = self.freq
        while x < n:
            y = nxt[x]
            if y - x == 1:
                if buf < 0:
                    buf = x
            else:
                if buf >= 0:
                    self._flush(s, buf, x, at, out, freq)
                    buf = -1
                out.append((at + x, at + y))
            x = y
        if buf >= 0:
            self._flush(s, buf, n, at, out, freq)

    @staticmethod
    def _flush(s: str, b: int, e: int, at: int, out: list, freq: dict) -> None:
        if e - b == 1:
            out.append((at + b, at + e))
            return
        piece = s[b:e]
        if not freq.get(piece):
            _hmm_cut(piece, at + b, out)
        else:
            for i in range(b, e):
                out.append((at + i, at + i + 1))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """[(start, end)] of the words of `tok.tokenize(text)` (mode default, HMM on)."""
        try:
            return self._spans(text)
        except _Dropped:
            return [(s, e) for _w, s, e in self.tok.tokenize(text)]

    def _spans(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        pos = 0
        re_han, re_skip = jieba.re_han_default, jieba.re_skip_default
        for blk in re_han.split(text):
            if not blk:
                continue
            if re_han.match(blk):
                self._block(blk, pos, out)
                pos += len(blk)
            else:
                for x in re_skip.split(blk):
                    if not x:
                        continue
                    if re_skip.match(x):
                        out.append((pos, pos + len(x)))
                        pos += len(x)
                    else:
                        for i in range(pos, pos + len(x)):
                            out.append((i, i + 1))
                        pos += len(x)
        return out


# jieba.finalseg: the HMM for runs of characters the dictionary does not know.
_MIN = finalseg.MIN_FLOAT
_T = finalseg.trans_P
_START = finalseg.start_P
_EMIT_B, _EMIT_M, _EMIT_E, _EMIT_S = (finalseg.emit_P[y] for y in "BMES")
# the transitions finalseg.PrevStatus allows (into B from E or S, M from M or B, E from B or M, S from S or E)
_E_B, _S_B, _M_M, _B_M, _B_E, _M_E, _S_S, _E_S = (
    _T[a].get(b, _MIN) for a, b in ("EB", "SB", "MM", "BM", "BE", "ME", "SS", "ES"))


def _viterbi_words(obs: str) -> list[tuple[int, int]]:
    """The words of finalseg's Viterbi path of `obs`: the same sums in the same order, and the same
    ties (max of (probability, state): the later letter) as finalseg.viterbi, then finalseg.__cut's
    reading of the states."""
    c = obs[0]
    vb = _START["B"] + _EMIT_B.get(c, _MIN)
    vm = _START["M"] + _EMIT_M.get(c, _MIN)
    ve = _START["E"] + _EMIT_E.get(c, _MIN)
    vs = _START["S"] + _EMIT_S.get(c, _MIN)
    back = []  # per position t >= 1: the previous state of B, M, E, S
    for t in range(1, len(obs)):
        c = obs[t]
        em = _EMIT_B.get(c, _MIN)
        p1, p2 = ve + _E_B + em, vs + _S_B + em
        nb, fb = (p2, "S") if p2 >= p1 else (p1, "E")
        em = _EMIT_M.get(c, _MIN)
        p1, p2 = vm + _M_M + em, vb + _B_M + em
        nm, fm = (p1, "M") if p1 >= p2 else (p2, "B")
        em = _EMIT_E.get(c, _MIN)
        p1, p2 = vb + _B_E + em, vm + _M_E + em
        ne, fe = (p2, "M") if p2 >= p1 else (p1, "B")
        em = _EMIT_S.get(c, _MIN)
        p1, p2 = vs + _S_S + em, ve + _E_S + em
        ns, fs = (p1, "S") if p1 >= p2 else (p2, "E")
        vb, vm, ve, vs = nb, nm, ne, ns
        back.append({"B": fb, "M": fm, "E": fe, "S": fs})
    state = "S" if vs >= ve else "E"
    path = [state]
    for t in range(len(back) - 1, -1, -1):
        state = back[t][state]
        path.append(state)
    path.reverse()
    words = []
    begin = nexti = 0
    for i, pos in enumerate(path):
        if pos == "B":
            begin = i
        elif pos == "E":
            words.append((begin, i + 1))
            nexti = i + 1
        elif pos == "S":
            words.append((i, i + 1))
            nexti = i + 1
    if nexti < len(obs):
        words.append((nexti, len(obs)))
    end = 0
    for a, b in words:
        if a != end:
            raise _Dropped  # B after B: finalseg drops characters, and jieba's offsets shift after them
        end = b
    return words


class _Dropped(Exception):
    pass


def _hmm_cut(piece: str, at: int, out: list) -> None:
    """finalseg.cut(piece) as spans from `at`."""
    re_han, re_skip = finalseg.re_han, finalseg.re_skip
    force = finalseg.Force_Split_Words
    pos = at
    for blk in re_han.split(piece):
        if re_han.match(blk):
            for start, end in _viterbi_words(blk):
                if force and blk[start:end] in force:
                    out.extend((pos + i, pos + i + 1) for i in range(start, end))
                else:
                    out.append((pos + start, pos + end))
            pos += len(blk)
        else:
            for x in re_skip.split(blk):
                if x:
                    out.append((pos, pos + len(x)))
                    pos += len(x)


def segmenter(tok: jieba.Tokenizer) -> Segmenter:
    """The Segmenter of `tok`, made again if words were added to or taken out of it since."""
    seg = getattr(tok, "_kg_segmenter", None)
    if seg is None or seg.stale(tok):
        seg = Segmenter(tok)
        tok._kg_segmenter = seg
    return seg


def spans(tok: jieba.Tokenizer, text: str) -> list[tuple[int, int]]:
    return segmenter(tok).spans(text)
