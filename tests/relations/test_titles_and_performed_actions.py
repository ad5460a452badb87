"""Territorial movement and organisation relations, end to end on our own sentences: titles of
posts (a deputy's title before a leader's, nicknames, posts held over places, وهو أحد قادة X),
bodies and their parts (التابعة، المنضمة، انضوى، من أبرز فصائل، a wing named apart), the complex
predicate قام بـ, prisoner exchanges and freed prisoners, sieges and control in participles,
meetings of delegations, offers that are no event, subjects before a verb and across sentences,
and objects joined to ones kg does not name."""
from __future__ import annotations

from tests.relations.helpers import claim_triples as _triples, has_claim as _has, mention_entity as _id


def test_deputy_before_a_leader_title_is_a_member_not_the_leader(extract_text):
    x = extract_text("وقال مالك عقار، نائب رئيس مجلس السيادة، إن الحرب ستنتهي قريبا.")
    assert _has(x, "مالك عقار", "MEMBER_OF", "مجلس السيادة")
    assert not _has(x, "مالك عقار", "LEADS", "مجلس السيادة")
    x = extract_text("وصرح نائب رئيس مجلس السيادة مالك عقار بأن المفاوضات متوقفة.")
    assert _has(x, "مالك عقار", "MEMBER_OF", "مجلس السيادة")
    assert not _has(x, "مالك عقار", "LEADS", "مجلس السيادة")


def test_adviser_of_a_titled_leader_belongs_to_the_leader_body(extract_text):
    x = extract_text("وقال عمر حسن، مستشار قائد قوات الدعم السريع، إن المعارك مستمرة في الفاشر.")
    assert _has(x, "عمر حسن", "MEMBER_OF", "rapid_support_forces")   # (the body inside the titled name)
    x = extract_text("وأكد عمر حسن، مساعد قائد الجيش السوداني، أن الهدنة انهارت.")
    assert _has(x, "عمر حسن", "MEMBER_OF", "sudanese_armed_forces")


def test_leader_title_without_a_deputy_still_leads(extract_text):
    x = extract_text("وقال رئيس مجلس السيادة عبد الفتاح البرهان إن الجيش سينتصر.")
    assert _has(x, "abdel_fattah_al_burhan", "LEADS", "sudan_sovereignty_council")


def test_nickname_in_quotes_between_a_name_and_its_title(extract_text):
    x = extract_text("واعتقلت القوات الإسرائيلية الشاب سامي خليل \"النمر\"، أحد مؤسسي كتيبة جنين.")
    assert _has(x, "سامي خليل", "MEMBER_OF", "كتيبة جنين")
    x = extract_text("واغتالت إسرائيل عماد بدران «أبو علي»، أحد قادة كتائب القسام.")
    assert _has(x, "عماد بدران", "MEMBER_OF", "كتائب القسام")


def test_title_held_over_places_in_an_organisation(extract_text):
    x = extract_text("وكان أبو عمر الشامي يشغل منصب والي الرقة في تنظيم داعش.")
    assert _has(x, "أبو عمر الشامي", "MEMBER_OF", "تنظيم داعش")
    x = extract_text("وقال أبو عمر الشامي، مسؤول ملف لبنان في الحرس الثوري، إن الرد قادم.")
    assert _has(x, "أبو عمر الشامي", "MEMBER_OF", "الحرس الثوري")
    x = extract_text("وقتلت الغارة سالم حمدان، قائد قطاع رفح في كتائب القسام.")
    assert _has(x, "سالم حمدان", "MEMBER_OF", "كتائب القسام")
    assert not _has(x, "سالم حمدان", "LEADS", "كتائب القسام")


def test_affiliated_body_whose_head_noun_is_outside_the_name(extract_text):
    x = extract_text("وقتل عنصران من قوات الحزام الأمني التابعة للمجلس الانتقالي في اشتباكات بأبين.")
    assert _has(x, "الحزام الأمني", "PART_OF", "الانتقالي")


