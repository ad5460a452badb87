"""A person's name after a title and the post it names, on our own sentences (none taken from an
article): a title, up to several words of the post (a command, a body, a place, a rank's force)
and then a name that starts with a known given name; a kunya's nisba; a common word with و after
a name; a list item that starts with a place name's first word (عين، تل، رأس)."""
from __future__ import annotations

import pytest


def people(x):
    return [m.text for m in x.mentions if m.type == "Person"]


POSTS = [
    # a command named after a place, then the force it belongs to, then the name
    ("وقال قائد عمليات نينوى للحشد الشعبي كريم الجبوري إن قواته انتشرت في المنطقة.", "كريم الجبوري"),
    # an indefinite noun of the office and a definite body with its adjective
    ("وبحسب رئيس أركان القوات البحرية سامر العبيدي، فإن الزوارق عادت إلى قواعدها.", "سامر العبيدي"),
    # a title with و before it, the name after a known town
    ("وقال قائممقام قضاء الحمدانية عصام بهنام إن الطرق مغلقة.", "عصام بهنام"),
    # a title after a preposition, the post with في
    ("ونقل عن المسؤول الأمني في الكتائب أبو علي الكعبي قوله إن الهدنة انتهت.", "أبو علي الكعبي"),
    # a unit's number inside the post
    ("وزار آمر اللواء 73 مشاة سالم العبيدي المدينة أمس.", "سالم العبيدي"),
]


@pytest.mark.parametrize("text, person", POSTS, ids=[f"P{i}" for i in range(1, len(POSTS) + 1)])
def test_the_holder_of_a_post_is_named_after_the_post(extract_text, text, person):
    assert person in people(extract_text(text))


def test_a_given_name_before_a_known_person_is_his_son(extract_text):
    x = extract_text("وأعلن قائد القوات الخاصة بلقاسم خليفة حفتر وصول تعزيزات إلى سبها.")
    assert people(x) == ["بلقاسم خليفة حفتر"]


def test_a_verb_ends_the_post(extract_text):
    assert people(extract_text("وقال رئيس المجلس العسكري في المدينة إن قواته صدت الهجوم.")) == []
    assert people(extract_text("وقال وزير الخارجية في الحكومة إن الوضع خطير.")) == []


def test_a_rank_after_the_post_keeps_its_own_name(extract_text):
    x = extract_text("أكد قائد الثورة آية الله السيد علي خامنئي أن الرد قادم.")
    assert "آية الله" not in people(x)


@pytest.mark.parametrize("text, person", [
    ("وقتل في الغارة المدعو أبو حفص العراقي ومرافقه.", "أبو حفص العراقي"),
    ("وأعلن التنظيم مقتل القيادي أبو محمد المصري في إدلب.", "أبو محمد المصري"),
    ("وأفرجت السلطات عن المدعو أبو عمر الأنصاري بعد التحقيق.", "أبو عمر الأنصاري"),
], ids=["nationality", "country", "nisba"])
def test_a_kunya_keeps_its_nisba(extract_text, text, person):
    assert person in people(extract_text(text))


def test_a_common_word_with_waw_after_a_name_is_no_part_of_it(extract_text):
    assert people(extract_text("والتقى محافظ درعا أنور الزعبي وجهاء من المنطقة.")) == ["أنور الزعبي"]
    assert people(extract_text("وحضر رئيس الجهاز عبد الكريم وثيق الاجتماع.")) == ["عبد الكريم وثيق"]


def test_a_list_item_starting_with_a_name_prefix_takes_the_next_word(extract_text):
    x = extract_text("وداهمت القوات قرى البيضا وعين الغربية وتل الأحمر بحثا عن مطلوبين.")
    towns = [m.text for m in x.mentions if m.type == "City"]
    assert "وعين الغربية" in towns or "عين الغربية" in towns
    assert "تل الأحمر" in towns or "وتل الأحمر" in towns
    x = extract_text("وقصفت المدفعية بلدتي عين الشمالية والقصير.")
    assert "عين الشمالية" in [m.text for m in x.mentions]


def test_a_word_after_the_list_and_a_comma_is_no_item(extract_text):
    x = extract_text("وتمركزت الوحدات في قرى المزيرعة وعين البيضا، مضيفة أن الاشتباكات توقفت.")
    assert "مضيفة" not in [m.text for m in x.mentions]


def test_a_command_named_after_a_place_takes_in_its_force(extract_text):
    x = extract_text("وقال قائد عمليات الأنبار للحشد الشعبي قاسم مصلح إن قواته تسلمت المواقع.")
    names = [m.text for m in x.mentions]
    assert "عمليات الأنبار للحشد الشعبي" in names
    assert "قاسم مصلح" in names


@pytest.mark.parametrize("text, unit", [
    ("وقال الجهاز إن قوة من الفرقة الخاصة الأولى نفذت عملية إنزال.", "الفرقة الخاصة الأولى"),
    ("وانتشرت وحدات من فوج التدخل الخامس في بلدات الوادي.", "فوج التدخل الخامس"),
    ("وتقدم اللواء المدرع الثاني نحو المدينة.", "اللواء المدرع الثاني"),
    ("وانسحبت كتيبة المهام الخاصة الثالثة من الموقع.", "كتيبة المهام الخاصة الثالثة"),
    ("وهاجم المسلحون مواقع اللواء الرابع عمالقة في المديرية.", "اللواء الرابع عمالقة"),
    ("وزار قائد اللواء 73 مجحفل المدينة.", "اللواء 73 مجحفل"),
], ids=["adjective", "construct", "armour", "two-words", "giants", "mechanised"])
def test_a_unit_named_by_its_kind_and_an_ordinal(extract_text, text, unit):
    x = extract_text(text)
    assert unit in [m.text for m in x.mentions if m.type in ("StateForce", "ArmedGroup")], \
        [(m.text, m.type) for m in x.mentions]


