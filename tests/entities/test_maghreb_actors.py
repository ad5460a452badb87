"""Actors of North Africa and Sinai the registry names (our own sentences): armies, guards,
ministries and outlets, the country-bound descriptions read by the article's country."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return {(m.text, m.entity_id) for m in resolved.mentions}


@pytest.mark.parametrize("text, surface, eid", [
    ("وهران - وأج: نفذ الجيش الوطني الشعبي تمرينا بحريا قبالة السواحل الغربية.", "الجيش الوطني الشعبي",
     "algerian_peoples_national_army"),
    ("وتفقد الفريق أول السعيد شنقريحة الوحدات المرابطة على الحدود الجنوبية.", "السعيد شنقريحة", "said_chengriha"),
    ("وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي خطف الرهائن قرب الحدود.", "تنظيم القاعدة في بلاد المغرب الإسلامي", "aqim"),
    ("وقالت إذاعة موزاييك إف إم إن الطريق أغلق بسبب الأمطار.", "إذاعة موزاييك إف إم", "mosaique_fm"),
    ("ونقلت وكالة تونس إفريقيا للأنباء عن مصدر رسمي أن الاجتماع تأجل.", "وكالة تونس إفريقيا للأنباء", "tap_agency"),
    ("وأجرت القوات المسلحة الملكية مناورات مشتركة في منطقة طانطان.", "القوات المسلحة الملكية", "royal_moroccan_armed_forces"),
    ("وزار فريق من بعثة المينورسو موقع الانفجار صباح الاثنين.", "بعثة المينورسو", "minurso"),
    ("وأعلن جيش التحرير الشعبي الصحراوي قصف نقاط قرب الجدار.", "جيش التحرير الشعبي الصحراوي", "sahrawi_peoples_liberation_army"),
    ("وعقد اتحاد قبائل سيناء اجتماعا موسعا في العريش.", "اتحاد قبائل سيناء", "union_of_sinai_tribes"),
    ("وذكر موقع هسبريس أن الأمطار أغرقت عدة أحياء.", "موقع هسبريس", "hespress"),
], ids=["algerian-army", "chengriha", "aqim", "mosaique", "tap", "far", "minurso", "spla", "sinai-tribes", "hespress"])
def test_a_north_african_actor_is_known(resolve_text, text, surface, eid):
    assert (surface, eid) in _ids(resolve_text(text))


@pytest.mark.parametrize("text, surface, eid", [
    ("تونس - وات: أوقفت وحدات الحرس الوطني مهربين اثنين في معتمدية بن قردان، وفق وزارة الداخلية.",
     "الحرس الوطني", "tunisian_national_guard"),
    ("تونس - وات: أوقفت وحدات الحرس الوطني مهربين اثنين في معتمدية بن قردان، وفق وزارة الداخلية.",
     "وزارة الداخلية", "tunisian_ministry_of_interior"),
    ("الجزائر - وأج: أحبط حرس الحدود تهريب شحنة وقود، حسب بيان لوزارة الدفاع الوطني.",
     "حرس الحدود", "algerian_border_guards"),
    ("الجزائر - وأج: أحبط حرس الحدود تهريب شحنة وقود، حسب بيان لوزارة الدفاع الوطني.",
     "وزارة الدفاع الوطني", "algerian_ministry_of_national_defence"),
    ("عمّان - بترا: اشتبكت قوات حرس الحدود مع مهربين قرب الحدود الشمالية للأردن.",
     "قوات حرس الحدود", "jordanian_border_guards"),
], ids=["tn-guard", "tn-interior", "dz-border", "dz-defence", "jo-border"])
def test_a_country_bound_description_reads_the_article_country(resolve_text, text, surface, eid):
    assert (surface, eid) in _ids(resolve_text(text))


def test_ministry_of_national_defence_is_not_the_syrian_militia(resolve_text):
    found = _ids(resolve_text("تونس - وات: وأفادت وزارة الدفاع الوطني في بلاغ بأن التمشيط متواصل."))
    assert not any(eid == "national_defence_forces" for _, eid in found)
