"""Our own sentences: a media office's name (المركز الإعلامي، المكتب الإعلامي، المكتب الصحفي،
الدائرة الإعلامية) followed by ل and a body kg knows is that body's media office, a media outlet
of its own, credited for what it reports (media_office:<the body's id>). The office's name
alone, or before something that is no body, names no outlet."""
from __future__ import annotations

import pytest


def _offices(x):
    return {m.text: m.entity_id for m in x.mentions if m.type == "MediaOutlet"}


@pytest.mark.parametrize("text, name, body", [
    ("وقال المكتب الإعلامي لحركة حماس إن طائرات الاحتلال قصفت مخيم النصيرات.",
     "المكتب الإعلامي لحركة حماس", "hamas"),
    ("وذكر المركز الإعلامي لقوات الدعم السريع أن الجيش قصف مدينة نيالا.",
     "المركز الإعلامي لقوات الدعم السريع", "rapid_support_forces"),
    ("وبحسب الدائرة الإعلامية لحزب الله، قصف الجيش الإسرائيلي بلدة عيتا الشعب.",
     "الدائرة الإعلامية لحزب الله", "hezbollah"),
    ("وأكد المكتب الصحفي للجيش الأوكراني أن القوات الروسية قصفت مدينة خاركيف.",
     "المكتب الصحفي للجيش الأوكراني", None),
], ids=["office-of-a-movement", "centre-after-dhakar", "department-after-bihasab", "press-office-of-an-army"])
def test_a_media_office_of_a_body_is_an_outlet(extract_text, text, name, body):
    x = extract_text(text)
    offices = _offices(x)
    assert name in offices, [(m.text, m.type, m.entity_id) for m in x.mentions]
    assert offices[name] in {c.provenance.attributed_to for c in x.claims}, \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]
    if body:
        assert offices[name] == "media_office:" + body


@pytest.mark.parametrize("text", [
    "وزار الوزير المركز الإعلامي في المدينة.",
    "وافتتح المحافظ المكتب الإعلامي للمحافظة أمس.",
], ids=["alone", "before-no-body"])
def test_no_media_office_without_a_body(extract_text, text):
    x = extract_text(text)
    assert not [m for m in x.mentions if m.entity_id.startswith("media_office:")], [(m.text, m.entity_id) for m in x.mentions]


@pytest.mark.parametrize("text, name", [
    ("وقال المركز الإعلامي للقوات المسلحة إن مسلحين هاجموا مواقع في مدينة الجوف.", "المركز الإعلامي للقوات المسلحة"),
    ("وأفاد المكتب الإعلامي للجيش بأن مسلحين هاجموا حاجزا قرب مدينة الجوف.", "المكتب الإعلامي للجيش"),
], ids=["armed-forces", "army"])
def test_a_media_office_of_the_forces_described(extract_text, text, name):
    x = extract_text(text)
    assert name in _offices(x), [(m.text, m.type, m.entity_id) for m in x.mentions]


def test_a_body_s_office_announcing_the_body_s_own_action_is_uncredited(extract_text):
    x = extract_text("وقال المكتب الإعلامي لحركة حماس إن مقاتلي حركة حماس هاجموا موقعا للجيش الإسرائيلي قرب مدينة رفح.")
    own = [c for c in x.claims if c.subject == "hamas"]
    assert own and all(c.provenance.attributed_to is None for c in own), \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]


def test_the_described_forces_office_is_the_story_s_army_s(extract_text):
    text = ("صد الجيش اليمني هجوما حوثيا على مواقعه في محافظة الجوف. "
            "وقال المركز الإعلامي للقوات المسلحة إن مدفعية الجيش قصفت تجمعات للحوثيين في الجوف.")
    x = extract_text(text)
    offices = {m.entity_id for m in x.mentions if m.type == "MediaOutlet"}
    assert "media_office:yemeni_army" in offices, [(m.text, m.entity_id) for m in x.mentions]
    own = [c for c in x.claims if c.subject == "yemeni_army" and c.provenance.sentence.startswith("وقال")]
    assert own and all(c.provenance.attributed_to is None for c in own), \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in own]
