"""ontology/kg.ttl is the one list of type and relation names: shapes.ttl, the trigger lexicon and
the names written in rule code are checked against it."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import KgError
from ontology import NAMESPACE, path, vocabulary

KG = rdflib.Namespace(NAMESPACE)
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
ROOT = Path(__file__).resolve().parents[2]


def _relation_iris(g: rdflib.Graph) -> set:
    return {s for s in g.subjects(RDFS.subPropertyOf, KG.relation)}


def shapes_problems(ontology: rdflib.Graph, shapes: rdflib.Graph) -> list[str]:
    """What shapes.ttl gets wrong against kg.ttl: a relation of kg.ttl that a relation shape does
    not target, a target that is no relation, a kg: term kg.ttl does not declare."""
    relations = _relation_iris(ontology)
    problems = []
    for shape in (KG_SHAPES.RelationEndsShape, KG_SHAPES.RelationTargetShape):
        for target in (SH.targetSubjectsOf, SH.targetObjectsOf):
            targeted = set(shapes.objects(shape, target))
            if not targeted:
                continue
            problems += [f"{shape.split('#')[1]} {target.split('#')[1]} misses {r.split('#')[1]}"
                         for r in sorted(relations - targeted)]
            problems += [f"{shape.split('#')[1]} {target.split('#')[1]} names {r.split('#')[1]}, no relation of kg.ttl"
                         for r in sorted(targeted - relations)]
    declared = set(ontology.subjects())
    used = {t for triple in shapes for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(NAMESPACE)}
    problems += [f"shapes.ttl uses kg:{t.split('#')[1]}, which kg.ttl does not declare" for t in sorted(used - declared)]
    return problems


KG_SHAPES = rdflib.Namespace("https://w3id.org/kg-arabic-news/shapes#")


@pytest.fixture(scope="module")
def ontology_graph():
    return rdflib.Graph().parse(path("kg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes_graph():
    return rdflib.Graph().parse(path("shapes.ttl"), format="turtle")


def test_shapes_target_every_relation_of_the_ontology(ontology_graph, shapes_graph):
    assert shapes_problems(ontology_graph, shapes_graph) == []


def test_a_relation_missing_from_the_shapes_is_found(ontology_graph, shapes_graph):
    extended = rdflib.Graph()
    for t in ontology_graph:
        extended.add(t)
    extended.add((KG.negotiatedWith, RDF.type, OWL.ObjectProperty))
    extended.add((KG.negotiatedWith, RDFS.subPropertyOf, KG.relation))
    problems = shapes_problems(extended, shapes_graph)
    assert "RelationEndsShape targetSubjectsOf misses negotiatedWith" in problems
    assert "RelationTargetShape targetObjectsOf misses negotiatedWith" in problems


def test_a_shape_naming_an_undeclared_term_is_found(ontology_graph, shapes_graph):
    broken = rdflib.Graph()
    for t in shapes_graph:
        broken.add(t)
    broken.add((KG_SHAPES.RelationEndsShape, SH.targetSubjectsOf, KG.capturd))
    problems = shapes_problems(ontology_graph, broken)
    assert "RelationEndsShape targetSubjectsOf names capturd, no relation of kg.ttl" in problems
    assert "shapes.ttl uses kg:capturd, which kg.ttl does not declare" in problems


def test_every_type_has_an_extraction_role_that_fits_its_class(ontology_graph):
    v = vocabulary()
    roles = dict(v.roles)
    assert set(roles) == set(v.entity_codes)
    by_code = {str(o): s for s, o in ontology_graph.subject_objects(KG.code)}
    for code, role in roles.items():
        parents = set(ontology_graph.transitive_objects(by_code[code], RDFS.subClassOf))
        expected = KG.Place if role in ("place", "state") else KG.Actor
        assert expected in parents, f"{code} has role {role} but is not a subclass of {expected}"
    assert set(v.place_rank) == v.types_with_role("place", "state")


def test_the_rules_see_the_type_classes_they_had():
    """The type classes the rules test against, now read from kg.ttl, are those the rules were
    written for (a change here changes what the extractor finds)."""
    from kg.language import words
    assert words.PLACE_TYPES == {"City", "Region", "Facility", "Country"}
    assert words.ORG_TYPES == {"ArmedGroup", "StateForce", "Government", "Organization"}
    assert words.ACTOR_TYPES == words.ORG_TYPES | {"Person", "Country"}
    assert words.SPEAKER_TYPES == words.ORG_TYPES | {"Person", "MediaOutlet", "Country"}
    assert words.PLACE_RANK == {"Facility": 0, "City": 1, "Region": 2, "Country": 3}
    assert words.BACKGROUND_RELATIONS == {"PART_OF", "LEADS", "MEMBER_OF", "BASED_IN", "LOCATED_IN", "ALLIED_WITH"}


def test_an_unknown_role_is_named():
    with pytest.raises(KeyError, match="'actorish'.*organisation, person"):
        vocabulary().types_with_role("actorish")


# --- names written in rule code ------------------------------------------------------------------

NAMED_FIELDS = {"type", "relation", "predicate", "etype", "rel"}


def names_in_rules(source: str) -> set[str]:
    """String constants a rule compares a type or relation with (``m.type == "Person"``,
    ``trig.relation in ("ATTACKED", ...)``) or gives a claim (``self._claim(view, a, "SUPPORTS", ...)``)."""
    out: set[str] = set()

    def strings(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            for e in node.elts:
                yield from strings(e)

    def named(node):
        return (isinstance(node, ast.Attribute) and node.attr in NAMED_FIELDS) or \
            (isinstance(node, ast.Name) and node.id in NAMED_FIELDS)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(named(s) for s in sides):
                for s in sides:
                    out.update(strings(s))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "_claim" \
                and len(node.args) >= 3:
            out.update(strings(node.args[2]))
    return out


def test_names_in_rule_code_are_declared_in_the_ontology():
    v = vocabulary()
    codes = set(v.entity_codes) | set(v.relation_codes)
    found = {}
    for pkg in ("kg/entities", "kg/relations", "kg/language"):
        for p in sorted((ROOT / pkg).rglob("*.py")):
            for name in names_in_rules(p.read_text(encoding="utf-8")):
                found.setdefault(name, p.relative_to(ROOT).as_posix())
    assert {"Person", "ATTACKED", "SUPPORTS"} <= set(found)      # the scan sees rule code
    unknown = {n: f for n, f in found.items() if n.isascii() and n.isidentifier() and n not in codes}
    assert unknown == {}


def test_a_misspelt_name_in_a_rule_is_found():
    assert names_in_rules('if m.type == "Persn" or trig.relation in ("ATTACKD",):\n    pass\n') == {"Persn", "ATTACKD"}
    assert names_in_rules('self._claim(view, a, "SUPORTS", b, "rule", 0.9, s)\n') == {"SUPORTS"}


# --- the trigger lexicon against the vocabulary ------------------------------------------------------

def test_the_lexicon_names_only_relations_of_the_ontology():
    from kg.language.lexicon import load_lexicon
    relations = {t.relation for ts in load_lexicon().forms.values() for t in ts}
    assert relations and relations <= set(vocabulary().relation_codes)


def test_an_unknown_relation_in_the_lexicon_is_a_one_line_error(tmp_path, monkeypatch):
    import ontology
    from kg.language import lexicon

    triggers = json.loads(path("triggers.json").read_text(encoding="utf-8"))
    triggers["verbs"][0] = {**triggers["verbs"][0], "relation": "NEGOTIATED_WITH"}
    (tmp_path / "triggers.json").write_text(json.dumps(triggers, ensure_ascii=False), encoding="utf-8")
    real = ontology.path
    monkeypatch.setattr(ontology, "path", lambda name: tmp_path / name if (tmp_path / name).exists() else real(name))
    lexicon.load_lexicon.cache_clear()
    try:
        with pytest.raises(KgError) as err:
            lexicon.load_lexicon()
    finally:
        lexicon.load_lexicon.cache_clear()
    message = str(err.value)
    assert "\n" not in message
    assert "'NEGOTIATED_WITH'" in message and repr(triggers["verbs"][0]["past"][0]) in message
    assert "CAPTURED" in message and "MET_WITH" in message
