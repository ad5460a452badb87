"""Our own sentences (Arab-world news in the styles of wire copy, TV sites and party media, written
for kg, none taken from an article) for event constructions that carry over to articles nobody
tuned for: a meeting stated by a noun with its agent in the genitive (لقاء X بـY), the subject of
a verb of condemning or welcoming who is not the agent of the event it judges (أدانت X اغتيال Y),
the agent of an attack noun in a relative clause after it (الغارة التي شنتها X على Y), a time
set off by commas between a verb and its subject, coordinated nationalities of a weapon in a
passive, convoys and vanguards as force nouns, summits held by two leaders, a verb joined after
an object with a nationality, مجاهدو as fighters, an accuser named by a noun and its adjective,
أودى بحياة, a killing in a relative clause after the victim, strikes that reach (طالت) places, bases
taken or held, weapons sent, denials past the body's own forces, meeting nouns with a pronoun
(خلال لقائه بـ), titled persons met, deployments (نشر قوات في), strikes by a force's owner after من,
قضى in a strike, delegations, and attacks on the positions of the one named before (على مواقعها).

Each case: (text, expected [(subject word, relation, object word)], unexpected [...]). Words are
words of mentions, or an entity id written "id:..."."""
from __future__ import annotations

import pytest

from .triples import claim_triples, misread