def test_performed_verbal_noun_with_an_object_pronoun(extract_text):
    x = extract_text("تركزت المعارك في حي الزهور شرقي حمص، حيث قامت قوات الدعم السريع بمحاصرته والسيطرة عليه لاحقا.")
    assert _has(x, "الدعم السريع", "BESIEGED", "الزهور")
    assert _has(x, "الدعم السريع", "CAPTURED", "الزهور")
    assert not any(s == _id(x, "الزهور") for s, p, _ in _triples(x) if p != "LOCATED_IN")   # (never its agent)
    x = extract_text("ودارت المعارك حول بلدة القوز، وقد قامت قوات الدعم السريع باقتحامها صباح الأحد.")
    assert _has(x, "الدعم السريع", "ENTERED", "القوز")


def test_verbal_noun_with_a_pronoun_and_no_perform_verb_keeps_its_agent(extract_text):
    x = extract_text("وأعلنت قوات الدعم السريع سيطرتها على بلدة القوز.")
    assert _has(x, "الدعم السريع", "CAPTURED", "القوز")


def test_an_adviser_announcing_his_side_action_is_still_its_source(extract_text):
    x = extract_text("وقال عمر حسن، مستشار قائد قوات الدعم السريع، إن قواتهم سيطرت على مدينة بارا.")
    claims = [c for c in x.claims if c.predicate == "CAPTURED" and c.object == _id(x, "بارا")]
    assert claims and all(c.provenance.attributed_to == _id(x, "عمر حسن") for c in claims)


def test_post_held_by_a_name_with_a_nickname_and_a_wing_of_an_organisation(extract_text):
    x = extract_text("وكان خالد يوسف \"أبو أحمد\" يشغل منصب القائد العام للجناح العسكري لـ\"حركة حماس\".")
    assert _has(x, "خالد يوسف", "LEADS", "qassam_brigades")
    assert _has(x, "qassam_brigades", "PART_OF", "hamas")


def test_force_with_describing_words_owned_by_a_person(extract_text):
    x = extract_text("وقالت قوات الدعم السريع شبه العسكرية التابعة لمحمد حمدان دقلو إنها سيطرت على بارا.")
    assert _has(x, "hemedti", "LEADS", "rapid_support_forces")


def test_prisoner_exchange_between_parties_in_a_place(extract_text):
    x = extract_text("شهدت مدينة الرقة شمال سوريا، الأحد، عملية تبادل أسرى بين الجيش السوري وقوات \"قسد\" بوساطة محلية.")
    assert _has(x, "الجيش السوري", "RELEASED_PRISONERS", "الرقة")
    assert _has(x, "قسد", "RELEASED_PRISONERS", "الرقة")
    x = extract_text("وجرت صفقة تبادل الأسرى بين حركة حماس وإسرائيل في مدينة رفح.")
    assert _has(x, "حماس", "RELEASED_PRISONERS", "رفح")
    assert _has(x, "israel", "RELEASED_PRISONERS", "رفح")


def test_prisoner_exchange_with_no_place_states_no_release(extract_text):
    x = extract_text("وناقش الوفدان تبادل الأسرى بين حركة حماس وإسرائيل.")
    assert not any(p == "RELEASED_PRISONERS" for _, p, _ in _triples(x))


def test_one_of_the_most_prominent_units_of_a_body(extract_text):
    x = extract_text("وتعد كتائب حزب الله من أبرز فصائل الحشد الشعبي.")
    assert _has(x, "kataib_hezbollah", "PART_OF", "popular_mobilization_forces")
    x = extract_text("وتعتبر حركة النجباء من فصائل الحشد الشعبي.")
    assert _has(x, "حركة النجباء", "PART_OF", "popular_mobilization_forces")


def test_from_the_units_of_a_body_after_an_action_verb_is_no_part_of(extract_text):
    x = extract_text("وهاجمت كتائب حزب الله من فصائل الحشد الشعبي مواقع أمريكية.")
    assert not any(p == "PART_OF" for _, p, _ in _triples(x))


