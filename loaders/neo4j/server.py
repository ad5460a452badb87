"""The embedded default: an ArcadeDB server (from the arcadedb-embedded wheel, JVM bundled) with
its Neo4j Bolt plugin, so the official neo4j driver, cypher-shell or any Bolt client can use it.

Everything lives in one data directory the user chooses (``--data-dir``, ``KG_DATA_DIR``, or
``./.kg/neo4j``):

  arcadedb/        ArcadeDB's server root (databases, users, event logs)
  password         the root password, mode 0600 (generated at first start unless one is given)
  server.lock      locked (flock) by the process that runs the server, for as long as it runs:
                   the operating system drops the lock when that process dies, however it dies,
                   so a crash never leaves a server that looks alive
  server.secret    a random secret, mode 0600, new at every start: kg proves to itself that the
                   server named in server.json is its own (a challenge on the control port)
                   before it sends the password
  server.json      while a server runs: its pid, Bolt port and control port
  serve.log        the output of a server kg started in the background
  arcadedb.log.0   ArcadeDB's own log (instead of ./log in whatever directory kg ran from)

It listens on loopback only. ArcadeDB locks a database while a server has it open, so a second
process reaches it through Bolt (queries) or the control port (loads) instead of the files.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConnectionFailed

try:
    import fcntl
except ImportError:                 # pragma: no cover - not Linux/macOS: no cross-process lock
    fcntl = None

DEFAULT_DATA_DIR = Path(".kg") / "neo4j"
DEFAULT_DATABASE = "neo4j"         # Neo4j's own default name, so clients that name none still land here
DEFAULT_BOLT_PORT = 7687
DEFAULT_IDLE_SECONDS = 900         # a server kg starts in the background stops after 15 idle minutes
USER = "root"
HOST = "127.0.0.1"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    return Path(explicit or os.environ.get("KG_DATA_DIR") or DEFAULT_DATA_DIR).expanduser().resolve()


def idle_seconds() -> float:
    """How long a background server waits idle before it stops ($KG_SERVE_IDLE; 0: kg starts no
    background server and runs one inside each command instead)."""
    raw = os.environ.get("KG_SERVE_IDLE", "")
    try:
        return max(0.0, float(raw)) if raw.strip() else float(DEFAULT_IDLE_SECONDS)
    except ValueError:
        raise ConnectionFailed(f"KG_SERVE_IDLE must be a number of seconds, got {raw!r}", value=raw) from None


@dataclass(frozen=True)
class ServerPaths:
    root: Path

    @property
    def arcadedb(self) -> Path:
        return self.root / "arcadedb"

    @property
    def password(self) -> Path:
        return self.root / "password"

    @property
    def state(self) -> Path:
        return self.root / "server.json"

    @property
    def lock(self) -> Path:
        return self.root / "server.lock"

    @property
    def start_lock(self) -> Path:
        return self.root / "start.lock"

    @property
    def secret(self) -> Path:
        return self.root / "server.secret"

    @property
    def serve_log(self) -> Path:
        return self.root / "serve.log"

    @property
    def log(self) -> Path:
        return self.root / "arcadedb.log"

    @property
    def log_config(self) -> Path:
        return self.root / "arcadedb-log.properties"


@dataclass(frozen=True)
class ServerInfo:
    """A running server, as it answered the challenge (never the password)."""
    pid: int
    bolt_port: int
    control_port: int
    database: str

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (mode 0600 from the start, not chmod after)."""
    from kg.fsutil import atomic_open
    with atomic_open(path, "w", encoding="utf-8", permissions=stat.S_IRUSR | stat.S_IWUSR) as f:
        f.write(text)


def read_password(paths: ServerPaths) -> str | None:
    try:
        return paths.password.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def ensure_password(paths: ServerPaths, given: str | None = None) -> str:
    """The stored password; at first start store ``given`` or a generated one (file mode 0600)."""
    stored = read_password(paths)
    if stored is not None:
        return stored
    password = given or secrets.token_urlsafe(24)
    paths.root.mkdir(parents=True, exist_ok=True)
    _write_private(paths.password, password + "\n")
    return password


