"""Meetings on our own sentences: a meeting noun after a verb of gathering (ضم الاجتماع X وY), the
holder of a meeting that lists its parties (عقد فلان اجتماعا ضم X وY), parties named by a title,
a counterpart word or a nationality (لقاء بين فلان ونظيره الروسي فلان), a pair joined by و with a
dual meeting word (خلال لقائهما، التقيا), and the verbs ناقش مع and تباحث مع."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, pairs", [
    ("وضم الاجتماع ممثلين عن الحكومة العراقية وحكومة إقليم كردستان في بغداد.",
     [("الحكومة العراقية", "كردستان")]),
    ("وجمع اللقاء وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي في القاهرة.",
     [("عبد العاطي", "الصفدي")]),
    ("وجرى لقاء بين الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين على هامش القمة.",
     [("أردوغان", "بوتين")]),
    ("وفي لقاء جمع رئيس الحكومة اللبنانية نواف سلام والمبعوثة الأمريكية مورغان أورتاغوس، جرى بحث الانسحاب.",
     [("نواف سلام", "أورتاغوس")]),
    ("وعقد وزير الخارجية الأردني أيمن الصفدي اجتماعا ضم نظيريه المصري بدر عبد العاطي والسعودي فيصل بن فرحان.",
     [("الصفدي", "عبد العاطي"), ("الصفدي", "فيصل بن فرحان"), ("عبد العاطي", "فيصل بن فرحان")]),
], ids=["gathering-verb-first", "gathering-counterpart", "between-counterpart", "title-of-a-woman", "holder"])
def test_the_parties_of_a_meeting(extract_text, text, pairs):
    x = extract_text(text)
    for a, b in pairs:
        assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, a, b", [
    ("وقال الكرملين إن الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان بحثا خلال لقائهما في سوتشي "
     "الوضع في سوريا.", "بوتين", "أردوغان"),
    ("وناقش أمير قطر تميم بن حمد والرئيس الفرنسي إيمانويل ماكرون خلال اجتماعهما في باريس الوضع في لبنان.",
     "تميم", "ماكرون"),
    ("وكان الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني قد اجتمعا في العقبة.",
     "السيسي", "عبد الله الثاني"),
], ids=["dual-noun", "dual-noun-titles", "dual-verb"])
def test_a_pair_joined_by_wa_with_a_dual_word_of_meeting(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, a, b", [
    ("وناقش الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبد الله الثاني تطورات الأوضاع.",
     "السيسي", "عبد الله الثاني"),
    ("وتباحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الإيراني عباس عراقجي في الرياض.",
     "فيصل بن فرحان", "عراقجي"),
], ids=["naqasha-maa", "tabahatha-maa"])
def test_verbs_of_discussing_with(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "MET_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text", [
    "وناقش البرلمان العراقي قانون الموازنة في جلسته أمس.",
    "وخرج الآلاف بحثا عن مأوى بعد قصف الجيش السوداني لمدينة الأبيض.",
    "وقال الرئيس التركي رجب طيب أردوغان والمعارضة التركية إن الانتخابات ستجري في موعدها.",
], ids=["no-partner", "bahthan-an", "no-meeting-word"])
def test_no_meeting_without_a_partner_or_a_word_of_meeting(extract_text, text):
    assert not [c for c in extract_text(text).claims if c.predicate == "MET_WITH"]


@pytest.mark.parametrize("text", [
    "واجتمع عبد الله باتيلي بقائد الجيش الوطني الليبي خليفة حفتر في بنغازي.",
    "واجتمع عبد الله باتيلي مع قائد الجيش الوطني الليبي خليفة حفتر في بنغازي.",
], ids=["bi-on-a-title", "maa-before-a-title"])
def test_the_person_a_title_names_after_the_preposition_is_met(extract_text, text):
    x = extract_text(text)
    assert has_claim(x, "باتيلي", "MET_WITH", "حفتر"), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_every_party_met_after_a_clause_link(extract_text):
    """زار فلان بيروت حيث التقى X وقائد الجيش فلان: the visitor met each of them."""
    x = extract_text("ووصل المبعوث الأمريكي آموس هوكستين إلى بيروت، حيث التقى رئيس مجلس النواب نبيه بري "
                     "وقائد الجيش اللبناني العماد جوزيف عون.")
    assert has_claim(x, "هوكستين", "MET_WITH", "نبيه بري")
    assert has_claim(x, "هوكستين", "MET_WITH", "جوزيف عون")
