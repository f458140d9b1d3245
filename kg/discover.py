"""Stage 4b: discover entities that are not in the lexicon, from their form and their context.

Companies (…科技, …半导体, 初创企业X宣布, 公司Etched), chips (H100-like model numbers with a chip
cue, 曦云C600, MTT S5000, 芯片“刹那”), policies (《…条例》, 「…计划」, 商品通、期货通) and people
(创始人兼首席执行官孙国梁, 特首李家超, 记者 周敏). The cues are plain data in ontology/patterns/*.toml.
Chinese patterns run on the page's matching text (Simplified, half-width, lower case); Latin ones on
the text as printed, which has the same length and offsets. Each discovered mention carries its
pattern (`source`, "pattern:<id>") and a confidence; names found once are then found again wherever
they recur on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps

import jieba

from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.model import Doc, Mention
from kg.normalize import cjk_run as _cjk_run, is_cjk, name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_words
from kg.prefilter import may_match
from kg.util import word_alt as _alt

RARE_VERB_FREQ = 5000  # a one-character verb rarer than this may start a name (聞泰)
COMMON_WORD_FREQ = 1000  # a stem this frequent in jieba's dictionary is an ordinary word
_FUNCTION_CHARS = frozenset("的也在是和与及等将已则还就都又为被对向从把了着过这那其该此各每一两更最很才再乃之所若")
_MEASURE_CHARS = frozenset("颗个块张片枚款台套组座")  # 四顆512B: a count, not a brand
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万亿两几多数第每各零半")
_LATIN_NAME = r"[A-Za-z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*"
# LATIN round: a Latin name of up to three capitalised words after a company cue (子公司Foo Orbital宣布)
_LATIN_WORDS = re.compile(_LATIN_NAME + r"(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){1,2}(?![A-Za-z0-9])")


def key_words(words) -> tuple:
    """Words of a pattern file in their matching form (name_key), each once, longest first."""
    return tuple(sorted({name_key(w) for w in words}, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Patterns:
    boundary: frozenset
    left_words: tuple
    right_words: tuple
    right_re: re.Pattern
    co_strong: tuple
    co_weak: tuple
    co_suffixes_longest_first: tuple
    co_suffix_re: re.Pattern
    co_cues: tuple
    co_cue_re: re.Pattern
    co_stop: frozenset
    co_followers: tuple
    latin_co_followers: tuple
    latin_stop: frozenset
    list_verbs: tuple
    model_re: re.Pattern
    not_models: tuple
    not_before: tuple
    chip_cues: tuple
    kind_re: re.Pattern
    kind_words: tuple
    chip_suffixes: tuple
    not_brands: frozenset
    policy_quoted_re: tuple
    policy_suffixes: tuple
    policy_quoted_not: tuple  # openers of a quoted description, not a name
    connect_re: re.Pattern
    not_connect: frozenset
    title_re: re.Pattern
    surnames: frozenset
    compound_surnames: tuple
    named: "NamedPatterns"
    # measure words: a guarded name right after one is a count of things (一匹寶馬, 一顆蘋果)
    count_chars: frozenset = frozenset()
    glued_words: tuple = ()  # chip.toml glued_words: GB300AI is the GB300 and the word AI


@dataclass(frozen=True)
class NamedPatterns:
    """ontology/patterns/named.toml: products, projects and technologies named by a head noun."""
    quoted_re: re.Pattern
    quoted_heads: tuple  # (head, type), longest head first
    max_modifier: int
    inside_min: int
    latin_heads_re: re.Pattern
    latin_stop: frozenset
    min_latin: int
    heads: tuple  # (head, type) for names printed without quotes, longest first
    heads_abbr_re: re.Pattern
    max_name: int
    stop_chars: frozenset
    descriptor_ends: tuple = ()  # 「怪物級」: a grade, not a name


def _heads(table: dict, types=("Organization", "Product", "Technology")) -> tuple:
    pairs = {}
    for t in types:
        for h in table.get(t, []):
            pairs.setdefault(h, t)
    return tuple(sorted(pairs.items(), key=lambda ht: (-len(ht[0]), ht[0])))


def _named(cfg: dict) -> NamedPatterns:
    q, inside, u = cfg["quoted"], cfg.get("quoted_inside", {}), cfg["unquoted"]
    heads = _heads(u)
    return NamedPatterns(
        quoted_re=re.compile(r"[「“『]([^「」“”『』\n，。、；,;]{2,%d})[」”』]" % int(q.get("max_name", 20))),
        quoted_heads=_heads(q),
        descriptor_ends=tuple(q.get("descriptor_ends", [])),
        max_modifier=int(q.get("max_modifier", 4)),
        inside_min=int(inside.get("min_before_head", 2)),
        latin_heads_re=re.compile(f"(?:{_alt(u['latin_heads'])})"),
        latin_stop=frozenset(w.lower() for w in u.get("latin_stop", [])),
        min_latin=int(u.get("min_latin", 3)),
        heads=heads,
        # A head noun with an abbreviation in parentheses after it: …架构(oisa)
        heads_abbr_re=re.compile(f"(?:{_alt(h for h, _t in heads)})" + r"\(([a-z][a-z0-9\-]{1,9})\)"),
        max_name=int(u.get("max_name", 14)),
        stop_chars=frozenset(u.get("stop_chars", "的")),
    )


def _load(name: str) -> dict:
    """A pattern file as a dict, read once per edit of the file (finders call this per page and per list):
    callers must not change what it returns."""
    path = ontology_dir() / "patterns" / f"{name}.toml"
    return _read_patterns(str(path), file_stamp(path))


@lru_cache(maxsize=32)
def _read_patterns(path: str, _stamp) -> dict:
    return read_toml(path)


def _strings(value, where: str):
    """(key path, string) for every string in a TOML value."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{where}.{k}" if where else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{where}[{i}]")


def _bad_regex(exc: re.error) -> KgError:
    """A one-line error naming the pattern file and key whose regular expression does not compile."""
    folder = ontology_dir() / "patterns"
    found = []  # the longest string of a pattern file inside the failing expression that fails alone
    for f in sorted(folder.glob("*.toml")):
        for where, s in _strings(read_toml(f), ""):
            if s and exc.pattern is not None and s in str(exc.pattern):
                try:
                    re.compile(s)
                except re.error as own:
                    found.append((-len(s), str(f), where, str(own)))
    if found:
        _n, f, where, own = min(found)
        return KgError(f"{f}: {where}: not a valid regular expression ({own})")
    return KgError(f"{folder}: a pattern is not a valid regular expression ({exc})")


def _files(names) -> str:
    folder = ontology_dir() / "patterns"
    return str(folder / f"{names[0]}.toml") if len(names) == 1 else f"{folder}/{{{','.join(names)}}}.toml"


def name_forms(file: str, section: str, shape: str) -> list[tuple]:
    """The `forms` of [section] in patterns/<file>.toml, each a list of len(shape.split(", ")) strings
    (`shape` names them for the error: "expression, name"), the expression compiled and the name template
    checked against its groups here, so a bad form fails on loading, not on a page."""
    n = len(shape.split(", "))
    out = []
    for f in _load(file).get(section, {}).get("forms", []):
        if not (isinstance(f, list) and len(f) == n and all(isinstance(x, str) for x in f)):
            raise KgError(f"{_files([file])}: [{section}] forms must be [{shape}] lists")
        rx = re.compile(f[0])
        for g in re.findall(r"\\g<(\w+)>", f[1]):
            if g != "0" and g not in rx.groupindex:
                raise KgError(f"{_files([file])}: [{section}] name {f[1]!r} uses group {g!r} the expression lacks")
        if any(int(k) > rx.groups for k in re.findall(r"\\(\d+)", f[1])):
            raise KgError(f"{_files([file])}: [{section}] name {f[1]!r} uses a group the expression lacks")
        out.append((rx, *f[1:]))
    return out


