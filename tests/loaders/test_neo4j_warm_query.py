"""kg cypher through the warm server's control port: the server runs the statement with its own
Bolt driver (``control.warm_query``), so the rows and errors are what a Bolt client gets, and the
command never loads the driver."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import ConnectionFailed, KgError
from loaders.neo4j import run_query
from loaders.neo4j.control import warm_query

pytestmark = pytest.mark.slow      # queries an embedded Neo4j server: the full suite runs it, -m 'not slow' does not

REPO = Path(__file__).resolve().parents[2]

QUERIES = [
    ("MATCH (n:Entity) RETURN n ORDER BY n.id", {}),
    ("MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id, r, o.id ORDER BY s.id, type(r), o.id", {}),
    ("MATCH p = (c:Claim)-[:SUBJECT]->(e:Entity) RETURN p ORDER BY c.id LIMIT 3", {}),
    ("MATCH (e:Entity) WHERE $k IN e.key RETURN e.id, e.location, e.aliases", {"k": "حمص"}),
    ("UNWIND $xs AS x RETURN x, x * 2.5 AS y, $m AS m", {"xs": [1, 2, 3], "m": {"a": [True, None]}}),
]


@pytest.fixture
def warm(fresh_sample, neo4j_settings):
    if neo4j_settings.uri:
        pytest.skip("the control port is the embedded server's")
    return fresh_sample, neo4j_settings.data_dir


@pytest.mark.parametrize("query,parameters", QUERIES)
def test_rows_are_the_bolt_rows(warm, query, parameters):
    conn, data_dir = warm
    assert warm_query(query, parameters, write=False, data_dir=data_dir) == run_query(conn, query, parameters,
                                                                                        write=False)


def test_read_only_unless_write(warm):
    conn, data_dir = warm
    with pytest.raises(KgError, match=r"this query writes \(SET\)"):
        warm_query("MATCH (n:Entity {id: 'homs'}) SET n.x = 1", {}, write=False, data_dir=data_dir)
    keys, rows = warm_query("MATCH (n:Entity {id: 'homs'}) SET n.x = 1 RETURN n.x AS x", {}, write=True,
                            data_dir=data_dir)
    assert (keys, rows) == (["x"], [[1]])
    assert run_query(conn, "MATCH (n:Entity {id: 'homs'}) RETURN n.x", write=False)[1] == [[1]]


def test_errors_keep_their_kind(warm):
    _, data_dir = warm
    with pytest.raises(KgError, match="rejected the query") as bad:
        warm_query("MATCH (n RETURN n", {}, write=False, data_dir=data_dir)
    assert bad.value.exit_code == 2
    with pytest.raises(ConnectionFailed, match="database 'nope' does not exist"):
        warm_query("RETURN 1", {}, write=False, data_dir=data_dir, database="nope")


def test_not_for_a_uri_credentials_or_no_server(warm, tmp_path, monkeypatch):
    _, data_dir = warm
    assert warm_query("RETURN 1", {}, write=False, data_dir=data_dir, uri="bolt://127.0.0.1:1") is None
    assert warm_query("RETURN 1", {}, write=False, data_dir=data_dir, password="x") is None
    monkeypatch.setenv("NEO4J_USER", "someone")
    assert warm_query("RETURN 1", {}, write=False, data_dir=data_dir) is None
    monkeypatch.delenv("NEO4J_USER")
    assert warm_query("RETURN 1", {}, write=False, data_dir=str(tmp_path)) is None


def test_kg_cypher_never_loads_the_driver(warm):
    _, data_dir = warm
    code = ("import sys; from kg.cli import main; "
            f"rc = main(['cypher', 'MATCH (n:Entity) RETURN count(n) AS n', '--data-dir', {data_dir!r}]); "
            "print('driver loaded' if 'neo4j' in sys.modules else 'no driver', rc)")
    from test_neo4j_cli import embedded_env
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=embedded_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "no driver 0", (done.stdout, done.stderr)
    assert "n\n--\n11\n(1 row)" in done.stdout
