"""دخول القوة إلى ناحية سنوني وانتشارها في محيط جبل سنجار: a verbal noun joined by و between two
places opens a new event, whose في places that event, not the place before it (no LOCATED_IN);
with nothing but في between them the first place lies in the second. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, a, b", [
    ("بعد دخول قوة من الجيش العراقي إلى ناحية سنوني وانتشارها في محيط جبل سنجار.", "سنوني", "جبل سنجار"),
    ("أعلن الجيش اللبناني دخول وحداته إلى بلدة الخيام وانتشارها في قضاء مرجعيون.", "الخيام", "مرجعيون"),
    ("رصد ناشطون دخول رتل تركي إلى بلدة تل تمر وتمركزه في ريف الحسكة.", "تل تمر", "الحسكة"),
], ids=["deployment", "deployment-district", "stationing"])
def test_no_location_across_a_new_event(extract_text, text, a, b):
    assert not has_claim(extract_text(text), a, "LOCATED_IN", b)


@pytest.mark.parametrize("text, a, b", [
    ("وصلت قوة من الجيش العراقي إلى ناحية سنوني في قضاء سنجار.", "سنوني", "سنجار"),
    ("انتشر الجيش اللبناني في بلدة الخيام في قضاء مرجعيون.", "الخيام", "مرجعيون"),
], ids=["in-district", "in-district-after-deployment"])
def test_a_place_in_a_place(extract_text, text, a, b):
    assert has_claim(extract_text(text), a, "LOCATED_IN", b)
