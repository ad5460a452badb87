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

import json
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

pytestmark = pytest.mark.slow      # faults of an embedded Neo4j server: the full suite runs it, -m 'not slow' does not

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
    return {**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "KG_DATA_DIR"},
            "KG_SERVE_IDLE": "0"}


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

@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


# ---------------------------------------------------------------- issue 17: 13, 16, 17, 20, 21

@pytest.mark.parametrize("uri", ["bolt://[::1", "bolt://127.0.0.1:99999", "bolt://:7687", "neo4j://h:0"])
def test_malformed_uri_is_one_line(kg, uri):
    run = kg("load", SAMPLE, "--uri", uri, "--password", SECRET)
    assert run.code == 3, run.text
    assert "Traceback" not in run.text and len(run.err.strip().splitlines()) == 1
    assert "URI" in run.err and SECRET not in run.text


def test_cypher_is_read_only_unless_write(kg, server, conn):
    from loaders.neo4j import clear, load_graph, run_query
    clear(conn)
    load_graph(conn, read_graph(SAMPLE))
    opts = ["--uri", server.uri, "--user", "root", "--password", SECRET]
    for query in ("MATCH (n) DETACH DELETE n RETURN count(*)", "MATCH (n:Entity) SET n.x = 1 RETURN n",
                  "CREATE (:Entity {id: 'new'})", "UNWIND [1] AS i MERGE (:Entity {id: 'm'})",
                  "match (n) detach\n delete n"):
        run = kg("cypher", query, *opts)
        assert run.code == 2 and "--write" in run.err and "Traceback" not in run.text, run.text
    assert run_query(conn, "MATCH (n:Entity) RETURN count(n)")[1] == [[11]]
    run = kg("cypher", "MATCH (n:Entity {id: 'homs'}) SET n.checked = true RETURN n.id AS id", *opts, "--write")
    assert run.code == 0 and "homs" in run.out
    assert run_query(conn, "MATCH (n:Entity {id: 'homs'}) RETURN n.checked")[1] == [[True]]


def test_read_transaction_is_never_committed(server, conn):
    """Past the clause check (a write the check cannot see), the read transaction is rolled back."""
    from loaders.neo4j import clear, load_graph, run_query
    from loaders.neo4j.connection import writing_clause
    clear(conn)
    load_graph(conn, read_graph(SAMPLE))
    import loaders.neo4j.connection as connection
    saved = connection.writing_clause
    connection.writing_clause = lambda q: None
    try:
        run_query(conn, "MATCH (n:Entity {id: 'homs'}) SET n.sneaky = 1 RETURN n.id", write=False)
    except Exception:       # noqa: BLE001 - a server that enforces READ mode refuses it: also fine
        pass
    finally:
        connection.writing_clause = saved
    assert run_query(conn, "MATCH (n:Entity {id: 'homs'}) RETURN n.sneaky")[1] == [[None]]
    # names, strings and comments that merely contain a keyword are not writes
    for q in ("MATCH (n) RETURN n.set, n.`create`, 'DELETE me' AS s // MERGE", "MATCH (n:Created) RETURN n"):
        assert writing_clause(q) is None


def test_fake_server_json_never_gets_the_password(tmp_path):
    """A server.json naming a listener that is not kg's: no credential is sent, the file is removed."""
    from kg.errors import ConnectionFailed
    from loaders.neo4j import Settings, connect
    from loaders.neo4j.server import ServerLock, ServerPaths, ensure_password, running_server

    paths = ServerPaths(tmp_path.resolve())
    password = ensure_password(paths, SECRET)
    received = bytearray()
    fake = socket.create_server(("127.0.0.1", 0))
    port = fake.getsockname()[1]

    def listen():
        while True:
            try:
                c, _ = fake.accept()
            except OSError:
                return
            c.settimeout(2)
            try:
                c.sendall(b'{"proof": "0", "nonce": "x", "pid": %d, "bolt_port": %d}\n' % (os.getpid(), port))
                while data := c.recv(65536):
                    received.extend(data)
            except OSError:
                pass
            c.close()
    threading.Thread(target=listen, daemon=True).start()
    state = json.dumps({"pid": os.getpid(), "bolt_port": port, "control_port": port, "database": "neo4j"})
    try:
        # 1. a stale file (no live server holds the lock; pid and port happen to be alive)
        paths.state.write_text(state)
        assert running_server(paths) is None and not paths.state.exists()
        # 2. a live lock, but the control port does not know the secret
        lock = ServerLock(paths)
        assert lock.acquire()
        try:
            paths.secret.write_text("the-real-secret\n")
            paths.state.write_text(state)
            assert running_server(paths) is None and not paths.state.exists()
            paths.state.write_text(state)
            with pytest.raises(ConnectionFailed):
                with connect(Settings(data_dir=str(paths.root)), start_embedded=False):
                    pass
        finally:
            lock.release()
    finally:
        fake.close()
    assert password.encode() not in bytes(received) and b"root" not in bytes(received)


