"""Word classes and relation classes the relation rules test against (normalised spellings)."""
from __future__ import annotations

PLACE_TYPES = frozenset({"City", "Region", "Facility", "Country"})
ORG_TYPES = frozenset({"ArmedGroup", "StateForce", "Government", "Organization"})
ACTOR_TYPES = ORG_TYPES | {"Person", "Country"}
PLACE_RANK = {"Facility": 0, "City": 1, "Region": 2, "Country": 3}
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
BACKGROUND_RELATIONS = frozenset({"PART_OF", "LEADS", "MEMBER_OF", "BASED_IN", "LOCATED_IN", "ALLIED_WITH"})
PREFIXES = ("ي", "ت", "ن", "ا")


