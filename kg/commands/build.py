"""kg build: articles in, graph.json and report.json out."""
from __future__ import annotations

NAME = "build"
HELP = "Extract actors and relations from Arabic articles into OUT/graph.json (and OUT/report.json)."


def add_arguments(p):
    p.add_argument("inputs", nargs="+", help=".txt/.html/.jsonl files, directories (recursive), or - for stdin")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="output directory (a new graph)")
    target.add_argument("--into", help="existing output directory: add these articles to its graph")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input was skipped")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args) -> int:
    from kg.pipeline import build

    out = args.out or args.into
    report = build(args.inputs, out, into=bool(args.into), progress=not args.quiet)
    print(report.summary())
    print(f"wrote {out}/graph.json and {out}/report.json")
    skipped = report.skipped + report.failed
    if report.read == 0 or (report.added + report.unchanged) == 0:
        print("kg build: error: no article could be processed", flush=True)
        return 1
    if args.strict and skipped:
        return 1
    return 0
