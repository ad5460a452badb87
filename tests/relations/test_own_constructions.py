"""Constructions read on our own sentences, end to end (ingest, entities, relations): nominal
and complex predicates, titles, passives, coordination and the weakest relation types."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples as _triples, has_claim as _has, mention_entity as _id


def test_prisoners_freed_in_a_town_name_the_town(extract_text):
    x = extract_text("وأطلقت حركة حماس سراح أربعة أسرى إسرائيليين في مدينة خان يونس.")
    assert _has(x, "حماس", "RELEASED_PRISONERS", "خان يونس")
    x = extract_text("وأفرج الجيش السوداني عن عشرات الأسرى في مدينة الأبيض.")
    assert _has(x, "الجيش السوداني", "RELEASED_PRISONERS", "الأبيض")


def test_prisoners_released_from_a_prison_name_the_prison_not_a_country(extract_text):
    x = extract_text("وأفرجت فصائل المعارضة عن مئات المعتقلين من سجن حماة المركزي.")
    assert _has(x, "المعارضة", "RELEASED_PRISONERS", "سجن حماة")
    assert not any(p == "RELEASED_PRISONERS" and o in ("syria", "israel") for _, p, o in _triples(x))


def test_pronoun_of_release_stands_for_the_prison_before_the_town(extract_text):
    x = extract_text("خرجت الحافلات من سجن النقب قرب مدينة بئر السبع بعد تأخر الجيش الإسرائيلي في الإفراج عنهم.")
    assert not any(p == "RELEASED_PRISONERS" and o == _id(x, "بئر السبع") for _, p, o in _triples(x))


def test_meeting_held_by_a_person_and_a_titled_person(extract_text):
    x = extract_text("وعقد الرئيس اللبناني جوزاف عون ورئيس الحكومة نواف سلام اجتماعا في قصر بعبدا.")
    assert _has(x, "جوزاف عون", "MET_WITH", "نواف سلام")


def test_led_by_phrase_between_subject_and_attack_noun(extract_text):
    x = extract_text("وشنت قوات الجيش الوطني الليبي بقيادة خليفة حفتر هجوما على مدينة درنة.")
    assert _has(x, "الجيش الوطني", "ATTACKED", "درنة")
    assert _has(x, "حفتر", "LEADS", "الجيش الوطني")


def test_passive_verb_with_agent_after_the_object(extract_text):
    x = extract_text("وقصفت مدينة الفاشر من قبل قوات الدعم السريع بالمدفعية الثقيلة.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")
    x = extract_text("واستهدفت بلدة الخيام من قبل الجيش الإسرائيلي فجر اليوم.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الخيام")


def test_units_of_an_actor_act_for_it(extract_text):
    x = extract_text("ودخلت أرتال من الجيش السوري مدينة السويداء صباح الثلاثاء.")
    assert _has(x, "الجيش السوري", "ENTERED", "السويداء")
    x = extract_text("واقتحمت تعزيزات من الجيش العراقي بلدة الطارمية.")
    assert _has(x, "الجيش العراقي", "ENTERED", "الطارمية")


def test_strike_by_a_weapon_belonging_to_an_actor(extract_text):
    x = extract_text("وتعرضت مدينة كسلا لقصف بطائرات مسيرة تابعة لقوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "ATTACKED", "كسلا")


def test_strike_that_resulted_in_a_killing_named_far_before_it(extract_text):
    x = extract_text("وأسفرت الغارة الإسرائيلية على مخيم جباليا عن مقتل القيادي في حماس سعيد عودة.")
    assert _has(x, "israel", "KILLED", "سعيد عودة")


def test_person_named_after_a_title_and_the_body_it_heads(extract_text):
    x = extract_text("والتقى رئيس جهاز المخابرات العامة السوداني أحمد إبراهيم مفضل بمسؤولين مصريين.")
    assert _has(x, "مفضل", "LEADS", "المخابرات")
    x = extract_text("وزار قائد الجيش الصومالي إبراهيم محمد محمود مدينة بيدوا.")
    assert _has(x, "إبراهيم محمد محمود", "LEADS", "الجيش الصومالي")


def test_units_or_fighters_of_an_actor_before_the_verb_are_its_subject(extract_text):
    x = extract_text("وأشار البيان إلى أن قوة من الجيش اللبناني انتشرت في بلدة الخيام.")
    assert _has(x, "الجيش اللبناني", "ENTERED", "الخيام")
    x = extract_text("وقال شهود إن عشرات المقاتلين من الحركة الشعبية فروا من مدينة الدلنج.")
    assert _has(x, "الحركة الشعبية", "FLED_FROM", "الدلنج")


def test_indefinite_accusative_verbal_noun(extract_text):
    x = extract_text("وقال الناطق إن الجيش صد هجوما لقوات الدعم السريع على مدينة الفاشر.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")


def test_country_in_the_genitive_of_a_killing_noun_is_the_killer(extract_text):
    x = extract_text("ويأتي ذلك بعد يومين من اغتيال إسرائيل القيادي في حركة حماس يحيى السنوار في مدينة رفح.")
    assert _has(x, "إسرائيل", "KILLED", "السنوار")
    x = extract_text("وأدان البيان اغتيال إسرائيل إسماعيل هنية في طهران.")
    assert _has(x, "إسرائيل", "KILLED", "هنية")


def test_nationality_adjectives_side_by_side(extract_text):
    x = extract_text("وذكرت وكالة سبأ أن غارات أمريكية بريطانية استهدفت مطار صنعاء الدولي.")
    airport = _id(x, "مطار صنعاء")
    assert {("united_states", "ATTACKED", airport), ("united_kingdom", "ATTACKED", airport)} <= _triples(x)


def test_partner_forces_after_with_are_not_the_subject(extract_text):
    x = extract_text("وأعلن الجيش الصومالي أن قواته تمكنت بالتعاون مع قوات الاتحاد الأفريقي من استعادة بلدة "
                     "مسجواي في إقليم جلجدود.")
    assert _has(x, "الجيش الصومالي", "CAPTURED", "مسجواي")
    assert not any(s == "african_union" and p == "CAPTURED" for s, p, _ in _triples(x))


def test_wing_noun_with_a_pronoun_in_apposition(extract_text):
    x = extract_text("وأعلنت حركة الجهاد الإسلامي أن سرايا القدس، جناحها العسكري، قصفت مستوطنة سديروت برشقة صاروخية.")
    assert _has(x, "سرايا القدس", "PART_OF", "الجهاد")
    assert _has(x, "سرايا القدس", "ATTACKED", "سديروت")


def test_meeting_after_a_clause_link_goes_on_with_the_subject_before(extract_text):
    x = extract_text("ووصل الرئيس السوري أحمد الشرع إلى الرياض في أول زيارة خارجية له، حيث التقى ولي العهد "
                     "السعودي الأمير محمد بن سلمان.")
    assert _has(x, "أحمد الشرع", "MET_WITH", "محمد بن سلمان")


def test_place_affiliated_to_a_larger_one(extract_text):
    x = extract_text("وسقطت قذيفة على بلدة بنش، التابعة لمحافظة إدلب، دون وقوع إصابات.")
    assert _has(x, "بنش", "LOCATED_IN", "إدلب")
    x = extract_text("وقصفت الطائرات بلدة كفرزيتا التابعة لمنطقة محردة في ريف حماة الشمالي.")
    assert _has(x, "كفرزيتا", "LOCATED_IN", "محردة")


def test_one_of_the_places_of_a_larger_one(extract_text):
    x = extract_text("ووقع الانفجار في مدينة كيسمايو، كبرى مدن إقليم جوبا السفلى.")
    assert _has(x, "كيسمايو", "LOCATED_IN", "جوبا السفلى")


def test_nationality_adjective_after_a_list_of_places(extract_text):
    x = extract_text("وعادت الحياة إلى مدن حلب وحماة وحمص السورية بعد أشهر من المعارك.")
    assert all(_has(x, city, "LOCATED_IN", "syria") for city in ("حلب", "حماة", "حمص"))
    x = extract_text("واندلعت المواجهات في مدينتي درنة والبيضاء الليبيتين.")
    assert _has(x, "درنة", "LOCATED_IN", "libya") and _has(x, "البيضاء", "LOCATED_IN", "libya")
    x = extract_text("وزار الوفد دمشق وبيروت اللبنانية.")            # one adjective, no plural head: the last only
    assert not any(s == _id(x, "دمشق") and p == "LOCATED_IN" for s, p, _ in _triples(x))


def test_place_with_an_adjective_before_a_directional_region(extract_text):
    x = extract_text("واستهدفت غارة إسرائيلية منزلا في بلدة عيتا الشعب الحدودية جنوبي لبنان.")
    assert _has(x, "عيتا الشعب", "LOCATED_IN", "جنوبي لبنان")


def test_title_with_a_pronoun_and_an_adjective(extract_text):
    x = extract_text("ونعت كتائب القسام قائدها العام محمد الضيف.")
    assert _has(x, "محمد الضيف", "LEADS", "كتائب القسام")


def test_vehicles_with_a_nationality_act_for_the_country(extract_text):
    x = extract_text("وتوغلت آليات عسكرية إسرائيلية في أطراف بلدة الناقورة.")
    assert _has(x, "israel", "ENTERED", "الناقورة")


def test_dual_place_cue_names_two_places(extract_text):
    x = extract_text("وأشار البيان إلى أن قوة من الجيش اللبناني انتشرت في بلدتي الخيام والوزاني بقضاء مرجعيون.")
    assert _has(x, "الجيش اللبناني", "ENTERED", "الوزاني")
    x = extract_text("وتمكن الجيش من فك الحصار عن مدينتي الأبيض وأم روابة، الأكبر في ولاية شمال كردفان.")
    assert not any("الأكبر" in m.text for m in x.mentions)


def test_forces_leaving_withdraw_people_leaving_do_not(extract_text):
    x = extract_text("وخرجت قوات الدعم السريع من مدينة ود مدني بعد معارك مع الجيش.")
    assert _has(x, "الدعم السريع", "WITHDREW_FROM", "ود مدني")
    x = extract_text("وغادر الرئيس السوري أحمد الشرع دمشق متوجها إلى الرياض.")
    assert not any(p == "WITHDREW_FROM" for _, p, _ in _triples(x))


def test_fighting_alongside_is_an_alliance(extract_text):
    x = extract_text("وتقاتل القوة المشتركة إلى جانب الجيش السوداني في دارفور.")
    assert _has(x, "القوة المشتركة", "ALLIED_WITH", "الجيش السوداني")


def test_takes_a_place_as_its_stronghold_past_where_it_lies(extract_text):
    x = extract_text("وتتخذ حركة الشباب من بلدة جلب في إقليم جوبا الوسطى معقلا لها.")
    assert _has(x, "الشباب", "BASED_IN", "جلب")


def test_inflicting_losses_on_an_enemy_is_a_clash(extract_text):
    x = extract_text("وكبدت قوات الجيش الصومالي مقاتلي حركة الشباب خسائر فادحة في معارك بإقليم هيران.")
    assert _has(x, "الجيش الصومالي", "CLASHED_WITH", "الشباب")


def test_attack_carried_out_by_a_fighter_of_an_actor_is_the_subject(extract_text):
    x = extract_text("واستهدف هجوم نفذه عنصر تابع لتنظيم داعش دورية للجيش العراقي في كركوك.")
    assert _has(x, "داعش", "ATTACKED", "iraqi_army")


def test_outlets_credited_by_their_long_names(extract_text):
    x = extract_text("سيطرت قوات الدعم السريع على مدينة بابنوسة، وفق ما ذكرت وكالة الأنباء الفرنسية.")
    assert {c.provenance.attributed_to for c in x.claims} == {"afp"}
    x = extract_text("وذكر التلفزيون السوري الرسمي أن غارات إسرائيلية استهدفت محيط مدينة دمشق.")
    assert {c.provenance.attributed_to for c in x.claims} == {"syrian_state_tv"}


def test_the_killer_struck_the_place_of_the_strike(extract_text):
    x = extract_text("أعلن الجيش الإسرائيلي اغتيال القيادي في حزب الله حسن بدير في غارة على الضاحية الجنوبية لبيروت.")
    assert _has(x, "الجيش الإسرائيلي", "KILLED", "حسن بدير")
    assert _has(x, "حسن بدير", "MEMBER_OF", "حزب الله")           # (بدير is no monastery, دير no place)
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الضاحية")


def test_one_of_the_most_prominent_leaders(extract_text):
    x = extract_text("واعتقلت الشرطة أبو بكر الصومالي، أحد أبرز قادة حركة الشباب، في مقديشو.")
    assert _has(x, "أبو بكر الصومالي", "MEMBER_OF", "الشباب")


def test_a_leader_called_so_and_so(extract_text):
    x = extract_text("وقتل قيادي في حركة الشباب يدعى عبد الله نور في اشتباك.")
    assert _has(x, "عبد الله نور", "MEMBER_OF", "الشباب")


def test_attack_verbs_and_nouns_of_opening_fire_blowing_up_and_aggression(extract_text):
    x = extract_text("وفتحت قوات الاحتلال النار على مركبة في بلدة يعبد جنوب جنين.")
    assert _has(x, "قوات الاحتلال", "ATTACKED", "يعبد")
    x = extract_text("ونسف الجيش الإسرائيلي مربعات سكنية في حي الشجاعية شرق مدينة غزة.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الشجاعية")
    x = extract_text("وأدان الأردن العدوان الإسرائيلي على مدينة جنين ومخيمها.")
    assert _has(x, "israel", "ATTACKED", "جنين")
    assert not any(s == "jordan" for s, _, _ in _triples(x))


def test_weapons_launched_by_an_actor(extract_text):
    x = extract_text("وتعرض مطار الخرطوم لهجوم بطائرات مسيرة أطلقتها قوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "ATTACKED", "مطار الخرطوم")


def test_topic_goes_on_after_a_fronted_phrase_of_time(extract_text):
    x = extract_text("دخلت فصائل المعارضة مدينة حماة فجر الخميس. وبعد ساعات، سيطرت على مدينة السلمية.")
    assert _has(x, "فصائل المعارضة", "CAPTURED", "السلمية")
    x = extract_text("دخلت فصائل المعارضة مدينة حماة. وفي وقت لاحق، سيطرت على مدينة السلمية.")
    assert _has(x, "فصائل المعارضة", "CAPTURED", "السلمية")


def test_verb_joined_to_a_pronoun_clause_shares_its_subject(extract_text):
    x = extract_text("أعلنت قوات الدعم السريع سيطرتها على مدينة النهود. وأضافت في بيان أنها أسرت عشرات الجنود "
                     "وسيطرت على مقر الفرقة 22.")
    assert _has(x, "الدعم السريع", "CAPTURED", "مقر الفرقة 22")


def test_repelling_an_attack_is_no_attack_and_no_location(extract_text):
    x = extract_text("قال الجيش السوداني إنه صد هجوما على مدينة الأبيض وسيطر على بلدة كازقيل.")
    assert _has(x, "الجيش السوداني", "CAPTURED", "كازقيل")
    assert not any(p in ("ATTACKED", "LOCATED_IN") for _, p, _ in _triples(x))


@pytest.mark.parametrize("text, s, o", [
    ("وسرايا القدس هي الذراع العسكرية لحركة الجهاد الإسلامي.", "سرايا القدس", "الجهاد الإسلامي"),
    ("وتعتبر كتائب القسام الجناح المسلح لحركة حماس.", "القسام", "حماس"),
])
def test_a_wing_said_with_a_copula(extract_text, text, s, o):
    """X هي الذراع العسكرية لـ Y / تعتبر X الجناح المسلح لـ Y (feminine adjectives too): PART_OF."""
    assert _has(extract_text(text), s, "PART_OF", o)
