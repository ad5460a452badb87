"""Word classes and type classes the extraction rules test against.

The word classes are data in ontology/words.json (normalised spellings, loaded as written). The
type and relation classes come from ontology/kg.ttl (``ontology.vocabulary()``): each entity type's
``kg:extractionRole`` and ``kg:placeRank``, each relation's ``kg:standingFact``."""
from __future__ import annotations

import json

from ontology import path, vocabulary

_VOCABULARY = vocabulary()
#: places, countries included (a country is a place that also acts as its state)
PLACE_TYPES = _VOCABULARY.types_with_role("place", "state")
#: bodies that act, have members and parts
ORG_TYPES = _VOCABULARY.types_with_role("organisation")
#: what can be the subject or object of an event (not an outlet: it is credited, not an actor)
ACTOR_TYPES = _VOCABULARY.types_with_role("organisation", "person", "state")
#: who can be credited with a sentence (an outlet, an organisation, a person, a state)
SPEAKER_TYPES = _VOCABULARY.types_with_role("organisation", "person", "state", "source")
#: place type -> size rank, for containment (a Facility lies in a City, in a Region, in a Country)
PLACE_RANK = _VOCABULARY.place_rank
_WORDS = json.loads(path("words.json").read_text(encoding="utf-8"))

# relation rules
CLAUSE_BREAKS = frozenset(_WORDS["clause_breaks"])
QUOTES = frozenset(_WORDS["quotes"])
RELATIVE = frozenset(_WORDS["relative_pronouns"])
MASCULINE_RELATIVE = frozenset(_WORDS["masculine_relatives"])
FEMININE_RELATIVE = frozenset(_WORDS["feminine_relatives"])
FEMININE_ENDINGS = tuple(_WORDS["feminine_endings"])
DETACHED_PROCLITICS = frozenset(_WORDS["detached_proclitics"])
TIME_SPAN_OPENERS = frozenset(_WORDS["time_span_openers"])
TIME_SPAN_WORDS = frozenset(_WORDS["time_span_words"])
PARTITIVE_PLACES = frozenset(_WORDS["partitive_places"])
ANAPHORIC_SOURCES = tuple(_WORDS["anaphoric_sources"])
BACK_REFERENCES = frozenset(_WORDS["back_references"])
PRONOUN_PREPOSITIONS = frozenset(_WORDS["pronoun_prepositions"])
AMONG_WORDS = frozenset(_WORDS["among_words"])
FLAG_NOUNS = frozenset(_WORDS["flag_nouns"])
NEGATIONS = frozenset(_WORDS["negations"])
BARE_COMPLEMENTISERS = frozenset(_WORDS["bare_complementisers"])
DEMONSTRATIVES = frozenset(_WORDS["demonstratives"])
NOT_DONE_LINKS = frozenset(_WORDS["not_done_links"])
BACK_REFERENCE_RELATIVES = frozenset(tuple(pair) for pair in _WORDS["back_reference_relatives"])
DISCOURSE_LINKS = frozenset(_WORDS["discourse_links"])
TIME_WORDS = frozenset(_WORDS["time_words"])
TIME_ADVERBS = frozenset(_WORDS["time_adverbs"])
QUANTITY_NOUNS = frozenset(_WORDS["quantity_nouns"])
QUANTIFIERS = frozenset(_WORDS["quantifiers"])
FUNCTION_WORDS = frozenset(_WORDS["function_words"])
SUFFIXES = tuple(_WORDS["pronoun_suffixes"])
PLURAL_SUFFIXES = tuple(_WORDS["plural_pronoun_suffixes"])
ARMED_GROUP_ALIAS_HEADS = {k: frozenset(v) for k, v in _WORDS["armed_group_alias_heads"].items()}
PREFIXES = tuple(_WORDS["present_prefixes"])
COMPLEMENTISERS = frozenset(_WORDS["complementisers"])
SPEECH_OPENERS = frozenset(_WORDS["speech_openers"])
# Standing facts (what belongs to, leads or lies in what) are background, not a report of an
# event: they are not credited to the outlet or speaker of their sentence.
BACKGROUND_RELATIONS = _VOCABULARY.standing

# entities stage
PREPOSITIONS = frozenset(_WORDS["prepositions"])
FACILITY_ADJECTIVES = tuple(_WORDS["facility_adjectives"])
FACILITY_ADJECTIVES_OF_TIME = frozenset(_WORDS["facility_adjectives_of_time"])
DIRECTION_BASE = dict(_WORDS["direction_bases"])
ARMED_WORDS = tuple(_WORDS["armed_words"])
LIST_SEPARATORS = frozenset(_WORDS["list_separators"])
DASHES = frozenset(_WORDS["dashes"])
ALIAS_PUNCT = frozenset(_WORDS["alias_punctuation"])
BRACKETS = dict(_WORDS["bracket_pairs"])         # ( -> ): a name in brackets after another restates it

# used inside single rules
OFFICE_ADJECTIVES = frozenset(_WORDS["office_adjectives"])
COMPOUND_NAME_ENDS = frozenset(_WORDS["compound_name_ends"])
NISBA_ENDINGS = tuple(_WORDS["nisba_endings"])
ALIAS_MARKERS = frozenset(_WORDS["alias_markers"])
GOVERNING_PREPOSITIONS = frozenset(_WORDS["governing_prepositions"])
FORCE_NOUNS = frozenset(_WORDS["force_nouns"])
CAUSE_PREPOSITIONS = frozenset(_WORDS["cause_prepositions"])
CORE_PREPOSITIONS = frozenset(_WORDS["core_prepositions"])
NON_NAME_STARTS = tuple(_WORDS["non_name_starts"])
SPEAKER_NAME_ENDS = frozenset(_WORDS["speaker_name_ends"])
ORDINAL_REFERENCES = frozenset(_WORDS["ordinal_references"])
RESUMPTIVE_SUFFIXES = tuple(_WORDS["resumptive_suffixes"])
CONTINUATION_WORDS = tuple(_WORDS["continuation_words"])
CONTRAST_LINKS = frozenset(_WORDS["contrast_links"])
MEMBERSHIP_LINKS = frozenset(_WORDS["membership_links"])
POST_PLACE_LINKS = frozenset(_WORDS["post_place_links"])
CLAUSE_COMPLEMENTISERS = frozenset(_WORDS["clause_complementisers"])
SUBJECT_PRONOUNS = frozenset(_WORDS["subject_pronouns"])
GLOSS_PRONOUNS = frozenset(_WORDS["gloss_pronouns"])
DIRECTION_NAMES_EN = dict(_WORDS["direction_names_en"])
COMPOUND_DIRECTION_FIRSTS = frozenset(_WORDS["compound_directions"]["first"])    # شمال، جنوب
COMPOUND_DIRECTION_SECONDS = frozenset(_WORDS["compound_directions"]["second"])  # شرق، غرب
HOMOGRAPH_GIVEN_NAMES = frozenset(_WORDS["homograph_given_names"])   # as written: ي, not ى
PERSON_NOUNS = frozenset(_WORDS["person_nouns"])
VOCALISED_NAMES = dict(_WORDS["vocalised_names"])                  # as written, shadda and damma kept
CAPITAL_NOUNS = frozenset(_WORDS["capital_nouns"])
