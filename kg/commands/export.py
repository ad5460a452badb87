"""kg export: write a graph.json in another format (every format in the loaders registry)."""
from __future__ import annotations


NAME = "export"
HELP = "Export a graph.json to another format (turtle, nt, jsonld, trig, graphml, gexf, ...)."


def add_arguments(p):
    p.add_argument("graph", help="graph.json written by kg build")
    p.add_argument("--format", "-f", required=True, help="output format name")
    p.add_argument("-o", "--output", required=True, help="output file (- for standard output)")
    p.add_argument("--allow-special", action="store_true",
                   help="write into a FIFO or device given by -o (refused by default)")
    p.add_argument("--base", default=None, help="base IRI for entity IRIs (RDF formats)")


def run(args) -> int:
    import loaders
    from kg.graph import read_graph

    loaders.get(args.format)          # fail on a bad format before reading anything
    options = {"base": args.base} if args.base else {}
    out = loaders.export(read_graph(args.graph), args.format, args.output, allow_special=args.allow_special,
                         **options)
    if args.output != "-":
        print(f"wrote {out} ({args.format})")
    return 0
