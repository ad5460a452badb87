"""Event dates: resolve what a sentence says about when (اليوم، أمس، مساء السبت، 8 ديسمبر 2024,
and, when it names no day, a month or a year: في أكتوبر الماضي، الشهر الماضي، في العام 2013)
against the article's publication date; and the dateline a plain-text article opens with.

A date is ISO: YYYY-MM-DD, YYYY-MM or YYYY; its form says its precision (day, month, year)."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from typing import Sequence

from kg.arabic import normalise, normalise_text


def _names(key: str) -> dict[str, int]:
    """ontology/dates.json's weekday or month names, as written."""
    from ontology import path
    return json.loads(path("dates.json").read_text(encoding="utf-8"))[key]


WEEKDAYS = _names("weekdays")
MONTHS = _names("months")
_NWEEK = {normalise(k): v for k, v in WEEKDAYS.items()}
_NMONTH = {normalise(k): v for k, v in MONTHS.items()}
# Every word the relative rules below look for: a sentence without any of them has no relative date.
_RELATIVE_WORDS = frozenset(_NWEEK) | {p + w for w in _NWEEK for p in "وفب"} | {"امس", "اليوم", "الليله"}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_EXPLICIT = re.compile(r"(\d{1,2})\s+(" + "|".join(sorted(map(re.escape, _NMONTH), key=len, reverse=True)) +
                       r")(?:\s+(?:عام\s+)?(\d{4}))?")