def _pattern_data(*names: str):
    """Loaders of pattern files: a missing setting, a value of the wrong type or a regular expression
    that does not compile is a one-line error naming the file, not a traceback."""
    def deco(fn):
        @wraps(fn)
        def checked(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except re.error as exc:
                raise _bad_regex(exc) from None
            except KeyError as exc:
                raise KgError(f"{_files(names)}: missing setting {exc}") from None
            except (TypeError, ValueError, AttributeError) as exc:
                raise KgError(f"{_files(names)}: a setting has the wrong type or value ({exc})") from None
        return checked
    return deco


def person_titles(per: dict) -> list[str]:
    """person.toml's words for a post or a form of address that stand before or after a person's name."""
    return per["titles"] + per.get("more_titles", []) + per.get("role_titles", []) + per.get("honorifics", [])


@lru_cache(maxsize=1)
@_pattern_data("common", "company", "chip", "policy", "person", "named")
def load_patterns() -> Patterns:
    common, co, chip, pol, per, named = (_load(n) for n in ("common", "company", "chip", "policy", "person", "named"))
    titles = person_titles(per)
    joiners = per["title_joiners"]
    title = f"(?:{_alt(titles)})"
    return Patterns(
        boundary=frozenset(common["boundary_chars"]),
        left_words=tuple(common["left_words"]),
        right_words=tuple(common["right_words"]),
        right_re=re.compile(f"(?:{_alt(common['right_words'])})"),
        co_strong=tuple(co["strong_suffixes"]),
        co_weak=tuple(co["weak_suffixes"]),
        co_suffixes_longest_first=tuple(sorted(co["strong_suffixes"] + co["weak_suffixes"], key=len, reverse=True)),
        co_suffix_re=re.compile(f"(?:{_alt(co['strong_suffixes'] + co['weak_suffixes'])})"),
        co_cues=tuple(co["cues_before"]),
        co_cue_re=re.compile(f"(?:{_alt(co['cues_before'])})"),
        co_stop=frozenset(co["stop_stems"]),
        co_followers=tuple(co["cue_followers"]),
        latin_co_followers=tuple(co["cue_followers"] + co.get("latin_run_followers", [])),
        latin_stop=frozenset(w.lower() for w in co["latin_stop"]),
        list_verbs=tuple(co["list_verbs"]),
        model_re=re.compile(chip["model"]),
        not_models=tuple(re.compile(p) for p in chip["not_models"]),
        not_before=tuple(chip["not_before"]),
        chip_cues=tuple(chip["cues"]),
        kind_re=re.compile(f"(?:{_alt(chip['kind_words'])})"),
        kind_words=tuple(chip["kind_words"]),
        chip_suffixes=tuple(chip["name_suffixes"]),
        not_brands=frozenset(chip["not_brands"]),
        glued_words=tuple(chip.get("glued_words", [])),
        policy_quoted_re=(
            (re.compile(r"《([^《》\n，。]{2,40})》"), 0.9),
            (re.compile(r"「([^「」\n，。]{2,30})」"), 0.85),
            (re.compile(r"“([^“”\n，。]{2,30})”"), 0.8),
            (re.compile(r'(?<![A-Za-z0-9])"(?=[^"\n]{2,30}")([^"\n，。,]*[\u4e00-\u9fff][^"\n，。,]*)"'), 0.8),  # "某某計劃" in ASCII quotes
        ),
        policy_suffixes=tuple(sorted(pol["quoted_suffixes"], key=len, reverse=True)),
        policy_quoted_not=tuple(pol.get("quoted_not_openers", [])),
        connect_re=re.compile(r"[\u4e00-\u9fff]{1,4}" + re.escape(pol["connect_suffix"])),
        not_connect=frozenset(pol["not_connect"]),
        title_re=re.compile(f"{title}(?:(?:{_alt(joiners)}){title})*"),
        surnames=frozenset(c for c in per["surnames"] + per.get("korean_surnames", "") if is_cjk(c)),
        compound_surnames=tuple(sorted(set(per["compound_surnames"]) | {j for j in per.get("japanese_surnames", [])
                                                                        if len(j) >= 2}, key=lambda w: (-len(w), w))),
        named=_named(named),
        count_chars=frozenset(name_key("".join(common.get("count_words", [])))),
    )


@dataclass(frozen=True)
class Extra:
    """Patterns added for text the project had not seen: organizations, funds, stock codes, chip series,
    names enumerated after a kind word, device names (ontology/patterns/*.toml)."""
    co_runs_on: tuple
    weak_followers: tuple
    stock_code_re: re.Pattern
    quoted_not: tuple
    group_after: tuple
    series_re: re.Pattern
    family_number_re: re.Pattern
    family_joiners: tuple
    org_suffix_re: re.Pattern
    exchange_suffixes: frozenset
    org_suffixes: tuple
    media_suffixes: tuple
    media_before: tuple
    media_verbs: tuple
    not_media: tuple
    org_stop: frozenset
    fund_suffix_re: re.Pattern
    fund_stop: frozenset
    enumerated: tuple  # (kind word, type), longest first
    max_member: int
    device_kinds_re: re.Pattern
    device_name_re: re.Pattern
    # what a gap between a coordinated code and the chip word after it may not start with (920萬顆晶片)
    family_gap_not: tuple = ()
    # a code after a known family that is a model although not_models reads it as a multiple (麒麟9000X)
    family_number_ok_re: re.Pattern = re.compile("(?!)")


@lru_cache(maxsize=1)
@_pattern_data("company", "chip", "policy", "organization", "named")
def load_extra() -> Extra:
    co, chip, pol, org, named = (_load(n) for n in ("company", "chip", "policy", "organization", "named"))
    enum = named.get("enumerated", {})
    kinds = named.get("kind_before", {})
    return Extra(
        co_runs_on=tuple(co.get("suffix_runs_on", [])),
        weak_followers=tuple(co.get("weak_followers", [])),
        stock_code_re=re.compile(co["stock_code"]),
        quoted_not=tuple(chip.get("not_quoted", [])),
        group_after=tuple(chip.get("group_after", [])),
        series_re=re.compile(chip["series"]),
        family_number_re=re.compile(chip["family_number"]),
        family_joiners=tuple(sorted(chip.get("family_joiners", []), key=len, reverse=True)),
        family_gap_not=tuple(chip.get("family_gap_not", [])),
        family_number_ok_re=re.compile(chip.get("family_number_ok", "(?!)")),
        org_suffix_re=re.compile(f"(?:{_alt(org['suffixes'] + org['media_suffixes'])})"),
        exchange_suffixes=frozenset(key_words(org.get("exchange_suffixes", []))),
        org_suffixes=tuple(org["suffixes"]),
        media_suffixes=tuple(org["media_suffixes"]),
        media_before=tuple(org["media_before"]),
        media_verbs=tuple(org["media_verbs"]),
        not_media=tuple(org["not_media"]),
        org_stop=frozenset(org["stop_stems"] + org.get("agency_under", [])),
        fund_suffix_re=re.compile(f"(?:{_alt(pol['fund_suffixes'])})" + (f"(?:{pol['fund_phase']})?" if pol.get("fund_phase") else "")),
        fund_stop=frozenset(pol["fund_stop"]),
        enumerated=_heads(enum, ("Policy", "Company")),
        max_member=int(enum.get("max_member", 14)),
        device_kinds_re=re.compile(f"(?:{_alt(kinds.get('Product', []))})"),
        device_name_re=re.compile(kinds["name"]),
    )


@lru_cache(maxsize=1)
@dataclass(frozen=True)
class More:
    """Patterns added for the second round of real news (ontology/patterns/*.toml)."""
    co_tail: tuple
    subsidiary_words: tuple
    credit_re: re.Pattern
    bar_credit_re: re.Pattern
    transliterated_re: re.Pattern
    family_spaced_re: re.Pattern
    quoted_kind_re: re.Pattern
    max_quoted_modifier: int
    variant_re: re.Pattern | None = None
    family_plus_re: re.Pattern | None = None
    family_codename_re: re.Pattern | None = None
    family_model_re: re.Pattern | None = None
    family_code_re: re.Pattern | None = None
    family_digit_re: re.Pattern | None = None  # matched on the key: 驍龍8晶片
    codename_re: re.Pattern | None = None
    suffix_not_before: tuple = ()
    person_joiners: tuple = ()
    speech_verbs: tuple = ()
    investor_re: re.Pattern | None = None
    investor_joiners: tuple = ()
    investor_not: tuple = ()
    list_joiners: tuple = ()
    list_min_known: int = 2
    latin_numbered_re: re.Pattern | None = None
    latin_numbered_cues: tuple = ()
    latin_numbered_window: int = 8
    latin_numbered_year: re.Pattern | None = None  # a number that is a year, not a model number
    latin_numbered_not: frozenset = frozenset()
    list_org_suffixes: tuple = ()
    list_headed_re: re.Pattern | None = None  # 等 + a head word of companies after a list (…等晶片巨頭)
    list_closing_re: re.Pattern | None = None  # 這三家中國公司 / 等企業 right after a list: its members are companies
    list_put_on_re: re.Pattern | None = None  # 將甲、乙列入實體清單: the list is put on a blacklist
    list_openers: tuple = ()
    shares_re: tuple = ()  # (pattern, rule)
    founder_openers: tuple = ()
    founder_verbs: tuple = ()
    founders_min: int = 2
    japanese_titles: tuple = ()
    japanese_cues: tuple = ()
    name_enders: tuple = ()
    transliteration_chars: frozenset = frozenset()
    function_surnames: frozenset = frozenset()  # 向, 于: surnames that are mostly function words
    transliteration_max: int = 7
    japanese_surnames: frozenset = frozenset()
    japanese_given_ends: str = ""
    graphics_model_re: re.Pattern | None = None  # RTX 4060, Immortalis-G925 MC12 (chip.toml graphics_model)
    kind_not_before: tuple = ()  # 「…」CPU架構: the kind word starts a word for a design
    brand_not_last: frozenset = frozenset()  # 中比M4: a character that never ends a brand before a model
    alias_before_re: re.Pattern | None = None  # (型號S12345): another name of the chip before it
    product_words: tuple = ()  # 車型, 售價: a sentence about a product line (chip.toml product_words)
    brand_code_cues: tuple = ()  # 效能, 時脈: a chip's performance words (chip.toml brand_code_cues)
    brand_number_not_re: re.Pattern | None = None  # 5G, 8GB: no brand + bare-number chip (chip.toml brand_number_not)
    brand_number_after: tuple = ()  # words a brand + bare number may follow (chip.toml brand_number_after)
    brand_number_not_after: tuple = ()  # 指數, 股: a stock index after the chip word (chip.toml brand_number_not_after)


def put_on_words(co: dict) -> str:
    """company.toml's verbs putting names on a list of entities, then that list (列入…實體清單): a regex."""
    verbs, lists = co.get("listing_verbs", []), co.get("entity_lists", [])
    if not verbs or not lists:
        return "(?!)"
    return f"(?:{_alt(verbs)})(?:了)?(?:美国)?(?:的)?(?:出口管制)?(?:{_alt(lists)})"


def with_put_on(co: dict, rx: str) -> str:
    """A company.toml regex with its {put_on} placeholder filled in (POLICY lane)."""
    return rx.replace("{put_on}", put_on_words(co))


@lru_cache(maxsize=1)
@_pattern_data("company", "chip", "person")
def load_more() -> More:
    co, chip, per = (_load(n) for n in ("company", "chip", "person"))
    return More(
        co_tail=tuple(sorted(co.get("tail_suffixes", []), key=len, reverse=True)),
        subsidiary_words=tuple(co.get("subsidiary_words", [])),
        credit_re=re.compile(f"(?:{_alt(per.get('credit_titles', []))})[:：]?"),
        bar_credit_re=re.compile("(?m)^[ \u3000]*(?:" + _alt(per.get("bar_credit_roles", []) or ["\x00"])
                                 + ")[ \u3000]*[|丨｜:：][ \u3000]*"),
        transliterated_re=re.compile(per["transliterated"]),
        family_spaced_re=re.compile(chip["family_number_spaced"]),
        quoted_kind_re=re.compile(chip["quoted_before_kind"]),
        max_quoted_modifier=int(chip.get("max_quoted_modifier", 6)),
        variant_re=re.compile(chip["model_variant"]) if "model_variant" in chip else None,
        family_plus_re=re.compile(chip["family_plus"]) if "family_plus" in chip else None,
        family_codename_re=re.compile(chip["family_codename"]) if "family_codename" in chip else None,
        codename_re=re.compile(chip["codename"]) if "codename" in chip else None,
        family_model_re=re.compile(chip["family_model"]) if "family_model" in chip else None,
        family_code_re=re.compile(chip["family_code"]) if "family_code" in chip else None,
        family_digit_re=re.compile(chip["family_digit"]) if "family_digit" in chip else None,
        graphics_model_re=re.compile(chip["graphics_model"]) if "graphics_model" in chip else None,
        kind_not_before=tuple(chip.get("kind_not_before", [])),
        brand_not_last=frozenset(chip.get("brand_not_last", "")),
        alias_before_re=re.compile(chip["alias_before"]) if "alias_before" in chip else None,
        product_words=tuple(chip.get("product_words", [])),
        brand_code_cues=tuple(chip.get("brand_code_cues", [])),
        brand_number_not_re=re.compile(chip.get("brand_number_not", "(?!)")),
        brand_number_after=tuple(chip.get("brand_number_after", [])),
        brand_number_not_after=tuple(chip.get("brand_number_not_after", [])),
        suffix_not_before=tuple(chip.get("suffix_not_before", [])),
        person_joiners=tuple(per.get("person_joiners", [])),
        function_surnames=frozenset(name_key(per.get("surname_function_chars", ""))),
        speech_verbs=tuple(sorted(set(per.get("speech_verbs", []) + per.get("more_speech_verbs", [])),
                                  key=lambda w: (-len(w), w))),
        investor_re=re.compile(co["investor_cues"]) if "investor_cues" in co else None,
        investor_joiners=tuple(sorted(co.get("investor_joiners", []), key=len, reverse=True)),
        investor_not=tuple(co.get("investor_not", [])),
        list_joiners=tuple(sorted(co.get("list_joiners", []), key=len, reverse=True)),
        list_min_known=int(co.get("list_min_known", 2)),
        latin_numbered_re=re.compile(chip["latin_numbered"]) if "latin_numbered" in chip else None,
        latin_numbered_cues=tuple(chip.get("latin_numbered_cues", [])),
        latin_numbered_window=int(chip.get("latin_numbered_window", 8)),
        latin_numbered_year=re.compile(chip["latin_numbered_year"]) if "latin_numbered_year" in chip else None,
        list_org_suffixes=tuple(sorted(co.get("list_org_suffixes", []), key=len, reverse=True)),
        list_headed_re=re.compile("等[\u4e00-\u9fff]{0,4}?(?:" + _alt(co["list_company_heads"]) + ")")
        if co.get("list_company_heads") else None,
        list_openers=tuple(co.get("list_openers", [])),
        list_closing_re=re.compile(co["list_closing"]) if co.get("list_closing") else None,
        list_put_on_re=re.compile(with_put_on(co, co["list_put_on"])) if co.get("list_put_on") else None,
        shares_re=tuple([(re.compile(co["shares_of"]), "company-shares")] if "shares_of" in co else [])
        + tuple((re.compile(x), "company-shareholder") for x in co.get("shareholders", [])),
        latin_numbered_not=frozenset(w.lower() for w in chip.get("latin_numbered_not", [])),
        founder_openers=tuple(per.get("founder_openers", [])),
        founder_verbs=tuple(per.get("founder_verbs", [])),
        japanese_titles=tuple(sorted(per.get("japanese_titles", []), key=len, reverse=True)),
        japanese_cues=tuple(per.get("japanese_cues", [])),
        name_enders=tuple(sorted(per.get("name_enders", []), key=len, reverse=True)),
        transliteration_chars=frozenset(c for c in per.get("transliteration_chars", "") if is_cjk(c)),
        transliteration_max=int(per.get("transliteration_max", 7)),
        japanese_surnames=frozenset(per.get("japanese_surnames", [])),
        japanese_given_ends=per.get("japanese_given_ends", ""),
        founders_min=int(per.get("founders_min", 2)),
    )


def _variant_end(text: str, e: int) -> int:
    """End of a model name with its variant words: A19 -> A19 Pro."""
    r = load_more().variant_re
    m = r.match(text, e) if r else None
    return m.end() if m else e


_NOT_NAME_START = ("v", "p", "r", "c", "u", "d")  # jieba POS: verb, preposition, pronoun, conjunction, particle, adverb


def starts_like_clause(name: str) -> bool:
    """Does `name` begin with a verb, preposition, pronoun, conjunction or adverb (導入A18, 以全股份, 其第7代,
    改變遊戲規則)? jieba's POS on the candidate alone, HMM off: a name does not start that way."""
    import jieba.posseg

    words = jieba.posseg.lcut(name, HMM=False)
    if not words:
        return False
    w, f = words[0].word, words[0].flag
    if len(w) == 1 and f == "v" and len(words) > 1 and _freq().get(w, 0) < RARE_VERB_FREQ:
        return False  # 聞泰科技: a rare one-character verb (聞) starts names as often as clauses
    return len(w) <= 2 and any(c >= "\u4e00" for c in w) and f.startswith(_NOT_NAME_START)


def _freq() -> dict:
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def common_word(w: str, limit: int = COMMON_WORD_FREQ) -> bool:
    return _freq().get(w, 0) >= limit


def ordinary_phrase(w: str) -> bool:
    """Is `w` made only of common dictionary words (笔者所属, 更关乎国家), i.e. not a proper name?"""
    words = jieba.dt.lcut(w, HMM=False)
    # Single characters do not count as words here: unknown names split into them (爱/芯/元/智).
    return all((len(x) >= 2 and common_word(x, 200)) or x in _FUNCTION_CHARS for x in words) \
        and any(len(x) >= 2 and common_word(x) for x in words)


class Page:
    """One page's texts and what is already known on it, shared by the finders."""

    def __init__(self, doc: Doc, lexicon: Lexicon, known: list[Mention], pat: Patterns):
        self.doc = doc
        self.key = doc.norm.key
        self.text = doc.norm.text
        self.lex = lexicon
        self.pat = pat
        self.known = known
        self.taken = bytearray(len(self.key))  # 1 where a lexicon or byline mention lies
        for m in known:
            self.taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        self.known_ends = {m.end: m for m in known}
        self.place_starts = {m.start for m in known if m.type == "Place"}
        self.place_ends = {m.end for m in known if m.type == "Place"}
        self.sent_starts = [s.start for s in doc.sentences]
        self.found: list[Mention] = []

    def company_ends(self) -> set[int]:
        """Where the companies found so far (lexicon and discovered) end; computed on each call, since the
        finders keep adding to self.found."""
        return {m.end for m in self.known + self.found if m.type == "Company"}

    def chip_cued(self, pos: int) -> bool:
        """Does the sentence holding `pos` print a word for a chip (chip.toml cues: 芯片, GPU, 處理器 …)?"""
        lo, hi = self.sentence(pos)
        return any(c in self.key[lo:hi] for c in self.pat.chip_cues)

    # -- helpers ---------------------------------------------------------------------------------
    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def sentence(self, pos: int) -> tuple[int, int]:
        import bisect

        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k < 0:
            return 0, len(self.key)
        s = self.doc.sentences[k]
        return s.start, s.end

    def left_ok(self, s: int) -> bool:
        """Does a name starting at `s` have a boundary on its left?"""
        if s == 0 or self.key[s - 1] in self.pat.boundary:
            return True
        if not is_cjk(self.key[s - 1]):
            return True
        lo = max(0, s - 5)
        before = self.key[lo:s]
        return before.endswith(self.pat.left_words) or s in self.known_ends

    def right_ok(self, e: int) -> bool:
        if e >= len(self.key) or self.key[e] in self.pat.boundary or not is_cjk(self.key[e]):
            return True
        return bool(self.pat.right_re.match(self.key, e))

    def cue_before(self, s: int) -> bool:
        return self.key[max(0, s - 6):s].endswith(self.pat.co_cues)

    def add(self, s: int, e: int, type_: str, rule: str, conf: float, canonical: str | None = None,
            entity: str | None = None, over: bool = False, named: bool = True) -> None:
        if e - s < 2 or (entity is None and not over and not self.free(s, e)):
            return
        self.found.append(Mention(s, e, self.text[s:e], type_, f"pattern:{rule}", round(conf, 3), entity=entity,
                                  canonical=canonical, named=named))

    def lexicon_type(self, name: str) -> str | None:
        entry = self.lex.lookup(name)
        return entry.type if entry else None


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _stems_before(key: str, end: int, longest: int):
    """(start, stem) for the CJK runs that end at `end`, shortest first (2 characters up to `longest`),
    stopping where the text before stops being Chinese: the candidate names before a suffix or a code."""
    for n in range(2, longest + 1):
        s = end - n
        if s < 0 or not _cjk_run(key[s:end]):
            return
        yield s, key[s:end]


# CHIPS lane, round 18: a name shaped like a model code (letters and three to five digits: BES2700), which a
# company cue before it (公司BES2700) does not make a company when its sentence speaks of chips
_CODE_SHAPE = re.compile(r"[A-Z]{2,5}-?\d{3,5}[A-Z]{0,3}")


def _listed_with_company(p: Page, s: int, e: int) -> bool:
    """Is the name at s..e listed (及/和/与/、) right after or before a company already found?"""
    for m in list(p.known) + p.found:
        if m.type != "Company":
            continue
        if m.end <= s and p.key[m.end:s] in ("及", "和", "与", "、", "以及"):
            return True
        if m.start >= e and p.key[e:m.start] in ("及", "和", "与", "、", "以及"):
            return True
    return False


def _prefer_shorter(p: Page) -> None:
    """有助港芯微电子 and 港芯微电子 both found: the shorter one is the name."""
    cos = [m for m in p.found if m.type == "Company" and m.entity is None]
    keep = []
    for m in p.found:
        if m in cos:
            k = name_key(m.text)
            shorter = [n for n in cos if n is not m and len(n.text) < len(m.text) and k.endswith(name_key(n.text))
                       and len(n.text) > len(company_stem(name_key(n.text)))]
            if shorter:
                n = max(shorter, key=lambda n: len(n.text))
                m = Mention(m.end - len(n.text), m.end, n.text, m.type, m.source, n.confidence)
        keep.append(m)
    p.found[:] = keep


# -- companies --------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
@_pattern_data("company")
def _date_units() -> frozenset:
    return frozenset(_load("company").get("date_units", ""))


@lru_cache(maxsize=1)
@_pattern_data("company")
def _ranking_re() -> re.Pattern | None:
    rank = _load("company").get("ranking_stem")
    return re.compile(rank) if rank else None


@lru_cache(maxsize=1)
@_pattern_data("company")
def _never_starts() -> tuple:
    return tuple(_load("company").get("never_starts", []))


@lru_cache(maxsize=1)
@_pattern_data("company")
def _clause_chars() -> frozenset:
    return frozenset(_FUNCTION_CHARS | set(_load("company").get("clause_chars", "")))


@lru_cache(maxsize=1)
@_pattern_data("company")
def _attribute_ends() -> tuple:
    return tuple(_load("company").get("attribute_ends", ""))


def clause_stem(p: Page, stem: str) -> bool:
    """Does `stem` hold a function word (并, 于, 亦, 却, 将, 为 …): a piece of a clause cut out before a suffix
    or after a cue (該公司并重申, 增速将快于集团), not a name? A surname opening the stem (于某某科技) is no
    function word."""
    chars = _clause_chars()
    return any(c in chars for c in stem[1:]) or (stem[:1] in chars and stem[:1] not in p.pat.surnames)


def verb_phrase(stem: str) -> bool:
    """Is `stem` made only of dictionary words of two or more characters, one of them a verb
    (計劃|分拆, 宣布|收購): a verb phrase cut out of a clause, not a name? A name of one word (登臨) or with
    a character no word holds (兆易|創新) is not taken for one."""
    import jieba.posseg

    words = jieba.posseg.lcut(stem, HMM=False)
    return len(words) >= 2 and all(len(w.word) >= 2 for w in words) \
        and any(w.flag == "v" for w in words)


def _bad_name_start(key: str, s: int) -> bool:
    """A name cannot start with a preposition opening a clause (自公告發布起) nor right after a digit
    (12英寸全自動…: the stem starts with the unit of a figure, or cuts a name that starts with digits)."""
    return (s > 0 and key[s - 1].isdigit()) or key.startswith(_never_starts(), s) or _count_at(key, s)


@lru_cache(maxsize=1)
@_pattern_data("company")
def _counts() -> tuple[frozenset, frozenset]:
    co = _load("company")
    return frozenset(co.get("count_numbers", "")), frozenset(co.get("count_counters", ""))


def _count_at(key: str, s: int) -> bool:
    """Does key[s:] open with a small number and a counter (四項, 兩座): a count, not a name?"""
    numbers, counters = _counts()
    return s + 1 < len(key) and key[s] in numbers and key[s + 1] in counters


def find_companies(p: Page) -> None:
    key, pat = p.key, p.pat
    for m in pat.co_suffix_re.finditer(key):
        ss, se = m.start(), m.end()
        suffix = m.group()
        weak = suffix not in pat.co_strong
        if se < len(key) and is_cjk(key[se]) and not p.right_ok(se) and (weak or common_word(suffix + key[se:se + 1], 1)) \
                and not key.startswith(load_more().co_tail, se):
            continue  # the suffix runs on into a longer word (科技园, 智能驾驶), not into a legal form (科技|股份有限公司)
        if key.startswith(load_extra().co_runs_on, se):
            continue  # 科技战, 半导体产业: the suffix is part of a longer word
        head = p.known_ends.get(ss)
        if head is not None and head.type == "Company" and head.entity and (not weak or p.right_ok(se)):
            # A known company with a suffix: 摩尔线程智能科技 is 摩尔线程.
            p.add(head.start, se, "Company", "company-suffix", 1.0, entity=head.entity)
            continue
        for s, stem in _stems_before(key, ss, 5):
            if s > 0 and key[s - 1].isdigit() and key[s] in _date_units():
                break  # 12日出席…: the stem starts with the date
            if _bad_name_start(key, s):
                break  # 自公告, 12英寸全自動集成電路: not where a name starts
            if not p.left_ok(s) and not (len(stem) >= 4 and s in p.place_starts):
                continue  # a known place begins a name: 的上海復旦微電子
            if stem in pat.co_stop or stem.endswith(tuple(w for w in pat.co_stop if len(w) >= 2)):
                break
            if any(c in _FUNCTION_CHARS for c in stem) or clause_stem(p, stem):
                break
            if stem.endswith(_attribute_ends()):
                break  # 消費性電子, 車規級半導體, 分佈式存儲: a kind of product, not a name (longer stems end so too)
            rank = _ranking_re()
            if rank is not None and rank.search(stem):
                break  # 世界第二大存儲(晶片製造商): a rank, not a name (NAMES4)
            if verb_phrase(stem):
                break  # 公司計劃分拆集團: a verb and its object, not a name
            cue = p.cue_before(s)
            follow = p.right_ok(se)
            listed = _listed_with_company(p, s, se)
            if (common_word(stem, 200 if len(stem) == 2 else COMMON_WORD_FREQ) or ordinary_phrase(stem)) \
                    and not (cue or listed or (len(stem) >= 4 and proper_name(stem))):
                if s in p.place_ends:
                    continue  # 上海|復旦微電子: try the name with the place
                break  # 上海復旦 (a place and a proper name) is a name, 人工智能 is not
            if starts_like_clause(stem):
                break  # 以全股份: a preposition and a quantifier, not a name
            if common_word(key[ss - 1:se], 100):
                break  # 高科技, 黑科技: the suffix is part of an ordinary word
            if common_word(stem + suffix, 1) and p.lexicon_type(stem + suffix) is None:
                break  # an ordinary word: 人工智能, 高科技
            paren = key[se:se + 1] in ("（", "(")
            if weak and not (cue or paren or listed or (follow and se < len(key) and is_cjk(key[se]))):
                break
            conf = 0.75 if not weak else 0.65
            if cue:
                conf += 0.15
            elif follow:
                conf += 0.05
            at_place = s in p.place_starts and p.free(s + 2, se)
            p.add(s, _tail_end(p, se), "Company", "company-suffix", conf, over=at_place)
            break
    # A name right after a company cue, followed by a verb or an apposition: 厂商爱芯元智（Axera）则…
    for m in pat.co_cue_re.finditer(key):
        s = m.end()
        if s < len(key) and is_cjk(key[s]) and not _bad_name_start(key, s):
            for n in range(2, 6):
                e = s + n
                name = key[s:e]
                if not _cjk_run(name) or e > len(key):
                    break
                if any(c in _FUNCTION_CHARS for c in name) or clause_stem(p, name) or verb_phrase(name) \
                        or any(len(o) >= 2 and o in name for o in load_more().list_openers):
                    break  # 設備廠商包括…: the cue runs on (廠|商) and the opener is no name
                if key.startswith(pat.co_followers, e):
                    if name[0] in _NUMERAL_CHARS:
                        break  # 廠商三至四年: a figure, not a name
                    weak = load_extra().weak_followers
                    if key.startswith(weak, e) and not any(key.startswith(f, e) for f in pat.co_followers if f not in weak) \
                            and any(len(w) >= 2 and common_word(w, 20) for w in jieba.dt.lcut(name, HMM=False)):
                        break  # 企業有望受益。: words, not a name
                    if key.startswith(weak, e) and common_word(key[e - 2:e + 1], 1):
                        break  # 公司營收僅次於: 僅次於 is one word, the name would cut it
                    if key.startswith(weak, e) and common_word(key[e - 1:e + 1], 500):
                        break  # 企業仍處於: the follower 於 belongs to the word 處於, not after a name
                    if not common_word(name, 200) and name not in pat.co_stop and not ordinary_phrase(name) \
                            and not common_word(name[:2]):
                        p.add(s, e, "Company", "company-cue", 0.7)
                    break
        else:
            lm = re.compile(_LATIN_NAME).match(p.text, s)
            more = _LATIN_WORDS.match(p.text, s)  # 子公司Foo Orbital宣布: the name runs over capitalised words
            if lm and more and more.end() > lm.end() and key.startswith(pat.latin_co_followers, more.end()) \
                    and p.lexicon_type(more.group()) in (None, "Company"):
                lm = more
            if lm and lm.group().lower() not in pat.latin_stop and len(lm.group()) >= 3:
                t = p.lexicon_type(lm.group())
                if t is None and _CODE_SHAPE.fullmatch(lm.group()):
                    if p.chip_cued(s):  # CHIPS lane, round 18: 公司BES2700、BES2800等芯片 is a model, no company
                        continue
                if t in (None, "Company"):
                    p.add(s, lm.end(), "Company", "company-cue-latin", 0.8)
    # Latin names listed with a known company: 收購Mellanox（網絡）、MAGMA（AI軟件）
    companies = [m for m in p.known if m.type == "Company"]
    latin = re.compile(r"(?:[（(][^（）()]{1,12}[）)])?\s?(?:、|和|及|与|以及|,|，)\s?(" + _LATIN_NAME + ")")
    for c in companies:
        lm = latin.match(p.text, c.end)
        if lm:
            name = lm.group(1)
            if len(name) >= 3 and name.lower() not in pat.latin_stop and p.lexicon_type(name) is None \
                    and not pat.model_re.fullmatch(name):
                p.add(lm.start(1), lm.end(1), "Company", "company-list", 0.7)


def find_role_named(p: Page) -> None:
    """NAMES lane: 保薦機構為某某聯合證券。 / 某某及其控制的某某投資合計持股: a name ending like an investor or a
    broker (company.toml list_org_suffixes) right after a word for its role in a deal (company.toml role_cues)
    is a company, when a boundary or one of role_followers comes right after it."""
    co = _load("company")
    cues, followers = co.get("role_cues", []), tuple(name_key(w) for w in co.get("role_followers", []))
    if not cues:
        return
    key, more = p.key, load_more()
    suffixes = more.list_org_suffixes
    longest = int(co.get("role_longest", 8))
    generic = tuple(name_key(w) for w in co.get("role_not_start", []))
    for m in re.finditer(_alt([name_key(c) for c in cues]), key):
        s = m.end()
        if s >= len(key) or not is_cjk(key[s]) or not p.free(s, s + 1) or _overlaps_found(p, s, s + 1):
            continue
        if key.startswith(generic, s):
            continue  # 控制的子公司共同投資: a kind of company, not a name
        for e in range(s + 3, min(len(key), s + longest) + 1):
            if not _cjk_run(key[s:e]) or any(f in key[s:e - 1] for f in followers):
                break  # the name ends before a follower: a longer run holds the clause (某某共同投資)
            if not key.endswith(suffixes, s, e) or not (e == len(key) or not is_cjk(key[e])
                                                         or key[e] in p.pat.boundary or key.startswith(followers, e)):
                continue
            if _org_suffix_end(p, s, e) == e and p.free(s, e) and not _overlaps_found(p, s, e) \
                    and p.lexicon_type(p.text[s:e]) in (None, "Company"):
                p.add(s, e, "Company", "company-role", 0.75)
            break


def find_investors(p: Page) -> None:
    """領投方CPE源峰，投資方包括IDG、君聯、元禾璞華等: each name listed after a word for the investors
    of a funding round is a company."""
    key, text, more = p.key, p.text, load_more()
    if more.investor_re is None:
        return
    # a Latin name may hold several words (Alder Crest Limited); a space before the joiner is skipped
    item = re.compile(r"(?:[A-Za-z0-9&][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&][A-Za-z0-9&.'-]*){0,5})?[\u4e00-\u9fff]{0,8}")
    for m in more.investor_re.finditer(key):
        pos = m.end()
        while pos < len(key) and key[pos] == " ":
            pos += 1
        while pos < len(key):
            it = item.match(text, pos)
            name, e = it.group(), it.end()
            lat = re.match(r"[A-Za-z0-9&]*(?: [A-Za-z0-9&][A-Za-z0-9&.'-]*)*", name).group()
            if "等" in name[len(lat):]:  # IDG等: the list ends at 等
                e = pos + len(lat) + name[len(lat):].index("等")
                name = text[pos:e]
            nk = key[pos:e]
            ok = 2 <= len(name) <= (10 if " " not in lat else 48) and not nk.endswith(more.investor_not) and nk not in more.investor_not \
                and not any(c in _FUNCTION_CHARS for c in nk[len(lat):]) and not starts_like_clause(nk) \
                and p.lexicon_type(name) in (None, "Company") \
                and (lat or not (common_word(nk, 200) or ordinary_phrase(nk))) and not (lat and lat.isdigit())
            if not ok:
                break
            if p.lexicon_type(name) is None and p.free(pos, e) and not _overlaps_found(p, pos, e):
                p.add(pos, e, "Company", "company-investor", 0.7)
            from kg.discover_lists import region_after

            e = region_after(key, e) or e  # 某某基金(香港)
            while e < len(key) and key[e] == " ":
                e += 1
            j = next((w for w in more.investor_joiners if key.startswith(w, e)), None)
            if j is None or key.startswith(("等",), e):
                break
            nxt = e + len(j)
            if j in ("，", ",") and not item.match(text, nxt).group():
                break
            if j in ("，", ",") and more.investor_re.match(key, nxt):
                break  # the next clause starts another list
            pos = nxt


def _place_then_name(name: str) -> bool:
    """瀋陽先進製造: a place name (jieba's POS) and words that do not end in a noun for people or
    things (美國投資者 is not a name)."""
    import jieba.posseg

    words = jieba.posseg.lcut(name, HMM=False)
    return len(words) >= 2 and words[0].flag == "ns" and not words[-1].flag.startswith("n")


def find_shareholders(p: Page) -> None:
    """購入1906萬股某某股份, 持有某某9.49%股份: the company whose shares are traded; 另一大股東某某,
    持有…股份的某某: a shareholder. The name must not be an ordinary word."""
    key, pat = p.key, p.pat
    for rx, rule in load_more().shares_re:
        for m in rx.finditer(key):
            s, e = m.start(1), m.end(1)
            name = key[s:e]
            inside = [k for k in p.known if k.start < e and s < k.end]
            at_place = bool(inside) and all(k.type == "Place" and k.start == s and k.end < e for k in inside)
            if any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in name) or name in pat.co_stop or clause_stem(p, name) \
                    or common_word(name, 200) or (ordinary_phrase(name) and not _place_then_name(name)) \
                    or p.lexicon_type(p.text[s:e]) not in (None, "Company"):
                continue  # 瀋陽先進製造 reads as words, but a place then words in this slot is a name
            if (p.free(s, e) or at_place) and not _overlaps_found(p, s, e):
                p.add(s, e, "Company", rule, 0.7, over=at_place)  # 瀋陽先進製造: a place begins the name
            elif rule == "company-shares":  # 萬股某某股份 found as a name with the suffix 股份
                p.found = [f for f in p.found if not (f.start < e and s < f.end and f.type == "Company"
                                                      and f.source == "pattern:company-suffix" and f.end == m.end())]
                if p.free(s, e) and not _overlaps_found(p, s, e):
                    p.add(s, e, "Company", rule, 0.7)


