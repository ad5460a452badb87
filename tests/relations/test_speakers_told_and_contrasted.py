"""Who a sentence credits when its speaker is told to an outlet, named after a spokesman's title,
set against a later unnamed source, or is a party of the clash it reports. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, relation, source", [
    ('وقال مصدر أمني في "قسد" لوكالة رويترز إن الجيش السوري قصف بلدة دير حافر.', "ATTACKED",
     "syrian_democratic_forces"),
    ("وقالت مصادر عسكرية في «الجيش السوداني» لقناة الجزيرة إن قوات الدعم السريع هاجمت مدينة الأبيض.",
     "ATTACKED", "sudanese_armed_forces"),
    ('وقال مسؤول في "حزب الله" لوكالة فرانس برس إن الجيش الإسرائيلي قصف بلدة الخيام.', "ATTACKED", "hezbollah"),
], ids=["double-quotes", "guillemets", "official-in"])
def test_sources_inside_a_quoted_body_speak_for_it(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


@pytest.mark.parametrize("text, relation, source", [
    ("وقال المتحدث باسم الجيش السوداني، العميد نبيل عبد الله، لوكالة رويترز إن قوات الدعم السريع قصفت مدينة الأبيض.",
     "ATTACKED", "nabil_abdallah"),
    ("وأكد الناطق باسم وزارة الدفاع الروسية، اللواء إيغور كوناشينكوف، في تصريح لوكالة تاس أن القوات الأوكرانية "
     "قصفت مدينة بيلغورود.", "ATTACKED", "name:ايغور_كوناشينكوف"),
    ("وأوضح المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، في حديث لقناة العربية، أن حزب الله هاجم مدينة صفد.",
     "ATTACKED", "avichay_adraee"),
], ids=["told-to-an-agency", "in-a-statement-to", "in-an-interview-with"])
def test_a_spokesman_named_between_commas_speaks_to_the_outlet(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


@pytest.mark.parametrize("text, relation", [
    ("وأفادت مصادر محلية بأن الطيران الروسي قصف مدينة إدلب، ولم يتسن للمرصد السوري التحقق من ذلك.", "ATTACKED"),
    ("قالت مصادر أهلية إن قوات الدعم السريع هاجمت مدينة الأبيض، وسط أنباء عن قتلى لم يتسن لوكالة رويترز التأكد منها.",
     "ATTACKED"),
    ("وذكر سكان أن الجيش الإسرائيلي توغل في بلدة كفركلا، دون أن يتسنى لقناة الجزيرة التثبت من روايتهم.", "ENTERED"),
], ids=["observatory", "agency", "channel"])
def test_an_outlet_that_could_not_verify_is_not_the_source(extract_text, text, relation):
    assert _sources(extract_text, text, relation) == {None}


@pytest.mark.parametrize("text, later", [
    ("وذكر الجيش الإسرائيلي أن طائراته قصفت مدينة جنين، فيما أكدت مصادر محلية أن حركة حماس هاجمت مستوطنة بيت إيل.",
     ("hamas", "ATTACKED")),
    ("وقال الجيش الأردني إن قواته قصفت مواقع للمهربين، بينما ذكرت مصادر عشائرية أن مسلحين من حزب الله دخلوا بلدة القصير.",
     ("hezbollah", "ENTERED")),
    ("وقال الجيش الإسرائيلي إن طائراته قصفت مدينة خان يونس، في حين أكدت مصادر طبية أن حركة حماس هاجمت معبر كرم أبو سالم.",
     ("hamas", "ATTACKED")),
    ("وأعلنت وزارة الدفاع الروسية أن قواتها سيطرت على بلدة أفدييفكا، بينما قال مسؤولون محليون إن القوات الأوكرانية "
     "قصفت مدينة دونيتسك.", ("ukrainian_armed_forces", "ATTACKED")),
], ids=["fima", "baynama", "fi-hin", "officials"])
def test_unnamed_sources_after_a_contrast_take_over_the_rest(extract_text, text, later):
    claims = [c for c in extract_text(text).claims if (c.subject, c.predicate) == later]
    assert claims and {c.provenance.attributed_to for c in claims} == {None}


@pytest.mark.parametrize("text", [
    "وأكد الجيش السوداني أن اشتباكات عنيفة اندلعت بين قوات الدعم السريع والجيش السوداني في مدينة الفاشر.",
    "وقال الجيش الإسرائيلي إن مسلحين من حركة حماس اشتبكوا مع الجيش الإسرائيلي في مدينة رفح.",
    "وأعلن حزب الله أن الجيش الإسرائيلي اشتبك مع حزب الله عند أطراف بلدة الخيام.",
], ids=["between", "with-the-speaker", "announced"])
def test_a_party_to_a_clash_reports_its_own_part(extract_text, text):
    assert _sources(extract_text, text, "CLASHED_WITH") == {None}


@pytest.mark.parametrize("text, source", [
    ("وقالت الجبهة الشعبية بزعامة جورج حبش إن الجيش الإسرائيلي قصف مدينة غزة.", "pflp"),
    ("وقالت حركة العدل والمساواة بقيادة جبريل إبراهيم إن قوات الدعم السريع قصفت مدينة الفاشر.",
     "justice_and_equality_movement"),
], ids=["headed-by", "led-by"])
def test_a_leader_named_after_the_speaking_body_only_describes_it(extract_text, text, source):
    assert _sources(extract_text, text, "ATTACKED") == {source}
