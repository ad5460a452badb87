"""Rebuild arabic_word_frequency.tsv.gz from the Arabic word list of the wordfreq package.

wordfreq (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0) ships word frequencies estimated from
Wikipedia, subtitles, news, books, web text and Twitter. We fold its words into our normalised
spelling (kg.ner.text.normalise: no diacritics, bare alef, alef maksura as ya), add up the
frequencies of words that fold together, and keep words of Arabic letters with a Zipf frequency
of at least 2 (about once per 100 million words), written as ``word<TAB>zipf`` with the Zipf value
rounded down to two decimals. The recogniser uses it to tell common words from rare ones and words
that take the article (common nouns) from words that never do (names); see features.py.

Usage: python -m kg.ner.lexicons.extract_word_frequencies kg/ner/lexicons/arabic_word_frequency.tsv.gz
(needs ``pip install wordfreq==3.1.1``; the output is byte-identical for the same wordfreq version).
"""
from __future__ import annotations

import gzip
import math
import sys
from collections import defaultdict

MIN_ZIPF = 2.0


def extract() -> list[tuple[str, float]]:
    import wordfreq

    from kg.ner.text import normalise

    totals: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        totals[normalise(word)] += frequency
    rows = []
    for word, frequency in totals.items():
        zipf = math.floor((math.log10(frequency) + 9) * 100) / 100
        if zipf >= MIN_ZIPF and word and all("\u0621" <= c <= "\u064a" for c in word):
            rows.append((word, zipf))
    return sorted(rows)


def write(path: str, rows: list[tuple[str, float]]) -> None:
    from importlib.metadata import version

    header = (f"# Arabic word frequencies (Zipf scale, >= {MIN_ZIPF}) folded to kg.ner's spelling, from wordfreq "
              f"{version('wordfreq')} by Robyn Speer; data CC BY-SA 4.0 "
              "(https://creativecommons.org/licenses/by-sa/4.0/). Rebuild: python -m kg.ner.lexicons.extract_word_frequencies\n")
    body = header + "".join(f"{w}\t{z:.2f}\n" for w, z in rows)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
        fh.write(body.encode("utf-8"))


if __name__ == "__main__":
    write(sys.argv[1], extract())
