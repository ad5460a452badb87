"""A state's rulers named by a description (السلطات الإيرانية، النظام الإيراني، السلطات
الإسرائيلية) are the state itself where the article names the state and no government body of
it: one referent, one node (kg.entities.context.states_for_authorities); and the proclitics
names.bare_words reads through."""
from __future__ import annotations

import pytest

from kg.entities.names import bare_words


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


@pytest.mark.parametrize("text, surface, state", [
    ("ندد النظام الإيراني بالعقوبات الجديدة، وقال مسؤول إن إيران سترد في الوقت المناسب.",
     "النظام الإيراني", "iran"),
    ("واعتقلت السلطات الإسرائيلية صحفيين اثنين عند المعبر، فيما نفت إسرائيل أي تجاوز.",
     "السلطات الإسرائيلية", "israel"),
    ("منعت السلطات التركية دخول الشاحنات، وتقول تركيا إن المعبر سيفتح قريبا.",
     "السلطات التركية", "turkiye"),
], ids=["regime-iran", "authorities-israel", "authorities-turkey"])
def test_rulers_described_are_the_state_the_article_names(resolve_text, text, surface, state):
    r = resolve_text(text)
    assert _ids(r, surface) == [state]
    assert len({m.entity_id for m in r.mentions if m.entity_id == state}) == 1


def test_rulers_stay_the_government_where_the_state_is_not_named(resolve_text):
    r = resolve_text("وأفرجت السلطات الإيرانية عن ناشطة بعد احتجازها شهرين.")
    assert _ids(r, "السلطات الإيرانية") == ["iranian_government"]


def test_rulers_stay_the_government_where_the_government_is_named_by_name(resolve_text):
    r = resolve_text("قالت الحكومة الإيرانية إن السلطات الإيرانية ستفرج عن السجناء، ورحبت إيران بالوساطة.")
    assert _ids(r, "السلطات الإيرانية") == ["iranian_government"]
    assert _ids(r, "الحكومة الإيرانية") == ["iranian_government"]


def test_the_assad_regime_is_no_state_government_as_such(resolve_text):
    r = resolve_text("وكان النظام السوري قد أغلق الطريق قبل سنوات، وتعود سوريا اليوم إلى فتحه.")
    assert _ids(r, "النظام السوري") == ["assad_regime"]


@pytest.mark.parametrize("text, words", [
    ("وبالحكومة", ("الحكومه",)),
    ("للقوات المسلحة", ("القوات", "المسلحه")),
    ("فالجيش", ("الجيش",)),
    ("وزارة الداخلية", ("وزاره", "الداخليه")),
    ("باراك", ("باراك",)),
    ("لبنان", ("لبنان",)),
    ("كوهين", ("كوهين",)),
], ids=["and-with-article", "lam-lam", "fa-article", "waw-of-the-word", "ba-of-the-word",
        "lam-of-the-word", "kaf-of-the-word"])
def test_bare_words_strip_proclitics_only_before_the_article(text, words):
    assert bare_words(text) == words
