"""Our own sentences (written for kg, none taken from an article) for the seat and unit
constructions, each in its variants: an actor takes a place as its seat (اتخذ من X مقرا) with the
subject named before or after the verb, past its own words, as the pronoun of a noun (قيادته،
مقاتلوها) or of the verbal noun (اتخاذها), with the place followed by where it lies or an aside,
and a relative after the object of a verbal noun of purpose (التحالف لمكافحة داعش، الذي يتخذ); a
unit belongs to a body by a verb (يتبع X لـY) with its subject after, before or as a relative's
antecedent, past an aside or an adverb; a wing, branch or front in construct after a comma (X، فرع
Y) or with لـ after a copula (وهي واجهة لـY); one of the largest factions or the enlisted factions
of a body (من أكبر فصائل Y، من أبرز الفصائل المنضوية في Y), the part named before a relative aside; a place described by a relative clause with a present
verb of spreading (التي تنتشر فيها القوات; past انتشرت stays an entry), the dual relatives
(اللتين / اللتان ... فيهما) standing for both places joined before; a government (الحكومة، السلطات) in a town (في، بـ); a body active in a place (تنشط X في Y)
past what it belongs or is linked to (التابعة لتنظيم "القاعدة"، المرتبطة بتنظيم داعش); a
pronoun before a participle of belonging stands for the groups named before, unless its clause
is an aside on an unnamed noun (طائرة مسيرة، يعتقد أنها تابعة لـX); a unit with its town after
بـ (اللواء الثامن بدرعا); bases or points set up or held in, inside or on a place, two places joined
(داخل X وعلى قمة Y), the unnamed subject of a feminine verb not a masculine name before it; a body described by a
relative with a verb of becoming and a part noun (، والذي بات جزءا من Y; not كانت: it was); a
facility hosting a force in a relative after a comma and where the facility lies (قاعدة X في
محافظة Y، التي تستضيف قوات أمريكية)."""
from __future__ import annotations

import pytest

from .triples import claim_triples, misread


