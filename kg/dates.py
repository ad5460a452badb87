"""Event dates: resolve what a sentence says about when (اليوم، أمس، مساء السبت، 8 ديسمبر 2024)
against the article's publication date."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Sequence

from kg.arabic import normalise, normalise_text

WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4, "إبريل": 4, "نيسان": 4,
    "مايو": 5, "أيار": 5, "يونيو": 6, "يونيه": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7, "تموز": 7, "أغسطس": 8, "آب": 8,
    "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12,
    "كانون الأول": 12,
}
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
        return None if pub is None else _relative_date(_words_of_tokens(norms), pub)
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
    if pub is None:
        return None
    return _relative_date(_WORD.findall(text), pub)


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
