"""kg.entities.ner: the recogniser's names kept only when they read as names (the recogniser's
output is built by hand here, as the statistical model would give it)."""
from __future__ import annotations

import pytest

from kg.entities.ner import names_by_sentence, ner_spans


def _recognised(text: str, name: str, fine: str, score: float = 0.9):
    """A recogniser span over the first occurrence of name."""
    from kg.ner.recognise import NerSpan
    start = text.index(name)
    return NerSpan(start, start + len(name), name, "PER" if fine == "Person" else "ORG", fine, score)


@pytest.mark.parametrize("text, name, fine, kept", [
    ("وقال خالد العمري إن القصف توقف.", "خالد العمري", "Person", True),
    ("أصيب ثلاثة في غارة على محيط بركة الشيخ رضوان شمالي المدينة.", "رضوان", "Person", False),
    ("غادرت طائرة شحن القاعدة الجوية الروسية متجهة إلى ليبيا.", "القاعدة الجوية الروسية", "Organization", False),
    ("وأعلنت الحركة الشعبية للتغيير مشاركتها.", "الحركة الشعبية للتغيير", "Organization", True),
    ("قصف المسلحون المدينة بالصواريخ والمسيرات.", "الصواريخ", "City", False),
    ("وانتشرت الدبابات في الشوارع.", "الدبابات", "City", False),
], ids=["full-name", "one-word-person", "description", "organisation-name", "weapon-noun", "weapon-noun-2"])
def test_recognised_names_that_are_not_names_are_dropped(registry, cues, sentence, text, name, fine, kept):
    """A person is named in full; a definite head with only adjectives after it is a description."""
    spans, records = ner_spans(sentence(text), [], [_recognised(text, name, fine)], registry, cues)
    assert bool(spans) == kept, (name, spans)
    assert set(records) == {s.entity_id for s in spans}


def test_a_name_a_registry_name_covers_is_left_to_the_registry(registry, cues, known):
    text = "وقال الجيش اللبناني إن وحداته انتشرت."
    s, spans, _nested = known(text)
    assert ner_spans(s, spans, [_recognised(text, "الجيش اللبناني", "Organization")], registry, cues) == ([], {})


def test_an_organisation_with_an_armed_word_is_an_armed_group(registry, cues, sentence):
    text = "وأعلنت سرايا الأحرار مسؤوليتها عن الهجوم."
    spans, _records = ner_spans(sentence(text), [], [_recognised(text, "سرايا الأحرار", "Organization")],
                                registry, cues)
    assert [s.type for s in spans] == ["ArmedGroup"]


def test_each_sentence_reads_the_names_that_start_in_it():
    from kg.arabic import analyse
    from kg.ingest import make_article
    text = "وقال خالد العمري إن القصف توقف. وأكد سامر الحسن ذلك."
    sentences = analyse(make_article("t", text, "test")).sentences
    first, second = _recognised(text, "خالد العمري", "Person"), _recognised(text, "سامر الحسن", "Person")
    by_sentence = names_by_sentence([first, second], sentences)
    assert by_sentence == {sentences[0].index: [first], sentences[1].index: [second]}


def test_an_armed_bodys_word_is_read_through_clitics_and_spelling():
    from kg.arabic import normalise
    from kg.entities.ner import names_an_armed_body
    for w in ("كتائب", "وكتائب", "ألوية", "والألوية", "لواء", "ولواء", "الكتيبة"):
        assert names_an_armed_body(normalise(w)), w
    for w in ("الحكومة", "وزارة", "لجنة"):
        assert not names_an_armed_body(normalise(w)), w


def test_a_noun_and_its_nationality_adjective_are_no_person(registry, cues, sentence):
    text = "واستقبل الوزير وفدا مصريا في مكتبه."
    assert ner_spans(sentence(text), [], [_recognised(text, "وفدا مصريا", "Person")], registry, cues) == ([], {})
    text = "واستقبل الوزير خالد المصري في مكتبه."     # a family name shaped like an adjective stays
    assert ner_spans(sentence(text), [], [_recognised(text, "خالد المصري", "Person")], registry, cues)[0]


def test_a_name_alone_on_a_byline_is_the_author_no_actor(registry, cues, sentence):
    for text, name in (("كتبت: سلمى يوسف", "سلمى يوسف"), ("بقلم د. سامر بشير الخطيب", "سامر بشير الخطيب")):
        assert ner_spans(sentence(text), [], [_recognised(text, name, "Person")], registry, cues) == ([], {}), text
    text = "وقال سامر بشير الخطيب إن القصف توقف."
    assert ner_spans(sentence(text), [], [_recognised(text, "سامر بشير الخطيب", "Person")], registry, cues)[0]


def test_a_name_after_a_family_noun_is_the_family_no_person(registry, cues, sentence):
    text = "واستهدف القصف منزلا لعائلة أبو حسنين في المخيم."
    assert ner_spans(sentence(text), [], [_recognised(text, "أبو حسنين", "Person")], registry, cues) == ([], {})
    text = "وقال أبو حسنين إن القصف استمر."
    assert ner_spans(sentence(text), [], [_recognised(text, "أبو حسنين", "Person")], registry, cues)[0]


def test_a_head_of_a_bodys_name_before_a_recognised_name_is_part_of_it():
    from kg.arabic import analyse
    from kg.entities.ner import _body_head_before
    from kg.ingest import make_article
    from kg.language.cues import load_cues
    tokens = analyse(make_article("t", "وقالت شركة كوبرا للحراسة إن السفينة أصيبت.", "-")).sentences[0].tokens
    assert _body_head_before(tokens, 2, [], load_cues()) == (1, tokens[1].start)
    assert _body_head_before(tokens, 1, [], load_cues()) is None


def test_a_companys_name_is_read_with_its_head(resolve_text):
    r = resolve_text("وأعلنت شركة درايد غلوبال أن السفينة أصيبت بصاروخ.")
    assert "شركة درايد غلوبال" in [m.text for m in r.mentions], [(m.text, m.entity_id) for m in r.mentions]
