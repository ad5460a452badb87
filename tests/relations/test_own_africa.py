"""Our own sentences (African conflict news, written for kg, none taken from an article) for
constructions whole articles of that region showed kg missing or misreading: a clitic written
apart (لـ"X"), an aside between the one who meets and his meeting, fighting alongside, the party
a phrase of backing names when the nearest actor is the one driven out, a stronghold after a
place. Each is run end to end: ``expected`` must be there, ``absent`` must not (subject word,
relation, object word: words of mentions, or an entity id written "id:...")."""
from __future__ import annotations

import pytest

from .triples import claim_triples, misread


CASES = [
    ("detached_lam", 'وأكد القائد العام لـ"قوات سوريا الديمقراطية" مظلوم عبدي أن المفاوضات مستمرة.',
     [("مظلوم عبدي", "LEADS", "قوات سوريا الديمقراطية")], []),
    ("meeting_past_an_aside", 'وأكد قائد الجيش السوداني عبد الفتاح البرهان، خلال لقائه في بورتسودان وزير الخارجية التركي هاكان فيدان، أن الحرب ستنتهي.',
     [("البرهان", "MET_WITH", "فيدان")], [("id:sudanese_armed_forces", "MET_WITH", "فيدان")]),
    ("meeting_of_a_commander", "وأكد القائد العام للجيش الوطني الليبي خليفة حفتر، خلال لقائه في بنغازي المبعوثة الأممية هانا تيتيه، دعمه للانتخابات.",
     [("حفتر", "MET_WITH", "تيتيه")], [("id:libyan_national_army", "MET_WITH", "تيتيه")]),
    ("fights_alongside_vso", "ويقاتل إلى جانب الجيش البوركيني متطوعو الدفاع عن الوطن في الشمال.",
     [("متطوعو الدفاع", "ALLIED_WITH", "الجيش البوركيني")], [("متطوعو الدفاع", "CLASHED_WITH", "الجيش البوركيني")]),
    ("fights_alongside_units", 'وتقاتل إلى جانب القوات المالية وحدات من "الفيلق الأفريقي" منذ العام الماضي.',
     [("الفيلق الأفريقي", "ALLIED_WITH", "القوات المالية")], [("الفيلق الأفريقي", "CLASHED_WITH", "القوات المالية")]),
    ("fights_against_still_clash", "وتقاتل حركة الشباب القوات الحكومية في إقليم هيران.",
     [("الشباب", "CLASHED_WITH", "القوات الحكومية")], []),
    ("backing_not_the_driven_out", "واستعاد الجيش السوداني مدينة سنجة من قوات الدعم السريع بدعم من القوة المشتركة.",
     [("القوة المشتركة", "SUPPORTS", "الجيش السوداني")], [("القوة المشتركة", "SUPPORTS", "الدعم السريع")]),
    ("backing_not_the_object", "وطردت القوات الحكومية مسلحي حركة الشباب من بلدة بولو بوردي بدعم من القوات الإثيوبية.",
     [("الإثيوبية", "SUPPORTS", "القوات الحكومية")], [("الإثيوبية", "SUPPORTS", "الشباب")]),
    ("backing_in_action_kept", "وشنت قوات الدعم السريع بدعم إماراتي هجوما على مدينة الفاشر.",
     [("الإمارات", "SUPPORTS", "الدعم السريع")], []),
    ("stronghold_apposition", "وتقدمت القوات نحو مدينة جلب، معقل حركة الشباب في جنوب الصومال.",
     [("الشباب", "BASED_IN", "جلب")], []),
    ("one_of_the_strongholds", "وقصفت الطائرات مدينة الضعين، أحد أبرز معاقل قوات الدعم السريع.",
     [("الدعم السريع", "BASED_IN", "الضعين")], []),
    ("stronghold_as_complement", "وتعد مدينة نيالا معقلا رئيسيا لقوات الدعم السريع.",
     [("الدعم السريع", "BASED_IN", "نيالا")], []),
    ("fights_alongside_after_a_relative", "وتقاتل القوة المشتركة التي تضم حركة العدل والمساواة وحركة تحرير السودان إلى جانب الجيش.",
     [], [("القوة المشتركة", "CLASHED_WITH", "العدل والمساواة")]),
    ("fights_with_a_partner_still_clash", "وتقاتل حركة الشباب القوات الحكومية في إقليم هيران منذ سنوات بالتعاون مع تنظيم القاعدة.",
     [("الشباب", "CLASHED_WITH", "القوات الحكومية")], []),
    ("described_strike", "وأعلنت القيادة الأمريكية في أفريقيا أنها نفذت غارة جوية استهدفت عناصر من حركة الشباب قرب مدينة كسمايو.",
     [("القيادة الأمريكية", "ATTACKED", "الشباب")], [("الشباب", "ATTACKED", "كسمايو")]),
    ("described_strike_with_a_partner", "وشنت القوات الأمريكية غارة جوية بالتنسيق مع الحكومة الصومالية استهدفت قياديين في حركة الشباب.",
     [("الأمريكية", "ATTACKED", "الشباب")], []),
    ("second_accuser", "وتتهم كينشاسا وخبراء الأمم المتحدة رواندا بدعم حركة إم 23 عسكريا.",
     [("رواندا", "SUPPORTS", "إم 23")], [("إم 23", "SUPPORTS", "الأمم المتحدة")]),
    ("comprising_relative", "وقال تحالف نهر الكونغو، الذي يضم حركة إم 23، إن قواته تتقدم.",
     [("إم 23", "PART_OF", "تحالف نهر الكونغو")], []),
    ("comprising_relative_unknown_whole", "وأعلن تحالف جديد الذي يضم قوات الدعم السريع والحركة الشعبية تشكيل حكومة.",
     [], [("الحركة الشعبية", "PART_OF", "الدعم السريع")]),
    ("kharijites_in_somalia", "وشن الجيش الصومالي عملية في إقليم شبيلي الوسطى، وقصف مواقع للخوارج قرب مدينة جوهر.",
     [("الجيش الصومالي", "ATTACKED", "id:al_shabaab")], []),
    ("capital_with_an_adjective", "ووصل الوفد إلى بوجمبورا، العاصمة الاقتصادية لبوروندي.",
     [("بوجمبورا", "LOCATED_IN", "بوروندي")], []),
    ("suburbs_with_an_adjective", "وقصفت الطائرات بلدة ببيلا في الضواحي الجنوبية لدمشق.",
     [("ببيلا", "LOCATED_IN", "دمشق")], []),
    ("described_unit_after_the_verb", "وتقدمت قوة كبيرة من قوات الدعم السريع نحو مدينة الأبيض.",
     [("الدعم السريع", "ADVANCED_TOWARD", "الأبيض")], []),
    ("described_unit_before_the_verb", "وقال المصدر إن قوة كبيرة من الدعم السريع على متن عشرات العربات القتالية تقدمت نحو مدينة الطينة.",
     [("الدعم السريع", "ADVANCED_TOWARD", "الطينة")], []),
    ("described_column", "ودخل رتل عسكري من الجيش التركي إلى مدينة إدلب.",
     [("الجيش التركي", "ENTERED", "إدلب")], []),
    ("dual_pronoun_of_two_towns", "وكانت حركة الشباب قد استولت على بلدتي موقوكوري وبلدة ماهاس بعد انسحاب القوات الحكومية منهما.",
     [("القوات الحكومية", "WITHDREW_FROM", "موقوكوري"), ("القوات الحكومية", "WITHDREW_FROM", "ماهاس")], []),
    ("dual_pronoun_after_a_verb", "وانسحب الجيش من بلدتي بارا والنهود بعد أن سيطر عليهما المتمردون.",
     [("المتمردون", "CAPTURED", "بارا"), ("المتمردون", "CAPTURED", "النهود")], []),
    ("unit_of_an_army", "وقال قائد الفرقة الثالثة للجيش السوداني إن قواته مستعدة.",
     [("الفرقة الثالثة", "PART_OF", "الجيش السوداني")], []),
    ("numbered_unit_of_an_army", "وانتشرت قوات الفرقة 27 للجيش الوطني الصومالي في بلدة عدن يابال.",
     [("الفرقة 27", "PART_OF", "id:somali_national_army")], []),
    ("where_the_target_comes_from", "واستهدف المسلحون عشرات الصهاريج على الطرق القادمة من السنغال وساحل العاج.",
     [], [("المسلحون", "ATTACKED", "السنغال"), ("المسلحون", "ATTACKED", "ساحل العاج"),
          ("id:jnim", "ATTACKED", "السنغال")]),
    ("where_the_target_comes_from_then_the_place", "وقصفت الطائرات الإسرائيلية شاحنات قادمة من العراق في مدينة البوكمال.",
     [("الإسرائيلية", "ATTACKED", "البوكمال")], [("الإسرائيلية", "ATTACKED", "العراق")]),
    ("pair_in_a_relative", "وقصفت قوات الدعم السريع والحركة الشعبية لتحرير السودان - شمال مدينة الدلنج التي تحاصرها القوتان منذ أشهر.",
     [("الدعم السريع", "BESIEGED", "الدلنج"), ("الحركة الشعبية", "BESIEGED", "الدلنج")], []),
    ("pair_in_the_next_sentence", "وهاجمت قوات الدعم السريع والحركة الشعبية مدينة الدلنج. وتحاصر القوتان المدينة منذ أشهر.",
     [("الدعم السريع", "BESIEGED", "الدلنج"), ("الحركة الشعبية", "BESIEGED", "الدلنج")], []),
    ("relative_after_a_capital_apposition", "وفي ولاية النيل الأزرق، هاجمت قوات الدعم السريع والحركة الشعبية مدينة الدمازين، عاصمة الولاية، التي تحاصرها القوتان منذ أسابيع.",
     [("الدعم السريع", "BESIEGED", "الدمازين")], [("الدعم السريع", "BESIEGED", "النيل الأزرق")]),
    ("spokesman_past_a_relative", "وقال المتحدث باسم الجيش السوداني، الذي يقاتل منذ أبريل 2023، نبيل عبد الله إن الوضع مستقر.",
     [("نبيل عبد الله", "MEMBER_OF", "الجيش السوداني")], []),
    ("spokesman_of_an_alliance_past_a_relative", "وأكد المتحدث باسم تحالف نهر الكونغو، الذي يضم حركة إم 23، لورانس كانيوكا، أن المفاوضات متعثرة.",
     [("كانيوكا", "MEMBER_OF", "تحالف نهر الكونغو")], [("كانيوكا", "MEMBER_OF", "إم 23")]),
    ("withdrawal_with_allies_before", "وسيطرت قوات الدعم السريع على مدينة بارا بعد انسحاب الجيش السوداني وحلفائه من القوة المشتركة.",
     [("الجيش السوداني", "WITHDREW_FROM", "بارا"), ("القوة المشتركة", "WITHDREW_FROM", "بارا")], []),
    ("withdrawal_of_two_before", "وسيطرت قوات الدعم السريع على مدينة بارا بعد انسحاب الجيش السوداني والقوة المشتركة.",
     [("الجيش السوداني", "WITHDREW_FROM", "بارا"), ("القوة المشتركة", "WITHDREW_FROM", "بارا")], []),
    ("withdrawal_from_the_first_place_of_a_chain", 'ودخلت قوات الدعم السريع مدينة بارا في ولاية شمال كردفان بوسط السودان، بعد انسحاب الجيش السوداني وحلفائه من القوة المشتركة.',
     [("الجيش السوداني", "WITHDREW_FROM", "بارا"), ("القوة المشتركة", "WITHDREW_FROM", "بارا")],
     [("الجيش السوداني", "WITHDREW_FROM", "شمال كردفان")]),
    ("withdrawal_with_quoted_allies", 'ودخل المتمردون مدينة كاليهي الاستراتيجية في إقليم جنوب كيفو، بعد انسحاب القوات المسلحة الكونغولية وحلفائها من ميليشيات "وازاليندو"، على ما أفاد سكان.',
     [("القوات المسلحة الكونغولية", "WITHDREW_FROM", "كاليهي"), ("وازاليندو", "WITHDREW_FROM", "كاليهي")], []),
    ("nearness_on_the_last_place", "وسيطرت الحركة على بلدة موقوكوري وبلدة عدن يابال المجاورة في شبيلي الوسطى.",
     [("عدن يابال", "LOCATED_IN", "شبيلي الوسطى")], [("موقوكوري", "LOCATED_IN", "شبيلي الوسطى")]),
    ("a_list_in_a_place", "وقصفت الطائرات بلدات العديسة ومركبا وحولا في القطاع الأوسط.",
     [("مركبا", "LOCATED_IN", "القطاع الأوسط"), ("العديسة", "LOCATED_IN", "القطاع الأوسط")], []),
    ("chaired_government_inside_a_force", "وانتشرت قوات تابعة لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة وعناصر من جهاز الردع في المطار.",
     [("الدبيبة", "LEADS", "id:government_of_national_unity")],
     [("الدبيبة", "LEADS", "id:gnu_forces"), ("الدبيبة", "MEMBER_OF", "جهاز الردع")]),
    ("led_force_kept", "وهاجمت قوات الجيش الوطني الليبي بقيادة خليفة حفتر مدينة درنة.",
     [("حفتر", "LEADS", "الجيش الوطني الليبي")], []),
    ("stronghold_without_actor", "وكانت حمص، المعقل الاستراتيجي في وسط سوريا، قد سقطت.",
     [("حمص", "LOCATED_IN", "سوريا")], []),
]


@pytest.mark.parametrize("key,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_own_africa_sentence(extract_text, key, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, f"{key}: missing {missing}, wrong {wrong}; got {sorted(claim_triples(x))}"


@pytest.mark.parametrize("text,outlet", [
    ("ودخل المتمردون مدينة كاليهي بعد انسحاب الجيش منها، على ما أفاد سكان ومصادر أمنية وكالة فرانس برس.", "afp"),
    ("وقصف الجيش السوداني مدينة نيالا، كما أبلغ مسؤول محلي رويترز.", "reuters"),
])
def test_outlet_told_directly_reports(extract_text, text, outlet):
    x = extract_text(text)
    assert x.claims and all(c.provenance.attributed_to == outlet for c in x.claims), \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]
