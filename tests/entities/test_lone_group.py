"""Fighters described without a name in an article that has named one armed group: that group
(our own sentences)."""
from __future__ import annotations


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


def test_the_described_fighters_are_the_one_group_named(resolve_text):
    r = resolve_text("وهاجمت حركة الشباب مركزا للشرطة في بلدة ساحلية. وقال شهود إن المسلحين أحرقوا سيارتين.")
    assert _ids(r, "المسلحين") == ["al_shabaab"]


def test_with_two_groups_named_the_description_stays_unresolved(resolve_text):
    r = resolve_text("واشتبكت حركة الشباب مع تنظيم الدولة الإسلامية في الشمال. وقال شهود إن المسلحين أحرقوا سيارتين.")
    assert _ids(r, "المسلحين") == []


def test_a_description_before_any_group_names_nothing(resolve_text):
    r = resolve_text("وقال شهود إن المسلحين أحرقوا سيارتين قرب السوق.")
    assert _ids(r, "المسلحين") == []


def test_a_qualified_description_is_left_to_other_passes(resolve_text):
    r = resolve_text("وهاجمت حركة الشباب مركزا للشرطة. وقتل ثلاثة من المسلحين من العشائر في الاشتباك.")
    assert _ids(r, "المسلحين") == []


def test_the_libyan_accord_government_and_its_forces_are_known(resolve_text):
    r = resolve_text("واستعادت قوات حكومة الوفاق مدينة غريان بعد معارك. وقالت حكومة الوفاق الوطني إن الوضع مستقر.")
    assert {"gna_forces", "government_of_national_accord"} <= {m.entity_id for m in r.mentions}


def test_a_dual_organisation_cue_reads_its_second_name_with_the_singular(resolve_text):
    r = resolve_text("واتفقت حركتا حماس وفتح على تشكيل لجنة مشتركة.")
    assert "fatah" in {m.entity_id for m in r.mentions if m.text == "فتح"}


def test_a_verb_after_a_known_name_is_no_second_name(resolve_text):
    r = resolve_text("وقالت حركة حماس وفتحت المعابر أمام الشاحنات.")
    assert "fatah" not in {m.entity_id for m in r.mentions}


def test_a_description_takes_up_the_group_named_with_its_word(resolve_text):
    r = resolve_text("وأعلنت حركة حماس موافقتها، ورفضت الفصائل الفلسطينية الأخرى الخطة. وقالت الفصائل إن الخطة لن تمر.")
    found = [m.entity_id for m in r.mentions if m.text == "الفصائل"]
    assert found and found == [m.entity_id for m in r.mentions if m.text.startswith("الفصائل الفلسطينية")][:1]


def test_with_two_groups_and_none_named_with_the_word_nothing_is_resolved(resolve_text):
    r = resolve_text("واشتبكت حركة الشباب مع تنظيم الدولة الإسلامية في الشمال. وقالت مصادر إن الفصائل تبادلت القصف.")
    assert [m.entity_id for m in r.mentions if m.text == "الفصائل"] == []
