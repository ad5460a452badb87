"""The attack family (ATTACKED, KILLED, CLASHED_WITH) read on our own sentences, end to end:
who attacked whom in reported clauses, lists of targets, clashes between parties, and the
attacks that are not stated as done."""
from __future__ import annotations

from tests.relations.helpers import claim_triples as _triples, has_claim as _has, mention_entity as _id


def test_pronoun_of_an_attack_noun_in_a_reported_clause_is_the_reporter(extract_text):
    x = extract_text("وأكدت أنقرة أن غاراتها كانت موجهة ضد مواقع حزب العمال الكردستاني في جبال قنديل.")
    assert _has(x, "turkiye", "ATTACKED", "حزب العمال")
    x = extract_text("وأوضحت حركة حماس أن المباني التي فجرتها تضمنت منازل يستخدمها جنود إسرائيليون "
                     "في بيت حانون، بالإضافة إلى قصفها لموقع كيسوفيم.")
    assert _has(x, "حماس", "ATTACKED", "كيسوفيم")
    assert not _has(x, "جنود إسرائيليون", "ATTACKED", "كيسوفيم")


def test_reported_clause_with_its_own_subject_keeps_it(extract_text):
    x = extract_text("وقالت حركة حماس إن الجيش الإسرائيلي واصل قصفه لمدينة رفح.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "رفح")
    assert not _has(x, "حماس", "ATTACKED", "رفح")


def test_accused_as_a_pronoun_on_the_accusation_verb_acts_not_the_accuser(extract_text):
    x = extract_text("وفرضت العقوبات على الميليشيات في ليبيا، التي تتهمها فرنسا بشن هجمات على قواعدها في مالي والنيجر.")
    assert not any(s == "france" and p == "ATTACKED" for s, p, _ in _triples(x))
    x = extract_text("وفرضت العقوبات على حركة الشباب التي تتهمها كينيا بشن هجمات على مدينة لامو.")
    assert _has(x, "الشباب", "ATTACKED", "لامو")
    assert not _has(x, "kenya", "ATTACKED", "لامو")


def test_facility_near_the_target_only_locates_it(extract_text):
    x = extract_text("قتل سبعة أشخاص في قصف جوي روسي استهدف مبنى سكنيا قرب مستشفى الرازي شرق مدينة إدلب.")
    assert _has(x, "russia", "ATTACKED", "إدلب")
    assert not _has(x, "russia", "ATTACKED", "مستشفى الرازي")
    x = extract_text("واستهدفت المسيرات التركية مبنى بالقرب من مستشفى الرازي شرق مدينة القامشلي.")
    assert not _has(x, "turkiye", "ATTACKED", "مستشفى الرازي")


def test_facility_struck_itself_stays_the_target(extract_text):
    x = extract_text("وقصفت المدفعية الروسية مستشفى الرازي في مدينة إدلب.")
    assert _has(x, "russia", "ATTACKED", "مستشفى الرازي")


def test_places_listed_after_a_long_description_of_the_target(extract_text):
    x = extract_text("وقال شهود إن مسلحين من حركة الشباب شنوا هجمات مضادة على قرى صغيرة تقع على الأطراف "
                     "الشرقية والجنوبية للمدينة، مثل بلدوين وجوهر.")
    assert _has(x, "الشباب", "ATTACKED", "بلدوين")
    assert _has(x, "الشباب", "ATTACKED", "جوهر")


def test_quoted_foe_and_its_quoted_ally_are_both_fought(extract_text):
    x = extract_text('وقال الجيش التشادي بعد أشهر من القتال مع قوات "جبهة التغيير" وحليفتها "بوكو حرام" إنه استعاد السيطرة.')
    assert _has(x, "الجيش التشادي", "CLASHED_WITH", "بوكو حرام")
    assert _has(x, "الجيش التشادي", "CLASHED_WITH", "جبهة التغيير")


def test_second_party_of_a_clash_past_an_aside_in_brackets(extract_text):
    x = extract_text("وتشهد المنطقة اشتباكات بين حركة العدل والمساواة (المتحالفة مع الجيش التشادي) وجبهة التغيير والوفاق في تشاد.")
    assert _has(x, "العدل والمساواة", "CLASHED_WITH", "جبهة التغيير")
    assert not _has(x, "العدل والمساواة", "CLASHED_WITH", "الجيش التشادي")


def test_second_party_of_a_clash_named_by_its_fighters(extract_text):
    x = extract_text("ودارت اشتباكات بين قوات “حركة الشباب”، ومقاتلين من الجيش الصومالي في إقليم شبيلي.")
    assert _has(x, "الشباب", "CLASHED_WITH", "الجيش الصومالي")
    x = extract_text("واندلعت معارك عنيفة بين قوات الحكومة ومقاتلين من جبهة تحرير تيغراي.")
    assert _has(x, "الحكومة", "CLASHED_WITH", "تيغراي")


def test_pronoun_complementiser_before_a_quoted_verb(extract_text):
    x = extract_text("وقالت حركة الشباب في بيان إنها سيطرت على بلدة عيل بور. وأكدت أنها «كبدت الجيش الصومالي خسائر فادحة في الأرواح».")
    assert _has(x, "الشباب", "CLASHED_WITH", "الجيش الصومالي")


def test_vehicle_struck_attacks_its_owner_not_the_place_it_is_in(extract_text):
    x = extract_text("الفصائل الفلسطينية تستهدف دبابة عسكرية للاحتلال في شمالي قطاع غزة.")
    assert not any(p == "ATTACKED" and o == "gaza_strip" for _, p, o in _triples(x))
    x = extract_text("واستهدفت المسيرات التركية آلية تابعة لقوات سوريا الديمقراطية في ريف القامشلي.")
    assert _has(x, "المسيرات التركية", "ATTACKED", "قوات سوريا الديمقراطية")
    assert not _has(x, "المسيرات التركية", "ATTACKED", "ريف القامشلي")


def test_sites_struck_attack_the_place_they_are_in(extract_text):
    x = extract_text("واستهدفت المسيرات التركية مواقع لقوات سوريا الديمقراطية في ريف القامشلي.")
    assert _has(x, "المسيرات التركية", "ATTACKED", "ريف القامشلي")


def test_firing_a_weapon_or_fire_toward_a_target(extract_text):
    x = extract_text("وأطلقت دبابة تابعة للجيش التركي نيرانها باتجاه مقر الأمم المتحدة في القامشلي.")
    assert _has(x, "turkish_armed_forces", "ATTACKED", "مقر الأمم المتحدة")
    x = extract_text("وأطلقت دبابة تابعة للجيش التركي سلاحها باتجاه برج مراقبة في مقر قوات سوريا الديمقراطية في القامشلي.")
    assert any(s == "turkish_armed_forces" and p == "ATTACKED" for s, p, _ in _triples(x))
    x = extract_text("وأطلق الجيش التركي الرصاص على محتجين في مدينة القامشلي.")
    assert _has(x, "turkish_armed_forces", "ATTACKED", "القامشلي")


def test_place_that_underwent_strikes_not_the_place_locating_it(extract_text):
    x = extract_text("شهدت مدينة اللاذقية على الساحل السوري ليلة عنيفة حيث تعرضت لغارات إسرائيلية مكثفة.")
    assert _has(x, "israel", "ATTACKED", "اللاذقية")
    assert not _has(x, "israel", "ATTACKED", "الساحل السوري")
    x = extract_text("وتعرضت بلدات في ريف إدلب لقصف روسي عنيف.")
    assert _has(x, "russia", "ATTACKED", "ريف إدلب")


def test_killed_in_an_attack_carried_out_by_a_fighter_of_a_group(extract_text):
    x = extract_text("قُتل جنديان فرنسيان ومترجم مدني، وأُصيب ثلاثة جنود آخرين، الأحد، في هجوم مسلح نفّذه عنصر "
                     "تابع لجماعة نصرة الإسلام والمسلمين.")
    assert _has(x, "نصرة الإسلام", "KILLED", "جنديان فرنسيان")


def test_those_killed_by_a_strike_are_not_read_as_killers(extract_text):
    x = extract_text("قتل جنديان فرنسيان في هجوم نفذته جماعة نصرة الإسلام والمسلمين.")
    assert _has(x, "نصرة الإسلام", "KILLED", "جنديان فرنسيان")
    assert not _has(x, "جنديان فرنسيان", "KILLED", "نصرة الإسلام")
    x = extract_text("قتل الجيش الفرنسي عشرة مسلحين من جماعة نصرة الإسلام والمسلمين في غارة جوية.")
    assert _has(x, "الجيش الفرنسي", "KILLED", "نصرة الإسلام")


def test_others_killed_with_a_named_man_are_members_of_a_group(extract_text):
    x = extract_text('وأعلن المتحدث باسم الجيش الإسرائيلي، اغتيال قائد كتيبة جنين أحمد سعيد "أبو علي" وثلاثة آخرين '
                     'من أعضاء الكتيبة في تبادل لإطلاق النار في مخيم جنين.')
    assert _has(x, "الجيش الإسرائيلي", "KILLED", "أحمد سعيد")
    assert _has(x, "الجيش الإسرائيلي", "KILLED", "كتيبة جنين")
    x = extract_text("وقتلت القوات الأمريكية القيادي أبو حمزة و5 آخرين من عناصر تنظيم داعش في ريف دير الزور.")
    assert _has(x, "القوات الأمريكية", "KILLED", "داعش")


def test_killing_in_an_exchange_of_fire_is_a_clash_with_the_group(extract_text):
    x = extract_text("وقتل الجيش الصومالي عشرة من عناصر حركة الشباب خلال اشتباكات في إقليم شبيلي.")
    assert _has(x, "الجيش الصومالي", "CLASHED_WITH", "الشباب")
    x = extract_text("وقتل الجيش الصومالي عشرة من عناصر حركة الشباب بغارة جوية في إقليم شبيلي.")
    assert not _has(x, "الجيش الصومالي", "CLASHED_WITH", "الشباب")


def test_unit_of_an_actor_underwent_an_attack_by_fighters_of_a_group(extract_text):
    x = extract_text("وتعرضت دورية تابعة للجيش العراقي لهجوم من قبل مسلحين من تنظيم داعش قرب كركوك.")
    assert _has(x, "داعش", "ATTACKED", "iraqi_army")
    x = extract_text("وتعرضت قافلة تابعة للأمم المتحدة لهجوم من قبل مسلحين من حركة الشباب.")
    assert _has(x, "الشباب", "ATTACKED", "united_nations")


def test_attempted_killing_is_no_killing(extract_text):
    x = extract_text("ونجا القيادي في حركة حماس خليل الحية من محاولة اغتيال إسرائيلية في الدوحة.")
    assert not any(p == "KILLED" for _, p, _ in _triples(x))
    x = extract_text("وأعلنت إسرائيل اغتيال القيادي في حماس خليل الحية.")
    assert _has(x, "israel", "KILLED", "خليل الحية")


def test_warning_against_any_attack_states_no_attack(extract_text):
    x = extract_text("وحذرت الأمم المتحدة من أي هجوم إسرائيلي على مدينة رفح.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))


def test_a_force_with_a_nationality_coordinated_with_the_subject_acts_too(extract_text):
    x = extract_text("وقصفت قوات النظام ومقاتلات روسية مدينة خان شيخون.")
    assert _has(x, "russia", "ATTACKED", "خان شيخون")
    assert not _has(x, "قوات النظام", "ATTACKED", "russia")


def test_members_of_an_actor_wounded_by_a_strike_of_another(extract_text):
    x = extract_text("وأصيب ثلاثة جنود إسرائيليين بصاروخ أطلقه حزب الله.")
    assert _has(x, "حزب الله", "ATTACKED", "جنود إسرائيليين")
    x = extract_text("وأصيب جنديان من قوات اليونيفيل بنيران الجيش الإسرائيلي.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "اليونيفيل")
    x = extract_text("وأصيب خمسة مدنيين بقصف روسي على مدينة إدلب.")
    assert not any(o == "russia" for _, _, o in _triples(x))


def test_dawn_before_a_day_is_a_time_not_a_blast(extract_text):
    x = extract_text("وقال الجيش الإسرائيلي فجر اليوم إن مدينة جنين تشهد هدوءا.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وفجر مسلحون من تنظيم داعش سيارة مفخخة في مدينة كركوك.")
    assert _has(x, "داعش", "ATTACKED", "كركوك")


def test_single_attack_and_plural_assassinations(extract_text):
    x = extract_text("ونفذت حركة الشباب هجمة على قاعدة عسكرية في مدينة بلدوين.")
    assert _has(x, "الشباب", "ATTACKED", "بلدوين")
    x = extract_text("وأدانت الحكومة الهجمة الإسرائيلية على مدينة جنين.")
    assert _has(x, "israel", "ATTACKED", "جنين")
    x = extract_text("وأعلنت إسرائيل سلسلة اغتيالات لقادة في حزب الله.")
    assert _has(x, "israel", "KILLED", "حزب الله")


def test_attack_noun_opening_a_reported_clause_names_no_attacker(extract_text):
    x = extract_text("وقال وزير الخارجية الإيراني إن الهجوم على السفارة الإيرانية في دمشق جريمة.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وقالت حركة حماس إن هجومها على مدينة سديروت جاء ردا على المجازر.")
    assert any(s == "hamas" and p == "ATTACKED" for s, p, _ in _triples(x))


def test_attacks_in_words_are_no_attacks(extract_text):
    x = extract_text("وهاجم الرئيس التركي رجب طيب أردوغان إسرائيل في خطاب أمام البرلمان.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وشن وزير الخارجية الإيراني هجوما حادا على الولايات المتحدة.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وهاجمت حركة حماس قرار الحكومة الإسرائيلية.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وشنت إسرائيل هجوما عنيفا على مدينة رفح.")
    assert _has(x, "israel", "ATTACKED", "رفح")


def test_claimed_attack_described_by_a_relative_clause(extract_text):
    x = extract_text("وتبنى تنظيم داعش الهجوم الذي استهدف كنيسة في مدينة كادونا.")
    assert _has(x, "داعش", "ATTACKED", "كادونا")
    x = extract_text("وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف قاعدة للجيش الكيني في مدينة لامو.")
    assert _has(x, "الشباب", "ATTACKED", "لامو")
    x = extract_text("ونفت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف فندقا في مدينة لامو.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وأدانت تركيا الهجوم الذي استهدف سفارتها في مقديشو.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))


def test_unnamed_places_joined_to_the_targets_in_a_named_place(extract_text):
    x = extract_text("واستهدف الطيران الروسي مدينتي سراقب ومعرة النعمان وقرى في جبل الزاوية.")
    assert _has(x, "الطيران الروسي", "ATTACKED", "جبل الزاوية")
    assert _has(x, "الطيران الروسي", "ATTACKED", "سراقب")


def test_whoever_attacks_is_no_actor_that_attacked(extract_text):
    x = extract_text("وقال رئيس الأركان إن الهدف هو منع تعاظم قوة الحزب وضرب كل من يحاول الاعتداء على دولة إسرائيل.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
    x = extract_text("وتوعد الجيش بضرب كل من يهاجم القوات الأمريكية في العراق.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))


def test_place_of_another_event_during_the_attack_is_not_its_target(extract_text):
    x = extract_text("ودمرت كتائب القسام دبابة ميركافا بتفجير عبوة ناسفة خلال توغلها في حي الشجاعية شرق مدينة غزة.")
    assert not _has(x, "القسام", "ATTACKED", "الشجاعية")
    x = extract_text("وقصفت قوات الدعم السريع مدينة الأبيض خلال هجومها على ولاية شمال كردفان.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الأبيض")


def test_spokesperson_named_in_quotes_is_credited(extract_text):
    x = extract_text("قالت المتحدثة الرسمية باسم اليونيفيل “أندريا تيننتي” إن دبابة تابعة للجيش الإسرائيلي "
                     "أطلقت سلاحها باتجاه مقر اليونيفيل في الناقورة.")
    person = _id(x, "أندريا تيننتي")
    assert any(c.predicate == "ATTACKED" and c.provenance.attributed_to == person for c in x.claims)


def test_killed_by_fire_of_a_unit_belonging_to_an_actor(extract_text):
    x = extract_text("وقتل القيادي في حزب الله علي حسن برصاص قناص تابع للجيش الإسرائيلي.")
    assert _has(x, "israel_defense_forces", "KILLED", "علي حسن")
    x = extract_text("وقتل قائد في الجيش السوداني في غارة لمسيرة تابعة لقوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "KILLED", "الجيش السوداني")


def test_sites_of_an_actor_in_a_place_underwent_strikes(extract_text):
    x = extract_text("وتعرضت مواقع للجيش السوري في ريف درعا لقصف إسرائيلي.")
    assert _has(x, "israel", "ATTACKED", "للجيش السوري")
    assert _has(x, "israel", "ATTACKED", "ريف درعا")


def test_weapon_launched_by_an_actor_toward_a_target(extract_text):
    x = extract_text("وأسقطت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون باتجاه مدينة جازان.")
    assert _has(x, "الحوثيون", "ATTACKED", "جازان")
    x = extract_text("وسقطت قذائف أطلقتها قوات الدعم السريع على أحياء مدينة الفاشر.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")
    x = extract_text("وانسحبت قوات النظام من مدينة حمص بعد هجوم شنته فصائل المعارضة بعد سيطرتها على مدينة حلب.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))


def test_attack_clause_ending_the_text_without_a_stop(extract_text):
    x = extract_text("قصفت روسيا حلب")
    assert _has(x, "russia", "ATTACKED", "حلب")
    x = extract_text("وأطلق الحوثيون صاروخا أطلقه")
    assert not any(p == "ATTACKED" and s == o for s, p, o in _triples(x))


def test_a_state_across_a_border_only_locates_the_target(extract_text):
    x = extract_text("وقصف الجيش السوداني مواقع للمتمردين قرب الحدود مع تشاد.")
    assert not [c for c in x.claims if c.predicate == "ATTACKED" and c.object == "chad"]
    x = extract_text("وقصفت المدفعية التركية قرى على الحدود مع سوريا.")
    assert not [c for c in x.claims if c.predicate == "ATTACKED" and c.object == "syria"]


def test_a_siege_imposed_with_an_attack_verb_is_no_attack(extract_text):
    """ضرب طوقا / حصارا (to lay a cordon, a siege): BESIEGED only; ضرب with a place stays an attack."""
    x = extract_text("وضربت قوات الجيش طوقا أمنيا حول بلدة جاسم في ريف درعا.")
    assert not [t for t in _triples(x) if t[1] == "ATTACKED"]
    x = extract_text("وتضرب قوات الدعم السريع حصارا خانقا على مدينة الفاشر.")
    assert _has(x, "الدعم السريع", "BESIEGED", "الفاشر")
    assert not _has(x, "الدعم السريع", "ATTACKED", "الفاشر")
    x = extract_text("وضربت قوات الدعم السريع مدينة الفاشر بالمدفعية الثقيلة.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")


def test_an_attack_noun_with_its_own_agent_is_not_also_the_victims(extract_text):
    """قتل جنود في هجوم شنه مسلحو الحركة على بلدة X: the noun's agent (a resumptive verb, a
    nationality) attacked, not the soldiers killed before it."""
    x = extract_text("قتل 15 جنديا صوماليا في هجوم شنه مسلحون من حركة الشباب على قاعدة في بلدة مهداي.")
    assert _has(x, "الشباب", "ATTACKED", "مهداي")
    assert not [t for t in _triples(x) if t[1] == "ATTACKED" and t[0] == "somali_national_army"]


def test_a_preposition_after_a_strike_noun_is_no_adjective_before_its_agent(extract_text):
    """بشن غارات على مواقع للجماعة في X: على opens the object (normalised علي looks like a nisba);
    the group whose positions were struck is no agent of the strikes."""
    x = extract_text("هاجمت جماعة الحوثي سفنا في البحر الأحمر. "
                     "وردت الولايات المتحدة وبريطانيا بشن غارات على مواقع للجماعة في محافظتي الحديدة وصعدة.")
    assert _has(x, "الولايات المتحدة", "ATTACKED", "الحديدة")
    assert not [t for t in _triples(x) if t[0] == "houthis" and t[2] in ("al_hudaydah", "sa_dah")]


def test_clashes_between_a_party_described_by_its_backer_and_another(extract_text):
    """معارك بين قوات الحكومة المدعومة من التحالف بقيادة السعودية ومسلحي الحوثي: past the backer."""
    x = extract_text("وتواصلت المعارك بين قوات الحكومة الشرعية المدعومة من التحالف بقيادة السعودية "
                     "ومسلحي الحوثي في جبهة صرواح.")
    assert _has(x, "الحكومة الشرعية", "CLASHED_WITH", "الحوثي")


def test_a_word_after_a_preposition_is_no_verb(extract_text):
    """إثر تدخل عسكري تركي: تدخل after إثر is the verbal noun (intervention), not تدخل (she enters)."""
    x = extract_text("وانسحبت قوات حفتر من طرابلس إثر تدخل عسكري تركي دعما لحكومة الوفاق الوطني.")
    assert not [t for t in _triples(x) if t[1] == "ENTERED"]


def test_a_time_set_off_by_commas_before_the_strikes_word(extract_text):
    """شن الطيران الإسرائيلي، فجر اليوم الثلاثاء، سلسلة غارات على X: past the time to the word شن needs."""
    x = extract_text("شن الطيران الحربي الإسرائيلي، فجر اليوم الثلاثاء، سلسلة غارات على بلدة عيتا الشعب جنوبي لبنان.")
    assert [t for t in _triples(x) if t[1] == "ATTACKED" and t[2] == "aita_al_shaab"]
