"""kg sparql: run a SPARQL query over RDF files (an export of kg) and print a table."""
from __future__ import annotations

import csv
import json
import re
import sys

from kg.commands._query import format_table, read_query

NAME = "sparql"
HELP = ("Run a SPARQL query (text or --file queries/NAME.rq, with --param name=value) over RDF files "
        "(kg:, schema:, prov:, rdfs:, id: ... are predeclared).")
OUTPUT_FORMATS = ("table", "csv", "json")


def add_arguments(p):
    p.add_argument("query", nargs="?", help="the query text (or use --file)")
    p.add_argument("--file", "-q", dest="query_file", help="read the query from this .rq file")
    p.add_argument("--data", "-d", action="append", required=True,
                   help="RDF file to query (.ttl .nt .trig .jsonld ...); repeat for several")
    p.add_argument("--format", "-f", "--output", dest="output", choices=OUTPUT_FORMATS, default="table",
                   help="result format (default table); -f means the output format in kg sparql, cypher and export")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="set the query's parameter ?NAME: the value replaces the list of its VALUES ?NAME { ... } "
                        "line (a name or id as text; <IRI> or prefix:name for an IRI)")
    p.add_argument("--full-iris", action="store_true", help="print IRIs in full, not as prefixed names")
    p.add_argument("--allow-service", action="store_true",
                   help="let the query's SERVICE clauses fetch from the URLs they name (refused by default: "
                        "a query from someone else could make kg send requests anywhere)")
    p.add_argument("--no-ontology", action="store_true",
                   help="do not load ontology/kg.ttl beside the data (it gives relation labels and codes)")


def parse_params(items: list[str]) -> dict[str, str]:
    from kg.errors import KgError

    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise KgError(f"--param needs NAME=VALUE, got {item!r}", value=item)
        out[name] = value
    return out


def query_text(args) -> str:
    return read_query(args.query, args.query_file, "--file QUERY.rq")


def run(args) -> int:
    from loaders.rdf.tools import bind_parameters, run_query

    query = bind_parameters(query_text(args), parse_params(args.param))
    if not args.allow_service:
        refuse_service(query)
    result = run_query(query, args.data, ontology=not args.no_ontology)
    try:
        print_result(result, args)
    except BrokenPipeError:           # `kg sparql ... | head`: the reader has seen enough
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


# What is not SPARQL syntax: comments, strings (long ones first) and IRIs, blanked out before
# looking for the SERVICE keyword (which SPARQL spells in any case).
_NOT_SYNTAX = re.compile(r"""'\'\'[\s\S]*?\'\'\'|\"\"\"[\s\S]*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>|\#[^\n]*""")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)


def refuse_service(query: str) -> None:
    """A federated query (SERVICE <url> {...}) makes the engine send HTTP requests to the URL it
    names: kg refuses it unless the user allows it with --allow-service."""
    query = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)   # SPARQL reads \u escapes first
    if _SERVICE.search(_NOT_SYNTAX.sub(" ", query)):
        from kg.errors import KgError
        raise KgError("the query uses SERVICE, which fetches data from the URL it names; "
                      "run it with --allow-service if you trust it", value="SERVICE")


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
