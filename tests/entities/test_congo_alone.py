"""الكونغو alone is the Democratic Republic of the Congo, the one node with الكونغو الديمقراطية;
الكونغو برازافيل stays the Republic (our own sentences)."""
from __future__ import annotations


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


def test_congo_alone_is_the_democratic_republic(resolve_text):
    r = resolve_text("وصل وزير الخارجية إلى الكونغو لبحث الأزمة مع حكومة كينشاسا.")
    assert ("الكونغو", "congo_kinshasa") in _ids(r)


def test_both_names_are_one_node(resolve_text):
    r = resolve_text("قالت الكونغو الديمقراطية إن المتمردين تقدموا. وأضافت الكونغو أنها ستدافع عن المدينة.")
    assert {eid for t, eid in _ids(r) if "الكونغو" in t} == {"congo_kinshasa"}


def test_congo_brazzaville_stays_the_republic(resolve_text):
    r = resolve_text("ووقعت الكونغو برازافيل اتفاقا تجاريا.")
    assert ("الكونغو برازافيل", "congo_brazzaville") in _ids(r)