_LIST_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.&'][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2}")
_LIST_STOP = "，。；：,;:！？!?（）()「」《》“”\n"


def _list_items(p: Page, s: int, e: int, known: dict) -> list[tuple[int, int, str]]:
    """Split text[s:e] (one segment of an enumeration) into items by the list joiners: (start, end, kind)
    with kind 'known-Company' / 'known-<Type>' / 'latin' / 'cjk' / '' (not a name)."""
    joiners = load_more().list_joiners
    out, pos = [], s
    while pos < e:
        if pos in known and known[pos].type == "Place" and known[pos].end < e \
                and not p.key.startswith(joiners, known[pos].end) and (is_cjk(p.key[known[pos].end]) or known[pos].end in known):
            pos = known[pos].end  # 德國蘇斯: a country before a member is not part of its name
            continue
        if pos in known:
            m = known[pos]
            end = min(m.end, e)
            out.append((pos, end, "known-" + m.type))
        else:
            lm = _LIST_LATIN.match(p.text, pos, e)
            if lm and (lm.end() == e or not _ascii_alnum(p.text[lm.end()])):
                end = lm.end()
                out.append((pos, end, "latin"))
            else:
                end = pos
                while end < e and is_cjk(p.key[end]) and end - pos < 8 and not (
                        end > pos and p.key.startswith(joiners, end)):
                    end += 1
                out.append((pos, end, "cjk" if end - pos >= 2 else ""))
                if end == pos:
                    return out
        pos = end
        if out[-1][2]:
            from kg.discover_lists import paren_after

            pe = paren_after(p.key, pos)
            if pe is not None and pe[0] <= e:
                if pe[1]:  # 某某基金(香港): the region is part of the name
                    out[-1] = (out[-1][0], pe[0], out[-1][2])
                pos = pe[0]  # 某某（2464）: a stock code after the name
        j = next((w for w in joiners if p.key.startswith(w, pos)), None)
        if j is None:
            if pos < e:
                out.append((pos, e, ""))  # the segment runs on: not a bare name
            return out
        pos += len(j)
    return out


_LIST_COMMA = re.compile("、")


@lru_cache(maxsize=4)
def _investor_headed_re(heads: tuple) -> re.Pattern:
    """等 and a few characters, then a word for investors (等知名機構): the list before holds investors."""
    return re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:" + _alt(heads) + ")")


def _fund_kind(k: str, kinds: tuple, mods: frozenset) -> bool:
    """Is a list member a kind of fund (私募基金, 政府引導基金), not a fund's name? (company.toml list_fund_kinds)"""
    kind = next((f for f in kinds if k.endswith(f)), None)
    return kind is not None and (k == kind or k[: -len(kind)] in mods)


def find_company_lists(p: Page) -> None:
    """An enumeration whose members are mostly known companies lists companies: in
    甲公司、乙公司、Foo、丙公司及Bar the unknown Foo and Bar are companies too."""
    key, text, more, pat = p.key, p.text, load_more(), p.pat
    if not more.list_joiners:
        return
    known: dict[int, Mention] = {}
    for m in list(p.known) + p.found:
        if m.start not in known or (m.source in ("pattern:company-latin-form", "pattern:company-subsidiary")
                                    and m.end > known[m.start].end):
            known[m.start] = m  # UBS AM Singapore (by form) over UBS (known); 某某國際 (a subsidiary) over 某某
    commas = [m.start() for m in _LIST_COMMA.finditer(key)]
    if not commas:
        return
    ending_at: dict[int, Mention] = {}
    for m in known.values():
        ending_at.setdefault(m.end, m)  # the first known name (in start order) ending at each offset
    # chains of 、 whose inner segments are short and free of other punctuation
    from kg.discover_lists import latin_company_spans, list_cued, list_strong_cued, load_forms, paren_after, paren_start, strip_parens

    chains, cur = [], [commas[0]]
    for a, b in zip(commas, commas[1:]):
        seg = strip_parens(key, a + 1, b)  # 某某(香港)、某某（2464）: parentheses inside a member
        if len(seg) <= 24 and not any(c in _LIST_STOP for c in seg):
            cur.append(b)
        else:
            chains.append(cur)
            cur = [b]
    chains.append(cur)
    for chain in chains:
        items: list[tuple[int, int, str]] = []
        # where the list ends: after the last 、, at 等, a clause break or a closing count of companies
        z = chain[-1] + 1
        end = z
        while end < len(key) and not key.startswith("等", end) and end - z < 40:
            if text[end] in _LIST_STOP:
                pe = paren_after(key, end)
                if pe is None:
                    break
                end = pe[0]
                continue
            end += 1
        closing = more.list_closing_re.search(key, z, min(len(key), end + 16)) if more.list_closing_re else None
        closed = closing is not None and closing.start() <= end  # 甲、乙及丙這三家中國公司: companies, known or not
        if closed:
            end = closing.start()
        # 將甲、乙及丙列入實體清單: a list put on an export blacklist by 將 / 把 before it (POLICY lane)
        # (甲、乙等企業列入…: the list may end at 等 and a word for companies right before the verb)
        put = more.list_put_on_re.search(key, z, min(len(key), end + 16)) if more.list_put_on_re else None
        put_on = put is not None and (put.start() <= end or key.startswith(("等", "这", "此"), end)
                                      and put.start() - end <= 12) \
            and any(key.endswith(w, 0, chain[0] - k) for w in ("将", "把") for k in range(2, 7))
        if put_on and not closed:
            closed, end = True, min(end, put.start())
        openers = more.list_openers + (("将", "把") if put_on else ())
        # first member: what ends right before the first 、
        a = chain[0]
        a0 = paren_start(key, a)  # 某某通訊(香港)、: the member ends before its region or code
        head = ending_at.get(a0)
        if head is not None:
            items.append((head.start, a if a0 < a and paren_after(key, a0)[1] else head.end, "known-" + head.type))
        elif a0 < a:
            first = next((a0 - k for k in range(2, 9) if a0 - k >= 0 and _cjk_run(key[a0 - k:a0])
                          and key.endswith(more.list_openers, 0, a0 - k)), None)
            if first is not None:
                items.append((first, a if paren_after(key, a0)[1] else a0, "cjk"))
        else:
            lm = re.search(_LIST_LATIN.pattern + r"$", text[max(0, a - 40):a])
            lo = max(0, a - 40)
            if lm and (lm.start() + lo == 0 or not _ascii_alnum(text[lm.start() + lo - 1])):
                items.append((lo + lm.start(), a, "latin"))
            else:  # 已獲得北極光創投、…: a first member with an organization suffix after a list opener
                first = next((a - k for k in range(3, 9) if a - k >= 0 and _cjk_run(key[a - k:a])
                              and key.endswith(more.list_openers, 0, a - k) and _org_suffix_end(p, a - k, a) == a), None)
                if first is None and (closed or list_cued(p, a, chain[-1])):
                    # 公司包括甲、乙…: a short first member after an opener, or opening the clause
                    first = next((a - k for k in range(2, 7) if a - k >= 0 and _cjk_run(key[a - k:a])
                                  and (key.endswith(openers, 0, a - k) or a - k == 0
                                       or key[a - k - 1] in "，,。；;：:\n")), None)
                if first is None:
                    # 新股分別有甲、乙…: a short first member right after a word whose list holds companies
                    first = next((a - k for k in range(2, 7) if a - k >= 0 and _cjk_run(key[a - k:a])
                                  and list_strong_cued(p, a - k)), None)
                if first is not None:
                    items.append((first, a, "cjk"))
        for x, y in zip(chain, chain[1:]):
            items += _list_items(p, x + 1, y, known)
        # last member(s): after the last 、 up to the end of the list (z, end, closed: above)
        tail = _list_items(p, z, end, known)
        if tail and tail[-1][2] == "cjk" and tail[-1][1] - tail[-1][0] > 4 and not key.startswith("等", tail[-1][1]):
            from kg.discover_context import load_context

            ctx = load_context()
            ends = ctx.list_tail_followers if ctx is not None else ()
            ts, te, _k = tail[-1]
            # DISCOVER: 甲、乙和丙都將採用 — the last name runs into its clause and ends before an adverb of its verb
            cut_at = next((i for i in range(ts + 2, min(te, ts + 5)) if key.startswith(ends, i)
                           and not common_word(key[i - 1:i + 1], 50)), None) if ends else None
            if cut_at is not None:
                tail = tail[:-1] + [(ts, cut_at, "cjk")]
        if tail and tail[-1][2] == "" and not key.startswith("等", end):
            # the list ends inside a clause: keep the members up to the first non-name, then the first word
            cut = next(i for i, t in enumerate(tail) if t[2] == "")
            tail = tail[:cut]
            if tail and tail[-1][2] == "cjk" and not key.startswith("等", tail[-1][1]):
                ts, te, _k = tail[-1]
                cut_at = _org_suffix_end(p, ts, te)
                # a CJK member running into the clause is not safely delimited, unless it ends in an
                # organization suffix: 遠洋國際擔任獨家保薦人 -> 遠洋國際
                tail = tail[:-1] + ([(ts, cut_at, "cjk")] if cut_at else [])
        items += tail
        names = [t for t in items if t[2]]
        cos = sum(1 for t in names if t[2] == "known-Company")
        others = sum(1 for t in names if t[2].startswith("known-") and t[2] != "known-Company")
        suffixed = {(s, e) for s, e, kind in names
                    if kind == "cjk" and _org_suffix_end(p, s, paren_start(key, e)) == paren_start(key, e)}
        headed = more.list_headed_re is not None and more.list_headed_re.match(key[end:end + 12]) is not None
        # members that are companies by their form (Northwind Capital) or by an investor's suffix, in a
        # list said to hold investors (…等知名機構) or companies (投資者包括…, 供應商有…)
        formed = {(s, e) for s, e, kind in names if kind == "latin"
                  and any((a, b) == (0, e - s) for a, b, _l in latin_company_spans(text[s:e]))}
        inv_heads = load_forms().investor_heads
        inv_headed = bool(inv_heads) and bool(_investor_headed_re(inv_heads).match(key[end:end + 14]))
        cued = bool(items) and list_cued(p, items[0][0], chain[-1])
        strong_cued = bool(items) and (list_strong_cued(p, items[0][0]) or closed and items[-1][1] == end)
        strong = cos + len(suffixed) + len(formed)
        if not others and (inv_headed or cued) and len(suffixed) + len(formed) >= 2 and strong * 2 >= len(names):
            pass
        elif others or not (
                strong_cued
                or (cued and cos >= more.list_min_known)
                or (cos >= more.list_min_known and cos * 2 >= len(names))
                or (cos >= 1 and len(suffixed) >= 2 and (cos + len(suffixed)) * 2 >= len(names))
                or (cos >= 1 and headed and cos * 2 >= len(names))):
            continue
        cue_only = (cued or strong_cued) and not ((cos >= more.list_min_known and cos * 2 >= len(names))
                                 or (cos >= 1 and len(suffixed) >= 2 and (cos + len(suffixed)) * 2 >= len(names))
                                 or (cos >= 1 and headed and cos * 2 >= len(names)))
        co_pat = _load("company")
        kinds = tuple(co_pat.get("list_member_kinds", []))
        fund_kinds = tuple(co_pat.get("list_fund_kinds", []))
        fund_mods = frozenset(co_pat.get("list_fund_kind_modifiers", []))
        sectors = tuple(co_pat.get("list_sector_ends", []))
        not_endings = tuple(co_pat.get("listed_not_endings", []))
        if closed and any(kind == "cjk" and (s, e) not in suffixed
                          and key[s:paren_start(key, e)].endswith(sectors + not_endings) for s, e, kind in names):
            continue  # 晶圓代工、封裝測試等多家企業 / 將北航、哈工程列入…: sectors, universities (POLICY lane)
        firm_chars = co_pat.get("listed_firm_chars", "")
        if put_on and names and all(kind == "cjk" and (s, e) not in suffixed and e - s <= 3 and key[s] in pat.surnames
                                    and not any(c in firm_chars for c in key[s:e]) for s, e, kind in names):
            continue  # 將李明、王強列入實體清單: people (every name reads as a person's; POLICY lane)
        for s, e, kind in names:
            name = text[s:e]
            if cue_only and kind == "cjk" and (s, e) not in suffixed and key[s:paren_start(key, e)].endswith(kinds):
                continue  # 供應商包括甲、乙、本土廠商: a kind of company, not a name
            if kind == "cjk" and _fund_kind(key[s:paren_start(key, e)], fund_kinds, fund_mods):
                continue  # 私募基金、政府引導基金等投資者: kinds of investor, not funds' names
            if kind == "latin":
                if len(name) < 3 or name.lower() in pat.latin_stop or pat.model_re.fullmatch(name) \
                        or p.lexicon_type(name) not in (None, "Company"):
                    continue
            elif kind == "cjk" and (s, e) in suffixed:
                k = key[s:paren_start(key, e)]
                if s > 0 and key[s - 1] == "、" and k[0] in _FUNCTION_CHARS:
                    k = k[1:]  # NAMES lane: 、和利資本 — no joiner follows 、: the character opens the name
                if any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in k) or clause_stem(p, k) \
                        or p.lexicon_type(name) is not None:
                    continue
            elif kind == "cjk":
                k = key[s:paren_start(key, e)]
                if not 2 <= len(k) <= 4 or any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in k) or clause_stem(p, k) \
                        or common_word(k, 200) or ordinary_phrase(k) or p.lexicon_type(name) is not None:
                    continue
            else:
                continue
            core = paren_start(key, e)  # 某某基金(香港): the region in parentheses is a known place
            if p.free(s, core) and not _overlaps_found(p, s, e):
                # (a list closed by a count of companies: its own source, read by find_city_prefixed — POLICY lane)
                p.add(s, e, "Company", "company-closed-list" if closed else "company-enumerated", 0.7, over=core < e)


def _org_suffix_end(p: Page, s: int, e: int) -> int | None:
    """End of the last organization suffix in key[s:e] with a stem of two or more characters that is
    not an ordinary word (青松資本, 北風汽車集團, 遠洋國際); None if there is none."""
    key, suffixes = p.key, load_more().list_org_suffixes
    for end in range(e, s + 3, -1):
        suf = next((x for x in suffixes if key.startswith(x, end - len(x)) and end - len(x) - s >= 2), None)
        if suf:
            stem = key[s:end - len(suf)]
            # NAMES lane: 、和利資本 — no joiner follows 、: a function character there opens the name
            body = stem[1:] if s > 0 and key[s - 1] == "、" and stem[:1] in _FUNCTION_CHARS else stem
            if stem in p.pat.co_stop or common_word(stem, 200) or any(c in _FUNCTION_CHARS for c in body) \
                    or (clause_stem(p, body) if body != stem else clause_stem(p, stem)):
                return None
            return end
    return None


def proper_name(stem: str) -> bool:
    """Is `stem` made of proper nouns only (上海/ns 復旦/nz), by jieba's POS with HMM off?"""
    import jieba.posseg

    return all(w.flag in ("ns", "nz", "nt", "nr", "nrt", "nrfg") for w in jieba.posseg.lcut(stem, HMM=False))


def _tail_end(p: Page, e: int) -> int:
    """A company name runs on with more suffixes: 吉姆半導體|科技, 星芯北方集成電路|製造."""
    tails = load_more().co_tail
    while True:
        t = next((t for t in tails if p.key.startswith(t, e)), None)
        if t is None or not p.right_ok(e + len(t)) and not p.key.startswith(tails, e + len(t)):
            return e
        if p.key.startswith(load_extra().co_runs_on, e + len(t)):
            return e
        e += len(t)


def find_subsidiaries(p: Page) -> None:
    """A known company, a place or direction word and a company suffix: 星芯北方集成電路製造 is a
    company of its own (the known company's northern subsidiary), printed in full."""
    more, pat = load_more(), p.pat
    for k in p.known:
        if k.type != "Company" or not k.entity:
            continue
        w = next((w for w in more.subsidiary_words if p.key.startswith(w, k.end)), None)
        if w is None:
            continue
        bare = _load("company").get("subsidiary_bare", [])
        if w in bare and p.right_ok(k.end + len(w)) and not _overlaps_found(p, k.start, k.end + len(w)):
            p.add(k.start, k.end + len(w), "Company", "company-subsidiary", 0.75, over=True)  # 某某證券國際
            continue
        m = pat.co_suffix_re.match(p.key, k.end + len(w))
        if m is None or m.group() not in pat.co_strong:
            continue
        e = _tail_end(p, m.end())
        if _holding_verb(p, k.start, e):
            # 由華虹國際控股: "is controlled by 華虹國際", no company named 華虹國際控股
            if w in bare and m.start() == k.end + len(w) and not _overlaps_found(p, k.start, k.end + len(w)):
                p.add(k.start, k.end + len(w), "Company", "company-subsidiary", 0.75, over=True)
            continue
        if p.right_ok(e) and not _overlaps_found(p, k.start, e):
            p.add(k.start, e, "Company", "company-subsidiary", 0.8, over=True)


def find_regional_units(p: Page) -> None:
    """某某韓國子公司: a known company, a known place right after it and a unit word (company.toml
    regional_units) is the company's arm there, a company of its own."""
    units = _company_words()["regional_units"]
    if not units:
        return
    places = {m.start: m for m in p.known if m.type == "Place"}
    for k in p.known:
        pl = places.get(k.end) if k.type == "Company" and k.entity else None
        u = next((u for u in units if p.key.startswith(u, pl.end)), None) if pl is not None else None
        if u is not None and not _overlaps_found(p, k.start, pl.end + len(u)):
            p.add(k.start, pl.end + len(u), "Company", "company-regional-unit", 0.8, over=True)


@lru_cache(maxsize=1)
@_pattern_data("company")
def _company_words() -> dict[str, tuple]:
    """Word lists of company.toml read by the finders below, each checked to be a list of words."""
    co, where = _load("company"), _files(["company"])
    return {k: tuple(sorted(key_words(setting_words(co, k, [], where)), key=len, reverse=True))
            for k in ("holding_verbs", "holding_agents", "holding_named_after", "regional_units")}


def _holding_verb(p: Page, s: int, e: int) -> bool:
    """Is the name at s..e a company and the verb 控股 after an agent word (由某某控股, 被某某控股), with no
    legal form after it (由某某控股有限公司持有 names the holding company)?"""
    w = _company_words()
    return any(p.key.startswith(v, e - len(v)) for v in w["holding_verbs"]) \
        and any(p.key.endswith(a, 0, s) for a in w["holding_agents"]) \
        and not p.key.startswith(w["holding_named_after"], e)


