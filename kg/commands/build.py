"""kg build: articles in, graph.json and report.json out."""
from __future__ import annotations

import sys
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
    run_on.add_argument("--scheduler", metavar="ADDRESS", type=_scheduler_address,
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


def max_workers() -> int:
    """More worker processes than this (8 per CPU) only costs memory: each holds the model."""
    import os
    return 8 * (os.cpu_count() or 1)


def _positive(text: str) -> int:
    import argparse
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= max_workers():
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {max_workers()} "
                                         f"(8 per CPU), not {text!r}")
    return n


_ADDRESS = None


def _scheduler_address(text: str) -> str:
    """A Dask scheduler address, [PROTOCOL://]HOST[:PORT], checked before any connection is tried."""
    import argparse
    import re
    global _ADDRESS
    _ADDRESS = _ADDRESS or re.compile(r"(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?"
                                      r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])"
                                      r"(?::(\d{1,5}))?/?")
    m = _ADDRESS.fullmatch(text)
    if not m or (m.group(1) and not 0 < int(m.group(1)) < 65536):
        raise argparse.ArgumentTypeError(f"not a scheduler address: {text!r} (expected tcp://HOST:PORT, "
                                         f"e.g. tcp://127.0.0.1:8786)")
    return text


FAILED_EXIT = 3    # graph written, but kg itself failed on some article: a bug, never bad input


def run(args) -> int:
    from kg.pipeline import build

    from kg.metadata import Metadata, check_date, read_manifest

    metadata = Metadata(manifest=read_manifest(args.manifest) if args.manifest else {},
                        published=check_date(args.published) if args.published else None)
    out = args.out or args.into
    report = build(args.inputs, out, into=bool(args.into), progress=not args.quiet,
                   workers=args.workers, scheduler=args.scheduler, metadata=metadata)
    print(report.summary())
    skipped = report.skipped + report.failed
    if not report.written:
        kept = (Path(out) / "graph.json").exists()
        print("kg build: error: no article could be processed; "
              + (f"{Path(out) / 'graph.json'} is left as it was" if kept else
                 f"no graph written (the reasons are in {Path(out) / 'report.json'})"),
              file=sys.stderr, flush=True)
        return 1
    print(f"wrote {Path(out) / 'graph.json'} and {Path(out) / 'report.json'}")
    if report.failed:
        print(f"kg build: error: extraction failed inside kg on {len(report.failed)} article(s), "
              f"first {report.failed[0].origin}: {report.failed[0].reason}; the graph holds the "
              f"others (listed under \"failed\" in {Path(out) / 'report.json'}); please report this as a bug",
              file=sys.stderr, flush=True)
        return FAILED_EXIT
    if args.strict and skipped:
        return 1
    return 0
