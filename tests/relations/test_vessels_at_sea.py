"""An attack on a ship or a boat in a sea, a gulf or a strait (هاجم الحوثيون سفينة تجارية في البحر
الأحمر) hits the vessel, and the state a nationality gives it (سفينة إسرائيلية، مدمرة أمريكية); the
water it sails is where, not the target. A port or a town the vessel is in is still hit with it.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples, misread


@pytest.mark.parametrize("text, expected, absent", [
    ("وهاجم الحوثيون سفينة شحن في البحر الأحمر بطائرة مسيرة.", [], [("الحوثيون", "ATTACKED", "البحر الأحمر")]),
    ("واستهدفت جماعة الحوثي ناقلة نفط ترفع علم بنما في خليج عدن.", [], [("الحوثي", "ATTACKED", "خليج عدن")]),
    ("وأعلن الحوثيون استهداف سفينة إسرائيلية في البحر الأحمر بصاروخ باليستي.",
     [("الحوثيون", "ATTACKED", "إسرائيل")], [("الحوثيون", "ATTACKED", "البحر الأحمر")]),
    ("وتواصل الجماعة هجماتها على السفن التجارية في البحر الأحمر وخليج عدن.", [],
     [("الجماعة", "ATTACKED", "البحر الأحمر"), ("الجماعة", "ATTACKED", "خليج عدن")]),
    ("وهاجمت زوارق الحرس الثوري ناقلتي نفط في مضيق هرمز.", [], [("الحرس الثوري", "ATTACKED", "هرمز")]),
    ("واستهدف الحوثيون مدمرتين أمريكيتين في البحر الأحمر.", [], [("الحوثيون", "ATTACKED", "البحر الأحمر")]),
], ids=["ship", "tanker-with-a-flag", "ship-with-a-nationality", "plural-ships-two-seas", "dual-tankers-strait",
        "dual-destroyers"])
def test_the_sea_a_vessel_sails_is_not_attacked(extract_text, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, claim_triples(x)


def test_a_port_the_boats_are_in_is_still_attacked(extract_text):
    x = extract_text("وقصفت الطائرات الإسرائيلية زوارق في ميناء الحديدة.")
    missing, _ = misread(x, [("الإسرائيلية", "ATTACKED", "ميناء الحديدة")])
    assert not missing, claim_triples(x)
