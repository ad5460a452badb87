"""A service branch of a force named with the force (القوات البرية للحرس الثوري، القوة البحرية في
الحرس الثوري، القوات البرية التابعة للحرس الثوري): the branch is its own node, the force is named
inside it, and the branch is PART_OF the force (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, branch", [
    ("وقالت القوات البرية للحرس الثوري إنها أجرت مناورات قرب الحدود.", "irgc_ground_forces"),
    ("وتقدمت القوة البرية في الحرس الثوري نحو المرتفعات.", "irgc_ground_forces"),
    ("ونشرت القوات البرية التابعة للحرس الثوري وحدات مدرعة.", "irgc_ground_forces"),
    ("وأعلنت القوات البحرية في الحرس الثوري احتجاز ناقلة نفط.", "irgc_navy"),
    ("وأعلنت القوة البحرية التابعة للحرس الثوري توقيف زورقين.", "irgc_navy"),
], ids=["ground-li", "ground-fi-singular", "ground-tabi", "navy-fi", "navy-tabi"])
def test_a_branch_named_with_its_force_is_part_of_it(extract_text, text, branch):
    from kg.language.names import RELATIONS
    claims = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    assert (branch, RELATIONS.part_of, "irgc") in claims


def test_a_branch_of_the_air_names_no_wing(extract_text):
    from kg.language.names import RELATIONS
    claims = {(c.subject, c.predicate, c.object)
              for c in extract_text("وقالت القوة الجوفضائية في الحرس الثوري إنها أطلقت صواريخ.").claims}
    assert ("irgc_aerospace_force", RELATIONS.part_of, "irgc") in claims


def test_the_force_alone_is_part_of_nothing(extract_text):
    from kg.language.names import RELATIONS
    claims = extract_text("وأجرى الحرس الثوري مناورات بحرية في الخليج.").claims
    assert not any(c.predicate == RELATIONS.part_of for c in claims)