@functools.lru_cache(maxsize=4096)
def _parse(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


_WORD = re.compile(r"\w+")


def event_date(sentence: str, published: str | None, norms: Sequence[str] | None = None) -> str | None:
    """ISO date of the event a sentence describes, when it can be told; else None.

    ``norms``: the sentence's normalised tokens, when the caller has them. A sentence without a
    digit can only be dated relative to the publication date, from its words: those are then read
    from the tokens instead of normalising the sentence again."""
    pub = _parse(published)
    if norms is not None and not any(map(str.isdigit, sentence)):
        if pub is None:
            return None
        words = _words_of_tokens(norms)
        return _relative_date(words, pub) or _period_without_digits(words, pub)
    text = normalise_text(sentence).translate(_DIGITS)
    m = _EXPLICIT.search(text)
    if m:
        day, month = int(m.group(1)), _NMONTH[m.group(2)]
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                date = None
            if date is not None and not m.group(3) and pub is not None and date > pub:
                date = date.replace(year=year - 1)      # 28 ديسمبر in an article of 5 January
            if date is not None:
                return date.isoformat()
    words = _WORD.findall(text)
    if pub is not None:
        found = _relative_date(words, pub)
        if found:
            return found
    if _period_trigger_words().isdisjoint(words):
        return named_year(" ".join(words), pub)     # (في 2013: the only period rule without such a word)
    return period_date(" ".join(words), pub)


def _period_without_digits(words: list[str], pub: dt.date) -> str | None:
    if _period_trigger_words().isdisjoint(words):
        return None
    return period_date(" ".join(words), pub)


def _words_of_tokens(norms: Sequence[str]) -> list[str]:
    """The \\w+ runs of each normalised token, in order: one findall over the tokens joined by
    spaces (a space is no word character, so no run crosses from one token to the next)."""
    return _WORD.findall(" ".join(norms))


def _relative_date(words: list[str], pub: dt.date) -> str | None:
    """A date told relative to the publication date (الجمعة، أمس، اليوم ...)."""
    if _RELATIVE_WORDS.isdisjoint(words):
        return None
    for i, w in enumerate(words):
        w2 = w[1:] if w[:1] in "وفب" and w[1:] in _NWEEK else w
        if w2 in _NWEEK:
            back = (pub.weekday() - _NWEEK[w2]) % 7
            if back == 0 and i + 1 < len(words) and words[i + 1] == "الماضي":
                back = 7           # الجمعة الماضي on a Friday: last week's
            return (pub - dt.timedelta(days=back)).isoformat()
    for i, w in enumerate(words):
        if w == "امس":
            before = i > 0 and words[i - 1] == "اول"
            after = i + 1 < len(words) and words[i + 1] == "الاول"
            return (pub - dt.timedelta(days=2 if before or after else 1)).isoformat()
    if "اليوم" in words or "الليله" in words:
        return pub.isoformat()
    return None


# ----------------------------------------------------------------------------- less than a day
# A sentence that names no day may still name a month or a year ("في العام 2013"، "في أكتوبر
# الماضي"، "الشهر الماضي"). Such a date is written as YYYY-MM or YYYY, and its precision (day,
# month, year: kg.contract.date_precision) comes from that form, as ACLED's time precision.

@functools.lru_cache(maxsize=1)
def _date_words() -> dict[str, frozenset[str]]:
    """ontology/dates.json, normalised."""
    import json

    from ontology import path
    data = json.loads(path("dates.json").read_text(encoding="utf-8"))
    return {k: frozenset(normalise_text(w) for w in v) for k, v in data.items()
            if not k.startswith("_") and isinstance(v, list)}


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _period_patterns() -> dict[str, re.Pattern]:
    w = _date_words()
    months = _alternation(m for m in _NMONTH if len(m) > 2)        # not آب (اب: also "father")
    last, current, this = _alternation(w["last"]), _alternation(w["current"]), _alternation(w["this"])
    year, month, in_ = _alternation(w["year"]), _alternation(w["month"]), _alternation(w["in"])
    pre = r"(?:(?P<pre>\w+) )?"             # the word before: منذ عام 2013 is no date
    return {
        "month_year": re.compile(rf"(?<!\w){pre}(?:(?:{in_}) )?(?:(?:{month}) )?({months}) (?:(?:{year}) )?(\d{{4}})(?!\d)"),
        "named_month": re.compile(rf"(?<!\w){pre}(?:(?:{in_}) (?:(?:{month}) )?({months})(?: ({last}))?|({months}) ({last}))(?!\w)"),
        "this_month": re.compile(rf"(?<!\w)(?:(?:{month}) ({last}|{current})|(?:{this}) (?:{month}))(?!\w)"),
        "year": re.compile(rf"(?<!\w){pre}(?:(?:{in_}) (?:(?:{year}) )?|(?:{year}) )((?:19|20)\d\d)(?!\d)"),
        "this_year": re.compile(rf"(?<!\w)(?:(?:{year}) ({last}|{current})|(?:{this}) (?:{year}))(?!\w)"),
    }


def _first(name: str, text: str):
    """The first match of a period pattern not preceded by a word that makes it no date (منذ)."""
    for m in _period_patterns()[name].finditer(text):
        pre = m.groupdict().get("pre")
        if pre is None or (pre not in _date_words()["not_a_date"] and not pre.isdigit()):
            return m                  # (a day number before the month: the day-level rule's, or no date)
    return None


def month_and_year(text: str, pub: dt.date | None) -> str | None:
    """في أكتوبر 2024 -> 2024-10 (a month with its year, no day)."""
    m = _first("month_year", text)
    return f"{int(m.group(3)):04d}-{_NMONTH[m.group(2)]:02d}" if m else None


def named_month(text: str, pub: dt.date | None) -> str | None:
    """في أكتوبر الماضي -> the last October before the publication month; في أكتوبر -> the latest
    October up to it."""
    if pub is None:
        return None
    m = _first("named_month", text)
    if not m:
        return None
    name, last = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    month = _NMONTH[name]
    year = pub.year if (month < pub.month or (month == pub.month and not last)) else pub.year - 1
    return f"{year:04d}-{month:02d}"


def this_or_last_month(text: str, pub: dt.date | None) -> str | None:
    """الشهر الماضي -> the month before publication; الشهر الجاري / هذا الشهر -> its month."""
    if pub is None:
        return None
    m = _first("this_month", text)
    if not m:
        return None
    if m.group(1) and m.group(1) in _date_words()["last"]:
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    return f"{pub.year:04d}-{pub.month:02d}"


def named_year(text: str, pub: dt.date | None) -> str | None:
    """في العام 2013 / عام 2013 / في 2013 -> 2013 (not منذ عام 2013: a duration, not a date)."""
    m = _first("year", text)
    if not m:
        return None
    year = int(m.group(2))
    return f"{year:04d}" if pub is None or year <= pub.year + 1 else None


def this_or_last_year(text: str, pub: dt.date | None) -> str | None:
    """العام الماضي -> the year before publication; هذا العام / العام الجاري -> its year."""
    if pub is None:
        return None
    m = _first("this_year", text)
    if not m:
        return None
    return f"{pub.year - 1:04d}" if m.group(1) and m.group(1) in _date_words()["last"] else f"{pub.year:04d}"


# Tried in this order after the day-level rules: a month before a year, an explicit one first.
PERIOD_RULES = (month_and_year, named_month, this_or_last_month, named_year, this_or_last_year)


def period_date(text: str, pub: dt.date | None) -> str | None:
    """A month (YYYY-MM) or year (YYYY) the normalised sentence names, else None."""
    for rule in PERIOD_RULES:
        found = rule(text, pub)
        if found:
            return found
    return None


@functools.lru_cache(maxsize=1)
def _period_trigger_words() -> frozenset[str]:
    """Words without which no period rule can fire on a sentence without digits, nor any but
    named_year (في 2013) on one with digits."""
    w = _date_words()
    first_words = {m.split()[0] for m in _NMONTH if len(m) > 2}
    return frozenset(first_words | w["month"] | w["year"])


# ----------------------------------------------------------------------------- datelines
DATELINE_LINES = 8            # non-empty lines looked at from the top
DATELINE_MAX_CHARS = 100      # a longer line is article text, not a dateline
DATELINE_MAX_OTHER_WORDS = 3  # words beside the date, time and weekday (a place, a site name, a label)
_EN_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)} | \
             {calendar.month_abbr[i].lower(): i for i in range(1, 13)}
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم](?!\w)|am|pm)?")
_NUMERIC_YMD = re.compile(r"(?<!\d)(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})(?!\d)")