def free_port(preferred: int | None = None) -> int:
    """``preferred`` when nothing holds it, else a port the OS hands out. The probe binds without
    SO_REUSEADDR: a port still in TIME_WAIT after a server that just stopped (the benchmark's and
    the tests' servers, one after another) then counts as taken, as it does for the Bolt
    listener, which otherwise failed to start there ("Unable to listen for BOLT connections")."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, preferred or 0))
        except OSError:
            if not preferred:
                raise
            s.bind((HOST, 0))
        return s.getsockname()[1]


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return True
    return False


# --- the server lock ---------------------------------------------------------------------------

class ServerLock:
    """An exclusive flock on DATA_DIR/server.lock, held while a server runs."""

    def __init__(self, paths: ServerPaths):
        self.paths = paths
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.paths.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.paths.lock, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return False
                raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)          # closing the descriptor drops the flock
            self._fd = None


def lock_held(paths: ServerPaths) -> bool:
    """Whether some process (this one included) holds the server lock of this data directory."""
    if fcntl is None or not paths.lock.exists():
        return fcntl is None and paths.state.exists()
    try:
        fd = os.open(paths.lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


@contextlib.contextmanager
def start_lock(paths: ServerPaths):
    """Serialises starting a server on one data directory (blocking; released on exit or death)."""
    paths.root.mkdir(parents=True, exist_ok=True)
    fd = os.open(paths.start_lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def running_server(paths: ServerPaths, timeout: float = 10.0) -> ServerInfo | None:
    """The server running on this data directory, if any, once it has proved it is kg's own.

    A server.json that no live server backs (nobody holds the server lock: its process died,
    even by SIGKILL) is stale and removed; so is one whose control port does not answer the
    challenge with the data directory's secret (a stale file whose pid and port were reused, or
    a file someone else wrote): no credential is sent anywhere before this check passes.
    """
    from loaders.neo4j import control

    if not paths.state.exists():
        return None
    if not lock_held(paths):
        _remove_stale(paths)
        return None
    try:
        data = json.loads(paths.state.read_text(encoding="utf-8"))
        control_port, pid = int(data["control_port"]), int(data["pid"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        _remove_stale(paths)
        return None
    try:
        answer = control.challenge(paths, control_port, timeout=timeout)
    except control.NotOurs:
        _remove_stale(paths)
        return None
    if int(answer.get("pid", -1)) != pid:
        _remove_stale(paths)
        return None
    return ServerInfo(pid, int(answer["bolt_port"]), control_port, str(answer["database"]))


def _remove_stale(paths: ServerPaths) -> None:
    paths.state.unlink(missing_ok=True)


def _log_config(paths: ServerPaths) -> Path:
    """java.util.logging settings that send ArcadeDB's log to the data directory, not the console."""
    paths.log_config.write_text(
        "handlers = java.util.logging.FileHandler\n"
        ".level = INFO\nio.undertow.level = WARNING\norg.xnio.level = WARNING\norg.jboss.level = WARNING\n"
        "java.util.logging.FileHandler.level = INFO\n"
        f"java.util.logging.FileHandler.pattern = {paths.log}\n"
        "java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter\n"
        "java.util.logging.FileHandler.limit = 10000000\njava.util.logging.FileHandler.count = 2\n",
        encoding="utf-8")
    return paths.log_config


def _gc_args() -> list[str]:
    """The throughput collector (Parallel GC) for the server's JVM, unless ARCADEDB_JVM_ARGS picks
    one: a bulk load allocates fast and keeps little, and on the 20,000-relationship benchmark
    G1's pauses and concurrent work cost about a second of CPU more per load (docs/neo4j.md)."""
    chosen = os.environ.get("ARCADEDB_JVM_ARGS", "")
    return [] if re.search(r"-XX:[+-]Use\w*GC\b", chosen) else ["-XX:+UseParallelGC"]


