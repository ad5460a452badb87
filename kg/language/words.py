"""Word classes and type classes the relation rules test against (normalised spellings).

The type and relation classes come from ontology/kg.ttl (``ontology.vocabulary()``): each entity
type's ``kg:extractionRole`` and ``kg:placeRank``, each relation's ``kg:standingFact``."""
from __future__ import annotations

from ontology import vocabulary

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
CLAUSE_BREAKS = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")", "!", "?", "؟"})
QUOTES = frozenset({"«", "»", "\"", "“", "”", "'", "‘", "’", "″"})
RELATIVE = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"})
PARTITIVE_PLACES = frozenset({"مدن", "مناطق", "اجزاء", "انحاء", "قري", "بلدات", "احياء", "محافظات", "اراضي", "ولايات"})
ANAPHORIC_SOURCES = ("المصادر", "المصدر", "البيان", "الوكاله", "الصحيفه", "القناه", "الشبكه",
                     "التقرير", "المرصد")
DISCOURSE_LINKS = frozenset({"حيث", "كما", "ثم", "بعدما", "وقد", "فقد", "قد", "لقد", "ان", "انه", "انها", "انهم", "بان",
                             "وان", "اذ", "فيما", "بينما", "عندما", "حين", "بعد", "منذ", "و", "كذلك", "ايضا", "وكانت",
                             "وكان", "كانت", "كان", "فانها", "فانه", "لكنها", "لكنه"})
TIME_WORDS = frozenset({"مساء", "صباح", "فجر", "ظهر", "ليل", "امس", "اليوم", "الليله", "السبت", "الاحد", "الاثنين",
                        "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "يوم", "مساءا", "صباحا", "امس", "الماضي", "الجاري"})
QUANTITY_NOUNS = frozenset({"عشرات", "مئات", "الاف", "الاف", "الالاف", "عناصر", "مقاتلين", "مقاتلي", "مقاتلو", "افراد", "جنود",
                            "عدد", "قاده", "قادة", "مسلحين", "مسلحي", "وحدات", "قوات", "عنصرا", "مقاتلا",
                            "عده", "فصائل", "بعض", "احد", "احدي", "كتائب", "الوية", "مجموعات", "عناصر"})
FUNCTION_WORDS = frozenset({"و", "ف", "ثم", "كما", "حيث", "قد", "لقد", "وقد", "فقد", "بعد", "ان", "أن", "إن", "اليوم",
                            "امس", "الليله", "بينما", "فيما", "اذ", "وكان", "وكانت", "كان", "كانت", "ايضا", "ما", "لا", "لم"})
SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
# Standing facts (what belongs to, leads or lies in what) are background, not a report of an
# event: they are not credited to the outlet or speaker of their sentence.
BACKGROUND_RELATIONS = _VOCABULARY.standing
PREFIXES = ("ي", "ت", "ن", "ا")


