"""The kg command line: a thin layer that parses arguments and calls importable functions.

Each subcommand is a module in ``kg.commands`` that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; a new command is one module.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from kg.errors import KgError


def _command_modules():
    import kg.commands as pkg
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"kg.commands.{info.name}")


def make_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with ``argv``, only the command it names gets its options
    (some import their back end to declare them: `kg build` need not pay for Neo4j's)."""
    from kg import __version__
    parser = argparse.ArgumentParser(prog="kg", description="Arabic news to a knowledge graph of actors and relations.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    modules = list(_command_modules())
    named = _command_named(argv, {mod.NAME for mod in modules})
    for mod in modules:
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=mod.HELP)
        if named is None or mod.NAME == named:
            mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def _command_named(argv: list[str] | None, names: set[str]) -> str | None:
    """The command ``argv`` runs (its first word that is not an option), None when that is not known."""
    if argv is None:
        return None
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in names else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser(argv)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
