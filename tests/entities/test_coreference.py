"""kg.entities.coreference: definite anaphors resolved to an earlier mention, and names found
once propagated to their other uses (the earlier mentions are built by hand)."""
from __future__ import annotations

import pytest

from kg.entities.coreference import anaphor_spans, propagate_names
from kg.types import EntityRecord, Mention


def _named(entity_id, type_, text, sentence=0, source="registry"):
    return Mention("t", sentence, 0, len(text), text, entity_id, type_, source, 0, 1)


def test_the_city_is_the_city_named_before(registry, cues, sentence):
    s = sentence("وقصفت الطائرات المدينة فجرا.")
    [span] = anaphor_spans(s, [], [_named("homs", "City", "حمص")], cues, registry, "SY")
    assert (span.i, span.entity_id, span.source) == (2, "homs", "coreference")


def test_an_anaphor_with_nothing_compatible_before_it_names_nothing(registry, cues, sentence):
    s = sentence("وقصفت الطائرات المدينة فجرا.")
    assert anaphor_spans(s, [], [_named("hezbollah", "ArmedGroup", "حزب الله")], cues, registry, None) == []


def test_a_head_before_the_name_it_introduces_is_no_anaphor(registry, cues, known):
    s, spans, _nested = known("وصل الوفد إلى العاصمة دمشق أمس.")
    assert [x for x in anaphor_spans(s, spans, [], cues, registry, "SY") if x.i == 3] == []


def test_the_capital_is_the_capital_of_the_article_country(registry, cues, sentence):
    s = sentence("وصل الوفد إلى العاصمة أمس.")
    [span] = anaphor_spans(s, [], [], cues, registry, "SY")
    assert span.entity_id == registry.capital["SY"]


def test_a_name_found_once_is_that_name_where_it_is_used_again():
    from kg.arabic import analyse
    from kg.ingest import make_article
    text = "دخلت القوات بلدة كفرنبودة فجرا. وقال سكان في كفرنبودة إن القصف توقف."
    analysed = analyse(make_article("t", text, "test"))
    first, second = analysed.sentences
    start = text.index("كفرنبودة")
    cued = Mention("t", first.index, start, start + len("كفرنبودة"), "كفرنبودة", "name:كفرنبوده", "City", "cue", 3, 4)
    entities = {"name:كفرنبوده": EntityRecord("name:كفرنبوده", "City", "كفرنبودة")}
    out = propagate_names(analysed.sentences, [cued], entities, analysed.article)
    [again] = [m for m in out if m.source == "propagated"]
    assert again.sentence == second.index and again.text == "كفرنبودة" and again.entity_id == "name:كفرنبوده"


def test_a_head_before_a_name_of_another_kind_is_still_an_anaphor(registry, cues, sentence):
    """المتحدث باسم الوزارة سامر خليل: the person after الوزارة is no apposition of it."""
    from kg.entities.spans import Span
    s = sentence("وقال المتحدث باسم الوزارة سامر خليل إن التحقيق مستمر.")
    person = Span(4, 6, s.tokens[4].start, s.tokens[5].end, "name:سامر_خليل", "Person", "cue")
    ministry = _named("syrian_ministry_of_interior", "Government", "وزارة الداخلية السورية")
    spans = anaphor_spans(s, [person], [ministry], cues, registry, "SY")
    assert [(x.i, x.entity_id) for x in spans] == [(3, "syrian_ministry_of_interior")]


def test_a_new_name_and_its_short_form_are_one_node(resolve_text):
    r = resolve_text("أعلنت وزارة الزراعة الأردنية منع التصدير. وقالت وزارة الزراعة إن القرار مؤقت.")
    ids = {m.entity_id for m in r.mentions if m.text in ("وزارة الزراعة الأردنية", "وزارة الزراعة")}
    assert ids == {"name:JO:وزاره_الزراعه_الاردنيه"}, [(m.text, m.entity_id) for m in r.mentions]
    assert [e.id for e in r.entities if e.id.startswith("name:")] == ["name:JO:وزاره_الزراعه_الاردنيه"]


def test_two_long_forms_leave_the_short_form_alone(resolve_text):
    r = resolve_text("التقى الوزير وفدا من وزارة الزراعة الأردنية ووزارة الزراعة اللبنانية. "
                     "وقالت وزارة الزراعة إن اللقاء مثمر.")
    assert len({m.entity_id for m in r.mentions if m.text.endswith("وزارة الزراعة")}) == 1
    assert len({m.entity_id for m in r.mentions if "وزارة الزراعة" in m.text}) == 3, \
        [(m.text, m.entity_id) for m in r.mentions]


