"""One claim id everywhere: the id graph.json gives each provenance item is the Claim node's id in
Neo4j, the claim's schema:identifier (and IRI tail) in RDF and the event id of the event table."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from hypothesis import given, settings, strategies as st

from kg.graph import read_graph
from loaders.neo4j.rows import graph_rows

from rdf_helpers import KG, SCHEMA, export

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
EXAMPLES_GRAPH = Path(__file__).resolve().parents[1] / "golden" / "examples_graph.json"


def test_graph_json_neo4j_rdf_and_the_event_table_share_one_claim_id(tmp_path):
    data = json.loads(EXAMPLES_GRAPH.read_text(encoding="utf-8"))
    ids = [p["claim_id"] for link in data["links"] for p in link["provenance"]]
    assert ids and len(ids) == len(set(ids))
    g = read_graph(EXAMPLES_GRAPH)

    assert {c.id for c in graph_rows(g).claims} == set(ids)

    rdf = rdflib.Graph().parse(str(export(g, "turtle", tmp_path)), format="turtle")
    claims = list(rdf.subjects(rdflib.RDF.type, KG.Claim))
    assert {str(rdf.value(c, SCHEMA.identifier)) for c in claims} == set(ids)
    assert all(str(c).endswith("/claim/" + str(rdf.value(c, SCHEMA.identifier))) for c in claims)

    pd = pytest.importorskip("pandas")
    from kg.cli import main
    assert main(["export", str(EXAMPLES_GRAPH), "-f", "events", "-o", str(tmp_path / "events.csv")]) == 0
    assert set(pd.read_csv(tmp_path / "events.csv", dtype=str)["event_id"]) == set(ids)


_TEXT = st.text(max_size=10)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, _TEXT, _TEXT, st.integers(-2**70, 2**70), st.booleans())
def test_claim_id_is_the_digest_of_the_json_list_it_is_defined_by(subject, relation, obj, article, start, flag):
    import hashlib
    from kg.contract import CLAIM_ID_LENGTH, claim_id
    key = json.dumps([article, relation, subject, obj, int(start), int(flag)], ensure_ascii=False)
    assert claim_id(subject, relation, obj, article, start, flag) == \
        hashlib.sha256(key.encode("utf-8")).hexdigest()[:CLAIM_ID_LENGTH]
