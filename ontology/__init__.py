"""kg's knowledge as data: the ontology (kg.ttl), the registry of actors and places and the
Arabic lexicons, loaded by name.

The vocabulary read from ``kg.ttl`` is the one source of truth for entity types and relation
types: the extractor, the Neo4j loader and the RDF exporter all take their names from here.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import KgError
from kg.memo import disk_cached, files_stamp

NAMESPACE = "https://w3id.org/kg-arabic-news/ontology#"
ONTOLOGY_FILE = "kg.ttl"


def path(name: str) -> Path:
    """Path of a data file shipped in the ontology package, e.g. ``path("kg.ttl")``."""
    p = Path(str(resources.files(__name__).joinpath(name)))
    if not p.exists():
        available = sorted(x.name for x in Path(str(resources.files(__name__))).iterdir()
                           if not x.name.startswith(("_", ".")))
        raise FileNotFoundError(f"no ontology data file {name!r}; available: {', '.join(available)}")
    return p


@dataclass(frozen=True)
class Term:
    code: str          # name in graph.json and Neo4j: "CAPTURED", "City"
    iri: str           # full IRI in the ontology
    label_en: str
    label_ar: str
    comment: str


ROLES = ("organisation", "person", "state", "place", "source")


@dataclass(frozen=True)
class Vocabulary:
    entity_types: tuple[Term, ...]
    relation_types: tuple[Term, ...]
    symmetric: frozenset[str]
    roles: tuple[tuple[str, str], ...] = ()          # (type code, kg:extractionRole)
    place_ranks: tuple[tuple[str, int], ...] = ()    # (type code, kg:placeRank)
    standing: frozenset[str] = frozenset()           # relation codes with kg:standingFact true

    def types_with_role(self, *roles: str) -> frozenset[str]:
        """Codes of the entity types whose kg:extractionRole is one of ``roles``
        (organisation, person, state, place, source)."""
        for r in roles:
            if r not in ROLES:
                raise KeyError(f"unknown extraction role {r!r}; valid: {', '.join(ROLES)}")
        return frozenset(code for code, role in self.roles if role in roles)

    @property
    def place_rank(self) -> dict[str, int]:
        """Place type code -> its size rank (Facility 0 < City < Region < Country)."""
        return dict(sorted(self.place_ranks, key=lambda pair: pair[1]))

    @property
    def entity_codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.entity_types)

    @property
    def relation_codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.relation_types)

    def relation(self, code: str) -> Term:
        for t in self.relation_types:
            if t.code == code:
                return t
        raise KeyError(f"unknown relation type {code!r}; valid: {', '.join(self.relation_codes)}")

    def entity_type(self, code: str) -> Term:
        for t in self.entity_types:
            if t.code == code:
                return t
        raise KeyError(f"unknown entity type {code!r}; valid: {', '.join(self.entity_codes)}")


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Entity and relation types as declared in kg.ttl (classes and object properties with a kg:code),
    kept on disk between runs while this package is unchanged (rdflib's import and parse: ~0.3 s)."""
    return disk_cached("vocabulary", files_stamp(Path(__file__), path(ONTOLOGY_FILE), extra=("vocabulary",)),
                       read_vocabulary)


def read_vocabulary() -> Vocabulary:
    """vocabulary(), read from kg.ttl."""
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph()
    g.parse(path(ONTOLOGY_FILE), format="turtle")
    code = rdflib.URIRef(NAMESPACE + "code")

    def label(s, lang):
        for o in g.objects(s, RDFS.label):
            if getattr(o, "language", None) == lang:
                return str(o)
        return ""

    def comment_en(s):
        comments = list(g.objects(s, RDFS.comment))
        english = [str(o) for o in comments if getattr(o, "language", None) in ("en", None)]
        return english[0] if english else (str(comments[0]) if comments else "")

    def terms(kind):
        out = []
        for s in g.subjects(RDF.type, kind):
            c = g.value(s, code)
            if c is None or str(c) == "Entity":
                continue
            out.append(Term(str(c), str(s), label(s, "en"), label(s, "ar"), comment_en(s)))
        return tuple(sorted(out, key=lambda t: t.code))

    symmetric = frozenset(str(g.value(s, code)) for s in g.subjects(RDF.type, OWL.SymmetricProperty)
                          if g.value(s, code) is not None)
    role, rank, standing = (rdflib.URIRef(NAMESPACE + n) for n in ("extractionRole", "placeRank", "standingFact"))
    roles = tuple(sorted((str(g.value(s, code)), str(o)) for s, o in g.subject_objects(role)))
    for c, r in roles:
        if r not in ROLES:
            raise KgError(f"{ONTOLOGY_FILE}: type {c} has unknown kg:extractionRole {r!r}; valid: {', '.join(ROLES)}")
    ranks = tuple(sorted((str(g.value(s, code)), int(o)) for s, o in g.subject_objects(rank)))
    standing_facts = frozenset(str(g.value(s, code)) for s, o in g.subject_objects(standing) if o.toPython() is True)
    return Vocabulary(terms(OWL.Class), terms(OWL.ObjectProperty), symmetric, roles, ranks, standing_facts)
