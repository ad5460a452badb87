"""A time and a place set off by commas between a verb's subject and its object, and a relative
clause of leading with a past auxiliary (own sentences, Syria 2025)."""
import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, o", [
    ("التقى الرئيس السوري أحمد الشرع، الشهر الماضي، وزير الخارجية التركي هاكان فيدان.", "أحمد الشرع", "هاكان فيدان"),
    ("التقى وزير الخارجية السوري أسعد الشيباني، مساء الخميس في دمشق، المبعوث الأممي إلى سوريا غير بيدرسون.",
     "أسعد الشيباني", "غير بيدرسون"),
])
def test_a_time_aside_with_a_span_word_or_a_place_before_the_object(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "MET_WITH", o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_place_alone_between_commas_is_no_time_aside(extract_text):
    x = extract_text("التقى وزير الخارجية السوري أسعد الشيباني، في دمشق، المبعوث الأممي إلى سوريا غير بيدرسون.")
    assert not has_claim(x, "أسعد الشيباني", "MET_WITH", "دمشق")


def test_leading_in_a_relative_clause_with_a_past_auxiliary(extract_text):
    x = extract_text("وقتل عنصران سابقان في الفرقة 25 التي كان يقودها سهيل الحسن.")
    assert has_claim(x, "سهيل الحسن", "LEADS", "الفرقة 25"), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_minister_leads_the_ministry_of_his_field_named_only_later(extract_text):
    x = extract_text("ترأس وزير الداخلية السوري أنس خطاب اجتماعاً لقادة الأمن في حماة. "
                     "وأعلنت وزارة الداخلية في بيان لاحق القبض على خلية في ريف حماة الغربي.")
    assert has_claim(x, "أنس خطاب", "LEADS", "وزارة الداخلية"), [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, a, b", [
    ("تجددت الاشتباكات بين قوات سوريا الديمقراطية وفصائل تابعة للجيش السوري قرب سد تشرين.",
     "syrian_democratic_forces", "syrian_army"),
    ("اندلعت اشتباكات بين الأمن العام وعناصر تابعة لحركة رجال الكرامة في ريف السويداء.",
     "syrian_general_security", "men_of_dignity"),
])
def test_the_second_party_of_a_clash_is_the_owner_of_units_belonging_to_it(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "CLASHED_WITH", b), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_every_quarter_of_a_dual_lies_in_the_city_after_them(extract_text):
    x = extract_text("وانتشرت قوى الأمن الداخلي في حيي الشيخ مقصود وبني زيد في مدينة حلب.")
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, "الشيخ مقصود", "LOCATED_IN", "aleppo"), found
    assert has_claim(x, "بني زيد", "LOCATED_IN", "aleppo"), found


def test_the_actor_after_a_noun_of_visiting_and_before_ila_is_the_visitor(extract_text):
    x = extract_text("وأعلنت قوات سوريا الديمقراطية التزامها بالاتفاق بعد زيارة الرئيس أحمد الشرع إلى الرياض.")
    assert not has_claim(x, "syrian_democratic_forces", "MET_WITH", "أحمد الشرع"), \
        [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_verbal_noun_of_attack_after_a_participle_of_preparation_is_a_purpose(extract_text):
    x = extract_text("وضبط الأمن الداخلي طائرات مسيرة مجهزة لاستهداف مواقع الجيش في مدينة حلب.")
    assert not [c for c in x.claims if c.predicate == "ATTACKED"], \
        [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_verbal_noun_of_attack_with_lam_after_a_launch_is_still_an_attack(extract_text):
    x = extract_text("وأطلق الجيش الإسرائيلي صواريخ لاستهداف مواقع في مدينة حلب.")
    assert has_claim(x, "الجيش الإسرائيلي", "ATTACKED", "aleppo"), [(c.subject, c.predicate, c.object) for c in x.claims]
