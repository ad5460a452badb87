"""kg viz: write a graph.json as one self-contained interactive HTML page."""
from __future__ import annotations

from pathlib import Path

NAME = "viz"
HELP = "Write an interactive HTML page of a graph.json (one file, works offline)."


def add_arguments(p):
    p.add_argument("graph", help="graph.json written by kg build")
    p.add_argument("-o", "--output", default=None, help="output .html file (default: next to the graph, .html)")
    p.add_argument("--title", default=None, help="page title (default: the graph file's name)")
    p.add_argument("--allow-special", action="store_true",
                   help="write into a FIFO or device given by -o (refused by default; -o - is standard output)")


def run(args) -> int:
    from kg.graph import read_graph
    from loaders.view import write_page

    source = Path(args.graph)
    g = read_graph(source)
    out = Path(args.output) if args.output else source.with_suffix(".html")
    write_page(g, out, title=args.title or source.name, allow_special=args.allow_special)   # OSError: kg.cli
    if str(out) != "-":
        print(f"wrote {out} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges); open it in a browser")
    return 0
