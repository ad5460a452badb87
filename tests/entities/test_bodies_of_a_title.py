"""Bodies named by a cue and a chain of nouns (لجنة متابعة شؤون الأسرى), and a local body between a
title and a person (رئيس بلدية نابلس فلان), on our own sentences (none taken from an article)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("وقالت لجنة متابعة شؤون الأسرى إن الإفراج تأجل.", "لجنة متابعة شؤون الأسرى"),
    ("وأفادت لجنة مراقبة وقف إطلاق النار بأنها تلقت شكاوى جديدة.", "لجنة مراقبة وقف إطلاق النار"),
    ("وطالبت لجنة رصد خروقات الهدنة بفتح المعابر.", "لجنة رصد خروقات الهدنة"),
], ids=["affairs", "ceasefire", "violations"])
def test_a_body_named_by_a_chain_of_nouns(extract_text, text, body):
    assert body in [m.text for m in extract_text(text).mentions]


def test_participles_after_a_body_cue_describe_it(extract_text):
    names = [m.text for m in extract_text("وهاجمت جماعة مسلحة مجهولة الهوية القرية ليلا.").mentions]
    assert not any(n.startswith("جماعة") for n in names), names


def test_a_committee_s_object_after_ala_is_no_given_name(extract_text):
    x = extract_text("وقال رئيس لجنة الإشراف على وقف إطلاق النار الجنرال جون سميث إن الهدوء عاد.")
    assert "لجنة الإشراف على وقف إطلاق النار" in [m.text for m in x.mentions]


def test_a_municipality_between_a_title_and_its_head(extract_text):
    x = extract_text("وقال رئيس بلدية نابلس محمد أحمد إن الجرافات هدمت ثلاثة منازل.")
    by_text = {m.text: m.entity_id for m in x.mentions}
    assert "بلدية نابلس" in by_text and "محمد أحمد" in by_text, by_text
    assert (by_text["محمد أحمد"], by_text["بلدية نابلس"]) in {(c.subject, c.object) for c in x.claims}


@pytest.mark.parametrize("text", [
    "وأعلنت البلدية أن المياه مقطوعة عن الأحياء.",
    "وجرت انتخابات بلدية في حلب العام الماضي.",
    "وقال رئيس البلدية محمد أحمد إن الوضع صعب.",
], ids=["definite", "adjective", "title-alone"])
def test_a_municipality_word_alone_names_no_body(extract_text, text):
    assert not any(m.text.endswith(("بلدية", "البلدية")) or m.text.startswith(("بلدية", "البلدية"))
                   for m in extract_text(text).mentions)


@pytest.mark.parametrize("text, body", [
    ('وقال عضو كتلة "التغيير والإصلاح" النائب محمد أحمد إن الجلسة تأجلت.', "كتلة"),
    ("وقال عضو كتلة التغيير والإصلاح النائب محمد أحمد إن الجلسة تأجلت.", "كتلة التغيير والإصلاح"),
], ids=["quoted", "bare"])
def test_a_parliamentary_bloc_keeps_its_kaf(extract_text, text, body):
    # (كتلة is no ك before تلة, a hill)
    names = [m.text for m in extract_text(text).mentions]
    assert any(n.startswith(body) for n in names) and not any(n.startswith("تلة") for n in names), names


def test_a_hill_is_still_a_place(extract_text):
    assert "تلة الزعتر" in [m.text for m in extract_text("وصعد المقاتلون إلى تلة الزعتر فجرا.").mentions]


def test_a_mass_of_air_is_no_bloc(extract_text):
    assert not extract_text("وتحركت كتلة هوائية باردة نحو المنطقة.").mentions


def test_a_commission_after_a_title_is_a_body(extract_text):
    x = extract_text("وقال رئيس هيئة مكافحة الفساد والتهريب خالد محمود إن التحقيق بدأ.")
    assert "هيئة مكافحة الفساد والتهريب" in [m.text for m in x.mentions]


@pytest.mark.parametrize("text", [
    "وظهر المسلحون على هيئة باعة متجولين في السوق.",
    "وجاءت الأسلحة على هيئة قطع غيار.",
], ids=["in-the-form-of", "shape"])
def test_a_shape_is_no_commission(extract_text, text):
    assert not any(m.text.startswith("هيئة") for m in extract_text(text).mentions)
