"""kg serve: keep the embedded Bolt server running for any Neo4j driver or client."""
from __future__ import annotations

import signal

NAME = "serve"
HELP = "Run the embedded Neo4j-compatible (Bolt) server on loopback until Ctrl-C; kg load/cypher reuse it."


def add_arguments(p):
    from loaders.neo4j import server

    p.add_argument("--data-dir", help=f"data directory (default: $KG_DATA_DIR, else {server.DEFAULT_DATA_DIR})")
    p.add_argument("--port", type=int, default=None,
                   help=f"Bolt port (default {server.DEFAULT_BOLT_PORT} when free, else any free port; 0: any)")
    p.add_argument("--database", default=server.DEFAULT_DATABASE,
                   help=f"database to create and serve (default {server.DEFAULT_DATABASE})")
    p.add_argument("--password", help="root password to set at first start (default: generated)")
    p.add_argument("--show-password", action="store_true", help="print the password too")


def connection_help(srv, show_password: bool) -> str:
    secret = srv.password if show_password else f"stored in {srv.paths.password} (or: kg serve --show-password)"
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
        "Ctrl-C stops it.",
    ])


def run(args) -> int:
    from kg.errors import KgError
    from loaders.neo4j.server import EmbeddedServer, read_password

    srv = EmbeddedServer(args.data_dir, password=args.password, port=args.port, database=args.database,
                         publish=True)
    stored = read_password(srv.paths)
    if args.password and stored is not None and stored != args.password:
        raise KgError(f"{srv.paths.root} already has a password (stored in {srv.paths.password}); "
                      "--password only sets it at the first start")
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
