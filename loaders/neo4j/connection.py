"""Where kg's Cypher goes: a Neo4j 5 server named by URI, or else the embedded Bolt server.

Settings come from options, then NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
With no URI, a running ``kg serve`` on the data directory is reused, or an embedded server is
started for the duration of the command. Driver errors become ConnectionFailed / QueryFailed
with a message that names the server and never a credential.
"""
from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.errors import ConnectionFailed, KgError
from loaders.neo4j import server as embedded
from loaders.neo4j.options import add_arguments  # noqa: F401 - re-exported

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


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


def shown_uri(uri: str) -> str:
    """The URI without any user:password@ part, for messages."""
    parts = urlsplit(uri)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """``bolt://user:pw@host:port`` -> (``bolt://host:port``, user, pw): drivers refuse user info in a
    URI, and their error would echo it; kg takes it as --user / --password instead."""
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
    scheme = urlsplit(uri).scheme
    if scheme not in URI_SCHEMES:
        raise ConnectionFailed(f"not a Neo4j URI: {shown_uri(uri)!r}", value=shown_uri(uri), choices=URI_SCHEMES)


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


@contextlib.contextmanager
def connect(settings: Settings | None = None, *, start_embedded: bool = True) -> Iterator[Connection]:
    """A verified connection; an embedded server started for it is stopped on exit."""
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
    running = embedded.running_server(paths)
    with contextlib.ExitStack() as stack:
        if running is not None:
            uri = running.uri
        elif start_embedded:
            uri = stack.enter_context(embedded.EmbeddedServer(paths.root, password=settings.password, port=0,
                                                              database=database)).uri
        else:
            raise ConnectionFailed(f"no embedded server runs on {str(paths.root)!r}: start one with kg serve")
        password = settings.password or embedded.read_password(paths)
        if password is None:
            raise ConnectionFailed(f"no password stored in {str(paths.password)!r}; give --password")
        conn = _verified(uri, settings.user or embedded.USER, password, database, True)
        stack.callback(conn.driver.close)
        yield conn


def run_query(conn: Connection, query: str, parameters: dict | None = None) -> tuple[list[str], list[list]]:
    """Run one statement and return the column names and the rows as plain Python values.

    It runs in a managed transaction, so the driver retries it on transient errors; a
    ``CALL {...} IN TRANSACTIONS`` statement, which Neo4j only accepts outside one, runs on its own.
    """
    def rows(result):
        return list(result.keys()), [[to_plain(v) for v in record.values()] for record in result]
    try:
        with conn.driver.session(database=conn.database) as session:
            if _IN_TRANSACTIONS.search(query):
                return rows(session.run(query, parameters or {}))
            return session.execute_write(lambda tx: rows(tx.run(query, parameters or {})))
    except (neo4j_errors.DriverError, neo4j_errors.Neo4jError) as exc:
        raise translate(exc, conn.uri, conn.user, conn.database) from None


_IN_TRANSACTIONS = re.compile(r"\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)


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
