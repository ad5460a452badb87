"""ontology/roles.json: the role -> type/relation names the rules use, checked against kg.ttl."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.language.names import GROUPS, RELATIONS, TYPES, load_names, read_names
from ontology import path, vocabulary


def _data():
    return json.loads(path("roles.json").read_text(encoding="utf-8"))


def _read(data):
    v = vocabulary()
    return read_names(data, v.entity_codes, v.relation_codes)


def test_every_name_is_an_ontology_code():
    v = vocabulary()
    assert set(vars(TYPES).values()) <= set(v.entity_codes)
    assert set(vars(RELATIONS).values()) <= set(v.relation_codes)
    for group in vars(GROUPS).values():
        assert group and group <= set(v.entity_codes)
    assert set(load_names().recognised.values()) <= set(v.entity_codes)


def test_groups_are_written_as_roles():
    assert GROUPS.settlements == {TYPES.city, TYPES.region}
    assert GROUPS.fighting_forces == {TYPES.armed_group, TYPES.state_force}


def test_an_undeclared_type_is_a_one_line_error_naming_the_valid_ones():
    data = _data()
    data["types"]["city"] = "Town"
    with pytest.raises(KgError) as err:
        _read(data)
    message = str(err.value)
    assert "\n" not in message and "'city'" in message and "'Town'" in message and "Region" in message


def test_an_undeclared_relation_is_an_error():
    data = _data()
    data["relations"]["located_in"] = "LIES_IN"
    with pytest.raises(KgError, match="'LIES_IN'.*LOCATED_IN"):
        _read(data)


def test_a_missing_or_unknown_role_is_an_error_naming_the_roles():
    data = _data()
    del data["relations"]["leads"]
    with pytest.raises(KgError, match="misses role 'leads'; the roles are: captured"):
        _read(data)
    data = _data()
    data["types"]["village"] = "City"
    with pytest.raises(KgError, match="unknown role 'village'"):
        _read(data)


def test_a_group_naming_no_role_is_an_error():
    data = _data()
    data["groups"]["settlements"] = ["city", "town"]
    with pytest.raises(KgError, match="group 'settlements' names role 'town'"):
        _read(data)


def test_renamed_codes_come_through_without_code():
    """A renamed type or relation (kg.ttl and roles.json changed together) reaches the rules."""
    data = _data()
    data["types"]["city"] = "Town"
    data["relations"]["located_in"] = "LIES_IN"
    v = vocabulary()
    names = read_names(data, v.entity_codes + ("Town",), v.relation_codes + ("LIES_IN",))
    assert names.types.city == "Town" and names.relations.located_in == "LIES_IN"
    assert names.groups.settlements == {"Town", "Region"}
    assert names.recognised["Population-Center"] == "Town"
