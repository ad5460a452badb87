"""kg.entities.registered: registry names, the article's country, the candidate chosen."""
from __future__ import annotations

import pytest

from kg.entities.registered import choose, context_country, registry_spans


def test_a_registry_name_is_found_after_its_proclitic(registry, sentence):
    s = sentence("وقال مصدر بحمص إن الاشتباكات توقفت.")
    [span] = [x for x in registry_spans(s, registry) if x.source == "registry"]
    assert s.text[span.start - s.start:span.end - s.start] == "حمص"
    assert span.entity_id is None and span.candidates        # chosen later, per sentence


def test_a_name_inside_a_longer_name_is_kept_as_nested(registry, sentence):
    s = sentence("وقصفت الطائرات مدينة حمص فجرا.")
    spans = registry_spans(s, registry)
    assert [(x.i, x.j, x.source) for x in spans] == [(2, 4, "registry"), (3, 4, "nested")]


def test_choose_returns_a_new_span_and_leaves_the_found_one_alone(registry, sentence):
    s = sentence("وقال مصدر بحمص إن الاشتباكات توقفت.")
    span = registry_spans(s, registry)[0]
    chosen = choose(span, "SY", registry)
    assert chosen.entity_id == "homs" and chosen.type == registry.entities["homs"].type
    assert span.entity_id is None


def test_the_article_country_is_voted_by_its_places_and_adjectives(registry, sentence):
    sentences = [sentence("قصفت الطائرات السودانية مواقع في الخرطوم وأم درمان."),
                 sentence("وقال سكان في الخرطوم إن القصف استمر.")]
    assert context_country([registry_spans(s, registry) for s in sentences], sentences, registry) == "SD"


def test_known_names_drops_an_adjective_read_as_a_place(known):
    _s, spans, _nested = known("يقاتل الجيش الأبيض إلى جانب المعارضة.")
    assert "el_obeid" not in {x.entity_id for x in spans}
    _s, spans, _nested = known("وصلت القوات إلى مدينة الأبيض.")
    assert "el_obeid" in {x.entity_id for x in spans}


def _ids(spans):
    return {x.entity_id for x in spans}


def test_a_capital_named_like_another_country_is_the_capital_in_its_country_s_article(known):
    _s, spans, _n = known("وصل الوفد إلى عمان مساء الأحد.", country="JO")
    assert "amman" in _ids(spans) and "oman" not in _ids(spans)
    _s, spans, _n = known("وصل الوفد إلى عمان مساء الأحد.", country="SY")
    assert "oman" in _ids(spans)


def test_a_capital_named_like_another_country_is_the_capital_when_its_country_is_named_here(known):
    _s, spans, _n = known("وقال وزير الداخلية الأردني في عمان إن الحدود مفتوحة.", country="PS")
    assert "amman" in _ids(spans)
    _s, spans, _n = known("زار رئيس الوزراء الأردن ثم عاد إلى عمان.", country="PS")
    assert "amman" in _ids(spans)
    _s, spans, _n = known("قال الوزير الإيراني إن عمان تتوسط بين البلدين.", country="IR")
    assert "oman" in _ids(spans) and "amman" not in _ids(spans)


def test_a_city_in_context_does_not_displace_a_place_of_its_own_country(known):
    _s, spans, _n = known("قصفت الطائرات الإسرائيلية مناطق في غزة ليلا.", country="PS")
    assert "gaza_strip" in _ids(spans) and "gaza" not in _ids(spans)
    _s, spans, _n = known("وصل الرئيس إلى تونس صباحا.", country="TN")
    assert "tunisia" in _ids(spans)


def test_a_word_commoner_than_the_name_a_clitic_would_leave_is_that_word(resolve_text):
    text = "وقال المحلل كريم الشامي إن المفاوضات متعثرة."
    r = resolve_text(text)
    assert not any(m.source == "registry" and m.start == text.index("كريم") + 1 for m in r.mentions), \
        [(m.text, m.entity_id, m.source) for m in r.mentions]


def test_a_name_with_its_clitic_stays_the_name(resolve_text):
    r = resolve_text("وقصفت الطائرات أهدافا بحلب ولسوريا وغزة.")
    assert {"aleppo", "syria", "gaza_strip"} <= {m.entity_id for m in r.mentions}


@pytest.mark.parametrize("text, iso", [
    ("وفرضت واشنطن عقوبات على ميانمار أمس.", "MM"),
    ("ووصل اللاجئون من بورما إلى الحدود.", "MM"),
    ("وانسحبت القوات من جمهورية الكونغو الديمقراطية.", "CD"),
    ("ووقعت أفريقيا الوسطى اتفاقا مع الشركة.", "CF"),
], ids=["myanmar", "burma", "drc", "car"])
def test_a_country_by_the_name_the_press_uses(resolve_text, registry, text, iso):
    assert registry.country_entity[iso] in {m.entity_id for m in resolve_text(text).mentions}


def test_a_longer_name_starting_inside_a_shorter_one_wins(registry, sentence):
    s = sentence("وأعلنت فصائل المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد.")
    names = [" ".join(t.text for t in s.tokens[sp.i:sp.j]) for sp in registry_spans(s, registry)
             if sp.source == "registry"]
    assert "المقاومة الإسلامية في العراق" in names
    assert "فصائل المقاومة" not in names
    s = sentence("وقصفت فصائل المقاومة مواقع إسرائيلية.")            # nothing longer: the short name stays
    names = [" ".join(t.text for t in s.tokens[sp.i:sp.j]) for sp in registry_spans(s, registry)]
    assert "فصائل المقاومة" in names