@functools.lru_cache(maxsize=1)
def _named_date_patterns() -> tuple[re.Pattern, re.Pattern]:
    months = _alternation(_NMONTH)
    arabic = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({months})\s*[,،]?\s*(?:عام\s+)?(\d{{4}})(?!\d)")
    english = re.compile(rf"\b({_alternation(_EN_MONTHS)})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)")
    return arabic, english


def _line_date(line: str) -> tuple[str, tuple[int, int]] | None:
    """The first full date in a normalised line, with its span."""
    arabic, english = _named_date_patterns()
    for pattern, order in ((_NUMERIC_YMD, "ymd"), (_NUMERIC_DMY, "dmy"), (arabic, "dMy"), (english, "Mdy")):
        m = pattern.search(line)
        if not m:
            continue
        a, b, c = m.groups()
        if order == "ymd":
            date = _iso(int(a), int(b), int(c))
        elif order == "dmy":
            date = _iso(int(c), int(b), int(a))
        elif order == "dMy":
            date = _iso(int(c), _NMONTH[b], int(a))
        else:
            date = _iso(int(c), _EN_MONTHS[a.lower()], int(b))
        if date:
            return date, m.span()
    return None


def _other_words(line: str, span: tuple[int, int]) -> list[str]:
    """What a dateline holds besides its date: times, weekdays, labels, site names and
    punctuation taken out."""
    rest = _TIME.sub(" ", line[:span[0]] + " " + line[span[1]:])
    labels = _date_words()["dateline_labels"]
    for label in sorted(labels, key=len, reverse=True):
        rest = rest.replace(label, " ")
    words = [w for w in rest.split() if not re.search(r"[.@/]", w)]       # example.org, @handle
    return [w for w in (re.sub(r"\W", "", w) for w in words)
            if w and w not in _NWEEK and not (w[:1] in "وفب" and w[1:] in _NWEEK) and not w.isdigit()]


def dateline(text: str) -> str | None:
    """The publication date a plain-text article states near its top, as ISO YYYY-MM-DD, else None.

    A short line among the first few that is a full date with little beside it: a label
    (``date 2025-11-18``, ``التاريخ: 18 نوفمبر 2024``), a weekday and a time
    (``الجمعة, 25 أبريل 2025 06:59 PM``, ``04:17 م 25/10/2025``), a site name; or the opening
    line's place, a dash or comma and a date (``دمشق - 8 كانون الأول 2024 (سانا) - ...``)."""
    seen = 0
    for raw in text[:3000].splitlines():
        if not raw.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        line = normalise_text(raw.strip()).translate(_DIGITS)
        if seen == 1:
            m = re.match(r"[^\d\-–—،,:]{1,40}?\s*[\-–—،,:]\s*(?:\w+\s+)?" + _EXPLICIT.pattern, line)
            if m and m.group(3) is not None:
                date = _iso(int(m.group(3)), _NMONTH[m.group(2)], int(m.group(1)))
                if date:
                    return date
        if len(line) > DATELINE_MAX_CHARS or "@" in line:     # (@handle) 13 ديسمبر 2024: an embedded post's credit
            continue
        found = _line_date(line)
        if found and len(_other_words(line, found[1])) <= DATELINE_MAX_OTHER_WORDS:
            return found[0]
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
