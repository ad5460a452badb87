"""An organisation joined by و with its own verb right after it opens a new clause (headline style:
X يقتل مسلحين في الوادي والحشد الشعبي يطهر مناطق): it is that verb's subject, never the object of
the verb before."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, first, second", [
    ("جهاز مكافحة الإرهاب يقتل أربعة مسلحين في وادي حوران والحشد الشعبي يطهر مناطق في حمرين",
     "مكافحة الإرهاب", "الحشد الشعبي"),
    ("الجيش الصومالي يقتل عشرة مسلحين في جوهر وحركة الشباب تهاجم بلدة بلدوين", "الجيش الصومالي", "الشباب"),
    ("الجيش السوداني يقصف مواقع في مدينة الأبيض وقوات الدعم السريع يعلنون السيطرة على بارا",
     "الجيش السوداني", "الدعم السريع"),
])
def test_an_organisation_with_its_own_verb_is_no_object(extract_text, first, second, text):
    x = extract_text(text)
    assert not any(p in ("KILLED", "ATTACKED") and has_claim(x, first, p, second) for _, p, _ in claim_triples(x))


def test_coordinated_objects_without_a_verb_stay_objects(extract_text):
    x = extract_text("وقصف الجيش السوداني مواقع قوات الدعم السريع وحركة تحرير السودان في مدينة الفاشر.")
    assert has_claim(x, "الجيش السوداني", "ATTACKED", "الدعم السريع")
