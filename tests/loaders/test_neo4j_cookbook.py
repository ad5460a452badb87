"""The analysts' cookbook (queries/*.cypher) against the sample graph loaded into a real server."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from loaders.neo4j import clear, load_graph, run_query

pytestmark = pytest.mark.slow      # queries an embedded Neo4j server: the full suite runs it, -m 'not slow' does not

QUERIES = Path(__file__).resolve().parents[2] / "queries"
PERSON = 'cue:person:ابو_محمد_"الحلبي"'


@pytest.fixture
def db(neo4j_conn, sample_graph):
    from loaders.neo4j import counts
    from test_neo4j_load import expected_counts

    got = counts(neo4j_conn)
    if (got.nodes, got.relationships) != expected_counts(sample_graph):
        clear(neo4j_conn)
        load_graph(neo4j_conn, sample_graph)
    return neo4j_conn


def ask(db, name: str, **params) -> list[dict]:
    keys, rows = run_query(db, (QUERIES / f"{name}.cypher").read_text(encoding="utf-8"), params, write=False)
    return [dict(zip(keys, r)) for r in rows]


def test_who_captured_a_city_and_when(db):
    rows = ask(db, "city_control", city="Homs")
    assert [(r["actor_id"], r["relation"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("hts", "CAPTURED", "2024-12-08", "2024-12-08"),
        ("syrian_opposition", "CAPTURED", "2024-12-07", "2024-12-07")]
    assert ask(db, "city_control", city="مدينة حمص") == rows          # by alias
    assert [r["relation"] for r in ask(db, "city_control", city="دمشق")] == ["ENTERED"]


def test_who_withdrew_or_fled(db):
    rows = ask(db, "withdrawals", place="Al-Qusayr")
    assert [(r["actor_en"], r["relation"], r["first_seen"], r["sources"]) for r in rows] == [
        ("Hezbollah", "FLED_FROM", "2024-12-07", ["رويترز"])]
    assert ask(db, "withdrawals", place="Homs") == []


def test_allies_and_parents(db):
    assert [(r["role"], r["other_id"], r["hops"]) for r in ask(db, "allies_and_parents", actor="Syrian opposition")] \
        == [("led by", "hts", 1)]
    assert [(r["role"], r["other_id"], r["hops"]) for r in ask(db, "allies_and_parents", actor=PERSON)] \
        == [("parent", "hts", 1)]


def test_claims_attributed_to_an_outlet(db):
    rows = ask(db, "outlet_claims", outlet="Reuters")
    assert [(r["article"], r["subject"], r["relation"], r["object"]) for r in rows] == [
        ("sample_1", "حزب الله", "FLED_FROM", "القصير"),
        ("sample_2", "المعارضة السورية المسلحة", "ENTERED", "دمشق")]
    assert rows[1]["event_date"] == "2024-12-07" and "رويترز" in rows[1]["sentence"]


def test_what_an_outlet_says_about_an_entity(db):
    rows = ask(db, "outlet_about", outlet="وكالة رويترز", about="Damascus")
    assert [(r["subject"], r["relation"], r["object"], r["article"]) for r in rows] == [
        ("syrian_opposition", "ENTERED", "damascus", "sample_2")]
    assert ask(db, "outlet_about", outlet="Reuters", about="Homs") == []


def test_which_articles_state_a_relation(db):
    rows = ask(db, "articles_stating", subject="Hayat Tahrir al-Sham", relation="LEADS", object="فصائل المعارضة")
    assert [(r["article"], r["title"], r["published"]) for r in rows] == [("sample_1", "حمص تسقط", "2024-12-07")]
    assert "تقودها" in rows[0]["sentence"]


def test_hedged_claims(db):
    rows = ask(db, "hedged_claims")
    assert [(r["subject"], r["relation"], r["object"], r["trigger"]) for r in rows] == [
        ("إسرائيل", "ATTACKED", "القصير", "هاجمت")]


def test_shortest_path_between_two_actors(db):
    rows = ask(db, "shortest_path", **{"from": "Israel", "to": "Hezbollah"})
    assert [(r["ids"], r["relations"], r["hops"]) for r in rows] == [
        (["israel", "al_qusayr", "hezbollah"], ["ATTACKED", "FLED_FROM"], 2)]
    rows = ask(db, "shortest_path", **{"from": PERSON, "to": "Damascus"})
    assert rows[0]["ids"] == [PERSON, "hts", "syrian_opposition", "damascus"]


def test_most_connected_actors(db):
    rows = ask(db, "most_connected")
    assert [(r["id"], r["type"], r["relations"]) for r in rows[:2]] == [
        ("syrian_opposition", "ArmedGroup", 4), ("hts", "ArmedGroup", 3)]
    assert len(rows) == 11 - 1                 # every entity with a relation: reuters has none of its own


# --- every cookbook query, on the project's example graph, with the parameters its header shows ---

EXAMPLE_GRAPH = Path(__file__).resolve().parents[1] / "golden" / "examples_graph.json"
_PARAM = re.compile(r"--param\s+(\w+)=(\"[^\"]*\"|'[^']*'|[^\s)]+)")


def documented_params(text: str) -> dict:
    """The ``--param NAME=VALUE`` examples in a query file's header comment."""
    header = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("//"))
    return {name: shlex.split(value)[0] for name, value in _PARAM.findall(header)}


