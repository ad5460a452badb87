"""A place a cue names in full (مدينة آدم يبال) is that place wherever its name recurs, even where
the registry knows a shorter place inside it (آدم): kg.entities.coreference.propagate_names."""
from __future__ import annotations


def test_the_longer_name_recurs_as_the_cued_place(resolve_text):
    r = resolve_text("هاجمت حركة الشباب مواقع الجيش الصومالي في مدينة آدم يبال فجرا. "
                     "ويخشى السكان أن تسقط آدم يبال مرة أخرى.")
    ids = [m.entity_id for m in r.mentions if m.text.startswith(("آدم", "مدينة آدم"))]
    assert ids and len(set(ids)) == 1 and ids[0].startswith("name:")
    assert "adam" not in {m.entity_id for m in r.mentions}


def test_the_shorter_registry_place_alone_stays(resolve_text):
    r = resolve_text("وصل الوفد إلى مدينة حلب الجديدة. وقال سكان في حلب إن الوضع هادئ.")
    assert "aleppo" in {m.entity_id for m in r.mentions if m.text == "حلب"}
