"""Names of foreign actors as the Arabic press writes them (our own sentences): a given name
written with a hamza on its alef (أليكسي، إلهام) starts with no article, so a title and a
nationality before it do not swallow it; a quoted name headed by a body's noun («جيش X»،
«تحالف X») is that body; a unit of groupings named in quotes (مجموعة قوات "الغرب"); a post held
in or sent to a place (المبعوث الخاص إلى X فلان) before its holder's name."""
from __future__ import annotations

import pytest


def _mentions(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, name", [
    ("واستقبل الرئيس الأذربيجاني إلهام علييف وفدا أوروبيا في باكو.", "إلهام علييف"),
    ("وقال الجنرال الأمريكي أليكسوس غرينكويتش إن الحلف مستعد.", "أليكسوس غرينكويتش"),
    ("وقال السفير الروسي أليكسي بيتروف إن المفاوضات لم تنته.", "أليكسي بيتروف"),
], ids=["ilham", "alexus", "alexei"])
def test_a_given_name_with_a_hamza_on_its_alef_is_no_article(resolve_text, text, name):
    assert name in [t for t, _ in _mentions(resolve_text(text))]


def test_a_definite_word_after_a_title_is_still_no_name(resolve_text):
    texts = [t for t, _ in _mentions(resolve_text("وقال المسؤول الإعلامي إن الطرق مفتوحة."))]
    assert not any("الإعلامي" in t for t in texts)


@pytest.mark.parametrize("text, name, etype", [
    ("وهاجم «جيش كاشين للاستقلال» مواقع للجيش قرب الحدود الصينية.", "جيش كاشين للاستقلال", "ArmedGroup"),
    ("ووقع «تحالف الحرية والتغيير» على الإعلان السياسي في الخرطوم.", "تحالف الحرية والتغيير", "Organization"),
    ("وأعلنت «قوات درع الشمال» انضمامها إلى العملية.", "قوات درع الشمال", "ArmedGroup"),
], ids=["army", "alliance", "forces"])
def test_a_quoted_name_headed_by_a_body_noun_is_that_body(resolve_text, text, name, etype):
    resolved = resolve_text(text)
    found = {m.text: m.type for m in resolved.mentions}
    assert found.get(name) == etype


@pytest.mark.parametrize("text", [
    "وقال إن «الجيش» لن يتدخل في السياسة.",          # one word: the head alone
    "ووصف الوزير الاتفاق بأنه «تحالف مؤقت».",          # a description, quoted
], ids=["head-alone", "described"])
def test_a_quoted_head_alone_or_a_description_is_no_body(resolve_text, text):
    assert not any(m.entity_id.startswith("name:") and m.type in ("ArmedGroup", "Organization")
                   for m in resolve_text(text).mentions)


def test_a_grouping_of_forces_named_in_quotes(resolve_text):
    texts = [t for t, _ in _mentions(resolve_text('وقالت الوزارة إن وحدات مجموعة قوات "الغرب" صدت هجوما قرب كوبيانسك.'))]
    assert any(t.startswith("مجموعة قوات") and "الغرب" in t for t in texts)


@pytest.mark.parametrize("text, name", [
    ("وقال المبعوث الأمريكي الخاص إلى السودان توم بيرييلو إن المحادثات ستستأنف.", "توم بيرييلو"),
    ("وأكد السفير الياباني لدى مصر أوكا هيروشي أن بلاده تدعم المشروع.", "أوكا هيروشي"),
], ids=["envoy-to", "ambassador-to"])
def test_a_post_sent_to_a_place_before_its_holders_name(resolve_text, text, name):
    assert name in [t for t, _ in _mentions(resolve_text(text))]


def test_a_noun_of_positions_in_scare_quotes_is_no_town(resolve_text):
    r = resolve_text('الجيش يقصف "معسكرات" في إقليم بلوشستان ويتوعد بالمزيد.')
    assert not any(m.entity_id.startswith("name:معسكرات") for m in r.mentions)


def test_a_town_near_another_ends_before_its_adjective(resolve_text):
    texts = [m.text for m in resolve_text("وسقطت قذائف على بلدة كوتلي القريبة من خط المراقبة.").mentions]
    assert "بلدة كوتلي" in texts


@pytest.mark.parametrize("text, country", [
    ("وأكدت الجامعة العربية أنها تدعم وحدة ليبيا وسلامة أراضيها.", "libya"),
    ("وشدد الوزير على وحدة السودان أرضا وشعبا.", "sudan"),
], ids=["libya", "sudan"])
def test_the_unity_of_a_country_is_no_unit(resolve_text, text, country):
    r = resolve_text(text)
    assert country in {m.entity_id for m in r.mentions}
    assert not any(m.entity_id.startswith("name:وحده") for m in r.mentions)


def test_the_group_refers_back_to_an_army_named_group(resolve_text):
    r = resolve_text("وأعلن جيش الإسلام انسحابه من البلدة. وقال المتحدث باسم الجماعة إن القرار نهائي.")
    assert any(m.text == "الجماعة" and m.entity_id == "jaysh_al_islam" for m in r.mentions) or \
        any(m.text == "الجماعة" and m.entity_id == next(x.entity_id for x in r.mentions if x.text == "جيش الإسلام")
            for m in r.mentions)


@pytest.mark.parametrize("text, name", [
    ("وحذر قائد الثورة الإسلامية آية الله السيد علي خامنئي من أي تصعيد.", "علي خامنئي"),
    ("وقال المرشد الأعلى في إيران آية الله السيد علي خامنئي إن الرد سيكون حاسما.", "علي خامنئي"),
], ids=["leader-of-the-revolution", "supreme-leader"])
def test_a_clerics_title_after_a_post_is_no_name(resolve_text, text, name):
    texts = [m.text for m in resolve_text(text).mentions]
    assert not any(t.startswith(("آية", "حجة")) for t in texts) and any(name in t for t in texts), texts
