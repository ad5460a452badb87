"""What an article's text does not say about it: url, title, publication date, source.

A JSONL record or an HTML page carries these itself. A plain-text article gets them, field by
field, from the first of:

1. a sidecar ``<id>.meta.json`` beside ``<id>.txt`` (``{"url": ..., "title": ..., "published":
   "2024-12-08", "source": ...}``);
2. a manifest (``kg build --manifest FILE``): CSV with a header row or JSONL, one article a
   row, columns ``id`` and any of ``url``, ``title``, ``published``, ``source``; it applies to
   every input, JSONL and HTML included, where their own field is missing;
3. the dateline the text opens with (``date 2025-11-18``, ``دمشق - 8 كانون الأول 2024``), for
   the publication date;
4. ``kg build --published DATE``, for every article of the run that has none.

A field an article already has is never replaced. The publication date is what dates
"مساء السبت" and "الشهر الماضي" in its sentences.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.types import Article

FIELDS = ("url", "title", "published", "source")
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Metadata:
    """Where the missing fields come from (see the module docstring)."""
    manifest: dict[str, dict] = field(default_factory=dict)     # article id -> fields
    published: str | None = None                                 # --published: the run's default
    sidecars: bool = True


def first_iso_date(value: str) -> str | None:
    """The first real calendar date YYYY-MM-DD in value (2024-02-30 is none), else None."""
    import datetime
    for m in re.finditer(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)", value):
        try:
            return datetime.date.fromisoformat(m.group(0)).isoformat()
        except ValueError:
            continue
    return None


def _iso_date(value) -> str | None:
    return first_iso_date(str(value)) if value not in (None, "") else None


def check_date(text: str) -> str:
    """--published: an ISO date YYYY-MM-DD, else a one-line error."""
    import datetime
    try:
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InputError(f"--published needs a date YYYY-MM-DD, not {text!r}", value=text) from None


def _fields(rec: dict, where: str) -> dict:
    out = {}
    for k in FIELDS:
        v = rec.get(k)
        if v in (None, ""):
            continue
        if not isinstance(v, (str, int, float)) or isinstance(v, bool):
            raise InputError(f"{where}: {k!r} must be text, not {type(v).__name__}", value=k)
        out[k] = _iso_date(v) if k == "published" else str(v)
        if k == "published" and out[k] is None:
            raise InputError(f"{where}: 'published' must be a date YYYY-MM-DD, not {v!r}", value=v)
    return out


def read_manifest(path: str | Path) -> dict[str, dict]:
    """A manifest file (CSV with a header, or JSONL) as {article id: fields}; a bad one is one
    clear error naming the file and line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no manifest file at {str(p)!r}", value=str(p))
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"manifest {str(p)!r} cannot be read as UTF-8: {exc}", value=str(p)) from None
    out: dict[str, dict] = {}
    if p.suffix.lower() in (".jsonl", ".json") or text.lstrip().startswith("{"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"manifest {str(p)!r} line {n}: malformed JSON: {exc.msg}", value=str(p)) from None
            _add(out, rec, f"manifest {str(p)!r} line {n}")
        return out
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "id" not in reader.fieldnames:
        raise InputError(f"manifest {str(p)!r} needs a header row with an 'id' column "
                         f"(and any of {', '.join(FIELDS)})", value=str(p))
    for n, rec in enumerate(reader, 2):
        _add(out, rec, f"manifest {str(p)!r} line {n}")
    return out


def _add(out: dict, rec, where: str) -> None:
    if not isinstance(rec, dict) or rec.get("id") in (None, ""):
        raise InputError(f"{where}: no 'id'", value=where)
    out[str(rec["id"])] = _fields(rec, where)


def sidecar_path(origin: str) -> Path | None:
    """``a/b.meta.json`` for an article read from ``a/b.txt`` (or .html), else None."""
    path = Path(origin.split("#chars=")[0])
    if path.suffix.lower() not in (".txt", ".html", ".htm"):
        return None
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict:
    """A sidecar's fields; {} when there is none. A broken one is an InputError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"sidecar {str(path)!r} is not a JSON object: {exc}", value=str(path)) from None
    if not isinstance(data, dict):
        raise InputError(f"sidecar {str(path)!r} is not a JSON object", value=str(path))
    return _fields(data, f"sidecar {str(path)!r}")


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def complete(article: Article, metadata: Metadata | None) -> Article:
    """The article with its missing fields filled in (see the module docstring)."""
    from kg.dates import dateline
    missing = [k for k in FIELDS if getattr(article, k) in (None, "")]
    if not missing:
        return article
    found: dict = {}
    sources = []
    if metadata is None or metadata.sidecars:
        side = sidecar_path(article.origin)
        if side is not None:
            sources.append(read_sidecar(side))
    if metadata is not None and metadata.manifest:
        sources.append(metadata.manifest.get(article.id) or metadata.manifest.get(article.id.split("~part")[0]) or {})
    for fields in sources:
        for k in missing:
            if k not in found and fields.get(k):
                found[k] = fields[k]
    if "published" in missing and "published" not in found:
        date = dateline(article.text)
        if date is None and metadata is not None:
            date = metadata.published
        if date:
            found["published"] = date
    return dataclasses.replace(article, **found) if found else article
