"""The reduce step at scale: a compact, incremental store behind `kg build`.

It writes the same graph as kg.graph.merge + kg.graph.write_graph (the reference reduce step;
the tests compare the two) with three differences that matter at 100,000 articles:

- memory: mentions and provenance are held as tuples of interned strings, not dicts;
- writing: graph.json is streamed one element per line with the C JSON encoder, never built as
  one document in memory. A node line starts with "id", a link line with "source", "target",
  "key"; the growing list ("mentions", "provenance") comes last, so a line can be extended
  without parsing the list;
- adding to a graph (`--into`): a sidecar index (`.graph.json.index`: byte offsets of every
  article, node and link line, the size of each line's head, how many items its list holds and
  the sort key of the last one, plus the size and mtime of the graph.json it describes) lets the
  store parse only the heads of the lines the new articles touch, and copy every other byte
  range, and the lists it extends, unchanged. Without a valid index, or when an article is
  replaced (which may touch any element), the whole graph is loaded, as kg.graph.read_graph would.

The file stays networkx node-link JSON of a MultiDiGraph, readable by kg.graph.read_graph.
"""
from __future__ import annotations

import itertools
import json
import math
import operator
import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, NamedTuple

from kg.contract import claim_id, date_precision
from kg.errors import GraphFormatError
from kg.fsutil import atomic_open
from kg.graph import ANAPHORIC_SOURCES, NODE_FIELDS, node_key
from kg.types import ArticleExtraction, ArticleInfo, EntityRecord, Provenance

try:
    from kg.graph import _has_proclitic
except ImportError:                       # a kg.graph without the rule: every name is an alias
    def _has_proclitic(text: str) -> bool:
        return False

MENTION_FIELDS = ("article", "start", "end", "text", "source")
PROVENANCE_FIELDS = tuple(f.name for f in fields(Provenance))
_INFO_FIELDS = tuple(f.name for f in fields(ArticleInfo) if f.name != "id")   # (strings or None: asdict's copies are themselves)
_INFO_GET = operator.attrgetter(*_INFO_FIELDS)
INDEX_VERSION = 3
HEAD = b'{"directed":true,"multigraph":true,"graph":{'
SEP = b",\n"
_ITEM = b'{"article":"'                    # how every mention and provenance item starts
_intern = sys.intern


