"""Loading into a real Bolt server (the embedded one, or Neo4j 5 when NEO4J_URI is set)."""
from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import ConnectionFailed, GraphFormatError
from kg.graph import merge
from kg.types import ArticleExtraction, ArticleInfo, Claim, EntityRecord, Mention, Provenance
from loaders.neo4j import Settings, clear, connect, counts, load_graph, run_query
from loaders.neo4j.rows import graph_rows

pytestmark = pytest.mark.slow      # loads into an embedded Neo4j server: the full suite runs it, -m 'not slow' does not


def expected_counts(g) -> tuple[dict, dict]:
    rows = graph_rows(g)
    nodes = Counter(e.label for e in rows.entities)
    nodes.update(Entity=len(rows.entities), Article=len(rows.articles), Claim=len(rows.claims))
    rels = Counter(r.type for r in rows.relations)
    rels.update(SUBJECT=len(rows.claims), OBJECT=len(rows.claims), IN_ARTICLE=len(rows.claims),
                ATTRIBUTED_TO=sum(1 for c in rows.claims if c.attributed_to and c.attributed_to in g),
                PUBLISHED_BY=sum(1 for a in rows.articles if a.publisher), MENTIONS=len(rows.mentions))
    return dict(nodes), {k: v for k, v in rels.items() if v}


S6 = "انسحبت قوات النظام السوري من مدينة حمص فجر الأحد، وفق ما أفادت رويترز."
S7 = "وتنضوي هيئة تحرير الشام ضمن إدارة العمليات العسكرية التي أعلنت السيطرة على حمص."


def bigger(g):
    """The sample plus a third article: new relations, a new entity, one more sentence for an old relation."""
    g = copy.deepcopy(g)
    ops = EntityRecord("ops_command", "Organization", "إدارة العمليات العسكرية", "Military Operations Command")
    known = {n: EntityRecord(n, d["type"], d["name"], d["name_en"]) for n, d in g.nodes(data=True)}
    ents = (known["syrian_army"], known["homs"], known["reuters"], known["hts"], ops)
    mentions = tuple(Mention("sample_3", i, 0, 1, e.name, e.id, e.type, "registry") for i, e in enumerate(ents))

    def prov(s, start, rule, **kw):
        return Provenance("sample_3", s, start, start + len(s), kw.get("attributed_to"), False,
                          kw.get("event_date"), rule, 0.9, None)
    merge(g, ArticleExtraction(
        ArticleInfo("sample_3", "hash-3", None, "انسحاب من حمص", "2024-12-09", "reuters"), ents, mentions,
        (Claim("syrian_army", "WITHDREW_FROM", "homs", prov(S6, 0, "withdraw:verb", attributed_to="reuters",
                                                            event_date="2024-12-08")),
         Claim("hts", "PART_OF", "ops_command", prov(S7, 70, "part:within")),
         Claim("hts", "CAPTURED", "homs", prov(S7, 70, "capture:verbal_noun")))))
    return g


def test_counts_equal_graph_json(fresh_sample, sample_graph):
    nodes, rels = expected_counts(sample_graph)
    got = counts(fresh_sample)
    assert got.nodes == nodes and got.relationships == rels
    assert nodes["Entity"] == sample_graph.number_of_nodes() == 11


def test_second_load_changes_nothing(fresh_sample, sample_graph, snapshot):
    before = snapshot(fresh_sample)
    load_graph(fresh_sample, sample_graph)
    assert snapshot(fresh_sample) == before


def test_batch_size_does_not_change_the_result(fresh_sample, sample_graph, snapshot):
    before = snapshot(fresh_sample)
    clear(fresh_sample)
    load_graph(fresh_sample, sample_graph, batch_size=2)
    assert snapshot(fresh_sample) == before


def test_bigger_graph_adds_only_what_is_new(fresh_sample, sample_graph, snapshot):
    old_nodes, old_rels = snapshot(fresh_sample)
    g = bigger(sample_graph)
    load_graph(fresh_sample, g)
    got = counts(fresh_sample)
    assert (got.nodes, got.relationships) == expected_counts(g)
    new_nodes, _ = snapshot(fresh_sample)
    old_claims = {repr(n) for n in old_nodes if "Claim" in n[1]}
    assert old_claims <= {repr(n) for n in new_nodes}    # every old claim kept as it was
    assert len(new_nodes) - len(old_nodes) == 1 + 1 + 3   # ops_command, sample_3, three claims
    _, rows = run_query(fresh_sample, "MATCH (:Entity {id: 'hts'})-[r:CAPTURED]->(:Entity {id: 'homs'}) "
                                      "RETURN r.mention_count, r.first_seen, r.last_seen")
    assert rows == [[2, "2024-12-08", "2024-12-09"]]


def test_node_properties_arrive_as_data(fresh_sample):
    _, rows = run_query(fresh_sample, "MATCH (c:Entity:City {id: $id}) RETURN c.name, c.name_en, c.aliases, "
                                      "c.geonames, c.lat, c.lon", {"id": "homs"})
    assert rows == [["حمص", "Homs", ["حمص", "مدينة حمص"], 169577, pytest.approx(34.72682), pytest.approx(36.72339)]]
    _, rows = run_query(fresh_sample, "MATCH (p:Entity:Person) RETURN p.id, p.name")
    assert rows == [['cue:person:ابو_محمد_"الحلبي"', 'أبو محمد "الحلبي" <script>alert(1)</script>']]


