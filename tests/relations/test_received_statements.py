"""An outlet that received a body's statement (بيان تلقته وكالة X) is no source of what the body
says in it, on our own sentences (none taken from an article)."""
from __future__ import annotations


def test_the_outlet_that_received_a_statement_is_no_source(extract_text):
    x = extract_text("وقالت الشرطة في بيان تلقاه موقع الحرة إن الحشد الشعبي سيطر على بلدة البغدادي.")
    assert [c.provenance.attributed_to for c in x.claims if c.predicate == "CAPTURED"] == ["police:IQ"]
    x = extract_text("وقال الجهاز في بيان تلقته وكالة شفق نيوز إن الحشد الشعبي سيطر على بلدة البغدادي.")
    assert all(c.provenance.attributed_to != "shafaq_news" for c in x.claims)


def test_an_outlet_that_says_it_is_still_the_source(extract_text):
    x = extract_text("وقالت وكالة شفق نيوز إن الحشد الشعبي سيطر على بلدة البغدادي.")
    assert [c.provenance.attributed_to for c in x.claims if c.predicate == "CAPTURED"] == ["shafaq_news"]