CASES = {
    # a meeting stated by a noun: the genitive is the agent when the one met follows with بـ or مع
    "meeting_noun_with_b": ("وتناول لقاء الرئيس التونسي قيس سعيد بنظيره الجزائري عبد المجيد تبون ملف الحدود.",
                            [("قيس سعيد", "MET_WITH", "تبون")], []),
    "meeting_noun_titles": ("وجاء لقاء الرئيس المصري عبد الفتاح السيسي برئيس مجلس السيادة السوداني عبد الفتاح البرهان في العلمين.",
                            [("السيسي", "MET_WITH", "البرهان")], []),
    "meeting_noun_bare": ("وركز لقاء أردوغان بالبرهان على الوضع في دارفور.",
                          [("أردوغان", "MET_WITH", "البرهان")], []),
    # verbs of condemning or welcoming: their subject is not the event's agent
    "condemned_killing": ("واستنكرت الحكومة الأردنية اغتيال القيادي في حركة حماس صالح العاروري.",
                          [], [("الأردن", "KILLED", "العاروري"), ("الحكومة", "KILLED", "العاروري")]),
    "condemned_shelling": ("وندد مجلس الأمن الدولي بقصف مدينة الفاشر.",
                           [], [("مجلس الأمن", "ATTACKED", "الفاشر")]),
    "welcomed_withdrawal": ("ورحبت الحكومة الصومالية بانسحاب القوات من بلدة عدن يابال.",
                            [], [("الصومال", "WITHDREW_FROM", "عدن يابال")]),
    "condemned_storming": ("وأدانت وزارة الخارجية الأردنية اقتحام مخيم جنين.",
                           [], [("الخارجية", "ENTERED", "جنين")]),
    "condemned_with_agent": ("وأدانت الخارجية الفلسطينية اقتحام الجيش الإسرائيلي لمدينة طوباس فجر اليوم.",
                             [("الجيش الإسرائيلي", "ENTERED", "طوباس")], []),
    # the agent of an attack noun in a relative clause with a resumptive verb
    "relative_agent_israel": ("وأدانت قطر الغارة التي شنتها إسرائيل على مخيم النصيرات.",
                              [("إسرائيل", "ATTACKED", "النصيرات")], [("قطر", "ATTACKED", "النصيرات")]),
    "relative_agent_us": ("وقتل مدنيون في الضربات الجوية التي نفذها الطيران الأمريكي على مدينة الحديدة.",
                          [("id:us_air_force", "ATTACKED", "الحديدة")], []),
    # a time set off by commas between the verb and its subject
    "time_aside_capture": ("وسيطرت، صباح اليوم الأحد، فصائل المعارضة السورية على مدينة سراقب.",
                           [("المعارضة", "CAPTURED", "سراقب")], []),
    "time_aside_meeting": ("والتقى، مساء أمس، وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان.",
                           [("عبد العاطي", "MET_WITH", "فيدان")], []),
    "time_aside_storming": ("واقتحمت، فجر الثلاثاء 12 مارس، قوات الاحتلال الإسرائيلي مدينة طولكرم.",
                            [("الإسرائيلي", "ENTERED", "طولكرم")], []),
    # the countries of a weapon named by coordinated nationalities, in a passive
    "weapon_two_nationalities": ("وتم استهداف ميناء الحديدة بغارات أمريكية وبريطانية.",
                                 [("id:united_states", "ATTACKED", "الحديدة"), ("id:united_kingdom", "ATTACKED", "الحديدة")], []),
    # convoys, vanguards and reinforcements are force nouns
    "vanguard_of_forces": ("ووصلت طلائع قوات الجيش السوداني إلى مدينة الدندر صباح السبت.",
                           [("الجيش السوداني", "ENTERED", "الدندر")], []),
    "convoy_with_nationality": ("ودخل رتل عسكري تركي إلى محافظة إدلب عبر معبر باب الهوى.",
                                [("id:turkiye", "ENTERED", "إدلب")], []),
    # a summit held by two leaders, or with one after مع
    "summit_of_two": ("وعقد الرئيس الصومالي حسن شيخ محمود والرئيس الكيني وليام روتو قمة في نيروبي.",
                      [("حسن شيخ محمود", "MET_WITH", "روتو")], []),
    "summit_with": ("وعقد الرئيس المصري عبد الفتاح السيسي قمة مع الرئيس التركي رجب طيب أردوغان في أنقرة.",
                    [("السيسي", "MET_WITH", "أردوغان")], []),
    # a verb joined after an object with a nationality: the first verb's subject acts again
    "joined_verb_after_object": ("وأسقطت قوات الحوثيين طائرة أمريكية مسيرة وقصفت مدينة إيلات.",
                                 [("الحوثي", "ATTACKED", "إيلات")], [("id:united_states", "ATTACKED", "إيلات")]),
    # مجاهدو: fighters of the body named after them
    "mujahideen_of": ("وهاجم مجاهدو حركة الشباب قاعدة للقوات الإثيوبية في إقليم باي.",
                      [("الشباب", "ATTACKED", "الإثيوبي")], []),
    # an accuser named by a head noun and an adjective: the accused backs, not the reverse
    "accuser_with_adjective": ("وتتهم الحكومة الليبية روسيا بدعم قوات الجيش الوطني الليبي.",
                               [("روسيا", "SUPPORTS", "الجيش الوطني")], [("الجيش الوطني", "SUPPORTS", "روسيا")]),
    # أودى بحياة: claimed the life of
    "claimed_the_life": ("وأودى القصف الإسرائيلي بحياة القيادي في حركة الجهاد الإسلامي خالد منصور.",
                         [("إسرائيل", "KILLED", "خالد منصور")], []),
    "claimed_the_life_strike": ("وأودت غارة أمريكية بحياة القيادي في حركة الشباب عبدي نور.",
                                [("id:united_states", "KILLED", "عبدي نور")], []),
    # a killing in a relative clause after the victim, with the strike that names the killer
    "killed_in_a_relative": ("ونعى حزب الله القيادي طالب عبد الله الذي قتل في غارة إسرائيلية على بلدة جويا.",
                             [("إسرائيل", "KILLED", "طالب عبد الله")], []),
    "assassinated_in_a_relative": ("وشيع الآلاف القيادي في حماس صالح العاروري الذي اغتيل بغارة إسرائيلية في بيروت.",
                                   [("إسرائيل", "KILLED", "العاروري")], []),
    "relative_killer_not_victim": ("وتحدث القيادي طالب عبد الله الذي قتل خمسة جنود في هجوم إسرائيلي.",
                                   [], [("إسرائيل", "KILLED", "طالب عبد الله")]),
    # strikes that reach places (طالت الغارات X)
    "strikes_reached": ("وطالت الغارات الإسرائيلية بلدات الخيام وكفركلا والعديسة.",
                        [("إسرائيل", "ATTACKED", "الخيام"), ("إسرائيل", "ATTACKED", "كفركلا"), ("إسرائيل", "ATTACKED", "العديسة")], []),
    "sanctions_reach_no_one": ("وطالت العقوبات الأمريكية قادة في الحرس الثوري الإيراني.",
                               [], [("id:united_states", "ATTACKED", "الحرس الثوري")]),
    # a base taken, held or set up in a place named past its head word
    "takes_as_stronghold": ("وتتخذ حركة الشباب من منطقة جلب في إقليم جوبا الوسطى معقلا لها.",
                            [("الشباب", "BASED_IN", "جلب")], []),
    "holds_base_in_capital": ("وتحتفظ فرنسا بقاعدة عسكرية في العاصمة التشادية نجامينا.",
                              [("فرنسا", "BASED_IN", "نجامينا")], []),
    # weapons sent or handed to a party
    "sent_weapons": ("وأرسلت تركيا أسلحة ومعدات عسكرية إلى الجيش الصومالي.",
                     [("تركيا", "SUPPORTS", "الجيش الصومالي")], []),
    "handed_weapons": ("وسلمت الولايات المتحدة أسلحة للجيش اللبناني الشهر الماضي.",
                       [("id:united_states", "SUPPORTS", "الجيش اللبناني")], []),
    "sent_reinforcements_no_support": ("وأرسلت تركيا تعزيزات عسكرية إلى ريف إدلب.",
                                       [], [("تركيا", "SUPPORTS", "إدلب")]),
    # an accused named by a city: the accuser is not the one said to act
    "accused_city_not_accuser": ("وتتهم واشنطن طهران بإرسال أسلحة إلى الحوثيين.",
                                 [], [("id:united_states", "SUPPORTS", "الحوثي")]),
    # a meeting verb after a clause link: each person named after it, titled conjuncts too
    "clause_link_two_met": ("ووصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة، حيث التقى الرئيس التركي رجب طيب أردوغان ووزير الخارجية هاكان فيدان.",
                            [("السوداني", "MET_WITH", "أردوغان"), ("السوداني", "MET_WITH", "فيدان")], []),
    # a denial past the body's own forces (قواتها) and a stance verb before a noun read as a verb
    "denied_own_forces": ("ونفى الجيش السوداني أن تكون وحداته قد انسحبت من مدينة بابنوسة.",
                          [], [("الجيش السوداني", "WITHDREW_FROM", "بابنوسة")]),
    "criticised_shelling": ("وانتقدت منظمة هيومن رايتس ووتش قصف التحالف لمدينة صعدة.",
                            [], [("هيومن رايتس", "ATTACKED", "صعدة")]),
    # a meeting noun with a pronoun (its hamza on the seat of its case: لقائه، لقاؤه): the one before met
    "during_his_meeting_with": ("وأكد الرئيس الكيني وليام روتو خلال لقائه بالرئيس الصومالي حسن شيخ محمود دعم بلاده للصومال.",
                                [("روتو", "MET_WITH", "حسن شيخ محمود")], []),
    "in_her_meeting_with": ("وشددت وزيرة الخارجية الألمانية أنالينا بيربوك في اجتماعها مع وزير الخارجية السوري أسعد الشيباني على وحدة سوريا.",
                            [("بيربوك", "MET_WITH", "الشيباني")], []),
    "his_meeting_nominative": ("وجاءت زيارة وزير الخارجية التركي هاكان فيدان إلى دمشق ولقاؤه بالرئيس أحمد الشرع بعد أيام من سقوط النظام.",
                               [("فيدان", "MET_WITH", "أحمد الشرع")], []),
    # the ones met, a titled person joined by و after the first
    "met_two_titled": ("والتقى الرئيس الفرنسي إيمانويل ماكرون ولي العهد السعودي محمد بن سلمان ووزير الخارجية فيصل بن فرحان.",
                       [("ماكرون", "MET_WITH", "محمد بن سلمان"), ("ماكرون", "MET_WITH", "فيصل بن فرحان")], []),
    # deploying forces that carry no pronoun (نشر قوات في)، and in a passive with their body after من
    "deployed_forces": ("ونشر الجيش اللبناني قوات إضافية في بلدة الناقورة.",
                        [("الجيش اللبناني", "ENTERED", "الناقورة")], []),
    "deployed_passive": ("وجرى نشر قوات من الجيش اللبناني في بلدة شمع جنوب صور.",
                         [("الجيش اللبناني", "ENTERED", "شمع")], []),
    "published_no_entry": ("ونشرت الوكالة صورا من مدينة غزة.", [], [("الوكالة", "ENTERED", "غزة")]),
    # the agent of a strike noun after من, through a force noun with adjectives and its owner
    "strike_from_air_force_of": ("وقتل قائد ميداني في الحركة الشعبية بقصف من الطيران الحربي التابع للجيش السوداني.",
                                 [("الجيش السوداني", "KILLED", "الحركة الشعبية")],
                                 [("الحركة الشعبية", "ATTACKED", "الجيش السوداني")]),
    # قضى (died) in a strike, not قضى على (eliminated)
    "died_in_a_strike": ("وقضى القيادي في كتائب القسام رائد سعد في غارة إسرائيلية على مدينة غزة.",
                         [("إسرائيل", "KILLED", "رائد سعد")], []),
    # a meeting that brought together, past where it was held, two titled persons
    "meeting_brought_together": ("وجمع لقاء في الدوحة رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني ومدير المخابرات المصرية حسن رشاد.",
                                 [("محمد بن عبد الرحمن", "MET_WITH", "حسن رشاد")], []),
    # a delegation of a party meets for it
    "delegation_of_meets": ("والتقى وفد من حركة حماس برئاسة خليل الحية بالرئيس التركي رجب طيب أردوغان في إسطنبول.",
                            [("حماس", "MET_WITH", "أردوغان")], []),
    # an attack on the positions of the one named before (على مواقعها), named by a resumptive verb
    "attack_on_her_positions": ("وصدت القوات الحكومية هجوما شنته جماعة الحوثي على مواقعها جنوب مدينة تعز.",
                                [("الحوثي", "ATTACKED", "id:yemeni_army")], []),
    "attack_on_his_positions": ("وقال الجيش السوداني إنه صد هجوما لقوات الدعم السريع على مواقعه في مدينة الأبيض.",
                                [("الدعم السريع", "ATTACKED", "الجيش السوداني")], []),
    "own_former_positions": ("وشنت قوات الدعم السريع هجوما على مواقعها السابقة.",
                             [], [("الدعم السريع", "ATTACKED", "الدعم السريع")]),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_event_construction(extract_text, key):
    text, expected, unexpected = CASES[key]
    x = extract_text(text)
    missing, wrong = misread(x, expected, unexpected)
    assert not missing and not wrong, f"{key}: missing {missing}, wrong {wrong}; got {sorted(claim_triples(x))}"
