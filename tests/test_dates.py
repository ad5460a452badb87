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
    text = ("أعلنت جماعة الحوثي مساء السبت أنها هاجمت سفينة إسرائيلية في البحر الأحمر. "
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


# ------------------------------------------------------------------ less than a day
from kg.arabic import normalise  # noqa: E402
from kg.contract import date_precision  # noqa: E402
from kg.dates import PERIOD_RULES, dateline, named_month, named_year, this_or_last_month, this_or_last_year  # noqa: E402


@pytest.mark.parametrize("sentence, expected, precision", [
    ("سيطرت الجماعة على البلدة في العام 2013 بعد معارك", "2013", "year"),
    ("وكان الجيش قد استعاد القرية عام 2016", "2016", "year"),
    ("انسحبت القوات من المعبر في أكتوبر الماضي", "2024-10", "month"),
    ("اندلعت الاشتباكات في تشرين الأول الماضي قرب الحدود", "2024-10", "month"),
    ("وسيطر التنظيم على الحقل الشهر الماضي", "2024-11", "month"),
    ("بدأت الحملة في أيلول 2023 وما زالت مستمرة", "2023-09", "month"),
    ("وفي ديسمبر الماضي دخلت الفصائل المدينة", "2023-12", "month"),   # published in December: last year's
    ("وعادت الهدنة إلى الانهيار العام الماضي", "2023", "year"),
    ("ويتوقع أن تنتهي المفاوضات هذا العام", "2024", "year"),
], ids=["fil-aam", "aam", "october-last", "levantine-month-last", "last-month", "month-year", "this-month-name-last",
        "last-year", "this-year"])
def test_dates_with_less_than_a_day_resolve_with_a_precision(sentence, expected, precision):
    assert event_date(sentence, PUBLISHED) == expected
    tokens = [normalise(w) for w in sentence.split()]
    assert event_date(sentence, PUBLISHED, tokens) == expected     # the pipeline's path (tokens given)
    assert date_precision(expected) == precision


@pytest.mark.parametrize("sentence", [
    "تسيطر الجماعة على المدينة منذ عام 2013",          # a duration, not the event's date
    "قال الأمين العام للأمم المتحدة إن الوضع خطير",       # العام as "general"
    "وبلغ عدد النازحين 2013 شخصا",                      # a number, not a year
    "وقع الهجوم في 31 فبراير 2024",                     # an impossible day: no month guessed
])
def test_no_period_date_where_there_is_none(sentence):
    assert event_date(sentence, PUBLISHED) is None


def test_a_day_wins_over_a_month_or_year_in_the_same_sentence():
    assert event_date("سيطرت الجماعة على البلدة أمس بعد أن خسرتها في العام 2013", PUBLISHED) == "2024-11-30"


@pytest.mark.parametrize("sentence", [
    "دخلت القوات البلدة في 2019 بعد حصار طويل",            # في and a year: no word of a month or year
    "وقتل 12 مدنيا في القصف على الحي الشرقي",                # digits, no period at all
    "وأفاد التقرير بأن 40 عائلة نزحت خلال 2021",
])
def test_a_sentence_with_digits_and_no_month_or_year_word_reads_as_all_period_rules_would(sentence):
    words = " ".join(normalise(w) for w in sentence.split())
    expected = next((found for rule in PERIOD_RULES if (found := rule(words, dt.date.fromisoformat(PUBLISHED)))), None)
    assert event_date(sentence, PUBLISHED) == expected


def test_relative_periods_need_a_publication_date_explicit_ones_do_not():
    assert event_date("انسحبت القوات من المعبر في أكتوبر الماضي", None) is None
    assert event_date("سيطرت الجماعة على البلدة في العام 2013", None) == "2013"


@pytest.mark.parametrize("rule, text, expected", [
    (named_month, "في اكتوبر الماضي", "2024-10"),
    (this_or_last_month, "الشهر الماضي", "2024-11"),
    (named_year, "في العام 2013", "2013"),
    (this_or_last_year, "العام الماضي", "2023"),
])
def test_each_period_rule_on_its_own(rule, text, expected):
    assert rule in PERIOD_RULES
    assert rule(text, dt.date(2024, 12, 1)) == expected


def test_last_month_in_january_is_last_years_december():
    assert event_date("وسيطر التنظيم على الحقل الشهر الماضي", "2025-01-15") == "2024-12"


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize("text, expected", [
    ("date 2025-11-18\nسيطرت القوات على البلدة.", "2025-11-18"),
    ("دمشق - 8 كانون الأول 2024 (سانا) - أعلنت الفصائل دخول المدينة.", "2024-12-08"),
    ("الخرطوم، الأحد 12 مارس 2025\nقالت قوات الدعم السريع", "2025-03-12"),
    ("التاريخ: ٢٠٢٤/١٢/٠٨\nنص الخبر", "2024-12-08"),
    ("\n\nبيروت – 3 أيلول 2024: شن الجيش غارات", "2024-09-03"),
    ("عاجل | أخبار العالم\nالجمعة, 25 أبريل 2025 06:59 PM\nسيطر الجيش على البلدة", "2025-04-25"),
    ("04:17 م 25/10/2025\nقالت مصادر", "2025-10-25"),
    ("news.example.org | 25. 01. 2025 |\nنص الخبر", "2025-01-25"),
    ("عنوان الخبر\nالخميس 17 آب , 2023 09:07 توقيت بيروت\nنص", "2023-08-17"),
    ("  • 12:38 2025/12/14\nنص", "2025-12-14"),
    ("عنوان الخبر\nآخر تحديث: 2024/06/02 الساعة 08:15 صباحا (بتوقيت عدن)\nنص", "2024-06-02"),
    ("عنوان الخبر\nآخر تحديث: 09/11/2024 - 21:40 بتوقيت القدس الشريف\nنص", "2024-11-09"),
], ids=["label-iso", "place-dash", "place-comma-weekday", "label-slashes", "place-en-dash", "weekday-time",
        "time-first", "site-dots", "weekday-comma-time-zone", "bullet-time-iso",
        "update-time-zone", "update-dash-time-zone"])
def test_a_dateline_gives_the_publication_date(text, expected):
    assert dateline(text) == expected


@pytest.mark.parametrize("text", [
    "سيطرت الفصائل على حماة بعد معارك عنيفة استمرت أياما مع قوات النظام في 5 ديسمبر 2024",  # a date in the story
    "date 2024-02-30\nنص",                                                              # no such day
    "عنوان\n— مراسل الشبكة (@someone) 13 ديسمبر 2024\nنص",                             # an embedded post's credit
    "عنوان\nوقال الجيش في بيان إنه سيطر على المدينة في 23 تشرين الثاني 2025 بعد معارك\nنص",  # a sentence, not a dateline
    "",
])
def test_no_dateline(text):
    assert dateline(text) is None
