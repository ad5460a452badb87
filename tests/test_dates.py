"""Event dates: what a sentence says about when, resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import event_date

PUBLISHED = "2024-12-01"          # a Sunday


def test_publication_date_is_a_sunday():
    assert dt.date.fromisoformat(PUBLISHED).weekday() == 6


@pytest.mark.parametrize("sentence, expected", [
    ("أعلنت الجماعة مساء السبت أنها هاجمت سفينة", "2024-11-30"),
    ("وقصفت القوات فجر الأحد مواقع في المدينة", "2024-12-01"),     # the publication day itself
    ("وكانت الاشتباكات اندلعت يوم الخميس في الأحياء الشرقية", "2024-11-28"),
    ("وقال مصدر إن الهجوم وقع الاثنين الماضي", "2024-11-25"),
    ("وقال الجيش إنه سيطر على البلدة أمس بعد معارك", "2024-11-30"),
    ("ويعقد المجلس اجتماعا اليوم لبحث التطورات", "2024-12-01"),
], ids=["saturday-evening", "sunday-dawn", "thursday", "last-monday", "yesterday", "today"])
def test_relative_days_resolve_against_the_publication_date(sentence, expected):
    assert event_date(sentence, PUBLISHED) == expected


def test_weekday_with_a_clitic():
    assert event_date("وصلت التعزيزات والسبت شهد هدوءا حذرا", PUBLISHED) == "2024-11-30"


def test_relative_day_without_publication_date_is_unknown():
    assert event_date("أعلنت الجماعة مساء السبت أنها هاجمت سفينة", None) is None
    assert event_date("سيطر الجيش على البلدة أمس", None) is None


def test_unparseable_publication_date_is_ignored():
    assert event_date("أعلنت الجماعة مساء السبت أنها هاجمت سفينة", "yesterday") is None


@pytest.mark.parametrize("sentence, published, expected", [
    ("دخلت الفصائل دمشق في 8 ديسمبر 2024 بعد انسحاب الجيش", None, "2024-12-08"),
    ("دخلت الفصائل دمشق في ٨ كانون الأول ٢٠٢٤ بعد انسحاب الجيش", None, "2024-12-08"),
    ("اندلعت الحرب في 15 أبريل عام 2023 في الخرطوم", "2025-01-10", "2023-04-15"),
    ("وقعت المجزرة في 3 آب الماضي", "2024-11-20", "2024-08-03"),      # the year from the publication
], ids=["gregorian", "levantine-indic-digits", "aam", "year-from-publication"])
def test_explicit_dates(sentence, published, expected):
    assert event_date(sentence, published) == expected


def test_impossible_explicit_date_does_not_crash():
    assert event_date("وقع الهجوم في 31 فبراير 2024", None) is None


def test_sentence_without_time_expression_has_no_date():
    assert event_date("سيطرت قوات الدعم السريع على مدينة الفاشر", PUBLISHED) is None


@pytest.mark.parametrize("sentence", [
    "سيطرت القوات على البلدة مساء السبت، وفقا لمصادر محلية",
    "قصف الجيش الإسرائيلي بلدة عيترون مساء السبت.",
    "قال الجيش إنه سيطر على البلدة أمس، بعد معارك",
], ids=["comma", "full-stop", "yesterday-comma"])
def test_weekday_followed_by_punctuation(sentence):
    assert event_date(sentence, PUBLISHED) == "2024-11-30"


def test_claims_carry_the_event_date_of_their_sentence(extract_text):
    text = ("أعلنت جماعة الحوثي مساء السبت أنها هاجمت سفينة في البحر الأحمر. "
            "وقصفت القوات الأمريكية فجر الأحد مواقع للحوثيين في مدينة الحديدة.")
    dated = extract_text(text, published=PUBLISHED)
    undated = extract_text(text)
    by_pred = {(c.subject, c.object): c.provenance.event_date for c in dated.claims}
    assert by_pred[("us_military", "houthis")] == "2024-12-01"
    assert "2024-11-30" in {c.provenance.event_date for c in dated.claims if c.subject == "houthis"}
    assert all(c.provenance.event_date is None for c in undated.claims)


def test_day_and_month_before_a_new_year_belong_to_the_previous_year():
    assert event_date("وكانت الفصائل دخلت دمشق في 28 ديسمبر", "2025-01-05") == "2024-12-28"


def test_last_weekday_on_the_same_weekday_is_a_week_before():
    assert event_date("وقع الهجوم يوم الجمعة الماضي", "2024-12-06") == "2024-11-29"   # a Friday


@pytest.mark.parametrize("phrase", ["أمس الأول", "أول أمس"], ids=["ams-al-awwal", "awwal-ams"])
def test_the_day_before_yesterday(phrase):
    assert event_date(f"قتل ثلاثة مدنيين {phrase} في قصف", "2024-12-05") == "2024-12-03"


@pytest.mark.parametrize("sentence", [
    "قصفت الطائرات البلدة مساء الجمعة الماضي.", "وقال المتحدث أمس إن القوات انسحبت.", "اندلعت اشتباكات اليوم.",
    "وقع الهجوم أول أمس.", "سيطرت القوات على المدينة في 8 ديسمبر 2024.", "وفي ٣ مارس دخلت القوات البلدة.",
    "وأعلنت الحركة_الجديدة اليوم_الأحد مسؤوليتها.", "لا تاريخ هنا.", "قُتِلَ ثلاثةٌ أَمْسِ فِي الْقَصْفِ.",
])
@pytest.mark.parametrize("published", ["2024-12-06", "2025-01-05", None])
def test_dates_read_from_tokens_equal_dates_read_from_the_text(sentence, published):
    from kg.arabic import tokenise
    norms = [t.norm for t in tokenise(sentence)]
    assert event_date(sentence, published, norms) == event_date(sentence, published)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=12))
def test_words_of_tokens_are_each_token_s_word_runs(norms):
    import re

    from kg.dates import _words_of_tokens
    assert _words_of_tokens(norms) == [w for n in norms for w in re.findall(r"\w+", n)]
