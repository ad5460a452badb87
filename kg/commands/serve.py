"""kg serve: keep the embedded Bolt server running for any Neo4j driver or client."""
from __future__ import annotations

import os
import signal

NAME = "serve"
HELP = ("Run the embedded Neo4j-compatible (Bolt) server on loopback until Ctrl-C (or --idle-timeout); "
        "kg load/cypher reuse it; --stop stops a running one.")


def add_arguments(p):
    from loaders.neo4j import server

    p.add_argument("--data-dir", help=f"data directory (default: $KG_DATA_DIR, else {server.DEFAULT_DATA_DIR})")
    p.add_argument("--port", type=int, default=None,
                   help=f"Bolt port (default {server.DEFAULT_BOLT_PORT} when free, else any free port; 0: any)")
    p.add_argument("--database", default=server.DEFAULT_DATABASE,
                   help=f"database to create and serve (default {server.DEFAULT_DATABASE})")
    p.add_argument("--password", help="root password to set at first start (default: generated)")
    p.add_argument("--show-password", action="store_true", help="print the password too")
    p.add_argument("--idle-timeout", type=float, default=None, metavar="SECONDS",
                   help="stop after this many seconds with no kg request and no Bolt connection "
                        "(default: run until stopped; a server kg starts itself uses $KG_SERVE_IDLE, "
                        f"else {server.DEFAULT_IDLE_SECONDS})")
    p.add_argument("--stop", action="store_true", help="stop the server running on --data-dir, and exit")


def connection_help(srv, show_password: bool) -> str:
    secret = srv.password if show_password else f"stored in {srv.paths.password} (or: kg serve --show-password)"
    stops = "Ctrl-C or kg serve --stop stops it" + (
        f"; it stops by itself after {srv.idle_timeout:g} s unused." if srv.idle_timeout else ".")
    return "\n".join([
        f"embedded Bolt server running (ArcadeDB), data in {srv.paths.root}",
        f"  URI:      {srv.uri}",
        "  user:     root",
        f"  password: {secret}",
        f"  database: {srv.database}",
        "connect with any Neo4j driver or client, e.g.",
        f"  kg load out/graph.json --data-dir {srv.paths.root}",
        f"  kg cypher \"MATCH (n:Entity) RETURN n.name LIMIT 5\" --data-dir {srv.paths.root}",
        f"  python: neo4j.GraphDatabase.driver(\"{srv.uri}\", auth=(\"root\", PASSWORD))",
        stops,
    ])


def stop(args) -> int:
    from loaders.neo4j.control import stop_server
    from loaders.neo4j.server import ServerPaths, data_dir

    paths = ServerPaths(data_dir(args.data_dir))
    pid = stop_server(paths)
    print(f"stopped the embedded server on {paths.root} (pid {pid})" if pid
          else f"no embedded server runs on {paths.root}")
    return 0


def run(args) -> int:
    import contextlib

    from kg.errors import KgError
    from loaders.neo4j.server import EmbeddedServer, read_password, start_lock

    if args.stop:
        return stop(args)
    if args.idle_timeout is not None and args.idle_timeout <= 0:
        raise KgError(f"--idle-timeout must be positive, got {args.idle_timeout:g}", value=args.idle_timeout)
    password = args.password or os.environ.pop("KG_SERVE_PASSWORD", None)
    srv = EmbeddedServer(args.data_dir, password=password, port=args.port, database=args.database,
                         publish=True, idle_timeout=args.idle_timeout)
    stored = read_password(srv.paths)
    if args.password and stored is not None and stored != args.password:
        raise KgError(f"{srv.paths.root} already has a password (stored in {srv.paths.password}); "
                      "--password only sets it at the first start")
    # A server kg starts in the background runs under its parent's start lock; one a user starts
    # takes it, so a kg command starting one at the same moment waits and then reuses this one.
    child = os.environ.pop("KG_SERVE_CHILD", None) == "1"
    with (contextlib.nullcontext() if child else start_lock(srv.paths)):
        srv.start()
    try:
        # The JVM takes SIGTERM for itself otherwise; route it to the same clean stop as Ctrl-C.
        signal.signal(signal.SIGTERM, _interrupt)
        print(connection_help(srv, args.show_password), flush=True)
        while True:
            signal.pause()
    except KeyboardInterrupt:
        print("stopping", flush=True)
    finally:
        srv.stop()
    return 0


def _interrupt(signum, frame):
    raise KeyboardInterrupt
