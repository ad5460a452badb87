"""Who a sentence credits when a person is named near the reporting verb without being the one who
speaks (a source close to him, his family, a leader named after بقيادة or لـ), when unnamed sources
inside a body tell an outlet, when a state body announces its own state's action, and when the
verb follows a short opening phrase. Sentences are our own."""
from __future__ import annotations

import pytest

from kg.language.lexicon import load_lexicon
from kg.relations.attribution import actor_between, proxy_of, state_organ_of
from kg.registry import load_registry
from tests.relations.helpers import sentence_context, small_lexicon


def _credits(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text", [
    "وقال مصدر مقرب من الرئيس اللبناني جوزاف عون إن إسرائيل قصفت بلدة الخيام.",
    "وقالت عائلة الصحفي أنس الشريف إن إسرائيل قصفت خيمته في مدينة غزة.",
    "وأكد محامي المعارض السوداني خالد عمر يوسف أن قوات الدعم السريع هاجمت مدينة الأبيض.",
], ids=["close-source", "family", "lawyer"])
def test_a_person_someone_speaks_about_is_not_credited(extract_text, text):
    assert _credits(extract_text, text, "ATTACKED") == {None}


def test_the_office_of_a_person_is_credited_not_the_person(extract_text):
    got = _credits(extract_text, "وأعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن الجيش سيدخل مدينة رفح.",
                   "ENTERED")
    assert "benjamin_netanyahu" not in got


def test_a_leader_named_after_led_by_is_not_the_speaker(extract_text):
    text = "وأعلنت قوات الدعم السريع السيطرة على بلدة الكومة، بعدما أعلن الجيش بقيادة عبد الفتاح البرهان انسحابه منها."
    x = extract_text(text)
    assert all(c.provenance.attributed_to != "abdel_fattah_al_burhan" for c in x.claims)
    leads = [c for c in x.claims if c.predicate == "LEADS"]
    assert leads and all(c.provenance.attributed_to is None for c in leads)   # another clause: not asserted


def test_sources_inside_a_body_that_tell_an_outlet_speak_for_the_body(extract_text):
    # the body's own action so announced is credited to no one
    assert _credits(extract_text, "وقالت مصادر في الجيش السوداني لرويترز إن الجيش استعاد مدينة بارا.",
                    "CAPTURED") == {None}
    assert _credits(extract_text, "وقالت مصادر في الجيش السوداني لرويترز إن قوات الدعم السريع هاجمت مدينة بارا.",
                    "ATTACKED") == {"sudanese_armed_forces"}
    # an unnamed source with no body named still leaves the credit to the outlet
    assert _credits(extract_text, "وقال مصدر أمني لرويترز إن قوات الدعم السريع هاجمت مدينة بارا.",
                    "ATTACKED") == {"reuters"}


def test_a_state_body_announcing_its_own_states_action_is_not_credited(extract_text):
    text = ("وأعلنت وزارة الدفاع الروسية أن قواتها سيطرت على بلدة في دونيتسك.\n"
            "وأشارت الوزارة إلى أن الطائرات الروسية قصفت مدينة خاركيف.")
    assert _credits(extract_text, text, "ATTACKED") == {None}


def test_a_body_credits_another_states_action(extract_text):
    text = "وقالت وزارة الخارجية القطرية إن الطائرات الإسرائيلية قصفت مبنى في مدينة غزة."
    assert None not in _credits(extract_text, text, "ATTACKED")


@pytest.mark.parametrize("text, source", [
    ("وفي وقت سابق، قال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت مدينة إدلب.", "sohr"),
    ("وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت مدينة إدلب.\n"
     "ولفت المرصد إلى أن الطائرات الروسية قصفت أيضا بلدة سراقب.", "sohr"),
    ("وذكرت وكالة رويترز أن الاشتباكات تجددت في طرابلس.\n"
     "وبينت الوكالة أن قوات حكومة الوحدة الوطنية قصفت مدينة الزاوية.", "reuters"),
], ids=["opening-phrase", "lafata", "bayyanat"])
def test_reporting_verbs_after_an_opening_phrase_and_more_verbs_of_saying(extract_text, text, source):
    assert _credits(extract_text, text, "ATTACKED") == {source}


def test_the_helpers_on_hand_built_sentences():
    lexicon = small_lexicon(speaker_proxies={"مقرب", "عائله"})
    sc = sentence_context("وقال مصدر مقرب من الوزير سالم العلي إن الوضع هادئ.",
                          [("سالم العلي", "salem", "Person")], lexicon)
    person = sc.view.mentions[0]
    assert proxy_of(sc.view, 0, person, lexicon.lists) == 2
    sc = sentence_context("وقال الوزير سالم العلي إن الوضع هادئ.", [("سالم العلي", "salem", "Person")], lexicon)
    assert proxy_of(sc.view, 0, sc.view.mentions[0], lexicon.lists) is None
    sc = sentence_context("وأعلن الجيش بقيادة سالم العلي انسحابه.",
                          [("الجيش", "army", "StateForce"), ("سالم العلي", "salem", "Person")], lexicon)
    assert actor_between(sc.view, 0, 3)


