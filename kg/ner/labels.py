"""Label sets: NewsFANE's 50 fine classes, the model's middle classes, coarse PER/LOC/ORG/MISC, ontology types.

The model predicts *middle* classes: fine enough to type a node (Country, City, Government, Media ...),
coarse enough that each has training data. NewsFANE's person sub-classes (Politician, Athlete ...)
are merged: the text rarely tells them apart and the graph only needs Person.

NewsFANE follows the ACE-style taxonomy of Alotaibi & Lee (2014), where ``Group`` (العرب، المسلمين،
الاسرائيليين) and ``Police`` (a police or army officer, by name) are *person* classes, not organisations.
"""
from __future__ import annotations

COARSE = ("PER", "LOC", "ORG", "MISC")
SCORED = ("PER", "LOC", "ORG")

_FINE_TO_MIDDLE = {
    # people
    **dict.fromkeys(("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Businessperson", "Lawyer", "Engineer", "Police"), "Person"),
    "Group": "Group",                        # nationalities, religions, ethnic groups as people
    # places
    "Nation": "Nation",
    "Population-Center": "Population-Center",
    **dict.fromkeys(("State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
                     "Land-Region-Natural", "Water-Body", "Celestial"), "Region"),
    **dict.fromkeys(("Building-Grounds", "Airport", "Subarea-Facility", "Path"), "Facility"),
    # organisations
    "Government": "Government",
    "Media": "Media",
    "Sports": "Sports",
    **dict.fromkeys(("Non-Governmental", "Commercial", "Educational", "Religious_ORG", "Entertainment",
                     "Medical-Science"), "Organization"),
    # other named things (works, products, vehicles, weapons ...)
    **dict.fromkeys(("Book", "Movie", "Software", "Hardware", "Land", "Air", "Water", "Food", "Drug",
                     "Projectile", "Shooting", "Plant"), "Misc"),
}

MIDDLE_TO_COARSE = {
    "Person": "PER", "Group": "MISC",
    "Nation": "LOC", "Population-Center": "LOC", "Region": "LOC", "Facility": "LOC",
    "Government": "ORG", "Media": "ORG", "Sports": "ORG", "Organization": "ORG",
    "Misc": "MISC",
}

#: Middle class -> entity type code in ontology/kg.ttl (None: not a node type of ours).
MIDDLE_TO_ONTOLOGY = {
    "Person": "Person", "Group": None,
    "Nation": "Country", "Population-Center": "City", "Region": "Region", "Facility": "Facility",
    "Government": "Government", "Media": "MediaOutlet", "Sports": "Organization",
    "Organization": "Organization",      # the pipeline may retype to ArmedGroup from context
    "Misc": None,
}

#: Label spellings of other corpora -> ours (ANERcorp writes PERS).
_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "GPE": "LOC"}

#: Inverse of MIDDLE_TO_COARSE for corpora that are already coarse.
_COARSE_TO_MIDDLE = {"PER": "Person", "LOC": "Region", "ORG": "Organization", "MISC": "Misc"}


def middle_class(fine: str) -> str:
    """Middle class of a NewsFANE fine class or of a coarse class (unknown fine classes become Misc)."""
    if fine in MIDDLE_TO_COARSE:
        return fine
    coarse = _ALIASES.get(fine, fine)
    if coarse in _COARSE_TO_MIDDLE:
        return _COARSE_TO_MIDDLE[coarse]
    return _FINE_TO_MIDDLE.get(fine, "Misc")


def coarse_class(label_type: str) -> str:
    """PER/LOC/ORG/MISC of any class name we know (fine, middle or coarse, ANERcorp's PERS too)."""
    if label_type in MIDDLE_TO_COARSE:
        return MIDDLE_TO_COARSE[label_type]
    alias = _ALIASES.get(label_type, label_type)
    if alias in COARSE:
        return alias
    return MIDDLE_TO_COARSE[_FINE_TO_MIDDLE.get(label_type, "Misc")]


def map_tag(tag: str, to) -> str:
    """Apply a class mapping to an IOB tag: map_tag('B-Politician', middle_class) -> 'B-Person'."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, cls = tag.partition("-")
    return f"{prefix}-{to(cls)}"