def test_hostile_names_load_as_data(fresh_sample, sample_graph):
    g = copy.deepcopy(sample_graph)
    nasty = "x' }) MATCH (n) DETACH DELETE n // `Entity` \"{$rows}\" RETURN MERGE ${"
    g.add_node("evil`id'\"}", type="ArmedGroup", name=nasty, name_en="CREATE (:Entity)", aliases=[nasty, "`"],
               wikidata=None, geonames=None, lat=None, lon=None, mentions=[])
    g.add_edge("evil`id'\"}", "homs", key="ATTACKED", type="ATTACKED",
               provenance=[{"article": "sample_1", "sentence": nasty, "start": 0, "end": 5, "attributed_to": None,
                            "hedged": False, "event_date": None, "rule": "r'`", "confidence": 0.5, "trigger": "`"}])
    load_graph(fresh_sample, g)
    assert (counts(fresh_sample).nodes, counts(fresh_sample).relationships) == expected_counts(g)
    _, rows = run_query(fresh_sample, "MATCH (e:Entity {id: $id})-[:ATTACKED]->(c:City) "
                                      "RETURN e.name, e.name_en, e.aliases, c.id", {"id": "evil`id'\"}"})
    assert rows == [[nasty, "CREATE (:Entity)", [nasty, "`"], "homs"]]
    _, rows = run_query(fresh_sample, "MATCH (c:Claim {sentence: $s}) RETURN c.rule", {"s": nasty})
    assert rows == [["r'`"]]


def test_changed_entity_type_relabels_without_duplicates(fresh_sample, sample_graph):
    g = copy.deepcopy(sample_graph)
    g.nodes["reuters"]["type"] = "Organization"
    load_graph(fresh_sample, g)
    _, rows = run_query(fresh_sample, "MATCH (n:Entity {id: 'reuters'}) RETURN labels(n)")
    assert [sorted(r[0]) for r in rows] == [["Entity", "Organization"]]
    assert (counts(fresh_sample).nodes, counts(fresh_sample).relationships) == expected_counts(g)


def test_unknown_type_fails_before_writing(fresh_sample, sample_graph, snapshot):
    before = snapshot(fresh_sample)
    g = copy.deepcopy(sample_graph)
    g.nodes["homs"]["type"] = "Town"
    with pytest.raises(GraphFormatError, match="'Town'"):
        load_graph(fresh_sample, g)
    assert snapshot(fresh_sample) == before


def test_provenance_questions_are_one_match(fresh_sample):
    """The issue's two examples, each a single MATCH over the claim nodes."""
    _, rows = run_query(fresh_sample,
                        "MATCH (:Entity {name_en: $outlet})<-[:ATTRIBUTED_TO]-(c:Claim)-[:SUBJECT|OBJECT]->"
                        "(:Entity {name_en: $about}) RETURN c.relation, c.event_date",
                        {"outlet": "Reuters", "about": "Damascus"})
    assert rows == [["ENTERED", "2024-12-07"]]
    _, rows = run_query(fresh_sample,
                        "MATCH (:Entity {id: 'hts'})<-[:SUBJECT]-(c:Claim {relation: 'LEADS'})-[:OBJECT]->"
                        "(:Entity {id: 'syrian_opposition'}), (c)-[:IN_ARTICLE]->(a:Article) RETURN a.id, a.url")
    assert rows == [["sample_1", "https://example.org/a/1"]]


def test_wrong_password_is_a_clear_error(neo4j_settings):
    secret = "not-the-password-4711"
    with pytest.raises(ConnectionFailed, match="authentication failed") as err:
        with connect(Settings(**{**neo4j_settings.__dict__, "password": secret}), start_embedded=False):
            pass
    assert secret not in str(err.value)


def test_missing_database_is_a_clear_error(neo4j_settings):
    with pytest.raises(ConnectionFailed, match="database 'no_such_db_kg' does not exist"):
        with connect(Settings(**{**neo4j_settings.__dict__, "database": "no_such_db_kg"}), start_embedded=False):
            pass


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(ConnectionFailed, match="cannot reach a Neo4j server at bolt://127.0.0.1:9"):
        with connect(Settings(uri="bolt://127.0.0.1:9", user="neo4j", password="secret-4711")):
            pass


def test_no_embedded_server_without_start(tmp_path):
    with pytest.raises(ConnectionFailed, match="no embedded server runs"):
        with connect(Settings(data_dir=str(tmp_path)), start_embedded=False):
            pass


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=8, unique=True))
def test_any_name_round_trips(neo4j_conn, names):
    from kg.graph import new_graph

    g = new_graph()
    for i, name in enumerate(names):
        g.add_node(f"prop:{i}:{name}", type="Person", name=name, name_en=None, aliases=[name, name[::-1]],
                   wikidata=None, geonames=None, lat=None, lon=None, mentions=[])
    clear(neo4j_conn)
    load_graph(neo4j_conn, g)
    _, rows = run_query(neo4j_conn, "MATCH (p:Entity:Person) RETURN p.id, p.name, p.aliases")
    assert sorted(rows) == sorted([f"prop:{i}:{n}", n, [n, n[::-1]]] for i, n in enumerate(names))


def test_uri_settings_reach_the_same_server(neo4j_settings, fresh_sample, sample_graph):
    """The NEO4J_URI path (driver straight to a URI, no data directory) against the session's server."""
    if neo4j_settings.uri:
        pytest.skip("already running against NEO4J_URI")
    from loaders.neo4j.server import ServerPaths, read_password, running_server

    paths = ServerPaths(Path(neo4j_settings.data_dir))
    uri = running_server(paths).uri
    with connect(Settings(uri=uri, user="root", password=read_password(paths), database="neo4j")) as conn:
        assert not conn.embedded
        assert (counts(conn).nodes, counts(conn).relationships) == expected_counts(sample_graph)
