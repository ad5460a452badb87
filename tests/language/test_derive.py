"""Trigger verbs derived from roots and verb-form patterns (kg.language.derive)."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.language.derive import PATTERNS, derive
from ontology import path, vocabulary


@pytest.mark.parametrize("root,form,past,present,masdar", [
    ("س ح ب", "VII", "انسحب", "نسحب", "انسحاب"),
    ("ه د ف", "X", "استهدف", "ستهدف", "استهداف"),
    ("ح ك م", "IV", "أحكم", "حكم", "إحكام"),
    ("ه ج م", "III", "هاجم", "هاجم", "مهاجمة"),
    ("د م ر", "II", "دمر", "دمر", "تدمير"),
    ("ح ل ف", "VI", "تحالف", "تحالف", "تحالف"),
    ("ق د م", "V", "تقدم", "تقدم", "تقدم"),
    ("ش ب ك", "VIII", "اشتبك", "شتبك", "اشتباك"),
    ("ض ر ب", "VIII", "اضطرب", "ضطرب", "اضطراب"),       # the infix assimilates
    ("س ي ط ر", "Q", "سيطر", "سيطر", "سيطرة"),
    ("م ر ك ز", "Q2", "تمركز", "تمركز", "تمركز"),
])
def test_patterns_give_the_verb_and_its_noun(root, form, past, present, masdar):
    e = derive({"root": root, "form": form, "relation": "ATTACKED", "obj": "any", "confidence": 0.8})
    assert (e["past"], e["present"], e["masdar"]) == ([past], [present], [masdar])
    assert e["relation"] == "ATTACKED" and "root" not in e and "form" not in e


def test_form_one_nouns_come_from_the_entry():
    e = derive({"root": "ق ص ف", "form": "I", "masdar": ["قصف"], "relation": "ATTACKED"})
    assert e["past"] == ["قصف"] and e["masdar"] == ["قصف"]


@pytest.mark.parametrize("entry", [{"root": "ق ص ف", "form": "XI"}, {"root": "ق ص", "form": "II"},
                                   {"root": "قصف", "form": "II"}])
def test_bad_entries_name_the_value(entry):
    with pytest.raises(KgError, match=entry["root"]):
        derive(entry)


def test_every_root_entry_derives_and_names_a_known_relation():
    roots = json.loads(path("trigger_roots.json").read_text(encoding="utf-8"))["roots"]
    codes = set(vocabulary().relation_codes)
    assert roots
    for r in roots:
        assert r["form"] in PATTERNS
        assert derive(r)["relation"] in codes
