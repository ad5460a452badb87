"""A killing that a launched strike led to (our own sentences): شنت X غارة ... أدت إلى مقتل فلان /
وكان X قد شن عدوانا ...، ما أدى إلى استشهاد عدد من القادة، بينهم فلان: the one who launched the
strike KILLED the person, named after the killing word or among the killed (بينهم)."""
from __future__ import annotations

import pytest


def _killed(extraction):
    return {(c.subject, c.object) for c in extraction.claims if c.predicate == "KILLED"}


@pytest.mark.parametrize("text", [
    "وشنت إسرائيل غارة على مدينة صور أدت إلى مقتل القيادي في حزب الله فؤاد شكر.",
    "وكانت إسرائيل قد نفذت ضربة جوية في بيروت، ما أسفر عن مقتل عدد من الأشخاص، بينهم القيادي في حزب الله فؤاد شكر.",
], ids=["led-to", "among-them"])
def test_the_launcher_of_the_strike_killed(extract_text, text):
    killed = _killed(extract_text(text))
    assert any(s == "israel" and o.endswith(("fuad_shukr", "فواد_شكر", "فؤاد_شكر")) for s, o in killed), killed
