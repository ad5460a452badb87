"""The warm server's control port: how kg commands find, prove, use and stop a running server.

A server that publishes itself (``kg serve``, or one kg starts in the background) listens on a
second loopback port for kg's own requests. Each request opens with a mutual challenge keyed by
DATA_DIR/server.secret (mode 0600, new at every start): the server proves it knows the secret
before the client trusts anything it says (its Bolt port, and so where the password goes), and
the client proves it too before the server acts. Requests are one JSON line each way:

  ping      -> {pid, bolt_port, database}       (every kg command's check; counts as activity)
  stop      -> {stopping: true}                 (kg serve --stop)
  load      -> the load report                  (kg load's rows, written by the direct loader)
  query     -> {keys, rows}                     (kg cypher's statement, run by the server's own
                                                 Bolt driver: the CLI need not load the driver)

The server stops itself after ``idle_timeout`` seconds with no request and no open Bolt
connection. Loads are serialised: two ``kg load`` at once run one after the other.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from kg.errors import ConnectionFailed, KgError

HOST = "127.0.0.1"
START_TIMEOUT = 240.0


class NotOurs(Exception):
    """The control port does not answer as this data directory's server (stale or fake)."""


def _proof(secret: bytes, role: str, nonce: str) -> str:
    return hmac.new(secret, f"kg-{role}:{nonce}".encode(), hashlib.sha256).hexdigest()


def _read_secret(paths) -> bytes | None:
    try:
        return paths.secret.read_text(encoding="utf-8").strip().encode() or None
    except OSError:
        return None


def _send(sock_file, obj) -> None:
    sock_file.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
    sock_file.flush()


def _receive(sock_file, limit: int | None = 1 << 16):
    line = sock_file.readline(limit) if limit else sock_file.readline()
    if not line.endswith(b"\n"):
        raise OSError("connection closed or message too long")
    return json.loads(line)


# --- client side -------------------------------------------------------------------------------

class _Session:
    """One authenticated exchange with the server's control port."""

    def __init__(self, paths, port: int, timeout: float):
        secret = _read_secret(paths)
        if secret is None:
            raise NotOurs("no secret in the data directory")
        try:
            self.sock = socket.create_connection((HOST, port), timeout=timeout)
            # a request is two writes (its line, then its payload): without this the second waits
            # for the first's delayed acknowledgement, ~40 ms on every request
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as exc:
            raise NotOurs(f"control port {port}: {exc}") from None
        self.file = self.sock.makefile("rwb")
        nonce = secrets.token_hex(16)
        try:
            _send(self.file, {"hello": nonce})
            answer = _receive(self.file)
        except (OSError, ValueError) as exc:
            self.close()
            raise NotOurs(f"control port {port} does not answer as kg: {exc}") from None
        if not isinstance(answer, dict) or not hmac.compare_digest(str(answer.get("proof", "")),
                                                                   _proof(secret, "server", nonce)):
            self.close()
            raise NotOurs(f"control port {port} does not know this data directory's secret")
        self.info = answer
        self.client_proof = _proof(secret, "client", str(answer.get("nonce", "")))

    def request(self, op: str, payload=None, timeout: float | None = None) -> dict:
        self.sock.settimeout(timeout)
        _send(self.file, {"proof": self.client_proof, "op": op})
        if payload is not None:
            self.file.write(payload)
            self.file.flush()
        answer = _receive(self.file, limit=None)
        if "error" in answer:
            error_class = ConnectionFailed if answer.get("error_class") == "ConnectionFailed" else KgError
            raise error_class(str(answer["error"]))
        return answer

    def close(self) -> None:
        for thing in (getattr(self, "file", None), self.sock if hasattr(self, "sock") else None):
            try:
                if thing is not None:
                    thing.close()
            except OSError:
                pass


def challenge(paths, port: int, timeout: float = 10.0) -> dict:
    """The server's answer to a ping, once it has proved it holds this data directory's secret."""
    session = _Session(paths, port, timeout)
    try:
        answer = session.request("ping", timeout=timeout)
    except (OSError, ValueError) as exc:
        raise NotOurs(f"control port {port}: {exc}") from None
    finally:
        session.close()
    return {**session.info, **answer}


def call(paths, info, op: str, payload: bytes | None = None, timeout: float | None = None) -> dict:
    """One request to a server ``running_server`` found; errors as one-line KgErrors."""
    try:
        session = _Session(paths, info.control_port, timeout=30)
    except NotOurs as exc:
        raise ConnectionFailed(f"the embedded server on {str(paths.root)!r} stopped answering: {exc}") from None
    try:
        return session.request(op, payload, timeout=timeout)
    except (OSError, ValueError) as exc:
        raise ConnectionFailed(f"the embedded server on {str(paths.root)!r} broke off the {op} request: "
                               f"{exc}") from None
    finally:
        session.close()


