"""Neo4j under faults, with the embedded Bolt server (``kg serve``, killed and restarted here):

- a server that is down, or a wrong password: one clear line and exit code 3, no traceback, and
  the password nowhere in the output, the driver's log records or the server's log;
- the connection lost in the middle of a load: the transaction is retried and the load ends
  with exactly the rows of an uninterrupted one;
- the server killed (SIGKILL) in the middle of a load, restarted, the load run again: exactly
  the database an uninterrupted load gives;
- hostile names, ids and sentences go in as parameters and come back byte for byte; a hostile
  type code is refused before anything is written.
"""
from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("arcadedb_embedded")
neo4j = pytest.importorskip("neo4j")

from kg.graph import build_graph, read_graph  # noqa: E402
from kg.types import ArticleExtraction, ArticleInfo, EntityRecord  # noqa: E402

from .hostile import ALL, ARTICLE_ID, CYPHER, NODE_ID, SENTENCE, hostile_graph  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "sample_graph.json"
SECRET = "S3cret-Pa55word-for-the-test"
START_TIMEOUT = 180


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "KG_DATA_DIR"}


class Serve:
    """A ``kg serve`` subprocess on one data directory, which the tests may kill and restart."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.proc: subprocess.Popen | None = None
        self.out = data_dir.parent / "serve.out"

    def start(self) -> "Serve":
        from loaders.neo4j.server import ServerPaths, running_server
        log = open(self.out, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--data-dir", str(self.data_dir),
                                      "--port", "0", "--password", SECRET],
                                     cwd=REPO, env=_env(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while (info := running_server(ServerPaths(self.data_dir))) is None or info.pid != self.proc.pid:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.proc.kill()
                pytest.fail(f"kg serve did not start:\n{self.out.read_text(errors='replace')}")
            time.sleep(0.2)
        self.port = info.bolt_port
        return self

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("neo4j_faults") / "data"
    data_dir.mkdir()
    srv = Serve(data_dir).start()
    yield srv
    srv.stop()


def connection(uri: str, retry_seconds: float = 5.0):
    """A Connection (the loader's public record) with a short retry budget, so a dead server
    fails a test in seconds rather than the default 30."""
    from loaders.neo4j import Connection
    driver = neo4j.GraphDatabase.driver(uri, auth=("root", SECRET), max_transaction_retry_time=retry_seconds,
                                        connection_acquisition_timeout=5, connection_timeout=5)
    return Connection(driver, uri, "root", "neo4j", True)


@pytest.fixture
def conn(server):
    c = connection(server.uri)
    yield c
    c.driver.close()


def snapshot(conn) -> tuple[list, list]:
    """Every kg node and relationship with all properties, sorted (independent of load order)."""
    from loaders.neo4j import run_query
    nodes, rels = [], []
    for label in ("Entity", "Article", "Claim"):
        _, rows = run_query(conn, f"MATCH (n:{label}) RETURN n.id, labels(n), properties(n)")
        nodes += [(i, sorted(labels), sorted((k, repr(v)) for k, v in props.items())) for i, labels, props in rows]
        _, rows = run_query(conn, f"MATCH (n:{label})-[r]->(m) RETURN n.id, type(r), m.id, properties(r)")
        rels += [(a, t, b, sorted((k, repr(v)) for k, v in props.items())) for a, t, b, props in rows]
    return sorted(nodes, key=repr), sorted(rels, key=repr)


# ---------------------------------------------------------------- a proxy that drops connections

class DroppingProxy:
    """A TCP proxy to the server that, once, after ``after`` bytes from the client, calls
    ``on_trigger`` and cuts every connection it carries (the client sees the connection lost)."""

    def __init__(self, port: int, after: int, on_trigger=None):
        self.target, self.after, self.on_trigger = port, after, on_trigger
        self.sent, self.triggered, self.lock = 0, threading.Event(), threading.Lock()
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target), timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src, dst, counting: bool):
        try:
            while data := src.recv(65536):
                if counting and not self.triggered.is_set():
                    with self.lock:
                        self.sent += len(data)
                        fire = self.sent >= self.after and not self.triggered.is_set()
                        if fire:
                            self.triggered.set()
                    if fire:
                        if self.on_trigger:
                            self.on_trigger()
                        self._cut()
                        return
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.close()
                except OSError:
                    pass

    def _cut(self):
        for s in list(self.sockets):
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self.sockets.clear()

    def close(self):
        self.listener.close()
        self._cut()


# ---------------------------------------------------------------- injection

def test_hostile_strings_go_in_as_parameters_and_come_back_exactly(conn):
    from loaders.neo4j import clear, load_graph, run_query
    clear(conn)
    load_graph(conn, read_graph(SAMPLE))
    before = snapshot(conn)
    report = load_graph(conn, hostile_graph())
    assert (report.entities, report.articles, report.claims) == (3, 2, 2)
    _, rows = run_query(conn, "MATCH (n:Entity {id: $id}) RETURN n.name, n.aliases", {"id": NODE_ID})
    ((name, aliases),) = rows
    assert name == ALL
    assert sorted(aliases) == sorted(hostile_graph().nodes[NODE_ID]["aliases"])
    _, rows = run_query(conn, "MATCH (a:Article {id: $id}) RETURN a.title, a.url", {"id": ARTICLE_ID})
    assert rows and rows[0][1].startswith("javascript:alert(1)//")
    _, rows = run_query(conn, "MATCH (c:Claim) WHERE c.sentence = $s RETURN count(c)", {"s": SENTENCE})
    assert rows == [[2]]
    nodes_before = {n[0] for n in before[0]}
    nodes_after = {n[0] for n in snapshot(conn)[0]}
    assert nodes_before < nodes_after, "nothing the hostile graph says was run: the sample graph is intact"


@pytest.mark.parametrize("where", ["entity", "relation"])
def test_hostile_type_code_is_refused_before_anything_is_written(conn, where):
    from kg.errors import KgError
    from kg.types import Claim, Provenance
    from loaders.neo4j import clear, counts, load_graph
    clear(conn)
    load_graph(conn, read_graph(SAMPLE))
    before = counts(conn)
    bad = f"Person`) {CYPHER} //"
    a = EntityRecord("a", "Person" if where == "relation" else bad, "أ")
    b = EntityRecord("b", "Person", "ب")
    prov = Provenance("x", "جملة", 0, 4, None, False, None, "r", 1.0)
    claims = (Claim("a", bad if where == "relation" else "MEMBER_OF", "b", prov),)
    g = build_graph([ArticleExtraction(ArticleInfo("x", "h"), (a, b), (), claims)])
    with pytest.raises(KgError) as err:
        load_graph(conn, g)
    assert "valid:" in str(err.value) or "unknown" in str(err.value)
    assert counts(conn) == before


# ---------------------------------------------------------------- server down, wrong password, secrets

def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assert_secret_absent(*texts):
    for text in texts:
        assert SECRET not in text
        assert SECRET[:10] not in text


def test_server_down_is_one_clear_line_and_exit_code_3(kg, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    uri = f"bolt://127.0.0.1:{closed_port()}"
    run = kg("load", SAMPLE, "--uri", uri, "--user", "root", "--password", SECRET)
    assert run.code == 3
    assert run.err.strip().startswith("kg load: error: cannot reach a Neo4j server at") and uri in run.err
    assert "Traceback" not in run.text and len(run.err.strip().splitlines()) == 1
    assert_secret_absent(run.text, caplog.text)


def test_wrong_password_is_reported_without_either_password(kg, server, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "Wr0ng-" + SECRET[::-1]
    run = kg("cypher", "RETURN 1", "--uri", server.uri, "--user", "root", "--password", wrong)
    assert run.code == 3 and "authentication failed" in run.err and "Traceback" not in run.text
    assert_secret_absent(run.text, caplog.text)
    assert wrong not in run.text and wrong not in caplog.text
    server_log = server.data_dir / "arcadedb.log"
    if server_log.exists():
        assert wrong not in server_log.read_text(errors="replace")


def test_credentials_in_the_uri_never_echo(kg, caplog):
    caplog.set_level(logging.DEBUG)
    port = closed_port()
    run = kg("load", SAMPLE, "--uri", f"bolt://root:{SECRET}@127.0.0.1:{port}", "--password", SECRET)
    assert run.code == 3 and f"bolt://127.0.0.1:{port}" in run.err
    assert_secret_absent(run.text, caplog.text)


def test_password_from_the_environment_never_echoes(kg, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("NEO4J_URI", f"neo4j://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    run = kg("cypher", "MATCH (n) RETURN n")
    assert run.code == 3 and "Traceback" not in run.text
    assert_secret_absent(run.text, caplog.text)


def test_bad_query_is_one_line_without_secrets(kg, server):
    run = kg("cypher", "MATCH (n RETURN n", "--uri", server.uri, "--user", "root", "--password", SECRET)
    assert run.code == 2 and "rejected the query" in run.err and "Traceback" not in run.text
    assert_secret_absent(run.text)


def test_serve_output_and_server_files_hold_no_password_but_the_password_file(server):
    assert_secret_absent(server.out.read_text(errors="replace"))
    for p in server.data_dir.rglob("*"):
        if p.is_file() and p.name != "password" and p.stat().st_size < 5_000_000 and "databases" not in p.parts:
            assert SECRET.encode() not in p.read_bytes(), f"{p} holds the password"
    assert (server.data_dir / "password").stat().st_mode & 0o077 == 0


# ---------------------------------------------------------------- connection lost, server killed

BATCH = 3


@pytest.fixture(scope="module")
def reference(server):
    """The database after an uninterrupted load of the sample graph in small batches, and how
    many bytes the client sent for that load (to cut the next ones halfway)."""
    from loaders.neo4j import clear, load_graph
    with _closing(connection(server.uri)) as direct:
        clear(direct)
    proxy = DroppingProxy(server.port, after=10 ** 12)
    try:
        with _closing(connection(proxy.uri)) as counted:
            load_graph(counted, read_graph(SAMPLE), batch_size=BATCH)
            return snapshot(counted), proxy.sent
    finally:
        proxy.close()


def test_connection_lost_mid_load_is_retried_and_the_load_completes(server, reference):
    from loaders.neo4j import clear, load_graph
    database, sent = reference
    with _closing(connection(server.uri)) as direct:
        clear(direct)
    proxy = DroppingProxy(server.port, after=sent // 2)
    try:
        with _closing(connection(proxy.uri, retry_seconds=20)) as via_proxy:
            load_graph(via_proxy, read_graph(SAMPLE), batch_size=BATCH)
        assert proxy.triggered.is_set(), "the connection was cut during the load"
    finally:
        proxy.close()
    with _closing(connection(server.uri)) as direct:
        assert snapshot(direct) == database


def test_server_killed_mid_load_then_restarted_and_rerun_gives_the_same_database(server, reference):
    from kg.errors import KgError
    from loaders.neo4j import clear, load_graph
    database, sent = reference
    with _closing(connection(server.uri)) as direct:
        clear(direct)
    proxy = DroppingProxy(server.port, after=sent // 2, on_trigger=server.kill)
    try:
        with _closing(connection(proxy.uri, retry_seconds=2)) as doomed:
            with pytest.raises(KgError) as err:
                load_graph(doomed, read_graph(SAMPLE), batch_size=BATCH)
        assert "cannot reach" in str(err.value) and SECRET not in str(err.value)
        assert proxy.triggered.is_set() and server.proc.poll() is not None, "the server died mid-load"
    finally:
        proxy.close()
    server.start()
    with _closing(connection(server.uri)) as again:
        partial = snapshot(again)
        assert partial != database, "the kill came before the load finished"
        assert partial[0], "the kill came after some of the load was committed"
        load_graph(again, read_graph(SAMPLE), batch_size=BATCH)
        assert snapshot(again) == database


class _closing:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc):
        self.conn.driver.close()


def test_kg_cypher_param_carries_a_hostile_value_as_data(server, conn):
    from loaders.neo4j import clear, load_graph
    clear(conn)
    load_graph(conn, hostile_graph())
    # a subprocess: kg.commands.cypher binds sys.stdout when imported, which pytest's capture replaces;
    # the value as a JSON string, since a command line cannot hold its NUL
    import json
    run = subprocess.run([sys.executable, "-m", "kg.cli", "cypher", "MATCH (n:Entity) WHERE n.name = $name "
                          "RETURN n.id AS id", "--param", "name=" + json.dumps(ALL), "--format", "json", "--uri", server.uri,
                          "--user", "root", "--password", SECRET], cwd=REPO, env=_env(), capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["id"] for line in run.stdout.splitlines() if line.strip()] == [NODE_ID]
    assert_secret_absent(run.stdout + run.stderr)
