"""A body whose name passed to another on a date (entity_cues.json dated_successors): after
8 December 2024, الحكومة السورية المؤقتة is the caretaker government in Damascus, not the
opposition's Syrian Interim Government. Sentences are our own."""
from __future__ import annotations

TEXT = "وقالت الحكومة السورية المؤقتة إن قوات الأمن العام دخلت مدينة جبلة."


def _ids(resolve_text, published):
    resolved = resolve_text(TEXT, published=published)
    return {m.entity_id for m in resolved.mentions}, {e.id for e in resolved.entities}


def test_after_the_date_the_name_is_the_successor(resolve_text):
    mentions, entities = _ids(resolve_text, "2025-03-09")
    assert "syrian_transitional_government" in mentions
    assert "syrian_interim_government" not in mentions | entities


def test_before_the_date_or_undated_the_name_is_the_body_it_named(resolve_text):
    for published in ("2023-05-01", None):
        mentions, _ = _ids(resolve_text, published)
        assert "syrian_interim_government" in mentions
