"""The embedded default: an ArcadeDB server (from the arcadedb-embedded wheel, JVM bundled) with
its Neo4j Bolt plugin, so the official neo4j driver, cypher-shell or any Bolt client can use it.

Everything lives in one data directory the user chooses (``--data-dir``, ``KG_DATA_DIR``, or
``./.kg/neo4j``):

  arcadedb/        ArcadeDB's server root (databases, users, event logs)
  password         the root password, mode 0600 (generated at first start unless one is given)
  server.json      while ``kg serve`` runs: its pid and Bolt port, so other kg commands reuse it
  arcadedb.log.0   ArcadeDB's own log (instead of ./log in whatever directory kg ran from)

It listens on loopback only. ArcadeDB locks a database while a server has it open, so a second
process reaches it through Bolt (``server.json``) instead of opening the files.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConnectionFailed

DEFAULT_DATA_DIR = Path(".kg") / "neo4j"
DEFAULT_DATABASE = "neo4j"         # Neo4j's own default name, so clients that name none still land here
DEFAULT_BOLT_PORT = 7687
USER = "root"
HOST = "127.0.0.1"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    return Path(explicit or os.environ.get("KG_DATA_DIR") or DEFAULT_DATA_DIR).expanduser().resolve()


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
    def log(self) -> Path:
        return self.root / "arcadedb.log"

    @property
    def log_config(self) -> Path:
        return self.root / "arcadedb-log.properties"


@dataclass(frozen=True)
class ServerInfo:
    """What a running embedded server publishes in server.json (never the password)."""
    pid: int
    bolt_port: int
    database: str

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"


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
    fd = os.open(paths.password, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(password + "\n")
    os.chmod(paths.password, stat.S_IRUSR | stat.S_IWUSR)
    return password


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((HOST, port)) == 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_port(preferred: int | None = None) -> int:
    """``preferred`` when nothing listens there, else a port the OS hands out."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, preferred or 0))
        except OSError:
            if not preferred:
                raise
            s.bind((HOST, 0))
        return s.getsockname()[1]


def running_server(paths: ServerPaths) -> ServerInfo | None:
    """The server ``kg serve`` is running on this data directory, if any (stale files ignored)."""
    try:
        data = json.loads(paths.state.read_text(encoding="utf-8"))
        info = ServerInfo(int(data["pid"]), int(data["bolt_port"]), str(data["database"]))
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None
    if _pid_alive(info.pid) and _port_open(info.bolt_port):
        return info
    return None


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


class EmbeddedServer:
    """An ArcadeDB server with Bolt, run inside this Python process (one per process: one JVM).

    Use as a context manager, or ``start()``/``stop()``. ``publish=True`` writes server.json so
    other kg processes reuse it (that is what ``kg serve`` does).
    """

    def __init__(self, root: str | os.PathLike | None = None, *, password: str | None = None,
                 port: int | None = None, database: str = DEFAULT_DATABASE, publish: bool = False):
        self.paths = ServerPaths(data_dir(root))
        self.database = database
        self.publish = publish
        self._given_password = password
        self._port = port
        self._server = None
        self.bolt_port: int | None = None

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def password(self) -> str:
        return ensure_password(self.paths, self._given_password)

    def start(self) -> "EmbeddedServer":
        other = running_server(self.paths)
        if other is not None:
            raise ConnectionFailed(f"an embedded server already runs on {str(self.paths.root)!r} at {other.uri} "
                                   f"(pid {other.pid}); kg commands reuse it, or stop it first")
        self.paths.arcadedb.mkdir(parents=True, exist_ok=True)
        self.bolt_port = self._port if self._port else free_port(DEFAULT_BOLT_PORT if self._port is None else None)
        self._server = self._start_arcadedb()
        self._create_database()
        if self.publish:
            self.paths.state.write_text(json.dumps({"pid": os.getpid(), "bolt_port": self.bolt_port,
                                                    "database": self.database}), encoding="utf-8")
        return self

    def _start_arcadedb(self):
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(self.paths.root / "hs_err_pid%p.log"))
        from arcadedb_embedded.exceptions import ArcadeDBError
        from arcadedb_embedded.server import ArcadeDBServer

        jvm = {"heap_size": os.environ.get("KG_EMBEDDED_HEAP", "1g"),
               "jvm_args": [f"-Djava.util.logging.config.file={_log_config(self.paths)}"]}
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
            self.stop()
            raise ConnectionFailed(f"could not open database {self.database!r} in {str(self.paths.root)!r}: "
                                   f"{_first_line(exc)} (is another process using it?)") from None

    def stop(self) -> None:
        if self._server is not None:
            try:
                self._server.stop()
            finally:
                self._server = None
                if self.publish:
                    self.paths.state.unlink(missing_ok=True)

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
