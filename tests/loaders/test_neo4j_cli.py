"""kg load / kg cypher / kg serve as a user runs them: separate processes, clear errors."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow      # runs kg against an embedded Neo4j server: the full suite runs it, -m 'not slow' does not

REPO = Path(__file__).resolve().parents[2]
SAMPLE_GRAPH = REPO / "tests" / "fixtures" / "sample_graph.json"


def embedded_env() -> dict:
    """The environment for a kg process that must use the embedded server."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "KG_DATA_DIR"},
            "KG_SERVE_IDLE": "0"}


def kg(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, env=env or embedded_env(),
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def target(neo4j_settings) -> tuple[list[str], dict]:
    """Options and environment that point a kg process at the session's server."""
    if neo4j_settings.uri:
        return [], dict(os.environ)
    return ["--data-dir", neo4j_settings.data_dir], embedded_env()


def test_load_then_cookbook_query(target):
    opts, env = target
    done = kg("load", str(SAMPLE_GRAPH), "--replace", *opts, env=env)
    assert done.returncode == 0, done.stderr
    assert "11 entities, 9 relationships, 9 claims, 2 articles" in done.stdout
    again = kg("load", str(SAMPLE_GRAPH), *opts, env=env)
    assert again.stdout.splitlines()[-1] == done.stdout.splitlines()[-1]      # same totals
    out = kg("cypher", "--file", "queries/city_control.cypher", "--param", "city=Homs", "--format", "json",
             *opts, env=env)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["actor_id"] for line in out.stdout.splitlines()] == ["hts", "syrian_opposition"]


def test_table_output(target):
    opts, env = target
    out = kg("cypher", "MATCH (c:Entity:City) RETURN c.name_en AS city ORDER BY city", *opts, env=env)
    assert out.stdout.splitlines() == ["city", "---------", "Al-Qusayr", "Damascus", "Homs", "(3 rows)"]


def _fails_cleanly(done: subprocess.CompletedProcess, code: int, message: str, secret: str | None = None) -> None:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and message in done.stderr, done.stderr
    if secret:
        assert secret not in done.stdout + done.stderr


def test_wrong_password(target):
    opts, env = target
    secret = "wrong-pass-8472"
    _fails_cleanly(kg("cypher", "RETURN 1", "--password", secret, *opts, env=env), 3, "authentication failed", secret)


def test_missing_database(target):
    opts, env = target
    _fails_cleanly(kg("cypher", "RETURN 1", "--database", "kg_no_such_db", *opts, env=env), 3,
                   "database 'kg_no_such_db' does not exist")


def test_unreachable_server():
    _fails_cleanly(kg("load", str(SAMPLE_GRAPH), "--uri", "bolt://127.0.0.1:9", "--password", "pw-5521"), 3,
                   "cannot reach a Neo4j server at bolt://127.0.0.1:9", "pw-5521")


def test_bad_query(target):
    opts, env = target
    _fails_cleanly(kg("cypher", "MATCH (n RETURN n", *opts, env=env), 2, "rejected the query")


def test_bad_query_file_is_named():
    from argparse import Namespace

    from kg.commands.cypher import query_text
    from kg.errors import InputError

    with pytest.raises(InputError, match="no query file at 'queries/no_such.cypher'"):
        query_text(Namespace(query=None, file="queries/no_such.cypher"))
    with pytest.raises(InputError, match="either a query or --file"):
        query_text(Namespace(query="RETURN 1", file="queries/city_control.cypher"))


def test_serve_prints_how_to_connect_but_not_the_password(neo4j_settings):
    if neo4j_settings.uri:
        pytest.skip("only for the embedded server")
    from loaders.neo4j.server import ServerPaths, read_password, running_server

    root = Path(neo4j_settings.data_dir)
    text = (root.parent / "serve.out").read_text()
    info = running_server(ServerPaths(root))
    assert info.uri in text and "user:     root" in text and f"stored in {root / 'password'}" in text
    assert read_password(ServerPaths(root)) not in text
    assert stat.S_IMODE((root / "password").stat().st_mode) == 0o600


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of the sockets listening on ``port`` (Linux /proc/net/tcp, tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_serve_listens_on_loopback_only(neo4j_settings):
    if neo4j_settings.uri or not Path("/proc/net/tcp").exists():
        pytest.skip("only for the embedded server, on Linux")
    from loaders.neo4j.server import ServerPaths, running_server

    port = running_server(ServerPaths(Path(neo4j_settings.data_dir))).bolt_port
    loopback = {"0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"}
    assert _listening_addresses(port) and _listening_addresses(port) <= loopback


@pytest.mark.slow
def test_no_server_configured_starts_the_embedded_one(tmp_path):
    """The fresh-clone path: no server anywhere; kg load starts one, stores the data and the
    password in the data directory, and a later kg cypher finds the data there."""
    data, cwd = tmp_path / "data", tmp_path / "cwd"
    cwd.mkdir()
    done = kg("load", str(SAMPLE_GRAPH), "--data-dir", str(data), cwd=cwd)
    assert done.returncode == 0, done.stderr
    assert "(embedded)" in done.stdout
    assert stat.S_IMODE((data / "password").stat().st_mode) == 0o600
    assert not (data / "server.json").exists() and list(cwd.iterdir()) == []   # nothing left in the cwd
    out = kg("cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json", cwd=cwd,
             env={**embedded_env(), "KG_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"n": 11}


def test_credentials_in_a_uri_are_used_never_echoed():
    _fails_cleanly(kg("cypher", "RETURN 1", "--uri", "bolt://someone:uri-pw-3318@127.0.0.1:9"), 3,
                   "cannot reach a Neo4j server at bolt://127.0.0.1:9", "uri-pw-3318")
    from loaders.neo4j.connection import split_credentials

    assert split_credentials("neo4j://u:p%40ss@db.example.org:7687") == ("neo4j://db.example.org:7687", "u", "p@ss")
    assert split_credentials("bolt://127.0.0.1:7687") == ("bolt://127.0.0.1:7687", None, None)


def test_loading_another_graph_warns_and_says_how_to_replace_or_keep(target):
    """A second graph loaded into a database that holds another is merged there: kg says so and how to
    replace it or keep both; --keep loads without the warning and --replace holds only the new graph."""
    opts, env = target
    examples = str(REPO / "tests" / "golden" / "examples_graph.json")
    try:
        assert kg("load", str(SAMPLE_GRAPH), "--replace", *opts, env=env).returncode == 0
        merged = kg("load", examples, *opts, env=env)
        assert merged.returncode == 0, merged.stderr
        assert "already holds 2 article(s)" in merged.stderr and "--replace" in merged.stderr \
            and "--keep" in merged.stderr, merged.stderr
        kept = kg("load", examples, "--keep", *opts, env=env)
        assert kept.returncode == 0 and "warning" not in kept.stderr, kept.stderr
        replaced = kg("load", examples, "--replace", *opts, env=env)
        assert replaced.returncode == 0 and "warning" not in replaced.stderr
        assert replaced.stdout.startswith("deleted ")
        again = kg("load", examples, *opts, env=env)          # only this graph's articles: no warning
        assert "warning" not in again.stderr, again.stderr
    finally:
        kg("load", str(SAMPLE_GRAPH), "--replace", *opts, env=env)      # as the other tests expect