def test_a_body_enlisted_under_a_larger_one(extract_text):
    x = extract_text("وينضوي لواء الباقر تحت مظلة الحشد الشعبي منذ سنوات.")
    assert _has(x, "لواء الباقر", "PART_OF", "popular_mobilization_forces")
    x = extract_text("وكان القيادي خالد العمر ينضوي تحت لواء حركة حماس.")
    assert not any(p == "PART_OF" for _, p, _ in _triples(x))      # a person is no part of a body


def test_freeing_prisoners_from_a_prison_is_a_release_not_a_capture(extract_text):
    x = extract_text("وحررت فصائل المعارضة المعتقلين من سجن صيدنايا.")
    assert _has(x, "المعارضة", "RELEASED_PRISONERS", "سجن صيدنايا")
    assert not any(p == "CAPTURED" for _, p, _ in _triples(x))
    x = extract_text("وتمكنت الفصائل من تحرير الأسرى من سجن حماة المركزي.")
    assert _has(x, "الفصائل", "RELEASED_PRISONERS", "سجن حماة")
    x = extract_text("وحررت القوات العراقية مدينة الموصل من تنظيم داعش.")
    assert _has(x, "القوات العراقية", "CAPTURED", "الموصل")


def test_a_place_witnessing_a_movement_is_its_object(extract_text):
    x = extract_text("وشهدت مدينة الخيام انسحاب الجيش الإسرائيلي.")
    assert _has(x, "الجيش الإسرائيلي", "WITHDREW_FROM", "الخيام")
    x = extract_text("وشهدت بلدة كفركلا صباح اليوم دخول وحدات من الجيش اللبناني.")
    assert _has(x, "الجيش اللبناني", "ENTERED", "كفركلا")
    x = extract_text("شهدت مدينة حماة سيطرة الفصائل على مطارها.")
    assert not _has(x, "الفصائل", "CAPTURED", "حماة")     # the event names its own object


def test_meeting_of_delegations_named_in_any_case(extract_text):
    x = extract_text("واستضافت القاهرة اجتماعا ضم وفودا من حماس وحركة فتح والجهاد الإسلامي.")
    assert _has(x, "حماس", "MET_WITH", "حركة فتح")
    assert _has(x, "حركة فتح", "MET_WITH", "الجهاد الإسلامي")


def test_delegates_taking_part_in_the_meeting_met(extract_text):
    x = extract_text("وشاركت في القمة وفود من مصر وقطر والولايات المتحدة.")
    assert _has(x, "مصر", "MET_WITH", "قطر")
    assert _has(x, "قطر", "MET_WITH", "الولايات المتحدة")
    x = extract_text("وتناول اللقاء الذي جمع الشرع وأردوغان ملف الحدود.")
    assert _has(x, "الشرع", "MET_WITH", "أردوغان")
    x = extract_text("وشارك في الهجوم مقاتلون من حماس والجهاد الإسلامي.")
    assert not any(p == "MET_WITH" for _, p, _ in _triples(x))


def test_an_offer_or_request_to_leave_is_no_withdrawal(extract_text):
    x = extract_text("وعرضت الفصائل، على قوات سوريا الديمقراطية \"قسد\" مغادرة مدينة حلب بشكل آمن.")
    assert not any(p == "WITHDREW_FROM" for _, p, _ in _triples(x))
    x = extract_text("وطلب الجيش من قوات الدعم السريع الخروج من مدينة الأبيض.")
    assert not any(p == "WITHDREW_FROM" for _, p, _ in _triples(x))
    x = extract_text("وقال الجيش إن قوات \"الدعم السريع\" انسحبت من مدينة الأبيض.")
    assert _has(x, "الدعم السريع", "WITHDREW_FROM", "الأبيض")


def test_affiliated_with_a_noun_joined_by_and_is_that_noun(extract_text):
    x = extract_text("ونقلت الوكالة عن قوات سوريا الديمقراطية والمصادر التابعة لهيئة تحرير الشام أن الاجتماع انتهى.")
    assert not any(p == "PART_OF" for _, p, _ in _triples(x))
    x = extract_text("وقالت ألوية العمالقة، التابعة لحركة حماس، إنها صدت الهجوم.")
    assert _has(x, "ألوية العمالقة", "PART_OF", "حركة حماس")


