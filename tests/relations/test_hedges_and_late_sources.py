"""Hedging verbs in all their forms (ادعت، رجحت، أفيد بأن، تقول تقارير، حاولت) and a source named
after the claim through a reporting verb (حسبما قالت الشرطة، بحسب ما أعلن الجيش، وفق ما أكده
المتحدث باسم الحكومة فلان). Sentences are our own."""
from __future__ import annotations

import pytest


def _claims(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return claims


@pytest.mark.parametrize("text, relation", [
    ("وادعت قوات الدعم السريع سيطرتها على مدينة بابنوسة.", "CAPTURED"),
    ("ورجحت مصادر أن يكون الجيش الإسرائيلي قد قصف مخيم جباليا.", "ATTACKED"),
    ("وأفيد بأن قوات الدعم السريع هاجمت مدينة الأبيض.", "ATTACKED"),
    ("وتقول تقارير إن الجيش السوداني قصف مدينة نيالا.", "ATTACKED"),
    ("حاولت قوات الدعم السريع التقدم نحو مدينة الأبيض.", "ADVANCED_TOWARD"),
    ("وقد تكون قوات الدعم السريع قصفت مدينة الأبيض ليلا.", "ATTACKED"),
    ("ولا يستبعد مراقبون أن يكون الجيش السوداني قصف مدينة نيالا.", "ATTACKED"),
    ("ومن المرجح أن الجيش الإسرائيلي قصف مخيم جباليا.", "ATTACKED"),
    ("ويتردد أن الجيش السوداني انسحب من مدينة الفولة.", "WITHDREW_FROM"),
    ("ولم تؤكد مصادر مستقلة أن حركة الشباب سيطرت على بلدة مهداي.", "CAPTURED"),
    ("وتشير معلومات أولية إلى أن الطيران الروسي قصف مدينة إدلب.", "ATTACKED"),
    ("ويتهم الحرس الثوري، المتهم بتهريب الأسلحة إلى الحوثيين، بزعزعة الاستقرار.", "SUPPORTS"),
], ids=["claimed", "deemed-likely", "it-was-reported", "reports-say", "tried", "may-have", "not-ruled-out",
        "most-likely", "rumoured", "not-confirmed", "preliminary", "accused-of"])
def test_hedged(extract_text, text, relation):
    assert all(c.provenance.hedged for c in _claims(extract_text, text, relation))


@pytest.mark.parametrize("text, relation", [
    ("هاجمت قوات الدعم السريع مدينة الأبيض.", "ATTACKED"),
    ("قصفت قوات الدعم السريع مدينة الأبيض، وحاولت اقتحامها.", "ATTACKED"),   # the attempt is another act
], ids=["plain", "attempt-of-another-act"])
def test_not_hedged(extract_text, text, relation):
    assert not any(c.provenance.hedged for c in _claims(extract_text, text, relation))


@pytest.mark.parametrize("text, relation, source", [
    ("هاجمت حركة الشباب فندقا في مقديشو، حسبما قالت الشرطة الصومالية.", "ATTACKED", "somali_police"),
    ("هاجمت حركة الشباب فندقا في مقديشو، بحسب ما أعلنت الشرطة الصومالية.", "ATTACKED", "somali_police"),
    ("سيطر الجيش السوداني على مدينة سنجة، وفق ما أكده المتحدث باسم الحكومة السودانية خالد الإعيسر.",
     "CAPTURED", "khalid_al_eisir"),
    ("قصفت طائرات مسيرة تابعة لقوات الدعم السريع مدينة بورتسودان، حسبما أفادت قناة العربية.",
     "ATTACKED", "al_arabiya"),
], ids=["as-said", "according-to-what", "title-before-the-person", "outlet"])
def test_a_source_after_the_claim_is_credited(extract_text, text, relation, source):
    assert {c.provenance.attributed_to for c in _claims(extract_text, text, relation)} == {source}


def test_a_new_statement_after_the_claim_credits_nothing_before_it(extract_text):
    text = "هاجمت حركة الشباب فندقا في مقديشو، وقالت الشرطة الصومالية إن عشرة أشخاص قتلوا."
    assert {c.provenance.attributed_to for c in _claims(extract_text, text, "ATTACKED")} == {None}


def _hedged(x) -> dict[tuple[str, str, str], bool]:
    return {(c.subject, c.predicate, c.object): c.provenance.hedged for c in x.claims}


def test_a_trailing_disclaimer_hedges_its_own_sentence(extract_text):
    x = extract_text("وانسحبت قوات فاغنر من مدينة كيدال، دون أن يتسنى التأكد من ذلك بشكل مستقل.")
    assert _hedged(x) == {("wagner_group", "WITHDREW_FROM", "kidal"): True}


def test_a_disclaimer_standing_alone_hedges_the_sentence_before_only(extract_text):
    x = extract_text("سيطرت قوات الدعم السريع على مدينة بارا. "
                     "ولم يتسن لوكالة الصحافة الفرنسية التحقق من صحة هذه المعلومات. "
                     "وقال الجيش السوداني إنه قصف مدينة الأبيض.")
    hedged = _hedged(x)
    assert hedged[("rapid_support_forces", "CAPTURED", "barah")] is True
    assert hedged[("sudanese_armed_forces", "ATTACKED", "el_obeid")] is False


def test_a_disclaimer_naming_an_event_still_hedges_the_sentence_before(extract_text):
    x = extract_text("سيطرت قوات الدعم السريع على مدينة بارا. ولم يتسن التحقق من تفاصيل الهجوم.")
    assert _hedged(x)[("rapid_support_forces", "CAPTURED", "barah")] is True


def test_verifying_is_no_disclaimer(extract_text):
    x = extract_text("سيطرت قوات الدعم السريع على مدينة بارا. وتمكن مراسلنا من التحقق من ذلك.")
    assert _hedged(x)[("rapid_support_forces", "CAPTURED", "barah")] is False


def test_a_hedging_verb_far_before_its_complementiser_hedges_the_reported_claim(extract_text):
    x = extract_text("وزعمت جماعة نصرة الإسلام والمسلمين في بيان نشرته عبر منصاتها الدعائية أن مقاتليها "
                     "هاجموا مدينة تمبكتو.")
    assert all(h for (s, p, o), h in _hedged(x).items() if p == "ATTACKED") and any(
        p == "ATTACKED" for s, p, o in _hedged(x))
    x = extract_text("وقالت جماعة نصرة الإسلام والمسلمين في بيان نشرته عبر منصاتها الدعائية أن مقاتليها "
                     "هاجموا مدينة تمبكتو.")
    assert not any(h for (s, p, o), h in _hedged(x).items() if p == "ATTACKED")
