"""Support and alliance on our own sentences: standing by a party (وقفت X إلى جانب Y، وقوف X إلى جانب
Y: وقف with إلى and the preposition جانب, not a partner of إلى جانب), and allies named with an
ally noun after an actor (X وحليفتها Y، X وحلفاؤهم في Y), whose ally is then no object of the verb."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, s, o", [
    ("وتقف إيران إلى جانب حزب الله في مواجهته مع إسرائيل.", "إيران", "حزب الله"),
    ("ووقفت روسيا إلى جانب الحكومة السورية طوال الحرب.", "روسيا", "الحكومة السورية"),
    ("وأكد البيان وقوف مصر إلى جانب السودان في أزمته.", "مصر", "السودان"),
], ids=["present", "past", "verbal-noun"])
def test_standing_by_a_party_is_support(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "SUPPORTS", o), claim_triples(x)


def test_standing_elsewhere_is_no_support(extract_text):
    x = extract_text("ووقف الرئيس التركي رجب طيب أردوغان أمام البرلمان التركي.")
    assert not [c for c in x.claims if c.predicate == "SUPPORTS"]


def test_fighting_alongside_stays_an_alliance(extract_text):
    x = extract_text("وقاتلت حركة العدل والمساواة إلى جانب الجيش السوداني.")
    assert has_claim(x, "العدل والمساواة", "ALLIED_WITH", "الجيش السوداني")
    assert not [c for c in x.claims if c.predicate == "SUPPORTS"]


@pytest.mark.parametrize("text, a, b", [
    ("وقاتلت قوات الدعم السريع وحليفتها الحركة الشعبية في جنوب كردفان.", "الدعم السريع", "الحركة الشعبية"),
    ("وشنت إسرائيل وحليفتها الولايات المتحدة غارات على إيران.", "إسرائيل", "الولايات المتحدة"),
    ("وهاجم الحوثيون وحلفاؤهم في حزب الله مواقع إسرائيلية.", "الحوثي", "حزب الله"),
], ids=["ally-after-actor", "ally-before-then-word", "allies-in"])
def test_allies_named_after_an_actor(extract_text, text, a, b):
    x = extract_text(text)
    assert has_claim(x, a, "ALLIED_WITH", b), claim_triples(x)


def test_an_ally_named_after_in_is_no_object_of_the_verb(extract_text):
    x = extract_text("وهاجم الحوثيون وحلفاؤهم في حزب الله مواقع إسرائيلية.")
    assert not has_claim(x, "الحوثي", "ATTACKED", "حزب الله")
    assert has_claim(x, "الحوثي", "ATTACKED", "israel")


@pytest.mark.parametrize("text, s, o", [
    ("وأكد الرئيس الروسي فلاديمير بوتين دعم بلاده للحكومة السورية.", "russia", "syrian_government"),
    ("وجدد وزير الخارجية المصري بدر عبد العاطي وقوف بلاده إلى جانب السودان.", "egypt", "sudan"),
], ids=["support-of-his-country", "standing-of-his-country"])
def test_his_country_is_the_backer(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "SUPPORTS", o), claim_triples(x)
    assert not [c for c in x.claims if c.predicate == "SUPPORTS" and c.subject in ("vladimir_putin", "badr_abdelatty")]
    assert all(c.provenance.attributed_to is None for c in x.claims if c.predicate == "SUPPORTS")   # its own word


@pytest.mark.parametrize("text, s, o", [
    ("وأعلنت حركة حماس وحركة الجهاد الإسلامي تحالفهما.", "حماس", "الجهاد الإسلامي"),
    ("وأعلن الجيش السوداني والقوة المشتركة لحركات الكفاح المسلح تحالفهم ضد الدعم السريع.",
     "الجيش السوداني", "القوة المشتركة"),
])
def test_a_dual_or_plural_pronoun_on_a_reciprocal_noun_names_the_coordinated_parties(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ALLIED_WITH", o)
    assert not has_claim(x, o, "ALLIED_WITH", "الدعم السريع") if "الدعم السريع" in text else True


@pytest.mark.parametrize("text, s, o", [
    ("وتشن الولايات المتحدة غارات على مواقع حركة الشباب، دعما للحكومة الصومالية.", "الولايات المتحدة",
     "somali_government"),
    ("وأرسلت تركيا قوات إلى ليبيا، دعما لحكومة الوفاق الوطني.", "تركيا", "حكومة الوفاق"),
    ("واستهدفت جماعة الحوثي سفينة في البحر الأحمر، نصرة لحركة حماس.", "الحوثي", "حماس"),
    ("وانسحبت قوات حفتر من طرابلس إثر تدخل عسكري تركي دعما لحكومة الوفاق الوطني.", "تركي", "حكومة الوفاق"),
], ids=["support", "support-2", "aid", "after-a-nationality"])
def test_an_accusative_of_purpose_makes_the_subject_a_backer(extract_text, text, s, o):
    """، دعما لـ X / ، نصرة لـ X after a clause: its subject SUPPORTS X; دعما is no dual verb there."""
    x = extract_text(text)
    assert has_claim(x, s, "SUPPORTS", o)
    assert len([c for c in x.claims if c.predicate == "SUPPORTS"]) == 1


def test_a_verb_of_backing_with_its_object_as_a_pronoun(extract_text):
    """يسيطر الجيش على المدن، وتدعمه روسيا ومصر: the actor before backed by each subject after."""
    x = extract_text("يسيطر الجيش الوطني الليبي على مدن بنغازي ودرنة وسرت، وتدعمه روسيا ومصر.")
    assert has_claim(x, "روسيا", "SUPPORTS", "الجيش الوطني الليبي")
    assert has_claim(x, "مصر", "SUPPORTS", "الجيش الوطني الليبي")
    assert not [m for m in x.mentions if "تدعم" in m.text]      # the verb is no town of the list


def test_the_members_of_a_body_joined_to_a_subject_share_its_role(extract_text):
    """الولايات المتحدة ودول الاتحاد الأوروبي تدعم أوكرانيا: the union is a second backer, not the one backed."""
    x = extract_text("وتدعم الولايات المتحدة ودول الاتحاد الأوروبي أوكرانيا بالأسلحة.")
    assert has_claim(x, "الولايات المتحدة", "SUPPORTS", "أوكرانيا")
    assert has_claim(x, "الاتحاد الأوروبي", "SUPPORTS", "أوكرانيا")
    assert not has_claim(x, "الولايات المتحدة", "SUPPORTS", "الاتحاد الأوروبي")
