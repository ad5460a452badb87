"""Load rows into the embedded server through ArcadeDB's own API, in the server's process: the
fast path ``kg load`` takes when the target is the embedded server (Bolt stays for queries).

It writes exactly what the Bolt statements in ``loaders.neo4j.cypher`` write (same labels, the
same properties from the same ``*_PROPERTIES`` lists, a property whose value is None left out,
the same relationships, MERGE semantics, so a reload changes nothing) but without a Cypher
MERGE per row:

1. the schema through the same Cypher statements (constraints, indexes), and each entity
   type's two-label vertex type (``City~Entity``) made by ArcadeDB's Cypher itself;
2. one indexed look-up per batch of ids finds which nodes already exist, with their stored
   properties (read back in bulk);
3. new nodes go in through ArcadeDB's GraphBatch, a batch at a time as one JSON string, and
   their RIDs come back for the relationships (no look-up per edge); an existing node is
   written only when its properties differ (deleted and recreated when its type changed);
4. relationships between new nodes are buffered in the GraphBatch and written in bulk; those
   between existing nodes are looked for first (one scan of the type when they are many) and
   written only when missing or when their properties differ. A reload writes nothing.

The rows come as a GraphRows or as its JSON form (what the control port receives), read as
field maps either way.

The result is tested equal, node for node and property for property, to a Bolt load of the same
graph (tests/loaders/test_neo4j_direct.py).
"""
from __future__ import annotations

import contextlib
import gc
import json
import time
from collections import defaultdict
from typing import Iterable, Mapping, Sequence

from loaders.neo4j import cypher
from loaders.neo4j.rows import GraphRows

PROBE_ID = "__kg_schema_probe__"


def composite_type(label: str) -> str:
    """ArcadeDB's vertex type for a node labelled Entity and ``label`` (labels sorted, '~'-joined)."""
    return "~".join(sorted((cypher.ENTITY, label)))


