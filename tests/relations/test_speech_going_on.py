"""A speaker's words going on into the next sentence: a verb that goes on with speech only before
a complementiser (وبيّن أن، واعتبر أن، ورأى أن), an adverb between the verb and its complementiser
(وقال أيضا إن، وأكد كذلك أن), and a noun that refers back to the person last credited (وأوضح
المسؤول السوداني أن، وأضاف الحاكم أن). Sentences are our own."""
from __future__ import annotations

import pytest

FIRST = "قال حاكم إقليم دارفور مني أركو مناوي إن قوات الدعم السريع قصفت مدينة الفاشر. "


def _source_of(extract_text, text, obj):
    claims = [c for c in extract_text(text).claims if c.predicate == "ATTACKED" and c.object == obj]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("second", [
    "وبيّن أن قوات الدعم السريع هاجمت مدينة الأبيض.",
    "واعتبر أن هجوم قوات الدعم السريع على مدينة الأبيض جريمة حرب.",
    "وقال أيضا إن قوات الدعم السريع هاجمت مدينة الأبيض.",
    "وأكد كذلك أن قوات الدعم السريع هاجمت مدينة الأبيض.",
    "وأوضح المسؤول السوداني أن قوات الدعم السريع هاجمت مدينة الأبيض.",
    "وأضاف الحاكم أن قوات الدعم السريع هاجمت مدينة الأبيض.",
], ids=["showed", "deemed", "said-also", "confirmed-likewise", "the-official", "the-governor"])
def test_the_person_goes_on(extract_text, second):
    assert _source_of(extract_text, FIRST + second, "el_obeid") == {"minni_minnawi"}


@pytest.mark.parametrize("second", [
    "وتبيّن أن قوات الدعم السريع هاجمت مدينة الأبيض.",
    "ويرى مراقبون أن قوات الدعم السريع هاجمت مدينة الأبيض.",
], ids=["it-turned-out", "observers-think"])
def test_no_one_goes_on(extract_text, second):
    assert _source_of(extract_text, FIRST + second, "el_obeid") == {None}


def test_a_noun_of_a_person_does_not_go_on_from_a_body(extract_text):
    text = ("قال الجيش السوداني إن قوات الدعم السريع قصفت مدينة الفاشر. "
            "وأضاف المسؤول أن قوات الدعم السريع هاجمت مدينة الأبيض.")
    assert _source_of(extract_text, text, "el_obeid") == {None}
