"""IRIs for the RDF export: stable, ASCII, collision-safe, and never raw text.

Entity IRIs live under a configurable base (``DEFAULT_BASE``):

* a node whose graph.json id is already a plain ASCII identifier (``homs``, ``syrian_army``:
  the registry's curated ids) keeps it: ``<base>homs``. The id is the one thing that is the
  same in every run and every article, so the IRI is too.
* any other node (discovered entities, Arabic ids) gets an ASCII slug of its English name, or
  of a Buckwalter transliteration of its Arabic name (camel-tools ``ar2safebw``), plus a short
  hash of its id: ``<base>abw-mhmd-alhlby-3f2a9c1e``. The hash makes two ids that share a
  slug distinct; the ``-`` keeps these apart from the plain ids, which never contain one.

Articles, claims and per-article graphs get ``<base>article/…``, ``<base>claim/…`` and
``<base>graph/…``; article ids are percent-encoded, claims are named by a hash of what they
state. URLs from the input are percent-encoded where IRI syntax forbids a character.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from urllib.parse import quote

from kg.errors import KgError

DEFAULT_BASE = "https://w3id.org/kg-arabic-news/id/"
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

_PLAIN_ID = re.compile(r"[A-Za-z0-9_]+")
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters an IRI may not contain (RFC 3987): controls, space, <>"{}|\^` .
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
MAX_SLUG = 60


def check_base(base: str) -> str:
    """A base must be an absolute http(s) IRI ending in / or # so that base + slug is an IRI."""
    if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+[/#]", base or ""):
        raise KgError(f"bad base IRI {base!r}: it must be an absolute http(s) IRI ending in '/' or '#'",
                      value=base)
    return base


@functools.lru_cache(maxsize=1)
def _ar2bw():
    from camel_tools.utils.charmap import CharMapper
    return CharMapper.builtin_mapper("ar2safebw")


def slugify(text: str | None) -> str:
    """Lower-case ASCII words joined by ``-`` (Arabic transliterated), at most MAX_SLUG chars."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text)
    text = _ar2bw()(text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return slug


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()[:length]


def entity_local_name(node_id: str, name: str | None = None, name_en: str | None = None) -> str:
    """The part of an entity IRI after the base (see the module docstring)."""
    if _PLAIN_ID.fullmatch(node_id):
        return node_id
    slug = slugify(name_en) or slugify(name) or slugify(node_id) or "entity"
    return f"{slug}-{short_hash(node_id)}"


def mint_entity_iris(nodes: dict[str, dict], base: str) -> dict[str, str]:
    """IRIs for every node, checked to be distinct (a hash clash falls back to a longer hash)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for node_id, data in nodes.items():
        iri = base + entity_local_name(node_id, data.get("name"), data.get("name_en"))
        if iri in seen:
            iri = f"{iri}-{short_hash(node_id, 32)}"
        seen[iri] = node_id
        out[node_id] = iri
    return out


def encoded_segment(text: str) -> str:
    """Any text as one percent-encoded ASCII path segment. A final '.' is encoded too: '.' and
    '..' would be dot-segments, and a Turtle prefixed name cannot end with a dot."""
    encoded = quote(text, safe="-._~")
    return encoded[:-1] + "%2E" if encoded.endswith(".") else encoded


def wikidata_iri(value) -> str | None:
    m = _WIKIDATA_ID.search(str(value or ""))
    return WIKIDATA + m.group(0) if m else None


def geonames_iri(value) -> str | None:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return f"{GEONAMES}{n}/" if n > 0 else None


def url_iri(url: str) -> str | None:
    """An input URL as an IRI: forbidden characters and stray % percent-encoded.

    None when the text has no scheme (it is then no absolute IRI and is kept as a literal)."""
    url = url.strip()
    if not _SCHEME.match(url):
        return None
    url = _BAD_PERCENT.sub("%25", url)
    return _IRI_FORBIDDEN.sub(lambda m: quote(m.group(0), safe=""), url)
