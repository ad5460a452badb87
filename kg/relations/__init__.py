"""Relations stage: turn trigger words and structural cues into Claims with provenance.

Verb and verbal-noun triggers come from ontology/triggers.json. Their subject is a following
actor (VSO), a pronoun suffix on the verbal noun (سيطرتها), a genitive after it (انسحاب القوات
الحكومية), the nearest preceding actor (SVO), or the actor the discourse is about. Objects follow
the trigger's preposition, with coordinated objects (على X وY). Structural cues give PART_OF,
LEADS, MEMBER_OF, SUPPORTS, BASED_IN and LOCATED_IN. Every claim carries the sentence, offsets,
the outlet or speaker the sentence credits, hedging and the event date.
"""
from kg.relations.extractor import RelationExtractor, extract
from kg.language.lexicon import load_lexicon

__all__ = ["RelationExtractor", "extract", "load_lexicon"]