def find_suffixed_subsidiaries(p: Page) -> None:
    """寒武紀行歌-style names: a known company and two characters that are no word, printed at least
    twice on the page, each time before a boundary or a verb. A numeral after the company numbers one
    of its plants or phases (某某五廠, 某某二期), not a company."""
    need = int(_load("company").get("subsidiary_repeat", 0) or 0)
    if need < 1:
        return
    key, pat = p.key, p.pat
    seen: dict[str, list[tuple[int, int]]] = {}
    for k in p.known:
        if k.type != "Company" or not k.entity:
            continue
        e = k.end + 2
        tail = key[k.end:e]
        if e > len(key) or not _cjk_run(tail) or tail[0] in pat.surnames or tail[0] in _FUNCTION_CHARS \
                or tail[0] in _NUMERAL_CHARS or tail in _load("company").get("market_words", []) \
                or common_word(tail, 50) \
                or starts_like_clause(tail) or not p.free(k.end, e) or not p.right_ok(e):
            continue
        seen.setdefault(key[k.start:e], []).append((k.start, e))
    for spans in seen.values():
        if len(spans) >= need:
            for s, e in spans:
                if not _overlaps_found(p, s, e):
                    p.add(s, e, "Company", "company-subsidiary-suffix", 0.7, over=True)


def _has_verb(stem: str) -> bool:
    """Does `stem` hold a verb (建立戰略聯盟, 應充分發揮產業基金): a clause, not a name?"""
    import jieba.posseg

    return any(f.startswith("v") or f in ("d", "p", "c") for _w, f in jieba.posseg.lcut(stem, HMM=False))


_DOTTED_TAIL = re.compile(r"[ \u3000]?[·•・][ \u3000]?([\u4e00-\u9fff]{1,6})$")


def _dotted_name_start(key: str, e: int) -> int | None:
    """Start of a transliterated name with a middle dot ending at e (洛克希德 · 馬丁), both halves made of
    transliteration characters; None if there is none."""
    chars = load_more().transliteration_chars
    m = _DOTTED_TAIL.search(key, max(0, e - 10), e)
    if m is None or not all(c in chars for c in m.group(1)):
        return None
    s = m.start()
    while s > 0 and key[s - 1] in chars and m.start() - s < 6:
        s -= 1
    return s if m.start() - s >= 2 else None


def find_listed_companies(p: Page) -> None:
    """A name printed right before a stock code is a listed company: 某某(688001.SH), 某某科技(06082.HK)."""
    from kg.discover_context import after_kind_word
    from kg.discover_lists import load_forms

    key, text = p.key, p.text
    forms = load_forms()
    for m in load_extra().stock_code_re.finditer(text):
        e = m.start()
        while e > 0 and key[e - 1] in " \u3000":
            e -= 1  # 某某 (INTC-US): a space before the code
        if any(k.start < e <= k.end for k in p.known + p.found):
            continue  # the name is known already
        ds = _dotted_name_start(key, e)
        if ds is not None and p.left_ok(ds) and p.free(ds, e):
            p.add(ds, e, "Company", "company-stock-code", 0.85)  # 洛克希德 · 馬丁 (LMT-US)
            continue
        for s, name in _stems_before(key, e, 8):
            if forms is not None and forms.not_coded_name(name):
                break  # 國泰永續高股息(00878.TW), 半導體類股 (2330-TW), 蘋果供應鏈(2317.TW): a fund, a sector
            if p.left_ok(s) or after_kind_word(p, s):  # 晶片龍頭|某某 (688001.SH): the name starts after the kind word
                if not common_word(name, 200) and not ordinary_phrase(name) and p.lexicon_type(name) in (None, "Company") \
                        and not clause_stem(p, name):
                    p.add(s, e, "Company", "company-stock-code", 0.85)
                break


def find_new_listing(p: Page) -> None:
    """One name alone after a listing board's new shares, up to the end of its clause:
    科創板新股為某某，… (lists of several are find_company_lists')."""
    from kg.discover_lists import board_before, load_forms

    cue = load_forms().strong_any_re
    if cue is None:
        return
    key = p.key
    for m in cue.finditer(key):
        s = m.end()
        if not board_before(p, m.start()) or common_word(key[s - 1:s + 1], 1):
            continue  # 新股有望回暖: no board before it, or the link starts a word
        e = s
        while e < len(key) and e - s <= 6 and _cjk_run(key[e]):
            e += 1
        if not 2 <= e - s <= 5 or e >= len(key) or key[e] not in "，,。；;\n" or not p.free(s, e):
            continue
        name = key[s:e]
        if any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in name) or common_word(name, 200) \
                or ordinary_phrase(name) or clause_stem(p, name) or p.lexicon_type(p.text[s:e]) is not None:
            continue
        p.add(s, e, "Company", "company-new-share", 0.7)


# -- organizations and funds ------------------------------------------------------------------------
def find_organizations(p: Page) -> None:
    """某某研究院, 某某產業聯盟, 經濟日報, 科創板日報 (a known name with a media suffix), 陸媒《某某》指出."""
    key, x = p.key, load_extra()
    places = {m.end: m for m in p.known if m.type == "Place"}
    for m in x.org_suffix_re.finditer(key):
        ss, se = m.start(), m.end()
        media = m.group() in x.media_suffixes
        if media and m.group().endswith("报") and key[se:se + 1] in ("导", "道"):
            continue  # 東京二十七日報導: 日 + 報導 (reports), not a daily
        head = p.known_ends.get(ss)
        if (media or m.group() in x.exchange_suffixes) and head is not None \
                and head.type in ("Exchange", "Organization", "Place", "Company") and p.left_ok(head.start):
            # NAMES3: 某某證券交易所 after a known market or place (the exchange named in full); after a market
            # the lexicon knows it is that market (納斯達克證券交易所 is 納斯達克)
            if media:
                p.add(head.start, se, "Organization", "org-media", 0.75, over=True)
            else:  # 某國證券交易所: an exchange of its own unless the market before it is known
                market = head.entity if head.type == "Exchange" else None
                p.add(head.start, se, "Exchange", "org-exchange", 0.9 if market else 0.75, entity=market, over=True)
            continue
        for s, stem in _stems_before(key, ss, 8):
            if stem in x.org_stop or stem[:1] in _FUNCTION_CHARS:
                break
            place = places.get(s) if not media else None
            if place is not None and p.free(s, ss) and not _has_verb(stem) \
                    and (p.left_ok(place.start) or place.start in p.place_starts) \
                    and key[place.start - 1:place.start] != "的":
                # 南韓產業研究院, 深圳某某研究院: the place printed before the stem starts the name (a place
                # the lexicon knows is a word of its own: 引述美國某某協會 starts at 美國, ORGS lane)
                p.add(place.start, se, "Organization", "org-suffix", 0.75, over=True)
                break
            if not p.left_ok(s) or not p.free(s, ss):
                continue
            if (not media and len(stem) <= 2 and common_word(stem, 200)) or _has_verb(stem):
                break
            p.add(s, se, "Organization", "org-suffix", 0.7 if media else 0.75)
            break
    from kg.discover_policy import load_headed

    article = load_headed().issue_article_re  # 根據《某某要點》第十二條: a document's article, not an outlet
    for m in re.finditer(r"《([^《》\n，。]{2,12})》", key):
        name = m.group(1)
        if name.endswith(p.pat.policy_suffixes) or name.endswith(x.not_media) \
                or (article is not None and article.match(key, m.end())):
            continue
        before = key[max(0, m.start() - 4):m.start()].endswith(x.media_before)
        after = key.startswith(x.media_verbs, m.end())
        if (before or after) and p.lexicon_type(name) is None:
            s1, e1 = m.span(1)
            inside = [k for k in p.known if k.start < e1 and s1 < k.end]
            # 韓媒《韓國經濟》: a place inside the quoted name is part of the outlet's name (NAMES2)
            over = bool(inside) and before and all(k.type == "Place" and s1 <= k.start and k.end <= e1 for k in inside)
            p.add(s1, e1, "Organization", "org-media-quoted", 0.7 if before and after else 0.6, over=over)


@lru_cache(maxsize=1)
@_pattern_data("organization")
def _org_forms() -> tuple:
    org = _load("organization")
    return (tuple(re.compile(r) for r in org.get("media_forms", [])),
            tuple(sorted(org.get("event_suffixes", []), key=len, reverse=True)), tuple(org.get("event_scopes", [])),
            int(org.get("event_stem", 12)), frozenset(key_words(org.get("media_form_not", []))))


_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年?$")  # 2031年世界某某大會: the edition's year (NAMES5)


def find_media_and_events(p: Page) -> None:
    """Outlets from a dateline, a source line or a picture credit (快科技6月2日消息, 来源：某某网,
    （示意圖／某某新聞）); events by their suffix after a distinctive stem (百度AI開發者大會, 世界人工智能大會)."""
    key = p.key
    forms, event_suffixes, scopes, stem_len, not_media = _org_forms()
    for r in forms:
        if not may_match(r, key):
            continue  # the page prints none of the words the form needs (日电, 来源 …)
        for m in r.finditer(key):
            s, e = m.span(1)
            while s < e and key[s] == " ":
                s += 1
            while e > s and key[e - 1] == " ":
                e -= 1
            name = key[s:e]
            if e - s < 2 or common_word(name, 200) or name in not_media \
                    or p.lexicon_type(name) not in (None, "Organization") \
                    or any(c in _FUNCTION_CHARS for c in name) or not p.free(s, e) or _overlaps_found(p, s, e):
                continue
            p.add(s, e, "Organization", "org-media-form", 0.7)
    starts = {m.start: m for m in p.known + p.found if m.type in ("Company", "Chip", "Organization", "Place")}
    if not event_suffixes:
        return
    named = {i for n in starts.values() for i in range(n.start, n.end)}  # a function character inside a name (华为)
    for m in re.finditer(_alt(event_suffixes), key):
        ss, se = m.start(), m.end()
        best = None
        for s in range(ss - 1, max(-1, ss - stem_len - 1), -1):
            c = key[s]
            if not (is_cjk(c) or _ascii_alnum(c)) or (c in _FUNCTION_CHARS and s not in named):  # 华为全联接大会
                break
            latin = c.isascii() and c.isalpha() and (s == 0 or not _ascii_alnum(key[s - 1]))
            if s in starts or ((latin or key.startswith(scopes, s)) and (p.left_ok(s) or _YEAR_BEFORE.search(key, max(0, s - 5), s))):  # 2018年|百度AI…
                rest = "".join(ch for i, ch in enumerate(key[s:ss], s) if not p.taken[i])  # 鲲鹏升腾: names
                if not rest or not _has_verb(rest):
                    best = s
        if best is not None and p.free(ss, se) and not _overlaps_found(p, best, se) \
                and all(m.start >= best and m.end <= ss for m in p.known if m.start < ss and m.end > best):
            p.add(best, se, "Organization", "org-event", 0.7, over=True)  # 百度 (lexicon) AI開發者大會


def find_funds(p: Page) -> None:
    """Funds printed without quotes: 某某產業投資基金 (typed Policy, like 大基金)."""
    key, x = p.key, load_extra()
    for m in x.fund_suffix_re.finditer(key):
        ss, se = m.start(), m.end()
        for s, stem in _stems_before(key, ss, 14):
            if stem in x.fund_stop or stem[:1] in _FUNCTION_CHARS:
                break
            if p.left_ok(s) and key[s - 1:s] != "的":
                if not ordinary_phrase(stem) and not _has_verb(stem) and p.free(s, se):
                    # A place printed right before the name starts it (上海集成電路產業投資基金): the
                    # official name of a regional fund holds its place, as 大基金's holds 國家.
                    place = next((k for k in p.known if k.type == "Place" and k.end == s and p.left_ok(k.start)
                                  and key[k.start - 1:k.start] != "的"), None)
                    if place is not None:
                        p.add(place.start, se, "Policy", "policy-fund", 0.7, over=True)
                    else:
                        p.add(s, se, "Policy", "policy-fund", 0.7)
                break


def find_enumerated(p: Page) -> None:
    """三檔子基金（甲、乙、丙）, 兩家公司（甲及乙）: the kind word before the parentheses types each member."""
    key, x = p.key, load_extra()
    for m in re.finditer(r"\(([^()\n]{2,120})\)", key):
        kind = _head_end(x.enumerated, key[max(0, m.start() - 6):m.start()])
        if kind is None:
            continue
        body, base = m.group(1), m.start(1)
        parts = re.split(r"(、|以及|及|和|与|,)", body)
        if len(parts) < 3:
            continue  # a single name is an apposition, not a list
        pos = base
        for part in parts:
            s, e = pos, pos + len(part)
            pos = e
            if part in ("、", "及", "和", "与", "以及", ","):
                continue
            if not (2 <= len(part) <= x.max_member) or not all(is_cjk(c) or _ascii_alnum(c) for c in part):
                continue
            if p.free(s, e) and not common_word(part, 200) and p.lexicon_type(part) in (None, kind[1]):
                p.add(s, e, kind[1], "enumerated", 0.7)


def _family_model_name(p: Page, k: Mention, end: int, code_start: int | None = None) -> str | None:
    """One name for a model of a known chip family in every script: the family's English name and the code
    (驍龍8 Gen 3 and Snapdragon 8 Gen 3 are "Snapdragon 8 Gen 3", 天璣8450 and Dimensity 8450 "Dimensity 8450"),
    so both printings are one node. None (the name as printed) when the family has no English name."""
    entry = p.lex.entries.get(k.entity) if k.entity else None
    en = entry.pref.get("en") if entry is not None else None
    if not en or not en.isascii():
        return None
    code = p.text[k.end if code_start is None else code_start:end].strip()
    return f"{en} {code}" if code else None


def find_chip_series(p: Page) -> None:
    """曦思N系列 (brand + capital letters + 系列, with a chip cue), 昇騰960 and 昇騰960和970 (a known
    chip family followed by a number)."""
    key, text, pat, x = p.key, p.text, p.pat, load_extra()
    for m in x.series_re.finditer(text):
        s, e = m.start() - 2, m.end()
        if s < 0 or not _cjk_run(key[s:s + 2]):
            continue
        brand = key[s:s + 2]
        if brand in pat.not_brands or common_word(brand, 50) or p.lexicon_type(brand) not in (None, "Chip"):
            continue
        # a known chip family as the brand (曦雲C系列: the lexicon knows 曦雲) is one series of it
        k = p.known_ends.get(s + 2)
        family = k is not None and k.start == s and k.type == "Chip"
        if p.chip_cued(s) and p.free(s + 2 if family else s, e) \
                and not _overlaps_found(p, s, e):
            p.add(s, e, "Chip", "chip-series", 0.75, over=family)
    from kg.discover_chips import load_chip_forms

    variant_same = load_chip_forms().variant_same  # A18 Bionic is the A18
    for k in p.known:
        if k.type != "Chip" or not k.entity:
            continue
        more = load_more()
        ve = _variant_end(text, k.end)  # Snapdragon 8 Elite Gen 5: a known model and its generation
        if ve > k.end and p.free(k.end, ve) and not _overlaps_found(p, k.end, ve):
            same = set(text[k.end:ve].split()) <= variant_same
            # RTX 5090 D printed with a space is the lexicon's RTX 5090D when it knows that one
            glued = p.lex.lookup(text[k.start:k.end] + text[k.end:ve].replace(" ", ""))
            entity = k.entity if same else (glued.iri if glued is not None and glued.type == "Chip" else None)
            p.add(k.start, ve, "Chip", "chip-known-variant", 0.8, over=True, entity=entity)
            continue  # A18 Bionic is the A18 (variant_same); A18 Pro is another chip
        fc = more.family_code_re.match(text, k.end) if more.family_code_re else None
        if fc and p.free(k.end, fc.end()):
            inner = [f for f in p.found if f.start < fc.end() and f.end > k.end]
            if all(f.type == "Chip" and f.start >= k.end and f.end <= fc.end() for f in inner):
                p.found = [f for f in p.found if f not in inner]  # 9950X found alone: 銳龍9 9950X
                p.add(k.start, fc.end(), "Chip", "chip-family-code", 0.8, over=True,  # 酷睿i3-10100
                      canonical=_family_model_name(p, k, fc.end()))
                continue
        fm = more.family_model_re.match(text, k.end) if more.family_model_re else None
        if fm and p.free(k.end, fm.end()):
            inner = [f for f in p.found if f.start < fm.end() and f.end > k.end]
            if all(f.type == "Chip" and f.start >= k.end and f.end <= fm.end() for f in inner):
                p.found = [f for f in p.found if f not in inner]  # X2 Plus found alone: Snapdragon X2 Plus
                p.add(k.start, fm.end(), "Chip", "chip-family-model", 0.8, over=True,  # 驍龍8 Elite Gen 5
                      canonical=_family_model_name(p, k, fm.end()))
                continue
        m = x.family_number_re.match(text, k.end)
        if not m and more.family_digit_re:
            m = more.family_digit_re.match(key, k.end)  # 驍龍8晶片 (matched on the key: the kind word)
        if not m and text[k.start:k.end].isascii():
            m = more.family_spaced_re.match(text, k.end)  # Exynos 2600
            if not m and more.family_plus_re:
                m = more.family_plus_re.match(text, k.end)  # Xeon 6+
            if not m and more.family_codename_re:
                c = more.family_codename_re.match(text, k.end)  # EPYC Venice
                if c and c.group(1).lower() not in p.pat.latin_stop and p.lexicon_type(c.group(1)) is None \
                        and c.group(1).lower() not in more.latin_numbered_not \
                        and c.group(1).upper() != c.group(1):
                    inner = [f for f in p.found if f.start < c.end() and f.end > k.end]
                    if any(f.type != "Chip" or f.start < c.start(1) or f.end > c.end() for f in inner):
                        continue
                    p.found = [f for f in p.found if f not in inner]  # Turin處理器 found alone: EPYC Turin
                    p.add(k.start, c.end(), "Chip", "chip-family-codename", 0.8, over=True)
                    continue
        if m and p.free(k.end, m.end()):
            # the code found alone as a chip first (T30, 810E): the family and its code are one model
            inner = [f for f in p.found if f.start < m.end() and f.end > k.end]
            if inner and all(f.type == "Chip" and f.start >= k.end and f.end <= m.end() for f in inner):
                p.found = [f for f in p.found if f not in inner]
        if not m or (_not_model(pat, m.group()) and not x.family_number_ok_re.fullmatch(m.group())) \
                or not p.free(k.end, m.end()) or _overlaps_found(p, k.end, m.end()):
            continue
        from kg.discover_chips import load_chip_forms

        if key.startswith(x.family_gap_not + load_chip_forms().coded_not_before, m.end()):
            continue  # 昇騰2025年, 昇騰300萬顆: a year or a count, not a model
        brand = p.text[k.start:k.end]
        me = _variant_end(text, m.end())  # 麒麟9030 Pro, Exynos 2600 Pro
        if me > m.end() and (not p.free(m.end(), me) or _overlaps_found(p, m.end(), me)):
            me = m.end()
        p.add(k.start, me, "Chip", "chip-family-number", 0.8, over=True, canonical=_family_model_name(p, k, me))
        pos = me
        while True:  # 昇騰960和970
            j = next((w for w in x.family_joiners if key.startswith(w, pos)), None)
            if j is None:
                break
            n = x.family_number_re.match(text, pos + len(j))
            if not n or not p.free(n.start(), n.end()) or _overlaps_found(p, n.start(), n.end()):
                break
            ne = _variant_end(text, n.end())  # 麒麟9030跟9030 Pro
            if ne > n.end() and (not p.free(n.end(), ne) or _overlaps_found(p, n.end(), ne)):
                ne = n.end()
            p.add(n.start(), ne, "Chip", "chip-family-number", 0.7,
                  canonical=_family_model_name(p, k, ne, n.start()) or brand + text[n.start():ne])
            pos = ne

    # Chinese series coordinated with each other: 泰山系列以及峨眉系列 (with a chip cue in the sentence)
    chip_cfg = _load("chip")
    if "cjk_series" in chip_cfg:
        bad = pat.not_brands | frozenset(chip_cfg.get("series_not_brands", []))
        sx = re.compile(chip_cfg["cjk_series"])
        joined = "(?:" + _alt(x.family_joiners) + ")"
        for m in re.finditer(f"{sx.pattern}(?:{joined}{sx.pattern})+", key):
            if not p.chip_cued(m.start()):
                continue
            parts = list(re.finditer(sx.pattern, key[m.start():m.end()]))
            if any(q.group(1) in bad or p.lexicon_type(p.text[m.start() + q.start(1):m.start() + q.end(1)]) not in (None, "Chip")
                   or any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in q.group(1)) for q in parts):
                continue
            for q in parts:
                s0, e0 = m.start() + q.start(), m.start() + q.end()
                if p.left_ok(s0) or key[s0 - 1] in "：:" or key.endswith(x.family_joiners, 0, s0):
                    if p.free(s0, e0) and not _overlaps_found(p, s0, e0):
                        p.add(s0, e0, "Chip", "chip-cjk-series", 0.7)
    # A model of a brand and a number printed with bare numbers coordinated after it: 曦海520和620晶片
    # (620 is 曦海620), 征程6P和6H智驾芯片. The number has as many digits as the model's and is followed
    # by a chip word (after at most two characters), a joiner or a punctuation mark, not by a unit
    # (曦海520和620億元 is money).
    for k in [m for m in p.known + p.found if m.type == "Chip"]:
        bm = re.fullmatch(r"([\u4e00-\u9fff]{2,4})(\d{1,4})([A-Z]{0,3})", text[k.start:k.end])
        if not bm:
            continue
        pos = k.end
        while True:
            j = next((w for w in x.family_joiners if key.startswith(w, pos)), None)
            n = re.compile(r"\d{%d}[A-Z]{0,3}" % len(bm.group(2))).match(text, pos + len(j)) if j else None
            # the chip word may follow a short modifier: 征程6P和6H智驾芯片
            gap_ok = not key.startswith(x.family_gap_not, n.end()) if n else False
            if not n or n.end() < len(key) and not ((gap_ok and any(key.startswith(pat.kind_words, n.end() + i) for i in range(3)))
                                                    or key.startswith(x.family_joiners, n.end())
                                                    or key[n.end()] in pat.boundary or not is_cjk(key[n.end()])) \
                    or n.end() < len(key) and (_ascii_alnum(key[n.end()]) or key[n.end()] in ".%") \
                    or not p.free(n.start(), n.end()) or _overlaps_found(p, n.start(), n.end()):
                break
            ne = _variant_end(text, n.end())  # 麒麟9030跟9030 Pro
            if ne > n.end() and (not p.free(n.end(), ne) or _overlaps_found(p, n.end(), ne)):
                ne = n.end()
            p.add(n.start(), ne, "Chip", "chip-brand-number-listed", 0.7, canonical=bm.group(1) + text[n.start():ne])
            pos = ne


