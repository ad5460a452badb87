"""What graph.json promises every consumer, as functions: the claim id, the precision of an
event date, and the search key of a node.

The graph stage writes these values into graph.json; loaders (Neo4j rows, RDF, the event
table) may import this module, and only this one, to read or recompute them for a graph
written before a field existed. Nothing here depends on the extraction stages.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Iterable, Mapping

CLAIM_ID_LENGTH = 32           # hex digits of sha256
PRECISIONS = ("day", "month", "year")
_PRECISION_OF = {10: "day", 7: "month", 4: "year"}
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def claim_id(subject: str, relation: str, obj: str, article: str, start: int, end: int) -> str:
    """The id of one claim: a sentence (article and offsets) stating subject -relation-> object.

    The same in graph.json (``provenance[].claim_id``), Neo4j (``Claim.id``) and RDF
    (``<base>claim/<id>``, ``schema:identifier``): deterministic, so rebuilding or reloading
    the same input gives the same id. Two readings of one sentence by different rules are one
    claim: the claim is what the sentence says, not how it was found."""
    if type(article) is str and type(relation) is str and type(subject) is str and type(obj) is str:
        # json.dumps of the list below, written out (a new encoder per call was most of the cost)
        key = (f"[{_string(article)}, {_string(relation)}, {_string(subject)}, {_string(obj)}, "
               f"{int(start)!r}, {int(end)!r}]")
    else:
        key = json.dumps([article, relation, subject, obj, int(start), int(end)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:CLAIM_ID_LENGTH]


_string = json.encoder.encode_basestring     # how json.dumps(ensure_ascii=False) writes a string


def provenance_claim_id(subject: str, relation: str, obj: str, prov: Mapping) -> str:
    """A provenance item's claim id: the one graph.json holds, else computed (older graphs)."""
    return prov.get("claim_id") or claim_id(subject, relation, obj, prov["article"], prov["start"], prov["end"])


def date_precision(date: str | None) -> str | None:
    """How much of a date is known, from its ISO form: 2024-12-08 day, 2024-10 month, 2013 year
    (ACLED's time precision, in words)."""
    if not date or not _ISO.fullmatch(str(date)):
        return None
    return _PRECISION_OF.get(len(str(date)))


def provenance_date_precision(prov: Mapping) -> str | None:
    return prov.get("event_date_precision") or date_precision(prov.get("event_date"))


def normalise_key(text: str) -> str:
    """A name as searched for: Arabic without diacritics or tatweel, alef forms, alef maksura
    and teh marbuta unified (أ إ آ -> ا, ى -> ي, ة -> ه); Latin letters lower-cased and
    without accents (Ḩamāh -> hamah); runs of spaces made one. حِمْص and حمص, Hama and hama,
    give one key."""
    from kg.arabic import normalise_text
    text = normalise_text(unicodedata.normalize("NFKC", text))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def node_key(node: Mapping) -> list[str]:
    """A node's search keys: the normalised forms of its name, English name, aliases and English
    aliases (acronyms such as HTS, GeoNames transliterations), sorted
    and unique (``'hama' IN n.key``, ``n.key CONTAINS`` ... in Neo4j; ``kg:key`` in RDF)."""
    names: Iterable = (node.get("name"), node.get("name_en"), *(node.get("aliases") or ()),
                       *(node.get("aliases_en") or ()))
    return sorted({k for k in (normalise_key(str(n)) for n in names if n) if k})
