"""The typed, frozen records that flow from one pipeline stage to the next.

ingest -> Article -> arabic -> AnalysedArticle -> entities -> ResolvedArticle
-> relations -> ArticleExtraction -> graph (networkx MultiDiGraph / graph.json).

Provenance is a required field of every Claim: a relation never exists without the
sentence that states it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple


class computed_once:
    """A read-only attribute computed on first read and kept in the instance's ``__dict__``:
    functools.cached_property without the lock it takes on every first read (Python 3.11), for the
    short-lived objects of one article (its sentences, a sentence's rule context, a trigger's query),
    which never cross threads. Works on frozen dataclasses, as cached_property does."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


_UNSET = object()       # quick_init: a field with a default factory not given


def quick_init(cls):
    """A frozen dataclass whose ``__init__`` writes the fields straight into the instance's
    ``__dict__`` (what ``frozen=True`` generates sets each through object.__setattr__, the cost of
    a call per field): the same parameters, defaults and default factories, the same ``__dict__``.
    Classes it does not fit (slots, __post_init__, fields outside __init__ or keyword-only) are
    left as they are. For the records built many times per article."""
    import dataclasses
    fields = dataclasses.fields(cls)
    if "__slots__" in vars(cls) or hasattr(cls, "__post_init__") or any(not f.init or f.kw_only for f in fields):
        return cls
    scope: dict = {"_UNSET": _UNSET}
    params, lines = [], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_UNSET")
            lines.append(f"    if {f.name} is _UNSET: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
    lines.append("    d = self.__dict__")
    lines += [f"    d[{f.name!r}] = {f.name}" for f in fields]
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


@dataclass(frozen=True)
class Article:
    """One input article, as read."""
    id: str
    text: str
    origin: str                        # file path (and line) or "-" for stdin
    content_hash: str                  # sha256 of text: identifies a version of the article
    url: str | None = None
    title: str | None = None
    published: str | None = None       # ISO date YYYY-MM-DD when known
    source: str | None = None          # publisher as the input names it
    boilerplate: tuple[tuple[int, int], ...] = ()   # spans of web-page boilerplate: never extracted from
    notes: tuple[str, ...] = ()        # how the input was read, when the report should say (bytes replaced)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""
    origin: str
    reason: str


class Token(NamedTuple):
    """A word or punctuation mark. A named tuple, not a dataclass: it is as frozen and typed, and
    three times cheaper to build (one per word of every article)."""
    start: int                         # offsets in Article.text
    end: int
    text: str                          # surface form
    norm: str                          # normalised (dediacritised, alef/ya/teh marbuta, no tatweel)


@quick_init
@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]

    @computed_once
    def norms(self) -> tuple[str, ...]:
        """The tokens' normalised forms in order: read by many passes and rules, built once."""
        return tuple(map(_NORM, self.tokens))

    @computed_once
    def norm_set(self) -> frozenset[str]:
        """The set of the tokens' normalised forms (a pass's or rule's set-lookup gate)."""
        return frozenset(self.norms)


_NORM = attrgetter("norm")


@dataclass(frozen=True)
class AnalysedArticle:
    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class EntityRecord:
    """A node: a known (registry) or discovered entity."""
    id: str
    type: str
    name: str                          # canonical Arabic name
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None         # ISO code of the country a place or actor belongs to
    aliases_en: tuple[str, ...] | None = None   # English names and acronyms (HTS), GeoNames' transliteration


@quick_init
@dataclass(frozen=True)
class Mention:
    """A span of an article that refers to an entity."""
    article: str
    sentence: int
    start: int
    end: int
    text: str
    entity_id: str
    type: str
    source: str                        # registry | cue | description | coreference | ner
    token_start: int = 0               # token indices within the sentence
    token_end: int = 0


@quick_init
@dataclass(frozen=True)
class Provenance:
    article: str
    sentence: str                      # the sentence text
    start: int                         # sentence offsets in the article text
    end: int
    attributed_to: str | None          # node id of the credited outlet or source
    hedged: bool
    event_date: str | None             # ISO date when the text dates the event
    rule: str                          # which pattern fired
    confidence: float
    trigger: str | None = None         # the cue word as written
    event_date_precision: str | None = None   # day | month | year (set by the graph stage: kg.contract)
    claim_id: str | None = None        # kg.contract.claim_id (set by the graph stage)


MEDIA_OFFICE = "media_office:"     # a body's media office is this prefix and the body's id


@quick_init
@dataclass(frozen=True)
class Claim:
    subject: str                       # entity id
    predicate: str                     # relation type code from the ontology
    object: str
    provenance: Provenance


@dataclass(frozen=True)
class ArticleInfo:
    """What the graph keeps of an article (never its text)."""
    id: str
    content_hash: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None       # node id of the outlet that published it, when known
    origin: str | None = None


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything one article contributes to the graph: the map step's output."""
    info: ArticleInfo
    entities: tuple[EntityRecord, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ResolvedArticle:
    """The entities stage's output: every mention resolved to an entity."""
    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]            # document order
    entities: tuple[EntityRecord, ...]
    context_country: str | None = None       # ISO code of the country the article is mainly about
