"""A body named in full with a genitive لـ (القيادة العامة للقوات المسلحة الليبية) and by the words
before it (القيادة العامة) in the same article: one node (our own sentences)."""
from __future__ import annotations


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


def test_a_short_form_before_the_full_name_is_the_body(resolve_text):
    r = resolve_text("وقالت القيادة العامة إن وحداتها تقدمت جنوبا. وكانت القيادة العامة للقوات المسلحة "
                     "الليبية قد أعلنت النفير.")
    assert _ids(r, "القيادة العامة") == ["libyan_national_army"]


def test_a_short_form_after_the_full_name_is_the_body(resolve_text):
    r = resolve_text("وطالبت اللجنة الدولية للصليب الأحمر بممر آمن. وأكدت اللجنة الدولية أن فرقها جاهزة.")
    assert _ids(r, "اللجنة الدولية") == ["icrc"]


def test_without_the_full_name_the_words_name_nothing(resolve_text):
    r = resolve_text("وأكدت اللجنة الدولية أن فرقها جاهزة لدخول المدينة.")
    assert "icrc" not in [m.entity_id for m in r.mentions]


def test_no_short_form_ends_in_a_word_of_belonging(resolve_text):
    r = resolve_text("وتقدم الجيش التابع للحكومة اليمنية نحو المدينة. وقال الجيش التابع لها إنه سيطر على التلال.")
    assert _ids(r, "الجيش التابع") == []


def test_the_short_forms_of_an_article(registry):
    from kg.arabic import analyse
    from kg.entities.coreference import genitive_short_forms
    from kg.entities.registered import registry_spans
    from kg.ingest import make_article
    sentences = analyse(make_article("t", "ونددت الوكالة الدولية للطاقة الذرية بالقصف.", "-")).sentences
    forms = genitive_short_forms(sentences, [registry_spans(s, registry) for s in sentences], registry)
    assert forms == {("الوكاله", "الدوليه"): ("iaea", forms[("الوكاله", "الدوليه")][1])}
