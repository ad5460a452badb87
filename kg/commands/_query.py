"""What the query commands (kg cypher, kg sparql) share: reading the query, printing a table."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from kg.errors import InputError


def read_query(query: str | None, file: str | None, file_option: str = "--file") -> str:
    """The query text, given inline or in a file (exactly one of them)."""
    if bool(query) == bool(file):
        raise InputError(f"give either a query or {file_option}, not both and not neither")
    if query:
        return query
    path = Path(file)
    if not path.is_file():
        raise InputError(f"no query file at {str(path)!r}", value=str(path))
    return path.read_text(encoding="utf-8")


def display_width(text: str) -> int:
    """Columns a string takes: combining marks (Arabic diacritics) take none."""
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def format_table(headers, rows) -> str:
    """A plain-text table of string cells, with a row count."""
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells):
        return " | ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(headers), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
