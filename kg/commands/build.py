"""kg build: articles in, graph.json and report.json out."""
from __future__ import annotations

from pathlib import Path

NAME = "build"
HELP = "Extract actors and relations from Arabic articles into OUT/graph.json (and OUT/report.json)."


def add_arguments(p):
    p.add_argument("inputs", nargs="+", help=".txt/.html/.jsonl files, directories (recursive), or - for stdin")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="output directory (a new graph)")
    target.add_argument("--into", help="existing output directory: add these articles to its graph")
    run_on = p.add_mutually_exclusive_group()
    run_on.add_argument("--workers", type=_positive, default=1, metavar="N",
                        help="extract in N processes (default 1; the graph is the same)")
    run_on.add_argument("--scheduler", metavar="ADDRESS",
                        help="extract on the Dask distributed cluster whose scheduler is at ADDRESS "
                             "(tcp://host:8786; kg must be installed on its workers)")
    p.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                   help="publication date of every article that has none (no sidecar, manifest row or dateline): "
                        "it dates 'مساء السبت' and 'الشهر الماضي'")
    p.add_argument("--manifest", metavar="FILE", default=None,
                   help="CSV (with a header) or JSONL of id, url, title, published, source: metadata for the "
                        "articles whose own is missing (beside a .txt, <id>.meta.json does the same)")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input was skipped")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _positive(text: str) -> int:
    import argparse
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return n


def run(args) -> int:
    from kg.pipeline import build

    from kg.metadata import Metadata, check_date, read_manifest

    metadata = Metadata(manifest=read_manifest(args.manifest) if args.manifest else {},
                        published=check_date(args.published) if args.published else None)
    out = args.out or args.into
    report = build(args.inputs, out, into=bool(args.into), progress=not args.quiet,
                   workers=args.workers, scheduler=args.scheduler, metadata=metadata)
    print(report.summary())
    print(f"wrote {Path(out) / 'graph.json'} and {Path(out) / 'report.json'}")
    skipped = report.skipped + report.failed
    if report.read == 0 or (report.added + report.unchanged) == 0:
        print("kg build: error: no article could be processed", flush=True)
        return 1
    if args.strict and skipped:
        return 1
    return 0