@lru_cache(maxsize=4)
def _design_quoted_re(kinds: tuple, max_name: int) -> re.Pattern:
    """named.toml [kind_quoted]: a word for a kind of design followed by one or more quoted names."""
    q = r"[「“\"][^「」“”\"，。,;；\n、]{1,%d}[」”\"]" % max_name
    return re.compile(r"(?:%s)\s*((?:%s\s*(?:、|和|与|及|以及)?\s*)+)" % (_alt(kinds), q))


def _add_quoted(p: Page, m: re.Match, typ: str, rule: str, conf: float) -> None:
    """Each quoted name of m.group(1) a `typ` mention, unless the lexicon knows it as another type, it ends like a
    quoted description (extra quoted_not) or it is a common word."""
    x = load_extra()
    for q in re.finditer(r"[「“\"]([^」”\"]+)[」”\"]", m.group(1)):
        s, e = m.start(1) + q.start(1), m.start(1) + q.end(1)
        name = q.group(1)
        if name.endswith(x.quoted_not) or p.lexicon_type(name) not in (None, typ) or common_word(name, 5000):
            continue
        if p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, typ, rule, conf)


def find_quoted_designs(p: Page) -> None:
    """Quoted names right after a word for a kind of design (SUBJECT lane): 推出四代GPU架構「甲」「乙」「丙」 — each
    quoted name is a technology (named.toml [kind_quoted])."""
    cfg = _load("named").get("kind_quoted", {})
    kinds = tuple(cfg.get("Technology", []))
    if not kinds:
        return
    rx = _design_quoted_re(kinds, int(cfg.get("max_name", 8)))
    for m in rx.finditer(p.key):
        _add_quoted(p, m, "Technology", "technology-kind-quoted", 0.75)


def find_quoted_chips(p: Page) -> None:
    """Quoted names coordinated before a count and a word for a kind of chip: 發布「華山」和「廬山」兩款晶片,
    「長江」智慧系統單晶片."""
    key, pat, more, x = p.key, p.pat, load_more(), load_extra()
    for m in more.quoted_kind_re.finditer(key):
        after = m.end()
        kind = None
        for n in range(0, more.max_quoted_modifier + 1):
            mod = key[after:after + n]
            if n and (not _cjk_run(mod) or any(c in _FUNCTION_CHARS for c in mod)):
                break
            if key.startswith(pat.kind_words, after + n):
                kind = after + n
                break
        if kind is not None:
            w = next(w for w in sorted(pat.kind_words, key=len, reverse=True) if key.startswith(w, kind))
            if key.startswith(more.kind_not_before, kind + len(w)):
                continue  # 「第三代全大核」CPU架構: an architecture, not a chip
        if kind is None or key.startswith(x.group_after, m.end()):
            continue
        _add_quoted(p, m, "Chip", "chip-quoted-kind", 0.8)


def find_devices(p: Page) -> None:
    """旗艦機Mate 60 Pro: a Latin name right after a word for a kind of device is a product."""
    text, x = p.text, load_extra()
    for m in x.device_kinds_re.finditer(p.key):
        n = x.device_name_re.match(text, m.end())
        if n and len(n.group()) >= 3 and n.group().upper() not in ("AI", "APP") and p.free(n.start(), n.end()) \
                and p.lexicon_type(n.group()) in (None, "Product") and not _overlaps_found(p, n.start(), n.end()):
            p.add(n.start(), n.end(), "Product", "product-kind-before", 0.75)


# -- chips ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TechPatterns:
    """Technologies from their form (ontology/patterns/technology.toml)."""
    standards_re: re.Pattern
    design_words: tuple
    design_gap: int
    design_not_after: tuple


    model_version_re: re.Pattern | None = None  # [product_models]
    model_point_re: re.Pattern | None = None
    model_not_before_re: re.Pattern | None = None
    latin_tech_re: re.Pattern | None = None  # [latin_technology]
    latin_tech_heads: tuple = ()
    latin_tech_capitals: int = 2
    latin_tech_letters: int = 3
    latin_tech_not: frozenset = frozenset()
    ip_cores_re: re.Pattern | None = None  # ip_cores
    family_version_re: re.Pattern | None = None  # family_version
    spellings: tuple = ()  # standard_spellings: (compiled regex, replacement)


@lru_cache(maxsize=1)
@_pattern_data("technology")
def load_tech() -> TechPatterns:
    t = _load("technology")
    pm, lt = t.get("product_models", {}), t.get("latin_technology", {})
    return TechPatterns(
        standards_re=re.compile(t["standards"]),
        design_words=tuple(sorted(t.get("design_words", []), key=len, reverse=True)),
        design_gap=int(t.get("design_gap", 4)),
        design_not_after=tuple(t.get("design_not_after", [])),
        model_version_re=re.compile(pm["version"]) if "version" in pm else None,
        model_point_re=re.compile(pm["point_release"]) if "point_release" in pm else None,
        model_not_before_re=re.compile(pm["not_before"]) if "not_before" in pm else None,
        latin_tech_re=re.compile(lt["name"]) if "name" in lt else None,
        latin_tech_heads=tuple(sorted(lt.get("heads", []), key=len, reverse=True)),
        latin_tech_capitals=int(lt.get("min_capitals", 2)),
        latin_tech_letters=int(lt.get("min_letters", 3)),
        latin_tech_not=frozenset(w.lower() for w in lt.get("not_names", [])),
        ip_cores_re=re.compile(t["ip_cores"]) if "ip_cores" in t else None,
        family_version_re=re.compile(t["family_version"]) if "family_version" in t else None,
        spellings=tuple((re.compile(a), b) for a, b in t.get("standard_spellings", [])),
    )


_LATIN_WORD = re.compile(r" ?[A-Za-z][A-Za-z0-9]*")


def design_after(p: Page, e: int) -> bool:
    """Is the code ending at `e` followed by a word for a core, an architecture or an interface
    (LA664架構, QX300 GPGPU並行計算核心), so that it names a design and not a chip?"""
    t, key = load_tech(), p.key
    pos = e
    lw = _LATIN_WORD.match(key, pos)
    if lw:
        pos = lw.end()
    for gap in range(0, t.design_gap + 1):
        mod = key[pos:pos + gap]
        if gap and (not _cjk_run(mod) or any(c in _FUNCTION_CHARS for c in mod) or starts_like_clause(mod)):
            return False
        w = next((w for w in t.design_words if key.startswith(w, pos + gap)), None)
        if w:
            return not key.startswith(t.design_not_after, pos + gap + len(w))
    return False


def _standard_spelling(p: Page, s: int, e: int) -> str | None:
    """The one spelling of the standard printed at s..e (PCIe Gen5 -> PCIe 5.0), or None to keep it as
    printed (also when the lexicon knows the printed name)."""
    name = p.text[s:e]
    if p.lexicon_type(name) is not None:
        return None
    for rx, rep in load_tech().spellings:
        m = rx.fullmatch(name)
        if m:
            out = m.expand(rep)
            return out if out != name else None
    return None


@lru_cache(maxsize=1)
@_pattern_data("technology")
def _described_forms():
    d = _load("technology").get("described", {})
    if not d.get("verbs") or not d.get("heads"):
        return None
    return (re.compile(_alt([name_key(v) for v in d["verbs"]])), key_words(d["heads"]), key_words(d.get("device_heads", [])),
            re.compile(d.get("generation", "(?!)")), int(d.get("min", 5)), int(d.get("max", 10)),
            key_words(d.get("joiners", [])), key_words(d.get("followers", [])))


def _verb_follows(key: str, end: int) -> bool:
    """Does a verb of two characters or more start at `end` (…散熱技術|拿下訂單)? jieba, HMM off."""
    import jieba.posseg

    words = jieba.posseg.lcut(key[end:end + 4], HMM=False)
    return bool(words) and len(words[0].word) >= 2 and words[0].flag.startswith("v") and words[0].flag != "vn"


def find_described_technologies(p: Page) -> None:
    """NAMES lane: 發展低阻值重置導線層與超高效能金屬層間電容, 採用第一代奈米片電晶體技術, 憑藉液冷散熱技術 — a
    description ending in a technology head after a verb of developing or adopting it (technology.toml
    [described])."""
    forms = _described_forms()
    if forms is None:
        return
    verbs, heads, devices, gen, lo_len, hi_len, joiners, followers = forms
    key = p.key
    for v in verbs.finditer(key):
        s = v.end()
        while s < len(key):
            g = gen.match(key, s)
            if g:
                s = g.end()
            e = s
            while e < len(key) and is_cjk(key[e]) and e - s < hi_len and not (e > s and key.startswith(joiners, e)):
                e += 1
            run = key[s:e]
            end = next((s + len(run[:i]) for i in range(len(run), 0, -1) if run[:i].endswith(heads)), None)
            if end is None or end - s < lo_len:
                break
            name_end = end
            if key.endswith(devices, s, end) and key.startswith("技术", end):
                end += 2  # 奈米片電晶體技術: the device is the name, 技術 only says what it is
            stem = key[s:name_end]
            if any(c in _FUNCTION_CHARS for c in stem) or not p.free(s, name_end) or _overlaps_found(p, s, name_end) \
                    or (end < len(key) and is_cjk(key[end]) and not key.startswith(joiners, end)
                        and not key.startswith(followers, end) and not _verb_follows(key, end)) \
                    or all(common_word(w, 200) for w in jieba.dt.lcut(stem, HMM=False)):
                break
            if p.lexicon_type(p.text[s:name_end]) in (None, "Technology"):
                p.add(s, name_end, "Technology", "tech-described", 0.65)
            j = next((w for w in joiners if key.startswith(w, end)), None)
            if j is None:
                break
            s = end + len(j)


def find_technologies(p: Page) -> None:
    """Standards with their version (DDR5, PCIe 4.0, HDMI 2.1, CXL 3.0) and design codes before a word
    for a core or an architecture (LA664架構)."""
    t, pat, text = load_tech(), p.pat, p.text
    known_at = {m.start: m for m in p.known}
    for m in (t.ip_cores_re.finditer(text) if t.ip_cores_re is not None else ()):
        s, e = m.start(), m.end()
        k = known_at.get(s)
        if p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Technology", "ip-core", 0.8)
        elif k is not None and k.type == "Technology" and k.end < e and p.free(k.end, e):
            p.add(s, e, "Technology", "ip-core", 0.8, over=True)  # Cortex (lexicon) -X925
    for m in t.standards_re.finditer(text):
        s, e = m.start(), m.end()
        k = known_at.get(s)
        if p.free(s, e):
            p.add(s, e, "Technology", "standard", 0.8, canonical=_standard_spelling(p, s, e))
        elif k is not None and k.type == "Technology" and k.end < e and p.free(k.end, e):
            p.add(s, e, "Technology", "standard-version", 0.8, canonical=_standard_spelling(p, s, e),
                  over=True)  # PCIe (lexicon) 4.0
    if t.family_version_re is not None:
        for k in list(p.known):  # RDNA (lexicon) 3: that generation, a technology of its own
            name = text[k.start:k.end]
            if k.type != "Technology" or not name.isascii() or not name[-1:].isalpha() or name.lower() in t.latin_tech_not:
                continue
            v = t.family_version_re.match(p.key, k.end)
            if v is None or not v.group().strip() or not p.free(k.end, v.end()):
                continue
            p.add(k.start, v.end(), "Technology", "family-version", 0.8, canonical=_standard_spelling(p, k.start, v.end()),
                  over=True)
    company_ends = p.company_ends()
    for m in pat.model_re.finditer(text):
        s, e = m.start(), m.end()
        if after_company(p.key, s, company_ends):
            continue  # 某廠的ZX900架構AI伺服器: a company's model is its chip
        if p.free(s, e) and not _not_model(pat, m.group()) and design_after(p, e) \
                and not _overlaps_found(p, s, e):
            p.add(s, e, "Technology", "design-code", 0.75)


def find_product_models(p: Page) -> None:
    """iPhone 17, Galaxy S25 Ultra, Windows 11, GPT-5.2: a product line the lexicon knows, printed with
    a generation or model number right after it, is one model of the line (a product of its own)."""
    t, key = load_tech(), p.key
    if t.model_version_re is None:
        return
    for k in p.known:
        if k.type != "Product" or not k.entity:
            continue
        m = None
        if key[k.end - 1:k.end].isdigit() and t.model_point_re is not None:
            m = t.model_point_re.match(key, k.end)  # GPT-5 (known) .2
        if m is None:
            m = t.model_version_re.match(key, k.end)
            if m and not m.group().lstrip("- ")[:1].isdigit() and not p.text[k.start:k.end].isascii():
                m = None  # a letter code (S25) only after a Latin line name
        if m is None or not m.group().strip("- "):
            continue
        e = m.end()
        if t.model_not_before_re is not None and t.model_not_before_re.match(key, e):
            continue
        if key[e - 1] == " " or not p.free(k.end, e):
            continue
        inside = [f for f in p.found if f.start < e and k.end < f.end]
        if inside and not all(f.type == "Chip" and f.start >= k.end and (f.end <= e or key[e:f.end].strip() == "系列")
                              for f in inside):
            continue
        # A code read as a chip model inside it (Galaxy S25, Galaxy S25系列: S25) is this line's model, not a chip.
        p.found = [f for f in p.found if not any(f is g for g in inside)]
        p.add(k.start, e, "Product", "product-model", 0.8, over=True)


def find_latin_technologies(p: Page) -> None:
    """SuperFin技術, FooFET電晶體: a Latin name with capitals inside, printed right before a word that
    says it is a technology, names one."""
    t, key, text = load_tech(), p.key, p.text
    if t.latin_tech_re is None:
        return
    for m in t.latin_tech_re.finditer(text):
        s, e = m.start(), m.end()
        name = m.group()
        pos = e + 1 if key[e:e + 1] == " " else e
        if not key.startswith(t.latin_tech_heads, pos):
            continue
        if sum(c.isupper() for c in name) < t.latin_tech_capitals or sum(c.isalpha() for c in name) < t.latin_tech_letters \
                or name.lower() in t.latin_tech_not or not p.free(s, e) or _overlaps_found(p, s, e) \
                or p.lexicon_type(name) is not None:
            continue
        p.add(s, e, "Technology", "latin-technology", 0.7)


def _not_model(pat: Patterns, s: str) -> bool:
    return any(r.search(s) for r in pat.not_models)


def _named_processes(p: Page) -> _Cover:
    """Where the page prints a foundry's named process (N3E製程, 台積電A14, 英特爾18A-P): the rules of
    ontology/rules/quantities.toml that read a name (group `name`) as a process node. Such a code is
    not a chip's model number."""
    from kg.quantities import QuantityRules, find_quantities, load_quantity_rules

    if getattr(p, "_procs", None) is None:
        q = load_quantity_rules()
        named = QuantityRules(tuple(k for k in q.kinds if k.cls == "ProcessNode" and "name" in k.regex.groupindex),
                              q.multipliers, q.date, q.qualifiers)
        p._procs = _Cover(len(p.key), find_quantities(p.key, rules=named) if named.kinds else [])
    return p._procs


@lru_cache(maxsize=1)
@_pattern_data("chip")
def _company_number_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    chip = _load("chip")
    if "company_number" not in chip:
        return None
    return (re.compile(chip["company_number"]), re.compile(chip.get("company_number_year", "(?!)")),
            re.compile(chip.get("company_number_not_before", "(?!)")))


def find_company_numbers(p: Page) -> None:
    """A bare model number printed right after a company's name, in a sentence with a chip cue: 高通8295,
    聯發科9400 (chip.toml company_number). Labelled with the company's name as printed."""
    pats = _company_number_patterns()
    if pats is None:
        return
    number_re, year_re, not_before_re = pats
    key, text = p.key, p.text
    for c in p.known + p.found:
        if c.type != "Company" or c.source == "byline":
            continue
        m = number_re.match(key, c.end)
        if m is None:
            continue
        s, e = m.span()
        if year_re.fullmatch(key[s:e]) or not_before_re.match(key, e) or not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        if not p.chip_cued(s):
            continue
        p.add(s, e, "Chip", "company-number", 0.65, canonical=text[c.start:c.end] + text[s:e])


def _alias_code(p: Page, s: int) -> bool:
    """Is the code at `s` printed as another name of what stands before it: 某晶片 (型號S12345)?"""
    rx = load_more().alias_before_re
    return bool(rx and rx.search(p.key[max(0, s - 12):s]))


def _year_like(number: str) -> bool:
    """A four-digit number that reads as a year (2025芯片: a year's chips), not a model number."""
    return len(number) == 4 and number[:2] in ("19", "20")


