"""The two load paths give the same database: ``direct`` (ArcadeDB's own API inside the embedded
server, what kg load uses there) and ``bolt`` (UNWIND batches, what a real Neo4j gets), node for
node and property for property, on first loads, reloads, bigger graphs, retyped entities and
hostile values."""
from __future__ import annotations

import copy

import pytest

from loaders.neo4j import clear, counts, load_graph, run_query

from test_neo4j_load import bigger, expected_counts

pytestmark = pytest.mark.slow      # loads into an embedded Neo4j server: the full suite runs it, -m 'not slow' does not


@pytest.fixture
def db(neo4j_conn):
    if neo4j_conn.direct is None:
        pytest.skip("the direct path needs the embedded server")
    return neo4j_conn


def both_paths(db, snapshot, *graphs, batch_size=5000):
    """The snapshot after loading ``graphs`` in order, by each path, from an empty database."""
    out = {}
    for path in ("direct", "bolt"):
        clear(db)
        for g in graphs:
            load_graph(db, g, path=path, batch_size=batch_size)
        out[path] = snapshot(db)
    return out


def test_first_load_is_the_same_by_both_paths(db, sample_graph, snapshot):
    got = both_paths(db, snapshot, sample_graph)
    assert got["direct"] == got["bolt"]
    assert (counts(db).nodes, counts(db).relationships) == expected_counts(sample_graph)


def test_reload_by_either_path_changes_nothing(db, sample_graph, snapshot):
    clear(db)
    load_graph(db, sample_graph, path="direct")
    first = snapshot(db)
    load_graph(db, sample_graph, path="direct")
    assert snapshot(db) == first
    load_graph(db, sample_graph, path="bolt")
    assert snapshot(db) == first
    load_graph(db, sample_graph, path="direct", batch_size=2)
    assert snapshot(db) == first


def test_bigger_graph_after_the_smaller_one_is_the_same_by_both_paths(db, sample_graph, snapshot):
    g = bigger(sample_graph)
    got = both_paths(db, snapshot, sample_graph, g)
    assert got["direct"] == got["bolt"]
    assert (counts(db).nodes, counts(db).relationships) == expected_counts(g)
    _, rows = run_query(db, "MATCH (:Entity {id: 'hts'})-[r:CAPTURED]->(:Entity {id: 'homs'}) "
                            "RETURN r.mention_count, r.first_seen, r.last_seen")
    assert rows == [[2, "2024-12-08", "2024-12-09"]]


def test_retyped_entity_and_removed_property_by_both_paths(db, sample_graph, snapshot):
    g = copy.deepcopy(sample_graph)
    g.nodes["reuters"]["type"] = "Organization"
    g.nodes["homs"]["lat"] = None                       # a property that goes away
    got = both_paths(db, snapshot, sample_graph, g, batch_size=3)
    assert got["direct"] == got["bolt"]
    _, rows = run_query(db, "MATCH (n:Entity {id: 'reuters'}) RETURN labels(n)")
    assert [sorted(r[0]) for r in rows] == [["Entity", "Organization"]]
    _, rows = run_query(db, "MATCH (n:Entity {id: 'homs'}) RETURN n.lat, n.location, n.lon")
    assert rows[0][:2] == [None, None] and rows[0][2] is not None


def test_hostile_values_by_both_paths(db, sample_graph, snapshot):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from faults.hostile import hostile_graph

    got = both_paths(db, snapshot, sample_graph, hostile_graph())
    assert got["direct"] == got["bolt"]


def test_any_name_by_both_paths(db, snapshot):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from kg.graph import new_graph

    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
    @given(names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5, unique=True),
           lat=st.one_of(st.none(), st.floats(-90, 90)), gid=st.one_of(st.none(), st.integers(0, 2 ** 62)))
    def check(names, lat, gid):
        g = new_graph()
        for i, name in enumerate(names):
            g.add_node(f"p:{i}:{name}", type="City", name=name, name_en=name[::-1], aliases=[name],
                       wikidata=None, geonames=gid, lat=lat, lon=None if lat is None else 1.5, mentions=[])
        got = both_paths(db, snapshot, g)
        assert got["direct"] == got["bolt"]
    check()


def test_graph_model_additions(db, sample_graph):
    """MENTIONS edges, article source, the location point and the search key with its index."""
    clear(db)
    load_graph(db, sample_graph, path="direct")
    _, rows = run_query(db, "MATCH (a:Article {id: 'sample_1'})-[m:MENTIONS]->(e:Entity {id: 'homs'}) "
                            "RETURN m.count, a.source, a.url, a.title, a.published")
    assert rows and rows[0][0] >= 1 and rows[0][2:] == ["https://example.org/a/1", "حمص تسقط", "2024-12-07"]
    assert rows[0][1]                                  # the publisher's name
    _, rows = run_query(db, "MATCH (e:Entity) WHERE $k IN e.key RETURN e.id", {"k": "homs"})
    assert rows == [["homs"]]
    _, rows = run_query(db, "MATCH (e:Entity) WHERE $k IN e.key RETURN e.id", {"k": "حمص"})
    assert rows == [["homs"]]
    _, rows = run_query(db, "MATCH (e:Entity {id: 'homs'}) RETURN e.location")
    assert rows[0][0] is not None