def test_subject_before_a_verb_whose_object_is_an_actor(extract_text):
    x = extract_text("وقال المرصد إن الشرع التقى أردوغان في أنقرة.")
    assert _has(x, "الشرع", "MET_WITH", "أردوغان")
    x = extract_text("وكان الجولاني يتزعم هيئة تحرير الشام قبل حلها.")
    assert _has(x, "الجولاني", "LEADS", "هيئة تحرير الشام")
    x = extract_text("وكانت إيران تدعم الحوثيين منذ سنوات.")
    assert _has(x, "إيران", "SUPPORTS", "الحوثيين")
    assert not _has(x, "الحوثيين", "SUPPORTS", "إيران")


def test_subject_carried_from_a_sentence_whose_verb_had_no_object(extract_text):
    x = extract_text("تقدمت فصائل المعارضة في ريف حماة. وسيطرت على بلدة حلفايا.")
    assert _has(x, "فصائل المعارضة", "CAPTURED", "حلفايا")


def test_verbal_noun_after_a_subjectless_verb_of_announcing_or_ability(extract_text):
    x = extract_text("أعلنت قوات الدعم السريع سيطرتها على مدينة بارا. كما أعلنت السيطرة على بلدة أم صميمة.")
    assert _has(x, "الدعم السريع", "CAPTURED", "أم صميمة")
    x = extract_text("هاجمت قوات الدعم السريع مدينة الفاشر. وتمكنت من دخول حي الدرجة الأولى.")
    assert _has(x, "الدعم السريع", "ENTERED", "الدرجة")
    x = extract_text("هاجمت قوات الدعم السريع مدينة الفاشر. وأعلن الجيش السوداني السيطرة على بلدة أم صميمة.")
    assert _has(x, "الجيش السوداني", "CAPTURED", "أم صميمة")
    assert not _has(x, "الدعم السريع", "CAPTURED", "أم صميمة")


def test_named_objects_joined_to_objects_kg_does_not_name(extract_text):
    x = extract_text("وسيطرت فصائل المعارضة على مرتفعات عدة، و\"اللواء 52\" في ريف القنيطرة.")
    assert _has(x, "فصائل المعارضة", "CAPTURED", "اللواء 52")
    x = extract_text("وسيطرت فصائل المعارضة على مرتفعات عدة، وقصفت بلدة خان شيخون.")
    assert not any(p == "CAPTURED" for _, p, _ in _triples(x))


def test_a_double_prime_closes_a_quoted_name():
    from kg.arabic import tokenise
    from kg.language.words import QUOTES
    assert [t.norm for t in tokenise("و”اللواء 52″") if t.norm in QUOTES] == ["”", "′′"]


def test_a_second_describing_phrase_joined_by_and_names_a_backer_of_the_head(extract_text):
    x = extract_text("واشتبكت القوة المشتركة مع كتيبة طارق بن زياد التابعة للجيش الوطني الليبي والموالية لخليفة حفتر.")
    assert _has(x, "حفتر", "SUPPORTS", "كتيبة طارق بن زياد")
    assert not _has(x, "حفتر", "SUPPORTS", "للجيش الوطني")


def test_patronage_and_arming_received_are_support(extract_text):
    x = extract_text("وتتلقى جماعة الحوثي الرعاية من إيران.")
    assert _has(x, "إيران", "SUPPORTS", "الحوثي")
    x = extract_text("ويتلقى الحشد الشعبي التسليح من إيران.")
    assert _has(x, "إيران", "SUPPORTS", "الحشد الشعبي")


