"""kg cypher: run a Cypher query against Neo4j or the embedded Bolt server and print the rows."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys

from kg.commands._query import format_table, read_query

NAME = "cypher"
HELP = ("Run a Cypher query (text or --file queries/NAME.cypher, with --param name=value) and print the rows; "
        "read-only unless --write.")
FORMATS = ("table", "json", "csv")


def add_arguments(p):
    from loaders.neo4j.options import add_arguments as add_connection_arguments

    p.add_argument("query", nargs="?", help="the Cypher text (or give --file)")
    p.add_argument("--file", "-q", help="read the query from this file (e.g. queries/hedged_claims.cypher)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="query parameter $NAME; VALUE is read as JSON when it parses (5, true, [1,2]), else text")
    p.add_argument("--format", "-f", action=_FormatOrFile, default="table", metavar="{" + ",".join(FORMATS) + "}",
                   help="output format (default table); -f means the output format in kg cypher, sparql and export "
                        "(-f FILE.cypher still reads a query file, as before); csv cells that a spreadsheet would "
                        "run as a formula, starting with = + - @ tab or CR, get a leading '")
    p.add_argument("--write", action="store_true",
                   help="allow the query to change the database (CREATE, MERGE, SET, DELETE, ...); without it "
                        "kg cypher refuses writing clauses and runs a read transaction that is never committed")
    add_connection_arguments(p)


class _FormatOrFile(argparse.Action):
    """-f FORMAT; an older -f FILE (a path, not a format name) is still read as the query file."""

    def __call__(self, parser, namespace, value, option_string=None):
        if value in FORMATS:
            namespace.format = value
        elif option_string == "-f" and (value.endswith(".cypher") or os.path.isfile(value)):
            namespace.file = value
        else:
            parser.error(f"argument --format/-f: invalid choice: {value!r} (choose from {', '.join(FORMATS)})")


def parse_params(items: list[str]) -> dict:
    from kg.errors import KgError

    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise KgError(f"--param needs NAME=VALUE, got {item!r}", value=item)
        try:
            out[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            out[name.strip()] = value
    return out


def query_text(args) -> str:
    return read_query(args.query, args.file)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ' before = + - @ (OWASP's advice on CSV
    injection), so a name like "=HYPERLINK(...)" is never run as a formula. Numbers stay numbers."""
    text = _cell(value)
    if text.startswith(_FORMULA_START) and not isinstance(value, (int, float)):
        return "'" + text
    return text


def print_rows(keys: list[str], rows: list[list], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(keys, row)), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(keys)
        w.writerows([[csv_cell(v) for v in row] for row in rows])
    else:
        out.write(format_table(list(keys), [[_cell(v) for v in row] for row in rows]) + "\n")


def run(args) -> int:
    from loaders.neo4j.control import warm_query

    text, parameters = query_text(args), parse_params(args.param)
    # A warm embedded server runs the query itself (this process then never loads the Bolt driver);
    # otherwise (a URI, or no server running yet) the query goes over Bolt.
    answer = warm_query(text, parameters, write=args.write, uri=args.uri, user=args.user, password=args.password,
                        database=args.database, data_dir=args.data_dir)
    if answer is None:
        from loaders.neo4j import connect, run_query
        from loaders.neo4j.connection import settings_from_args

        with connect(settings_from_args(args)) as conn:
            answer = run_query(conn, text, parameters, write=args.write)
    print_rows(*answer, args.format)
    return 0
