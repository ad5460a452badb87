"""The type and relation names the extraction rules use, asked for by role.

A rule never writes an ontology name. It names the role a type or relation plays for it
(``TYPES.person``, ``TYPES.city``, ``GROUPS.settlements``, ``RELATIONS.located_in``) and gets
the kg:code that plays it, as ``ontology/roles.json`` says. The recogniser's classes are mapped
to types there too (``RECOGNISED``: NewsFANE's ``Nation`` -> the country type).

When it loads, every name of roles.json is checked against the vocabulary of ``ontology/kg.ttl``
and every role a rule asks for must be given: a mistake is one ``KgError`` line naming the bad
value and the valid choices. Renaming a type or relation is a change of data (kg.ttl, roles.json
and the data files that name it), not of code.

The type classes read from kg.ttl annotations (places, organisations, actors, speakers) are in
``kg.language.words``; this module gives the single types and the small groups the rules test.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Mapping

from kg.errors import KgError

ROLES_FILE = "roles.json"


@dataclass(frozen=True)
class TypeNames:
    """The entity type that plays each role."""
    person: str
    armed_group: str
    state_force: str
    government: str
    organisation: str          # any other organisation (the recogniser's ORG until context says more)
    country: str
    city: str
    region: str
    facility: str
    outlet: str                # a news outlet: credited with sentences, never an actor


@dataclass(frozen=True)
class TypeGroups:
    """Small sets of types a rule tests against, each written in roles.json as a list of roles."""
    settlements: frozenset[str]        # a town or a region: what a countryside or district is of
    areas: frozenset[str]              # a settlement or a country: what can give a name to a group or site
    local_places: frozenset[str]       # places that are not a country
    fighting_forces: frozenset[str]    # the armed bodies: groups and state forces
    state_actors: frozenset[str]       # bodies that stand for their country (a government)
    adjective_groups: frozenset[str]   # what a plural nisba can name (الحوثيين -> الحوثية)
    claimed_speakers: frozenset[str]   # who is named as the one who said a sentence


@dataclass(frozen=True)
class RelationNames:
    """The relation type each rule emits or tests, by the role it plays."""
    captured: str
    attacked: str
    clashed_with: str
    killed: str
    released_prisoners: str
    part_of: str
    leads: str
    member_of: str
    supports: str
    allied_with: str
    based_in: str
    met_with: str
    located_in: str
    besieged: str
    withdrew_from: str
    entered: str
    advanced_toward: str
    fled_from: str


@dataclass(frozen=True)
class Names:
    types: TypeNames
    groups: TypeGroups
    relations: RelationNames
    recognised: Mapping[str, str]      # recogniser class -> entity type code


def _roles(section: str, given: dict, wanted: tuple[str, ...]) -> None:
    missing = [r for r in wanted if r not in given]
    unknown = [r for r in given if r not in wanted]
    if missing or unknown:
        bad = f"misses role {missing[0]!r}" if missing else f"has unknown role {unknown[0]!r}"
        raise KgError(f"{ROLES_FILE}: {section} {bad}; the roles are: {', '.join(wanted)}")


def _code(section: str, role: str, code, valid: tuple[str, ...]) -> str:
    if code not in valid:
        raise KgError(f"{ROLES_FILE}: {section} role {role!r} names {code!r}, which ontology/kg.ttl does not "
                      f"declare; valid: {', '.join(valid)}")
    return code


def read_names(data: dict, entity_codes: tuple[str, ...], relation_codes: tuple[str, ...]) -> Names:
    """Names from the parsed roles.json, checked against the type and relation codes of kg.ttl."""
    type_roles = tuple(f.name for f in fields(TypeNames))
    _roles("types", data.get("types", {}), type_roles)
    types = {r: _code("types", r, data["types"][r], entity_codes) for r in type_roles}
    group_names = tuple(f.name for f in fields(TypeGroups))
    _roles("groups", data.get("groups", {}), group_names)
    groups = {}
    for g in group_names:
        for r in data["groups"][g]:
            if r not in types:
                raise KgError(f"{ROLES_FILE}: group {g!r} names role {r!r}; the type roles are: {', '.join(type_roles)}")
        groups[g] = frozenset(types[r] for r in data["groups"][g])
    relation_roles = tuple(f.name for f in fields(RelationNames))
    _roles("relations", data.get("relations", {}), relation_roles)
    relations = {r: _code("relations", r, data["relations"][r], relation_codes) for r in relation_roles}
    recognised = {}
    for cls, r in data.get("recogniser_classes", {}).items():
        if r not in types:
            raise KgError(f"{ROLES_FILE}: recogniser class {cls!r} names role {r!r}; the type roles are: "
                          f"{', '.join(type_roles)}")
        recognised[cls] = types[r]
    return Names(TypeNames(**types), TypeGroups(**groups), RelationNames(**relations),
                 MappingProxyType(recognised))


@functools.lru_cache(maxsize=1)
def load_names() -> Names:
    """roles.json, read once and checked against kg.ttl."""
    from ontology import path, vocabulary
    v = vocabulary()
    data = json.loads(path(ROLES_FILE).read_text(encoding="utf-8"))
    return read_names(data, v.entity_codes, v.relation_codes)


_NAMES = load_names()
TYPES = _NAMES.types
GROUPS = _NAMES.groups
RELATIONS = _NAMES.relations
RECOGNISED = _NAMES.recognised
