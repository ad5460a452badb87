"""An announcement whose object is a noun of killing (أعلنت الخلية، اليوم، مقتل أربعة مسلحين بعملية
نفذها الجهاز ...) credits the announcer as an announced verbal noun does; a source named in quotes
after بحسب ما / وفق ما and a verb of saying (وفق ما ذكره "تجمع أحرار حوران") is credited as one
named bare. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text", [
    "أعلنت خلية الإعلام الأمني مقتل ثلاثة عناصر من تنظيم داعش بضربة نفذتها القوات الجوية العراقية في وادي حوران.",
    "أعلنت خلية الإعلام الأمني، اليوم الخميس، مقتل ثلاثة عناصر من تنظيم داعش بضربة نفذتها القوات الجوية العراقية.",
    "أعلنت خلية الإعلام الأمني مصرع ثلاثة عناصر من تنظيم داعش بضربة نفذتها القوات الجوية العراقية في وادي حوران.",
], ids=["maqtal", "past-a-time-aside", "masra"])
def test_an_announced_death_credits_the_announcer(extract_text, text):
    assert _sources(extract_text, text, "KILLED") == {"security_media_cell"}


def test_an_announced_death_by_the_announcers_own_forces_is_uncredited(extract_text):
    """أعلنت حركة الشباب مقتل ... في هجوم شنه مقاتلوها: its own action, credited to no one."""
    text = "أعلنت حركة الشباب مقتل عشرة جنود من الجيش الكيني في هجوم شنه مقاتلو حركة الشباب على قاعدة لامو."
    claims = [c for c in extract_text(text).claims if c.subject == "al_shabaab"]
    assert claims and {c.provenance.attributed_to for c in claims} == {None}


@pytest.mark.parametrize("text", [
    'قصف الجيش الإسرائيلي أطراف بلدة نوى، وفق ما ذكره "تجمع أحرار حوران" على قناته.',
    "قصف الجيش الإسرائيلي أطراف بلدة نوى، بحسب ما أعلن «تجمع أحرار حوران» في بيان.",
    'قصف الجيش الإسرائيلي أطراف بلدة نوى، حسبما أفاد "تجمع أحرار حوران".',
], ids=["wafq-ma-dhakarahu", "bihasab-ma-a'lana", "hasabama-afada"])
def test_a_source_named_in_quotes_after_according_to_what(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED") == {"name:تجمع_احرار_حوران"}
