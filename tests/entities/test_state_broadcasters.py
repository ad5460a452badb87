"""Our own sentences: a definite outlet's noun (التلفزيون، الإذاعة، الوكالة، القناة، وكالة الأنباء),
a qualifier of the state's own (الرسمي، الحكومي، الوطني) and a nationality adjective, in either
order, name that state's broadcaster or agency: a media outlet, credited for what it reports.
Without the qualifier or the adjective the words name no new outlet here."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, eid", [
    ("وقال التلفزيون الرسمي النيجيري إن الجيش قتل عشرات المسلحين في ولاية بورنو.", "outlet:NG:التلفزيون"),
    ("وأعلنت الإذاعة الوطنية التشادية أن الجيش التشادي قصف مواقع بوكو حرام.", "outlet:TD:الاذاعه"),
    ("وأكدت وكالة الأنباء الرسمية الليبية أن قوات حفتر دخلت مدينة سبها.", "outlet:LY:وكاله_الانباء"),
    ("وبحسب القناة الصومالية الرسمية، هاجمت حركة الشباب بلدة بلدوين.", "outlet:SO:القناه"),
    ("وذكرت الإذاعة الوطنية المالية أن الجيش المالي دخل بلدة تساليت.", "outlet:ML:الاذاعه"),
], ids=["tv-official-adjective", "radio-national-adjective", "agency-two-words",
        "adjective-then-qualifier", "mali-qualified"])
def test_a_state_broadcaster_is_an_outlet(extract_text, text, eid):
    x = extract_text(text)
    assert eid in {m.entity_id for m in x.mentions if m.type == "MediaOutlet"}, [(m.text, m.type, m.entity_id) for m in x.mentions]


def test_the_broadcaster_is_credited(extract_text):
    x = extract_text("وقال التلفزيون الرسمي البوركيني إن الجيش قصف مواقع للمسلحين قرب مدينة جيبو.")
    assert "outlet:BF:التلفزيون" in {c.provenance.attributed_to for c in x.claims}, \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]


@pytest.mark.parametrize("text", [
    "وبث التلفزيون مشاهد من مدينة كسلا.",
    "وقالت الحكومة المالية إنها ستدفع الرواتب.",
    "وانتقد الوزير الوكالة التركية في مؤتمر صحفي.",
], ids=["no-qualifier-no-adjective", "no-outlet-noun", "no-qualifier"])
def test_no_new_outlet_without_its_parts(extract_text, text):
    x = extract_text(text)
    assert not [m for m in x.mentions if m.entity_id.startswith("outlet:")], [(m.text, m.entity_id) for m in x.mentions]
