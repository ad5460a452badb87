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
    from kg.errors import KgError
    from kg.graph import read_graph
    from loaders.neo4j.control import WarmServer
    from loaders.neo4j.rows import graph_rows

    if args.batch_size < 1:
        raise KgError(f"--batch-size must be at least 1, got {args.batch_size}", value=args.batch_size)
    rows = graph_rows(read_graph(args.graph))   # an unknown type fails here, before any server is touched
    # A warm embedded server takes the rows and the statements through its control port (this
    # process then never loads the Bolt driver); otherwise (a URI, --path bolt, no server yet) Bolt.
    warm = None if args.path == "bolt" else WarmServer.find(uri=args.uri, user=args.user, password=args.password,
                                                            database=args.database, data_dir=args.data_dir)
    if warm is not None:
        _load(args, rows, warm.run, lambda r: warm.load(r, args.batch_size),
              f"{warm.uri} database {warm.database!r} (embedded)")
        return 0
    from loaders.neo4j import connect
    from loaders.neo4j.connection import settings_from_args, shown_uri
    from loaders.neo4j.load import load, runner

    with connect(settings_from_args(args)) as conn:
        where = f"{shown_uri(conn.uri)} database {conn.database!r}" + (" (embedded)" if conn.embedded else "")
        _load(args, rows, runner(conn), lambda r: load(conn, r, batch_size=args.batch_size, path=args.path), where)
    return 0


def _load(args, rows, run_statement, load_rows, where: str) -> None:
    import sys

    from loaders.neo4j.common import clear_with, counts_with, other_articles_with
    from loaders.neo4j.cypher import KG_LABELS
    from ontology import vocabulary

    if args.replace:
        print(f"deleted {clear_with(run_statement)} nodes")
    elif not args.keep and (others := other_articles_with(run_statement, [a.id for a in rows.articles])):
        print(f"kg load: warning: the database already holds {others} article(s) that {args.graph} does "
              "not; the two graphs are now merged there (entities with the same id are one node). "
              "To hold only this graph, load it with --replace; to keep both on purpose, add --keep; "
              "to keep them apart, use another --database or --data-dir.", file=sys.stderr)
    report = load_rows(rows)
    total = counts_with(run_statement)
    print(f"loaded {args.graph} into {where} in {report.seconds:.1f} s ({report.path}): {report.entities} "
          f"entities, {report.relationships} relationships, {report.claims} claims, {report.articles} articles")
    relations = sum(v for k, v in total.relationships.items() if k in vocabulary().relation_codes)
    print("database now holds: " + ", ".join(f"{total.nodes.get(k, 0)} {k}" for k in KG_LABELS)
          + f" nodes, {relations} relationships between entities", flush=True)