def test_state_organ_of_reads_the_registry():
    reg = load_registry()
    assert state_organ_of(reg, "russian_ministry_of_defense", "russia")
    assert not state_organ_of(reg, "russian_ministry_of_defense", "ukraine")
    assert not state_organ_of(reg, "sana", "syria")           # an outlet is credited, not a state body
    assert load_lexicon().lists["speaker_proxies"]


@pytest.mark.parametrize("text, relation, source", [
    ("إلا أن وكالة رويترز نقلت عن مصدر عسكري أن الجيش الإسرائيلي قصف مطار المزة.", "ATTACKED", "reuters"),
    ("وكانت وكالة الأنباء الفرنسية قد ذكرت أن قوات الدعم السريع هاجمت مدينة الفاشر.", "ATTACKED", "afp"),
    ("وكان الجيش السوداني قد أعلن أن قوات الدعم السريع قصفت مدينة الأبيض.", "ATTACKED", "sudanese_armed_forces"),
    ("وكانت قوات الدعم السريع قد أعلنت أنها سيطرت على مدينة بارا.", "CAPTURED", None),
    ("وكان الجيش الإسرائيلي قد قصف بلدة الخيام.", "ATTACKED", None),
], ids=["outlet-then-verb", "outlet-past-perfect", "body-past-perfect", "own-action", "no-report"])
def test_a_speaker_named_before_its_reporting_verb(extract_text, text, relation, source):
    assert _credits(extract_text, text, relation) == {source}


def test_an_unnamed_spokesman_of_a_body_telling_an_outlet_speaks_for_the_body(extract_text):
    text = "وقال متحدث باسم الأمم المتحدة لوكالة فرانس برس إن قوات الدعم السريع هاجمت مخيم زمزم."
    assert _credits(extract_text, text, "ATTACKED") == {"united_nations"}


def test_israel_today_with_a_weekday_is_the_state_not_the_newspaper(extract_text):
    x = extract_text("وأعلنت إسرائيل اليوم الأحد أنها قتلت القيادي في حركة حماس سالم العطار في غارة على خان يونس.")
    assert "israel_hayom" not in {m.entity_id for m in x.mentions}
    assert ("israel", "KILLED", "name:سالم_العطار") in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_killing_an_unnamed_leader_is_no_killing_of_the_body(extract_text):
    x = extract_text("وأعلن الجيش الإسرائيلي أنه قتل قائد وحدة الرضوان في حزب الله بغارة على بلدة النبطية.")
    assert not [c for c in x.claims if c.predicate == "KILLED"]


@pytest.mark.parametrize("text, accuser", [
    ("واتهمت وزارة الدفاع الروسية القوات الأوكرانية بقصف مدينة دونيتسك.", "russian_ministry_of_defense"),
    ("واتهمت حركة حماس الجيش الإسرائيلي بقصف مدينة خان يونس.", "hamas"),
    ("وتتهم الحكومة السودانية قوات الدعم السريع بمهاجمة مدينة الأبيض.", "sudanese_government"),
], ids=["ministry", "movement", "government"])
def test_a_body_that_accuses_is_credited_for_the_accusation(extract_text, text, accuser):
    assert _credits(extract_text, text, "ATTACKED") == {accuser}


def test_an_accuser_is_not_found_past_another_actor():
    from kg.relations.attribution import accuser
    lexicon = load_lexicon()
    sc = sentence_context("واتهم الجيش الإسرائيلي حزب الله بقصف الجليل.",
                          [("الجيش الإسرائيلي", "idf", "StateForce"), ("حزب الله", "hezbollah", "ArmedGroup")],
                          lexicon)
    assert accuser(sc.view, lexicon.lists) == ("idf", "accuser")
    sc = sentence_context("وقصفت إسرائيل الجليل بعد أن اتهمت حزب الله.",
                          [("إسرائيل", "israel", "Country"), ("حزب الله", "hezbollah", "ArmedGroup")], lexicon)
    assert accuser(sc.view, lexicon.lists) is None            # (the one after the verb is the accused)
    sc = sentence_context("وهي الجماعة التي تتهمها إسرائيل بقصف الجليل.", [("إسرائيل", "israel", "Country")], lexicon)
    assert accuser(sc.view, lexicon.lists) == ("israel", "accuser")


def test_a_titled_person_who_accuses_is_credited(extract_text):
    text = "واتهم وزير الخارجية السوداني علي يوسف قوات الدعم السريع بمهاجمة مدينة الأبيض."
    credited = _credits(extract_text, text, "ATTACKED")
    assert len(credited) == 1 and None not in credited