def test_every_cookbook_query_answers_on_the_example_graph(neo4j_conn):
    """The example graph is tests/golden/examples_graph.json, what kg build makes of examples/."""
    from kg.graph import read_graph

    clear(neo4j_conn)
    load_graph(neo4j_conn, read_graph(EXAMPLE_GRAPH))
    empty, files = [], sorted(QUERIES.glob("*.cypher"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        wanted = set(re.findall(r"\$(\w+)", "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))))
        params = documented_params(text)
        assert wanted <= set(params), f"{path.name}: header documents {sorted(params)}, query uses {sorted(wanted)}"
        keys, rows = run_query(neo4j_conn, text, params, write=False)
        if not rows:
            empty.append(f"{path.name} {params}")
    assert not empty, f"no rows: {empty}"
    clear(neo4j_conn)


def test_plain_shortest_path_runs_through_provenance_and_the_cookbook_one_does_not(neo4j_conn):
    from kg.graph import read_graph

    clear(neo4j_conn)
    load_graph(neo4j_conn, read_graph(EXAMPLE_GRAPH))
    plain = ("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) MATCH p = shortestPath((a)-[*..10]-(b)) "
             "RETURN [n IN nodes(p) | labels(n)] AS labels")
    # the US envoy met the Speaker; nothing relates him to Hezbollah, but one article names both
    _, rows = run_query(neo4j_conn, plain, {"a": "amos_hochstein", "b": "hezbollah"})
    assert rows and any("Entity" not in labels for labels in rows[0][0])     # a Claim or Article on the way
    assert ask(neo4j_conn, "shortest_path", **{"from": "amos_hochstein", "to": "hezbollah"}) == []
    rows = ask(neo4j_conn, "shortest_path", **{"from": "israel", "to": "hezbollah"})
    assert rows and all(i in {n for n in rows[0]["ids"]} for i in ("israel", "hezbollah"))
    _, labels = run_query(neo4j_conn, "MATCH (n) WHERE n.id IN $ids RETURN DISTINCT labels(n)", {"ids": rows[0]["ids"]})
    assert all("Entity" in l for (l,) in labels)
    clear(neo4j_conn)


def test_undated_rows_come_last_in_the_date_sorted_queries(neo4j_conn, sample_graph):
    """Cypher sorts null first in a DESC order: the cookbook puts a claim with neither an event date
    nor a dated article after every dated one, so city_control's first row is the latest known holder."""
    import copy

    g = copy.deepcopy(sample_graph)
    g.graph["articles"]["sample_2"]["published"] = None
    for _, _, d in g.edges(data=True):
        for p in d["provenance"]:
            if p["article"] == "sample_2":
                p["event_date"] = None
    clear(neo4j_conn)
    try:
        load_graph(neo4j_conn, g)
        rows = ask(neo4j_conn, "city_control", city="Homs")
        assert [(r["actor_id"], r["last_seen"]) for r in rows] == [("syrian_opposition", "2024-12-07"), ("hts", None)]
        rows = ask(neo4j_conn, "articles_mentioning", entity="Homs")
        assert [r["published"] for r in rows] == ["2024-12-07", None]
    finally:
        clear(neo4j_conn)          # the db fixture reloads the sample as it was
