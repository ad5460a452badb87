"""The connection options every Neo4j command shares, without loading the driver (the CLI
builds every command's options at start-up)."""
from __future__ import annotations

from loaders.neo4j import server as embedded

DEFAULT_BATCH_SIZE = 5000          # rows per transaction (UNWIND $rows batches)


def add_arguments(p) -> None:
    """The connection options every Neo4j command shares."""
    g = p.add_argument_group("connection (default: the embedded Bolt server on --data-dir, started once in the "
                             "background and reused until idle for $KG_SERVE_IDLE s; kg serve --stop stops it)")
    g.add_argument("--uri", help="Neo4j URI, e.g. neo4j://host:7687 (default: $NEO4J_URI, else embedded)")
    g.add_argument("--user", help="user name (default: $NEO4J_USER, else neo4j; root for the embedded server)")
    g.add_argument("--password", help="password (default: $NEO4J_PASSWORD; the embedded server's is stored "
                                      "in DATA_DIR/password)")
    g.add_argument("--database", help=f"database name (default: $NEO4J_DATABASE, else {embedded.DEFAULT_DATABASE})")
    g.add_argument("--data-dir", help=f"embedded server's data directory (default: $KG_DATA_DIR, "
                                      f"else {embedded.DEFAULT_DATA_DIR})")
