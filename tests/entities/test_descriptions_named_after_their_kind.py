"""kg.entities.coreference: a group's description (الحركة، التنظيم، الجهاز ...) names back the body
the article introduced with that kind word, even outside its name (حركة «X»، تنظيم "X"); a body
described by its own apposition (X، وهو الجناح العسكري للتنظيم) is not the body the apposition
names; الجهاز after two apparatuses is the one its own sentence named (own sentences)."""
from __future__ import annotations


def _ids(r, word):
    return [m.entity_id for m in r.mentions if m.text.endswith(word) and m.source == "coreference"]


def _id_of(r, text):
    return next(m.entity_id for m in r.mentions if text in m.text)


def test_the_movement_is_the_body_named_after_the_word_movement_outside_its_quotes(resolve_text):
    r = resolve_text("هاجم مسلحون من حركة «الفجر الجديد» قرية في ولاية بورنو، فيما تبنت جماعة بوكو حرام "
                     "هجوما آخر. وقال سكان إن قادة الحركة يقيمون في غابة سامبيسا.")
    assert _ids(r, "الحركة") == [_id_of(r, "الفجر الجديد")]


def test_the_organisation_is_the_one_named_with_its_kind_word_not_the_group(resolve_text):
    r = resolve_text('وقتل جنود في هجوم لتنظيم "داعش" على بلدة مرتي، بعد أيام من معارك مع جماعة "بوكو حرام". '
                     "وقال الجيش إن التنظيم يتخذ من جزر البحيرة معقلا له.")
    assert _ids(r, "التنظيم") == [_id_of(r, "داعش")]


def test_two_movements_each_named_with_its_kind_word_the_latest_is_meant(resolve_text):
    r = resolve_text("اشتبكت حركة «الفجر الجديد» مع حركة «سيوف الحق» قرب البلدة. وقال قائد الحركة إن مقاتليه صدوا الهجوم.")
    assert _ids(r, "الحركة") == [_id_of(r, "سيوف الحق")]


def test_a_description_with_no_body_named_before_names_nothing(resolve_text):
    r = resolve_text("ويتخذ التنظيم من جزر بحيرة تشاد معقلا له.")
    assert _ids(r, "التنظيم") == []


def test_two_groups_named_without_the_kind_word_leave_the_movement_unresolved(resolve_text):
    r = resolve_text("هاجمت بوكو حرام بلدة مرتي، فيما هاجم مسلحو داعش قاعدة قرب مايدوغوري. وقال سكان إن الحركة انسحبت.")
    assert _ids(r, "الحركة") == []


def test_a_wing_described_by_its_apposition_is_part_of_the_group_named_before(resolve_text):
    r = resolve_text("تبنى «جيش تحرير بلوشستان» هجوما على قافلة عسكرية. وقال المتحدث باسم الجماعة في بيان إن "
                     "«لواء المجيد»، وهو الجناح الانتحاري للتنظيم، نفذ الهجوم.")
    assert _ids(r, "للتنظيم") == [_id_of(r, "جيش تحرير بلوشستان")]


def test_without_the_apposition_the_unit_named_before_still_competes(resolve_text):
    r = resolve_text("تبنى «جيش تحرير بلوشستان» هجوما على قافلة عسكرية. وقال مسؤول إن «لواء المجيد» نفذ الهجوم "
                     "وإن مقاتلي التنظيم انسحبوا.")
    assert _ids(r, "التنظيم") == []


def test_the_apparatus_is_the_one_its_own_sentence_named(resolve_text):
    r = resolve_text("اندلعت اشتباكات بين جهاز الردع واللواء 444 في طرابلس. وقتل رئيس جهاز دعم الاستقرار "
                     "في معسكر التكبالي، ثم سيطرت قوات الحكومة على حي أبو سليم، معقل الجهاز.")
    assert _ids(r, "الجهاز") == ["stability_support_apparatus"]


def test_two_apparatuses_named_in_an_earlier_sentence_leave_the_apparatus_unresolved(resolve_text):
    r = resolve_text("اشتبك عناصر جهاز الردع مع قوات جهاز دعم الاستقرار في طرابلس. "
                     "وسيطر اللواء 444 على حي أبو سليم، معقل الجهاز.")
    assert _ids(r, "الجهاز") == []


def test_two_apparatuses_in_the_anaphors_own_sentence_leave_it_unresolved(resolve_text):
    r = resolve_text("اندلعت اشتباكات في طرابلس. واتهم جهاز الردع جهاز دعم الاستقرار بمهاجمة مواقعه، "
                     "وقال إن الجهاز حشد مقاتليه.")
    assert _ids(r, "الجهاز") == []
