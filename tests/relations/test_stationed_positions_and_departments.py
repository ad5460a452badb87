"""Our own sentences (written for kg, none taken from an article) for where a body sits and what
it is part of, each construction in its variants:

- a force described as stationed in a place past a comma, a relative pronoun and a past
  auxiliary, with the participle definite or not, feminine or masculine plural (القوات، المنتشرة
  في X / القوات التي كانت متمركزة في X / عناصر الجيش كانوا منتشرين في X / القوات متمركزة في X /
  القوات لا تزال منتشرة في X), past a span of time or an adverb after the participle (المنتشرة
  منذ عام 2021 في X، المتمركزة حاليا في X) -> BASED_IN; a participle of something else
  (المشاركة في) is no station;
- the positions of a body in construct with it (مواقع حزب X في Y، مواقع الجيش بقطاع Y، two places
  joined) -> BASED_IN, not positions told with لـ (مواقع للحوثيين في X: a target's description);
  a seat of a unit past what the unit belongs to (مقر اللواء X التابع للجيش في Y);
- a department (إدارة، الإدارة العامة، مديرية) with في or بـ and the body it is in -> PART_OF;
  not a department told with a verb of its own between (إدارة ... تعمل في);
- a media office named with the body after لـ (المركز الإعلامي لـX، المكتب الإعلامي لـX) ->
  PART_OF; an outlet speaking in a body's name (إذاعة X الناطقة باسم Y) -> PART_OF, a person so
  titled stays a member;
- a ministry whose name goes on with بـ or في and its government (وزارة الداخلية بحكومة X) and a
  unit of a government after لـ (القيادة الإقليمية للمجلس العسكري) -> PART_OF;
- a government's head word before a quoted name (حكومة «طالبان» في كابل) -> BASED_IN the town;
- bases or positions held, listed after أبرزها / من بينها past where each lies (تلة X قرب
  الخيام وتلة Y) -> BASED_IN each; the list ends where no place joined by و follows;
- a place within another (ضمن Y، ضمن الحدود الإدارية لـY) -> LOCATED_IN; a unit within a force
  stays PART_OF;
- an unnamed base described by a clause with no relative word (قاعدة تتمركز فيها القوات في بلدة X،
  معسكرا يتمركز فيه المقاتلون بمنطقة X): the force BASED_IN where the base lies, not in a place
  named earlier in the sentence (none when the clause names no place).
"""
from __future__ import annotations

import pytest

from .triples import claim_triples, misread


