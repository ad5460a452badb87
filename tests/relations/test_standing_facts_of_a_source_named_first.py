"""A standing fact (what belongs to, leads or serves in what) inside the words of an outlet or a
body the sentence names before it (وبحسب الحكومة العراقية، كان فلان أميرا في التنظيم؛ ذكرت قناة
الجزيرة أن قوة الرضوان التابعة لحزب الله ...) is credited to it; named after the claim, told by
others, or the quoted speaker's own title, it is not. Sentences are our own."""
from __future__ import annotations

import pytest


def _source(extract_text, text, triple):
    claims = [c for c in extract_text(text).claims if (c.subject, c.predicate, c.object) == triple]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, triple, source", [
    ("وبحسب الحكومة العراقية، كان القيادي أبو مصعب الشامي يشغل منصب أمير في تنظيم داعش.",
     ("name:ابو_مصعب_الشامي", "MEMBER_OF", "islamic_state"), "iraqi_government"),
    ("وذكرت وكالة سانا أن وحدات من الفرقة 25 التابعة للجيش السوري انتشرت في ريف حماة.",
     ("tiger_forces", "PART_OF", "syrian_army"), "sana"),
    ("وبحسب المرصد السوري لحقوق الإنسان، قتل عناصر من الفرقة الرابعة التي يقودها ماهر الأسد في ريف حمص.",
     ("maher_al_assad", "LEADS", "syrian_fourth_division"), "sohr"),
    ("وذكرت قناة الجزيرة أن قوة الرضوان التابعة لحزب الله انسحبت من بلدة القصير.",
     ("radwan_force", "PART_OF", "hezbollah"), "al_jazeera"),
], ids=["according-to-a-government", "agency-reports", "according-to-a-monitor", "channel-reports"])
def test_a_source_named_first_credits_the_standing_facts_it_states(extract_text, text, triple, source):
    assert _source(extract_text, text, triple) == {source}


@pytest.mark.parametrize("text, triple", [
    ("تمركزت وحدات من الفرقة 25 التابعة للجيش السوري في ريف حماة، وفق ما أفادت وكالة سانا.",
     ("tiger_forces", "PART_OF", "syrian_army")),
    ("وقالت مصادر محلية لقناة الجزيرة إن قوة الرضوان التابعة لحزب الله انسحبت من بلدة القصير.",
     ("radwan_force", "PART_OF", "hezbollah")),
    ("ونقلت وكالة سانا عن قائد الأمن الداخلي في حمص، العميد مرهف النعسان، قوله إن خلية تابعة لتنظيم داعش هاجمت حاجزا.",
     ("name:مرهف_النعسان", "LEADS", "syrian_internal_security_forces")),
], ids=["named-after-the-claim", "outlet-only-told", "title-of-the-one-quoted"])
def test_otherwise_a_standing_fact_is_credited_to_no_one(extract_text, text, triple):
    assert _source(extract_text, text, triple) == {None}