def as_json(rows: list[dict]) -> str | None:
    """``rows`` as the JSON the bulk calls take, or None when JSON would change a value (NaN or an
    infinity, a lone surrogate, an integer a double cannot hold exactly): the per-row path is
    used then."""
    if not _exact_numbers(rows):
        return None
    try:
        text = json.dumps(rows, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return None
    return text


_EXACT = 2 ** 53                    # beyond this an integer may come back from JSON as another number


def _exact_numbers(rows: list[dict]) -> bool:
    """No integer in the rows' values (or in their lists) is beyond +-2**53 (a check on the values,
    not on the JSON text: a scan of the text costs more than the load's own JSON). Strings, most
    of the values, are passed over in one comprehension first."""
    for v in [v for d in rows for v in d.values() if type(v) is not str]:
        t = type(v)
        if t is int:
            if not -_EXACT <= v <= _EXACT:
                return False
        elif t is list or t is tuple:
            for x in v:
                if type(x) is int and not -_EXACT <= x <= _EXACT:
                    return False
    return True


def same_properties(stored: str | None, props: dict) -> bool:
    """Whether a record's properties, as ArcadeDB's toJSON() gave them (``@`` keys aside), are
    exactly ``props``: same names, same values of the same JSON types, lists in the same order.
    Any doubt reads as different, and the record is written again."""
    if stored is None:
        return False
    try:
        have = json.loads(stored)
    except ValueError:
        return False
    if not isinstance(have, dict) or {k for k in have if not k.startswith("@")} != props.keys():
        return False
    return all(_same(have[k], v) for k, v in props.items())


def _same(a, b) -> bool:
    """Equal and of the same JSON type (1, 1.0 and True are three different values here)."""
    if isinstance(b, tuple):
        b = list(b)
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if type(a) is list:
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def location(lat, lon) -> dict | None:
    """The point ArcadeDB's Cypher ``point({latitude, longitude})`` stores, as that map."""
    if lat is None or lon is None:
        return None
    return {"longitude": float(lon), "latitude": float(lat), "x": float(lon), "y": float(lat),
            "crs": "WGS-84", "srid": 4326}


KINDS = ("entities", "articles", "relations", "claims", "mentions")


def row_dicts(rows: GraphRows | Mapping) -> dict[str, list[dict]]:
    """Each kind of row as field -> value maps, which the loader only reads: a GraphRows' records
    as they are (their own field dicts, not copies), or the JSON form (``rows.rows_to_json``, what
    the control port receives) as it came, without building records from it again."""
    if isinstance(rows, GraphRows):
        return {kind: [vars(r) for r in getattr(rows, kind)] for kind in KINDS}
    return {kind: list(rows.get(kind) or ()) for kind in KINDS}


def _props(row: dict, names: Sequence[str]) -> dict:
    return {k: v for k in names if (v := row[k]) is not None}


def entity_props(row: dict) -> dict:
    props = _props(row, cypher.ENTITY_PROPERTIES)
    point = location(row["lat"], row["lon"])
    if point is not None:
        props[cypher.LOCATION] = point
    return props


class DirectLoader:
    def __init__(self, db, batch_size: int = 5000):
        import jpype

        self.db, self.j = db, db._java_db
        self.batch_size = max(1, batch_size)
        self.jpype = jpype
        self.ArrayList = jpype.JClass("java.util.ArrayList")
        self.LinkedHashMap = jpype.JClass("java.util.LinkedHashMap")
        self.Direction = jpype.JClass("com.arcadedb.graph.Vertex$DIRECTION")
        self.vertex_batcher = jpype.JClass("com.arcadedb.python.VertexBatcher")
        self.edge_batcher = jpype.JClass("com.arcadedb.python.EdgeBatcher")
        self.rids: dict[tuple[str, str], str] = {}       # (kg label, id) -> RID
        self.types: dict[tuple[str, str], str] = {}      # (kg label, id) -> ArcadeDB type, existing nodes only
        self.stored: dict[tuple[str, str], str] = {}     # (kg label, id) -> its properties as ArcadeDB's JSON
        self.created: set[tuple[str, str]] = set()       # nodes this load created
        self._batch = None

    @property
    def batch(self):
        """One GraphBatch for the whole load (created when first needed, closed by finish())."""
        if self._batch is None:
            self._batch = self.db.graph_batch(batch_size=max(self.batch_size, 50_000), light_edges=False,
                                              bidirectional=True)
        return self._batch._java_graph_batch

    def finish(self) -> None:
        if self._batch is not None:
            self._batch.close()
            self._batch = None

    # --- values ------------------------------------------------------------------------------

    def java(self, value):
        if isinstance(value, (list, tuple)):
            out = self.ArrayList()
            for v in value:
                out.add(self.java(v))
            return out
        if isinstance(value, dict):
            out = self.LinkedHashMap()
            for k, v in value.items():
                out.put(k, self.java(v))
            return out
        if isinstance(value, bool):
            return self.jpype.JBoolean(value)
        if isinstance(value, int):
            return self.jpype.JLong(value)
        if isinstance(value, float):
            return self.jpype.JDouble(value)
        return value

    # --- transactions ------------------------------------------------------------------------

    def in_transactions(self, items: Iterable, work) -> None:
        """``work(item)`` for each item, committing every batch_size items."""
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                self._commit(batch, work)
                batch = []
        if batch:
            self._commit(batch, work)

    def _commit(self, batch, work) -> None:
        self.j.begin()
        try:
            for item in batch:
                work(item)
            self.j.commit()
        except BaseException:
            if self.j.isTransactionActive():
                self.j.rollback()
            raise

    # --- schema ------------------------------------------------------------------------------

    def schema(self, entities: Sequence[dict], relations: Sequence[dict]) -> None:
        """The id constraints and the key index first, as the Bolt path (building them after a bulk
        load measured slower than keeping them up to date), then the node and edge types."""
        for label in cypher.KG_LABELS:
            try:
                self.db.command("opencypher", cypher.unique_id_constraint(label))
            except Exception:          # noqa: BLE001 - as the Bolt path: an index where refused
                self.db.command("opencypher", cypher.id_index(label))
        self.db.command("opencypher", cypher.KEY_INDEX)
        schema = self.j.getSchema()
        for label in sorted({cypher.entity_label(e["label"]) for e in entities}):
            if not schema.existsType(composite_type(label)):
                self.j.begin()
                self.db.command("opencypher", cypher.probe_entity_type(label), {"id": PROBE_ID})
                self.j.commit()
            if not schema.existsType(composite_type(label)):
                raise RuntimeError(f"ArcadeDB did not name the type of :Entity:{label} "
                                   f"{composite_type(label)!r}; load with --path bolt")
        for t in {r["type"] for r in relations} | set(cypher.LINK_TYPES):
            schema.getOrCreateEdgeType(t)

    # --- nodes -------------------------------------------------------------------------------

    def find(self, label: str, ids: Iterable[str]) -> None:
        """Record the RID, type and stored properties of every node of ``label`` among ``ids``
        that already exists."""
        wanted = sorted({i for i in ids if (label, i) not in self.rids})
        if not wanted or self.j.countType(label, True) == 0:
            return
        for start in range(0, len(wanted), self.batch_size):
            chunk = wanted[start:start + self.batch_size]
            for r in self._select(f"SELECT id, @rid.asString() AS rid, @type AS type, "
                                  f"@this.toJSON().asString() AS json FROM `{label}` WHERE id IN :ids", ids=chunk):
                key = (label, str(r["id"]))
                self.rids[key] = str(r["rid"])
                self.types[key] = str(r["type"])
                self.stored[key] = str(r["json"])

    def _select(self, sql: str, **parameters) -> list[dict]:
        """A SQL query's rows as dicts, handed over from the JVM in bulk (the bridge's to_list)."""
        return self.db.query("sql", sql, parameters).to_list()

    def upsert_nodes(self, label: str, rows: Sequence[dict], type_of, props_of) -> None:
        """MERGE on id and SET every property: update the nodes that exist, create the rest."""
        self.find(label, (r["id"] for r in rows))
        types, rids = self.types, self.rids
        retyped = [r for r in rows if (key := (label, r["id"])) in types and types[key] != type_of(r)]
        if retyped:
            def drop(r):
                self.j.lookupByRID(self.db.to_java_rid(rids[(label, r["id"])]), True).delete()
            self.in_transactions(retyped, drop)
            for r in retyped:
                del rids[(label, r["id"])], types[(label, r["id"])]
        # a node whose stored properties are already these is left alone (a reload writes nothing)
        changed = [r for r in rows if (key := (label, r["id"])) in rids
                   and not same_properties(self.stored.get(key), {"id": r["id"], **props_of(r)})]
        self.in_transactions(changed, lambda r: self._set_all(rids[(label, r["id"])], props_of(r)))
        new: dict[str, list] = defaultdict(list)
        for r in rows:
            if (label, r["id"]) not in rids:
                new[type_of(r)].append(r)
        for type_name, group in new.items():
            self._create(label, type_name, group, props_of)

    def _create(self, label: str, type_name: str, rows: Sequence[dict], props_of) -> None:
        props = [{"id": r["id"], **props_of(r)} for r in rows]
        for start in range(0, len(rows), self.batch_size):
            chunk, chunk_props = rows[start:start + self.batch_size], props[start:start + self.batch_size]
            text = as_json(chunk_props)
            if text is not None:
                joined = str(self.vertex_batcher.createVerticesJson(self.batch, type_name, text))
                rids = joined.split(";") if joined else []
            else:
                rids = []

                def one(p, out=rids):
                    v = self.j.newVertex(type_name)
                    for k, val in p.items():
                        v.set(k, self.java(val))
                    v.save()
                    out.append(str(v.getIdentity()))
                self.in_transactions(chunk_props, one)
            if len(rids) != len(chunk):
                raise RuntimeError(f"ArcadeDB created {len(rids)} of {len(chunk)} {label} nodes")
            for r, rid in zip(chunk, rids):
                key = (label, r["id"])
                self.rids[key] = rid
                self.created.add(key)

    def _set_all(self, rid: str, props: dict) -> None:
        doc = self.j.lookupByRID(self.db.to_java_rid(rid), True).asVertex().modify()
        self._replace(doc, props)

    def _replace(self, doc, props: dict) -> None:
        for k in [str(k) for k in doc.getPropertyNames()]:
            if k != "id" and k not in props:
                doc.remove(k)
        for k, v in props.items():
            doc.set(k, self.java(v))
        doc.save()

    # --- relationships -----------------------------------------------------------------------

    def link(self, rel_type: str, pairs: Sequence[tuple[tuple[str, str], tuple[str, str], dict]]) -> None:
        """MERGE (a)-[x:rel_type]->(b) SET x = props, for each ((label, id), (label, id), props)
        whose two ends exist (as MATCH ... MATCH ... MERGE: a missing end writes nothing)."""
        rids, created = self.rids, self.created
        for end in (0, 1):
            by_label = defaultdict(set)
            for pair in pairs:
                if pair[end] not in rids:
                    by_label[pair[end][0]].add(pair[end][1])
            for label, ids in by_label.items():
                self.find(label, ids)
        fresh, old = [], []
        for p in pairs:
            a, b = p[0], p[1]
            if a in rids and b in rids:
                (fresh if a in created or b in created else old).append(p)
        missing = []
        if old and len(old) * 20 >= self.j.countType(rel_type, False):
            self._merge_scanned(rel_type, old, missing)
            old = []

        def merge_old(p):
            src = self.j.lookupByRID(self.db.to_java_rid(self.rids[p[0]]), True).asVertex()
            target = self.rids[p[1]]
            for edge in src.getEdges(self.Direction.OUT, rel_type):
                if str(edge.getIn()) == target:
                    if p[2] or [k for k in edge.getPropertyNames()]:
                        self._replace(edge.modify(), p[2])
                    return
            missing.append(p)
        self.in_transactions(old, merge_old)
        self._bulk_edges(rel_type, fresh + missing if missing else fresh)

    def _merge_scanned(self, rel_type: str, pairs: Sequence, missing: list) -> None:
        """MERGE many edges whose ends both existed: read the type's edges once (cheaper than a
        look-up per edge when the pairs are a good part of them), update the ones whose properties
        differ, and leave the rest to be created."""
        found = defaultdict(list)
        for r in self._select(f"SELECT @rid.asString() AS rid, @out.asString() AS s, @in.asString() AS d, "
                              f"@this.toJSON().asString() AS json FROM `{rel_type}`"):
            found[(str(r["s"]), str(r["d"]))].append((str(r["rid"]), str(r["json"])))
        stale = []
        for p in pairs:
            edges = found.get((self.rids[p[0]], self.rids[p[1]]))
            if not edges:
                missing.append(p)
                continue
            stale += [(rid, p[2]) for rid, text in edges if not same_properties(text, p[2])]

        def update(item):
            self._replace(self.j.lookupByRID(self.db.to_java_rid(item[0]), True).asEdge().modify(), item[1])
        self.in_transactions(stale, update)

    def _bulk_edges(self, rel_type: str, pairs: Sequence) -> None:
        if not pairs:
            return
        rids = self.rids
        if not any(p[2] for p in pairs):
            # property-less edges (SUBJECT, OBJECT, IN_ARTICLE, ...): the two RID lists as two
            # ';'-joined strings, no row maps and no JSON
            for start in range(0, len(pairs), 100_000):
                chunk = pairs[start:start + 100_000]
                self.edge_batcher.newEdgesJoined(self.batch, ";".join([rids[p[0]] for p in chunk]), rel_type,
                                                 ";".join([rids[p[1]] for p in chunk]))
            return
        rows = [{"_src": rids[a], "_dst": rids[b], **props} for a, b, props in pairs]
        for start in range(0, len(rows), 100_000):
            chunk = rows[start:start + 100_000]
            text = as_json(chunk)
            if text is not None:
                self.edge_batcher.newEdgesJson(self.batch, rel_type, text)
                continue
            for r in chunk:
                props = {k: v for k, v in r.items() if k not in ("_src", "_dst")}
                self.batch.newEdge(self.db.to_java_rid(r["_src"]), rel_type, self.db.to_java_rid(r["_dst"]),
                                   *[x for k, v in props.items() for x in (k, self.java(v))])


@contextlib.contextmanager
def python_gc_paused():
    """Python's cyclic garbage collector off for a bulk load, and back on after (as it was).

    A load allocates hundreds of thousands of dicts and tuples that stay alive until it ends, and
    makes no reference cycles: each collection of the oldest generation walks them all for
    nothing, and JPype answers Python's collections by asking the JVM for a full collection
    (System.gc()), which the server's log showed running several times per load."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_direct(db, rows: GraphRows | Mapping, *, batch_size: int = 5000):
    """Write ``rows`` (a GraphRows, or its JSON form from ``rows.rows_to_json``) into an open
    ArcadeDB database (the embedded server's); a LoadReport."""
    with python_gc_paused():
        return _load_direct(db, rows, batch_size=batch_size)


def _load_direct(db, rows: GraphRows | Mapping, *, batch_size: int):
    from loaders.neo4j.common import LoadReport

    loader, timings, start = DirectLoader(db, batch_size), [], time.perf_counter()
    E, A, C = cypher.ENTITY, cypher.ARTICLE, cypher.CLAIM
    d = row_dicts(rows)
    entities, articles, relations, claims, mentions = (d[k] for k in KINDS)

    def write_entities():
        loader.upsert_nodes(E, entities, lambda r: composite_type(r["label"]), entity_props)

    def write_articles():
        loader.upsert_nodes(A, articles, lambda r: A, lambda r: _props(r, cypher.ARTICLE_PROPERTIES))
        loader.link(cypher.PUBLISHED_BY, [((A, a["id"]), (E, a["publisher"]), {}) for a in articles if a["publisher"]])
        loader.link(cypher.MENTIONS, [((A, m["article"]), (E, m["entity"]), _props(m, cypher.MENTION_PROPERTIES))
                                      for m in mentions])

    def write_relationships():
        by_type = defaultdict(list)
        for r in relations:
            by_type[r["type"]].append(((E, r["subject"]), (E, r["object"]), _props(r, cypher.RELATION_SUMMARY)))
        for rel_type, pairs in sorted(by_type.items()):
            loader.link(cypher.relation_type(rel_type), pairs)

    def write_claims():
        loader.upsert_nodes(C, claims, lambda r: C, lambda r: _props(r, cypher.CLAIM_PROPERTIES))
        loader.link(cypher.SUBJECT, [((C, c["id"]), (E, c["subject"]), {}) for c in claims])
        loader.link(cypher.OBJECT, [((C, c["id"]), (E, c["object"]), {}) for c in claims])
        loader.link(cypher.IN_ARTICLE, [((C, c["id"]), (A, c["article"]), {}) for c in claims])
        loader.link(cypher.ATTRIBUTED_TO, [((C, c["id"]), (E, c["attributed_to"]), {}) for c in claims
                                           if c["attributed_to"]])

    try:
        for name, stage in (("constraints", lambda: loader.schema(entities, relations)),
                            ("entities", write_entities), ("articles", write_articles),
                            ("relationships", write_relationships), ("claims", write_claims),
                            ("flush", loader.finish)):
            t = time.perf_counter()
            stage()
            timings.append((name, time.perf_counter() - t))
    finally:
        loader.finish()
    return LoadReport(len(entities), len(articles), len(relations), len(claims),
                      time.perf_counter() - start, tuple(timings), path="direct")
