"""The reduce step at scale: a compact, incremental store behind `kg build`.

It gives the same graph.json as kg.graph.merge + kg.graph.write_graph (the reference reduce
step; tests compare the two) with three differences that matter at 100,000 articles:

- memory: mentions and provenance are tuples of interned strings, not dicts (a third of the size);
- writing: graph.json is streamed one element per line with the C JSON encoder, never built as
  one document in memory. Nodes start with "id", links with "source", "target", "key", and the
  growing lists ("mentions", "provenance") come last, so that a line can be extended in place;
- adding to a graph (`--into`): a sidecar index (`.graph.json.index`, byte offsets of every
  article, node and link line, with the size and mtime of the graph.json it describes) lets the
  store read only the lines the new articles touch and copy every other byte range unchanged.
  Without a valid index, or when an article is replaced (which must look at every element), the
  whole graph is loaded, as kg.graph.read_graph would.

The file stays networkx node-link JSON of a MultiDiGraph, readable by kg.graph.read_graph.
"""
from __future__ import annotations

import json
import operator
import os
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from kg.errors import GraphFormatError
from kg.fsutil import atomic_temp
from kg.graph import ANAPHORIC_SOURCES, NODE_FIELDS
from kg.types import ArticleExtraction, EntityRecord, Provenance

MENTION_FIELDS = ("article", "start", "end", "text", "source")
PROVENANCE_FIELDS = tuple(f.name for f in fields(Provenance))
INDEX_VERSION = 1
HEAD = b'{"directed":true,"multigraph":true,"graph":{'
SEP = b",\n"
_MENTIONS_KEY = b',"mentions":['
_PROVENANCE_KEY = b',"provenance":['
_intern = sys.intern

try:
    from kg.graph import _has_proclitic
except ImportError:                       # older kg.graph: every name is an alias
    def _has_proclitic(text: str) -> bool:
        return False