CASES = [
    # a stationed participle past a comma, a relative pronoun, a past auxiliary
    ("stationed_after_a_comma", "وقالت القوات الرواندية، المنتشرة في إقليم كابو ديلغادو منذ سنوات، إنها صدت هجوما.",
     [("القوات الرواندية", "BASED_IN", "كابو ديلغادو")], []),
    ("stationed_in_a_relative_with_kana", "وأكدت موسكو أن القوات الروسية التي كانت متمركزة في مطار القامشلي غادرت.",
     [("القوات الروسية", "BASED_IN", "مطار القامشلي")], []),
    ("stationed_masculine_plural_with_kanu", "وقال شهود إن عناصر من الجيش البوروندي كانوا منتشرين في مدينة أوفيرا.",
     [("الجيش البوروندي", "BASED_IN", "أوفيرا")], []),
    ("stationed_as_a_predicate", "وتقول واشنطن إن القوات الأمريكية متمركزة في قاعدة عين الأسد.",
     [("القوات الأمريكية", "BASED_IN", "عين الأسد")], []),
    ("stationed_masculine_singular_relative", "وانسحب الجيش التركي الذي كان متمركزا في ريف حلب.",
     [], [("الجيش التركي", "ENTERED", "ريف حلب")]),
    ("stationed_past_a_span_of_time", "وقالت القوات الرواندية المنتشرة منذ عام 2021 في إقليم كابو ديلغادو إنها صدت الهجوم.",
     [("القوات الرواندية", "BASED_IN", "كابو ديلغادو")], []),
    ("stationed_past_since_years_in_an_aside", "وقالت قوات حفظ السلام، المنتشرة منذ سنوات في جنوب لبنان، إنها رصدت خروقات.",
     [("id:unifil", "BASED_IN", "جنوب لبنان")], []),
    ("stationed_past_an_adverb", "وقالت القوات الأمريكية المتمركزة حاليا في قاعدة عين الأسد إنها صدت الهجوم.",
     [("القوات الأمريكية", "BASED_IN", "عين الأسد")], []),
    ("still_stationed", "وأكد أن القوات الروسية لا تزال منتشرة في قاعدة حميميم.",
     [("القوات الروسية", "BASED_IN", "حميميم")], []),
    ("a_span_then_a_movement_is_no_station", "وقالت القوات الرواندية المنتشرة منذ أيام إنها تقدمت نحو مدينة موسيمبوا.",
     [], [("القوات الرواندية", "BASED_IN", "موسيمبوا")]),
    ("taking_part_is_no_station", "وقالت القوات الأمريكية المشاركة في مناورات بالأردن إنها أنهت التدريب.",
     [], [("القوات الأمريكية", "BASED_IN", "الأردن")]),
    # the positions of a body in construct, past what it belongs to, two places joined
    ("positions_in_two_places_joined", "وقصفت المقاتلات التركية مواقع حزب العمال الكردستاني في جبال قنديل ومتينا.",
     [("حزب العمال", "BASED_IN", "قنديل"), ("حزب العمال", "BASED_IN", "متينا")], []),
    ("positions_with_bi", "وزار قائد المنطقة مواقع الجيش الصومالي بمدينة عدن يابال.",
     [("الجيش الصومالي", "BASED_IN", "عدن يابال")], []),
    ("positions_definite_with_li", "وتفقد الوزير المواقع الأمامية لقوات الجيش الوطني في محافظة مأرب.",
     [], [("الجيش الوطني", "BASED_IN", "مأرب")]),
    ("positions_told_with_li_are_a_target", "وشنت الطائرات غارات على مواقع للحوثيين في محافظة الحديدة.",
     [], [("الحوثيين", "BASED_IN", "الحديدة")]),
    ("seat_past_an_affiliation", "وقصفت المدفعية مقر اللواء الثامن التابع للفيلق الخامس في مدينة درعا.",
     [("id:eighth_brigade_daraa", "BASED_IN", "درعا")], []),
    # a department in a body
    ("department_in_a_ministry", "وكانت إدارة الإعلام والاتصال في وزارة الدفاع السورية قد نفت الخبر.",
     [("إدارة الإعلام والاتصال", "PART_OF", "وزارة الدفاع")], []),
    ("directorate_with_bi", "وقالت مديرية الصحة بوزارة الداخلية إن المصابين نقلوا إلى المستشفى.",
     [("مديرية الصحة", "PART_OF", "وزارة الداخلية")], []),
    ("department_in_an_army", "وقالت إدارة الإعلام في الجيش اللبناني إن الهجوم أحبط.",
     [("إدارة الإعلام", "PART_OF", "الجيش اللبناني")], []),
    ("directorate_in_an_army", "وقالت مديرية الأمن في الجيش اللبناني إنها أوقفت المشتبه به.",
     [("مديرية الأمن", "PART_OF", "الجيش اللبناني")], []),
    # a media office of a body
    ("media_centre_of_a_force", "ونفى المركز الإعلامي لقوات سوريا الديمقراطية وقوع الهجوم.",
     [("المركز الإعلامي", "PART_OF", "id:syrian_democratic_forces")], []),
    ("media_office_of_a_force", "وقال المكتب الإعلامي لقوات الدعم السريع إن قواته صدت الهجوم.",
     [("المكتب الإعلامي", "PART_OF", "id:rapid_support_forces")], []),
    # an outlet speaking in a body's name; a person so titled is a member
    ("radio_speaking_in_a_groups_name", "وبثت إذاعة الأندلس الناطقة باسم حركة الشباب بيانا عن الهجوم.",
     [("إذاعة الأندلس", "PART_OF", "حركة الشباب")], []),
    ("outlet_speaking_after_a_comma", "وقالت إذاعة الأندلس، المتحدثة باسم حركة الشباب، إن مقاتليها سيطروا على البلدة.",
     [("إذاعة الأندلس", "PART_OF", "حركة الشباب")], []),
    ("a_spokesman_is_a_member", "وقال أحمد سالم الناطق باسم حركة الشباب إن الهجوم نجح.",
     [("أحمد سالم", "MEMBER_OF", "حركة الشباب")], [("أحمد سالم", "PART_OF", "حركة الشباب")]),
    # a ministry named with its government; a unit of a government
    ("ministry_with_bi_and_its_government", "وأعلنت وزارة الداخلية بحكومة الوحدة الوطنية حظر التجول.",
     [("وزارة الداخلية", "PART_OF", "id:government_of_national_unity")], []),
    ("ministry_with_fi_and_its_government", "وقالت وزارة الصحة في حكومة الوحدة الوطنية إن المستشفيات امتلأت.",
     [("وزارة الصحة", "PART_OF", "id:government_of_national_unity")], []),
    ("regional_command_of_a_junta", "وسيطر جيش أراكان على مقر القيادة الإقليمية الغربية للمجلس العسكري الحاكم.",
     [("القيادة الإقليمية", "PART_OF", "المجلس العسكري")], []),
    # a government's head word before a quoted name
    ("government_head_before_a_quoted_name", "ودعت إسلام آباد حكومة «طالبان» في كابل إلى ضبط الحدود.",
     [("طالبان", "BASED_IN", "كابل")], []),
    ("a_movement_in_a_town_is_no_seat", "وقال إن عناصر من «طالبان» في كابل اعتقلوا الصحفي.",
     [], [("طالبان", "BASED_IN", "كابل")]),
    # bases or positions held, listed past where each lies
    ("positions_held_listed_past_near", "ويحتفظ الجيش الإسرائيلي بخمسة مواقع داخل الأراضي اللبنانية، أبرزها تلة الحمامص قرب الخيام وتلة العويضة.",
     [("الجيش الإسرائيلي", "BASED_IN", "الحمامص"), ("الجيش الإسرائيلي", "BASED_IN", "العويضة")], []),
    ("bases_held_listed_past_fi", "ويحتفظ الجيش التركي بعشرات القواعد داخل إقليم كردستان، من بينها قاعدة بامرني في قضاء العمادية وقاعدة بعشيقة.",
     [("الجيش التركي", "BASED_IN", "بامرني"), ("الجيش التركي", "BASED_IN", "بعشيقة")],
     [("الجيش التركي", "BASED_IN", "العمادية")]),
    # a place within another
    ("within_a_countryside", "وقصفت المدفعية بلدة مارع ضمن ريف حلب الشمالي.",
     [("مارع", "LOCATED_IN", "ريف حلب")], []),
    ("within_the_administrative_bounds", "وتقع سلسلة جبال حمرين ضمن الحدود الإدارية لمحافظة صلاح الدين.",
     [("جبال حمرين", "LOCATED_IN", "صلاح الدين")], []),
    ("a_unit_within_a_force", "وقاتل لواء السلام ضمن الجيش الوطني السوري في ريف حلب.",
     [("لواء السلام", "PART_OF", "الجيش الوطني")], [("لواء السلام", "LOCATED_IN", "الجيش الوطني")]),
    # an unnamed base described by a clause with no relative word
    ("unnamed_base_feminine_fi", "وفي إقليم شبيلي السفلى، هاجم المسلحون قاعدة تتمركز فيها القوات الأوغندية في بلدة صبيد.",
     [("القوات الأوغندية", "BASED_IN", "صبيد")], [("القوات الأوغندية", "BASED_IN", "شبيلي السفلى")]),
    ("unnamed_camp_accusative_bi", "وقصفت المسيرات معسكرا يتمركز فيه مقاتلو حركة الشباب بمنطقة جلب.",
     [("حركة الشباب", "BASED_IN", "جلب")], []),
    ("unnamed_base_with_no_place", "وفي محافظة دير الزور، هاجم مسلحون قاعدة تتمركز فيها القوات الأمريكية.",
     [], [("القوات الأمريكية", "BASED_IN", "دير الزور")]),
]


@pytest.mark.parametrize("key,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_stationed_positions_and_departments_sentence(extract_text, key, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, f"{key}: missing {missing}, wrong {wrong}; got {sorted(claim_triples(x))}"
