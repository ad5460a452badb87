"""Groups named by the community they come from (our own sentences): one node per community."""
from __future__ import annotations

import pytest


def _groups(resolved):
    from kg.language.names import TYPES
    return [(m.text, m.entity_id) for m in resolved.mentions if m.type == TYPES.armed_group]


@pytest.mark.parametrize("text, surface, eid", [
    ("وهاجمت مجموعات درزية مسلحة نقطة للشرطة قرب البلدة.", "مجموعات درزية مسلحة", "name:الدروز"),
    ("وطوقت العشائر البدوية الحي من ثلاث جهات.", "العشائر البدوية", "name:البدو"),
    ("وأفادت مصادر بأن مجموعات محلية من الدروز أغلقت الطريق.", "مجموعات محلية من الدروز", "name:الدروز"),
    ("وقصف مسلحون من العشائر البدوية قرية على أطراف المحافظة.", "مسلحون من العشائر البدوية", "name:البدو"),
    ("واتهمت عشائر البدو الحكومة بالتقصير.", "عشائر البدو", "name:البدو"),
    ("واشتبكت فصائل محلية علوية مع قوات الأمن في الريف.", "فصائل محلية علوية", "name:العلويين"),
], ids=["adjective-and-filler", "definite-head", "min-plural", "min-head-adjective", "construct", "filler-first"])
def test_a_group_noun_with_a_community_names_its_group(resolve_text, text, surface, eid):
    assert (surface, eid) in _groups(resolve_text(text))


def test_all_descriptions_of_one_community_are_one_node(resolve_text):
    found = _groups(resolve_text("واشتبك الدروز مع البدو في الحي. وقالت مجموعات درزية مسلحة إنها صدت الهجوم، "
                                 "فيما حشدت العشائر البدوية مقاتليها."))
    assert {eid for _, eid in found} == {"name:الدروز", "name:البدو"}
    assert len(found) == 4


def test_a_community_plural_alone_only_where_the_data_allows(resolve_text):
    found = _groups(resolve_text("وزار الوفد قرى يسكنها العلويين في الساحل."))
    assert found == []


def test_a_group_noun_with_another_adjective_names_no_community(resolve_text):
    found = _groups(resolve_text("وهاجمت مجموعات مسلحة مجهولة حاجزا على الطريق."))
    assert not any(eid.startswith("name:") and eid[5:] in ("الدروز", "البدو") for _, eid in found)


def test_the_pass_reads_its_data_from_the_ontology():
    from kg.language.cues import load_context_cues
    cc = load_context_cues()
    assert "الدروز" in cc.communities and "درزيه" in cc.communities["الدروز"]["adjectives"]
    assert "مجموعات" in cc.community_heads and "مسلحه" in cc.community_fillers