@pytest.mark.parametrize("round_", range(6))
def test_two_loads_at_once_both_succeed_and_give_exact_counts(server, round_):
    """Two Bolt loads of overlapping graphs at the same moment: MERGE races on a uniqueness
    constraint are retried, so neither fails half-way (it failed with ConstraintValidationFailed),
    and no relationship is made twice (without the shared write lock about one round in eight
    left a duplicate relationship or failed on the uniqueness index)."""
    from loaders.neo4j import clear, counts, load_graph
    g = read_graph(SAMPLE)
    with _closing(connection(server.uri)) as c:
        clear(c)
    errors, barrier = [], threading.Barrier(2)

    def one():
        try:
            with _closing(connection(server.uri, retry_seconds=30)) as c:
                barrier.wait()
                load_graph(c, g, batch_size=2)
        except Exception as exc:    # noqa: BLE001 - collected for the assertion
            errors.append(exc)
    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    with _closing(connection(server.uri)) as c:
        assert exact(counts(c), g)


def exact(got, g) -> bool:
    from loaders.neo4j.rows import graph_rows
    rows = graph_rows(g)
    relations = sum(n for t, n in got.relationships.items() if t.isupper() and t not in
                    ("SUBJECT", "OBJECT", "IN_ARTICLE", "ATTRIBUTED_TO", "PUBLISHED_BY", "MENTIONS"))
    return (got.nodes.get("Entity"), got.nodes.get("Article"), got.nodes.get("Claim"), relations,
            got.relationships.get("MENTIONS")) == (len(rows.entities), len(rows.articles), len(rows.claims),
                                                    len(rows.relations), len(rows.mentions))


@pytest.mark.slow
def test_two_kg_loads_into_the_embedded_server_at_once(server):
    """The direct path through the warm server: loads are serialised there."""
    from loaders.neo4j import counts
    with _closing(connection(server.uri)) as c:
        from loaders.neo4j import clear
        clear(c)
    cmd = [sys.executable, "-m", "kg.cli", "load", str(SAMPLE), "--data-dir", str(server.data_dir)]
    procs = [subprocess.Popen(cmd, cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all("(direct)" in out for out, _ in outs)
    with _closing(connection(server.uri)) as c:
        assert exact(counts(c), read_graph(SAMPLE))


def test_csv_cells_that_start_a_formula_are_escaped():
    import io

    from kg.commands.cypher import print_rows
    out = io.StringIO()
    print_rows(["a", "b"], [["=HYPERLINK(\"http://x\")", "+1"], ["-2+3", "@SUM(A1)"], [-5, 2.5], ["\tx", "ok"]],
               "csv", out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "\"'=HYPERLINK(\"\"http://x\"\")\",'+1"
    assert lines[2] == "'-2+3,'@SUM(A1)"
    assert lines[3] == "-5,2.5"                      # numbers stay numbers
    assert lines[4].startswith("'\tx")


def test_driver_log_records_do_not_reach_stderr():
    code = ("import logging, loaders.neo4j.connection; "
            "logging.getLogger('neo4j').warning('[#0000] _: <CONNECTION> error: failed to read')")
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=_env(), capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == ""
