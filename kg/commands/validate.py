"""kg validate: SHACL-validate an RDF file against ontology/shapes.ttl."""
from __future__ import annotations

NAME = "validate"
HELP = "Validate an RDF export against the SHACL shapes (ontology/shapes.ttl); exit 1 on violation."


def add_arguments(p):
    p.add_argument("file", help="RDF file (.ttl .nt .trig .jsonld ...)")
    p.add_argument("--shapes", help="another SHACL shapes file (default: ontology/shapes.ttl)")
    p.add_argument("--limit", type=int, default=50, help="print at most this many results (default 50)")


def describe(v) -> str:
    """One result, readably: severity, focus node, path, message and the offending value."""
    where = f"{v.focus}" + (f"  {v.path}" if v.path else "")
    value = f"  (value: {v.value})" if v.value and v.value != v.focus else ""
    return f"{v.severity}: {where}: {v.message}{value}"


def run(args) -> int:
    from pathlib import Path

    from loaders.rdf.tools import validate

    report = validate(args.file, Path(args.shapes) if args.shapes else None)
    violations = [v for v in report.violations if v.severity == "Violation"]
    for v in report.violations[: args.limit]:
        print(describe(v))
    if len(report.violations) > args.limit:
        print(f"... and {len(report.violations) - args.limit} more")
    if report.conforms:
        extra = f" ({len(report.violations)} warnings)" if report.violations else ""
        print(f"{args.file}: conforms to the SHACL shapes{extra}")
        return 0
    print(f"{args.file}: {len(violations)} violation{'s' if len(violations) != 1 else ''}")
    return 1
