"""Arabic word lists are data (ontology/words.json and the other ontology files), not code."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from ontology import path

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile("[\u0600-\u06FF]")
# Code that may hold Arabic affixes and patterns: the morphology (kg.arabic), the loaders of the
# language data and the verb-form patterns (kg/language), the NER's own features (kg/ner).
MORPHOLOGY = ("kg/arabic.py", "kg/language/", "kg/ner/")
LONGEST_INLINE = 3     # a rule may test a clitic or two (و، ف) or a short affix set in place


def arabic_lists(source: str) -> list[tuple[int, list[str]]]:
    """(line, words) of each set, tuple, list or dict literal holding more than LONGEST_INLINE
    Arabic strings."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List, ast.Dict)):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            words = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and ARABIC.search(e.value)]
            if len(words) > LONGEST_INLINE:
                out.append((node.lineno, words))
    return out


def test_no_arabic_word_list_in_stage_code():
    found = {}
    for p in sorted((ROOT / "kg").rglob("*.py")):
        rel = p.relative_to(ROOT).as_posix()
        if rel.startswith(MORPHOLOGY):
            continue
        for line, words in arabic_lists(p.read_text(encoding="utf-8")):
            found[f"{rel}:{line}"] = words[:4]
    assert found == {}


def test_a_word_list_in_code_is_found():
    source = 'WORDS = frozenset({"مدن", "مناطق", "قرى", "بلدات"})\nif w in ("و", "ف"):\n    pass\n'
    assert arabic_lists(source) == [(1, ["مدن", "مناطق", "قرى", "بلدات"])]
    assert arabic_lists('x = {"شمال": "Northern", "جنوب": "Southern", "شرق": "E", "غرب": "W"}') != []


def test_every_word_class_in_the_data_is_read_and_every_one_read_is_there():
    from kg.language import words
    data = json.loads(path("words.json").read_text(encoding="utf-8"))
    keys = {k for k in data if not k.startswith("_")}
    source = (ROOT / "kg/language/words.py").read_text(encoding="utf-8")
    read = set(re.findall(r'_WORDS\["(\w+)"\]', source))
    assert read == keys
    assert all(isinstance(data[k], (list, dict)) and data[k] for k in keys)
    assert words.SUFFIXES == ("هما", "هم", "هن", "ها", "ه")      # the order suffixes are tried in
    assert "الذين" in words.RELATIVE and words.DIRECTION_BASE["شمالي"] == "شمال"


def test_date_names_come_from_the_data():
    from kg import dates
    data = json.loads(path("dates.json").read_text(encoding="utf-8"))
    assert dates.MONTHS == data["months"] and dates.MONTHS["تشرين الأول"] == 10
    assert dates.WEEKDAYS == data["weekdays"] and dates.WEEKDAYS["الأحد"] == 6
