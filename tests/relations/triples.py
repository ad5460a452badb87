"""Reading the relations a test expects against what kg extracted from one of our own sentences.

A word in an expected triple names every entity whose mention text (or, with ``with_names``,
whose record's name) contains it; ``id:X`` names the entity X itself. A symmetric relation (the
ontology's owl:SymmetricProperty) is found in either direction.
"""
from __future__ import annotations

from kg.arabic import normalise
from ontology import vocabulary

SYMMETRIC = vocabulary().symmetric


def entity_ids(x, word: str, with_names: bool = True) -> set[str]:
    if word.startswith("id:"):
        return {word[3:]}
    w = normalise(word)
    ids = {m.entity_id for m in x.mentions if w in normalise(m.text)}
    if with_names:
        ids |= {e.id for e in x.entities if w in normalise(e.name or "")}
    return ids


def claim_triples(x) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims}


def stated(x, triples, s: str, p: str, o: str, symmetric: bool = True, with_names: bool = True) -> bool:
    return any((a, p, b) in triples or (symmetric and p in SYMMETRIC and (b, p, a) in triples)
               for a in entity_ids(x, s, with_names) for b in entity_ids(x, o, with_names))


def misread(x, expected, absent=()) -> tuple[list, list]:
    """The expected triples kg did not state and the absent ones it did."""
    triples = claim_triples(x)
    return ([t for t in expected if not stated(x, triples, *t)],
            [t for t in absent if stated(x, triples, *t)])
