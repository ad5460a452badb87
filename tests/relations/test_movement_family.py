"""The movement and control relations (ENTERED, WITHDREW_FROM, FLED_FROM, CAPTURED,
ADVANCED_TOWARD, BESIEGED) on our own sentences, end to end: verbs given by root and pattern,
outskirts, attempts and orders, coordinated fighters, the genitive besieger, a verbal noun after a
definite subject, a relative clause after a comma, and government forces of an article's country."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples as _triples, has_claim as _has, mention_entity as _id


def _none(x, rel: str) -> bool:
    return not any(p == rel for _, p, _ in _triples(x))


def test_infiltrating_is_entering(extract_text):
    x = extract_text("وتسلل عناصر من حركة الشباب إلى قرية عيل بور فجر الخميس.")
    assert _has(x, "حركة الشباب", "ENTERED", "عيل بور")
    x = extract_text("وقالت الشرطة إن مقاتلي تنظيم داعش يتسللون إلى محافظة ديالى ليلا.")
    assert _has(x, "داعش", "ENTERED", "ديالى")


def test_retrieving_a_place_is_capturing_it(extract_text):
    x = extract_text("واسترجعت القوات المسلحة السودانية مدينة الدندر بعد قتال استمر أياما.")
    assert _has(x, "sudanese_armed_forces", "CAPTURED", "الدندر")
    x = extract_text("وأعلن الجيش الصومالي استرجاع بلدة مهداي من مسلحي الحركة.")
    assert _has(x, "الجيش الصومالي", "CAPTURED", "مهداي")


def test_tightening_the_noose_is_a_siege(extract_text):
    x = extract_text("وتضيق قوات الدعم السريع الخناق على مدينة بابنوسة من ثلاث جهات.")
    assert _has(x, "الدعم السريع", "BESIEGED", "بابنوسة")
    x = extract_text("وضيق الجيش الإسرائيلي الحصار على مخيم طولكرم.")
    assert _has(x, "الجيش الإسرائيلي", "BESIEGED", "طولكرم")


def test_heading_toward_a_place_is_advancing(extract_text):
    x = extract_text("وتوجهت أرتال من الجيش السوداني نحو مدينة بارا شمال كردفان.")
    assert _has(x, "الجيش السوداني", "ADVANCED_TOWARD", "بارا")
    x = extract_text("واتجهت قوات المعارضة صوب مدينة حماة بعد سيطرتها على ريف إدلب.")
    assert _has(x, "المعارضة", "ADVANCED_TOWARD", "حماة")


def test_reaching_the_outskirts_is_advancing_not_entering(extract_text):
    x = extract_text("ووصلت قوات الدعم السريع إلى مشارف مدينة الأبيض مساء الجمعة.")
    assert _has(x, "الدعم السريع", "ADVANCED_TOWARD", "الأبيض")
    assert _none(x, "ENTERED")
    x = extract_text("وبلغت فصائل المعارضة تخوم مدينة حمص.")
    assert _has(x, "المعارضة", "ADVANCED_TOWARD", "حمص")
    x = extract_text("وأصبح الجيش السوداني على أبواب مدينة الفاشر.")
    assert _has(x, "الجيش السوداني", "ADVANCED_TOWARD", "الفاشر")


def test_an_attempt_to_take_a_place_is_no_capture_but_an_attempt_to_advance_is_an_advance(extract_text):
    x = extract_text("وحاولت حركة الشباب السيطرة على بلدة بلعد لكنها فشلت.")
    assert _none(x, "CAPTURED")
    x = extract_text("وشنت قوات الدعم السريع هجوما على مدينة الدلنج في محاولة للسيطرة عليها.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الدلنج")
    assert _none(x, "CAPTURED")
    x = extract_text("وحاول الجيش الإسرائيلي التقدم نحو بلدة عيتا الشعب.")
    assert _has(x, "الجيش الإسرائيلي", "ADVANCED_TOWARD", "عيتا الشعب")


def test_an_order_to_evacuate_is_no_withdrawal(extract_text):
    x = extract_text("ووجه الجيش الإسرائيلي أوامر إخلاء جديدة لسكان مدينة صور.")
    assert _none(x, "WITHDREW_FROM")
    x = extract_text("وأخلت القوات الروسية قاعدة القامشلي الجوية.")
    assert _has(x, "russian_armed_forces", "WITHDREW_FROM", "القامشلي")


def test_fighters_of_a_second_actor_share_the_movement(extract_text):
    x = extract_text("وانسحب الجيش المالي ومقاتلو فاغنر من بلدة كيدال.")
    assert _has(x, "الجيش المالي", "WITHDREW_FROM", "كيدال")
    assert _has(x, "فاغنر", "WITHDREW_FROM", "كيدال")


def test_besieger_in_the_genitive_of_the_siege_noun(extract_text):
    x = extract_text("وتتعرض مدينة كادقلي لحصار الحركة الشعبية منذ أسابيع.")
    assert _has(x, "الحركة الشعبية", "BESIEGED", "كادقلي")


def test_verbal_noun_with_b_after_a_definite_subject_is_an_event(extract_text):
    x = extract_text("وأشاد المجلس باستعادة الجيش السوداني لمدينة سنار.")
    assert _has(x, "الجيش السوداني", "CAPTURED", "سنار")


def test_relative_clause_after_a_comma_has_the_place_before_the_comma(extract_text):
    x = extract_text("وتعد مدينة بابنوسة، التي دخلتها قوات الدعم السريع الشهر الماضي، عقدة طرق مهمة.")
    assert _has(x, "الدعم السريع", "ENTERED", "بابنوسة")


def test_government_forces_are_the_army_of_the_article_country(extract_text):
    x = extract_text("واستعادت القوات الحكومية في جنوب السودان بلدة أولانق من مسلحي الجيش الأبيض.")
    assert _has(x, "sspdf", "CAPTURED", "أولانق")
    x = extract_text("وانسحبت القوات الحكومية في مالي من بلدة ليري بعد هجوم للمتمردين.")
    assert _has(x, "malian_armed_forces", "WITHDREW_FROM", "ليري")


def test_officers_of_a_body_named_with_b_or_fi_act_for_it(extract_text):
    x = extract_text("وأفاد شهود بأن ضباطا في الجيش العراقي غادروا قاعدة عين الأسد.")
    assert _has(x, "الجيش العراقي", "WITHDREW_FROM", "عين الأسد")
    x = extract_text("وذكرت مصادر أن قادة بالجيش الإسرائيلي دخلوا بلدة الطيبة.")
    assert _has(x, "الجيش الإسرائيلي", "ENTERED", "الطيبة")


def test_agent_by_the_hand_of_after_a_passive_auxiliary(extract_text):
    x = extract_text("وجرى تحرير مدينة المالحة على يد الجيش السوداني.")
    assert _has(x, "الجيش السوداني", "CAPTURED", "المالحة")


def test_forces_of_the_speaker_in_a_reported_clause(extract_text):
    x = extract_text("أكد الناطق باسم الجيش السوداني أن القوات المسلحة أجبرت الميليشيا على الفرار من مدينة أم روابة. "
                     "وأضاف أن قواته تواصل زحفها نحو مدينة الرهد.")
    assert _has(x, "الجيش السوداني", "ADVANCED_TOWARD", "الرهد")
    assert not _has(x, "rapid_support_forces", "ADVANCED_TOWARD", "الرهد")


def test_a_place_that_only_locates_an_unnamed_place_is_not_taken(extract_text):
    x = extract_text("وسيطر مسلحو حركة الشباب على قاعدة عسكرية وسط الصومال.")
    assert not any(p == "CAPTURED" and o == "somalia" for _, p, o in _triples(x))
    x = extract_text("ودخلت فصائل المعارضة أحياء في مدينة حماة.")
    assert _has(x, "المعارضة", "ENTERED", "حماة")


def test_pronoun_of_an_incursion_after_a_vehicle_is_the_vehicle_not_the_attacker(extract_text):
    x = extract_text("وفجرت كتائب القسام عبوة ناسفة في دبابة من طراز ميركافا خلال توغلها في حي الشجاعية.")
    assert not _has(x, "القسام", "ENTERED", "الشجاعية")
    x = extract_text("واستهدفت سرايا القدس جرافة إسرائيلية أثناء توغلها في بلدة القرارة.")
    assert _has(x, "israel", "ENTERED", "القرارة")


def test_the_fallen_regime_is_not_the_subject_of_a_later_verb(extract_text):
    x = extract_text("وتواصل تركيا منذ سقوط نظام الأسد توسيع نفوذها في الشمال، وقد دخلت قواتها بلدة دير حافر.")
    assert not any(s == _id(x, "نظام الأسد") and p == "ENTERED" for s, p, _ in _triples(x))


def test_places_listed_after_part_of_a_larger_place(extract_text):
    x = extract_text("وكان تنظيم داعش قد استولى على أجزاء واسعة من سوريا عام 2015، بما فيها مدينة تدمر.")
    assert _has(x, "داعش", "CAPTURED", "تدمر")
    assert not any(p == "CAPTURED" and o == "syria" for _, p, o in _triples(x))


def test_agent_with_lam_after_an_indefinite_verbal_noun_and_its_adjective(extract_text):
    x = extract_text("وأفاد ناشطون بانسحاب مفاجئ لقوات الجيش السوري من مدينة السفيرة.")
    assert _has(x, "الجيش السوري", "WITHDREW_FROM", "السفيرة")
    x = extract_text("وتحدث سكان عن تقدم بطيء لعناصر حركة الشباب نحو بلدة عيل طير.")
    assert _has(x, "حركة الشباب", "ADVANCED_TOWARD", "عيل طير")


def test_withdrawing_forces_stationed_in_a_place_withdraws_from_it(extract_text):
    x = extract_text("وبدأت الولايات المتحدة سحب قواتها المتمركزة في قاعدة التنف.")
    assert _has(x, "الولايات المتحدة", "WITHDREW_FROM", "التنف")
    x = extract_text("وقررت تركيا سحب جنودها المنتشرين في كافة مناطق الشمال، بما فيها مدينتا عفرين وجرابلس.")
    assert _has(x, "تركيا", "WITHDREW_FROM", "عفرين")
    assert _has(x, "تركيا", "WITHDREW_FROM", "جرابلس")


def test_pronoun_of_a_clause_after_an_unnamed_indefinite_head_is_not_the_place_locating_it(extract_text):
    x = extract_text("ونقلت الشحنات إلى معسكرات في جنوب الصومال تسيطر عليها حركة الشباب.")
    assert not any(p == "CAPTURED" for _, p, _ in _triples(x))
    x = extract_text("ودخلت قوات الدعم السريع في مدينة الجنينة ثم انسحبت منها بعد ساعات.")
    assert _has(x, "الدعم السريع", "WITHDREW_FROM", "الجنينة")


def test_a_person_arriving_somewhere_visits_it(extract_text):
    x = extract_text("ووصل رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إلى بغداد في زيارة رسمية.")
    assert not any(p == "ENTERED" for _, p, _ in _triples(x))
    x = extract_text("ووصلت قوات تركية إلى بلدة تل تمر.")
    assert _has(x, "turkish_armed_forces", "ENTERED", "تل تمر")


def test_a_prisoner_escaping_flees_the_prison_named_before(extract_text):
    x = extract_text("وكان القيادي في حركة الشباب عبدي محمد علي محتجزا في سجن مقديشو المركزي قبل فراره.")
    assert _has(x, "عبدي محمد علي", "FLED_FROM", "سجن مقديشو")
    assert not _has(x, "حركة الشباب", "FLED_FROM", "سجن مقديشو")


@pytest.mark.parametrize("text, region", [
    ("وأعلنت موسكو أن القوات الروسية سيطرت على بلدة في منطقة دونيتسك.", "donetsk"),
    ("وسيطرت القوات الروسية على بلدتين في منطقة خاركيف.", "kharkiv"),
], ids=["a-town", "two-towns"])
def test_a_region_named_with_its_head_word_only_locates_an_unnamed_town(extract_text, text, region):
    """بلدة في منطقة X: the region locates the town taken; it is not taken itself."""
    assert not [t for t in _triples(extract_text(text)) if t[1] == "CAPTURED" and t[2] == region]


def test_a_siege_before_the_taking_is_the_takers(extract_text):
    """سيطرت X على Y بعد حصار استمر أشهرا: X BESIEGED Y; not when the siege names its own actor."""
    x = extract_text("سيطرت قوات الدعم السريع على مدينة الفاشر بعد حصار استمر أكثر من عام.")
    assert _has(x, "الدعم السريع", "BESIEGED", "الفاشر")
    x = extract_text("ودخل الجيش السوري مدينة حلب بعد حصار فرضته الفصائل عليها.")
    assert not _has(x, "الجيش السوري", "BESIEGED", "حلب")


def test_places_an_operation_included_are_objects_of_the_latest_movement(extract_text):
    """العملية شملت بلدات A وB: each town is entered by the one whose deployment the text told;
    the region that locates them is not."""
    x = extract_text("أعلن الجيش اللبناني انتشار قواته في بلدة الخيام جنوب لبنان بعد انسحاب القوات الإسرائيلية. "
                     "وبحسب البيان فإن العملية شملت بلدات العديسة ومركبا وحولا في القطاع الأوسط.")
    for town in ("العديسة", "مركبا", "حولا"):
        assert _has(x, "الجيش اللبناني", "ENTERED", town)
    assert not [t for t in _triples(x) if t[1] == "ENTERED" and "القطاع" in t[2]]
    x = extract_text("وقال الجيش إن الحملة شملت توزيع مساعدات في بلدات العديسة ومركبا.")
    assert not [t for t in _triples(x) if t[1] == "ENTERED"]
