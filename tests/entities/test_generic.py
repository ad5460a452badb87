"""kg.entities.generic: descriptions of state actors resolved by an adjective or the article's
country."""
from __future__ import annotations

import pytest

from kg.entities.generic import generic_spans


def test_a_description_is_the_actor_of_the_article_country(registry, sentence):
    s = sentence("قال الجيش إن وحداته صدت هجوما.")
    [span] = generic_spans(s, [], registry, "SD")
    assert span.entity_id == "sudanese_armed_forces" and span.source == "generic"


def test_a_nationality_adjective_after_it_decides_the_country(registry, sentence):
    s = sentence("قال الجيش اللبناني إن وحداته انتشرت.")
    [span] = generic_spans(s, [], registry, "SD")
    assert span.entity_id == "lebanese_armed_forces" and (span.i, span.j) == (1, 3)


def test_a_description_a_registry_name_covers_is_left_alone(registry, sentence, known):
    s, spans, _nested = known("وانسحبت قوات النظام السوري من مواقعها.")
    assert generic_spans(s, spans, registry, "SY") == []


def test_a_ministrys_bare_name_is_the_ministry_of_that_name_named_last(resolve_text):
    r = resolve_text("أعلنت وزارة الداخلية الأردنية توقيف خلية. وقالت وزارة الداخلية إن الموقوفين اعترفوا. "
                     "وقالت وزارة الداخلية اللبنانية إن الانتخابات ستجري. وأكدت وزارة الداخلية أن الأمن مستتب.")
    assert [m.entity_id for m in r.mentions if "وزارة الداخلية" in m.text] == [
        "jordanian_ministry_of_interior", "jordanian_ministry_of_interior",
        "lebanese_ministry_of_interior", "lebanese_ministry_of_interior"]


@pytest.mark.parametrize("text, entity", [
    ("وقالت وزارة الداخلية إن الشرطة اعتقلت ثلاثة في بيروت وصيدا وطرابلس اللبنانية.", "lebanese_ministry_of_interior"),
    ("وقال الجيش الكويتي إن التدريبات انتهت.", "kuwaiti_armed_forces"),
    ("وأعلنت وزارة الدفاع القطرية وصول طائرات جديدة.", "qatari_ministry_of_defence"),
])
def test_every_covered_state_has_its_ministries_and_army(resolve_text, text, entity):
    assert entity in {m.entity_id for m in resolve_text(text).mentions}


def _mention(entity_id, text):
    from kg.types import Mention
    return Mention("t", 0, 0, len(text), text, entity_id, "Country", "registry", 0, 1)


def test_a_description_the_article_country_lacks_is_the_actor_of_the_state_named_last(registry, sentence):
    s = sentence("وقال البيان إن سلاح الجو نفذ الضربة ليلا.")
    history = [_mention("israel", "إسرائيل"), _mention("lebanon", "لبنان")]
    [span] = generic_spans(s, [], registry, "LB", history)
    assert span.entity_id == "israeli_air_force"


def test_a_description_no_state_named_before_bears_stays_unresolved(registry, sentence):
    s = sentence("وقال البيان إن سلاح الجو نفذ الضربة ليلا.")
    assert generic_spans(s, [], registry, "LB", [_mention("lebanon", "لبنان")]) == []


def test_a_one_word_description_is_not_read_by_the_state_named_last(registry, sentence):
    s = sentence("وقال الجيش إن الضربة نفذت ليلا.")
    assert generic_spans(s, [], registry, "XX", [_mention("israel", "إسرائيل")]) == []


def test_an_armed_groups_description_is_not_read_by_the_state_named_last(registry, sentence):
    s = sentence("وقالت الرواية إن القوة الصاروخية أطلقت صاروخا.")
    assert generic_spans(s, [], registry, "XX", [_mention("yemen", "اليمن")]) == []
