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


# --- no type or relation name in code ----------------------------------------------------------

def ontology_names(g: rdflib.Graph) -> set[str]:
    """The kg:code and local name of every entity type (kg:Entity and its subclasses) and every
    relation (the sub-properties of kg:relation)."""
    terms = set(g.transitive_subjects(RDFS.subClassOf, KG.Entity)) | set(_relation_iris(g))
    return {str(t).split("#")[1] for t in terms} | {str(g.value(t, KG.code)) for t in terms if g.value(t, KG.code)}


def names_in_code(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, name) of every string literal of ``source`` that is one of ``names``."""
    return sorted((node.lineno, node.value) for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names)


def test_no_type_or_relation_name_is_written_in_code(ontology_graph):
    """Code names the role a type or relation plays (kg.language.names: TYPES.city,
    RELATIONS.located_in); which name plays it is data (ontology/roles.json)."""
    names = ontology_names(ontology_graph)
    assert {"Person", "City", "Entity", "LOCATED_IN", "locatedIn", "ATTACKED"} <= names
    found = {}
    for p in sorted((ROOT / "kg").rglob("*.py")):
        hits = names_in_code(p.read_text(encoding="utf-8"), names)
        if hits:
            found[p.relative_to(ROOT).as_posix()] = hits
    assert found == {}


def test_a_name_written_in_code_is_found(ontology_graph):
    names = ontology_names(ontology_graph)
    source = 'if m.type == "Person" or trig.relation in ("ATTACKED",):\n    add(a, "LOCATED_IN", b, "located_in:x")\n'
    assert names_in_code(source, names) == [(1, "ATTACKED"), (1, "Person"), (2, "LOCATED_IN")]
    assert names_in_code('x = TYPES.person  # "Person" in a comment\n', names) == []


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