@pytest.mark.parametrize("text, short", [
    ("وصل وفد من جهاز المخابرات العامة المصرية إلى رفح. وقال جهاز المخابرات إن الاتصالات مستمرة.",
     "جهاز المخابرات"),
    ("أعلن مجلس القيادة الرئاسي تعيين محافظ جديد. وقال المجلس الرئاسي إن القرار نهائي.",
     "المجلس الرئاسي"),
])
def test_a_short_form_of_a_registry_body_is_that_body(resolve_text, text, short):
    r = resolve_text(text)
    ids = {m.entity_id for m in r.mentions if m.text.split()[0] in ("جهاز", "مجلس", "المجلس")}
    assert len(ids) == 1 and not ids.pop().startswith("name:"), [(m.text, m.entity_id) for m in r.mentions]
    assert any(m.text == short for m in r.mentions)


def test_a_definite_head_and_the_closing_adjective_name_a_new_body_in_short(resolve_text):
    r = resolve_text("تأسست هيئة الإغاثة الشعبية في القرية. وقالت الهيئة الشعبية إنها وزعت الطعام.")
    ids = {m.entity_id for m in r.mentions if "الشعبية" in m.text}
    assert len(ids) == 1, [(m.text, m.entity_id) for m in r.mentions]


def test_a_registry_body_named_without_its_states_adjective_is_that_body(resolve_text):
    r = resolve_text("وصل وفد من جهاز المخابرات العامة إلى رفح. وقال مسؤول مصري إن المفاوضات مستمرة.")
    assert [m.entity_id for m in r.mentions if m.text == "جهاز المخابرات العامة"] == ["egyptian_general_intelligence"]


def test_a_body_without_adjective_stays_new_where_no_state_of_such_a_body_is_named(resolve_text):
    r = resolve_text("وصل وفد من جهاز المخابرات العامة إلى المدينة أمس.", id="t2")
    ids = [m.entity_id for m in r.mentions if m.text == "جهاز المخابرات العامة"]
    assert ids and ids[0].startswith("name:"), ids


@pytest.mark.parametrize("text, first, second", [
    ("سيطرت القوات على قرية ماي كادرا. وفر السكان من قرية ماي كدرا.", "قرية ماي كادرا", "قرية ماي كدرا"),
    ("دخل المسلحون بلدة رأس كمبوني. وقالت مصادر إن بلدة راس كامبوني سقطت.", "بلدة رأس كمبوني", "بلدة راس كامبوني"),
], ids=["two-new-spellings", "a-new-and-a-known-spelling"])
def test_one_place_transliterated_two_ways_is_one_node(resolve_text, text, first, second):
    r = resolve_text(text)
    ids = {m.entity_id for m in r.mentions if m.text in (first, second)}
    assert len(ids) == 1, [(m.text, m.entity_id) for m in r.mentions]


def test_two_places_that_differ_by_more_than_long_vowels_stay_two(resolve_text):
    r = resolve_text("دخلت القوات قرية كفر دوما. ثم قصفت قرية كفر دامة.")
    assert len({m.entity_id for m in r.mentions}) == 2, [(m.text, m.entity_id) for m in r.mentions]


def test_the_short_form_rule_wants_the_same_closing_words():
    from kg.entities.coreference import short_form_of
    from kg.language.cues import load_context_cues, load_cues
    from kg.registry import load_registry
    adj, cues, reg = load_context_cues().name_adjectives, load_cues(), load_registry()
    assert short_form_of(("المجلس", "الرئاسي"), ("مجلس", "القياده", "الرئاسي"), adj, cues, reg)
    assert not short_form_of(("المجلس", "العسكري"), ("مجلس", "القياده", "الرئاسي"), adj, cues, reg)
    assert not short_form_of(("المجلس", "البلدي"), ("المجلس", "القياده", "البلدي"), adj, cues, reg)
    assert short_form_of(("جهاز", "المخابرات"), ("جهاز", "المخابرات", "العامه", "المصريه"), adj, cues, reg)
    assert not short_form_of(("جهاز", "الامن"), ("جهاز", "المخابرات", "العامه"), adj, cues, reg)


def test_a_new_persons_name_spelled_with_other_long_vowels_is_the_registry_person(registry, resolve_text):
    known = registry.entities["hans_grundberg"]
    assert "هانس غروندبيرغ" not in (known.name, *known.aliases), "the test needs a spelling the registry lacks"
    r = resolve_text("والتقى المبعوث هانس غروندبيرغ بالمسؤولين في عدن.")
    assert [m.entity_id for m in r.mentions if m.text == "هانس غروندبيرغ"] == ["hans_grundberg"]
    assert not [e for e in r.entities if e.id.startswith("name:")]


def test_a_name_that_differs_by_more_than_vowels_stays_new(resolve_text):
    r = resolve_text("والتقى المبعوث هانز غروندبيرغ بالمسؤولين في عدن.")
    assert [m.entity_id for m in r.mentions if m.text == "هانز غروندبيرغ"] == ["name:هانز_غروندبيرغ"]