@pytest.mark.parametrize("text, site", [
    ("وشنت الطائرات غارات على الميناء ومحطة حزيز للكهرباء جنوب المدينة.", "محطة حزيز للكهرباء"),
    ("وقصفت الطائرات محطة الزهراني لتوليد الكهرباء.", "محطة الزهراني لتوليد الكهرباء"),
    ("وتعطلت بمحطة العين لتحلية المياه المضخات.", "محطة العين لتحلية المياه"),
], ids=["field", "verbal-noun", "clitic"])
def test_a_field_cue_names_a_site_whose_field_follows_with_lam(extract_text, text, site):
    x = extract_text(text)
    assert any(m.text.endswith(site) for m in x.mentions if m.type == "Facility"), [(m.text, m.type) for m in x.mentions]


def test_a_field_cue_before_its_field_alone_is_unchanged(extract_text):
    x = extract_text("وعاد التيار إلى محطة الكهرباء في المدينة.")
    assert "محطة الكهرباء في" not in [m.text for m in x.mentions]


@pytest.mark.parametrize("text, person", [
    ("وقال المتحدث باسم وزارة الداخلية الأفغانية عبد المتين قانع إن الحدود مغلقة.", "عبد المتين قانع"),
    ("ورد المتحدث باسم وزارة الدفاع الأفغانية عناية الله ساهر بأن الهجوم فشل.", "عناية الله ساهر"),
], ids=["abd", "compound-end"])
def test_a_compound_given_name_after_a_post(extract_text, text, person):
    assert person in people(extract_text(text))


@pytest.mark.parametrize("text", [
    "واتهم المستشار في قوات الدعم السريع الباشا قرنق الجيش بعرقلة المفاوضات.",
    "لكن مستشار قائدها الباشا قرنق كتب على منصة إكس أن المواقع هدف مشروع.",
    "وأكد مستشار قائد قوات الدعم السريع الباشا قرنق، في تدوينة، أن قواتهم انتصرت.",
], ids=["with-fi", "pronoun", "titled-person"])
def test_a_byname_and_a_rare_family_name_after_a_post(extract_text, text):
    assert "الباشا قرنق" in people(extract_text(text))


def test_a_definite_noun_and_its_conjunct_are_no_byname(extract_text):
    x = extract_text("وقال رئيس هيئة مقاومة الجدار والاستيطان مؤيد شعبان إن المستوطنين هاجموا القرية.")
    assert people(x) == ["مؤيد شعبان"]


@pytest.mark.parametrize("text, place", [
    ("وتقع التلة بين العديسة وكفركلا.", "العديسة"),
    ("وانتشرت القوات في القنية ودير الزور.", "القنية"),
    ("وسقطت قذائف على المعيصرة وكفرنبل.", "المعيصرة"),
], ids=["between", "in", "on"])
def test_a_rare_word_before_و_and_a_known_town_is_a_town(extract_text, text, place):
    x = extract_text(text)
    assert place in [m.text for m in x.mentions if m.type in ("City", "Region")], [(m.text, m.type) for m in x.mentions]


def test_a_common_word_before_و_and_a_known_town_is_no_town(extract_text):
    x = extract_text("ونزح السكان من المدينة وحلب.")
    assert "المدينة" not in [m.text for m in x.mentions]


def test_a_name_after_the_gloss_of_the_post_s_body(extract_text):
    x = extract_text("وقتل القيادي في سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، سامي الخطيب، في غارة.")
    assert "سامي الخطيب" in people(x)
    x = extract_text("وقال القيادي في حماس، الحركة التي تحكم غزة، إن المفاوضات متوقفة.")
    assert people(x) == []


@pytest.mark.parametrize("text, names", [
    ("وطالت الغارات ميناءي رأس عيسى والصليف على الساحل.", ["رأس عيسى", "الصليف"]),
    ("وأبقى الجيش على تلتي العويضة والحمامص.", ["العويضة", "الحمامص"]),
], ids=["ports", "hills"])
def test_a_dual_cue_of_a_site_names_two_sites(extract_text, text, names):
    x = extract_text(text)
    found = [m.text for m in x.mentions]
    assert all(any(f.endswith(n) for f in found) for n in names), found


def test_a_place_read_after_a_cue_stops_where_a_person_s_name_starts(extract_text):
    x = extract_text("التقى وزير الداخلية في حكومة إقليم كوردستان ريبر أحمد قائد القوات في بغداد.")
    names = [m.text for m in x.mentions]
    assert "ريبر أحمد" in people(x), names
    assert "حكومة إقليم كوردستان" in names, names


@pytest.mark.parametrize("text, person", [
    ("وحضر اللقاء سمو الأمير الحسن بن طلال في عمان.", "الحسن بن طلال"),
    ("وحضر الاجتماع الأمير الحسين بن عبدالله الثاني ولي العهد.", "الحسين بن عبدالله الثاني"),
    ("واستقبل الملك عبدالله بن الحسين الثاني الوفد.", "عبدالله بن الحسين الثاني"),
], ids=["definite-given-name", "ordinal", "indefinite"])
def test_a_definite_given_name_before_bin_is_a_name_and_a_ruler_keeps_his_ordinal(extract_text, text, person):
    x = extract_text(text)
    assert any(m.text.endswith(person) for m in x.mentions if m.type == "Person"), [(m.text, m.type) for m in x.mentions]
