"""Persons the registry knows under one spelling, written by the press under another whose last
word is also a place's name (براك, a Libyan town): the person, not the town."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وقال المبعوث الأمريكي توم براك إن المحادثات ستستأنف الأسبوع المقبل.",
    "والتقى الرئيس السوري المبعوث الأمريكي إلى سوريا توم براك في دمشق.",
], ids=["after-title", "after-title-and-destination"])
def test_the_envoy_spelled_without_alef_is_the_person(resolve_text, text):
    r = resolve_text(text)
    ids = [m.entity_id for m in r.mentions if "براك" in m.text and m.source != "nested"]
    assert ids == ["tom_barrack"]


def test_the_libyan_town_alone_stays_the_town(resolve_text):
    r = resolve_text("وسقطت قذيفة على مدينة براك جنوب ليبيا.")
    assert [m.entity_id for m in r.mentions if "براك" in m.text] == ["brak"]