class WarmServer:
    """The warm embedded server reached through its control port: statements run by the server's
    own Bolt driver (``connection.run_query``, so rows and errors are what a Bolt client gets),
    loads by its direct loader. This process needs neither the driver (~1 s to import) nor a JVM."""

    def __init__(self, paths, info, database: str):
        self.paths, self.info, self.database = paths, info, database

    @property
    def uri(self) -> str:
        return self.info.uri

    @classmethod
    def find(cls, *, uri: str | None = None, user: str | None = None, password: str | None = None,
             database: str | None = None, data_dir: str | None = None) -> "WarmServer | None":
        """The server running on the data directory, or None when there is none, or when a URI or
        credentials are given (options or NEO4J_* variables): then the caller goes through Bolt."""
        from loaders.neo4j import server as embedded

        env = os.environ.get
        if uri or user or password or env("NEO4J_URI") or env("NEO4J_USER") or env("NEO4J_PASSWORD"):
            return None
        paths = embedded.ServerPaths(embedded.data_dir(data_dir))
        info = embedded.running_server(paths)
        if info is None:
            return None
        return cls(paths, info, database or env("NEO4J_DATABASE") or embedded.DEFAULT_DATABASE)

    def query(self, statement: str, parameters: dict | None = None, *,
              write: bool = True) -> tuple[list[str], list[list]]:
        body = json.dumps({"query": statement, "parameters": parameters or {}, "write": write,
                           "database": self.database}, ensure_ascii=False).encode("utf-8") + b"\n"
        answer = call(self.paths, self.info, "query", body, timeout=None)
        return list(answer["keys"]), list(answer["rows"])

    def run(self, statement: str, **parameters) -> list[dict]:
        """One statement in a write transaction, its records as dicts (as ``load.Writer.run``)."""
        keys, rows = self.query(statement, parameters, write=True)
        return [dict(zip(keys, row)) for row in rows]

    def load(self, rows, batch_size: int):
        """``rows`` (a GraphRows) written by the server's direct loader; its LoadReport."""
        from loaders.neo4j.common import LoadReport
        from loaders.neo4j.rows import rows_to_json

        body = json.dumps({"rows": rows_to_json(rows), "batch_size": batch_size, "database": self.database},
                          ensure_ascii=False).encode("utf-8") + b"\n"
        return LoadReport.from_json(call(self.paths, self.info, "load", body, timeout=None))


def warm_query(query: str, parameters: dict, *, write: bool, uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None,
               data_dir: str | None = None) -> tuple[list[str], list[list]] | None:
    """Run one Cypher statement on the warm embedded server (``WarmServer``), read-only unless
    ``write`` (as ``kg cypher``); None when that does not apply: then go through Bolt."""
    server = WarmServer.find(uri=uri, user=user, password=password, database=database, data_dir=data_dir)
    return None if server is None else server.query(query, parameters, write=write)


def stop_server(paths, timeout: float = 120.0) -> int | None:
    """Stop the server running on this data directory; its pid, or None when none ran."""
    from loaders.neo4j.server import lock_held, running_server

    info = running_server(paths)
    if info is None:
        return None
    call(paths, info, "stop", timeout=30)
    deadline = time.monotonic() + timeout
    while lock_held(paths):
        if time.monotonic() > deadline:
            raise ConnectionFailed(f"the embedded server (pid {info.pid}) did not stop within {timeout:.0f} s")
        time.sleep(0.1)
    return info.pid


def ensure_server(paths, *, password: str | None = None, database: str, idle_timeout: float,
                  note=None):
    """A running server on this data directory: the one there, or one started in the background
    (which then stays up until ``idle_timeout`` seconds pass unused, or kg serve --stop)."""
    from loaders.neo4j.server import running_server, start_lock

    info = running_server(paths)
    if info is not None:
        return info
    with start_lock(paths):
        info = running_server(paths)
        if info is not None:
            return info
        if note:
            note(f"starting the embedded Bolt server on {paths.root} in the background (a JVM: 5-15 s, "
                 f"once); later kg commands reuse it; it stops after {idle_timeout:g} s unused, or with "
                 f"kg serve --stop --data-dir {paths.root}")
        paths.root.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "KG_SERVE_CHILD": "1"}
        if password:
            env["KG_SERVE_PASSWORD"] = password
        repo = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = repo + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        with open(paths.serve_log, "ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "kg.cli", "serve", "--data-dir", str(paths.root), "--database", database,
                 "--idle-timeout", str(idle_timeout)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(paths.root),
                start_new_session=True, close_fds=True)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            info = running_server(paths)
            if info is not None and info.pid == proc.pid:
                return info
            code = proc.poll()
            if code is not None:
                raise ConnectionFailed(f"the embedded server did not start: {_last_line(paths.serve_log)} "
                                       f"(log: {paths.serve_log})")
            if time.monotonic() > deadline:
                proc.kill()
                raise ConnectionFailed(f"the embedded server did not start within {START_TIMEOUT:.0f} s "
                                       f"(log: {paths.serve_log})")
            time.sleep(0.1)


def _last_line(path: Path) -> str:
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no output"
    lines = [ln for ln in lines if "error" in ln.lower()] or lines
    return lines[-1].strip()[:300] if lines else "no output"


