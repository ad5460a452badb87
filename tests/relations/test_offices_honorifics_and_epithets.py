"""Our own sentences for constructions whole articles use around a group or a leader: a rank or
honorific between a title and the name (رئيس الهيئة الدكتور فلان، مدير الشرطة في المحافظة العميد
فلان), a verb of taking up a post with an office noun (يتولى فلان الأمانة العامة للحزب، تسلم فلان
قيادة الجيش), and a group's epithet or an apposition's comma before what a clause says of it
(الجماعة الإرهابية المدعومة من، قسد، المدعومة من، الحركة، التي يقودها فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, p, o", [
    ("وأوضح مدير الدفاع المدني في محافظة درعا الدكتور منير الصالح أن الحرائق امتدت.", "منير الصالح", "LEADS",
     "الدفاع المدني"),
    ("وقال رئيس هيئة الأركان العامة اللواء علي النعسان إن الجيش أعاد تنظيم صفوفه.", "علي النعسان", "LEADS",
     "هيئة الأركان"),
    ("وزار رئيس الحكومة اللبنانية القاضي نواف سلام مدينة صور.", "نواف سلام", "LEADS", "الحكومة اللبنانية"),
], ids=["doctor-after-a-place", "rank-after-the-body", "judge-after-the-government"])
def test_a_rank_or_honorific_before_the_name(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)


@pytest.mark.parametrize("text, s, p, o", [
    ("ويتولى عبد الملك الحوثي زعامة جماعة الحوثي منذ مقتل شقيقه.", "عبد الملك الحوثي", "LEADS", "houthis"),
    ("وكان رودولف هيكل قد تسلم قيادة الجيش اللبناني في آذار الماضي.", "رودولف هيكل", "LEADS", "الجيش اللبناني"),
    ("وحضر اللقاء نعيم قاسم، الذي تولى الأمانة العامة لحزب الله بعد الحرب.", "نعيم قاسم", "LEADS", "حزب الله"),
], ids=["verb-then-person", "person-qad-verb", "relative-after-a-comma"])
def test_taking_up_an_office(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)


def test_an_office_of_a_place_is_no_leads(extract_text):
    x = extract_text("وتولى محمد شياع السوداني رئاسة الوفد العراقي إلى القمة.")
    assert not [c for c in x.claims if c.predicate == "LEADS" and "iraq" in c.object], _claims(x)


@pytest.mark.parametrize("text, s, p, o", [
    ("واستهدفت الغارات مواقع لجماعة الحوثي الانقلابية المدعومة من إيران في صعدة.", "إيران", "SUPPORTS", "الحوثي"),
    ("وتسيطر قوات سوريا الديمقراطية، المدعومة من الولايات المتحدة، على معظم ريف الرقة.", "الولايات المتحدة", "SUPPORTS",
     "قوات سوريا الديمقراطية"),
    ("وهاجمت حركة الشباب، التي يتزعمها أحمد ديري، قاعدة للجيش الصومالي.", "أحمد ديري", "LEADS", "الشباب"),
    ("وتبنت هيئة تحرير الشام المسلحة التي يقودها أبو محمد الجولاني الهجوم.", "الجولاني", "LEADS", "هيئة تحرير الشام"),
], ids=["epithet-before-backed", "comma-before-backed", "comma-before-relative-leads", "epithet-before-relative-leads"])
def test_epithet_or_comma_before_the_clause(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)
