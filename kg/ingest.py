"""Ingest stage: read inputs (.txt, .html, .jsonl, directories, stdin) into Article records.

Every input that cannot be used becomes a Skipped record with a reason; nothing is silently
dropped. Boilerplate (page furniture that survives in plain text) is marked on the Article so
that later stages never extract from it.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from kg.arabic import normalise
from kg.types import Article, Skipped

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_ARABIC = re.compile("[\u0600-\u06FF]")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM, else windows-1256
    when that yields Arabic text. Raises ValueError naming what was tried."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8, UTF-16 or windows-1256 text") from None
    if not _ARABIC.search(text):
        raise ValueError("not UTF-8 text, and not Arabic in windows-1256")
    return text


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns():
    from ontology import path
    data = json.loads(path("boilerplate.json").read_text(encoding="utf-8"))
    tail = [re.compile(p, re.IGNORECASE) for p in data["tail_markers"]]
    line = [re.compile(p, re.IGNORECASE) for p in data["line_markers"]]
    return tail, line


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of boilerplate: single furniture lines, and the page tail from the first of two or
    more tail markers on."""
    tail, line = _boilerplate_patterns()
    spans, tail_starts = [], []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = normalise(raw.strip())
        start, end = pos, pos + len(raw)
        pos = end
        if not stripped:
            continue
        if any(p.search(stripped) for p in tail):
            tail_starts.append(start)
        elif any(p.search(stripped) for p in line):
            spans.append((start, end))
    if len(tail_starts) >= 2:
        spans.append((tail_starts[0], len(text)))
    elif len(tail_starts) == 1 and _short_tail(text, tail_starts[0]):
        spans.append((tail_starts[0], len(text)))
    return tuple(sorted(spans))


def _short_tail(text: str, start: int) -> bool:
    """A lone tail marker ends the article when little text follows it."""
    return len(text) - start < 400


def make_article(id: str, text: str, origin: str, **meta) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = {k: (str(v) if v is not None else None) for k, v in meta.items()}
    if meta.get("published"):
        meta["published"] = _iso_date(meta["published"])
    return Article(id=str(id), text=text, origin=origin, content_hash=content_hash(text),
                   boilerplate=find_boilerplate(text), **meta)


def _iso_date(value: str) -> str | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
    return m.group(0) if m else None


def html_to_article_fields(html: str) -> dict:
    """Article body and metadata from an HTML page (trafilatura drops navigation and teasers)."""
    import trafilatura
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    fields = {"text": text}
    if meta is not None:
        fields.update(title=meta.title, url=meta.url, published=meta.date, source=meta.sitename)
    return fields


def _usable(text: str) -> str | None:
    """Why a text cannot be used, or None."""
    if not text.strip():
        return "empty"
    if not _ARABIC.search(text):
        return "no Arabic text"
    return None


def read_txt(path: Path, data: bytes | None = None) -> Iterator[Article | Skipped]:
    try:
        text = decode(path.read_bytes() if data is None else data)
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), str(exc))
        return
    why = _usable(text)
    yield Skipped(str(path), why) if why else make_article(path.stem, text, str(path))


def read_html(path: Path) -> Iterator[Article | Skipped]:
    try:
        html = decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), str(exc))
        return
    fields = html_to_article_fields(html)
    text = fields.pop("text")
    why = _usable(text)
    if why:
        yield Skipped(str(path), f"no article body found ({why})")
        return
    yield make_article(path.stem, text, str(path), **fields)


def read_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[Article | Skipped]:
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON on line {n}: {exc.msg}")
            continue
        if not isinstance(rec, dict) or not rec.get("id"):
            yield Skipped(where, f"line {n} has no 'id'")
            continue
        text = rec.get("text")
        fields = {k: rec.get(k) for k in ("url", "title", "published", "source")}
        if not text and rec.get("html"):
            extracted = html_to_article_fields(str(rec["html"]))
            text = extracted.pop("text")
            fields = {k: fields.get(k) or extracted.get(k) for k in fields}
        if not isinstance(text, str):
            yield Skipped(where, f"line {n} ({rec['id']}) has neither 'text' nor 'html'")
            continue
        why = _usable(text)
        if why:
            yield Skipped(where, f"line {n} ({rec['id']}): {why}")
            continue
        yield make_article(rec["id"], text, where, **fields)


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    try:
        with path.open("rb") as f:
            for n, raw in enumerate(f, 1):
                try:
                    line = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    yield Skipped(f"{path}:{n}", f"line {n} is not UTF-8")
                    continue
                yield from _one_jsonl(line, path, n)
    except OSError as exc:
        yield Skipped(str(path), str(exc))


def _one_jsonl(line: str, path: Path, n: int) -> Iterator[Article | Skipped]:
    for item in read_jsonl_lines([line], str(path)):
        if isinstance(item, Skipped):
            item = Skipped(f"{path}:{n}", item.reason.replace("line 1", f"line {n}"))
        elif item.origin.endswith(":1"):
            item = Article(**{**item.__dict__, "origin": f"{path}:{n}"})
        yield item


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


def iter_files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for p in sorted(root.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts):
            yield p


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Skipped]:
    """Articles (and skipped inputs, with reasons) from paths, directories (recursively) and '-'."""
    for spec in inputs:
        if spec == "-":
            yield from read_stdin()
            continue
        root = Path(spec)
        if not root.exists():
            yield Skipped(spec, "no such file or directory")
            continue
        for p in iter_files(root):
            reader = READERS.get(p.suffix.lower())
            if reader is None:
                if root.is_file():
                    yield Skipped(str(p), f"unsupported file type {p.suffix or '(none)'!r} "
                                          f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
                else:
                    yield Skipped(str(p), f"unsupported file type {p.suffix or '(none)'!r}")
                continue
            yield from reader(p)


def read_stdin() -> Iterator[Article | Skipped]:
    """stdin holds JSONL when its first non-blank character is '{', else one plain-text article."""
    data = sys.stdin.buffer.read()
    try:
        text = decode(data)
    except ValueError as exc:
        yield Skipped("-", str(exc))
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "-")
    else:
        why = _usable(text)
        yield Skipped("-", why) if why else make_article("stdin", text, "-")
