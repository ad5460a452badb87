"""The city of an article's dateline (عمان - وكالة) puts its country in the context of every
sentence: a later bare mention of the name is that city, even where another country's adjectives
make most of the story (our own sentences)."""
from __future__ import annotations

from kg.language.names import TYPES

SYRIAN_STORY = ("عمان - وكالة الأنباء: ناقش وزير الداخلية مع نظيره السوري ملف اللاجئين السوريين على الحدود السورية. "
                "ورحب بالموقف السوري وبجهود الحكومة السورية في ضبط المعابر السورية. "
                "وانتهى اللقاء في عمان بتوقيع مذكرة تفاهم.")


def test_a_bare_name_after_a_dateline_is_the_dateline_city(resolve_text, registry):
    mentions = [m for m in resolve_text(SYRIAN_STORY).mentions if m.text == "عمان"]
    assert len(mentions) == 2 and {registry.entities[m.entity_id].type for m in mentions} == {TYPES.city}


def test_without_a_dateline_the_state_is_read(resolve_text, registry):
    text = "وتوجه الوزير إلى عمان لبحث العلاقات بين مسقط والرياض. وأكد السلطان دعم السلطنة العمانية للحوار."
    found = [m for m in resolve_text(text).mentions if m.text == "عمان"]
    assert found and registry.entities[found[0].entity_id].type == TYPES.country
