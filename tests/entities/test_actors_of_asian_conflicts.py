"""Actors of the conflicts beyond the Arab world that the Arabic press reports (Afghanistan and
Pakistan, Myanmar, Kashmir, Tigray in the Egyptian spelling with ج), found by their registry
names in our own sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, entity, type_", [
    ("وسيطرت حركة طالبان على معبر حدودي في ولاية ننغرهار.", "taliban", "ArmedGroup"),
    ("وقالت حكومة طالبان إنها لن تسمح باستخدام أراضيها ضد الجيران.", "taliban_government", "Government"),
    ("وتبنت حركة طالبان باكستان الهجوم على نقطة أمنية في وزيرستان.", "tehrik_i_taliban_pakistan", "ArmedGroup"),
    ("واتهمت نيودلهي جماعة عسكر طيبة بالتخطيط للهجوم.", "lashkar_e_taiba", "ArmedGroup"),
    ("وأعلن ذبيح الله مجاهد أن الوفد سيعود إلى كابل.", "zabihullah_mujahid", "Person"),
    ("وشن جيش أراكان هجوما على مواقع في ولاية تشين.", "arakan_army", "ArmedGroup"),
    ("ووقع جيش التحالف الوطني الديمقراطي هدنة برعاية صينية.", "mndaa", "ArmedGroup"),
    ("وأعلن تحالف الإخوة الثلاثة وقفا مؤقتا للعمليات.", "three_brotherhood_alliance", "ArmedGroup"),
    ("وزار مين أونغ هلاينغ العاصمة الروسية الأسبوع الماضي.", "min_aung_hlaing", "Person"),
    ("وقالت الجبهة الشعبية لتحرير تيجراي إن قادتها اجتمعوا في ميكيلي.", "tplf", "ArmedGroup"),
    ("واتهم دبرصيون جبرميكائيل الحكومة الفيدرالية بخرق الاتفاق.", "debretsion_gebremichael", "Person"),
    ("وأطلقت القوة الجوفضائية صواريخ باتجاه قواعد أمريكية.", "irgc_aerospace_force", "StateForce"),
], ids=lambda v: v if isinstance(v, str) and v.isascii() else None)
def test_actors_of_asian_and_horn_conflicts_are_found(resolve_text, text, entity, type_):
    found = {m.entity_id: m.type for m in resolve_text(text).mentions}
    assert found.get(entity) == type_, f"{entity} not found as {type_}: {found}"


def test_the_junta_is_the_military_council_of_a_myanmar_story(resolve_text):
    r = resolve_text("قصفت طائرات الجيش قرى في ولاية ساغاينغ في ميانمار. وقال المجلس العسكري إن الغارات استهدفت مسلحين.")
    assert "myanmar_junta" in {m.entity_id for m in r.mentions}
