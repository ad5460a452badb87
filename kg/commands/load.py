"""kg load: put a graph.json into Neo4j (or the embedded Bolt server when no server is named)."""
from __future__ import annotations

NAME = "load"
HELP = "Load a graph.json into Neo4j (default: the embedded Bolt server); loading again changes nothing."


def add_arguments(p):
    from loaders.neo4j.options import add_arguments as add_connection_arguments
    from loaders.neo4j.options import DEFAULT_BATCH_SIZE

    p.add_argument("graph", help="graph.json written by kg build")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"rows per transaction (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--replace", action="store_true",
                   help="first delete what an earlier load put there (Entity, Article and Claim nodes)")
    add_connection_arguments(p)


def run(args) -> int:
    from kg.errors import KgError
    from kg.graph import read_graph
    from loaders.neo4j import clear, connect, counts
    from loaders.neo4j.load import load_rows
    from loaders.neo4j.connection import settings_from_args, shown_uri
    from loaders.neo4j.rows import graph_rows
    from ontology import vocabulary

    if args.batch_size < 1:
        raise KgError(f"--batch-size must be at least 1, got {args.batch_size}", value=args.batch_size)
    rows = graph_rows(read_graph(args.graph))   # an unknown type fails here, before any server is touched
    with connect(settings_from_args(args)) as conn:
        if args.replace:
            print(f"deleted {clear(conn)} nodes")
        report = load_rows(conn, rows, batch_size=args.batch_size)
        total = counts(conn)
        where = f"{shown_uri(conn.uri)} database {conn.database!r}" + (" (embedded)" if conn.embedded else "")
    print(f"loaded {args.graph} into {where} in {report.seconds:.1f} s: {report.entities} entities, "
          f"{report.relationships} relationships, {report.claims} claims, {report.articles} articles")
    relations = sum(v for k, v in total.relationships.items() if k in vocabulary().relation_codes)
    print("database now holds: " + ", ".join(f"{total.nodes.get(k, 0)} {k}" for k in ("Entity", "Article", "Claim"))
          + f" nodes, {relations} relationships between entities")
    return 0
