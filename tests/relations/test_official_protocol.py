"""The protocol style of official agencies on our own sentences: words of courtesy before the
host (جلالة، سمو، صاحب السمو الملكي، فخامة، معالي), a place and time set off by commas between the
host and the one received (، في قصر الاتحادية أمس،), the host's own title set off by commas
(فلان، رئيس مجلس الوزراء،), and Gulf names read through their links of lineage (بن، آل)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, a, b", [
    ("استقبل جلالة الملك محمد السادس رئيس الوزراء الإسباني بيدرو سانشيز.", "محمد السادس", "سانشيز"),
    ("استقبل فخامة الرئيس جوزاف عون السفيرة الأمريكية ليزا جونسون.", "جوزاف عون", "ليزا جونسون"),
    ("استقبل الرئيس عبد الفتاح السيسي، في قصر الاتحادية أمس، وزير الخارجية الأمريكي ماركو روبيو.",
     "السيسي", "روبيو"),
    ("التقى الشيخ محمد بن عبدالرحمن آل ثاني، رئيس مجلس الوزراء وزير الخارجية، في الدوحة اليوم، "
     "المبعوث الأمريكي ستيف ويتكوف.", "محمد بن عبدالرحمن", "ويتكوف"),
    ("استقبل الرئيس فلاديمير بوتين، رئيس روسيا الاتحادية، نظيره التركي رجب طيب أردوغان.", "بوتين", "أردوغان"),
], ids=["jalala", "fakhama", "place-then-time-aside", "title-aside-then-place", "title-aside"])
def test_the_host_and_the_one_received(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, name", [
    ("وقال الأمير فيصل بن فرحان بن عبدالله إن المملكة ترحب بالاتفاق.", "فيصل بن فرحان بن عبدالله"),
    ("وحضر اللقاء الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة.", "منصور بن زايد آل نهيان"),
    ("وصرح الشيخ طلال خالد أحمد الصباح بأن الحدود آمنة.", "طلال خالد أحمد الصباح"),
    ("وأكد الفريق الركن سعود بن عبدالله العتيبي أن القوات جاهزة.", "سعود بن عبدالله العتيبي"),
], ids=["known-name-and-grandfather", "house-of", "four-parts-and-family", "ibn-and-family"])
def test_a_gulf_name_whole(extract_text, text, name):
    assert any(m.text.endswith(name) for m in extract_text(text).mentions)


def test_courtesy_words_alone_name_no_one(extract_text):
    x = extract_text("واستقبل صاحب المطعم الزبائن في الرياض.")
    assert not [c for c in x.claims if c.predicate == "MET_WITH"]


@pytest.mark.parametrize("text, a, b", [
    ("وكان الوزير عباس عراقجي قد التقى في وقت سابق رئيس هيئة الأركان المسلحة اللواء الركن محمد باقري.",
     "عراقجي", "باقري"),
    ("والتقى وزير الخارجية المصري بدر عبد العاطي في القاهرة رئيس هيئة الأركان المشتركة الإماراتية الفريق "
     "الركن عيسى المزروعي.", "عبد العاطي", "المزروعي"),
    ("واستقبل الرئيس جوزاف عون رئيس هيئة التنسيق العسكري العميد الركن سامي الحاج.", "جوزاف عون", "سامي الحاج"),
], ids=["ranks-after-an-unknown-body", "unknown-body-after-a-title", "body-then-ranks"])
def test_the_one_received_after_a_chain_of_titles(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, person, ministry", [
    ("أصدرت وزارة الخارجية والمغتربين بيانا عام 2023. وقال وزير الخارجية والمغتربين فيصل المقداد إن الوضع هادئ.",
     "المقداد", "وزارة الخارجية"),
    ("نددت وزارة الخارجية الأردنية بالهجوم. وأكد وزير الخارجية وشؤون المغتربين أيمن الصفدي رفض المملكة له.",
     "الصفدي", "وزارة الخارجية"),
], ids=["one-joined-field", "joined-construct-field"])
def test_a_minister_whose_office_joins_two_fields(extract_text, text, person, ministry):
    x = extract_text(text)
    assert has_claim(x, person, "LEADS", ministry), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_joined_field_of_an_office_is_no_name(extract_text):
    x = extract_text("وقال نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي إن الحدود آمنة.")
    assert not [m for m in x.mentions if m.text.startswith("وشؤون")]


@pytest.mark.parametrize("text, a, b", [
    ("وكان نائب رئيس الوزراء وزير الدولة لشؤون الدفاع القائد العام للقوات المسلحة خالد بن محمد العطية قد استقبل "
     "الشهر الماضي في الدوحة وزير الخارجية السوري أسعد حسن الشيباني.", "خالد بن محمد العطية", "الشيباني"),
    ("واستقبل النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ سالم عبدالله الجابر الصباح رئيس مجلس "
     "النواب اللبناني نبيه بري.", "سالم عبدالله الجابر", "نبيه بري"),
    ("واستقبل وزير الداخلية اللبناني أحمد الحجار في مقر الوزارة رئيس الأركان العامة للجيش العماد رودولف هيكل.",
     "أحمد الحجار", "رودولف هيكل"),
], ids=["past-auxiliary-chain-and-a-time-span", "chain-of-titles-after-the-verb", "venue-and-body-of-a-title"])
def test_hosts_and_guests_with_long_titles(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, person, ministry", [
    ("واستقبل الشيخ محمد بن عبدالرحمن آل ثاني، وزير الخارجية، السفير الإيطالي. وأصدرت وزارة الخارجية بيانا بذلك.",
     "محمد بن عبدالرحمن", "وزارة الخارجية"),
    ("وأعلنت وزارة الدفاع أن الأمير خالد بن سلمان، وزير الدفاع، بحث التعاون العسكري مع الوفد.",
     "خالد بن سلمان", "وزارة الدفاع"),
], ids=["title-after-the-name-ministry-later", "title-after-the-name-ministry-before"])
def test_a_minister_titled_after_his_name(extract_text, text, person, ministry):
    x = extract_text(text)
    assert has_claim(x, person, "LEADS", ministry), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, force, place", [
    ("وقصفت الطائرات مواقع قوات الدعم السريع المتمركزة في أطراف مدينة الأبيض.", "الدعم السريع", "الأبيض"),
    ("وتفقد قائد الجيش وحدات الفرقة 25 المنتشرة في محيط مدينة حماة.", "الفرقة 25", "حماة"),
], ids=["on-the-edges", "around"])
def test_a_force_stationed_around_a_place(extract_text, text, force, place):
    x = extract_text(text)
    assert has_claim(x, force, "BASED_IN", place), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, person, ministry", [
    ("وأصدرت وزارة الداخلية بيانا. وحضر الاجتماع نائب وزير الداخلية اللواء سامي الحربي.", "سامي الحربي", "وزارة الداخلية"),
    ("وأصدرت وزارة الدفاع بيانا. وحضر اللقاء مساعد وزير الدفاع للشؤون الفنية المهندس طارق العمري.",
     "طارق العمري", "وزارة الدفاع"),
], ids=["deputy", "assistant-with-a-field"])
def test_a_deputy_minister_belongs_to_the_ministry(extract_text, text, person, ministry):
    x = extract_text(text)
    assert has_claim(x, person, "MEMBER_OF", ministry), [(c.subject, c.predicate, c.object) for c in x.claims]
    assert not has_claim(x, person, "LEADS", ministry)


@pytest.mark.parametrize("text, person, org", [
    ("وأكد قائد قوة الأمم المتحدة المؤقتة في لبنان \"اليونيفيل\" الجنرال ديوداتو أبانيارا أن الوضع هادئ.",
     "أبانيارا", "اليونيفيل"),
    ("وقال قائد قوات سوريا الديمقراطية \"قسد\" مظلوم عبدي إن الاتفاق قائم.", "مظلوم عبدي", "قسد"),
], ids=["unifil-and-rank", "sdf"])
def test_the_leader_after_a_short_name_in_quotes(extract_text, text, person, org):
    x = extract_text(text)
    assert has_claim(x, person, "LEADS", org), [(c.subject, c.predicate, c.object) for c in x.claims]
