"""A bare complementiser (إن، أن، بأن) opens a clause with its own subject: the speaker before it
acts in it only through a pronoun (إنه، قواته) or a relative's verb (الأهداف التي استهدفها).
Sentences are our own."""
from __future__ import annotations


def _triples(extract_text, text):
    return {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


def test_the_speaker_is_not_the_actor_of_an_unnamed_subject(extract_text):
    triples = _triples(extract_text, "وقال العميد محمد تهليل إن الجيش استعاد السيطرة على بلدة مسجواي.")
    assert not [t for t in triples if t[1] == "CAPTURED" and t[0].startswith("name:محمد")]


def test_the_speakers_forces_are_the_speaker(extract_text):
    triples = _triples(extract_text, "وأكد الجيش السوداني في بيان أن قواته تمكنت من استعادة مدينة سنجة.")
    assert ("sudanese_armed_forces", "CAPTURED", "singa") in triples


def test_a_named_subject_in_the_clause_acts(extract_text):
    triples = _triples(extract_text, "وأكد الجيش السوداني أن قوات الدعم السريع هاجمت مدينة الفاشر.")
    assert ("rapid_support_forces", "ATTACKED", "el_fasher") in triples
    assert not [t for t in triples if t[0] == "sudanese_armed_forces" and t[1] == "ATTACKED"]


def test_a_wish_is_no_event(extract_text):
    assert extract_text("يريد الجيش السوداني أن يسيطر على مدينة الفاشر.").claims == ()


def test_the_speaker_of_a_statement_owns_the_forces_past_its_name(extract_text):
    """أشار بيان للجيش X إلى أن قواته: the verb of saying stands before the speaker, not before أن."""
    text = ("ودخلت قوات الجيش الليبي مدينة سرت. "
            "وأشار بيان للجيش الإسرائيلي إلى أن طائراته اغتالت قياديا في حزب الله جنوبي لبنان.")
    triples = _triples(extract_text, text)
    assert ("israel_defense_forces", "KILLED", "hezbollah") in triples
    assert not [t for t in triples if t[1] == "KILLED" and t[0] != "israel_defense_forces"]


def test_a_phrase_between_the_speaker_and_its_clause(extract_text):
    text = ("قصفت القوات الروسية بلدة كفرنبل. "
            "وأكدت هيئة تحرير الشام في بيان نشرته على قناتها أن مقاتليها دخلوا مدينة حماة.")
    triples = _triples(extract_text, text)
    assert ("hayat_tahrir_al_sham", "ENTERED", "hamah") in triples
    assert not [t for t in triples if t[1] == "ENTERED" and t[0] != "hayat_tahrir_al_sham"]


def test_a_pronoun_after_a_speaker_kg_cannot_name_is_not_the_topic(extract_text):
    """قالت قوات الأمن إنها قتلت: the speaker is named, as nothing kg knows; the pronoun is not the
    person or body the text was about before."""
    text = ("واستقبل الرئيس الصومالي حسن شيخ محمود وفدا من الاتحاد الأفريقي. "
            "وفي إقليم بونتلاند، قالت قوات الأمن إنها قتلت ثمانية من عناصر تنظيم داعش.")
    assert not [t for t in _triples(extract_text, text) if t[1] == "KILLED"]
    text = "سيطرت هيئة تحرير الشام على مدينة حلب. وأضافت أنها دخلت مدينة حماة."
    assert ("hayat_tahrir_al_sham", "ENTERED", "hamah") in _triples(extract_text, text)


def test_a_phrase_or_a_statement_after_the_verb_of_saying_names_no_other_speaker(extract_text):
    text = "أعلنت قوات الدعم السريع سيطرتها على مدينة النهود. وأضافت في بيانها أنها تتقدم نحو مدينة الأبيض."
    assert ("rapid_support_forces", "ADVANCED_TOWARD", "el_obeid") in _triples(extract_text, text)
    text = "سيطرت هيئة تحرير الشام على مدينة حلب. وأضاف البيان أنها دخلت مدينة حماة."
    assert ("hayat_tahrir_al_sham", "ENTERED", "hamah") in _triples(extract_text, text)
