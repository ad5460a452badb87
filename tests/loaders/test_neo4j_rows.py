"""What the Neo4j loader would write, checked without a server: rows, type codes, query text."""
from __future__ import annotations

import copy
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.errors import GraphFormatError, KgError
from kg.graph import read_graph
from loaders.neo4j import cypher
from loaders.neo4j.rows import claim_id, graph_rows
from ontology import vocabulary

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "sample_graph.json"
QUERIES = sorted((REPO / "queries").glob("*.cypher"))


@pytest.fixture(scope="module")
def g():
    return read_graph(SAMPLE)


def test_one_row_per_node_edge_and_provenance_item(g):
    rows = graph_rows(g)
    assert len(rows.entities) == g.number_of_nodes()
    assert len(rows.relations) == g.number_of_edges()
    assert len(rows.claims) == sum(len(d["provenance"]) for *_, d in g.edges(data=True))
    assert {a.id for a in rows.articles} == set(g.graph["articles"])
    assert {e.label for e in rows.entities} <= set(vocabulary().entity_codes)


def test_relation_summary_from_its_provenance(g):
    rows = graph_rows(g)
    captured = {(r.subject, r.object): r for r in rows.relations if r.type == "CAPTURED"}
    hts = captured[("hts", "homs")]
    # no event date in the sentence: the article's publication date stands in
    assert (hts.mention_count, hts.first_seen, hts.last_seen) == (1, "2024-12-08", "2024-12-08")
    assert hts.sources == ('أبو محمد "الحلبي" <script>alert(1)</script>',)
    fled = next(r for r in rows.relations if r.type == "FLED_FROM")
    assert fled.sources == ("رويترز",) and fled.max_confidence == pytest.approx(0.9)


def test_claim_ids_are_deterministic_and_distinct(g):
    first, again = graph_rows(g).claims, graph_rows(read_graph(SAMPLE)).claims
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    c = first[0]
    assert c.id == claim_id(c.article, c.relation, c.subject, c.object, c.start, c.end)
    assert claim_id("a", "CAPTURED", "x", "y", 0, 10) != claim_id("a", "CAPTURED", "x", "y", 0, 11)


def test_items_differing_only_in_rule_are_one_claim(g):
    g = copy.deepcopy(g)
    prov = g.edges["hts", "syrian_opposition", "LEADS"]["provenance"]
    prov.append(dict(prov[0], rule="leads:other_pattern", confidence=0.99))
    claims = [c for c in graph_rows(g).claims if c.relation == "LEADS"]
    assert len(claims) == 1 and claims[0].rule == "leads:other_pattern"


def test_unknown_entity_type_is_refused_naming_the_choices(g):
    g = copy.deepcopy(g)
    g.nodes["homs"]["type"] = "City`) DETACH DELETE n //"
    with pytest.raises(GraphFormatError, match=r"node 'homs'.*valid: ArmedGroup, City"):
        graph_rows(g)


def test_unknown_relation_type_is_refused(g):
    g = copy.deepcopy(g)
    g.add_edge("hts", "homs", key="CONTROLS", type="CONTROLS", provenance=[])
    with pytest.raises(GraphFormatError, match="relation type 'CONTROLS'.*valid: ADVANCED_TOWARD"):
        graph_rows(g)


@pytest.mark.parametrize("code", ["Entity", "city", "City`) MATCH (n) DETACH DELETE n //", "", "City:Region"])
def test_query_text_takes_only_vocabulary_codes(code):
    with pytest.raises(KgError):
        cypher.merge_entities(code)
    with pytest.raises(KgError):
        cypher.merge_relations(code)


def test_values_are_parameters_never_text():
    vocab = vocabulary()
    statements = [cypher.merge_entities(c) for c in vocab.entity_codes] + \
                 [cypher.merge_relations(c) for c in vocab.relation_codes] + \
                 [cypher.MERGE_ARTICLES, cypher.MERGE_CLAIMS, cypher.LINK_CLAIM_ENTITIES, cypher.LINK_CLAIM_ARTICLES,
                  cypher.LINK_CLAIM_SOURCES, cypher.LINK_PUBLISHERS, cypher.drop_retyped_entities()]
    for q in statements:
        assert q.startswith("UNWIND $rows AS r ")
        assert not re.search(r"['\"]", q), q          # no literal values in the text
        assert "apoc" not in q.lower() and not re.search(r"SET \w+:", q)


def test_cookbook_files_say_what_they_answer():
    assert len(QUERIES) >= 8
    for q in QUERIES:
        assert q.read_text(encoding="utf-8").startswith("// "), q.name


@pytest.mark.parametrize("name", ["shortest_path.cypher", "most_connected.cypher"])
def test_cookbook_relation_lists_match_the_vocabulary(name):
    text = (REPO / "queries" / name).read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    listed = re.search(r"\[\w*:([A-Z_|]+)", text).group(1).split("|")
    assert listed == list(vocabulary().relation_codes)