# --- server side -------------------------------------------------------------------------------

def bolt_connections(port: int) -> int:
    """Established TCP connections to ``port`` on this machine (Linux /proc; 0 elsewhere)."""
    n = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as f:
                next(f)
                for line in f:
                    parts = line.split()
                    if parts[3] == "01" and int(parts[1].rsplit(":", 1)[1], 16) == port:
                        n += 1
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return n


class ControlServer:
    """The control port of a published EmbeddedServer (threads; stops the process when idle)."""

    def __init__(self, server, secret: bytes, idle_timeout: float | None):
        self.server, self.secret, self.idle_timeout = server, secret, idle_timeout
        self.listener = socket.create_server((HOST, 0))
        self.port = self.listener.getsockname()[1]
        self.load_lock = threading.Lock()
        self.connections: dict[str, object] = {}       # database -> Bolt connection for "query"
        self.connections_lock = threading.Lock()
        self.busy = 0
        self.last_activity = time.monotonic()
        self._closed = threading.Event()
        threading.Thread(target=self._accept, name="kg-control", daemon=True).start()
        if idle_timeout:
            threading.Thread(target=self._watch_idle, name="kg-idle", daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        with self.connections_lock:
            for conn in self.connections.values():
                try:
                    conn.driver.close()
                except Exception:           # noqa: BLE001 - closing down anyway
                    pass
            self.connections.clear()
        try:
            self.listener.close()
        except OSError:
            pass

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve_one, args=(conn,), daemon=True).start()

    def _serve_one(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        f = conn.makefile("rwb")
        try:
            hello = _receive(f)
            nonce = secrets.token_hex(16)
            _send(f, {"proof": _proof(self.secret, "server", str(hello.get("hello", ""))), "nonce": nonce})
            request = _receive(f)
            if not hmac.compare_digest(str(request.get("proof", "")), _proof(self.secret, "client", nonce)):
                return
            conn.settimeout(None)           # authenticated: a load may take minutes
            self.busy += 1
            self.last_activity = time.monotonic()
            try:
                _send(f, self._handle(str(request.get("op")), f))
            finally:
                self.busy -= 1
                self.last_activity = time.monotonic()
        except (OSError, ValueError, AttributeError):
            pass
        finally:
            for thing in (f, conn):
                try:
                    thing.close()
                except OSError:
                    pass

    def _handle(self, op: str, f) -> dict:
        srv = self.server
        if op == "ping":
            return {"pid": os.getpid(), "bolt_port": srv.bolt_port, "database": srv.database}
        if op == "stop":
            threading.Timer(0.1, _stop_process).start()
            return {"stopping": True}
        if op == "load":
            from loaders.neo4j.direct import python_gc_paused
            with python_gc_paused():            # the rows' JSON is read with the collector off too
                body = _receive(f, limit=None)
                try:
                    return self._load(body)
                except KgError as exc:
                    return {"error": str(exc)}
                except Exception as exc:    # noqa: BLE001 - reported to the client as one line
                    return {"error": f"the load failed in the embedded server: {type(exc).__name__}: "
                                     f"{str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ''}"}
        if op == "query":
            body = _receive(f, limit=None)
            try:
                return self._query(body)
            except KgError as exc:
                return {"error": str(exc), "error_class": type(exc).__name__}
            except Exception as exc:        # noqa: BLE001 - reported to the client as one line
                return {"error": f"the query failed in the embedded server: {type(exc).__name__}: "
                                 f"{str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ''}"}
        return {"error": f"unknown request {op!r}"}

    def _query(self, body: dict) -> dict:
        from loaders.neo4j.connection import run_query

        keys, rows = run_query(self._connection(str(body["database"])), str(body["query"]),
                               body.get("parameters") or {}, write=bool(body.get("write")))
        return {"keys": keys, "rows": rows}

    def _connection(self, database: str):
        """A verified Bolt connection of this server to itself, one per database, kept for later queries."""
        from loaders.neo4j import server as embedded
        from loaders.neo4j.connection import _verified

        with self.connections_lock:
            conn = self.connections.get(database)
            if conn is None:
                srv = self.server
                conn = _verified(srv.uri, embedded.USER, srv.password, database, True)
                self.connections[database] = conn
            return conn

    def _load(self, body: dict) -> dict:
        from loaders.neo4j.direct import load_direct

        with self.load_lock:
            report = load_direct(self.server.database_handle(body.get("database")), body["rows"],
                                 batch_size=int(body.get("batch_size", 5000)))
        return report.to_json()

    def _watch_idle(self) -> None:
        step = min(5.0, max(0.2, self.idle_timeout / 4))
        while not self._closed.wait(step):
            if self.busy or bolt_connections(self.server.bolt_port):
                self.last_activity = time.monotonic()
            elif time.monotonic() - self.last_activity >= self.idle_timeout:
                _stop_process()
                return


def _stop_process() -> None:
    """Ask this process's main loop (kg serve) to stop cleanly, as SIGTERM does."""
    os.kill(os.getpid(), signal.SIGTERM)