def test_a_persons_family_name_repeated_is_that_person(resolve_text):
    r = resolve_text("وقال العقيد سامر الحسن إن القوات تقدمت. وأضاف الحسن أن المعارك توقفت.")
    assert [(m.text, m.entity_id) for m in r.mentions if m.type == "Person"] == [
        ("سامر الحسن", "name:سامر_الحسن"), ("الحسن", "name:سامر_الحسن")]


def test_a_family_name_two_persons_share_is_left_alone(resolve_text):
    r = resolve_text("وقال العقيد سامر الحسن إن القوات تقدمت. وقال العميد خالد الحسن إن الطريق مفتوح. "
                     "وأضاف الحسن أن المعارك توقفت.")
    assert "الحسن" not in [m.text for m in r.mentions]


def test_a_new_name_that_ends_a_fuller_name_is_that_person():
    from kg.entities.coreference import merge_family_names
    from kg.types import EntityRecord, Mention
    entities = {"name:مؤيد_عبد_الرحمن": EntityRecord("name:مؤيد_عبد_الرحمن", "Person", "مؤيد عبد الرحمن"),
                "name:عبد_الرحمن": EntityRecord("name:عبد_الرحمن", "Person", "عبد الرحمن")}
    mentions = [Mention("a", 0, 0, 15, "مؤيد عبد الرحمن", "name:مؤيد_عبد_الرحمن", "Person", "cue", 1, 4),
                Mention("a", 1, 20, 30, "عبد الرحمن", "name:عبد_الرحمن", "Person", "ner", 1, 3)]
    out = merge_family_names(mentions, entities)
    assert [m.entity_id for m in out] == ["name:مؤيد_عبد_الرحمن"] * 2 and list(entities) == ["name:مؤيد_عبد_الرحمن"]


def test_the_city_is_the_one_a_region_of_the_sentence_is_named_after(resolve_text):
    """وفي محافظة مأرب ... غربي المدينة: the city of Marib, not the city named a sentence before."""
    text = "قصف الحوثيون مدينة صعدة. وفي محافظة مأرب، تواصلت المعارك في جبهة صرواح غربي المدينة."
    city = [m.entity_id for m in resolve_text(text).mentions if m.text == "المدينة"]
    assert city == ["ma_rib"]


def test_a_town_village_or_camp_anaphor_never_names_a_capital(registry, cues, sentence, resolve_text):
    """وقال الوزير في مؤتمر صحفي بصنعاء ... وانسحب المقاتلون من البلدة: the town named before, not the capital."""
    text = ("سيطر المقاتلون على بلدة حريب في محافظة مأرب. وقال وزير الإعلام في مؤتمر صحفي بصنعاء إن العملية انتهت. "
            "وأضاف أن الطيران نفذ غارات عدة. وانسحب المقاتلون من البلدة مساء.")
    r = resolve_text(text)
    at = text.index("البلدة")
    [m] = [m for m in r.mentions if m.start == at]
    assert m.text == "البلدة" and m.entity_id != registry.capital["YE"]
    assert m.entity_id == next(x.entity_id for x in r.mentions if x.text in ("بلدة حريب", "حريب"))
    capital = registry.capital["YE"]
    s = sentence("وقصفت الطائرات المدينة فجرا.")
    [span] = anaphor_spans(s, [], [_named(capital, "City", "صنعاء")], cues, registry, "YE")
    assert span.entity_id == capital, "a city may be the capital"



def test_the_region_word_names_the_region_named_with_it_before_a_recent_other_region(resolve_text):
    """إقليم كشمير ... دارفور ... الإقليم: الإقليم (named_head_first) is the region the article
    named with إقليم, not the last region of any kind."""
    r = resolve_text("اندلعت اشتباكات في إقليم كشمير أمس. وقال مسؤولون إن القتلى مدنيون. وأضافوا أن التعزيزات "
                     "وصلت. ونقلت وسائل إعلام أن السلطات أغلقت الطرق. ووصل وزير الداخلية إلى دارفور. "
                     "وقال إن الإقليم سيبقى تحت حظر التجول.")
    [m] = [m for m in r.mentions if m.text == "الإقليم"]
    assert m.entity_id == next(x.entity_id for x in r.mentions if x.text == "إقليم كشمير")


def test_the_region_word_with_no_region_so_named_is_the_recent_region(resolve_text):
    r = resolve_text("وصلت قوافل الإغاثة إلى دارفور أمس. وقال السكان إن الإقليم شهد نزوحا واسعا.")
    [m] = [m for m in r.mentions if m.text == "الإقليم"]
    assert m.entity_id == next(x.entity_id for x in r.mentions if x.text == "دارفور")
