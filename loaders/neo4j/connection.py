"""Where kg's Cypher goes: a Neo4j 5 server named by URI, or else the embedded Bolt server.

Settings come from options, then NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
With no URI, the server running on the data directory is reused once it has proved it is kg's
own (``server.running_server``); with none running, one is started in the background and stays
warm for later commands until it has been idle $KG_SERVE_IDLE seconds (``KG_SERVE_IDLE=0``: one
runs inside the command instead). Driver errors become ConnectionFailed / QueryFailed with a
message that names the server and never a credential.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.errors import ConnectionFailed, KgError
from loaders.neo4j import server as embedded
from loaders.neo4j.options import add_arguments  # noqa: F401 - re-exported

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# The driver logs through "neo4j"; with no handler of kg's, Python's last-resort handler would
# print its warnings on stderr beside kg's own one-line errors. Records still propagate to any
# handler the application (or a test) installs.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


class QueryFailed(KgError):
    """The server rejected a Cypher statement (syntax, unknown function, constraint, ...)."""


@dataclass(frozen=True)
class Settings:
    uri: str | None = None             # None: the embedded server
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    database: str | None = None
    data_dir: str | None = None        # embedded server's data directory

    @classmethod
    def from_env(cls, **given) -> "Settings":
        env = os.environ.get
        return cls(uri=given.get("uri") or env("NEO4J_URI") or None,
                   user=given.get("user") or env("NEO4J_USER") or None,
                   password=given.get("password") or env("NEO4J_PASSWORD") or None,
                   database=given.get("database") or env("NEO4J_DATABASE") or None,
                   data_dir=given.get("data_dir"))


@dataclass(frozen=True)
class Connection:
    driver: neo4j.Driver
    uri: str
    user: str
    database: str
    embedded: bool
    # the embedded server's direct loader: rows, batch size -> LoadReport (None: Bolt only)
    direct: Callable | None = None


def shown_uri(uri: str) -> str:
    """The URI without any user:password@ part, for messages (even a malformed URI)."""
    try:
        parts = urlsplit(uri)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return uri.split("://", 1)[0] + "://" + uri.split("@")[-1].split("://")[-1] if "://" in uri else uri
    host = f"[{host}]" if ":" in host else host
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """``bolt://user:pw@host:port`` -> (``bolt://host:port``, user, pw): drivers refuse user info in a
    URI, and their error would echo it; kg takes it as --user / --password instead."""
    _check_uri(uri)
    parts = urlsplit(uri)
    if parts.username is None and parts.password is None:
        return uri, None, None
    return shown_uri(uri), unquote(parts.username or "") or None, unquote(parts.password or "") or None


def _scrub(text: str, *secrets: str | None) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _check_uri(uri: str) -> None:
    """A URI the driver can take: a Neo4j scheme, a host, a port in range; else one clear line."""
    shown = shown_uri(uri)
    try:
        parts = urlsplit(uri)
        port, host = parts.port, parts.hostname
    except ValueError as exc:
        raise ConnectionFailed(f"not a valid Neo4j URI: {shown!r} ({exc})", value=shown) from None
    if parts.scheme not in URI_SCHEMES:
        raise ConnectionFailed(f"not a Neo4j URI: {shown!r}", value=shown, choices=URI_SCHEMES)
    if not host:
        raise ConnectionFailed(f"not a valid Neo4j URI: {shown!r} (no host)", value=shown)
    if port == 0:
        raise ConnectionFailed(f"not a valid Neo4j URI: {shown!r} (port 0)", value=shown)


def translate(exc: Exception, uri: str, user: str, database: str) -> KgError:
    """A driver exception as a KgError a user can act on (no traceback, no password)."""
    where = shown_uri(uri)
    if isinstance(exc, neo4j_errors.AuthError):
        return ConnectionFailed(f"authentication failed for user {user!r} at {where}: wrong user or password")
    if isinstance(exc, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError)):
        return ConnectionFailed(f"cannot reach a Neo4j server at {where} (is it running?)")
    code = getattr(exc, "code", None) or ""
    if code.endswith("DatabaseNotFound"):
        return ConnectionFailed(f"database {database!r} does not exist at {where}")
    if isinstance(exc, neo4j_errors.Neo4jError):
        message = (getattr(exc, "message", None) or str(exc)).strip().splitlines()[0]
        return QueryFailed(f"{where} rejected the query: {message}" + (f" [{code}]" if code else ""))
    if isinstance(exc, (neo4j_errors.ConfigurationError, ValueError)):
        return ConnectionFailed(f"bad connection settings for {where}: {_scrub(str(exc), uri)}")
    return ConnectionFailed(f"{where}: {type(exc).__name__}: {_scrub(str(exc), uri)}")


def _verified(uri: str, user: str, password: str, database: str, embedded_server: bool) -> Connection:
    _check_uri(uri)
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_acquisition_timeout=20,
                                            max_transaction_retry_time=30)
    except (neo4j_errors.ConfigurationError, ValueError) as exc:
        raise translate(exc, uri, user, database) from None
    try:
        with driver.session(database=database) as session:
            session.run("RETURN 1").consume()
    except Exception as exc:            # noqa: BLE001 - every driver failure becomes a KgError
        driver.close()
        raise translate(exc, uri, user, database) from None
    return Connection(driver, uri, user, database, embedded_server)


def note_on_stderr(text: str) -> None:
    """How kg says what it is doing besides the result (stderr, so stdout stays the data)."""
    print(f"kg: {text}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def connect(settings: Settings | None = None, *, start_embedded: bool = True,
            note: Callable[[str], None] | None = note_on_stderr) -> Iterator[Connection]:
    """A verified connection. With no URI: the warm embedded server (started in the background
    when none runs), or with KG_SERVE_IDLE=0 one inside this process, stopped on exit."""
    from loaders.neo4j import control

    settings = settings or Settings.from_env()
    database = settings.database or embedded.DEFAULT_DATABASE
    if settings.uri:
        uri, uri_user, uri_password = split_credentials(settings.uri)
        password = settings.password or uri_password
        if not password:
            raise ConnectionFailed(f"no password for {uri}: give --password or set NEO4J_PASSWORD")
        conn = _verified(uri, settings.user or uri_user or "neo4j", password, database, False)
        with contextlib.closing(conn.driver):
            yield conn
        return
    paths = embedded.ServerPaths(embedded.data_dir(settings.data_dir))
    info = embedded.running_server(paths)
    idle = embedded.idle_seconds()
    with contextlib.ExitStack() as stack:
        if info is None and start_embedded and idle > 0:
            info = control.ensure_server(paths, password=settings.password, database=database,
                                         idle_timeout=idle, note=note)
        if info is not None:
            uri = info.uri

            direct = control.WarmServer(paths, info, database).load
        elif start_embedded:
            if note:
                note("starting the embedded Bolt server for this command only (a JVM: 5-15 s); "
                     "kg serve keeps one running for later commands")
            srv = stack.enter_context(embedded.EmbeddedServer(paths.root, password=settings.password, port=0,
                                                              database=database))
            uri = srv.uri

            def direct(rows, batch_size, srv=srv):
                from loaders.neo4j.direct import load_direct
                return load_direct(srv.database_handle(database), rows, batch_size=batch_size)
        else:
            raise ConnectionFailed(f"no embedded server runs on {str(paths.root)!r}: start one with kg serve")
        password = settings.password or embedded.read_password(paths)
        if password is None:
            raise ConnectionFailed(f"no password stored in {str(paths.password)!r}; give --password")
        conn = _verified(uri, settings.user or embedded.USER, password, database, True)
        conn = Connection(conn.driver, conn.uri, conn.user, conn.database, True, direct)
        stack.callback(conn.driver.close)
        yield conn


class WriteRefused(KgError):
    """A query that writes, run without --write."""


class _ReadDone(Exception):
    """Raised inside a read transaction once its rows are read, so the driver rolls it back."""

    def __init__(self, value):
        super().__init__("read done")
        self.value = value


def run_query(conn: Connection, query: str, parameters: dict | None = None, *,
              write: bool = True) -> tuple[list[str], list[list]]:
    """Run one statement and return the column names and the rows as plain Python values.

    It runs in a managed transaction, so the driver retries it on transient errors; a
    ``CALL {...} IN TRANSACTIONS`` statement, which Neo4j only accepts outside one, runs on its own.
    With ``write=False`` (what ``kg cypher`` does unless given --write), a query with a writing
    clause is refused before it is sent, and any other runs in a READ transaction that is rolled
    back, never committed, so nothing it might do (a procedure that writes, a server that does not
    enforce the access mode) is kept.
    """
    def rows(result):
        return list(result.keys()), [[to_plain(v) for v in record.values()] for record in result]

    def read_then_discard(tx):
        raise _ReadDone(rows(tx.run(query, parameters or {})))

    if not write and (clause := writing_clause(query)):
        raise WriteRefused(f"this query writes ({clause}): kg cypher runs read-only transactions; "
                           "give --write to change the database", value=clause)
    try:
        with conn.driver.session(database=conn.database) as session:
            if not write:
                try:
                    session.execute_read(read_then_discard)
                except _ReadDone as done:
                    return done.value
            if _IN_TRANSACTIONS.search(query):
                return rows(session.run(query, parameters or {}))
            return session.execute_write(lambda tx: rows(tx.run(query, parameters or {})))
    except (neo4j_errors.DriverError, neo4j_errors.Neo4jError) as exc:
        raise translate(exc, conn.uri, conn.user, conn.database) from None


_IN_TRANSACTIONS = re.compile(r"\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_WRITING = re.compile(r"(?<![\w.:$])(CREATE|MERGE|DELETE|DETACH\s+DELETE|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b"
                      r"|\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)


def writing_clause(query: str) -> str | None:
    """The first clause of ``query`` that writes (outside strings, names and comments), or None."""
    m = _WRITING.search(_LITERALS.sub(" ", query))
    return " ".join(m.group(0).upper().split()) if m else None


def to_plain(value):
    """Driver values (nodes, relationships, paths, temporal types) as JSON-ready Python values."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def settings_from_args(args) -> Settings:
    return Settings.from_env(uri=args.uri, user=args.user, password=args.password, database=args.database,
                             data_dir=args.data_dir)
