"""Attacks the text does not state, read on our own sentences: a time of day taken for a verb of
blowing up, and the other look-alikes of an attack."""
from __future__ import annotations

from tests.relations.helpers import claim_triples as _triples, has_claim as _has, mention_entity as _id


def _attacks(x):
    return [(s, o) for s, p, o in _triples(x) if p == "ATTACKED"]


def test_dawn_as_an_adverb_is_no_blowing_up(extract_text):
    for text in ("وتوغلت قوة من الجيش الإسرائيلي فجراً عند الأطراف الجنوبية لبلدة الخيام ثم انسحبت.",
                 "وتسللت دورية إسرائيلية فجرا من موقع العباد إلى أطراف بلدة حولا.",
                 "ودخلت قوات الجيش الصومالي مدينة بارديري فجراً، بعد انسحاب مقاتلي حركة الشباب منها.",
                 "وانتشرت وحدات من الجيش الإسرائيلي فجرا، قرب بلدة ميس الجبل."):
        x = extract_text(text)
        assert _attacks(x) == [], text


def test_blowing_up_still_read_as_a_verb(extract_text):
    x = extract_text("وفجّر الجيش الإسرائيلي منازل في بلدة الخيام جنوبي لبنان.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الخيام")
    x = extract_text("وفجرت قوات الاحتلال فجراً منزلين في بلدة كفركلا.")
    assert _has(x, "قوات الاحتلال", "ATTACKED", "كفركلا")


def test_fighters_of_a_quoted_group_after_the_verb_attack(extract_text):
    x = extract_text('واندلعت الاشتباكات بعد منتصف الليل، حين هاجمت مجموعات من "قوات الدعم السريع" نقطة عسكرية للجيش السوداني.')
    assert _has(x, "الدعم السريع", "ATTACKED", "sudanese_armed_forces")
    assert not _has(x, "sudanese_armed_forces", "ATTACKED", "الدعم السريع")
    x = extract_text("وهاجم مسلحون ملثمون من «حركة الشباب» قاعدة للجيش الصومالي.")
    assert _has(x, "الشباب", "ATTACKED", "somali_national_army")


def test_a_repelled_attack_is_not_the_repeller_s(extract_text):
    for text in ("والجيش السوداني يصد هجوماً على مدينة بابنوسة.",
                 "وصد الجيش السوداني هجوماً على مدينة الأبيض.",
                 "وقال إن الجنود يصدون هجوما على بلدة جوهر."):
        x = extract_text(text)
        assert not any(s == "sudanese_armed_forces" for s, _ in _attacks(x)), text
        assert _attacks(x) == [], text


