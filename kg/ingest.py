"""Ingest stage: read inputs (.txt, .html, .jsonl, directories, stdin) into Article records.

Every input that cannot be used becomes a Skipped record with a reason; nothing is silently
dropped (hidden files and directories, whose names start with '.', are ignored by convention).
Boilerplate (page furniture that survives in plain text) is marked on the Article so that later
stages never extract from it.

What ingest guarantees to the later stages (docs/robustness.md has the reasons and numbers):

* Article.text is clean Unicode: line endings are '\\n'; zero-width and bidi format controls
  (U+200B-U+200F, U+202A-U+202E, U+2060-U+2064, U+2066-U+2069, U+061C, U+FEFF, U+00AD) are
  removed, so a name with a hidden mark inside still matches; other control characters become
  spaces; lone surrogates become U+FFFD (so every text can be written as UTF-8).
* No Article is longer than MAX_ARTICLE_CHARS: a longer text is split at sentence or line
  boundaries into parts ``<id>~part<k>`` whose origin ends in ``#chars=<start>-<end>``.
* Article ids are unique within one read: a second file with the same stem gets an id made of
  its path; a second JSONL record with an id already read and different text is skipped.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Iterable, Iterator

from kg.arabic import normalise, normalise_text
from kg.metadata import first_iso_date
from kg.types import Article, Skipped

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_ARTICLE_CHARS = 50_000          # longer texts are split into parts (the extractor's sweet spot)
MAX_FILE_BYTES = 100_000_000        # a .txt or .html file larger than this is skipped, not read
MAX_HTML_BYTES = 20_000_000         # trafilatura's own limit: larger pages are skipped with this reason
MAX_ID_CHARS = 500                  # a longer JSONL id is refused (it is repeated in every mention)
MIN_ARABIC_SHARE = 0.2              # below this share of Arabic letters among letters: not an Arabic article

_ARABIC = re.compile("[\u0600-\u06FF]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF"
                             "\uFB50-\uFDFF\uFE70-\uFEFC]")
_FORMAT_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_NEEDS_CLEANING = re.compile("|".join(p.pattern for p in (_LINE_SEPARATORS, _FORMAT_CONTROLS, _CONTROLS, _SURROGATES))
                             + "|\r")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SENTENCE_BREAK = re.compile(r"\n|[.!?؟;؛…](?=\s)")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 200_000


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------- decoding

def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without a BOM
    (recognised by its NUL bytes), else windows-1256 when that yields Arabic text (see
    decode_noting: UTF-8 with a few bad bytes stays UTF-8).

    Raises ValueError naming what the bytes look like."""
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, str | None]:
    """decode(), and a note when bytes had to be replaced (None when the text decoded cleanly).

    A file is taken as windows-1256 only when most of its non-ASCII bytes are not valid UTF-8:
    one bad byte in a UTF-8 file (a truncated last character, a stray byte from a paste) is
    replaced with U+FFFD and noted, instead of turning every Arabic letter into mojibake."""
    if data.startswith(_UTF32_BOMS):
        return _checked(_strict(data, "utf-32"), "UTF-32"), None
    if data.startswith(_UTF16_BOMS):
        return _checked(_strict(data, "utf-16"), "UTF-16"), None
    if b"\x00" in data:
        return _bomless_utf16(data), None
    try:
        return _checked(data.decode("utf-8-sig"), "UTF-8"), None
    except UnicodeDecodeError:
        pass
    bad, non_ascii = _invalid_utf8_bytes(data)
    if bad * 2 <= non_ascii:
        text = data.decode("utf-8-sig", errors="replace")
        return _checked(text, "UTF-8"), (f"bytes replaced: {bad} invalid UTF-8 sequence{'s' * (bad != 1)} "
                                         f"read as U+FFFD")
    text = data.decode("cp1256", errors="replace")
    if not _ARABIC_LETTERS.search(text[:_SAMPLE]):
        raise ValueError("not UTF-8 text, and not Arabic in windows-1256")
    return _checked(text, "windows-1256"), "read as windows-1256: most bytes are not UTF-8"


