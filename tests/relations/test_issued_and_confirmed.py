"""Who a sentence credits when a body issues a statement and speaks in it (أصدر X بيانا قال فيه إن),
when the next sentence confirms what was said (وأكد ذلك X), and when the reporting verb after
بحسب ما carries a preposition with the relative's pronoun (بحسب ما أفادت به X). Sentences are our own."""
from __future__ import annotations

import pytest


def _credits(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, source", [
    ("وأصدر الجيش السوداني بيانا قال فيه إن قوات الدعم السريع قصفت مدينة الأبيض.", "sudanese_armed_forces"),
    ("وأصدر الجيش الصومالي، بيانا أكد فيه أن حركة الشباب هاجمت مدينة بلدوين.", "somali_national_army"),
    ("ونشرت قناة الجزيرة بيانا قالت فيه إن إسرائيل قصفت مدينة خان يونس.", "al_jazeera"),
], ids=["army", "comma", "outlet"])
def test_the_issuer_of_a_statement_is_credited(extract_text, text, source):
    assert _credits(extract_text, text, "ATTACKED") == {source}


def test_issuing_without_a_statement_credits_no_one(extract_text):
    text = "وأصدر الجيش السوداني أوامر بالهجوم، ثم قصفت قوات الدعم السريع مدينة الأبيض."
    assert _credits(extract_text, text, "ATTACKED") == {None}


@pytest.mark.parametrize("text, source", [
    ("هاجمت حركة الشباب مدينة بلدوين. وأكد ذلك الجيش الصومالي.", "somali_national_army"),
    ("قصفت إسرائيل مدينة القنيطرة. وذكرت ذلك وكالة الأناضول.", "anadolu"),
], ids=["army", "outlet"])
def test_a_confirmation_of_that_credits_the_sentence_before(extract_text, text, source):
    assert _credits(extract_text, text, "ATTACKED") == {source}


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الإسرائيلية مدينة خان يونس، بحسب ما أفادت به وزارة الصحة الفلسطينية.",
    "هاجمت حركة الشباب مدينة بلدوين، وفق ما كشف عنه الجيش الكيني.",
], ids=["afadat-bihi", "kashafa-anhu"])
def test_a_relative_pronoun_preposition_after_the_verb(extract_text, text):
    got = _credits(extract_text, text, "ATTACKED")
    assert None not in got and len(got) == 1


@pytest.mark.parametrize("text, source", [
    ("قصفت الطائرات الروسية مدينة إدلب، على حد قول المرصد السوري لحقوق الإنسان.", "sohr"),
    ("هاجمت حركة الشباب مدينة بلدوين، وعلى حد تعبير الجيش الصومالي.", "somali_national_army"),
    ("قصفت الطائرات الروسية مدينة إدلب، حسب تعبير وكالة الأنباء الفرنسية.", "afp"),
], ids=["ala-hadd-qawl", "wa-ala-hadd-tabir", "hasab-tabir-outlet"])
def test_as_put_by_credits_the_speaker_after_it(extract_text, text, source):
    assert _credits(extract_text, text, "ATTACKED") == {source}


def test_a_statement_of_a_titled_person_in_the_next_sentence(extract_text):
    text = "قصفت قوات الدعم السريع مدينة الأبيض. جاء ذلك في تصريح لوزير الإعلام السوداني خالد الإعيسر."
    assert _credits(extract_text, text, "ATTACKED") == {"khalid_al_eisir"}


@pytest.mark.parametrize("text, source", [
    ("قصفت قوات الدعم السريع مدينة الأبيض، وفقا لشهود عيان تحدثوا لقناة الجزيرة.", "al_jazeera"),
    ("وقال سكان صرحوا لوكالة رويترز إن حركة الشباب هاجمت مدينة بلدوين.", "reuters"),
], ids=["tahaddathu", "sarrahu"])
def test_plural_reporting_verbs_before_an_outlet_told(extract_text, text, source):
    assert _credits(extract_text, text, "ATTACKED") == {source}


def test_a_reporting_verb_with_the_relatives_pronoun_before_an_outlet_told(extract_text):
    text = "قصفت قوات الدعم السريع مدينة الأبيض، بحسب ما قاله سكان لوكالة رويترز."
    assert _credits(extract_text, text, "ATTACKED") == {"reuters"}


@pytest.mark.parametrize("second", [
    "وتابعت أن حركة الشباب انسحبت من مدينة جوهر.",
    "واستطردت قائلة إن حركة الشباب انسحبت من مدينة جوهر.",
], ids=["tabaat", "istatradat-qaila"])
def test_a_reporting_verb_that_goes_on_keeps_the_source(extract_text, second):
    text = "قالت وكالة الأناضول إن الجيش الصومالي سيطر على مدينة بلدوين. " + second
    assert _credits(extract_text, text, "WITHDREW_FROM") == {"anadolu"}