def _dumps(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def index_path(graph_path: Path) -> Path:
    return graph_path.with_name(f".{graph_path.name}.index")


# ----------------------------------------------------------------------------- list items

def _mention_key(m) -> tuple:
    return (m[0], m[1], m[2]) if isinstance(m, tuple) else (m["article"], m["start"], m["end"])


_P_ARTICLE, _P_START, _P_RULE = (PROVENANCE_FIELDS.index(f) for f in ("article", "start", "rule"))


def _provenance_key(p) -> tuple:
    if isinstance(p, tuple):
        return p[_P_ARTICLE], p[_P_START], p[_P_RULE]
    return p["article"], p["start"], p["rule"]


_P_GET = operator.attrgetter(*PROVENANCE_FIELDS)
_P_REPEATED = tuple(i for i, f in enumerate(PROVENANCE_FIELDS)
                    if f in ("attributed_to", "event_date", "rule", "trigger"))


def _provenance_tuple(p: Provenance, article_id: str) -> tuple:
    """Provenance as a tuple in field order, its often-repeated strings interned."""
    values = list(_P_GET(p))
    values[_P_ARTICLE] = article_id
    for i in _P_REPEATED:
        if isinstance(values[i], str):
            values[i] = _intern(values[i])
    return tuple(values)


def _article_of(item) -> str:
    return item[0] if isinstance(item, tuple) else item["article"]


def _compact(item: dict, names: tuple[str, ...]):
    """A tuple of interned values when the dict has exactly the contract's fields, else the dict."""
    if tuple(item) != names:
        return item
    return tuple(_intern(v) if isinstance(v, str) and len(v) < 200 else v for v in item.values())


def _expand(item, names: tuple[str, ...]) -> dict:
    return dict(zip(names, item)) if isinstance(item, tuple) else item


@dataclass
class Growing:
    """A list that is sorted on output (mentions of a node, provenance of an edge).

    ``raw`` holds items already serialised in a graph.json line (comma-separated JSON objects,
    sorted), ``raw_last`` the sort key of the last one; ``items`` the ones added since. Output
    appends to ``raw`` without parsing it when every new item sorts after ``raw_last``."""
    items: list = field(default_factory=list)
    raw: bytes | None = None
    raw_last: tuple | None = None
    raw_count: int = 0

    def __len__(self) -> int:
        return self.raw_count + len(self.items)

    def materialise(self, names) -> None:
        if self.raw is not None:
            parsed = [_compact(x, names) for x in json.loads(b"[" + self.raw + b"]")]
            self.items = parsed + self.items
            self.raw, self.raw_last, self.raw_count = None, None, 0

    def serialise(self, names, key) -> bytes:
        new = sorted(self.items, key=key)
        if self.raw is not None and new and self.raw_last is not None and key(new[0]) <= self.raw_last:
            self.materialise(names)
            new = sorted(self.items, key=key)
        body = _dumps([_expand(x, names) for x in new])[1:-1]
        if self.raw is None:
            return body
        return self.raw + b"," + body if body else self.raw


@dataclass
class Element:
    """A node (head: its attributes) or an edge (head: type and other attributes)."""
    head: dict
    growing: Growing


def _split_line(line: bytes, list_key: bytes, names, key) -> tuple[dict, Growing]:
    """Head and growing list of one graph.json element line written by this module."""
    pos = line.rfind(list_key)
    if pos < 0 or not line.endswith(b"]}"):
        data = json.loads(line)
        return _from_dict(data, list_key, names)
    head = json.loads(line[:pos] + b"}")
    raw = line[pos + len(list_key):-2]
    if not raw:
        return head, Growing()
    last_start = raw.rfind(b'{"article":')
    last = json.loads(raw[last_start:])
    count = raw.count(b'{"article":')
    return head, Growing(raw=raw, raw_last=key(last), raw_count=count)


def _from_dict(data: dict, list_key: bytes, names) -> tuple[dict, Growing]:
    name = list_key[2:-3].decode()
    items = data.pop(name, None)
    return data, Growing(items=[_compact(x, names) for x in items or []])


# ----------------------------------------------------------------------------- the index

@dataclass
class BaseFile:
    """An existing graph.json with a valid index: where each element's line is (offset,
    length; for links also the number of provenance items)."""
    path: Path
    articles: dict[str, tuple[int, int]]
    nodes: dict[str, tuple[int, int]]
    links: dict[tuple[str, str, str], tuple[int, int, int]]
    graph_extra: dict
    _file: object = None

    def _open(self):
        if self._file is None:
            self._file = open(self.path, "rb")
        return self._file

    def read(self, span) -> bytes:
        f = self._open()
        f.seek(span[0])
        return f.read(span[1])

    def copy(self, start: int, end: int, emit) -> None:
        """Bytes start..end of the file, in chunks, to emit()."""
        f = self._open()
        f.seek(start)
        left = end - start
        while left:
            chunk = f.read(min(left, 1 << 24))
            if not chunk:
                raise GraphFormatError(f"{str(self.path)!r} changed while it was being updated")
            emit(chunk)
            left -= len(chunk)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def load_index(graph_path: Path) -> BaseFile | None:
    """The index of graph_path when it describes this very file, else None."""
    ip = index_path(graph_path)
    try:
        data = json.loads(ip.read_text(encoding="utf-8"))
        st = graph_path.stat()
    except (OSError, ValueError):
        return None
    if data.get("version") != INDEX_VERSION or data.get("size") != st.st_size or data.get("mtime_ns") != st.st_mtime_ns:
        return None
    return BaseFile(graph_path,
                    articles={a: (o, n) for a, o, n in data["articles"]},
                    nodes={a: (o, n) for a, o, n in data["nodes"]},
                    links={(u, v, k): (o, n, c) for u, v, k, o, n, c in data["links"]},
                    graph_extra=data.get("graph_extra", {}))


# ----------------------------------------------------------------------------- the store

class GraphStore:
    """Articles, nodes and edges of a graph being built; see the module docstring."""

    def __init__(self, base: BaseFile | None = None, graph_extra: dict | None = None):
        self.base = base
        self.graph_extra: dict = dict(base.graph_extra if base else graph_extra or {})
        self.articles: dict[str, dict] = {}        # new or loaded articles
        self.nodes: dict[str, Element] = {}        # new or loaded nodes
        self.edges: dict[tuple[str, str, str], Element] = {}
        self.removed_articles: set[str] = set()
        self.removed_nodes: set[str] = set()
        self.removed_edges: set[tuple[str, str, str]] = set()
        self._symmetric = None

    # ---- reading an existing graph.json

    @classmethod
    def open(cls, graph_path: str | os.PathLike) -> "GraphStore":
        """The graph at graph_path: indexed (lazy) when its index is valid, else fully loaded."""
        path = Path(graph_path)
        if not path.is_file():
            raise GraphFormatError(f"no graph file at {str(path)!r}", value=str(path))
        base = load_index(path)
        if base is not None:
            return cls(base)
        return cls.from_json(_read_json(path))

    @classmethod
    def from_json(cls, data: dict) -> "GraphStore":
        if not isinstance(data, dict) or "nodes" not in data:
            raise GraphFormatError("not a node-link graph: no 'nodes' field")
        graph = dict(data.get("graph") or {})
        store = cls(graph_extra={k: v for k, v in graph.items() if k != "articles"})
        store.articles = dict(graph.get("articles") or {})
        for n in data["nodes"]:
            n = dict(n)
            node_id = n.pop("id")
            head, growing = _from_dict(n, _MENTIONS_KEY, MENTION_FIELDS)
            head.setdefault("aliases", [])
            store.nodes[node_id] = Element(head, growing)
        for e in data.get("links", data.get("edges", [])):
            e = dict(e)
            k = (e.pop("source"), e.pop("target"), e.pop("key", e.get("type")))
            head, growing = _from_dict(e, _PROVENANCE_KEY, PROVENANCE_FIELDS)
            store.edges[k] = Element(head, growing)
        return store

    def load_all(self) -> None:
        """Bring every element of the base file into memory (needed to remove an article)."""
        if self.base is None:
            return
        base = self.base
        for a, span in base.articles.items():
            if a not in self.articles and a not in self.removed_articles:
                self.articles[a] = _article_value(base.read(span))
        for n in base.nodes:
            self._node(n)
        for k in base.links:
            self._edge(k)
        base.close()
        self.base = None
        for el in self.nodes.values():
            el.growing.materialise(MENTION_FIELDS)
        for el in self.edges.values():
            el.growing.materialise(PROVENANCE_FIELDS)

    def _article(self, article_id: str) -> dict | None:
        if article_id in self.articles:
            return self.articles[article_id]
        if self.base is not None and article_id not in self.removed_articles and article_id in self.base.articles:
            return _article_value(self.base.read(self.base.articles[article_id]))
        return None

    def _node(self, node_id: str) -> Element | None:
        el = self.nodes.get(node_id)
        if el is None and self.base is not None and node_id not in self.removed_nodes:
            span = self.base.nodes.get(node_id)
            if span is not None:
                head, growing = _split_line(self.base.read(span), _MENTIONS_KEY, MENTION_FIELDS, _mention_key)
                head.pop("id", None)
                el = self.nodes[node_id] = Element(head, growing)
        return el

    def _edge(self, key: tuple[str, str, str]) -> Element | None:
        el = self.edges.get(key)
        if el is None and self.base is not None and key not in self.removed_edges:
            span = self.base.links.get(key)
            if span is not None:
                head, growing = _split_line(self.base.read(span), _PROVENANCE_KEY, PROVENANCE_FIELDS, _provenance_key)
                for k in ("source", "target", "key"):
                    head.pop(k, None)
                el = self.edges[key] = Element(head, growing)
        return el

    # ---- the reduce step

    def merge(self, extraction: ArticleExtraction) -> bool:
        """kg.graph.merge on this store: False when this version of the article is already there;
        a new version replaces the earlier one."""
        info = extraction.info
        known = self._article(info.id)
        if known is not None:
            if known.get("content_hash") == info.content_hash:
                return False
            self.remove_article(info.id)
        article_id = _intern(info.id)
        self.articles[article_id] = {k: v for k, v in asdict(info).items() if k != "id"}
        for e in extraction.entities:
            self._add_entity(e)
        for m in extraction.mentions:
            el = self._node(m.entity_id)
            if el is None:
                raise GraphFormatError(f"mention of unknown entity {m.entity_id!r} in article {m.article!r}")
            el.growing.items.append((article_id, m.start, m.end, _intern(m.text), _intern(m.source)))
            if _is_alias(m):
                _aliases(el.head).add(m.text)
        self._add_claims(extraction, article_id)
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
        _aliases(head).update(e.aliases)
        for k in NODE_FIELDS:
            if head.get(k) is None and getattr(e, k) is not None:
                head[k] = getattr(e, k)

    def _add_claims(self, extraction: ArticleExtraction, article_id: str) -> None:
        symmetric = self._symmetric_relations()
        seen: set[tuple] = set()
        for c in extraction.claims:
            s, o = c.subject, c.object
            if c.predicate in symmetric and o < s:
                s, o = o, s
            prov = _provenance_tuple(c.provenance, article_id)
            key = (s, o, c.predicate)
            el = self._edge(key)
            if el is None:
                for n in (s, o):       # networkx adds a bare node for an unknown edge end
                    if self._node(n) is None:
                        self.nodes[n] = Element({}, Growing())
                        self.removed_nodes.discard(n)
                self.edges[key] = Element({"type": c.predicate}, Growing(items=[prov]))
                self.removed_edges.discard(key)
                seen.add((key, prov))
            elif (key, prov) not in seen:
                seen.add((key, prov))
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
                self.removed_edges.add(key)
        linked = {n for key in self.edges for n in key[:2]}
        for n, el in list(self.nodes.items()):
            el.growing.items = [m for m in el.growing.items if _article_of(m) != article_id]
            if not el.growing.items and n not in linked:
                del self.nodes[n]
                self.removed_nodes.add(n)

    # ---- counts

    def article_count(self) -> int:
        return len(self._keys(self.articles, self.base.articles if self.base else {}, self.removed_articles))

    def node_count(self) -> int:
        return len(self._keys(self.nodes, self.base.nodes if self.base else {}, self.removed_nodes))

    def edge_count(self) -> int:
        return len(self._keys(self.edges, self.base.links if self.base else {}, self.removed_edges))

    @staticmethod
    def _keys(memory, base, removed) -> set:
        return (set(memory) | set(base)) - (removed - set(memory))

    # ---- writing

    def write(self, path: str | os.PathLike) -> "WriteResult":
        """Write graph.json atomically (temp file, fsync, rename) and then its index."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = atomic_temp(path)
        try:
            with open(tmp, "wb", buffering=1 << 20) as f:
                result = _Writer(self, f).write()
                f.flush()
                os.fsync(f.fileno())
            if self.base is not None:
                self.base.close()
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _write_index(path, result)
        return result


def _is_alias(m) -> bool:
    """kg.graph.merge's rule for a mention that names its entity (mirrored; the tests compare)."""
    return m.source not in ANAPHORIC_SOURCES and not _has_proclitic(m.text)


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


def _read_json(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return json.load(f)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFormatError(f"{str(path)!r} is not a graph.json: {exc}", value=str(path)) from exc


# ----------------------------------------------------------------------------- the writer

@dataclass
class WriteResult:
    articles: list = field(default_factory=list)     # [id, offset, length]
    nodes: list = field(default_factory=list)        # [id, offset, length]
    links: list = field(default_factory=list)        # [source, target, key, offset, length, provenance items]
    graph_extra: dict = field(default_factory=dict)

    @property
    def claims(self) -> int:
        return sum(entry[-1] for entry in self.links)


class _Writer:
    """Streams a store to graph.json, copying untouched runs of base lines byte for byte."""

    def __init__(self, store: GraphStore, f):
        self.store, self.f, self.pos = store, f, 0
        self.result = WriteResult(graph_extra=store.graph_extra)

    def emit(self, data: bytes) -> None:
        self.f.write(data)
        self.pos += len(data)

    def write(self) -> WriteResult:
        s, base = self.store, self.store.base
        self.emit(HEAD)
        for k, v in s.graph_extra.items():
            self.emit(_dumps(k) + b":" + _dumps(v) + b",")
        self.emit(b'"articles":{\n')
        self._section(s.articles, base.articles if base else {}, s.removed_articles,
                      lambda a, info: (_dumps(a) + b":" + _dumps(info), None), self.result.articles, _entry)
        self.emit(b'\n}},"nodes":[\n')
        self._section(s.nodes, base.nodes if base else {}, s.removed_nodes, self._node_line,
                      self.result.nodes, _entry)
        self.emit(b'\n],"links":[\n')
        self._section(s.edges, base.links if base else {}, s.removed_edges, self._link_line,
                      self.result.links, _link_entry)
        self.emit(b"\n]}\n")
        return self.result

    @staticmethod
    def _node_line(node_id, el: Element) -> tuple[bytes, int]:
        head = {"id": node_id, **el.head}
        if isinstance(head.get("aliases"), set):
            head["aliases"] = sorted(head["aliases"])
        body = el.growing.serialise(MENTION_FIELDS, _mention_key)
        return _dumps(head)[:-1] + _MENTIONS_KEY + body + b"]}", len(el.growing)

    @staticmethod
    def _link_line(key, el: Element) -> tuple[bytes, int]:
        head = {"source": key[0], "target": key[1], "key": key[2], **el.head}
        body = el.growing.serialise(PROVENANCE_FIELDS, _provenance_key)
        return _dumps(head)[:-1] + _PROVENANCE_KEY + body + b"]}", len(el.growing)

    def _section(self, memory: dict, base: dict, removed: set, render, index: list, entry) -> None:
        """Elements in sorted key order, separated by SEP: rendered from memory when there,
        else copied from the base file, consecutive untouched base lines in one copy."""
        keys = sorted((set(memory) | set(base)) - (removed - set(memory)))
        run: list = []
        need_sep = False

        def flush():
            nonlocal need_sep
            if not run:
                return
            if need_sep:
                self.emit(SEP)
            start = base[run[0]][0]
            for k in run:
                index.append(entry(k, self.pos + base[k][0] - start, base[k]))
            self.store.base.copy(start, base[run[-1]][0] + base[run[-1]][1], self.emit)
            run.clear()
            need_sep = True

        for k in keys:
            if k in memory:
                flush()
                if need_sep:
                    self.emit(SEP)
                line, count = render(k, memory[k])
                index.append(entry(k, self.pos, (0, len(line), count)))
                self.emit(line)
                need_sep = True
            else:
                if run and base[run[-1]][0] + base[run[-1]][1] + len(SEP) != base[k][0]:
                    flush()
                run.append(k)
        flush()


def _entry(key, offset: int, span) -> list:
    return [key, offset, span[1]]


def _link_entry(key, offset: int, span) -> list:
    return [*key, offset, span[1], span[2]]


def _write_index(graph_path: Path, result: WriteResult) -> None:
    st = graph_path.stat()
    data = {"version": INDEX_VERSION, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "graph_extra": result.graph_extra, "articles": result.articles, "nodes": result.nodes,
            "links": result.links}
    ip = index_path(graph_path)
    tmp = atomic_temp(ip)
    try:
        with open(tmp, "wb") as f:
            f.write(_dumps(data))
        os.replace(tmp, ip)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