def find_chips(p: Page, again: bool = False) -> None:
    """Model numbers with a cue; `again`: a second pass where a sentence naming a chip found in the
    first pass is cue enough (KL830 … 上一代KL730). A named process of a foundry is no model."""
    key, text, pat = p.key, p.text, p.pat
    procs = _named_processes(p)
    company_ends = p.company_ends()
    chip_sents = {p.sentence(m.start) for m in p.known + (p.found if again else []) if m.type == "Chip"}
    if again:
        taken = {(m.start, m.end) for m in p.found}
        chip_names = {name_key(m.text) for m in p.found if m.type == "Chip"}
        found = _Cover(len(key), p.found)  # kept up to date as names are added: each test is one slice
        by_head: dict[str, list[str]] = {}  # chip names by their first two characters
        short = sorted(n for n in chip_names if len(n) < 2)
        for n in sorted(chip_names):
            by_head.setdefault(n[:2], []).append(n)
        present: dict[tuple[int, int], set[str]] = {}  # sentence → the chip names printed in it

        def names_in(lo: int, hi: int) -> set[str]:
            if (lo, hi) not in present:
                present[(lo, hi)] = {n for i in range(lo, hi - 1) for n in by_head.get(key[i:i + 2], ())
                                     if i + len(n) <= hi and key.startswith(n, i)} | {n for n in short if n in key[lo:hi]}
            return present[(lo, hi)]
        for m in pat.model_re.finditer(text):
            lo, hi = p.sentence(m.start())
            if re.fullmatch(r"[A-Za-z]\d{1,2}", m.group()) and not p.left_ok(m.start()) \
                    and not key.endswith(pat.kind_words, 0, m.start()):
                continue  # 某浩瀚H3: a short code glued to a Chinese name is that name's model (a car's package), no chip
            if (m.start(), m.end()) not in taken and p.free(m.start(), m.end()) and not _not_model(pat, m.group()) \
                    and not key.startswith(pat.not_before, m.end()) and not found.hits(m.start(), m.end()) \
                    and not procs.hits(m.start(), m.end()) and not _alias_code(p, m.start()) \
                    and ((lo, hi) in chip_sents or any(n != key[m.start():m.end()] for n in names_in(lo, hi))):
                n = len(p.found)
                p.add(m.start(), _variant_end(text, m.end()), "Chip", "chip-model-listed", 0.65)
                found.mark(p.found[n:])
        return
    # Designs found before (LA664架構): no model is read inside one. Only chips are added below.
    designs = _Cover(len(key), [f for f in p.found if f.type == "Technology"])
    for m in pat.model_re.finditer(text):
        s, e = m.start(), m.end()
        model = m.group()
        glued = next((w for w in pat.glued_words if model.endswith(w) and len(model) > len(w) + 2), None)
        known = p.lex.lookup(model[:-len(glued)]) if glued else None
        if known is not None and known.type == "Chip":
            if p.free(s, e - len(glued)):  # GB300AI資料中心: the known GB300, then the word AI
                p.add(s, e - len(glued), "Chip", "chip-known-glued", 0.9, entity=known.iri)
            continue
        if (_not_model(pat, model) and not key.startswith(pat.kind_words, e)) or not p.free(s, e) \
                or key.startswith(pat.not_before, e) or designs.hits(s, e) or procs.hits(s, e) or _alias_code(p, s):
            continue  # 70B is a size, but 910B處理器 is a chip; LA664架構 was found as a design
        short = bool(re.fullmatch(r"[A-Za-z]\d{1,2}", model))  # A13, M30: a cue in the sentence is not enough
        conf = 0.0
        brand_at = -1
        # A Latin series word printed before it: MTT S5000, Raptor N3000, Arise-GT10C0.
        lw = re.search(r"(?:^|(?<=[^A-Za-z0-9]))([A-Z][A-Za-z]{1,11})([ -])$", text[max(0, s - 13):s])
        if lw and lw.group(1).lower() not in pat.latin_stop and p.lexicon_type(lw.group(1)) is None:
            if p.free(s - len(lw.group(1)) - 1, s):
                s -= len(lw.group(1)) + 1
            conf = 0.8  # the word is the end of a known name (AMD Instinct MI450X): the model stands alone
        elif s >= 2 and _cjk_run(key[s - 2:s]):
            brand = key[s - 2:s]
            if brand not in pat.not_brands and not common_word(brand) and p.lexicon_type(brand) is None \
                    and not any(c in _NUMERAL_CHARS or c in _MEASURE_CHARS for c in brand) \
                    and brand[-1] not in load_more().brand_not_last \
                    and not starts_like_clause(brand) \
                    and s - 2 not in company_ends and s not in company_ends \
                    and (p.left_ok(s - 2) or key.endswith(pat.kind_words, 0, s - 2)) \
                    and not any(key[s - 2:s].endswith(w) for w in pat.kind_words):
                s -= 2
                conf = 0.8
                brand_at = s
        canonical = None
        for suf in pat.chip_suffixes:
            if key.startswith(suf, e) and not key.startswith(load_more().suffix_not_before, e + len(suf)):
                if suf == "系列" and model.isascii() and text[s:e] == model:
                    canonical = model  # M6系列處理器 is the M6
                e += len(suf)
                conf = max(conf, 0.75)
                break
        else:
            e = _variant_end(text, e)
        if after_company(key, s, company_ends):
            conf = max(conf, 0.85)
        lo, hi = p.sentence(s)
        cued = p.chip_cued(s) or (lo, hi) in chip_sents
        if conf == 0.8 and brand_at == s and not cued and s not in company_ends \
                and not any(w in key[lo:hi] for w in load_more().brand_code_cues):
            # 某藍L06: a Chinese brand and a code with no word for a chip in the sentence, nor a word of a chip's
            # performance (chip.toml brand_code_cues: 效能, 時脈, 前一代 …), names a product line's model (a car, a
            # phone, a device) as often as a chip: a Product (CHIPS3 lane) when the sentence says so (chip.toml
            # product_words: 車型, 售價 …); otherwise nothing says which: left untyped (fix)
            if p.free(s, e) and any(w in key[lo:hi] for w in load_more().product_words):
                p.add(s, e, "Product", "product-brand-code", 0.6)
            continue
        if conf == 0.0:
            if not short and cued:
                conf = 0.7
            else:
                continue
        if p.free(s, e):
            p.add(s, e, "Chip", "chip-model", conf, canonical=canonical)
    # Code names: Panther Lake, Clearwater Forest (with a chip cue in the sentence)
    cr = load_more().codename_re
    for m in cr.finditer(text) if cr else ():
        if p.chip_cued(m.start()) and p.free(m.start(), m.end()) \
                and p.lexicon_type(m.group()) in (None, "Chip"):
            p.add(m.start(), m.end(), "Chip", "chip-codename", 0.75)
    # Chinese brand + number + 号/代: 风华3号
    for m in re.finditer(r"(?<![0-9a-z.])\d{1,4}(?:\.\d)?(?:号|代)", key):
        s, e = m.start(), m.end()
        if s >= 2 and _cjk_run(key[s - 2:s]):
            brand = key[s - 2:s]
            if brand not in pat.not_brands and not common_word(brand, 200) and p.left_ok(s - 2) \
                    and s - 2 not in company_ends and p.lexicon_type(brand) is None \
                    and not any(c in _NUMERAL_CHARS for c in brand) and not starts_like_clause(brand):
                if p.chip_cued(s):
                    p.add(s - 2, e, "Chip", "chip-brand-number", 0.75)
    # CHIPS3 lane: a Chinese brand and a bare number printed right before a word for a kind of chip: 某樞300芯片,
    # 某河7晶片 (the model regex needs letters; a number alone is a chip only so). The brand is tested as above.
    more = load_more()
    not_code, after_words, market_words = more.brand_number_not_re, more.brand_number_after, more.brand_number_not_after
    # (the second pass, again=True, could only refuse more here: the loop runs once per page)
    for m in () if again else re.finditer(r"(?<![0-9a-z.])\d{1,4}[a-z]{0,2}(?=(?:" + _alt(pat.kind_words) + r")(?![a-z]))", key):
        s, e = m.start(), m.end()
        if not_code.fullmatch(m.group()):
            continue
        kind = max((w for w in pat.kind_words if key.startswith(w, e)), key=len, default="")
        if key.startswith(market_words, e + len(kind)):
            continue  # CHIPS3 fix: 滬深300芯片指數, 科創50芯片股: a stock index, not a chip
        if s >= 2 and _cjk_run(key[s - 2:s]) and p.free(s - 2, e) and not _overlaps_found(p, s - 2, e):
            brand = key[s - 2:s]
            if brand not in pat.not_brands and not common_word(brand, 200) \
                    and (p.left_ok(s - 2) or key.endswith(after_words, 0, s - 2)) \
                    and s - 2 not in company_ends and s not in company_ends and p.lexicon_type(brand) is None \
                    and not any(c in _NUMERAL_CHARS or c in _MEASURE_CHARS for c in brand) \
                    and brand[-1] not in load_more().brand_not_last and not starts_like_clause(brand) \
                    and not any(brand.endswith(w) for w in pat.kind_words) and not _year_like(key[s:e]):
                p.add(s - 2, e, "Chip", "chip-brand-bare-number", 0.75, canonical=p.text[s - 2:e])
    # Names next to a word for a kind of chip: 推理晶片Sohu, Corsair推理加速卡, 芯片“刹那”
    latin = re.compile(r"(" + _LATIN_NAME + r")$")
    for m in pat.kind_re.finditer(key):
        s, e = m.start(), m.end()
        lm = re.compile(_LATIN_NAME).match(text, e)
        if lm and re.match(r"[A-Z]", lm.group()) and len(lm.group()) >= 3 and lm.group().lower() not in pat.latin_stop \
                and p.lexicon_type(lm.group()) is None and not pat.model_re.fullmatch(lm.group()) \
                and (lm.end() >= len(key) or not _ascii_alnum(key[lm.end()])):
            p.add(lm.start(), lm.end(), "Chip", "chip-kind-before", 0.75)
        q = re.compile(r"[“「\"]([^”」\"，。\n]{1,10})[”」\"]").match(key, e)
        x = load_extra()
        if q and (q.group(1).endswith(x.quoted_not) or key.startswith(x.group_after, q.end())):
            q = None  # GPU「四小龍」之一: a group of companies, not a chip
        if q and p.lexicon_type(q.group(1)) is None:
            p.add(q.start(1), q.end(1), "Chip", "chip-kind-quoted", 0.8)
        bm = latin.search(text[max(0, s - 20):s])
        if bm and not _ascii_alnum(key[s]) and len(bm.group(1)) >= 3 and re.match(r"[A-Z]", bm.group(1)) and bm.group(1).lower() not in pat.latin_stop \
                and p.lexicon_type(bm.group(1)) is None and not pat.model_re.fullmatch(bm.group(1)) \
                and not _not_model(pat, bm.group(1)):
            b0 = s - len(bm.group(1))
            vr = load_more().variant_re
            if vr and vr.fullmatch(" " + bm.group(1)) and b0 >= 1 and text[b0 - 1] == " ":
                continue  # A19 Pro處理器: Pro is the variant of the model before it
            if b0 == 0 or not _ascii_alnum(text[b0 - 1]):
                p.add(b0, s, "Chip", "chip-kind-after", 0.7)


def find_graphics_models(p: Page) -> None:
    """Graphics-card and GPU-core models of a fixed shape (chip.toml graphics_model): RTX 4060,
    Radeon RX 9070 XT, Immortalis-G925 MC12. The shape says it is a chip; no cue is needed. Chips found
    inside it first (Ultra MC12) become part of it."""
    rx = load_more().graphics_model_re
    if rx is None or not may_match(rx, p.text):
        return  # (no word the shape needs is printed: RTX, RX, Arc …)
    for m in rx.finditer(p.text):
        s, e = m.start(), m.end()
        known = [k for k in p.known if k.start < e and k.end > s]
        over = bool(known) and all(k.type == "Chip" and k.start >= s and k.end <= e and (k.start, k.end) != (s, e)
                                   for k in known)  # Radeon RX 9070 XT: the family is part of the model
        if not p.free(s, e) and not over:
            continue
        inner = [f for f in p.found if f.start < e and f.end > s]
        if any(f.type != "Chip" or f.start < s or f.end > e for f in inner):
            continue
        p.found = [f for f in p.found if f not in inner]
        p.add(s, e, "Chip", "chip-graphics-model", 0.8, over=over)


def find_latin_numbered(p: Page) -> None:
    """Maia 200, Trainium 3, Gaudi 4: a Latin product name and a number is a chip model when the name
    is a known chip family or one of its printings on the page is introduced as a chip (a chip word
    before or after it, a company right before it). The bare name after a company is then the family."""
    key, text, pat, more = p.key, p.text, p.pat, load_more()
    rx = more.latin_numbered_re
    if rx is None:
        return
    company_ends = p.company_ends()

    cands = []
    m_end: dict[int, int] = {}  # where each candidate's number ends (the tier words follow)
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        word, num = m.group(1), m.group(2)
        digits = re.sub(r"\D", "", num)
        lt = p.lexicon_type(word)
        if word.lower() in pat.latin_stop or word.lower() in more.latin_numbered_not or lt not in (None, "Chip") \
                or (more.latin_numbered_year is not None and more.latin_numbered_year.fullmatch(digits)) \
                or (word.isupper() and lt is None and not num.startswith("v")) \
                or key.startswith(pat.not_before, e):
            continue
        pre = re.search(r"([A-Za-z0-9]+) $", text[max(0, s - 24):s])
        if pre and p.lexicon_type(pre.group(1)) != "Company":
            continue  # PCIe Gen 5, Snapdragon 8 Gen 3: part of a longer Latin name
        window = key[max(0, s - more.latin_numbered_window):s]
        ve = _variant_end(text, e)  # Foo 8 Elite處理器: the chip word follows the tier words
        cued = any(w in window for w in pat.kind_words + more.latin_numbered_cues) \
            or key.startswith(pat.kind_words, ve) or key.startswith(" ", ve) and key.startswith(pat.kind_words, ve + 1) \
            or after_company(key, s, company_ends)
        cands.append((s, e, word, num, lt, cued))
        m_end[s] = e
    families = {c[2] for c in cands if c[4] == "Chip" or c[5]}
    known_at = {(m.start, m.end) for m in p.known if m.type == "Chip"}
    for s, e, word, num, lt, cued in cands:
        # the family may be a lexicon name already found (Trainium): the model extends it
        over = (s, s + len(word)) in known_at
        e2 = _variant_end(text, e)  # Snapdragon 8 Elite, Foo 3 Pro: the tier words are part of the model
        if e2 > e and p.free(e, e2) and not _overlaps_found(p, e, e2):
            e = e2
        if word in families and p.free(s + len(word) if over else s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Chip", "chip-latin-number", 0.8 if cued or lt else 0.7, canonical=f"{word} {num}" + text[m_end[s]:e], over=over)
    for word in sorted(families):
        if p.lexicon_type(word) is not None:
            continue
        for m in re.finditer(r"(?<![A-Za-z0-9\-.])" + re.escape(word) + r"(?![A-Za-z0-9]| ?\d)", text):
            if after_company(key, m.start(), company_ends) and p.free(m.start(), m.end()) \
                    and not _overlaps_found(p, m.start(), m.end()):
                p.add(m.start(), m.end(), "Chip", "chip-latin-family", 0.7)


# -- policies -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
@_pattern_data("policy")
def _measure_patterns() -> tuple:
    cfg = _load("policy")
    heads = tuple(cfg.get("measure_heads", []))
    lo, hi = int(cfg.get("measure_min", 2)), int(cfg.get("measure_max", 4))
    measure = re.compile(f"[\u4e00-\u9fff]{{{lo},{hi}}}?(?:{_alt(heads)})") if heads else None
    status = tuple(cfg.get("status_after", []))
    quoted = re.compile(f"[「“\"]([^」”\"，。\n]{{3,16}})[」”\"][（(]([a-z][a-z0-9]{{1,7}})[）)](?:{_alt(status)})") if status else None  # on the key: lower case
    return measure, heads, quoted


def _holds_verb(words: str) -> bool:
    """Does `words` hold a plain verb (jieba tag v; 出口 and 設備 are tagged vn, nouns here)?"""
    import jieba.posseg

    return any(f == "v" for _w, f in jieba.posseg.lcut(words, HMM=False))


def find_measures(p: Page) -> None:
    """美國晶片禁令 (a known place, what the measure covers, a measure word) and 「經驗證最終用戶」（VEU）資格
    (a quoted status with its abbreviation) are policies."""
    key, text = p.key, p.text
    measure, heads, quoted = _measure_patterns()
    numeral_words = tuple(_load("policy").get("measure_numeral_words", []))
    not_after = tuple(_load("policy").get("measure_not_after", []))
    if measure is not None:
        for pl in [m for m in p.known if m.type == "Place"]:
            if key.endswith(not_after, 0, pl.start):
                continue  # 美國對中國半導體出口管制: 中國 is the target, not the issuer (POLICY lane)
            m = measure.match(key, pl.end)
            if not m:
                continue
            mid = key[pl.end:m.end()]
            for h in heads:
                if mid.endswith(h):
                    mid = mid[:-len(h)]
                    break
            bare = mid
            for w in numeral_words:
                bare = bare.replace(w, "")  # 半導體: 半 here is no numeral (POLICY lane)
            if not (2 <= len(mid)) or mid[0] in _FUNCTION_CHARS or any(c in "的对向从把被将已与和及" or c in _NUMERAL_CHARS for c in bare) \
                    or starts_like_clause(mid) or p.lexicon_type(text[pl.end:pl.end + len(mid)]) not in (None, "Technology"):
                continue
            if _holds_verb(mid):
                continue  # 中國企業規避制裁: a clause (the place's companies evade), not a measure's name
            if m.end() < len(key) and is_cjk(key[m.end()]) and not p.right_ok(m.end()) and not key.startswith("的", m.end()):
                continue  # the measure word runs on into a longer word
            me = pl.end + len(mid)
            inner = [k for k in p.known if k.start < m.end() and pl.end < k.end]
            # (POLICY lane: what the measure covers may be a known technology: 美國半導體出口限制)
            if (not inner or all(k.type == "Technology" and pl.end <= k.start and k.end <= me for k in inner)) \
                    and not _overlaps_found(p, pl.start, m.end()):
                p.add(pl.start, m.end(), "Policy", "policy-measure", 0.7, over=True)  # the place is part of the name
    if quoted is not None:
        for m in quoted.finditer(key):
            name = m.group(1)
            if starts_like_clause(name) or not p.free(m.start(1), m.end(1)):
                continue
            p.add(m.start(1), m.end(1), "Policy", "policy-status", 0.75)


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _company_plan_suffixes() -> tuple:
    pol = _load("policy")
    return (key_words(pol.get("company_plan_suffixes", [])),
            tuple(w for w in key_words(pol.get("programme_issuer_ends", [])) if len(w) >= 2))


def _company_before(p: Page, s: int) -> bool:
    """Is the last name of a company, place or body before `s` in its clause a company's, with no public
    body named after it (the words of `programme_issuer_ends`: 三星響應韓國政府的「…」)?"""
    _sufs, public = _company_plan_suffixes()
    lo = s
    while lo > 0 and p.key[lo - 1] not in "，。；！？\n,;!?":
        lo -= 1
    last = max((m for m in p.known + p.found if m.type in ("Company", "Place", "Organization")
                and lo <= m.start and m.end <= s), key=lambda m: m.end, default=None)
    return last is not None and last.type == "Company" and not any(w in p.key[last.end:s] for w in public)


def _company_plan(p: Page, s: int, name: str) -> bool:
    """Is the quoted name at `s` a company's own plan: a plan word ends it and a company is named before
    it in the clause?"""
    sufs, _public = _company_plan_suffixes()
    return bool(sufs) and name.endswith(sufs) and _company_before(p, s)


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _quoted_tails() -> tuple:
    return tuple(re.compile(r) for r in _load("policy").get("quoted_tails", []))


def _quoted_core(name: str) -> str:
    for r in _quoted_tails():
        name = r.sub("", name)
    return name


def drop_company_plans(p: Page) -> None:
    """After the companies are found: a quoted plan name in 「」 or “” right after a company in its clause
    (某公司通過“雙引戰略”) is the company's own plan, and a title a company issues (某公司發布《關於…的公告》)
    its own document: neither is a policy."""
    p.found = [m for m in p.found if not (
        m.source == "pattern:policy-quoted" and m.confidence < 0.9 and _company_plan(p, m.start - 1, p.key[m.start:m.end])
        or m.source == "pattern:policy-issued" and _company_before(p, m.start - 1))]


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _cited_law() -> tuple[tuple, tuple, tuple]:
    """(verbs citing or issuing a law or an order, the suffixes a quoted name takes only after them, the
    words ending in 法 that name a method, not a law)."""
    pol = _load("policy")
    return tuple(pol.get("cited_openers", [])), tuple(pol.get("cited_suffixes", [])), tuple(pol.get("cited_not_laws", []))


def find_policies(p: Page) -> None:
    key, pat = p.key, p.pat
    openers, cited_suffixes, not_laws = _cited_law()
    for rx, conf in pat.policy_quoted_re:
        for m in rx.finditer(key):
            name = m.group(1)
            if "—" in name or "-" in name and not any(is_cjk(c) for c in name):
                continue
            core = _quoted_core(name)  # 《晶片法案2.0》, 《某某辦法（試行）》: the last word before the version
            # 援引「出口管制某某法」: a law cited by name may start with a verb (出口); 依據「某演算法」 is a method
            cited = conf < 0.9 and key[max(0, m.start() - 4):m.start()].endswith(openers) \
                and core.endswith(("法",) + cited_suffixes) and not core.endswith(not_laws)
            if conf < 0.9 and ((starts_like_clause(name) and not cited) or name.startswith(pat.policy_quoted_not)):
                continue  # 「改變遊戲規則」: an idiom (a verb and its object); 「一個很好的計畫」: a description
            for suf in pat.policy_suffixes + (cited_suffixes if cited else ()):
                if suf == "法" and conf < 0.9 and not cited:
                    continue  # a law is printed in 《》; 「…算法」 is not one, 援引「某某法」 is
                if core.endswith(suf) and len(core) >= len(suf) + 2:
                    if conf < 0.9 and core[:-len(suf)].endswith("的"):
                        break  # 「最大膽的計畫」: the last word right after 的 is described, not named
                    p.add(m.start(1), m.end(1), "Policy", "policy-quoted", conf, over=True)
                    break
    find_measures(p)
    # Connect schemes listed together: 商品通、期货通及新股通
    cands = []
    for m in pat.connect_re.finditer(key):
        e = m.end()
        for n in range(2, 5):
            s = e - 1 - n
            if s < m.start():
                break
            word = key[s:e]
            if p.left_ok(s) and (e >= len(key) or not is_cjk(key[e]) or key[e] in "及和与" or p.right_ok(e)):
                cands.append((s, e, word))
                break
    known = [(m.start, m.end, m.text) for m in p.known if m.type == "Policy" and name_key(m.text).endswith("通")]
    items = sorted(cands + known)
    sep = re.compile(r"^(?:、|，|,|及|和|与|以及|或)$")
    for i, (s, e, word) in enumerate(items):
        if word in pat.not_connect or common_word(word, 1) or p.lexicon_type(word) is not None:
            continue
        neighbours = [items[j] for j in (i - 1, i + 1) if 0 <= j < len(items)]
        if any(sep.match(key[min(e, b):max(s, a)]) for a, b, _w in neighbours if (a, b) != (s, e)):
            p.add(s, e, "Policy", "policy-connect", 0.7)


# -- products, projects and technologies named by a head noun ---------------------------------------
def _head_at(heads: tuple, key: str, pos: int) -> tuple[str, str] | None:
    for h, t in heads:
        if key.startswith(h, pos):
            return h, t
    return None


def _head_end(heads: tuple, name: str) -> tuple[str, str] | None:
    for h, t in heads:
        if name.endswith(h):
            return h, t
    return None


class _Cover:
    """Which characters of a page some of a set of names cover: overlap tests cost the length of the span
    tested, not the number of names (a page with thousands of models stays linear)."""

    def __init__(self, n: int, mentions=()):
        self.mask = bytearray(n)
        self.mark(mentions)

    def mark(self, mentions) -> None:
        for m in mentions:
            self.mask[m.start:m.end] = b"\x01" * (m.end - m.start)

    def hits(self, s: int, e: int) -> bool:
        return any(self.mask[s:e])


def after_company(key: str, s: int, company_ends: set[int]) -> bool:
    """A company (of Page.company_ends) ends right before `s`, or before a 的 right before it (某廠的ZX900)."""
    return s in company_ends or (key[max(0, s - 1):s] == "的" and s - 1 in company_ends)


def _overlaps_found(p: Page, s: int, e: int) -> bool:
    return any(f.start < e and s < f.end for f in p.found)


def place_starts(p: Page) -> dict[int, int]:
    """End -> start of the places the page knows: a place printed right before a name belongs to it
    (日本2026年度預算案, 美國晶片出口管制規則): `place_starts(p).get(s)` is where the name then starts."""
    return {m.end: m.start for m in p.known if m.type == "Place"}


def known_name_ending(p: Page, end: int, types, longest: int) -> int | None:
    """Start of the longest lexicon name of one of `types` (2 to `longest` characters, free on the page)
    that ends at `end`, read off the matching form: 國務院 in 國務院辦公廳, which the tokenizer reads as
    one word, so no mention marks it."""
    start = None
    for n in range(2, min(longest, end) + 1):
        iri = p.lex.index.get(p.key[end - n:end])
        if iri is not None and p.lex.entries[iri].type in types and p.free(end - n, end):
            start = end - n
    return start


def _abbreviation_at(p: Page, pos: int) -> bool:
    """Is an abbreviation in parentheses printed at `pos`: （ABMS）, （OISA）?"""
    m = re.compile(r"[（(]([A-Z][A-Za-z0-9\-]{1,9})[）)]").match(p.text, pos)
    return bool(m) and m.group(1).lower() not in p.pat.named.latin_stop and m.group(1).lower() not in p.pat.latin_stop


def _owner_before(p: Page, s: int) -> bool:
    """Is an organization, company or place named right before `s` (美國空軍的「…」, 中國「…」)?"""
    for m in p.known + p.found:
        if m.type in ("Organization", "Company", "Place", "Exchange") and (
                m.end == s or (m.end == s - 1 and p.key[m.end] == "的")):
            return True
    return False


_CAP_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9\-.])[A-Z][A-Za-z0-9]* $")


