"""Trigger verbs derived from roots and the patterns of the Arabic verb forms.

ontology/trigger_roots.json lists a root (س ح ب), the verb form it is used in (VII: انسحب) and
the relation it states; ``derive`` turns such an entry into the entry shape of triggers.json
(past stem, present stem without its prefix, verbal nouns), which the lexicon then conjugates.
Sound triliteral roots in forms II-X and quadriliteral roots follow their pattern; a form I
verbal noun is not predictable and is given in the entry (قصف، قتال), as is any extra verbal
noun of another form (حصار beside محاصرة). Weak roots whose letters change (استولى، اغتال)
stay written out in triggers.json.
"""
from __future__ import annotations

from kg.errors import KgError

# form -> (past, present stem, verbal nouns): the digits stand for the root's letters
PATTERNS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "I": ("123", "123", ()),
    "II": ("123", "123", ("ت12ي3",)),
    "III": ("1ا23", "1ا23", ("م1ا23ة",)),
    "IV": ("أ123", "123", ("إ12ا3",)),
    "V": ("ت123", "ت123", ("ت123",)),
    "VI": ("ت1ا23", "ت1ا23", ("ت1ا23",)),
    "VII": ("ان123", "ن123", ("ان12ا3",)),
    "VIII": ("ا1ت23", "1ت23", ("ا1ت2ا3",)),
    "X": ("است123", "ست123", ("است12ا3",)),
    "Q": ("1234", "1234", ("1234ة",)),
    "Q2": ("ت1234", "ت1234", ("ت1234",)),
}

# form VIII: the infixed ت assimilates to an emphatic (اضطر) or a voiced dental (ازدحم) first letter
_VIII_INFIX = {**{c: "ط" for c in "صضطظ"}, **{c: "د" for c in "دذز"}}


def _fill(pattern: str, letters: list[str], form: str) -> str:
    out = "".join(letters[int(ch) - 1] if ch.isdigit() else ch for ch in pattern)
    if form == "VIII" and letters[0] in _VIII_INFIX:
        i = pattern.index("ت")
        out = out[:i] + _VIII_INFIX[letters[0]] + out[i + 1:]
    return out


def derive(entry: dict) -> dict:
    """A trigger_roots.json entry -> a triggers.json verb entry (past, present, masdar and the rest
    of the entry's fields); an unknown form or a root of the wrong length is an error naming it."""
    form = entry.get("form")
    if form not in PATTERNS:
        raise KgError(f"trigger root {entry.get('root')!r}: unknown verb form {form!r}", value=form,
                      choices=PATTERNS)
    letters = entry["root"].split()
    need = 4 if form.startswith("Q") else 3
    if len(letters) != need or any(len(x) != 1 for x in letters):
        raise KgError(f"trigger root {entry['root']!r}: form {form} needs {need} letters separated by spaces")
    past, present, nouns = PATTERNS[form]
    masdars = [_fill(p, letters, form) for p in nouns] + list(entry.get("masdar", ()))
    out = {k: v for k, v in entry.items() if k not in ("root", "form", "masdar", "example")}
    out.update(past=[_fill(past, letters, form)], present=[_fill(present, letters, form)],
               masdar=list(dict.fromkeys(masdars)))
    return out
