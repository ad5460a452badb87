"""A ministry named in its government (وزارة X في حكومة Y: PART_OF) and the bases an actor holds
listed after its bases or points (يحتفظ الجيش بقواعد عدة، أبرزها قاعدة X: BASED_IN each), on
sentences of our own."""
from __future__ import annotations


def _facts(extraction) -> set[tuple[str, str, str]]:
    names = {e.id: (e.name_en or e.name) for e in extraction.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in extraction.claims}


def _rules(extraction) -> set[str]:
    return {c.provenance.rule for c in extraction.claims}


def test_a_ministry_in_its_government_is_part_of_it(extract_text):
    ex = extract_text("وأصدرت وزارة الصحة في حكومة الوحدة الوطنية بيانا عن الوضع في المستشفيات.")
    assert "part_of:ministry_in_government" in _rules(ex)
    ex = extract_text("وذكرت وزارة التعليم في الحكومة السورية أن المدارس ستفتح.")
    assert "part_of:ministry_in_government" in _rules(ex)


def test_a_ministry_in_a_city_is_no_part(extract_text):
    ex = extract_text("وعقدت وزارة الخارجية في طرابلس اجتماعا مع السفراء.")
    assert "part_of:ministry_in_government" not in _rules(ex)


def test_bases_listed_after_the_bases_held(extract_text):
    ex = extract_text("ويحتفظ الجيش الأمريكي بعدة قواعد عسكرية في سوريا، أبرزها قاعدة التنف ومطار رميلان.")
    held = {(s, o) for s, p, o in _facts(ex) if p == "BASED_IN"}
    assert len(held) >= 3 and "based_in:holds_listed" in _rules(ex)


def test_points_set_up_and_listed(extract_text):
    ex = extract_text("وأقام الجيش الإسرائيلي ثلاث نقاط داخل جنوب لبنان، من بينها تلة العزية وجبل بلاط.")
    listed = {o for s, p, o in _facts(ex) if p == "BASED_IN" and s == "Israel Defense Forces"}
    assert {"تلة العزية", "جبل بلاط"} <= listed


def test_no_list_no_listed_base(extract_text):
    ex = extract_text("ويحتفظ الجيش الأمريكي بعدة قواعد عسكرية في سوريا منذ سنوات.")
    assert "based_in:holds_listed" not in _rules(ex)


def test_an_organisation_stationed_where_a_place_is(extract_text):
    ex = extract_text("وهاجمت قوات الدعم السريع بلدة كرنوي السودانية المحاذية لتشاد، حيث تتمركز عناصر من القوة المشتركة، صباح اليوم.")
    seated = {(s, o) for s, p, o in _facts(ex) if p == "BASED_IN"}
    assert seated == {("Joint Force of Armed Struggle Movements", "كرنوي")}
    ex = extract_text("وقصفت الطائرات مدينة جلب في إقليم جوبا الوسطى، حيث يقع المقر الرئيسي لحركة الشباب، فجر الأحد.")
    assert "based_in:where" in _rules(ex)


def test_where_a_thing_lies_is_no_seat(extract_text):
    ex = extract_text("وزار الوزير مدينة حلب، حيث يقع أكبر سوق في سوريا.")
    assert "based_in:where" not in _rules(ex)
