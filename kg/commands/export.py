"""kg export: write a graph.json in another format (every format in the loaders registry)."""
from __future__ import annotations

import argparse
import inspect

NAME = "export"
HELP = "Export a graph.json to another format (turtle, nt, trig, jsonld, events, graphml, gexf, html)."


def _format_list() -> str:
    import loaders
    lines = [f"  {e.name:<9} {e.description}" for e in loaders.exporters()]
    return "formats:\n" + "\n".join(lines) + "\n  (ttl is accepted for turtle, ntriples for nt)"


def add_arguments(p):
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _format_list()
    p.add_argument("graph", help="graph.json written by kg build")
    p.add_argument("--format", "-f", required=True, metavar="FORMAT",
                   help="output format (listed below); -f means the output format in kg export and kg sparql")
    p.add_argument("-o", "--output", required=True, help="output file (- for standard output)")
    p.add_argument("--allow-special", action="store_true",
                   help="write into a FIFO or device given by -o (refused by default)")
    p.add_argument("--base", default=None, help="base IRI for entity IRIs (RDF formats)")
    p.add_argument("--include-origin", action="store_true",
                   help="RDF: write kg:origin, where each article was read from (local file paths: off by default)")
    p.add_argument("--license", metavar="IRI", default=None,
                   help="RDF: the dataset licence the VoID description states (dcterms:license)")


def run(args) -> int:
    import loaders
    from kg.errors import KgError
    from kg.graph import read_graph

    exporter = loaders.get(args.format)          # fail on a bad format before reading anything
    given = {"base": args.base, "include_origin": args.include_origin or None, "license": args.license}
    options = {k: v for k, v in given.items() if v is not None}
    accepted = inspect.signature(exporter.write).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in accepted.values())
    for name in options:
        if name not in accepted and not takes_any:
            flag = "--" + name.replace("_", "-")
            raise KgError(f"{flag} applies to the RDF formats (turtle, nt, trig, jsonld), not {exporter.name!r}",
                          value=name)
    out = loaders.export(read_graph(args.graph), exporter.name, args.output, allow_special=args.allow_special,
                         **options)
    if args.output != "-":
        print(f"wrote {out} ({exporter.name})")
    return 0