def _latin_words_head(p: Page, s: int, hs: int, he: int) -> bool:
    """GPU Dynamic Cache架構: capitalised Latin words printed before the one-word name right before a
    head noun belong to the name. Longest first; words the page already reads as a kind (GPU, AI) may be
    inside, names of anything else (a company, a chip) may not. Adds the mention; True if it did."""
    text, nm, pat = p.text, p.pat.named, p.pat
    starts, s2 = [], s
    for _ in range(3):
        w = _CAP_WORD_BEFORE.search(text, max(0, s2 - 20), s2)
        if not w:
            break
        s2 = w.start()
        starts.append(s2)
    kinds = set(nm.latin_stop) | set(pat.latin_stop)
    for s2 in reversed(starts):
        name = text[s2:hs]
        if p.lexicon_type(name) is not None or _overlaps_found(p, s2, hs):
            continue
        inner = [k for k in p.known if k.start < hs and k.end > s2]
        if all(k.type == "Technology" and s2 <= k.start and k.end <= hs and text[k.start:k.end].lower() in kinds
               for k in inner):
            p.add(s2, hs, "Technology", "named-latin-head", 0.75, canonical=text[s2:he], over=True)
            return True
    return False


def find_named(p: Page) -> None:
    """「數字戰場」項目, 「天河」系列超級計算機, 「先進戰鬥管理系統」（ABMS）, BRAS軟件平台, 全向智感互聯架構（OISA）."""
    key, text, pat = p.key, p.text, p.pat
    nm = pat.named

    def ok_span(s: int, e: int) -> bool:
        return e - s >= 2 and p.free(s, e) and not _overlaps_found(p, s, e)

    # 1/2. Quoted names with a head noun after the quotes, or inside them.
    for m in nm.quoted_re.finditer(key):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        if "—" in name or "-" in name and not any(is_cjk(c) for c in name) or name.strip() != name:
            continue
        if not ok_span(s, e) or p.lexicon_type(name) is not None:
            continue
        after = m.end()
        hit = None
        for n in range(0, nm.max_modifier + 1):
            mod = key[after:after + n]
            if n and (not _cjk_run(mod) or any(c in _FUNCTION_CHARS for c in mod)):
                break
            hit = _head_at(nm.quoted_heads, key, after + n)
            if hit:
                break
        if hit:
            if len(name) == 1 or common_word(name, 5000):
                continue  # 「工具」系統: an ordinary word in quotes
            if name.endswith(nm.descriptor_ends):
                continue  # 「怪物級」機架: a grade, not a name
            if (name[0] in "一二三四五六七八九十两" or name[0].isdigit()) and any(c in "+＋" for c in name):
                continue  # 「四超大核＋四大核」架構: a count of parts describes a design, it does not name one
            p.add(s, e, hit[1], "named-quoted", 0.75)
            continue
        inside = _head_end(nm.quoted_heads, name)
        if inside and len(name) - len(inside[0]) >= nm.inside_min \
                and (_abbreviation_at(p, after) or _owner_before(p, m.start())):
            p.add(s, e, inside[1], "named-quoted-head", 0.8)
    # 3a. A Latin name right before a head noun: BRAS軟件平台, Mind工具鏈.
    latin = re.compile("(" + _LATIN_NAME + ")$")
    for m in nm.latin_heads_re.finditer(key):
        hs = m.start()
        lm = latin.search(text[max(0, hs - 24):hs])
        if not lm:
            continue
        name = lm.group(1)
        s = hs - len(name)
        if s > 0 and (_ascii_alnum(text[s - 1]) or text[s - 1] in "-."):
            continue
        low = name.lower()
        if len(name) < nm.min_latin or low in nm.latin_stop or low in pat.latin_stop \
                or pat.model_re.fullmatch(name) or _not_model(pat, name) or p.lexicon_type(name) is not None:
            continue
        if name[0].isupper() and _latin_words_head(p, s, hs, m.end()):
            continue
        if ok_span(s, hs):
            head = _head_at(nm.heads, key, hs)
            if head and head[1] == "Product" and key.startswith(head[0], hs):
                p.add(s, hs, "Product", "named-latin-head", 0.75)  # Foo機架級平台: the system Foo
            else:
                p.add(s, hs, "Technology", "named-latin-head", 0.75, canonical=text[s:m.end()])
    # 3b. A name ending in a head noun, with its abbreviation after it: 全向智感互聯架構（OISA）.
    for m in nm.heads_abbr_re.finditer(key):
        abbr = text[m.start(1):m.end(1)]
        if not re.match(r"[A-Z]", abbr) or abbr.lower() in nm.latin_stop or abbr.lower() in pat.latin_stop \
                or p.lexicon_type(abbr) is not None:
            continue
        hs, e = m.start(), m.start(1) - 1  # the head noun, and the "(" after it
        head = _head_at(nm.heads, key, hs)
        if head is None or hs + len(head[0]) != e:
            continue
        s = hs
        while s > 0 and hs - s < nm.max_name:
            c = key[s - 1]
            if c in pat.boundary or c in nm.stop_chars or not (is_cjk(c) or _ascii_alnum(c)):
                break
            s -= 1
        # A name of another kind in the stretch ends it: 壁仞科技全向… starts after 壁仞科技.
        for k in p.known:
            if k.type in ("Company", "Organization", "Place", "Person") and k.start < hs and k.end > s:
                s = max(s, k.end)
        body = key[s:hs]
        if len(body) < 2 or (common_word(body) and len(body) <= 2) or p.lexicon_type(key[s:e]) is not None:
            continue
        if not _overlaps_found(p, s, e):
            p.add(s, e, head[1], "named-abbreviation", 0.8, over=True)


# -- people ---------------------------------------------------------------------------------------
def surname_len(pat: Patterns, key: str, s: int) -> int:
    """How many characters of key[s:] are a surname: a compound one (歐陽), a listed single one, or 0."""
    compound = next((c for c in pat.compound_surnames if key.startswith(c, s)), None)
    if compound:
        return len(compound)
    return 1 if key[s:s + 1] in pat.surnames else 0


def _cjk_person(p: Page, s: int) -> int | None:
    key, pat = p.key, p.pat
    first = surname_len(pat, key, s)
    if not first:
        return None
    if first == 1 and _word_at_start(p, s):
        return None  # 表示支持, 任內推動, 許多: a word that starts clauses or follows names, not a name
    for n in range(first + 1, first + 4):
        e = s + n
        name = key[s:e]
        if e > len(key) or not _cjk_run(name):
            return None
        if first == 1 and n == 4 and _cjk_run(key[e - 1:e + 1]) and common_word(key[e - 1:e + 1], 500) \
                and not common_word(key[s + 1:s + 3], 150) and not common_word(key[s + 2:s + 4], 2000):
            return e - 1  # 執行長某立武針對…: three characters, then a word (針對), not a four-character name (PEOPLE)
        if _name_end_ok(p, e, numerals_ok=not any(c in _NUMERAL_CHARS for c in name[:2])):
            given = key[s + first:e]
            if common_word(given, 150) and len(given) >= 2 and given not in ("立新",):
                return None
            more = load_more()
            if first > 1 and key[s:s + first] in more.japanese_surnames and e < len(key) and key[e] in more.japanese_given_ends \
                    and n < first + 3 and _strong_end(p, e + 1):
                return e + 1  # 赤某亮正二十七日: 正 ends the given name here
            return e
    return None


_DATE_RE = re.compile(r"[〇零一二三四五六七八九十两]{1,3}日")
VERY_COMMON_WORD = 5000  # a name never starts with a word this frequent (表示, 許多, 於是)


def _word_at_start(p: Page, s: int) -> bool:
    """Does a very common word, a word that follows names (表示, 高層) or one that ends them (任內) start at s?"""
    key = p.key
    if common_word(key[s:s + 2], VERY_COMMON_WORD) or key.startswith(load_more().name_enders, s):
        return True
    m = p.pat.right_re.match(key, s)
    return bool(m) and m.end() - s >= 2


def _name_end_ok(p: Page, e: int, numerals_ok: bool = True) -> bool:
    """Can a person's name end at e? At a boundary, before a word that follows names (表示, 也, 在),
    a reporting verb (證實), a word that ends a name (攝, 時代, 任內) or a date (二十七日)."""
    key, more = p.key, load_more()
    return e >= len(key) or key[e] in p.pat.boundary or not is_cjk(key[e]) or bool(p.pat.right_re.match(key, e)) \
        or key.startswith(more.speech_verbs, e) or key.startswith(more.name_enders, e) \
        or (numerals_ok and bool(_DATE_RE.match(key, e)))


def _strong_end(p: Page, e: int) -> bool:
    """Does a name clearly end at e: a boundary, a reporting verb, a word ending names, a date?"""
    key, more = p.key, load_more()
    return e >= len(key) or key[e] in p.pat.boundary or not is_cjk(key[e]) or key.startswith(more.speech_verbs, e) \
        or key.startswith(more.name_enders, e) or bool(_DATE_RE.match(key, e))


def _japanese_context(p: Page, s: int, window: int = 400) -> bool:
    return any(c in p.key[max(0, s - window):s + window] for c in load_more().japanese_cues)


def _japanese_name(p: Page, s: int, lengths=(4, 3)) -> int | None:
    """End of a Japanese name printed in Chinese characters after a Japanese title (社長某某某某): three
    or four characters that are neither a word nor begin with one, ending where a name ends."""
    key = p.key
    for n in lengths:
        name = key[s:s + n]
        if len(name) < n or not _cjk_run(name) or any(c in _NUMERAL_CHARS for c in name[:2]):
            continue  # 健二, 一郎 end Japanese given names; a name never starts with a numeral
        if common_word(name, 300) or common_word(name[:2], 100) or common_word(name[1:3], 2000) \
                or ordinary_phrase(name) or starts_like_clause(name):
            continue
        if _name_end_ok(p, s + n, numerals_ok=True):
            return s + n
    return None


_TITLE_POSSESSIVE = frozenset("的之")


def _transliterated_name(p: Page, s: int) -> int | None:
    """End of a Western name in Chinese transliteration after a title (執行長某辛格時代, 部長某·某某):
    characters of the transliteration table only, a middle dot allowed inside, not a word."""
    key, more = p.key, load_more()
    chars, dots = more.transliteration_chars, "·・"
    run = s
    while run < len(key) and (key[run] in chars or (key[run] in dots and run > s)) \
            and run - s < more.transliteration_max + 2:
        run += 1
    for e in range(run, s + 1, -1):
        name = key[s:e]
        if name[-1] in dots:
            continue
        parts = [x for x in re.split("[·・]", name)]
        letters = "".join(parts)
        if len(letters) < 2 or len(letters) > more.transliteration_max or not all(parts):
            continue
        strong_end = _strong_end(p, e)
        if not (_name_end_ok(p, e, numerals_ok=False) and (len(letters) >= 3 or strong_end)):
            continue
        if len(parts) > 1:
            if any(common_word(x, 2000) for x in parts):
                continue
        elif common_word(name, 1000) or ordinary_phrase(name) or starts_like_clause(name) \
                or any(common_word(name[:k], 1000) for k in range(2, len(name))):
            continue
        return e
    return None


def _transliterated_before_verb(p: Page, s: int) -> int | None:
    """End of a two-to-four-character name with no Chinese surname printed between a title and a
    reporting verb (執行長艾蒙證實), or None."""
    key, verbs = p.key, load_more().speech_verbs + _career_verbs()  # 執行長某某曾任職於 (NAMES4)
    for n in (2, 3, 4):
        name = key[s:s + n]
        if len(name) < n or not _cjk_run(name) or any(c in _NUMERAL_CHARS for c in name):
            return None
        if key.startswith(verbs, s + n) and not common_word(name, 2000) and not ordinary_phrase(name) \
                and not starts_like_clause(name) and not any(common_word(name[:k], 300) for k in range(2, n)):
            return s + n
    return None


def _listed_names(p: Page, s: int) -> list[tuple[int, int]]:
    """Chinese names from s on, coordinated with the person joiners (趙一、錢二和孫三): each a surname
    and one or two characters that are not a dictionary word or a name the lexicon types otherwise."""
    key, more, out = p.key, load_more(), []
    while s < len(key):
        e = _cjk_person(p, s)
        if e is None or e - s > 3 or common_word(key[s:e], 200) or p.lexicon_type(key[s:e]) not in (None, "Person"):
            break
        out.append((s, e))
        j = next((w for w in more.person_joiners if key.startswith(w, e)), None)
        if j is None:
            break
        s = e + len(j)
    return out


def find_founders(p: Page) -> None:
    """趙一、錢二、孫三（以及…）共同創立: names listed after 由 in a sentence that says they founded it."""
    key, more = p.key, load_more()
    if not more.founder_openers or not more.founder_verbs:
        return
    for m in re.finditer(_alt(more.founder_openers), key):
        names = _listed_names(p, m.end())
        if len(names) < more.founders_min:
            continue
        _lo, hi = p.sentence(m.start())
        end = names[-1][1]
        if end < len(key) and is_cjk(key[end]) and not key.startswith(("以及", "等", "及", "和", "与", "共同", "联合"), end):
            continue  # the list runs on into a word: not a list of names
        if not any(v in key[end:hi] for v in more.founder_verbs):
            continue
        for s, e in names:
            if p.free(s, e):
                p.add(s, e, "Person", "person-founder", 0.75)


_CREDIT_END = "/)）〕]】／\n"  # 】: 【編輯:某某】 (NAMES5)


def _credit_name(p: Page, s: int) -> int | None:
    """End of a name that runs, surname first, right up to the end of its credit (編譯葉亭均／): the
    delimiter decides the length, so a last character that also reads as a word (均, 同) stays in."""
    key, pat = p.key, p.pat
    if s >= len(key) or not surname_len(pat, key, s):
        return None
    for n in (3, 2, 4):
        e = s + n
        if e <= len(key) and _cjk_run(key[s:e]) and (e == len(key) or key[e] in _CREDIT_END) \
                and not common_word(key[s:e], 2000) and not common_word(key[s + 1:e], 150):
            return e
    return None


def _bar_credit(p: Page, s: int) -> None:
    """The names on a credit line of its own (文 | 某某, 编辑 | 甲 乙): the line holds nothing but a
    role, a bar and names of two to four characters, so a pen name without a surname counts too."""
    key = p.key
    end = key.find("\n", s)
    end = len(key) if end < 0 else end
    names = [(m.start(), m.end()) for m in re.finditer(r"[^ \u3000、,，/／]+", key[s:end])]
    if not names or len(names) > 4:
        return
    spans = [(s + a, s + b) for a, b in names]
    outlet = _credit_outlet_ends()
    if len(spans) == 1 and outlet:
        b, e = spans[0]
        if 3 <= e - b <= 6 and _cjk_run(key[b:e]) and key[b:e].endswith(outlet) \
                and p.lexicon_type(key[b:e]) in (None, "Organization") and p.free(b, e):
            p.add(b, e, "Organization", "org-credit-outlet", 0.75)  # 撰文：某科技 (an outlet; NAMES4)
            return
    if not all(2 <= e - b <= 4 and _cjk_run(key[b:e]) and p.lexicon_type(key[b:e]) in (None, "Person")
               and not common_word(key[b:e], 2000) for b, e in spans):
        return
    for b, e in spans:
        if p.free(b, e):
            p.add(b, e, "Person", "person-credit-line", 0.8)


@lru_cache(maxsize=1)
@_pattern_data("person")
def _career_verbs() -> tuple:
    return tuple(key_words(_load("person").get("career_verbs", [])))


@lru_cache(maxsize=1)
@_pattern_data("person")
def _credit_outlet_ends() -> tuple:
    return tuple(key_words(_load("person").get("credit_outlet_ends", [])))


# -- credit lines, datelines and successions ------------------------------------------------------
@dataclass(frozen=True)
class Credits:
    """Credit and dateline forms (ontology/patterns/person.toml, CREDIT lane)."""
    run_together_re: re.Pattern
    slash_role_re: re.Pattern
    dateline_re: re.Pattern
    succession_re: re.Pattern
    succession_titles: tuple


def _longest_first(words) -> str:
    return _alt(sorted(words, key=len, reverse=True) or ["\x00"])


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_credits() -> Credits:
    per = _load("person")
    titles = person_titles(per) + per.get("succession_titles", [])
    credit, roles = _longest_first(per.get("run_together_titles", [])), _longest_first(per.get("roles_after_slash", []))
    reports, verbs = _longest_first(per.get("dateline_reports", [])), _longest_first(per.get("succession_verbs", []))
    sp = "[ \u3000]*"
    return Credits(
        run_together_re=re.compile(f"(?:{credit})[:：]?[ \u3000]?"),
        # 某某／核稿編輯: at a line start or after an opening bracket, a name, a slash and a role, then
        # the end of the line, a closing bracket or another slash
        slash_role_re=re.compile(f"(?m)(?:^|(?<=[〔(\\[（【])){sp}([^\\s/／〔(\\[（【]{{2,4}}){sp}[/／]{sp}(?:{roles})"
                                 f"(?={sp}(?:$|[〕)\\]）】/／]))"),
        # 某某快報某某 廣州報道: a line of its own, the outlet and name, a space, a place and "reports"
        dateline_re=re.compile(f"(?m)^{sp}([^\\s/／]{{2,30}})[ \u3000]+[\u4e00-\u9fff]{{2,4}}(?:{reports}){sp}$"),
        succession_re=re.compile(f"(?:{verbs})"),
        succession_titles=tuple(sorted(titles, key=len, reverse=True)),
    )


def _name_shape(p: Page, s: int, e: int, strict: bool = True) -> bool:
    """Is key[s:e] shaped like a Chinese name: a surname (compound or single), then one or two
    characters that are not a dictionary word, the whole not a word, not starting a clause, and not a
    name the lexicon types otherwise? Where the context says a name stands here (`strict` off), the
    given name may be a word (某大同, 某大海) if the whole is not a phrase of ordinary words."""
    key, pat = p.key, p.pat
    name = key[s:e]
    if not _cjk_run(name) or any(c in _NUMERAL_CHARS for c in name[:2]):
        return False
    first = surname_len(pat, name, 0)
    given = name[first:]
    if not first or not 1 <= len(given) <= 2:
        return False
    if common_word(name, 200) or starts_like_clause(name):
        return False
    if len(given) == 2 and common_word(given, 150) and (strict or ordinary_phrase(name)):
        return False
    return p.lexicon_type(name) in (None, "Person")