def test_cypher_params_parse_as_json_or_text():
    from kg.commands.cypher import parse_params

    assert parse_params(["city=Homs", "n=5", "flag=true", "xs=[1,2]", "q=a=b"]) == \
        {"city": "Homs", "n": 5, "flag": True, "xs": [1, 2], "q": "a=b"}
    with pytest.raises(KgError, match="NAME=VALUE"):
        parse_params(["novalue"])


def test_search_keys_are_graph_jsons_or_the_contracts():
    from loaders.neo4j.rows import search_keys

    assert search_keys({"name": "حِمْص", "name_en": "Homs", "aliases": ["مدينة حمص"]}) == ("homs", "حمص", "مدينه حمص")
    assert search_keys({"name": "حماة", "name_en": "Hama", "aliases_en": ["Ḩamāh"]}) == ("hama", "hamah", "حماه")
    assert search_keys({"name": "x", "key": ["given", "keys"]}) == ("given", "keys")
    assert search_keys({"name": None}) == ()


def test_mentions_source_and_keys_in_rows(g):
    rows = graph_rows(g)
    mentioned = {(m.article, m.entity): m.count for m in rows.mentions}
    expected = {}
    for n, d in g.nodes(data=True):
        for m in d.get("mentions") or ():
            expected[(m["article"], n)] = expected.get((m["article"], n), 0) + 1
    assert mentioned == expected and mentioned
    assert {a.id: a.source for a in rows.articles}["sample_1"] == "Reuters"     # the publisher's name
    homs = next(e for e in rows.entities if e.id == "homs")
    assert "homs" in homs.key and "حمص" in homs.key


def test_claim_id_from_graph_json_wins(g):
    g = copy.deepcopy(g)
    s, o, k, d = next(iter(g.edges(keys=True, data=True)))
    d["provenance"][0]["claim_id"] = "c-0123456789abcdef"
    assert "c-0123456789abcdef" in {c.id for c in graph_rows(g).claims}


def test_rows_survive_the_trip_to_the_server():
    from loaders.neo4j.rows import rows_from_json, rows_to_json
    import json

    rows = graph_rows(read_graph(SAMPLE))
    assert rows_from_json(json.loads(json.dumps(rows_to_json(rows), ensure_ascii=False))) == rows


def test_same_properties_is_strict_about_types_names_and_order():
    from loaders.neo4j.direct import same_properties

    stored = '{"id": "x", "n": 1, "f": 1.5, "l": ["a", "b"], "@rid": "#1:0", "@type": "Claim"}'
    assert same_properties(stored, {"id": "x", "n": 1, "f": 1.5, "l": ("a", "b")})
    assert not same_properties(stored, {"id": "x", "n": 1.0, "f": 1.5, "l": ["a", "b"]})    # int vs float
    assert not same_properties(stored, {"id": "x", "n": True, "f": 1.5, "l": ["a", "b"]})   # int vs bool
    assert not same_properties(stored, {"id": "x", "n": 1, "f": 1.5, "l": ["b", "a"]})      # list order
    assert not same_properties(stored, {"id": "x", "n": 1, "f": 1.5})                       # a removed property
    assert not same_properties(stored, {"id": "x", "n": 1, "f": 1.5, "l": ["a", "b"], "z": 0})
    assert not same_properties(None, {"id": "x"}) and not same_properties("not json", {"id": "x"})


class _RecordingTx:
    def __init__(self, log: list):
        self.log = log

    def run(self, query, **parameters):
        self.log.append(query)
        return self

    def consume(self):
        return None


class _RecordingDriver:
    """Just enough of a neo4j driver to see what each write transaction sends, in order."""

    def __init__(self):
        self.transactions: list[list[str]] = []

    def session(self, database=None):
        driver = self

        class Session:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

            def execute_write(self, work, *args):
                driver.transactions.append([])
                return work(_RecordingTx(driver.transactions[-1]), *args)
        return Session()


def test_every_write_transaction_takes_the_shared_write_lock_first():
    """Concurrent loads must conflict on one record before any MERGE (ArcadeDB's Bolt server
    otherwise lets two loads create the same relationship twice)."""
    from loaders.neo4j import Connection, cypher
    from loaders.neo4j.load import Writer
    driver = _RecordingDriver()
    Writer(Connection(driver, "bolt://fake", "u", "neo4j", False), batch_size=2).write(
        cypher.MERGE_ARTICLES, [SimpleNamespace(id=str(i)) for i in range(5)])
    assert len(driver.transactions) == 3
    assert all(tx == [cypher.TAKE_WRITE_LOCK, cypher.MERGE_ARTICLES] for tx in driver.transactions)
