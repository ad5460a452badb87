"""Our own sentences: a quoted name right after an outlet's noun (شبكة، قناة، صحيفة، وكالة ...)
is a media outlet wherever the phrase stands (after بحسب، in a correspondent's title, or after a
verb), even when a town's name is inside it (شبكة "حماة 24"); a paper whose quoted title is a
definite nationality adjective told something (لـ"الليبي") is an outlet too. A registered outlet
named so stays the registry's, and موقع "X" (perhaps a military post) is left to other rules."""
from __future__ import annotations

import pytest


def _outlets(x):
    return {m.text for m in x.mentions if m.type == "MediaOutlet"}


def _credited(x):
    return {c.provenance.attributed_to for c in x.claims}


@pytest.mark.parametrize("text, name", [
    ('وقصفت قوات النظام قرية الحويز، بحسب ما نقلت شبكة "حماة 24" المحلية.', "حماة 24"),
    ('وذكرت شبكة "الرقة تذبح بصمت" أن قسد انسحبت من قرية الكرامة.', "الرقة تذبح بصمت"),
    ('وأفاد مراسل قناة "النيلين الآن" بأن قوات الدعم السريع قصفت مدينة كوستي.', "النيلين الآن"),
    ("وقالت جريدة «الصباح» إن الجيش سيطر على قرية الحمرا.", "الصباح"),
    ('وبحسب إذاعة "صوت الساحل"، هاجم مسلحون بلدة تيلابيري.', "صوت الساحل"),
    ('وفق ما أوردته مجلة "الرأي الآخر" الأسبوعية، دخلت قوات الأمن بلدة سرمدا.', "الرأي الآخر"),
], ids=["network-town-and-number", "network-after-a-verb", "channel-of-a-correspondent",
        "paper-guillemets", "radio-after-bihasab", "magazine-after-wifq"])
def test_a_quoted_name_after_an_outlet_noun_is_an_outlet(extract_text, text, name):
    x = extract_text(text)
    assert name in _outlets(x), [(m.text, m.type) for m in x.mentions]


def test_the_network_is_credited_and_its_town_is_no_place(extract_text):
    x = extract_text('وذكرت شبكة "دير الزور 24" أن عناصر قسد انسحبوا من بلدة الصور.')
    assert "name:دير_الزور_24" in _credited(x), [(c.subject, c.predicate, c.object) for c in x.claims]
    assert "deir_ez_zor" not in {m.entity_id for m in x.mentions}


@pytest.mark.parametrize("text, eid", [
    ('وقال مصدر عسكري لـ"الليبي" إن قوات الجيش الليبي سيطرت على مدينة سرت.', "name:الليبي"),
    ('وأكد شاهد عيان في حديث لـ"السوداني" أن الدعم السريع قصفت مدينة الدلنج.', "name:السوداني"),
], ids=["after-a-verb", "after-a-press-noun"])
def test_a_quoted_nationality_title_told_is_an_outlet(extract_text, text, eid):
    x = extract_text(text)
    assert eid in {m.entity_id for m in x.mentions if m.type == "MediaOutlet"}, [(m.text, m.type) for m in x.mentions]
    assert eid in _credited(x)


def test_a_registered_outlet_with_its_noun_stays_registered(extract_text):
    x = extract_text('وأفاد مراسل قناة "الحدث" بأن الجيش قصف مواقع في مدينة الفاشر.')
    assert "al_hadath" in {m.entity_id for m in x.mentions}
    assert not [m for m in x.mentions if m.entity_id.startswith("name:") and m.type == "MediaOutlet"]


def test_a_nationality_adjective_in_a_longer_quote_is_no_title(extract_text):
    x = extract_text('وقال المسؤول لـ"السوداني الذي يقاتل" إن المعارك مستمرة.')
    assert not _outlets(x), [(m.text, m.type) for m in x.mentions]