def _dumps(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def index_path(graph_path: Path) -> Path:
    return Path(graph_path).with_name(f".{Path(graph_path).name}.index")


# ----------------------------------------------------------------------------- list items

def _mention_key(m) -> tuple:
    return (m[0], m[1], m[2]) if isinstance(m, tuple) else (m["article"], m["start"], m["end"])


def _expand_mentions(items) -> list[dict]:
    return [{"article": m[0], "start": m[1], "end": m[2], "text": m[3], "source": m[4]}
            if isinstance(m, tuple) else {"article": m["article"], **m} for m in items]


_string = json.encoder.encode_basestring   # what json.dumps(ensure_ascii=False) writes a string with


def _encode_mentions(items) -> bytes:
    """``_dumps(_expand_mentions(items))[1:-1]``: the usual mention (a tuple of three strings and two
    ints) is formatted directly, at a third of the encoder's cost; any other goes through it."""
    out = []
    for m in items:
        if type(m) is tuple and len(m) == 5:
            article, start, end, text, source = m
            if type(article) is str and type(start) is int and type(end) is int and type(text) is str \
                    and type(source) is str:
                out.append(f'{{"article":{_string(article)},"start":{start},"end":{end},'
                           f'"text":{_string(text)},"source":{_string(source)}}}')
                continue
        out.append(_dumps(_expand_mentions([m]))[1:-1].decode("utf-8"))
    return ",".join(out).encode("utf-8")


def _encode_provenance(items) -> bytes:
    """``_dumps(_expand_provenance(items))[1:-1]``: the usual provenance item (a tuple in field order
    as merge() makes it: strings, two ints, a bool, a finite float, None for what is unknown) is
    formatted directly, as the encoder writes it (floats by their repr); any other goes through it."""
    if not _PROVENANCE_LAYOUT:
        return _dumps(_expand_provenance(items))[1:-1]
    out = []
    for p in items:
        if type(p) is tuple and len(p) == 12:
            article, sentence, start, end, credited, hedged, date, rule, conf, trigger, precision, cid = p
            if type(article) is str and type(sentence) is str and type(start) is int and type(end) is int \
                    and type(hedged) is bool and type(rule) is str and type(conf) is float \
                    and _FINITE(conf) and _OPTIONAL_STR(credited) and _OPTIONAL_STR(date) \
                    and _OPTIONAL_STR(trigger) and _OPTIONAL_STR(precision) and _OPTIONAL_STR(cid):
                out.append(f'{{"article":{_string(article)},"sentence":{_string(sentence)},"start":{start},'
                           f'"end":{end},"attributed_to":{_json_str(credited)},'
                           f'"hedged":{"true" if hedged else "false"},"event_date":{_json_str(date)},'
                           f'"rule":{_string(rule)},"confidence":{conf!r},"trigger":{_json_str(trigger)},'
                           f'"event_date_precision":{_json_str(precision)},"claim_id":{_json_str(cid)}}}')
                continue
        out.append(_dumps(_expand_provenance([p]))[1:-1].decode("utf-8"))
    return ",".join(out).encode("utf-8")


def _OPTIONAL_STR(value) -> bool:
    return value is None or type(value) is str


def _json_str(value: str | None) -> str:
    return "null" if value is None else _string(value)


_FINITE = math.isfinite


# the field order _encode_provenance writes directly (else it leaves every item to the encoder)
_PROVENANCE_LAYOUT = PROVENANCE_FIELDS == ("article", "sentence", "start", "end", "attributed_to", "hedged",
                                           "event_date", "rule", "confidence", "trigger",
                                           "event_date_precision", "claim_id")
_P_ARTICLE, _P_START, _P_RULE = (PROVENANCE_FIELDS.index(f) for f in ("article", "start", "rule"))
_P_GET = operator.attrgetter(*PROVENANCE_FIELDS)
_P_REPEATED = tuple(i for i, f in enumerate(PROVENANCE_FIELDS)
                    if f in ("attributed_to", "event_date", "rule", "trigger", "event_date_precision"))


def _provenance_key(p) -> tuple:
    if isinstance(p, tuple):
        return p[_P_ARTICLE], p[_P_START], p[_P_RULE]
    return p["article"], p["start"], p["rule"]


def _expand_provenance(items) -> list[dict]:
    return [dict(zip(PROVENANCE_FIELDS, p)) if isinstance(p, tuple) else {"article": p["article"], **p}
            for p in items]


def _provenance_tuple(p: Provenance, article_id: str) -> tuple:
    """Provenance as a tuple in field order, its often-repeated strings interned."""
    values = list(_P_GET(p))
    values[_P_ARTICLE] = article_id
    for i in _P_REPEATED:
        if isinstance(values[i], str):
            values[i] = _intern(values[i])
    return tuple(values)


_P_EVENT_DATE, _P_PRECISION, _P_CLAIM_ID = (PROVENANCE_FIELDS.index(f)
                                             for f in ("event_date", "event_date_precision", "claim_id"))


def _claim_tuple(p: Provenance, subject: str, relation: str, obj: str, article_id: str) -> tuple:
    """_provenance_tuple(kg.graph.with_claim_fields(p, subject, relation, obj), article_id),
    without making the intermediate Provenance (dataclasses.replace was a fifth of the merge)."""
    values = list(_P_GET(p))
    values[_P_PRECISION] = date_precision(values[_P_EVENT_DATE])
    values[_P_CLAIM_ID] = claim_id(subject, relation, obj, p.article, p.start, p.end)
    values[_P_ARTICLE] = article_id
    for i in _P_REPEATED:
        if isinstance(values[i], str):
            values[i] = _intern(values[i])
    return tuple(values)


def _article_of(item) -> str:
    return item[0] if isinstance(item, tuple) else item["article"]


class Kind(NamedTuple):
    """What differs between the growing lists of nodes and of links."""
    name: str
    names: tuple[str, ...]
    key: Callable
    expand: Callable
    list_key: bytes                 # ,"mentions":[  — how a head ends in graph.json
    encode: Callable                # items -> the bytes of their list, without brackets
    tuple_key: Callable             # key, for an item that is a tuple (a C getter: the sort's inner loop)


MENTIONS = Kind("mentions", MENTION_FIELDS, _mention_key, _expand_mentions, b',"mentions":[', _encode_mentions,
                operator.itemgetter(0, 1, 2))
PROVENANCE = Kind("provenance", PROVENANCE_FIELDS, _provenance_key, _expand_provenance, b',"provenance":[',
                  _encode_provenance, operator.itemgetter(_P_ARTICLE, _P_START, _P_RULE))


def _compact(item, names: tuple[str, ...]):
    """A tuple of interned values when the dict has exactly the contract's fields, else the dict."""
    if not isinstance(item, dict) or tuple(item) != names:
        return item
    return tuple(_intern(v) if isinstance(v, str) and len(v) < 100 else v for v in item.values())


class Span(NamedTuple):
    """Where an element is in graph.json; for nodes and links also how many bytes its head takes
    (up to and including the list key), how many items its list has and the last one's key."""
    offset: int
    length: int
    head: int = 0
    count: int = 0
    last: tuple | None = None


@dataclass
class Growing:
    """A list sorted on output (a node's mentions, an edge's provenance): ``items`` held in
    memory, after the ``raw`` ones still in the base file (sorted there, up to ``raw.last``)."""
    items: list = field(default_factory=list)
    raw: Span | None = None

    def __len__(self) -> int:
        return (self.raw.count if self.raw else 0) + len(self.items)

    def materialise(self, kind: Kind, base: "BaseFile") -> None:
        if self.raw is not None:
            body = base.read(self.raw.offset + self.raw.head, self.raw.length - self.raw.head - 2)
            self.items = [_compact(x, kind.names) for x in json.loads(b"[" + body + b"]")] + self.items
            self.raw = None


@dataclass
class Element:
    """A node (head: its attributes) or an edge (head: its type and other attributes)."""
    head: dict
    growing: Growing


def _from_dict(data: dict, kind: Kind) -> Element:
    items = data.pop(kind.name, None)
    return Element(data, Growing(items=[_compact(x, kind.names) for x in items or []]))


# ----------------------------------------------------------------------------- the base file

@dataclass
class BaseFile:
    """An existing graph.json with a valid index: where each of its elements is, as the index
    rows ([key..., offset, length, head, count, last]; articles: [id, offset, length])."""
    path: Path
    articles: dict[str, list]
    nodes: dict[str, list]
    links: dict[tuple[str, str, str], list]
    graph_extra: dict
    _file: object = None

    def _open(self):
        if self._file is None:
            self._file = open(self.path, "rb")
        return self._file

    def _pread(self, offset: int, length: int) -> bytes:
        """Bytes of the file by pread, not a memory map: pages of a mapped file that a build
        reads count in its resident size, and this file grows with the corpus (~8 KB per article)."""
        return os.pread(self._open().fileno(), max(0, length), offset)

    def read(self, offset: int, length: int) -> bytes:
        data = self._pread(offset, length)
        if len(data) != length:
            raise GraphFormatError(f"{str(self.path)!r} changed while it was being read")
        return data

    def copy(self, start: int, end: int, out) -> None:
        """Bytes start..end of the file onto the binary file ``out`` (flushed first): in the
        kernel where it can (copy_file_range), else in chunks."""
        f = self._open()
        out.flush()
        left = end - start
        if hasattr(os, "copy_file_range"):
            try:
                while left > 0:
                    n = os.copy_file_range(f.fileno(), out.fileno(), left, start)
                    if n == 0:
                        break
                    start, left = start + n, left - n
            except OSError:
                pass                      # not on this file system: copy by hand what is left
        f.seek(start)
        while left > 0:
            chunk = f.read(min(left, 1 << 24))
            if not chunk:
                break
            out.write(chunk)
            left -= len(chunk)
        if left:
            raise GraphFormatError(f"{str(self.path)!r} changed while it was being updated")

    def list_body(self, raw: Span) -> bytes:
        """The bytes of raw's list, between its brackets."""
        lo, end = raw.offset + raw.head, raw.offset + raw.length - 2
        return self.read(lo, end - lo)

    def element(self, row: list, kind: Kind, drop: tuple[str, ...]) -> Element:
        """The head of an element line, parsed; its list stays in the file."""
        span = _span(row, len(drop))
        head_bytes = self.read(span.offset, span.head)
        head = json.loads(head_bytes[:-len(kind.list_key)] + b"}")
        for k in drop:
            head.pop(k, None)
        return Element(head, Growing(raw=span if span.count else None))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def insertion_points(body: bytes, articles: list[str]) -> list[int] | None:
    """For each of the sorted ``articles`` (none of them in the list), the offset in ``body`` (the
    bytes of a sorted list, between its brackets) of the first item that sorts after it (or the
    list's end), by binary search: every item starts with {"article":", which cannot occur inside
    a JSON string. None when an article is already in the list. (The list is read once and
    searched in memory: a search by reads of the file was most of a checkpoint's time when every
    list of a long text gets items that sort between its old ones.)"""
    lo, end = 0, len(body)
    points = []
    for article in articles:
        point = _first_after(body, article, lo, end)
        if point is None:
            return None
        points.append(point)
        lo = point
    return points


def _first_after(body: bytes, article: str, lo: int, end: int) -> int | None:
    hi = end
    while lo < hi:
        mid = (lo + hi) // 2
        s = _item_at_or_after(body, mid, hi)
        if s >= hi:                       # no item starts in [mid, hi): step from lo
            s = lo
        a = _item_article(body, s)
        if a == article:
            return None
        if a > article:
            hi = s
        else:
            lo = _item_at_or_after(body, s + 1, hi)
    return lo


def _item_at_or_after(body: bytes, pos: int, hi: int) -> int:
    """Offset of the first item start in [pos, hi), else hi."""
    found = body.find(_ITEM, pos, hi)
    return hi if found < 0 else found


def _item_article(body: bytes, start: int) -> str:
    """The article id of the item at ``start`` (a JSON string: ends at an unescaped quote)."""
    at = start + len(_ITEM)
    end = body.index(b'"', at)
    if body.find(b"\\", at, end) < 0:       # no escape: the bytes are the id's UTF-8
        return body[at:end].decode("utf-8")
    while True:                           # a quote after an odd run of backslashes is escaped
        k = end
        while body[k - 1] == 0x5C:
            k -= 1
        if (end - k) % 2 == 0:
            return json.loads(body[at - 1:end + 1])
        end = body.index(b'"', end + 1)


def _span(row: list, at: int) -> Span:
    """The Span of an index row whose key takes ``at`` fields."""
    offset, length, head, count, last = row[at:]
    return Span(offset, length, head, count, tuple(last) if last is not None else None)


def load_index(graph_path: Path) -> BaseFile | None:
    """The index of graph_path when it describes this very file, else None."""
    try:
        data = json.loads(index_path(graph_path).read_bytes())
        st = Path(graph_path).stat()
        if (data.get("version"), data.get("size"), data.get("mtime_ns")) != (INDEX_VERSION, st.st_size, st.st_mtime_ns):
            return None
        return BaseFile(Path(graph_path),
                        articles={r[0]: r for r in data["articles"]},
                        nodes={r[0]: r for r in data["nodes"]},
                        links={(r[0], r[1], r[2]): r for r in data["links"]},
                        graph_extra=data.get("graph_extra", {}))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def scan_index(graph_path: Path) -> BaseFile | None:
    """The index of a graph.json in this module's layout, by reading it line by line (memory:
    one line); None when the file has another layout, or is not whole (a truncated file has no
    closing line: the caller then reads it as JSON, which refuses it). Every element is checked
    against the graph contract (kg.graph.check_node, check_link, check_article) on the way:
    GraphFormatError naming the first bad one."""
    from kg.graph import check_graph_attributes
    articles, nodes, links = {}, {}, {}
    order = [b'}},"nodes":[', b'],"links":[', b"]}"]
    sections = {b'}},"nodes":[': nodes, b'],"links":[': links, b"]}": None}
    section: dict | None = articles
    seen: list[bytes] = []
    offset = 0
    with open(graph_path, "rb") as f:
        header = f.readline()
        if not header.startswith(HEAD) or not header.endswith(b'"articles":{\n'):
            return None
        extra = header[len(HEAD):-len(b'"articles":{\n')].rstrip(b",")
        try:
            graph_extra = _loads(b"{" + extra + b"}")
        except ValueError:
            return None
        check_graph_attributes(graph_extra)
        offset, line = len(header), header
        for line in f:
            element = line.rstrip(b"\n").removesuffix(b",")
            if element in sections:
                seen.append(element)
                section = sections[element]
            elif not element:
                pass
            elif section is None:
                return None
            else:
                try:
                    _index_line(element, offset, section, articles, nodes)
                except (ValueError, KeyError, TypeError):
                    return None
            offset += len(line)
    if seen != order or not line.endswith(b"\n"):
        return None
    return BaseFile(Path(graph_path), articles, nodes, links, graph_extra)


def _index_line(element: bytes, offset: int, section: dict, articles: dict, nodes: dict) -> None:
    from kg.graph import check_article, check_link, check_node
    if section is articles:
        entry = _loads(b"{" + element + b"}")
        if len(entry) != 1:
            raise ValueError("not one article per line")
        article_id, info = next(iter(entry.items()))
        check_article(article_id, info)
        articles[article_id] = [article_id, offset, len(element)]
        return
    kind = MENTIONS if section is nodes else PROVENANCE
    head = element.rfind(kind.list_key) + len(kind.list_key)
    data = _loads(element)
    if section is nodes:
        if not isinstance(data, dict) or "id" not in data or "mentions" not in data:
            raise ValueError("not this module's layout")
        node_id = check_node(data, len(nodes))
        if node_id in nodes:
            raise GraphFormatError(f"not a kg graph.json: node id {node_id[:60]!r} appears twice")
    else:
        if not isinstance(data, dict) or "key" not in data or "provenance" not in data:
            raise ValueError("not this module's layout")
        check_link(data, len(section), nodes)
    items = data[kind.name]
    if head < len(kind.list_key) or not element.endswith(b"]}") or element.count(_ITEM, head) != len(items):
        raise ValueError("not this module's layout")
    key = (data["id"],) if section is nodes else (data["source"], data["target"], data["key"])
    row = [*key, offset, len(element), head, len(items), list(kind.key(items[-1])) if items else None]
    section[key[0] if section is nodes else key] = row


# ----------------------------------------------------------------------------- the store

class GraphStore:
    """Articles, nodes and edges of a graph being built; see the module docstring."""

    def __init__(self, base: BaseFile | None = None, graph_extra: dict | None = None):
        self.base = base
        self.graph_extra: dict = dict(base.graph_extra if base else graph_extra or {})
        self.articles: dict[str, dict] = {}        # new, or loaded from the base
        self.nodes: dict[str, Element] = {}
        self.edges: dict[tuple[str, str, str], Element] = {}
        self.removed_articles: set[str] = set()    # base elements that are gone
        self.removed_nodes: set[str] = set()
        self.removed_edges: set[tuple[str, str, str]] = set()
        self._symmetric: frozenset[str] | None = None
        self.held = 0                              # mentions and provenance items added in memory

    # ---- reading an existing graph.json

    @classmethod
    def open(cls, graph_path: str | os.PathLike) -> "GraphStore":
        """The graph at graph_path, read lazily through its index; the index is rebuilt by one
        pass over the file when it is missing or stale (the file was copied or edited). A
        graph.json in another layout (kg.graph.write_graph's) is loaded whole."""
        path = Path(graph_path)
        if not path.is_file():
            raise GraphFormatError(f"no graph file at {str(path)!r}", value=str(path))
        base = load_index(path) or scan_index(path)
        return cls(base) if base is not None else cls.from_json(_read_json(path))

    @classmethod
    def from_json(cls, data: dict) -> "GraphStore":
        from kg.graph import check_node_link
        check_node_link(data)
        graph = dict(data.get("graph") or {})
        store = cls(graph_extra={k: v for k, v in graph.items() if k != "articles"})
        store.articles = dict(graph.get("articles") or {})
        for n in data["nodes"]:
            n = dict(n)
            node_id = n.pop("id")
            el = store.nodes[node_id] = _from_dict(n, MENTIONS)
            el.head.setdefault("aliases", [])
        for e in data.get("links", data.get("edges", [])):
            e = dict(e)
            key = (e.pop("source"), e.pop("target"), e.pop("key", e.get("type")))
            store.edges[key] = _from_dict(e, PROVENANCE)
        return store

    def load_all(self) -> None:
        """Bring every element of the base file into memory (needed to remove an article)."""
        base = self.base
        if base is None:
            return
        for a, row in base.articles.items():
            if a not in self.articles and a not in self.removed_articles:
                self.articles[a] = _article_value(base.read(row[1], row[2]))
        for n in base.nodes:
            self._node(n)
        for k in base.links:
            self._edge(k)
        for el in self.nodes.values():
            el.growing.materialise(MENTIONS, base)
        for el in self.edges.values():
            el.growing.materialise(PROVENANCE, base)
        base.close()
        self.base = None

    def article_info(self, article_id: str) -> dict | None:
        """What the graph holds about an article (content_hash, origin, ...), or None."""
        return self._article(article_id)

    def _article(self, article_id: str) -> dict | None:
        if article_id in self.articles:
            return self.articles[article_id]
        base = self.base
        if base is not None and article_id not in self.removed_articles and article_id in base.articles:
            row = base.articles[article_id]
            return _article_value(base.read(row[1], row[2]))
        return None

    def _node(self, node_id: str) -> Element | None:
        el = self.nodes.get(node_id)
        if el is None and self.base is not None and node_id not in self.removed_nodes:
            row = self.base.nodes.get(node_id)
            if row is not None:
                el = self.nodes[node_id] = self.base.element(row, MENTIONS, ("id",))
        return el

    def _edge(self, key: tuple[str, str, str]) -> Element | None:
        el = self.edges.get(key)
        if el is None and self.base is not None and key not in self.removed_edges:
            row = self.base.links.get(key)
            if row is not None:
                el = self.edges[key] = self.base.element(row, PROVENANCE, ("source", "target", "key"))
        return el

    # ---- the reduce step

    def merge(self, extraction: ArticleExtraction) -> bool:
        """kg.graph.merge on this store: False when this version of the article is already
        there; a new version replaces the earlier one."""
        info = extraction.info
        known = self._article(info.id)
        if known is not None:
            if known.get("content_hash") == info.content_hash:
                return False
            self.remove_article(info.id)
        article_id = _intern(info.id)
        self.articles[article_id] = dict(zip(_INFO_FIELDS, _INFO_GET(info)))   # asdict(info) less its id
        self.removed_articles.discard(article_id)
        for e in extraction.entities:
            self._add_entity(e)
        nodes = self.nodes
        for m in extraction.mentions:
            el = nodes.get(m.entity_id) or self._node(m.entity_id)
            if el is None:
                raise GraphFormatError(f"mention of unknown entity {m.entity_id!r} in article {m.article!r}")
            text = m.text
            el.growing.items.append((article_id, m.start, m.end, _intern(text), _intern(m.source)))
            # kg.graph.merge's rule for a mention that names its entity (mirrored; the tests compare)
            if m.source not in ANAPHORIC_SOURCES and not _has_proclitic(text):
                _aliases(el.head).add(text)
        self._add_claims(extraction, article_id)
        self.held += len(extraction.mentions) + len(extraction.claims)
        return True

    def _add_entity(self, e: EntityRecord) -> None:
        el = self._node(e.id)
        if el is None:
            head = {k: getattr(e, k) for k in NODE_FIELDS}
            head["aliases"] = set(e.aliases)
            self.nodes[_intern(e.id)] = Element(head, Growing())
            self.removed_nodes.discard(e.id)
            return
        head = el.head
        aliases = _aliases(head)
        if e.aliases:
            aliases.update(e.aliases)
        for k in NODE_FIELDS:             # (aliases: a set by now, never None)
            if head.get(k) is None:
                value = getattr(e, k)
                if value is not None:
                    head[k] = value

    def _add_claims(self, extraction: ArticleExtraction, article_id: str) -> None:
        symmetric = self._symmetric_relations()
        seen: set[tuple] = set()          # the same provenance twice in one article counts once
        for c in extraction.claims:
            s, o = c.subject, c.object
            if c.predicate in symmetric and o < s:
                s, o = o, s
            prov = _claim_tuple(c.provenance, s, c.predicate, o, article_id)
            key = (s, o, c.predicate)
            if (key, prov) in seen:
                continue
            seen.add((key, prov))
            el = self._edge(key)
            if el is None:
                for n in (s, o):          # networkx adds a bare node for an unknown edge end
                    if self._node(n) is None:
                        self.nodes[n] = Element({}, Growing())
                        self.removed_nodes.discard(n)
                self.edges[key] = Element({"type": c.predicate}, Growing(items=[prov]))
                self.removed_edges.discard(key)
            else:
                el.growing.items.append(prov)

    def _symmetric_relations(self) -> frozenset[str]:
        if self._symmetric is None:
            from ontology import vocabulary
            self._symmetric = vocabulary().symmetric
        return self._symmetric

    def remove_article(self, article_id: str) -> None:
        """kg.graph.remove_article on this store (loads the whole graph: any element may hold it)."""
        self.load_all()
        self.articles.pop(article_id, None)
        for key, el in list(self.edges.items()):
            kept = [p for p in el.growing.items if _article_of(p) != article_id]
            if kept:
                el.growing.items = kept
            else:
                del self.edges[key]
        linked = {n for key in self.edges for n in key[:2]}
        for n, el in list(self.nodes.items()):
            el.growing.items = [m for m in el.growing.items if _article_of(m) != article_id]
            if not el.growing.items and n not in linked:
                del self.nodes[n]

    # ---- writing

    def checkpoint(self, path: str | os.PathLike) -> "GraphStore":
        """Write the graph so far to ``path`` and go on from there: a store that holds only
        what the next articles touch, so memory stays bounded however many articles come."""
        self.write(path, durable=False, release=True)   # released before the new index is read
        base = load_index(Path(path))
        if base is None:
            raise GraphFormatError(f"checkpoint {str(path)!r} could not be read back", value=str(path))
        return GraphStore(base)

    def _release(self) -> None:
        """Drop what this store holds (its base file's index: rows for every article, node and
        link of the corpus; the elements in memory). It cannot be used afterwards."""
        self.base = None
        self.articles, self.nodes, self.edges = {}, {}, {}
        self.removed_articles, self.removed_nodes, self.removed_edges = set(), set(), set()

    def write(self, path: str | os.PathLike, *, durable: bool = True, release: bool = False) -> "WriteResult":
        """Write graph.json atomically (temp file, fsync unless not ``durable``, rename), then its index.
        With ``release`` the store is used up: the base file's index rows of untouched lines become
        the new index's rows (a second set of rows for the whole corpus was the peak of a
        build's memory), and the store is emptied after."""
        path = Path(path)
        try:
            with atomic_open(path, "wb", durable=durable, buffering=1 << 20) as f:
                result = _Writer(self, f, reuse_rows=release).write()
        finally:
            if self.base is not None:
                self.base.close()
            if release:
                self._release()
        _write_index(path, result)
        return result


def _sorted_by_article(items: list, kind: Kind) -> tuple[list, list[tuple[str, list]]]:
    """(items sorted by kind.key, the same grouped by article as _by_article gives them), with
    C getters when every item is a tuple (as merge() makes them)."""
    if all(type(item) is tuple for item in items):
        items = sorted(items, key=kind.tuple_key)
        return items, [(a, list(group)) for a, group in itertools.groupby(items, key=_FIRST)]
    items = sorted(items, key=kind.key)
    return items, _by_article(items)


_FIRST = operator.itemgetter(0)            # a tuple item's article (_article_of)


def _by_article(items: list) -> list[tuple[str, list]]:
    """Sorted items grouped by article: [(article, items), ...]."""
    groups: list[tuple[str, list]] = []
    for item in items:
        a = _article_of(item)
        if groups and groups[-1][0] == a:
            groups[-1][1].append(item)
        else:
            groups.append((a, [item]))
    return groups


def _aliases(head: dict) -> set:
    """The node's aliases as a set while it is being extended (kg.graph.merge keeps them sorted
    and unique: they are sorted on output)."""
    aliases = head.get("aliases")
    if not isinstance(aliases, set):
        aliases = head["aliases"] = set(aliases or ())
    return aliases


def _article_value(element: bytes) -> dict:
    """The info of an article line ``"id":{...}``."""
    return json.loads(b"{" + element + b"}").popitem()[1]


def _loads(data: bytes):
    from kg.graph import loads
    return loads(data)


def _read_json(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return _loads(f.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise GraphFormatError(f"{str(path)!r} is not a graph.json: {exc}", value=str(path)) from exc


# ----------------------------------------------------------------------------- the writer

@dataclass
class WriteResult:
    """The index rows of what was written."""
    articles: list = field(default_factory=list)     # [id, offset, length]
    nodes: list = field(default_factory=list)        # [id, offset, length, head, count, last]
    links: list = field(default_factory=list)        # [source, target, key, offset, length, head, count, last]
    graph_extra: dict = field(default_factory=dict)

    @property
    def claims(self) -> int:
        return sum(row[-2] for row in self.links)


class _Writer:
    """Streams a store to graph.json, copying untouched runs of base lines byte for byte."""

    def __init__(self, store: GraphStore, f, reuse_rows: bool = False):
        self.store, self.base, self.f, self.pos = store, store.base, f, 0
        self.reuse_rows = reuse_rows
        self.result = WriteResult(graph_extra=store.graph_extra)

    def emit(self, data: bytes) -> None:
        self.f.write(data)
        self.pos += len(data)

    def _copy(self, start: int, end: int) -> None:
        self.base.copy(start, end, self.f)
        self.pos += end - start

    def write(self) -> WriteResult:
        s, base, r = self.store, self.base, self.result
        self.emit(HEAD)
        for k, v in s.graph_extra.items():
            self.emit(_dumps(k) + b":" + _dumps(v) + b",")
        self.emit(b'"articles":{\n')
        self._section(s.articles, base.articles if base else {}, s.removed_articles, self._article, 1,
                      lambda k, sp: [k, sp.offset, sp.length], r.articles)
        self.emit(b'\n}},"nodes":[\n')
        self._section(s.nodes, base.nodes if base else {}, s.removed_nodes, self._node, 1,
                      lambda k, sp: [k, *sp[:4], list(sp.last) if sp.last else None], r.nodes)
        self.emit(b'\n],"links":[\n')
        self._section(s.edges, base.links if base else {}, s.removed_edges, self._link, 3,
                      lambda k, sp: [*k, *sp[:4], list(sp.last) if sp.last else None], r.links)
        self.emit(b"\n]}\n")
        return r

    def _article(self, article_id, info) -> Span:
        start = self.pos
        self.emit(_dumps(article_id) + b":" + _dumps(info))
        return Span(start, self.pos - start)

    def _node(self, node_id, el: Element) -> Span:
        head = {"id": node_id, **el.head}
        if isinstance(head.get("aliases"), set):
            head["aliases"] = sorted(head["aliases"])
        head["key"] = node_key(head)
        return self._element(head, el.growing, MENTIONS)

    def _link(self, key, el: Element) -> Span:
        return self._element({"source": key[0], "target": key[1], "key": key[2], **el.head}, el.growing, PROVENANCE)

    def _element(self, head: dict, growing: Growing, kind: Kind) -> Span:
        """One element line: its head, then its list: the items still in the base file copied
        in ranges, with the new ones (grouped by article) inserted where they sort."""
        items, groups = _sorted_by_article(growing.items, kind)
        raw = growing.raw
        points = body = None
        if raw is not None and items and kind.key(items[0]) <= raw.last:
            body = self.base.list_body(raw)
            points = insertion_points(body, [a for a, _ in groups])
            if points is None:            # an article already in the list: sort it all in memory
                growing.materialise(kind, self.base)
                raw = body = None
                items, groups = _sorted_by_article(growing.items, kind)
        start = self.pos
        head_bytes = _dumps(head)[:-1] + kind.list_key
        self.emit(head_bytes)
        pieces = self._list_pieces(raw, groups, points)
        view = memoryview(body) if body is not None else None
        for i, piece in enumerate(pieces):
            if i:
                self.emit(b",")
            if isinstance(piece, tuple):
                if view is not None:      # the list was read to place the new items: write from it
                    self.emit(view[piece[0]:piece[1]])
                else:
                    self._copy(raw.offset + raw.head + piece[0], raw.offset + raw.head + piece[1])
            else:
                self.emit(kind.encode(piece))
        self.emit(b"]}")
        last = max(filter(None, (kind.key(items[-1]) if items else None, raw.last if raw is not None else None)),
                   default=None)
        return Span(start, self.pos - start, len(head_bytes), len(growing), last)

    @staticmethod
    def _list_pieces(raw: Span | None, groups: list, points: list[int] | None) -> list:
        """The list in order: byte ranges (start, end) of base items, as offsets into the list's
        bytes (after its opening bracket), and lists of new items."""
        if raw is None:
            return [g for _, g in groups]
        lo, end = 0, raw.length - raw.head - 2             # offsets within the list's bytes
        if points is None:                # every new item sorts after the old ones
            return [(lo, end)] + [g for _, g in groups]
        pieces: list = []
        for point, (_, group) in zip(points, groups):
            if point > lo:                        # the items before, without their comma
                pieces.append((lo, point - 1 if point < end else end))
                lo = point
            pieces.append(group)
        if lo < end:
            pieces.append((lo, end))
        return pieces
    def _section(self, memory: dict, base: dict, removed: set, render, at: int, row, index: list) -> None:
        """Elements in sorted key order, separated by SEP: rendered when in memory, else copied
        from the base file, consecutive untouched base lines in one copy. Base rows hold the
        offset and length at ``at``."""
        keys = sorted((memory.keys() | base.keys()) - (removed - memory.keys()))
        run: list = []
        need_sep = False

        def flush():
            nonlocal need_sep
            if not run:
                return
            if need_sep:
                self.emit(SEP)
            start = base[run[0]][at]
            shift = self.pos - start
            last = base[run[-1]]
            end = last[at] + last[at + 1]
            for k in run:
                old = base[k]
                if self.reuse_rows:             # the base is not read again: its row moves
                    old[at] += shift
                    index.append(old)
                else:
                    index.append([*old[:at], old[at] + shift, *old[at + 1:]])
            self._copy(start, end)
            run.clear()
            need_sep = True

        for k in keys:
            if k in memory:
                flush()
                if need_sep:
                    self.emit(SEP)
                index.append(row(k, render(k, memory[k])))
                need_sep = True
            else:
                if run and base[run[-1]][at] + base[run[-1]][at + 1] + len(SEP) != base[k][at]:
                    flush()
                run.append(k)
        flush()


INDEX_ROWS_PER_WRITE = 2000


def _write_index(graph_path: Path, result: WriteResult) -> None:
    st = graph_path.stat()
    head = {"version": INDEX_VERSION, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "graph_extra": result.graph_extra}
    # The bytes of _dumps({**head, "articles": ..., "nodes": ..., "links": ...}), written in
    # pieces: the whole index as one string (and again as bytes) was ~2 x 30 MB at 100,000 articles.
    with atomic_open(index_path(graph_path), "wb", durable=False, buffering=1 << 20) as f:
        f.write(_dumps(head)[:-1])
        for name in ("articles", "nodes", "links"):
            rows = getattr(result, name)
            f.write(b',"' + name.encode() + b'":[')
            for i in range(0, len(rows), INDEX_ROWS_PER_WRITE):
                if i:
                    f.write(b",")
                f.write(_dumps(rows[i:i + INDEX_ROWS_PER_WRITE])[1:-1])
            f.write(b"]")
        f.write(b"}")
