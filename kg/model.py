"""The plain data passed between stages. Spans are (start, end) in a page's normalized text;
`NormText.orig_span` maps them back to character offsets in the original file."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.articles import Article, PageInfo
from kg.namespaces import E
from kg.normalize import NormText
from kg.reader import Source, page_stem


@dataclass
class Sentence:
    start: int
    end: int
    article: int  # Article.index
    kind: str  # title | standfirst | caption | body | byline


@dataclass
class Mention:
    start: int
    end: int
    text: str  # as printed (normalized: line breaks removed)
    type: str  # ontology class local name
    source: str  # "lexicon", "byline", or "pattern:<id>"
    confidence: float
    entity: str | None = None  # IRI once resolved
    article: int | None = None
    sentence: int | None = None  # index into Doc.sentences
    canonical: str | None = None  # proposed canonical name for a discovered entity
    misprint: bool = False  # resolved to a known entity as a misprint of its name
    named: bool = True  # False: the span only marks where an unnamed entity is stated (a verb), it is no name


@dataclass
class Doc:
    """One page as it moves through the pipeline."""

    source: Source
    norm: NormText
    info: PageInfo = field(default_factory=PageInfo)
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # words standing for a name met before (kg/coref.py: Anaphor, each with a stand-in Mention); None until
    # that stage has run. Never part of `mentions`: a stand-in is no name.
    anaphors: list | None = None
    # the figures of each sentence (kg/quantities.sentence_quantities), with the rules they were read by; None
    # until first asked for
    quantities: tuple | None = None

    @property
    def stem(self) -> str:
        return page_stem(self.source.name)

    def article_iri(self, index: int) -> str:
        return str(E[f"article/{self.stem}/{index}"])


@dataclass
class Evidence:
    page: str  # source file name
    article: str  # article IRI
    sentence: str  # text of the sentence as in the original file
    sentence_span: tuple[int, int]  # original offsets
    subject_span: tuple[int, int]
    object_span: tuple[int, int] | None
    rule: str
    confidence: float
    date: str | None = None  # ISO year or year-month of the event the sentence dates ("2022", "2025-08")
    role: str | None = None  # affiliatedWith from a byline: the role as printed (總裁, 原副主任)


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str  # IRI, or a literal value when `literal` is set
    literal: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    # When the object is a value node (a kg:ProcessNode or kg:Spec), its description: "class", "label",
    # and "nanometres" or "quantity", "unit", "measure" (and "lower" for a range); plus "names" [(label, lang)] for a
    # process node.
    value: dict | None = None
    background: bool = False  # from the lexicon (background knowledge), not from a sentence
    # When the subject is a lexicon entity the pages do not mention, its description (as `value`).
    subject_value: dict | None = None
