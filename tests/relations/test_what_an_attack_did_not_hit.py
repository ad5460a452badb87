"""What an attack sentence names without attacking it, and who a group adjective says attacked:
a denied part in an attack (لم تشارك في الهجمات)، an actor a target is only linked to (سفينة
مرتبطة بإسرائيل)، the place a weapon was launched from or a target was heading to (مسيرات أطلقت من
X، تعزيزات كانت في طريقها إلى X)، and an indefinite group adjective (هجوم حوثي، تعزيزات حوثية)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text", [
    "وقال الرئيس الأمريكي إن الولايات المتحدة لم تشارك في الهجمات على إيران.",
    "وقال وزير الخارجية إن بريطانيا \"لم تشارك\" في الضربات على مواقع الحوثيين.",
    "ونفت فرنسا أن تكون قد شاركت في الغارات على مدينة الحديدة.",
])
def test_a_denied_part_in_an_attack_is_no_attack(extract_text, text):
    x = extract_text(text)
    assert not any(p == "ATTACKED" for _, p, _ in claim_triples(x))


def test_a_part_taken_is_still_an_attack(extract_text):
    x = extract_text("وشاركت قوات أمريكية وبريطانية في الضربات على مواقع الحوثيين.")
    assert has_claim(x, "united_kingdom", "ATTACKED", "houthis")


def test_a_denied_part_leaves_the_attacker_named_on_the_noun(extract_text):
    x = extract_text("وقال الرئيس الأمريكي إن الولايات المتحدة لم تشارك في الهجمات الإسرائيلية على إيران.")
    assert has_claim(x, "israel", "ATTACKED", "iran")
    assert not has_claim(x, "united_states", "ATTACKED", "iran")


@pytest.mark.parametrize("text, linked", [
    ("أعلنت جماعة الحوثي استهداف سفينة تجارية \"مرتبطة بإسرائيل\" في البحر الأحمر.", "israel"),
    ("وقصفت الطائرات قافلة المرتبطة بتنظيم القاعدة في محافظة أبين.", "القاعدة"),
    ("واستهدف الحوثيون ناقلة نفط مرتبطة بالولايات المتحدة في خليج عدن.", "united_states"),
])
def test_what_a_target_is_linked_to_is_not_hit(extract_text, linked, text):
    x = extract_text(text)
    assert not any(has_claim(x, s, "ATTACKED", linked) for s, _, _ in claim_triples(x))


@pytest.mark.parametrize("text, place", [
    ("وقال المتحدث إن الحوثيين استهدفوا المواقع بطائرات مسيرة أطلقت من محافظة صعدة.", "صعدة"),
    ("واعترضت الدفاعات صواريخ انطلقت من قطاع غزة.", "غزة"),
    ("وأضاف البيان أن الجيش اليمني استهدف تعزيزات كانت في طريقها إلى مدينة مأرب.", "مأرب"),
    ("وقصفت المدفعية أرتالا كانت في طريقهم إلى مدينة الفاشر.", "الفاشر"),
])
def test_where_a_weapon_came_from_or_a_target_went_is_not_hit(extract_text, place, text):
    x = extract_text(text)
    assert not any(p == "ATTACKED" and has_claim(x, s, p, place) for s, p, _ in claim_triples(x))


def test_a_weapon_fired_from_a_place_at_another_still_hits_the_other(extract_text):
    x = extract_text("وأطلقت حركة حماس صواريخ من قطاع غزة على مدينة عسقلان.")
    assert has_claim(x, "حماس", "ATTACKED", "عسقلان")


@pytest.mark.parametrize("text, attacker, target", [
    ("وأضاف البيان أن الجيش اليمني استهدف تعزيزات حوثية قرب مدينة مأرب.", "الجيش اليمني", "houthis"),
    ("وقتل جنديان بهجوم حوثي على مواقع في مدينة مأرب.", "houthis", "مأرب"),
    ("الجيش اليمني يصد هجوما حوثيا على جبهة الكسارة غرب مأرب", "houthis", "الكسارة"),
])
def test_an_indefinite_group_adjective_names_the_group(extract_text, attacker, target, text):
    x = extract_text(text)
    assert has_claim(x, attacker, "ATTACKED", target)