def test_a_place_besieged_by_an_actor_in_a_participle_or_after_undergoing_a_siege(extract_text):
    x = extract_text("ووصلت المساعدات إلى مدينة الفاشر المحاصرة من قبل قوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "BESIEGED", "الفاشر")
    x = extract_text("وتعرضت مدينة الأبيض لحصار فرضته قوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "BESIEGED", "الأبيض")
    x = extract_text("وتتعرض مدينة بابنوسة لحصار من قوات الدعم السريع منذ أشهر.")
    assert _has(x, "الدعم السريع", "BESIEGED", "بابنوسة")
    x = extract_text("ووصلت المساعدات إلى مدينة الفاشر المحاصرة.")
    assert not any(p == "BESIEGED" for _, p, _ in _triples(x))     # no besieger named


def test_a_place_held_by_an_actor_in_a_participle_of_control(extract_text):
    x = extract_text("وتقع مدينة الحديدة المسيطر عليها من قبل الحوثيين غرب اليمن.")
    assert _has(x, "الحوثيين", "CAPTURED", "الحديدة")


def test_under_the_command_of_a_leader_who_is_not_the_object(extract_text):
    x = extract_text("وهاجمت قوات الجيش الوطني الليبي تحت قيادة خليفة حفتر مدينة درنة.")
    assert _has(x, "حفتر", "LEADS", "الجيش الوطني")
    assert _has(x, "الجيش الوطني", "ATTACKED", "درنة")
    assert not _has(x, "الجيش الوطني", "ATTACKED", "حفتر")
    x = extract_text("وهاجمت كتيبة طارق بن زياد بإمرة صدام حفتر مدينة درنة.")
    assert _has(x, "صدام حفتر", "LEADS", "كتيبة طارق بن زياد")


def test_the_head_of_a_delegation_does_not_lead_the_party(extract_text):
    x = extract_text("ووصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة.")
    assert not any(p == "LEADS" for _, p, _ in _triples(x))


def test_member_named_before_a_clause_with_a_pronoun_and_one_of_a_body(extract_text):
    x = extract_text("وقال سامي خليل، وهو من أبرز قادة حركة حماس، إن المقاومة مستمرة.")
    assert _has(x, "سامي خليل", "MEMBER_OF", "حركة حماس")
    x = extract_text("واعتقلت القوات سامي خليل، أحد عناصر حزب الله.")
    assert _has(x, "سامي خليل", "MEMBER_OF", "hezbollah")


def test_participles_of_belonging_and_joining(extract_text):
    x = extract_text("وقتل سامي خليل، المنتمي إلى حركة حماس، في غارة.")
    assert _has(x, "سامي خليل", "MEMBER_OF", "حركة حماس")
    x = extract_text("وقاتلت كتيبة طارق بن زياد المنضمة إلى الجيش الوطني الليبي في درنة.")
    assert _has(x, "كتيبة طارق بن زياد", "PART_OF", "الجيش الوطني")
    assert not any(p == "CLASHED_WITH" for _, p, _ in _triples(x))   # the body it joined is not fought


def test_fighting_in_the_ranks_of_a_body(extract_text):
    x = extract_text("وكان سامي خليل يقاتل في صفوف هيئة تحرير الشام.")
    assert _has(x, "سامي خليل", "MEMBER_OF", "هيئة تحرير الشام")
    x = extract_text("وقال سامي خليل إن الجيش قتل عشرة في صفوف قوات الدعم السريع.")
    assert not _has(x, "سامي خليل", "MEMBER_OF", "قوات الدعم السريع")


def test_a_title_after_the_subject_of_a_verb_of_receiving_names_the_one_received(extract_text):
    x = extract_text("واستقبل الرئيس اللبناني جوزاف عون قائد الجيش السوداني في قصر بعبدا.")
    assert not _has(x, "جوزاف عون", "LEADS", "sudanese_armed_forces")
    x = extract_text("وزار وزير الخارجية التركي هاكان فيدان رئيس المكتب السياسي لحركة حماس في الدوحة.")
    assert not _has(x, "هاكان فيدان", "LEADS", "حركة حماس")


def test_a_title_after_a_name_is_still_an_apposition_elsewhere(extract_text):
    x = extract_text("وقال عبد الفتاح البرهان قائد الجيش السوداني إن الحرب ستنتهي.")
    assert _has(x, "abdel_fattah_al_burhan", "LEADS", "sudanese_armed_forces")
    x = extract_text("والتقى عبد الفتاح البرهان قائد الجيش السوداني بوزير الخارجية المصري بدر عبد العاطي.")
    assert _has(x, "abdel_fattah_al_burhan", "LEADS", "sudanese_armed_forces")
