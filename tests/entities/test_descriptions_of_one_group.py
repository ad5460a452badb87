"""Descriptions of fighters (المسلحون، المهاجمين) and a group's head (الجماعة، التنظيم) taken up by
the article's one armed group, a group named only as another's tie left out (our own sentences)."""
from __future__ import annotations

from kg.language.names import RELATIONS


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


def test_a_group_named_as_a_tie_is_no_candidate(resolve_text):
    r = resolve_text('واقتحمت جماعة "نصرة الإسلام والمسلمين"، المرتبطة بتنظيم القاعدة، بلدة حدودية فجرا. '
                     'وقال مسؤول محلي إن المهاجمين نهبوا السوق ثم غادروا.')
    assert _ids(r, "المهاجمين") == ["jnim"]


def test_a_tie_after_a_quote_and_a_cue_word_is_read_past(resolve_text):
    r = resolve_text('وهاجم مسلحون مرتبطون بتنظيم "الدولة الإسلامية" قرية نائية. '
                     'وقال سكان إن المسلحين أحرقوا المدرسة.')
    assert _ids(r, "المسلحين") == []


def test_a_group_backed_by_another_leaves_the_backer_out(resolve_text):
    r = resolve_text("وتقدمت حركة الشباب، المدعومة من تنظيم القاعدة، نحو بلدة ساحلية. "
                     "وقال شهود إن المتمردين أحرقوا سيارتين.")
    assert _ids(r, "المتمردين") == ["al_shabaab"]


def test_two_groups_each_acting_leave_the_description_unresolved(resolve_text):
    r = resolve_text('وهاجمت جماعة "نصرة الإسلام والمسلمين" وتنظيم القاعدة ثكنة للجيش. '
                     'وقال مسؤول إن المهاجمين انسحبوا.')
    assert _ids(r, "المهاجمين") == []


def test_the_description_as_an_adjective_of_a_plural_is_no_group(resolve_text):
    r = resolve_text("وهاجمت حركة الشباب مركزا للشرطة. وتضم القوة مئات من المتطوعين المسلحين في القرى.")
    assert _ids(r, "المسلحين") == []


def test_the_groups_head_takes_up_the_one_group_named_without_it(resolve_text):
    r = resolve_text('وأعلنت "سرايا الغضب الثوري"، المدعومة من حزب الله، مسؤوليتها عن الهجوم على الموقع. '
                     'وقالت الجماعة إن مقاتليها عادوا سالمين.')
    assert _ids(r, "الجماعة") == ["name:سرايا_الغضب_الثوري"]


def test_the_groups_head_with_two_groups_named_stays_unresolved(resolve_text):
    r = resolve_text('وأعلنت "سرايا الغضب الثوري" وحزب الله مسؤوليتهما عن الهجوم على الموقع. '
                     'وقالت الجماعة إن مقاتليها عادوا سالمين.')
    assert _ids(r, "الجماعة") == []


def test_the_described_attackers_act_as_the_group(extract_text):
    x = extract_text('وهاجمت جماعة "نصرة الإسلام والمسلمين"، المرتبطة بتنظيم القاعدة، مدينة جيبو. '
                     'وأضاف المصدر أن المهاجمين أطلقوا سراح السجناء من سجن المدينة.')
    names = {e.id: e.name for e in x.entities}
    got = {(c.subject, c.predicate) for c in x.claims}
    assert ("jnim", RELATIONS.released_prisoners) in got
    assert not any(c.subject == "al_qaeda" for c in x.claims), names
