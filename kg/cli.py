"""The kg command line: a thin layer that parses arguments and calls importable functions.

Each subcommand is a module in ``kg.commands`` that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; a new command is one module.
"""
from __future__ import annotations

import argparse
import importlib
import contextlib
import os
import pkgutil
import sys

from kg.errors import KgError


def _command_modules():
    import kg.commands as pkg
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"kg.commands.{info.name}")


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (naming --help) like every other kg error."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def make_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with ``argv``, only the command it names gets its options
    (some import their back end to declare them: `kg build` need not pay for Neo4j's)."""
    from kg import __version__
    parser = _Parser(prog="kg", description="Arabic news to a knowledge graph of actors and relations.")
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
    """Run one command. Every error a user can meet ends here as one line on stderr, with no
    traceback: kg's own (KgError, exit 2 or the class's code), the operating system's (a
    read-only or full disk, a path through a file, a closed stream: exit 1), and Ctrl-C
    (exit 130, at once: a second Ctrl-C while stopping is ignored)."""
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser(argv)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KgError as exc:
        return _report(args.command, str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _ignore_interrupts()
        return _report(args.command, None, 130)
    except BrokenPipeError:           # `kg ... | head`: the reader has seen enough
        _silence_stdout()
        return 0
    except OSError as exc:
        return _report(args.command, os_error_message(exc), 1)
    except RecursionError:
        return _report(args.command, "input nested too deeply to read", 2)


def os_error_message(exc: OSError) -> str:
    """An OSError as one line: what went wrong, and on which path (for a temp file kg was
    writing, the folder it was writing in)."""
    what = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return what
    path = os.fsdecode(exc.filename)
    if os.path.basename(path).startswith(".") and path.endswith(".tmp"):
        return f"{what}: cannot write in {os.path.dirname(path) or '.'!r}"
    return f"{what}: {path!r}"


def _report(command: str, message: str | None, code: int) -> int:
    line = f"kg {command}: interrupted" if message is None else f"kg {command}: error: {message}"
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError, AttributeError):   # stderr closed too: the exit code says it
        pass
    return code


def _ignore_interrupts() -> None:
    import signal
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:                # not the main thread
        pass


def _silence_stdout() -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def run() -> None:
    """The console command: main(), then exit. After Ctrl-C (130) the process ends at once once
    its line is written: the graph was not written and the folder lock is released by then, and
    the interpreter's exit hooks (joining the stopped pool's threads) could otherwise keep a
    killed build waiting on a busy machine."""
    code = main()
    if code == 130:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(130)
    sys.exit(code)


if __name__ == "__main__":
    run()