def test_the_named_attacker_of_a_repelled_attack_attacked_the_repeller(extract_text):
    x = extract_text("وصدت القوات الحكومية هجوماً شنته قوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "ATTACKED", "sudanese_armed_forces")
    x = extract_text("وقالت إن قوات الجيش السوداني في بابنوسة تصدت لهجوم واسع شنته قوات الدعم السريع من ثلاثة محاور.")
    assert _has(x, "الدعم السريع", "ATTACKED", "sudanese_armed_forces")
    x = extract_text("والجيش اللبناني يتصدى لهجوم شنه تنظيم داعش.")
    assert _has(x, "داعش", "ATTACKED", "lebanese_armed_forces")
    x = extract_text('وقالت إن قوات الجيش السوداني في الأبيض "تصدت لهجوم شنته قوات الدعم السريع".')
    assert _has(x, "الدعم السريع", "ATTACKED", "sudanese_armed_forces")


def test_a_repelled_attack_on_a_named_target_attacked_that_target(extract_text):
    x = extract_text("وأحبط الجيش الصومالي هجوما لحركة الشباب على بلدة جوهر.")
    assert _has(x, "الشباب", "ATTACKED", "جوهر")
    assert not _has(x, "الشباب", "ATTACKED", "somali_national_army")
    x = extract_text("وتصدى الجيش اللبناني لهجوم شنه تنظيم داعش على مواقعه في جرود عرسال.")
    assert _has(x, "داعش", "ATTACKED", "lebanese_armed_forces")
    assert not _has(x, "lebanese_armed_forces", "ATTACKED", "داعش")


def test_exchanged_shelling_is_a_clash_not_an_attack(extract_text):
    for text in ("وتبادل الجيش السوري وقوات سوريا الديمقراطية القصف المدفعي على محور دير حافر.",
                 "وتبادل الجيش السوري و\"قوات سوريا الديمقراطية\" (قسد) القصف على بلدة دير حافر.",
                 "وتبادلت قوات الجيش السوداني وقوات الدعم السريع القصف على مدينة الفاشر.",
                 "والجيش السوداني وقوات الدعم السريع يتبادلان القصف على مدينة الفاشر."):
        x = extract_text(text)
        assert _attacks(x) == [], text
        assert "قسد" in text or any(p == "CLASHED_WITH" for _, p, _ in _triples(x)), text


def test_shelling_after_an_exchange_of_words_is_still_an_attack(extract_text):
    x = extract_text("وقصفت قوات الدعم السريع مدينة الفاشر بعد تبادل الاتهامات مع الجيش.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")


def test_the_province_of_a_named_target_only_locates_it(extract_text):
    for text, target, province in (
            ("وشنت الطائرات الأمريكية ثلاث غارات على منطقة رأس عيسى في محافظة الحديدة.", "رأس عيسى", "محافظة الحديدة"),
            ("وشنت الطائرات الإسرائيلية غارات على بلدة الخيام بقضاء مرجعيون.", "الخيام", "مرجعيون"),
            ("إذ شنت طائرات الجيش الإسرائيلي غارتين على أطراف بلدة عيتا الشعب في قضاء بنت جبيل.", "عيتا الشعب", "بنت جبيل")):
        x = extract_text(text)
        assert any(o == _id(x, target) for _, o in _attacks(x)), text
        assert not any(o == _id(x, province) for _, o in _attacks(x)), text


def test_strikes_in_a_province_or_on_unnamed_sites_in_it_strike_it(extract_text):
    x = extract_text("وشنت الطائرات الإسرائيلية غارات في قضاء مرجعيون.")
    assert any(o == _id(x, "مرجعيون") for _, o in _attacks(x))
    x = extract_text("وشن الطيران الأمريكي غارات على مواقع للحوثيين في محافظة الحديدة.")
    assert any(o == _id(x, "الحديدة") for _, o in _attacks(x))
    x = extract_text("وشنت إسرائيل غارة جوية بالقرب من القصر الرئاسي في العاصمة السورية دمشق.")
    assert _has(x, "israel", "ATTACKED", "دمشق")


def test_an_attack_noun_described_by_an_attack_verb_is_read_by_the_verb(extract_text):
    x = extract_text("تبنت حركة الشباب، الأحد، هجوماً استهدف قافلة للجيش الكيني على الطريق السريع في مقاطعة لامو.")
    assert _has(x, "الشباب", "ATTACKED", "kenya_defence_forces")
    assert not any(s == "kenya_defence_forces" for s, _ in _attacks(x))
    x = extract_text("وأعلن جيش تحرير بلوشستان مسؤوليته عن غارة استهدفت دورية للجيش الباكستاني على طريق في إقليم بلوشستان.")
    assert not any(s == "army:PK" for s, _ in _attacks(x))
    x = extract_text("وقالت وزارة الصحة إن الغارة الإسرائيلية التي استهدفت سيارة في بلدة عيترون أدت إلى مقتل شخص.")
    assert _has(x, "israel", "ATTACKED", "عيترون")


def test_two_weapons_launched_at_a_target(extract_text):
    x = extract_text("وأسقط الجيش صاروخين أطلقهما الحوثيون باتجاه مدينة جازان.")
    assert _has(x, "houthis", "ATTACKED", "جازان")
    x = extract_text("وأسقط الجيش طائرتين مسيرتين أطلقتهما جماعة الحوثي باتجاه مدينة نجران.")
    assert _has(x, "houthis", "ATTACKED", "نجران")


def test_a_vessel_of_a_state_aimed_at_is_that_state_not_its_sea(extract_text):
    x = extract_text("وأعلن الجيش الأمريكي أنه أسقط طائرتين مسيرتين أطلقتهما جماعة الحوثي باتجاه مدمرة أميركية في خليج عدن.")
    assert _has(x, "houthis", "ATTACKED", "united_states")
    assert not _has(x, "houthis", "ATTACKED", "خليج عدن")
    x = extract_text("وأسقطت الدفاعات صاروخا أطلقه الحوثيون باتجاه سفينة إسرائيلية في البحر الأحمر.")
    assert _has(x, "houthis", "ATTACKED", "israel")
    assert not _has(x, "houthis", "ATTACKED", "البحر الأحمر")


def test_the_group_of_the_fighters_who_carried_out_the_attack(extract_text):
    for text in ("وأحصى المرصد سلسلة هجمات شنتها خلايا تنظيم داعش على نقاط للجيش في ريف حمص الشرقي.",
                 "وأحصى المرصد سلسلة هجمات شنها مسلحو تنظيم داعش على نقاط للجيش في ريف حمص الشرقي.",
                 "وقتل جنديان في هجوم نفذه مقاتلو «تنظيم داعش» على نقطة للجيش في ريف حمص."):
        x = extract_text(text)
        assert _has(x, "داعش", "ATTACKED", "syrian_army"), text


def test_intervening_with_strikes_is_striking(extract_text):
    x = extract_text("وتدخلت خلالها إسرائيل بغارات على مواقع في السويداء ودمشق.")
    assert _has(x, "israel", "ATTACKED", "السويداء")
    assert _has(x, "israel", "ATTACKED", "دمشق")
    x = extract_text("وتتدخل تركيا بضربات جوية على مواقع في مدينة القامشلي.")
    assert _has(x, "turkiye", "ATTACKED", "القامشلي")


def test_an_earlier_attack_a_span_of_time_counts_from_is_not_the_clause_subject_s(extract_text):
    x = extract_text("شنت الهند ضربات صاروخية على مواقع في باكستان، وذلك بعد أسبوعين من هجوم دام على سياح في إقليم كشمير.")
    assert _has(x, "india", "ATTACKED", "pakistan")
    assert not _has(x, "india", "ATTACKED", "كشمير")
    x = extract_text("وقصف الجيش الإسرائيلي بلدة الخيام بعد 3 أيام من الهجوم على مدينة صور.")
    assert not _has(x, "الجيش الإسرائيلي", "ATTACKED", "صور")
    x = extract_text("وقصف الجيش الإسرائيلي بلدة الخيام قبل ساعات من هجوم شنه حزب الله على مستوطنة المطلة.")
    assert _has(x, "حزب الله", "ATTACKED", "المطلة")
    assert not _has(x, "الجيش الإسرائيلي", "ATTACKED", "المطلة")
    x = extract_text('واستعاد الجيش السوداني المدينة بعد أسابيع من القتال مع قوات "الدعم السريع".')
    assert _has(x, "sudanese_armed_forces", "CLASHED_WITH", "الدعم السريع")


def test_a_weapon_with_its_model_in_quotes_keeps_its_nationality(extract_text):
    x = extract_text("وأعلنت اليونيفيل أن دبابة «ميركافا» إسرائيلية أطلقت النار باتجاه دورية قرب بلدة كفرشوبا.")
    assert _has(x, "israel", "ATTACKED", "كفرشوبا")
    assert not any(s == _id(x, "اليونيفيل") for s, _ in _attacks(x))
    x = extract_text('واستهدفت مسيرة "بيرقدار" تركية سيارة قرب بلدة خانصور.')
    assert _has(x, "turkiye", "ATTACKED", "خانصور")


def test_those_involved_in_an_attack_did_it_not_the_clause_subject(extract_text):
    x = extract_text("وقالت الشرطة الإسرائيلية إنها اعتقلت اثنين من المستوطنين للاشتباه بتورطهما في الاعتداء على قرية سنجل.")
    assert not any(o == _id(x, "سنجل") for _, o in _attacks(x))
    x = extract_text("واعتقلت قوات الأمن السورية خمسة من المتورطين في الهجوم على مدينة جبلة.")
    assert not any(o == _id(x, "جبلة") for _, o in _attacks(x))
    x = extract_text("وقالت الوزارة إن الجيش اعتقل مسلحين بتهمة الضلوع في الهجوم الذي شنه تنظيم داعش على بلدة السخنة.")
    assert _has(x, "داعش", "ATTACKED", "السخنة")


def test_two_attacks_in_the_dual(extract_text):
    x = extract_text("وقتل جنديان في هجومين شنهما تنظيم داعش على نقطتين للجيش العراقي في محافظة كركوك.")
    assert _has(x, "داعش", "ATTACKED", "iraqi_army")
    x = extract_text("وقتل ثلاثة أشخاص في غارتين إسرائيليتين على بلدة الخيام.")
    assert _has(x, "israel", "ATTACKED", "الخيام")
    x = extract_text("وشنت الطائرات الإسرائيلية غارتين على بلدة الخيام.")
    assert _has(x, "israel", "ATTACKED", "الخيام")


def test_a_downed_weapon_s_destination_is_not_struck(extract_text):
    for text in ("وأعلن المتحدث أن قوات الدفاع الجوي السعودي اعترضت ودمرت طائرة مسيرة أطلقت باتجاه مدينة جازان.",
                 "ودمر الجيش الأردني طائرة مسيرة انتحارية أطلقت نحو مدينة الرمثا."):
        x = extract_text(text)
        assert _attacks(x) == [], text
    x = extract_text("ودمرت الطائرات الإسرائيلية مخزنا للأسلحة في بلدة الخيام.")
    assert _has(x, "israel", "ATTACKED", "الخيام")


def test_where_a_road_leads_is_not_struck(extract_text):
    for text in ("وهاجمت قوات الدعم السريع بوابة أمنية على الطريق المؤدي إلى مدينة مرزق.",
                 "وقصفت قوات الدعم السريع الطريق الواصل إلى مدينة الفاشر."):
        x = extract_text(text)
        assert _attacks(x) == [], text
    x = extract_text("وهاجم مسلحون من حركة الشباب قافلة للجيش على الطريق الرابط بين مقديشو وبلدوين.")
    assert _has(x, "الشباب", "ATTACKED", "somali_national_army")
    assert not _has(x, "الشباب", "ATTACKED", "مقديشو")
