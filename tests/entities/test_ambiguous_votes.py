"""A town's name that is also an ordinary word (ontology/ambiguous_places.txt) has half a vote for
the article's country (kg.entities.registered.ambiguous_vote): a story that names a place of
another country as often does not take the word's own country, so the word is no place there."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("وأغلقت المحلات في السوق أبوابها بعد القصف على مدينة حلب.", "المحلات"),
    ("ونشر ناشطون صور حديثة للدمار الذي خلفته الغارات على بلدة كفرنبل.", "حديثة"),
    ("وقال شهود إن المحلات التجارية أغلقت في مدينة درعا احتجاجا على الاعتقالات.", "المحلات"),
], ids=["shops-in-aleppo", "recent-pictures-in-idlib", "shops-in-daraa"])
def test_an_ordinary_word_does_not_vote_itself_a_place(resolve_text, text, word):
    r = resolve_text(text)
    assert all(m.text != word for m in r.mentions)


def test_the_story_place_keeps_its_own_name(resolve_text):
    r = resolve_text("وقال شهود إن المحلات التجارية أغلقت في مدينة درعا احتجاجا على الاعتقالات.")
    assert [m.entity_id for m in r.mentions] == ["dara"]


def test_the_town_after_its_cue_stays_a_place(resolve_text):
    r = resolve_text("وسقطت قذائف على مدينة حديثة في محافظة الأنبار العراقية.")
    assert any(m.entity_id == "hadithah" for m in r.mentions)


def test_alone_the_word_still_decides(resolve_text):
    r = resolve_text("وسيطرت القوات على بارا وأم سيالة بعد معارك.")
    assert "بارا" in {m.text for m in r.mentions}
