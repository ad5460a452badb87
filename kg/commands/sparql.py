"""kg sparql: run a SPARQL query over RDF files (an export of kg) and print a table."""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path

NAME = "sparql"
HELP = "Run a SPARQL query over RDF files (kg:, schema:, prov:, rdfs:, id: ... are predeclared)."
OUTPUT_FORMATS = ("table", "csv", "json")


def add_arguments(p):
    p.add_argument("query", nargs="?", help="the query text (or use --file)")
    p.add_argument("--file", "-q", dest="query_file", help="read the query from this .rq file")
    p.add_argument("--data", "-d", action="append", required=True,
                   help="RDF file to query (.ttl .nt .trig .jsonld ...); repeat for several")
    p.add_argument("--output", "-f", choices=OUTPUT_FORMATS, default="table", help="result format")
    p.add_argument("--full-iris", action="store_true", help="print IRIs in full, not as prefixed names")
    p.add_argument("--no-ontology", action="store_true",
                   help="do not load ontology/kg.ttl beside the data (it gives relation labels and codes)")


def query_text(args) -> str:
    from kg.errors import KgError

    if bool(args.query) == bool(args.query_file):
        raise KgError("give either a query or --file QUERY.rq, not both or neither")
    if args.query:
        return args.query
    path = Path(args.query_file)
    if not path.is_file():
        raise KgError(f"no query file at {str(path)!r}", value=str(path))
    return path.read_text(encoding="utf-8")


def _width(text: str) -> int:
    """Display width: combining marks (Arabic diacritics) take no column."""
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def format_table(variables, rows) -> str:
    widths = [max([_width(v)] + [_width(r[i]) for r in rows]) for i, v in enumerate(variables)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def run(args) -> int:
    from loaders.rdf.tools import run_query

    result = run_query(query_text(args), args.data, ontology=not args.no_ontology)
    try:
        print_result(result, args)
    except BrokenPipeError:           # `kg sparql ... | head`: the reader has seen enough
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def print_result(result, args) -> None:
    from loaders.rdf.tools import short

    if result.kind == "ask":
        print("true" if result.boolean else "false")
        return
    if result.kind == "graph":
        for t in result.triples:
            print(f"{t.subject} {t.predicate} {t.object} .")
        return
    show = (lambda t: "" if t is None else getattr(t, "value", str(t))) if args.full_iris else short
    rows = [tuple(show(t) for t in row) for row in result.rows]
    if args.output == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(result.variables)
        w.writerows(rows)
    elif args.output == "json":
        print(json.dumps([dict(zip(result.variables, r)) for r in rows], ensure_ascii=False, indent=1))
    else:
        print(format_table(result.variables, rows))