def _dictionary_name(w: str) -> bool:
    """Does jieba's dictionary tag `w` as a person's name (王明: nr)?"""
    import jieba.posseg

    words = jieba.posseg.lcut(w, HMM=False)
    return len(words) == 1 and words[0].flag.startswith("nr")


def _run_together(p: Page, s: int, e: int) -> list[tuple[int, int]]:
    """Two names printed without a break (某甲某乙, four to seven characters from s to e): the one split
    where both halves are names; of several, the one into two three-character names; else none."""
    splits = [m for m in range(s + 2, e - 1) if _name_shape(p, s, m, False) and _name_shape(p, m, e, False)]
    if len(splits) > 1:
        splits = [m for m in splits if m - s == 3 and e - m == 3]
    return [(s, splits[0]), (splits[0], e)] if len(splits) == 1 else []


def find_credits(p: Page) -> None:
    """Names in credit lines and datelines, and a name opening a clause that takes a post:
    記者某甲某乙／綜合報導, 某某／核稿編輯, 某某快報某某 廣州報道, 1990年，某某接任廠長."""
    key, cr = p.key, load_credits()
    for m in cr.run_together_re.finditer(key):
        s = e = m.end()
        while e < len(key) and e - s <= 7 and is_cjk(key[e]):
            e += 1
        if 4 <= e - s <= 7 and e < len(key) and key[e] in _CREDIT_END:  # the names fill the credit
            for a, b in _run_together(p, s, e):
                p.add(a, b, "Person", "person-credit-pair", 0.75)
    for m in cr.slash_role_re.finditer(key):
        s, e = m.span(1)
        if _name_shape(p, s, e):
            p.add(s, e, "Person", "person-credit-role", 0.8)
    for m in cr.dateline_re.finditer(key):
        run_s, e = m.span(1)
        for n in (3, 2, 4):  # the name ends the run: three characters, then two, then a compound four
            s = e - n
            if s >= run_s and _name_shape(p, s, e):
                p.add(s, e, "Person", "person-dateline", 0.75)
                break
    known_at = {k.start: k for k in p.known if k.type in ("Company", "Organization")}
    for m in cr.succession_re.finditer(key):
        t = m.end()
        if t in known_at:  # 出任某公司總經理
            t = known_at[t].end
        if not key.startswith(cr.succession_titles, t):
            continue
        e = m.start()
        for n in (3, 2, 4):
            s = e - n
            if s >= 0 and (s == 0 or key[s - 1] in p.pat.boundary) and _name_shape(p, s, e, False) \
                    and (n > 2 or _dictionary_name(key[s:e])):  # 高管接任: two characters only if a known name
                p.add(s, e, "Person", "person-succession", 0.75)
                break


# A Latin name after a title: two or three capitalised words, perhaps with a middle initial (Lisa T. Foo).
# An initial and a surname (N Surname, K. Surname) is person.toml's latin_initial_name (discover_names).
# (kg/discover_names3.py latin_person: hyphenated given names and particles, person.toml latin_particles)


def find_people(p: Page) -> None:
    key, text, pat, more = p.key, p.text, p.pat, load_more()
    find_founders(p)
    find_credits(p)
    for m in more.bar_credit_re.finditer(key):  # a credit line of its own: 文 | 某某, 编辑 | 某某
        _bar_credit(p, m.end())
    for m in more.credit_re.finditer(key):  # 〔編譯魏國金／台北報導〕, (編譯：張正芊), 撰文：某甲 某乙
        s = m.end()
        while s < len(key):
            e = _credit_name(p, s) or _cjk_person(p, s)
            if not e or p.lexicon_type(key[s:e]) not in (None, "Person"):
                break
            nxt = e + 1 if key.startswith((" ", "\u3000", "、"), e) else None
            e2 = _cjk_person(p, nxt) if nxt is not None and nxt < len(key) else None
            # the name ends the credit, or another name follows it in the same credit
            if not (e == len(key) or key[e] in _CREDIT_END or (e2 and (e2 == len(key) or key[e2] in _CREDIT_END + " "))):
                from kg.discover_people import credit_on_metadata_line  # 某網編譯某某 2025-01-01

                if credit_on_metadata_line(p, e):
                    p.add(s, e, "Person", "person-credit", 0.8)
                break
            p.add(s, e, "Person", "person-credit", 0.8)
            if not e2:
                break
            s = nxt
    for m in pat.title_re.finditer(key):
        t = more.transliterated_re.match(text, m.end())
        if t and p.lexicon_type(t.group(1)) in (None, "Person") and not common_word(t.group(1), 200):
            # 部長的某某（Foo Bar）: the possessive after a title opens no name (NAMES4)
            ts = t.start(1) + (1 if key[t.start(1)] in _TITLE_POSSESSIVE and t.end(1) - t.start(1) >= 3 else 0)
            p.add(ts, t.end(1), "Person", "person-transliterated", 0.8)  # 副總裁奈斯泰德（Dan Nystedt）
            continue
        s = m.end()
        if key.startswith(" ", s) or key.startswith("\u3000", s):
            s += 1
        if s >= len(key):
            continue
        if is_cjk(key[s]):
            if s == m.end() and common_word(key[s - 1:s + 1], 500):
                continue  # 海外相關, 財務相比: the title's last character starts a word
            e = _cjk_person(p, s)
            if e is None and key[s] in pat.surnames and _cjk_run(key[s:s + 5]) \
                    and common_word(key[s + 3:s + 5], 500) and not common_word(key[s + 1:s + 3], 150) \
                    and not common_word(key[s + 2:s + 4], 2000):
                e = s + 3  # 營運長林志遠保持樂觀: a three-character name, then an ordinary word
            if e is None:
                from kg.discover_names3 import title_name_fallback  # 省委書記某某某、, 董事長某小某選中

                e = title_name_fallback(p, s, m.group())
            if e is None:
                e = _transliterated_before_verb(p, s)  # 執行長艾蒙證實
            if e is None and (key.endswith(more.japanese_titles, 0, m.end()) or _japanese_context(p, s)):
                # 社長某某某某 (after a Japanese title: three or four characters; elsewhere four)
                e = _japanese_name(p, s, (4, 3) if key.endswith(more.japanese_titles, 0, m.end()) else (4,))
            if e is None or key[e:e + 1] in ("·", "・"):
                e = _transliterated_name(p, s) or e  # 前任執行長某辛格時代, 分析師某某·某某 (a dot: one name)
            elif e - s == 3:
                from kg.discover_names5 import longer_transliteration  # 部長施某納某赫: not 施某納 (NAMES5)

                e = longer_transliteration(p, s, e)
            if e is not None and e - s == 2 and common_word(key[s:e], 100) \
                    and not key.startswith(tuple(v for v in more.speech_verbs if len(v) > 1), e):
                e = None  # 首相官邸: a title, then an ordinary word
            if e and p.lexicon_type(key[s:e]) in (None, "Person"):
                p.add(s, e, "Person", "person-title", 0.8)
                for _ in range(8):  # 創始人趙立東、張亞林(、…)
                    j = next((w for w in more.person_joiners if key.startswith(w, e)), None)
                    e2 = _cjk_person(p, e + len(j)) if j else None
                    s2 = e + len(j) if j else 0
                    if j and e2 is None and e - s == 3 and key[s2:s2 + 1] in pat.surnames \
                            and _cjk_run(key[s2:s2 + 3]) and not common_word(key[s2 + 1:s2 + 3], 150):
                        e2 = s2 + 3  # coordinated names print alike: 趙立東、張亞林聯合創立
                    if not (e2 and p.lexicon_type(key[s2:e2]) in (None, "Person") and not common_word(key[s2:e2], 200)):
                        break
                    if key[s2:e2].endswith(more.list_org_suffixes) or key.startswith(more.list_org_suffixes, e2):
                        break  # 一致行動人某某、高捷資本 / 李四投資: an investor's name (FUNDING lane), no person
                    p.add(s2, e2, "Person", "person-title-joined", 0.7)
                    s, e = s2, e2
        else:
            from kg.discover_names3 import latin_person  # Jean-Marc Foo, Anna van der Bar

            lm = latin_person(text, s)
            if lm and p.lexicon_type(lm.group()) in (None, "Person"):
                p.add(s, lm.end(), "Person", "person-title-latin", 0.8)
    from kg.discover_people import find_glossed_transliterations, find_kin_pairs, find_life_subjects, find_speakers

    find_speakers(p)  # 某某表示 with no title
    find_life_subjects(p)  # 某某1980年出生於, 弟弟某某
    find_kin_pairs(p)  # 某甲、某乙兩兄弟
    find_glossed_transliterations(p)  # 某德（John Doe）
    from kg.discover_people import find_dotted_names, find_glossed_chinese_names, find_inline_bar_credits

    find_inline_bar_credits(p)  # 來源 | 某刊 作者 | 某某 編輯 | 某某 (PEOPLE lane)

    find_glossed_chinese_names(p)  # 某凱文（Kevin Foo）表示 (PEOPLE lane)
    find_dotted_names(p)  # 某森·黃出席 (PEOPLE lane)
    from kg.discover_people import find_single_founders

    find_single_founders(p)  # 由某某於2015年創立 (PEOPLE30 lane)


# -- apposition and repeats -----------------------------------------------------------------------
def appositions(p: Page, heads: list[Mention]) -> list[Mention]:
    """An English name or abbreviation in parentheses right after a name is another name of it:
    爱芯元智（Axera）, 圖形處理器（GPU）, 電子設計自動化工具（EDA工具）, 「先進戰鬥管理系統」（ABMS）."""
    out = []
    rx = re.compile(r"[」”』]?[（(]([A-Za-z][A-Za-z0-9 .&\-]{1,30}?)([\u4e00-\u9fff]{0,4})[）)]")
    for h in heads:
        m = rx.match(p.text, h.end)
        if not m:
            continue
        latin, tail = m.group(1).strip(), m.group(2)
        if tail and not name_key(h.text).endswith(name_key(tail)):
            continue  # （AI軟件）describes, it does not name
        if latin.lower() in p.pat.latin_stop and not tail:
            continue  # 壁仞科技（AI）: a description, not a name
        s, e = m.start(1), m.end(2)
        entry = p.lex.lookup(p.text[s:e])
        if entry is not None and entry.iri != h.entity:
            continue  # a different known entity: never merge
        alias = Mention(s, e, p.text[s:e], h.type, "pattern:apposition", h.confidence, entity=h.entity,
                        canonical=h.canonical or (None if h.entity else h.text))
        out.append(alias)
    return out


def repeats(p: Page, found: list[Mention]) -> list[Mention]:
    """Find again, anywhere on the page, the names discovered once (and a company's stem: 砺算科技 → 砺算)."""
    key = p.key
    names: dict[str, Mention] = {}
    for m in found:
        k = name_key(m.text)
        names.setdefault(k, m)
        if m.type == "Company" and m.source == "pattern:company-suffix":
            stem = company_stem(k, p.pat)
            if len(stem) >= 2 and _cjk_run(stem) and not common_word(stem, 100) and stem not in p.pat.co_stop:
                names.setdefault(stem, m)
    spans = {(m.start, m.end) for m in found}
    out = []
    occupied = bytearray(p.taken)
    # a known place may begin a discovered name (瀋陽先進製造 found once as a shareholder): elsewhere on the
    # page the whole name is read again over the place, as where it was found
    place_end = {m.start: m.end for m in p.known if m.type == "Place"}
    place_free = bytearray(len(key))  # 1 where a mention other than a known place lies
    for m in p.known:
        if m.type != "Place":
            place_free[m.start:m.end] = b"\x01" * (m.end - m.start)
    for m in found:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        place_free[m.start:m.end] = b"\x01" * (m.end - m.start)
    for k, src in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        latin = not any(is_cjk(c) for c in k)
        if latin and len(k) < 3:
            continue
        start = 0
        while True:
            i = key.find(k, start)
            if i < 0:
                break
            start = i + 1
            j = i + len(k)
            if (i, j) in spans:
                continue
            if any(occupied[i:j]) and not (src.type in ("Company", "Organization") and place_end.get(i, j) < j
                                           and not any(place_free[i:j])):
                continue
            if latin and ((i > 0 and _ascii_alnum(key[i - 1])) or (j < len(key) and _ascii_alnum(key[j]))):
                continue
            if src.type == "Person" and len(k) <= 2 and not p.right_ok(j):
                continue
            if not src.named or (src.source == "pattern:policy-bare-measure"
                                                       and not name_key(src.canonical or "").startswith(k[:1])):
                break  # 禁止 / 限制, a bare 出口禁令: the word alone names no ban elsewhere (POLICY2 lane)
            if src.type == "Policy" and src.canonical and name_key(src.canonical) != k and any(
                    pl.type == "Place" and i - 2 <= pl.end <= i and key[pl.end:i] in ("", "的")
                    and not name_key(src.canonical).startswith(key[pl.start:pl.end]) for pl in p.known):
                continue  # 日本對中國出口限制 … 美國的出口限制: another country's measure (POLICY lane)
            canonical = src.canonical or (src.text if k != name_key(src.text) else None)
            out.append(Mention(i, j, p.text[i:j], src.type, "pattern:repeat", round(src.confidence * 0.95, 3),
                               entity=src.entity, canonical=canonical))
            occupied[i:j] = b"\x01" * (j - i)
            place_free[i:j] = b"\x01" * (j - i)
    return out


def company_stem(k: str, pat: Patterns | None = None) -> str:
    """A company name without its legal and business suffixes: 沐曦集成电路 → 沐曦."""
    pat = pat or load_patterns()
    changed = True
    while changed:
        changed = False
        for suf in pat.co_suffixes_longest_first:
            if k.endswith(suf) and len(k) - len(suf) >= 2:
                k = k[: -len(suf)]
                changed = True
                break
    return k


def discover(doc: Doc, lexicon: Lexicon, known: list[Mention]) -> list[Mention]:
    """Mentions of entities found by pattern on `doc`, not overlapping the `known` ones."""
    try:
        return _discover(doc, lexicon, known)
    except re.error as exc:  # a pattern of ontology/patterns/ compiled where it is used
        raise _bad_regex(exc) from None


def _discover(doc: Doc, lexicon: Lexicon, known: list[Mention]) -> list[Mention]:
    p = Page(doc, lexicon, known, load_patterns())
    find_policies(p)
    find_funds(p)
    find_people(p)
    find_organizations(p)
    from kg.discover_org import find_org_forms  # governments, facilities, lists, budgets

    find_org_forms(p)
    from kg.discover_policy import find_headed_policies  # 日本半導體戰略, 依據國防授權法案, 232條款

    find_headed_policies(p)  # after the governments: 韓國政府宣布…計劃
    find_companies(p)
    from kg.discover_context import find_apposed_companies, find_officer_companies, find_possessed_companies

    find_officer_companies(p)  # 某某董事長某某 (DISCOVER lane)
    find_apposed_companies(p)  # 輝達（NVIDIA）和某某（Foo） (DISCOVER lane)
    find_possessed_companies(p)  # 某某旗下, 某某股價 (DISCOVER lane)
    from kg.discover_lists import find_business_units, find_latin_companies, find_region_suffixed, find_tw_coded

    find_latin_companies(p)  # Northwind Capital, Acme AM Singapore
    from kg.discover_latin import find_latin_cued

    find_latin_cued(p)  # Foo集團, 與Foo合作
    from kg.discover_lists import find_latin_appositions

    find_latin_appositions(p)  # 某某精密（Foo-Bar AG）
    find_business_units(p)  # 某某證券, 某某晶圓代工
    find_tw_coded(p)  # 某某（2464）
    find_listed_companies(p)
    find_investors(p)
    find_role_named(p)  # 保薦機構為某某證券 (NAMES lane)
    from kg.discover_funding import find_round_investors

    find_round_investors(p)  # 由某某資本領投，甲和乙跟投 (FUNDING lane)
    find_shareholders(p)
    find_subsidiaries(p)
    find_regional_units(p)  # 某某韓國子公司
    find_suffixed_subsidiaries(p)
    find_company_lists(p)
    find_new_listing(p)  # 科創板新股為某某
    find_region_suffixed(p)  # 某某通訊(香港)
    from kg.discover_lists import find_city_prefixed

    find_city_prefixed(p)  # 、杭州某某微電子、
    from kg.discover_lists import find_listed_subjects

    find_listed_subjects(p)  # 甲和乙早已被美國列入實體清單 (POLICY lane)
    from kg.discover_legal import find_legal_names

    find_legal_names(p)  # 上海某某量子技術股份有限公司 (what the finders above left)
    drop_company_plans(p)  # 某公司通過“雙引戰略” (after the companies)
    from kg.discover_people import find_names_before_titles  # 工研院某某某院長 (after the organizations)

    find_names_before_titles(p)
    find_enumerated(p)
    find_media_and_events(p)
    _prefer_shorter(p)
    from kg.discover_parts import find_components

    find_components(p)  # Cortex-X925, Adreno 750, NPU 890, GB202 (before the technologies)
    find_technologies(p)
    find_described_technologies(p)  # 發展低阻值重置導線層 (NAMES lane)
    find_graphics_models(p)
    from kg.discover_chips import find_processor_models

    find_processor_models(p)  # Core i7-1355U, R9 7940HS
    find_latin_numbered(p)
    find_chips(p)
    find_company_numbers(p)
    find_chips(p, again=True)
    find_chip_series(p)
    find_quoted_chips(p)
    find_quoted_designs(p)  # GPU架構「甲」「乙」 (SUBJECT lane)
    from kg.discover_chips import (find_chip_parts, find_code_products, find_company_devices, find_coordinated_models,
                                   find_memory_chips, find_numbered_models, find_short_codes, find_toolkits)

    find_numbered_models(p)  # 深算四號 beside 深算一號
    find_short_codes(p)  # M5處理器
    find_memory_chips(p)  # 某存儲第五代3D NAND
    find_coordinated_models(p)  # Foo 300、400和500
    from kg.discover_chips import find_codes_before_brands

    find_codes_before_brands(p)  # 910C昇騰晶片 (NAMES lane)
    from kg.discover_latin import find_family_models, find_phone_models, find_systems

    find_systems(p)  # GB300 NVL72 (before the families: Vera Rubin NVL144 CPX is one system)
    find_family_models(p)  # Instinct MI300, Rubin CPX
    find_chip_parts(p)  # Rubin GPU, Foo CPU
    from kg.discover_chips import find_spec_named

    find_spec_named(p)  # Foo-X算力達1000TOPS (CHIPS3 lane)
    from kg.discover_chips import find_codenames

    find_codenames(p)  # 代號Foo Lake的處理器, Foo架構GPU
    from kg.discover_chips import find_cued_chips, refuse_chips

    find_cued_chips(p)  # 某系列（代號Foo與Bar）, Foo 和 Bar 系列等網路晶片, TPU即v7, Trainium3／4 (CHIPS lane)
    from kg.discover_chips import find_introduced_chips, find_proper_named_chips

    find_introduced_chips(p)  # 名為「某某900」的AI晶片, Foo、Bar和Baz三款晶片 (CHIPS lane, round 18)
    find_proper_named_chips(p)  # 某公司推出華山GPU與廬山GPU (CHIPS lane, round 18)
    find_company_devices(p)  # 某米15s Pro手機
    find_phone_models(p)  # vivo Y300, OPPOA3i, 真我13
    find_toolkits(p)  # Foo SDK
    find_code_products(p)  # 交換機Q1600, Q1870i DUV系統
    find_named(p)
    find_devices(p)
    find_product_models(p)
    # PRODUCT lane (round 18): 大模型「甲」, 「某池256超節點」, Foo 950 SuperPoD (patterns/product.toml)
    from kg.discover_products import find_products

    find_products(p)
    find_latin_technologies(p)
    from kg.discover_names import find_names2  # 財經中心／某某報導, 鎵、鍺相關物項出口管制, 董事長N Surname

    find_names2(p)
    from kg.discover_names3 import find_names3  # 全國人大常委會, 某市國投, 對某產品發起反傾銷調查

    find_names3(p)
    from kg.discover_names4 import find_names4  # SAFE FOO Act, 網絡安全審查, 某公司System LSI部門

    find_names4(p)
    from kg.discover_names5 import find_names5  # 駐日代表某某, 部門經理Foo Bar, 董事長俎某某介紹 (NAMES5)

    find_names5(p)
    from kg.discover_latin import find_glued_lines, name_with_makers

    find_glued_lines(p)  # Mate60系列
    name_with_makers(p)  # Intel Core Ultra 200V: named with the maker printed before it
    refuse_chips(p)  # O2O, AISoC, R2大模型, HMB4; ThinkFoo SC100伺服器 is a server (CHIPS lane)
    found = _dedupe(p.found)
    found += appositions(p, known + found)
    found = _dedupe(found)
    found += repeats(p, [m for m in found if m.entity is None])
    return found


def _dedupe(ms: list[Mention]) -> list[Mention]:
    """Longest first at each overlap, then the most confident."""
    out: list[Mention] = []
    cover = _Cover(max((m.end for m in ms), default=0))
    for m in sorted(ms, key=lambda m: (-(m.end - m.start), -m.confidence, m.start, m.source)):
        if not cover.hits(m.start, m.end):
            out.append(m)
            cover.mark((m,))
    return sorted(out, key=lambda m: (m.start, m.end))