CASES = [
    # اتخذ من X مقرا: the seat construction
    ("seat_subject_past_its_adjective", "وتتخذ حركة الشباب المتشددة من مدينة جلب معقلا لها.",
     [("الشباب", "BASED_IN", "جلب")], []),
    ("seat_subject_as_a_nouns_pronoun", "وأعلنت حركة الشباب مسؤوليتها عن الهجوم، ويتخذ مقاتلوها من بلدة جلب معقلا لهم.",
     [("الشباب", "BASED_IN", "جلب")], []),
    ("seat_place_past_an_aside", "ويتخذ الحوثيون من صنعاء، التي سيطروا عليها عام 2014، مقرا لحكومتهم.",
     [("الحوثيون", "BASED_IN", "صنعاء")], []),
    ("seat_place_past_where_it_lies", "وتتخذ قوات اليونيفيل من بلدة الناقورة على الساحل الجنوبي مقرا لقيادتها.",
     [("اليونيفيل", "BASED_IN", "الناقورة")], []),
    ("seat_by_the_verbal_noun", "وانتقدت الحكومة الصومالية حركة الشباب بسبب اتخاذها من بلدة جلب معقلا لها.",
     [("الشباب", "BASED_IN", "جلب")], [("الحكومة الصومالية", "BASED_IN", "جلب")]),
    ("seat_as_a_haven", "واتخذت جماعة بوكو حرام من غابة سامبيسا ملاذا لها منذ سنوات.",
     [("بوكو حرام", "BASED_IN", "سامبيسا")], []),
    ("seat_of_the_actor_a_purpose_is_of", "ويشارك الأردن في التحالف الدولي لمكافحة تنظيم داعش، الذي يتخذ من قاعدة عين الأسد مقرا لقواته.",
     [("التحالف الدولي", "BASED_IN", "عين الأسد")], [("داعش", "BASED_IN", "عين الأسد")]),
    ("no_seat_without_a_place", "واتخذ الجيش السوداني من جانبه إجراءات أمنية مشددة في مدينة كسلا.",
     [], [("الجيش السوداني", "BASED_IN", "كسلا")]),
    ("no_seat_but_a_means", "وتتخذ حركة الشباب من الهجمات على مقديشو وسيلة للضغط على الحكومة.",
     [], [("الشباب", "BASED_IN", "مقديشو")]),
    # يتبع X لـY: a verb of belonging, its subject after it, before it or a relative's antecedent
    ("follows_past_an_aside", "ويتبع اللواء 444 قتال، بقيادة محمود حمزة، لرئاسة الأركان في طرابلس.",
     [("اللواء 444", "PART_OF", "رئاسة الأركان")], []),
    ("follows_past_an_adverb", "وتتبع كتيبة طولكرم مباشرة لسرايا القدس.",
     [("كتيبة طولكرم", "PART_OF", "سرايا القدس")], []),
    ("follows_after_its_subject", "وقال إن الفرقة 25 تتبع لوزارة الدفاع السورية.",
     [("الفرقة 25", "PART_OF", "وزارة الدفاع")], []),
    ("follows_in_a_relative", "وهاجم مسلحون لواء الباقر، الذي يتبع للحرس الثوري الإيراني، في ريف حلب.",
     [("لواء الباقر", "PART_OF", "الحرس الثوري")], []),
    ("follows_a_quoted_subject", "ويتبع \"الحرس الوطني\" للمجلس العسكري في السويداء.",
     [("الحرس الوطني", "PART_OF", "المجلس العسكري")], []),
    ("according_to_is_no_belonging", "وقتل ثلاثة من عناصر حركة الشباب تبعا للجيش الصومالي.",
     [], [("الشباب", "PART_OF", "الجيش الصومالي")]),
    # X، فرع / ذراع / واجهة Y: a wing noun in construct after a comma, or with لـ after a copula
    ("branch_in_construct", "وتبنت حركة الشباب، فرع تنظيم القاعدة في الصومال، الهجوم.",
     [("الشباب", "PART_OF", "القاعدة")], [("الشباب", "PART_OF", "الصومال")]),
    ("arm_in_construct_before_its_adjective", "وقالت كتائب القسام، ذراع حركة حماس العسكري، إنها قصفت المستوطنة.",
     [("القسام", "PART_OF", "حماس")], []),
    ("front_for_a_group", "وقالت جبهة المقاومة، وهي واجهة لجماعة عسكر طيبة، إنها نفذت الهجوم.",
     [("جبهة المقاومة", "PART_OF", "عسكر طيبة")], []),
    ("arm_of_a_country_is_no_part", "واستهدفت الغارة حزب الله، ذراع إيران في لبنان.",
     [], [("حزب الله", "PART_OF", "إيران")]),
    # من أبرز / أكبر (الفصائل المنضوية في | فصائل) Y, the part before a relative aside
    ("one_of_the_enlisted_factions", "وتعد كتائب حزب الله من أبرز الفصائل المنضوية في هيئة الحشد الشعبي.",
     [("كتائب حزب الله", "PART_OF", "الحشد الشعبي")], []),
    ("one_of_the_largest_factions", "وتعد عصائب أهل الحق من أكبر فصائل الحشد الشعبي.",
     [("عصائب أهل الحق", "PART_OF", "الحشد الشعبي")], []),
    ("one_of_the_factions_past_a_relative_aside", "وتعد حركة النجباء، التي تصنفها الولايات المتحدة منظمة إرهابية، من أبرز فصائل الحشد الشعبي.",
     [("النجباء", "PART_OF", "الحشد الشعبي")], [("id:united_states", "PART_OF", "الحشد الشعبي")]),
    # a place described by a present verb of spreading in a relative clause (one place or two)
    ("spread_in_a_relative_present", "وقصف الطيران بلدة كرنوي التي تنتشر فيها قوات الدعم السريع.",
     [("الدعم السريع", "BASED_IN", "كرنوي")], []),
    ("spread_in_a_relative_past_is_entry", "وقصف الطيران بلدة كرنوي التي انتشرت فيها قوات الدعم السريع أمس.",
     [], [("الدعم السريع", "BASED_IN", "كرنوي")]),
    ("spread_in_two_places_genitive_dual", "وقصف الطيران بلدتي الطينة وكرنوي اللتين تنتشر فيهما قوات الدعم السريع.",
     [("الدعم السريع", "BASED_IN", "الطينة"), ("الدعم السريع", "BASED_IN", "كرنوي")], []),
    ("spread_in_two_places_nominative_dual", "وما زالت خارج سيطرة الجيش بلدتا الطينة وكرنوي اللتان تنتشر فيهما قوات الدعم السريع.",
     [("الدعم السريع", "BASED_IN", "الطينة"), ("الدعم السريع", "BASED_IN", "كرنوي")], []),
    # a government named by its head word, then في or بـ and a town: its seat
    ("government_in_its_seat", "وقالت الحكومة السودانية في بورتسودان إن الهجوم فشل.",
     [("الحكومة السودانية", "BASED_IN", "بورتسودان")], []),
    ("government_in_its_seat_with_ba", "وأعلنت السلطات السورية بدمشق إغلاق المعبر.",
     [("السلطات السورية", "BASED_IN", "دمشق")], []),
    ("a_ministry_in_a_town_is_no_seat_here", "وقالت وزارة الصحة في غزة إن 20 قتيلا سقطوا.",
     [], [("وزارة الصحة", "BASED_IN", "غزة")]),
    # a verb of activity, the body after it (quoted, or past what it belongs or is linked to), في and the place
    ("active_past_what_it_belongs_to", "وتنشط \"كتيبة عقبة بن نافع\" التابعة لتنظيم \"القاعدة\" في جبل الشعانبي.",
     [("عقبة بن نافع", "BASED_IN", "الشعانبي")], [("القاعدة", "BASED_IN", "الشعانبي")]),
    ("active_past_what_it_is_linked_to", "وتنشط جماعة أنصار الإسلام المرتبطة بتنظيم \"داعش\" في ولاية سوم.",
     [("أنصار الإسلام", "BASED_IN", "سوم")], [("داعش", "BASED_IN", "سوم")]),
    # a pronoun before a participle of belonging: the actors named before, not an unnamed noun's aside
    ("pronoun_of_the_groups_named_before", "وهاجمت حركة النجباء وكتائب حزب الله قاعدة عين الأسد. وقال المتحدث إنها فصائل تابعة للحشد الشعبي.",
     [("النجباء", "PART_OF", "الحشد الشعبي"), ("كتائب حزب الله", "PART_OF", "الحشد الشعبي")], []),
    ("pronoun_in_an_aside_on_a_drone", "وهاجمت حركة النجباء قاعدة عين الأسد. كما قصفت طائرة مسيرة، يعتقد أنها تابعة للحشد الشعبي، مخزنا للسلاح.",
     [], [("النجباء", "PART_OF", "الحشد الشعبي")]),
    # a unit named with its town after بـ
    ("unit_with_its_town", "وقال قائد اللواء الثامن بدرعا إن الوضع هادئ.",
     [("اللواء الثامن", "BASED_IN", "درعا")], []),
    ("unit_with_its_countryside", "وأعلنت الفرقة 25 بريف حماة رفع الجاهزية.",
     [("الفرقة 25", "BASED_IN", "ريف حماة")], []),
    ("unit_acting_in_a_town_is_no_seat", "وقصفت الفرقة الرابعة في دمشق مواقع للمعارضة.",
     [], [("الفرقة الرابعة", "BASED_IN", "دمشق")]),
    # a verb of setting up or holding bases or points, and where they are
    ("points_on_a_summit", "وأقامت القوات الإسرائيلية نقاطا عسكرية على قمة جبل الشيخ.",
     [("id:israel_defense_forces", "BASED_IN", "جبل الشيخ")], []),
    ("bases_in_two_places_joined", "وأقام الجيش التركي قواعد عسكرية في ريف حلب وفي محافظة إدلب.",
     [("الجيش التركي", "BASED_IN", "ريف حلب"), ("الجيش التركي", "BASED_IN", "إدلب")], []),
    ("bases_past_at_least", "وأقامت القوات الأمريكية ثلاث قواعد على الأقل في محافظة الحسكة.",
     [("القوات الأمريكية", "BASED_IN", "الحسكة")], []),
    ("feminine_verb_past_a_masculine_genitive", "وتنتشر قوات إسرائيلية في المنطقة العازلة منذ سقوط نظام بشار الأسد، كما أقامت عدة نقاط عسكرية على قمة جبل الشيخ.",
     [("id:israel_defense_forces", "BASED_IN", "جبل الشيخ")], [("نظام بشار الأسد", "BASED_IN", "جبل الشيخ")]),
    # a relative, a verb of becoming and a part noun: the antecedent is part of the whole
    ("became_part_in_a_relative", "وهاجم مسلحون من فرقة السلطان سليمان شاه، التي باتت جزءا من الفرقة 62 في الجيش السوري، قرية في ريف حماة.",
     [("السلطان سليمان شاه", "PART_OF", "الفرقة 62")], []),
    ("became_an_integral_part_wa_alladhi", "وقال إن لواء الباقر، والذي أصبح جزءا لا يتجزأ من الحرس الثوري، شارك في القتال.",
     [("لواء الباقر", "PART_OF", "الحرس الثوري")], []),
    ("was_part_is_left_alone", "وقصفت الطائرات مواقع لجماعة بوكو حرام التي كانت جزءا من تنظيم داعش.",
     [], [("بوكو حرام", "PART_OF", "داعش")]),
    # a facility, where it lies and a comma, then a relative with a verb of hosting
    ("hosted_past_where_the_base_lies", "وسقطت صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، التي تستضيف قوات أمريكية.",
     [("id:us_military", "BASED_IN", "عين الأسد")], []),
    ("hosted_past_a_comma", "وقصفت المسيرات مطار أربيل، الذي يضم قوات من التحالف الدولي.",
     [("التحالف الدولي", "BASED_IN", "مطار أربيل")], []),
]


@pytest.mark.parametrize("key,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_seats_and_units_sentence(extract_text, key, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, f"{key}: missing {missing}, wrong {wrong}; got {sorted(claim_triples(x))}"