class EmbeddedServer:
    """An ArcadeDB server with Bolt, run inside this Python process (one per process: one JVM).

    Use as a context manager, or ``start()``/``stop()``. ``publish=True`` also opens the control
    port and writes server.json, so other kg processes reuse it (that is what ``kg serve`` does);
    ``idle_timeout`` (seconds, with publish) asks it to stop itself when nothing used it for that
    long (see ``loaders.neo4j.control``).
    """

    def __init__(self, root: str | os.PathLike | None = None, *, password: str | None = None,
                 port: int | None = None, database: str = DEFAULT_DATABASE, publish: bool = False,
                 idle_timeout: float | None = None):
        self.paths = ServerPaths(data_dir(root))
        self.database = database
        self.publish = publish
        self.idle_timeout = idle_timeout
        self._given_password = password
        self._port = port
        self._server = None
        self._lock = ServerLock(self.paths)
        self.control = None
        self.bolt_port: int | None = None

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def password(self) -> str:
        return ensure_password(self.paths, self._given_password)

    def start(self) -> "EmbeddedServer":
        if not self._lock.acquire():
            other = running_server(self.paths)
            where = f" at {other.uri} (pid {other.pid})" if other else ""
            raise ConnectionFailed(f"an embedded server already runs on {str(self.paths.root)!r}{where}; "
                                   "kg commands reuse it, or stop it first with kg serve --stop")
        try:
            _remove_stale(self.paths)
            self.paths.arcadedb.mkdir(parents=True, exist_ok=True)
            if self._port and port_in_use(self._port):
                raise ConnectionFailed(f"port {self._port} is in use on {HOST}: give another --port "
                                       "(or --port 0 for any free port)", value=self._port)
            self.bolt_port = self._port if self._port else free_port(DEFAULT_BOLT_PORT if self._port is None else None)
            self._server = self._start_arcadedb()
            self._create_database()
            if self.publish:
                from loaders.neo4j import control
                secret = secrets.token_hex(32)
                _write_private(self.paths.secret, secret + "\n")
                self.control = control.ControlServer(self, secret.encode(), self.idle_timeout)
                _write_private(self.paths.state, json.dumps({
                    "pid": os.getpid(), "bolt_port": self.bolt_port, "control_port": self.control.port,
                    "database": self.database}))
        except BaseException:
            self.stop()
            raise
        return self

    def database_handle(self, name: str | None = None):
        """An arcadedb_embedded Database of this server (for the direct loader)."""
        from arcadedb_embedded.exceptions import ArcadeDBError
        name = name or self.database
        try:
            if not self._server._java_server.existsDatabase(name):
                raise ConnectionFailed(f"database {name!r} does not exist in {str(self.paths.root)!r}")
            return self._server.get_database(name)
        except ArcadeDBError as exc:
            raise ConnectionFailed(f"database {name!r} cannot be opened: {_first_line(exc)}") from None

    def _start_arcadedb(self):
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(self.paths.root / "hs_err_pid%p.log"))
        from arcadedb_embedded.exceptions import ArcadeDBError
        from arcadedb_embedded.server import ArcadeDBServer

        jvm = {"heap_size": os.environ.get("KG_EMBEDDED_HEAP", "1g"),
               "jvm_args": [f"-Djava.util.logging.config.file={_log_config(self.paths)}", *_gc_args()]}
        config = {"host": "localhost", "server_plugins": BOLT_PLUGIN, "bolt_port": self.bolt_port,
                  "bolt_host": HOST, "http_port": free_port()}
        try:
            with _jvm_banner_muted():
                server = ArcadeDBServer(str(self.paths.arcadedb), self.password, config, jvm_kwargs=jvm)
            server.start()
        except ArcadeDBError as exc:
            raise ConnectionFailed(f"could not start the embedded server in {str(self.paths.root)!r} "
                                   f"on port {self.bolt_port}: {_first_line(exc)} (log: {self.paths.log})") from None
        return server

    def _create_database(self) -> None:
        from arcadedb_embedded.exceptions import ArcadeDBError
        try:
            self._server.create_database(self.database)
        except ArcadeDBError as exc:
            raise ConnectionFailed(f"could not open database {self.database!r} in {str(self.paths.root)!r}: "
                                   f"{_first_line(exc)} (is another process using it?)") from None

    def stop(self) -> None:
        try:
            if self.control is not None:
                self.control.close()
            if self.publish:
                self.paths.state.unlink(missing_ok=True)
                self.paths.secret.unlink(missing_ok=True)
            if self._server is not None:
                self._server.stop()
        finally:
            self._server = None
            self.control = None
            self._lock.release()

    def __enter__(self) -> "EmbeddedServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@contextlib.contextmanager
def _jvm_banner_muted():
    """Silence the JVM's start-up notice on stderr ("Using incubator modules"), which is not
    kg's to show; failures still surface as exceptions, and later JVM output is not touched."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
