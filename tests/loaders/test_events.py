"""The event table (kg export -f events): one CSV row per claim, read back with pandas."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.contract import claim_id
from kg.graph import read_graph
from loaders.events import COLUMNS, event_rows, place_types

REPO = Path(__file__).resolve().parents[2]
EXAMPLES_GRAPH = REPO / "tests" / "golden" / "examples_graph.json"
pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    from kg.cli import main
    out = tmp_path_factory.mktemp("events") / "events.csv"
    assert main(["export", str(EXAMPLES_GRAPH), "-f", "events", "-o", str(out)]) == 0
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def test_columns_are_the_documented_ones(table):
    assert tuple(table.columns) == COLUMNS
    doc = (REPO / "docs" / "events.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in doc, f"{column} is not documented in docs/events.md"


def test_one_row_per_claim_with_the_graphs_claim_id(table):
    data = json.loads(EXAMPLES_GRAPH.read_text(encoding="utf-8"))
    ids = {p["claim_id"] for link in data["links"] for p in link["provenance"]}
    assert set(table["event_id"]) == ids and table["event_id"].is_unique
    link = data["links"][0]
    p = link["provenance"][0]
    assert p["claim_id"] == claim_id(link["source"], link["type"], link["target"], p["article"], p["start"], p["end"])


def test_rows_carry_actors_location_source_and_article(table):
    g = read_graph(EXAMPLES_GRAPH)
    for row in table.to_dict("records"):
        assert row["actor1_id"] in g and row["actor2_id"] in g
        assert row["actor1_name"] == g.nodes[row["actor1_id"]]["name"]
        assert row["relation"] == g.edges[row["actor1_id"], row["actor2_id"], row["relation"]]["type"]
        assert row["sentence"] and row["article_id"] in g.graph["articles"]
        assert row["hedged"] in ("true", "false")
        if row["location_id"]:
            assert g.nodes[row["location_id"]]["type"] in place_types()
    captured = table[table["relation"] == "CAPTURED"]
    assert (captured["location_id"] == captured["actor2_id"]).all()      # the captured place is the location
    located = table[(table["location_lat"] != "") & (table["relation"] != "LOCATED_IN")]
    assert len(located) and located["location_lat"].astype(float).between(-90, 90).all()
    assert (table["credited_source_id"] != "").any()
    assert (table["article_url"] != "").any() or (table["published"] != "").any()


def test_an_attack_on_an_actor_is_located_at_the_place_its_sentence_names():
    import networkx as nx
    g = nx.MultiDiGraph(articles={"a": {"published": "2024-12-01"}})
    g.add_node("army", type="StateForce", name="الجيش", mentions=[{"article": "a", "start": 0, "end": 5}])
    g.add_node("group", type="ArmedGroup", name="الجماعة", mentions=[{"article": "a", "start": 12, "end": 19}])
    g.add_node("homs", type="City", name="حمص", lat=34.7, lon=36.7, geonames=169577,
               mentions=[{"article": "a", "start": 25, "end": 28}, {"article": "a", "start": 200, "end": 203}])
    g.add_edge("army", "group", key="ATTACKED", type="ATTACKED", provenance=[
        {"article": "a", "sentence": "هاجم الجيش الجماعة في حمص.", "start": 0, "end": 40, "event_date": "2024-11",
         "confidence": 0.9, "hedged": False, "rule": "r"}])
    (row,) = event_rows(g)
    assert (row["location_id"], row["location_lat"], row["location_geonames"]) == ("homs", 34.7, 169577)
    assert (row["event_date"], row["event_date_precision"]) == ("2024-11", "month")


def test_undated_events_come_last(table):
    dated = list(table["event_date"] != "")
    assert dated == sorted(dated, reverse=True)
    assert list(table[table["event_date"] != ""]["event_date"]) == sorted(table[table["event_date"] != ""]["event_date"])