def _invalid_utf8_bytes(data: bytes) -> tuple[int, int]:
    """(invalid UTF-8 sequences, which are one byte each in windows-1256 text; bytes that are
    not ASCII), in two C passes."""
    non_ascii = len(data.translate(None, bytes(range(128))))
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    return bad, non_ascii


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid {encoding.upper()} text ({exc.reason} at byte {exc.start})") from None


def _checked(text: str, encoding: str) -> str:
    """Text that decoded but is mostly control characters is a binary file."""
    sample = text[:_SAMPLE]
    if sample and len(_BINARY_CONTROLS.findall(sample)) > 0.01 * len(sample):
        raise ValueError(f"binary file (control characters; not {encoding} text)")
    return text


def _bomless_utf16(data: bytes) -> str:
    """NUL bytes mean a binary file, unless they sit at every other byte, as in UTF-16 text."""
    head = data[:4096]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if len(data) % 2 == 0 and min(odd, even) == 0:
        encoding = "utf-16-le" if odd else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if _ARABIC.search(text[:_SAMPLE]) and not _BINARY_CONTROLS.search(text[:_SAMPLE]):
            return text
    raise ValueError("binary file (NUL bytes)")


# ---------------------------------------------------------------- boilerplate

def _normalised_pattern(pattern: str) -> re.Pattern:
    """Patterns are matched against normalised lines, so their Arabic is normalised too (a
    marker written تابعنا على must match the line normalised to تابعنا علي); ASCII regex
    syntax is left alone."""
    return re.compile(re.sub(r"[^\x00-\x7f]+", lambda m: normalise(m.group()), pattern), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns():
    from ontology import path
    data = json.loads(path("boilerplate.json").read_text(encoding="utf-8"))
    tail = _any_of([_normalised_pattern(p) for p in data["tail_markers"]])
    line = _any_of([_normalised_pattern(p) for p in data["line_markers"]])
    lead = _any_of([_normalised_pattern(p) for p in data["lead_markers"]])
    menu = dict(data["menu"], separators=re.compile(data["menu"]["separators"]),
                breadcrumb=re.compile(data["menu"]["breadcrumb"]),
                home=frozenset(normalise(w) for w in data["menu"]["home"]))
    body = dict(data["body_line"], sentence_end=re.compile(data["body_line"]["sentence_end"]),
                ellipsis=re.compile(data["body_line"]["ellipsis"]))
    return tail, line, lead, menu, body


_LEADING_SYMBOLS = re.compile(r"^[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")
_CLAUSE_PUNCTUATION = re.compile(r"[،,.؛;؟?!]")


def _line_forms(stripped: str) -> tuple[str, ...]:
    """A normalised line as written and without its leading symbols (📌 اقرأ أيضا، • الوسوم)."""
    bare = _LEADING_SYMBOLS.sub("", stripped)
    return (stripped, bare) if bare and bare != stripped else (stripped,)


def _matches(matcher, forms) -> bool:
    """Does one of the line's forms match one of a list's patterns (``matcher``: ``_any_of``)?"""
    return any(map(matcher, forms))


def _any_of(patterns: list[re.Pattern]):
    """A test of a text that is true when one of ``patterns`` is found in it, as
    ``any(p.search(text) for p in patterns)`` but faster: the patterns anchored at the start are
    tried as one alternation (tried at the first character only, as each of them is), and each
    other pattern only on a text that holds one of the literal strings every match of it holds
    (``_required_literals``; a search without a literal prefix tries every position)."""
    anchored = [p for p in patterns if _anchored(p)] if len({p.flags for p in patterns}) == 1 else []
    at_start = None
    if anchored:
        try:
            at_start = re.compile("^(?:" + "|".join(f"(?:{p.pattern[1:]})" for p in anchored) + ")",
                                  anchored[0].flags).search
        except re.error:                        # (inline flags, say: then each on its own)
            anchored = []
    others = [(tuple(sorted(_required_literals(p) or ())), p.search) for p in patterns
              if not any(p is a for a in anchored)]

    def found(text: str) -> bool:
        if at_start is not None and at_start(text):
            return True
        for needed, search in others:
            if not needed:
                if search(text):
                    return True
                continue
            for word in needed:
                if word in text:
                    if search(text):
                        return True
                    break
        return False
    return found


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
try:
    from re import _parser as _re_parser       # Python 3.11+
except ImportError:                            # pragma: no cover (3.10)
    import sre_parse as _re_parser


def _required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` holds one (read off its parse: a run of
    literal characters that are not cased, or one such run in every branch of an alternation), the
    most selective set found; None when there is none (or the parse is not understood)."""
    try:
        return _required(_re_parser.parse(pattern.pattern, pattern.flags))
    except Exception:                           # pragma: no cover (a parser of another version)
        return None


def _anchored(pattern: re.Pattern) -> bool:
    """The pattern is ^ and a sequence (no alternation at its top, no back-reference)."""
    if not pattern.pattern.startswith("^") or _BACKREFERENCE.search(pattern.pattern):
        return False
    try:
        items = _re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:                           # pragma: no cover
        return False
    return len(items) > 0 and items[0] == (_re_parser.AT, _re_parser.AT_BEGINNING)


def _uncased(code: int) -> bool:
    c = chr(code)
    return c.lower() == c and c.upper() == c


def _required(items) -> frozenset[str] | None:
    """_required_literals of a parsed sequence: the best of what any of its items requires."""
    p = _re_parser
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found):
        return found and (best is None or min(map(len, found)) > min(map(len, best)))

    for op, av in list(items) + [(None, None)]:
        if op is p.LITERAL and _uncased(av):
            run.append(chr(av))
            continue
        if run:
            found = frozenset(["".join(run)])
            best = found if better(found) else best
            run = []
        found = None
        if op is p.SUBPATTERN:
            found = _required(av[-1])
        elif op is p.BRANCH:
            parts = [_required(branch) for branch in av[1]]
            found = frozenset().union(*parts) if parts and all(parts) else None
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        if better(found):
            best = found
    return best


def _menu_line(stripped: str, menu: dict) -> bool:
    """A site menu or breadcrumb: short items parted by | » > / (الرئيسية > أخبار > السودان)."""
    if _CLAUSE_PUNCTUATION.search(stripped):
        return False
    items = [i.strip() for i in menu["separators"].split(stripped) if i.strip()]
    if len(items) < 2 or not all(_LETTER.search(i) and len(i.split()) <= menu["max_words"] for i in items):
        return False
    return len(items) >= menu["min_items"] or items[0] in menu["home"] or bool(menu["breadcrumb"].search(stripped))


MENU_ITEM_CHARS = 40      # a menu item of a few words is shorter (most lines, paragraphs, are not read further)


def _menu_item(stripped: str, menu: dict) -> int:
    """The number of words of a line that may be one item of a menu dumped one item a line (a
    letter, no clause punctuation, at most max_words words: سياسة، تسجيل الدخول), else 0."""
    if len(stripped) > MENU_ITEM_CHARS or _CLAUSE_PUNCTUATION.search(stripped) or not _LETTER.search(stripped):
        return 0
    words = len(stripped.split())
    return words if words <= menu["max_words"] else 0


def _menu_column(items: list[tuple[int, int, str, int]], menu: dict) -> bool:
    """الرئيسية / أخبار / سياسة / السودان (one a line): a column of menu items (start, end, line,
    words) opened by a home word (min_items or more), or of column_items or more short ones."""
    if len(items) >= menu["min_items"] and items[0][2] in menu["home"]:
        return True
    return len(items) >= menu["column_items"] and all(words <= menu["column_words"] for *_, words in items)


def _body_line(raw: str, body: dict) -> bool:
    """Article text: a long line, or a line of some length that ends a sentence (a teaser cut
    with an ellipsis does not)."""
    line = raw.strip()
    if len(line) >= body["min_chars"]:
        return True
    return (len(line) >= body["min_sentence_chars"] and bool(body["sentence_end"].search(line))
            and not body["ellipsis"].search(line))


_NO_TEASER, _FIRST_TEASER, _MORE_TEASERS = range(3)


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of boilerplate: single furniture lines (menus, captions, bylines, share widgets,
    read-also teasers), and the page tail: from the first of two or more tail markers that
    follow the last article paragraph (a read-also marker in mid-article cuts nothing)."""
    tail, line, lead, menu, body = _boilerplate_patterns()
    spans, tail_starts = [], []
    last_body_end = 0
    teasers = _NO_TEASER         # after a lone read-also or related-stories header: its teaser lines
    column: list[tuple[int, int, str, int]] = []      # the short lines so far of a menu dumped one item a line
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = pos, pos + len(raw)
        pos = end
        if len(raw) > 1000:          # furniture lines are short; a long line is article text
            last_body_end, teasers = end, _NO_TEASER
            if column:
                column = _close_column(column, spans, menu)
            continue
        stripped = normalise_text(raw.strip())
        if not stripped:
            if teasers == _MORE_TEASERS:     # a teaser list ends at a blank line (a headline may follow)
                teasers = _NO_TEASER
            continue
        words = _menu_item(stripped, menu) if len(stripped) <= MENU_ITEM_CHARS else 0
        if words:
            column.append((start, end, stripped, words))
        elif column:
            column = _close_column(column, spans, menu)
        forms = _line_forms(stripped)
        is_tail = _matches(tail, forms)
        if is_tail:
            tail_starts.append(start)
        if teasers == _FIRST_TEASER or (teasers == _MORE_TEASERS and not _body_line(raw, body)):
            spans.append((start, end))       # the stories a lone اقرأ أيضا / أخبار ذات صلة line announces
            teasers = _MORE_TEASERS
            continue
        teasers = _NO_TEASER
        if _matches(lead, forms):
            spans.append((start, end))
            teasers = _FIRST_TEASER
        elif _matches(line, forms) or _menu_line(stripped, menu):    # a marker can be both: اقرأ أيضا mid-article is one line
            spans.append((start, end))
        elif not is_tail and _body_line(raw, body):
            last_body_end = end
    if column:
        _close_column(column, spans, menu)
    tail_starts = [s for s in tail_starts if s >= last_body_end]
    tail_start = None
    if len(tail_starts) >= 2 or (len(tail_starts) == 1 and _short_tail(text, tail_starts[0])):
        tail_start = tail_starts[0]
        spans = [s for s in spans if s[0] < tail_start] + [(tail_start, len(text))]
    return tuple(sorted(spans))


def _close_column(column: list, spans: list, menu: dict) -> list:
    """At the end of a run of short lines: its lines join the boilerplate spans when they are a
    menu column; an empty run to go on with."""
    if _menu_column(column, menu):
        have = set(spans)              # (a menu's share buttons may be furniture lines already)
        spans.extend((start, end) for start, end, *_ in column if (start, end) not in have)
    return []


def _short_tail(text: str, start: int) -> bool:
    """A lone tail marker ends the article when little text follows it."""
    return len(text) - start < 400


# ---------------------------------------------------------------- articles

def clean_text(text: str) -> str:
    """The text later stages see (see the module docstring): unified line ends, no format
    controls, no other control characters, no lone surrogates."""
    if not _NEEDS_CLEANING.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _FORMAT_CONTROLS.sub("", text)
    text = _CONTROLS.sub(" ", text)
    return _SURROGATES.sub("\ufffd", text)


def clean_label(text: str) -> str:
    """An id, origin or metadata value as printable UTF-8-safe text (file names may hold bytes
    that are not UTF-8; Python keeps them as lone surrogates), without the zero-width and bidi
    format controls clean_text removes (a right-to-left override in an id or a title would
    reorder what reports and pages show around it)."""
    if text.isprintable():
        return text
    if _SURROGATES.search(text):
        try:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:      # surrogates that are not escaped bytes
            pass
    text = _FORMAT_CONTROLS.sub("", text)
    return _CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))


def make_article(id: str, text: str, origin: str, **meta) -> Article:
    text = clean_text(text)
    meta = {k: (clean_label(str(v)) if v is not None else None) for k, v in meta.items()}
    if "published" in meta:
        meta["published"] = first_iso_date(meta["published"]) if meta["published"] else None
    return Article(id=clean_label(str(id)), text=text, origin=clean_label(origin), content_hash=content_hash(text),
                   boilerplate=find_boilerplate(text), **meta)


def split_points(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans that cover text with no span longer than limit (MAX_ARTICLE_CHARS),
    cut after the last line break or sentence end before the limit, else at the last space,
    else anywhere."""
    limit = limit or MAX_ARTICLE_CHARS
    spans, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window, limit // 2)), default=0)
        if not cut:
            cut = window.rfind(" ", limit // 2) + 1
        cut = cut or limit
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def articles_from(id: str, text: str, origin: str, **meta) -> Iterator[Article]:
    """One Article, or parts of at most MAX_ARTICLE_CHARS when the text is longer."""
    text = clean_text(text)
    spans = split_points(text)
    if len(spans) == 1:
        yield make_article(id, text, origin, **meta)
        return
    for k, (s, e) in enumerate(spans, 1):
        yield make_article(f"{id}~part{k}", text[s:e], f"{origin}#chars={s}-{e}", **meta)


def html_to_article_fields(html: str) -> dict:
    """Article body and metadata from an HTML page (trafilatura drops navigation, teasers,
    scripts and styles; <noscript> is dropped first)."""
    import trafilatura
    body = _without_noscript(html)
    text = trafilatura.extract(body, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    fields = {"text": text}
    if meta is not None:
        fields.update(title=meta.title, url=meta.url, published=meta.date, source=meta.sitename)
    return fields


_NOSCRIPT = re.compile(r"<noscript\b", re.IGNORECASE)


def _without_noscript(html: str) -> str:
    """The page without its <noscript> elements: what a browser shows with scripts off ("enable
    JavaScript to read this page"), never the article; trafilatura's fallback would take it as
    the body of a page that has no other text."""
    if not _NOSCRIPT.search(html):
        return html
    import lxml.html
    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable markup: trafilatura reports it
        return html
    for el in list(tree.iter("noscript")):
        el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def _html_fields(html: str) -> dict | str:
    """Fields of an HTML page, or why none could be had."""
    if len(html) > MAX_HTML_BYTES:
        return f"HTML page larger than {MAX_HTML_BYTES // 1_000_000} MB (the HTML extractor's limit)"
    try:
        fields = html_to_article_fields(html)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        return f"HTML could not be parsed: {type(exc).__name__}: {exc}"
    if fields["text"] and _only_link_text(html, fields["text"]):
        fields["text"] = ""          # a page of menus: trafilatura's fallback glues the labels together
    return fields


def _only_link_text(html: str, text: str) -> bool:
    """True when every Arabic letter of text comes from the page's links (navigation, not a body)."""
    import lxml.html
    try:
        anchors = [a.text_content().strip() for a in lxml.html.fromstring(html).iter("a")]
    except Exception:  # unparsable markup: keep what trafilatura found
        return False
    rest = re.sub(r"\s+", "", text)
    for label in sorted(filter(None, (re.sub(r"\s+", "", a) for a in anchors)), key=len, reverse=True):
        rest = rest.replace(label, "")
    return not _ARABIC_LETTERS.search(rest)


def _usable(text: str) -> str | None:
    """Why a text cannot be used, or None."""
    if not text.strip():
        return "empty"
    sample = text[:_SAMPLE]
    if not _ARABIC_LETTERS.search(sample) and not _ARABIC_LETTERS.search(text):
        return "no Arabic text"
    if _arabic_block_chars(sample) >= MIN_ARABIC_SHARE * len(sample):
        return None                  # the common case, decided without counting letters
    letters = sum(map(str.isalpha, sample))
    arabic = len(_ARABIC_LETTERS.findall(sample))
    if letters and arabic < MIN_ARABIC_SHARE * letters:
        return f"mostly non-Arabic text: {100 * arabic // letters}% of letters are Arabic"
    return None


def _arabic_block_chars(text: str) -> int:
    """Characters in U+0600-U+06FF, counted fast: their UTF-8 lead bytes are D8-DB."""
    data = text.encode("utf-8", "surrogatepass")
    return sum(data.count(lead) for lead in (b"\xd8", b"\xd9", b"\xda", b"\xdb"))


# ---------------------------------------------------------------- readers

def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file larger than {MAX_FILE_BYTES // 1_000_000} MB ({size / 1e6:.0f} MB)")
    return path.read_bytes()


def read_txt(path: Path, data: bytes | None = None) -> Iterator[Article | Skipped]:
    try:
        text, note = decode_noting(_read_bytes(path) if data is None else data)
    except (OSError, ValueError) as exc:
        yield Skipped(clean_label(str(path)), _why(exc))
        return
    why = _usable(text)
    if why:
        yield Skipped(clean_label(str(path)), why)
        return
    yield from _noted(articles_from(path.stem, text, str(path)), note)


def read_html(path: Path) -> Iterator[Article | Skipped]:
    try:
        html, note = decode_noting(_read_bytes(path))
    except (OSError, ValueError) as exc:
        yield Skipped(clean_label(str(path)), _why(exc))
        return
    fields = _html_fields(html)
    if isinstance(fields, str):
        yield Skipped(clean_label(str(path)), fields)
        return
    text = fields.pop("text")
    why = _usable(text)
    if why:
        yield Skipped(clean_label(str(path)), f"no article body found ({why})")
        return
    yield from _noted(articles_from(path.stem, text, str(path), **fields), note)


def _noted(articles: Iterator[Article | Skipped], note: str | None) -> Iterator[Article | Skipped]:
    """The articles of one input, the first carrying the note about how it was read."""
    if note is None:
        yield from articles
        return
    import dataclasses
    for art in articles:
        if note is not None and isinstance(art, Article):
            art, note = dataclasses.replace(art, notes=(note,)), None
        yield art


def _why(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def read_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[Article | Skipped]:
    """Articles from JSONL lines (numbered from 1); a line that cannot be used is a Skipped
    whose origin is ``origin:N`` and whose reason names line N."""
    return _jsonl_records(enumerate(lines, 1), origin)


def _jsonl_records(numbered: Iterable[tuple[int, str | Skipped]], origin: str) -> Iterator[Article | Skipped]:
    for n, line in numbered:
        if isinstance(line, Skipped):
            yield line
        elif line.strip():
            yield from _jsonl_record(line, n, f"{clean_label(origin)}:{n}")


def _jsonl_record(line: str, n: int, where: str) -> Iterator[Article | Skipped]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Skipped(where, f"malformed JSON: line {n}, column {exc.colno}: {exc.msg}")
        return
    except RecursionError:
        yield Skipped(where, f"malformed JSON: line {n}: nested too deeply")
        return
    if not isinstance(rec, dict) or rec.get("id") in (None, "", [], {}):
        yield Skipped(where, f"no 'id': line {n}")
        return
    rid = rec["id"]
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        yield Skipped(where, f"bad 'id': line {n}: must be a string or an integer, not {type(rid).__name__}")
        return
    if len(str(rid)) > MAX_ID_CHARS:
        yield Skipped(where, f"bad 'id': line {n}: longer than {MAX_ID_CHARS} characters ({len(str(rid)):,}); "
                             f"an id is copied into every mention and claim of its article")
        return
    label = clean_label(str(rid))[:80]
    fields = {k: _scalar(rec.get(k)) for k in ("url", "title", "published", "source")}
    text = rec.get("text")
    if text is not None and not isinstance(text, str):
        yield Skipped(where, f"bad 'text': line {n} ({label}): must be a string, not {type(text).__name__}")
        return
    if not text and rec.get("html"):
        if not isinstance(rec["html"], str):
            yield Skipped(where, f"bad 'html': line {n} ({label}): must be a string, not {type(rec['html']).__name__}")
            return
        extracted = _html_fields(rec["html"])
        if isinstance(extracted, str):
            yield Skipped(where, f"{extracted} (line {n}, {label})")
            return
        text = extracted.pop("text")
        fields = {k: fields.get(k) or extracted.get(k) for k in fields}
        why = _usable(text)
        if why:
            yield Skipped(where, f"no article body found ({why}): line {n} ({label})")
            return
    if not isinstance(text, str):
        yield Skipped(where, f"neither 'text' nor 'html': line {n} ({label})")
        return
    why = _usable(text)
    if why:
        yield Skipped(where, f"{why}: line {n} ({label})")
        return
    yield from articles_from(str(rid), text, where, **fields)


def _scalar(value):
    """Metadata fields are text; a list or object in their place is dropped."""
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    try:
        with path.open("rb") as f:
            head = f.read(4)
            f.seek(0)
            if head.startswith(_UTF32_BOMS + _UTF16_BOMS):
                text = decode(f.read())
                yield from _jsonl_records(enumerate(text.split("\n"), 1), str(path))
                return
            yield from _jsonl_records(_utf8_lines(f, path), str(path))
    except (OSError, ValueError) as exc:
        yield Skipped(clean_label(str(path)), _why(exc))


def _utf8_lines(f, path: Path) -> Iterator[tuple[int, str | Skipped]]:
    """Numbered lines of a UTF-8 file, read one at a time; a line that is not UTF-8 is a Skipped."""
    for n, raw in enumerate(f, 1):
        try:
            yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield n, Skipped(f"{clean_label(str(path))}:{n}", f"not UTF-8: line {n}")


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


# ---------------------------------------------------------------- walking inputs

def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Skipped]:
    """Files under root in sorted order, following symbolic links to directories once each
    (a link loop is reported, not followed forever); hidden entries are ignored."""
    try:
        st = root.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield Skipped(clean_label(str(root)), "directory already read (a symbolic link leads back to it)")
            return
        seen.add(key)
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(clean_label(str(root)), _why(exc))
        return
    for entry in entries:
        if _hidden(entry.name):
            continue
        path = Path(entry.path)
        kind = _kind(path)
        if kind == "dir":
            yield from _walk(path, seen)
        elif kind == "file":
            yield path
        else:
            yield Skipped(clean_label(str(path)), kind)


def _kind(path: Path) -> str:
    """'file', 'dir', or why the path cannot be read."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return "symbolic link loop" if exc.errno == errno.ELOOP else "broken symbolic link"
        return _why(exc)
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    return "not a regular file (device, socket or pipe)"


def iter_files(root: Path) -> Iterator[Path]:
    """Readable files under root (root itself when it is a file)."""
    if _kind(root) == "file":
        yield root
        return
    for item in _walk(root, set()):
        if isinstance(item, Path):
            yield item


def _read_file(p: Path, explicit: bool) -> Iterator[Article | Skipped]:
    from kg.metadata import is_sidecar
    if is_sidecar(p):                 # <id>.meta.json: read with its article (kg.metadata)
        if explicit:
            yield Skipped(clean_label(str(p)), "a metadata sidecar: it is read with its article, not on its own")
        return
    reader = READERS.get(p.suffix.lower())
    if reader is not None:
        yield from reader(p)
        return
    reason = f"unsupported file type {p.suffix or '(none)'!r}"
    if explicit:
        reason += f" (supported: {', '.join(SUPPORTED_SUFFIXES)})"
    yield Skipped(clean_label(str(p)), reason)


def _read_spec(spec: str) -> Iterator[Article | Skipped]:
    if spec == "-":
        yield from read_stdin()
        return
    root = Path(spec)
    kind = _kind(root)
    if kind == "file":
        yield from _read_file(root, explicit=True)
    elif kind == "dir":
        for item in _walk(root, set()):
            yield from (item,) if isinstance(item, Skipped) else _read_file(item, explicit=False)
    elif not root.is_symlink() and not os.path.lexists(root):
        yield Skipped(clean_label(spec), "no such file or directory")
    else:
        yield Skipped(clean_label(spec), kind)


def read_inputs(inputs: Iterable[str], metadata=None) -> Iterator[Article | Skipped]:
    """Articles (and skipped inputs, with reasons) from paths, directories (recursively) and '-'.

    Article ids are unique in what this yields (see the module docstring). Missing url, title,
    publication date and source come from sidecars, ``metadata`` (a kg.metadata.Metadata:
    manifest, --published) and the text's dateline (kg.metadata.complete)."""
    from kg.errors import InputError
    from kg.metadata import complete
    ids = _IdBook()
    for spec in inputs:
        for item in _read_spec(spec):
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                item = complete(item, metadata)
            except InputError as exc:
                yield Skipped(item.origin, str(exc))
                continue
            yield ids.admit(item)


class _IdBook:
    """Remembers the ids handed out in one read, so that two inputs never share one."""

    def __init__(self):
        self.hashes: dict[str, tuple[str, str]] = {}     # id -> (content_hash, origin)

    def admit(self, art: Article) -> Article | Skipped:
        known = self.hashes.get(art.id)
        if known is None or known[0] == art.content_hash:
            self.hashes.setdefault(art.id, (art.content_hash, art.origin))
            return art
        renamed = with_path_id(art)
        if renamed is not None:
            if renamed.id not in self.hashes:
                self.hashes[renamed.id] = (art.content_hash, art.origin)
                return renamed
        return Skipped(art.origin, f"duplicate id {art.id!r} with a different text: first read from {known[1]} "
                                   f"(use kg build --into to replace an article with a new version)")


def with_path_id(art: Article) -> Article | None:
    """The article of a .txt or .html file under an id made of its path (b/index for
    b/index.html) instead of its stem, for when the stem is taken; None for other inputs."""
    if not _from_file(art.origin):
        return None
    path = Path(art.origin.split("#chars=")[0])
    part = art.id[len(path.stem):]                      # "" or "~partK"
    return Article(**{**art.__dict__, "id": path.with_suffix("").as_posix() + part})


def same_origin(a: str | None, b: str | None) -> bool:
    """Two origins name the same input: the same JSONL file or stdin, or the same file
    (however the path was written)."""
    if a is None or b is None:
        return a == b
    a, b = a.split("#chars=")[0], b.split("#chars=")[0]
    if _from_file(a) and _from_file(b):
        return os.path.realpath(a) == os.path.realpath(b)
    return a == b


def _from_file(origin: str) -> bool:
    """A .txt or .html file (whose id is its stem), not a JSONL line or stdin."""
    return Path(origin.split("#chars=")[0]).suffix.lower() in (".txt", ".html", ".htm")


def read_stdin() -> Iterator[Article | Skipped]:
    """stdin holds JSONL when its first non-blank character is '{', else one plain-text article."""
    if sys.stdin is None:                # started with standard input closed (kg build - <&-)
        yield Skipped("-", "standard input is closed")
        return
    try:
        data = sys.stdin.buffer.read()
        text, note = decode_noting(data)
    except (OSError, ValueError) as exc:
        yield Skipped("-", _why(exc))
        return
    if text.lstrip().startswith("{"):
        # JSON strings may hold U+2028 and other characters str.splitlines breaks on: '\n' only
        yield from _noted(read_jsonl_lines(text.split("\n"), "-"), note)
    else:
        why = _usable(text)
        if why:
            yield Skipped("-", why)
        else:
            yield from _noted(articles_from("stdin", text, "-"), note)
