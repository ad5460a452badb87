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
    both = p.add_mutually_exclusive_group()
    both.add_argument("--replace", action="store_true",
                      help="first delete what an earlier load put there (Entity, Article and Claim nodes)")
    both.add_argument("--keep", action="store_true",
                      help="add to a database that holds another graph's articles without the warning "
                           "(the graphs merge: the same entity id is one node)")
    p.add_argument("--path", choices=("auto", "direct", "bolt"), default="auto",
                   help="how rows are written: direct (the embedded server's own bulk API, the fast path), "
                        "bolt (UNWIND batches, any Neo4j server); auto: direct when the target is the "
                        "embedded server, else bolt")
    add_connection_arguments(p)


def run(args) -> int:
    import sys

    from kg.errors import KgError
    from kg.graph import read_graph
    from loaders.neo4j import clear, connect, counts
    from loaders.neo4j.connection import settings_from_args, shown_uri
    from loaders.neo4j.load import load, other_articles
    from loaders.neo4j.rows import graph_rows
    from ontology import vocabulary

    if args.batch_size < 1:
        raise KgError(f"--batch-size must be at least 1, got {args.batch_size}", value=args.batch_size)
    rows = graph_rows(read_graph(args.graph))   # an unknown type fails here, before any server is touched
    with connect(settings_from_args(args)) as conn:
        if args.replace:
            print(f"deleted {clear(conn)} nodes")
        elif not args.keep and (others := other_articles(conn, rows)):
            print(f"kg load: warning: the database already holds {others} article(s) that {args.graph} does "
                  "not; the two graphs are now merged there (entities with the same id are one node). "
                  "To hold only this graph, load it with --replace; to keep both on purpose, add --keep; "
                  "to keep them apart, use another --database or --data-dir.", file=sys.stderr)
        report = load(conn, rows, batch_size=args.batch_size, path=args.path)
        total = counts(conn)
        where = f"{shown_uri(conn.uri)} database {conn.database!r}" + (" (embedded)" if conn.embedded else "")
    print(f"loaded {args.graph} into {where} in {report.seconds:.1f} s ({report.path}): {report.entities} "
          f"entities, {report.relationships} relationships, {report.claims} claims, {report.articles} articles")
    relations = sum(v for k, v in total.relationships.items() if k in vocabulary().relation_codes)
    print("database now holds: " + ", ".join(f"{total.nodes.get(k, 0)} {k}" for k in ("Entity", "Article", "Claim"))
          + f" nodes, {relations} relationships between entities")
    return 0
