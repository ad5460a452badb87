"""Shapes of names, shared by the passes that find new names (cues, speakers, the recogniser's
names, anaphors): which words are adjectives, verbs of the trigger lexicon, given and family
names; where a personal name ends. No pass of its own.
"""
from __future__ import annotations

import functools

from kg.arabic import is_word, normalise, proclitic_variants
from kg.entities.spans import covers
from kg.language.cues import Cues, load_context_cues
from kg.language.lexicon import load_lexicon
from kg.language.words import (QUANTIFIERS, SUFFIXES, TIME_WORDS, BARE_COMPLEMENTISERS, COMPLEMENTISERS, COMPOUND_NAME_ENDS, FUNCTION_WORDS, NISBA_ENDINGS,
                              QUANTITY_NOUNS)
from kg.registry import Registry


@functools.lru_cache(maxsize=20_000)
def bare_words(text: str) -> tuple[str, ...]:
    """The normalised words of a text without the proclitics before their article (وبالحكومة ->
    الحكومة، للجيش -> الجيش); a word without the article keeps its first letters (وزارة، باراك،
    لبنان: a proclitic there cannot be told from the word's own letter)."""
    return tuple(_without_proclitics(w) for w in normalise(text).split())


@functools.lru_cache(maxsize=100_000)
def _without_proclitics(word: str) -> str:
    """والجيش، فبالمدينة، كالحكومة -> the word from its article; للجيش، وللقوات -> الجيش، القوات."""
    rest = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 4 else word
    if rest.startswith(_LAM_LAM) and len(rest) > 3:
        return _ARTICLE + rest[2:]
    if rest[:1] in _PREPOSITIONS and rest[1:3] == _ARTICLE and len(rest) > 4:
        return rest[1:]
    return rest if rest is not word and rest.startswith(_ARTICLE) else word


_CONJUNCTIONS, _PREPOSITIONS = "وف", "بك"          # one-letter proclitics (ل with the article: لل)
_ARTICLE, _LAM_LAM = normalise("ال"), normalise("لل")


def written_definite(token) -> bool:
    """الجيش، الروسي: a word written with the article. أليكسي، ألكسندر، إلهام normalise to the same
    first letters, but a hamza on the alef says they start with no article (a foreign given name)."""
    return token.norm.startswith(_ARTICLE) and token.text[:1] not in _HAMZA_ALEFS


_HAMZA_ALEFS = "أإآ"


def is_adjective(norm: str, cues: Cues, reg: Registry) -> bool:
    """A word that qualifies a name rather than being one: a stop word, a nationality, a
    direction, or a definite nisba (العسكرية) the cues do not list as a noun."""
    return (norm in cues.stop or norm in reg.nationality or norm in cues.directions
            or (norm.startswith("ال") and norm.endswith(NISBA_ENDINGS) and len(norm) > 4
                and norm not in cues.not_adjectives))


def is_rare_word(text: str, most: float = 3.0) -> bool:
    """كادرا، زواتين، كاخوفكا: a word the Arabic word-frequency list hardly knows (below Zipf
    ``most``) and knows with the article not at all (below Zipf 2): a word of a transliterated
    name, not an Arabic word going on with the sentence (تبعد، صباح، شرقا)."""
    from kg.ner.features import word_zipf
    from kg.ner.text import normalise as folded
    table = word_zipf()
    word = folded(text)
    if word.endswith("يا") and len(word) > 4:
        word = word[:-1]       # سكنيا: the accusative of سكني (the list has the word, not its case ending)
    z = table.get(word)
    return (z is None or float(z) < most) and ("ال" + word) not in table


def is_ordinary_noun(text: str, common: float = 3.5) -> bool:
    """كهرباء، نفط، مشرفة: an indefinite word the word-frequency list knows well both as written and
    with the article (a common noun or adjective of the language), and no known given or family
    name: after a site's or an area's cue it says what kind of site it is (محطة كهرباء، مصفاة
    نفط، تلال مشرفة), it names none (معبر نصيب، سد تشرين: a name the list knows less with the
    article stays a name)."""
    from kg.ner.features import word_zipf
    from kg.ner.text import normalise as folded
    table = word_zipf()
    word = folded(text)
    if word.startswith("ال") or len(word) < 3 or normalise(text) in name_parts()[0]:
        return False           # (مستشفى حمد، مدينة خليفة: a man's given name)

    def freq(w):
        z = table.get(w)
        return float(z) if z is not None else 0.0
    return freq(word) >= common and freq("ال" + word) >= common


def is_describing_adjective(text: str, feminine: bool, common: float = 3.3) -> bool:
    """صغيرة، مجاورة، آمنة after قرية، بلدة، منطقة; سكني، مؤقت، ميداني after حي، مخيم، مستشفى: an
    indefinite word that agrees with its noun's gender (ة after a feminine noun, none after a
    masculine one), common in the word-frequency list with and without the article, and whose other
    gender is common too (صغير، سكنية): an adjective describing the place, not its name (a town
    named by a rare word or a word of one gender only keeps its name: بلدة مضايا، بلدة بصرى)."""
    from kg.ner.features import word_zipf
    from kg.ner.text import normalise as folded
    table = word_zipf()
    word = folded(text)
    if word.endswith("يا") and len(word) > 4:
        word = word[:-1]       # سكنيا: the accusative of سكني
    if word.startswith("ال") or len(word) < 3:
        return False
    if feminine:
        if word in ("اخري",):
            other = "اخر"
        elif word.endswith("ة"):
            other = word[:-1]
        else:
            return False
    elif word.endswith("ة"):
        return False
    else:
        other = word + "ة"

    def freq(w):
        z = table.get(w)
        return float(z) if z is not None else 0.0
    return freq(word) >= common and freq("ال" + word) >= common and freq(other) >= 3.0


def is_trigger(norm: str) -> bool:
    """A form of the trigger lexicon (ينسحب، وقصفت): a verb, not a name."""
    forms = load_lexicon().forms
    return any(stem in forms for prefix, stem in proclitic_variants(norm) if prefix in ("", "و", "ف"))


def is_trigger_noun(norm: str) -> bool:
    """A trigger form that the lexicon knows only as a verbal noun (تحرير، إنقاذ، انسحاب), never
    as a verb (تقاتل، يقاتل، حرر): a noun that may be a word of a body's name (حركة تحرير أزواد)."""
    forms = load_lexicon().forms
    triggers = [t for prefix, stem in proclitic_variants(norm) if prefix in ("", "و", "ف")
                for t in forms.get(stem, ())]
    return bool(triggers) and all(t.kind == "masdar" for t in triggers)


# The verb forms whose verbal noun has a pattern no place or person name shares (تصعيد، مواجهة،
# تبادل، انسحاب، اقتحام، استهداف); form I nouns are not predictable, and the patterns of forms IV
# and V (إفعال، تفعّل) are also names' shapes (اعزاز، تدمر).
_VERBAL_NOUN_FORMS = ("II", "III", "VI", "VII", "VIII", "X")


def _with_assimilated_infix(form: str, template: str) -> tuple[str, ...]:
    """The template, and for form VIII also as its infix ت assimilates (اضطراب، ازدحام)."""
    return (template, *(template.replace("ت", c, 1) for c in "طد")) if form == "VIII" else (template,)


def _fits(template: str, word: str) -> bool:
    """The word has the template's length and letters (a digit stands for any root letter)."""
    return len(template) == len(word) and all(c.isdigit() or c == w for c, w in zip(template, word))


@functools.lru_cache(maxsize=1)
def _verbal_noun_templates() -> tuple[str, ...]:
    """The verbal-noun patterns of kg.language.derive (digits: the root's letters), normalised;
    form VIII's infix also as it assimilates (اضطراب، ازدحام)."""
    from kg.language.derive import PATTERNS
    return tuple(dict.fromkeys(t for form in _VERBAL_NOUN_FORMS for template in PATTERNS[form][2]
                               for t in _with_assimilated_infix(form, normalise(template))))


@functools.lru_cache(maxsize=20_000)
def is_verbal_noun(norm: str) -> bool:
    """A derived verbal noun (التصعيد، مواجهة، الانسحاب، الاقتحام، استهداف) by its pattern, read
    through the article; not a known given or family name (تيسير، انتصار)."""
    word = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if not is_word(word) or not _not_a_name_part(word) or not _not_a_name_part(norm):
        return False
    return any(_fits(t, word) for t in _verbal_noun_templates())


@functools.lru_cache(maxsize=1)
def _participle_templates() -> tuple[str, ...]:
    """The participle patterns of the derived verb forms: م and the present stem of
    kg.language.derive (مسلح، مقاتل، متمرد، متحالف، منشق، معتدل، مستقل), normalised; form
    VIII's infix also as it assimilates."""
    from kg.language.derive import PATTERNS
    return tuple(dict.fromkeys(t for form in ("II", "III", "IV", "V", "VI", "VII", "VIII", "X")
                               for t in _with_assimilated_infix(form, normalise("م" + PATTERNS[form][1]))))


@functools.lru_cache(maxsize=20_000)
def is_participle(norm: str) -> bool:
    """An indefinite participle by its pattern (مسلحة، متمردة، مستقلة، متحالفة): an adjective
    after a noun; not a known given or family name."""
    if norm.startswith("ال") or not is_word(norm) or not _not_a_name_part(norm):
        return False
    for word in (norm, norm[:-1] if norm.endswith("ه") else None):
        if word and any(_fits(t, word) for t in _participle_templates()):
            return True
    return False


def _titled(norm: str, cues: Cues) -> bool:
    """A title with or without a pronoun suffix (نائبه، رئيسها)."""
    return (norm,) in cues.titles or any(norm.endswith(suf) and (norm[:-len(suf)],) in cues.titles
                                         for suf in ("ه", "ها", "هم"))


@functools.lru_cache(maxsize=1)
def name_parts() -> tuple[frozenset, frozenset]:
    """Given names and family names (kg/ner/lexicons/person_names.tsv), normalised."""
    from kg.ner.gazetteer import person_name_rows
    given, family = set(), set()
    for name, role, _count in person_name_rows():
        (given if role == "given" else family).add(normalise(name))
    return frozenset(given), frozenset(family)


def _not_a_name_part(norm: str) -> bool:
    """Neither the word nor the word without its final alif is a known given or family name."""
    given, family = name_parts()
    bare = norm[:-1]
    return not (norm in given or norm in family or bare in given or bare in family)


def conjunction_before_a_name(norm: str) -> bool:
    """وعبد / وأحمد / والحسن: a و the recogniser took into a name (وليد and وائل are names)."""
    if not norm.startswith("و") or len(norm) < 4:
        return False
    given, family = name_parts()
    if norm in given or norm in family:
        return False
    rest = norm[1:]
    return rest in given or rest in family or rest.startswith(("عبد", "ابو", "ال"))


def _known_name_part(tokens, k: int) -> bool:
    """Token k is a known given or family name (حسن، الحسن)."""
    if k >= len(tokens):
        return False
    given, family = name_parts()
    n = tokens[k].norm
    return n in given or n in family or (n.startswith("ال") and n[2:] in family)


COMPOUND_FIRST_PARTS = frozenset({normalise("عبد"), normalise("أبو")})   # عبد الله، أبو بكر: two words, one name


def time_word_as_a_given_name(tokens, k: int, taken) -> bool:
    """الشيخ صباح خالد الحمد الصباح، فجر عادل السعيد: a word of time that is also a given name
    (صباح، فجر) starts a name when two known name parts follow it (a given name, then a given or
    family name); صباح الخميس، فجر اليوم stay times."""
    given, family = name_parts()
    if k + 2 >= len(tokens) or tokens[k].norm not in TIME_WORDS or tokens[k].norm not in given:
        return False
    return tokens[k + 1].norm in given and tokens[k + 2].norm in given | family \
        and not covers(taken, k + 1) and not covers(taken, k + 2)


def person_end(tokens, k, cues, reg, taken) -> int:
    """A personal name: 2-3 words, one more for each compound part in it (عبد الله محمد علي،
    يوسف عبد الرحيم النجار، محمد عبد الفضيل شوشة), the first indefinite, none a stop word, title
    or trigger."""
    j = k
    longest = 4 if k < len(tokens) and tokens[k].norm in COMPOUND_FIRST_PARTS else 3
    while j < len(tokens) and (j - k < longest or (j - k < 5 and compound_end_in_name(tokens, j, k))):
        n = tokens[j].norm  # (عبد الرحيم حمدان دقلو: a compound first name)
        if j > k and n in COMPOUND_FIRST_PARTS and j + 1 < len(tokens) and longest < 5:
            longest += 1   # يوسف عبد الرحيم النجار: the father's compound name is one part of four
        elif compound_end_in_name(tokens, j, k) and longest < 5:
            longest += 1   # قمر الدين محمد فضل المولى: each compound name (قمر الدين، فضل المولى) one part
        if j > k and _lineage_link(tokens, j, cues, taken) and longest < 7:
            longest += 2   # خالد بن سلمان بن عبدالعزيز، طحنون بن زايد آل نهيان: each link and its name
            if n in cues.family_links:
                j += 2     # آل نهيان: the house's name ends the name
                break
            j += 2
            if j < len(tokens) and not covers(taken, j) and tokens[j].norm in cues.ordinals:
                j += 1     # الحسين بن عبدالله الثاني: a ruler's ordinal after his father's name
                break
            continue
        if n == "علي" and not covers(taken, j) and (j > k or _known_name_part(tokens, j + 1)):
            j += 1         # هيثم علي الطباطبائي، القيادي علي حسن: علي in a name is a name, not على
            continue
        if j - k >= 2 and len(n) >= 5 and n.endswith(("ته", "تها", "تهم")) and _not_a_name_part(n):
            break          # يوسي كوهين استقالته: a noun with a pronoun suffix after the name
        if j - k >= 2 and _suffixed_common_noun(tokens[j], j + 1 < len(tokens) and tokens[j + 1].norm in reg.nationality):
            break          # إسحاق دار نظيره، ميلان ماركوفيتش قواته: a common noun with a pronoun suffix after the name
        if j > k and n in QUANTIFIERS:
            break          # ألكسندر فوتشيتش أي تورط: a quantifier after the name, no part of it
        if j - k >= 2 and written_definite(tokens[j]) and _foreign_name_so_far(tokens, k, j) \
                and n not in name_parts()[1] and not is_rare_word(tokens[j].text):
            break          # ميلان مويسيلوفيتش القوات: after a transliterated name, a common definite word is
                           # the sentence going on, not an Arabic family name (the lexicon's family names are)
        if j > k and n.startswith("ب") and len(n) >= 4 and _not_a_name_part(n) \
                and not (is_rare_word(tokens[j].text) and is_rare_word(tokens[j].text[1:])):
            break          # محمد جابر برصاص القوات: a prepositional phrase after the name (توم بيرييلو: a rare
                           # word, rare without its ب too, goes on; بالمسؤولين: ب and a common word)
        if j - k >= 2 and n.endswith("ا") and len(n) >= 4 and _not_a_name_part(n) and not is_rare_word(tokens[j].text):
            break          # جوزاف عون وفدا: an accusative noun after the name (استقبل فلان وفدا; عبد الله مايغا: a rare word goes on)
        if j - k == 2 and tokens[k].norm in COMPOUND_FIRST_PARTS and n.startswith("ال") and n in name_parts()[1] \
                and not covers(taken, j) and n not in reg.nationality:
            j += 1         # أبو علي العسكري، عبد الله الحربي: a family name after a compound first name, though
            break          # a common word too
        if j - k == 2 and tokens[k].norm == _KUNYA and kunya_nisba(tokens[j], taken, j):
            j += 1         # أبو حفص العراقي، أبو محمد المصري: a kunya's nisba (its country's adjective too) ends the name
            break
        if j - k >= 2 and not (j - k == 2 and tokens[k].norm in COMPOUND_FIRST_PARTS) and n.startswith("و") \
                and len(n) >= 4 and _not_a_name_part(n) and not is_rare_word(tokens[j].text):
            break          # محمد عثمان وجهاء: a common word starting with و after the name is the object, no name part
                           # (عبد الحق وثيق: the word after a compound given name is the name's second part)
        if not is_word(n) or (n in cues.stop and not (j == k and time_word_as_a_given_name(tokens, k, taken)))\
                or any(c.isdigit() for c in n) or covers(taken, j) \
                or n in reg.nationality or any((stem,) in cues.titles for _, stem in proclitic_variants(n)) \
                or is_trigger(n) or (j > k and n.startswith("و") and _titled(n[1:], cues)) \
                or n in load_context_cues().alias_links or n in COMPLEMENTISERS or n in BARE_COMPLEMENTISERS:
            break          # ونائبه: a conjunct title ends the name; بأن قواته: a clause, no name
        if j - k >= 2 and n in load_lexicon().lists["leading_nouns"]:
            break          # يتولى عبد الرحمن حسين قيادة المنطقة: the post held, after the name
        if j == k and (n in FUNCTION_WORDS or n in QUANTITY_NOUNS):
            break          # فقد اعتبر الجيش، أحد الوجهاء: no name starts with a function word or a quantity
        if j == k and n not in COMPOUND_FIRST_PARTS and n not in cues.name_prefixes and n not in name_parts()[0] \
                and is_describing_adjective(tokens[j].text, False):
            break          # قائد ميداني بارز: an adjective of the title, no name (كريم، سعيد، عبد: given names)
        if j == k and written_definite(tokens[j]):
            if not starts_a_name_with_its_article(tokens, j, cues):
                break
            j += 1         # الفاتح قرشي، الصادق المهدي: a given name written with its article
            continue
        j += 1
        if written_definite(tokens[j - 1]) and n not in COMPOUND_NAME_ENDS and not _after_abd(tokens, j - 1, k):
            break          # a family name (الأسد، الشرع) ends the name; نور الدين، عبد الله do not
    if j - k == 3 == longest and all(not written_definite(tokens[x]) for x in range(k, j)) \
            and _fourth_foreign_part(tokens, j, cues, reg, taken):
        j += 1             # أندريس مانويل لوبيز أوبرادور: four transliterated parts (given names, two family names)
    elif j - k == 3 == longest and not written_definite(tokens[j - 1]) and _family_name_after(tokens, j, taken):
        j += 1             # فهد يوسف سعود الصباح: three indefinite parts closed by a known family name
    elif j - k == 3 and time_word_as_a_given_name(tokens, k, taken) and _family_name_after(tokens, j, taken):
        j += 1             # صباح خالد الحمد الصباح: a name of the form, its family's name after the father's
    return j


_KUNYA = normalise("أبو")


def _foreign_name_so_far(tokens, k: int, j: int) -> bool:
    """Tokens k..j-1 are all indefinite, one at least a word the word list hardly knows (ميلان
    مويسيلوفيتش): a transliterated name, which takes no Arabic definite family name."""
    return j - k >= 2 and all(not written_definite(tokens[x]) for x in range(k, j)) \
        and any(is_rare_word(tokens[x].text) for x in range(k, j))


def _fourth_foreign_part(tokens, j: int, cues, reg, taken) -> bool:
    """Token j goes on a transliterated name of three parts: another rare indefinite word, no
    stop word, title, nationality or trigger, and nothing read there yet."""
    if j >= len(tokens) or covers(taken, j):
        return False
    n = tokens[j].norm
    return is_word(n) and not written_definite(tokens[j]) and n not in cues.stop and n not in reg.nationality \
        and (n,) not in cues.titles and not is_trigger(n) and not n.startswith("و") and is_rare_word(tokens[j].text) \
        and not any(c.isdigit() for c in n)


def _suffixed_common_noun(token, adjective_after: bool = False) -> bool:
    """نظيره، قواته، نظيرها: a word of the language with a pronoun suffix (the word without it is
    known to the word list, the word is no given or family name, or a given name only by the
    normaliser's folding of ة when a nationality adjective follows it as a noun: نظيره الصيني)."""
    n, given, family = token.norm, *name_parts()
    for suf in SUFFIXES:     # (the text's ه, not a ة the normaliser folds to it: نظيرة is a name)
        if token.text.endswith(suf) and len(n) - len(suf) >= 3 and n not in family \
                and (n not in given or (suf == "ه" and adjective_after)) \
                and not is_rare_word(token.text[:-len(suf)], 3.5):
            return True
    return False


def kunya_nisba(token, taken, j: int) -> bool:
    """العراقي، المصري، الأنصاري after أبو حفص: a definite nisba (a word with the article ending in ي)
    right after a kunya of two words is its bearer's byname, though it is a country's adjective too."""
    n = token.norm
    return written_definite(token) and n.endswith("ي") and len(n) >= 5 and is_word(n) and not covers(taken, j)


def compound_end_in_name(tokens, j: int, k: int) -> bool:
    """قمر الدين محمد، نور الدين علي: a compound name's second word (الدين، الله) after the first
    word of a name starting at k that is no compound first part (عبد، أبو already count)."""
    return j > k and tokens[j].norm in COMPOUND_NAME_ENDS and tokens[j - 1].norm not in COMPOUND_FIRST_PARTS


def _lineage_link(tokens, j: int, cues: Cues, taken) -> bool:
    """Token j is a link of lineage inside a name (بن، بنت، ابن; آل before a house's name) with a
    name word after it that no other mention holds."""
    n = tokens[j].norm
    return (n in cues.name_links or n in cues.family_links) and j + 1 < len(tokens) and is_word(tokens[j + 1].norm) \
        and tokens[j + 1].norm not in cues.stop and not covers(taken, j) and not covers(taken, j + 1)


def _family_name_after(tokens, j: int, taken) -> bool:
    """Token j is a definite known family name (الصباح، الحمد) that no other mention holds."""
    if j >= len(tokens) or covers(taken, j) or not written_definite(tokens[j]):
        return False
    n = tokens[j].norm
    return n[2:] in name_parts()[1] or n in name_parts()[1]


def starts_a_name_with_its_article(tokens, k: int, cues: Cues) -> bool:
    """الفاتح قرشي، الطاهر حجر، الصادق المهدي: a definite word that is a given name and no family
    name (the lexicon's), followed by a word that may go on the name (no stop word, title,
    digit), starts a personal name."""
    given, family = name_parts()
    n = tokens[k].norm
    if n not in given or n in family or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].norm
    return is_word(nxt) and nxt not in cues.stop and (nxt,) not in cues.titles and not is_trigger(nxt) \
        and (nxt in given or nxt in family or not nxt.startswith("ال"))


def _after_abd(tokens, j: int, k: int) -> bool:
    """Token j follows عبد inside the name (عبد الكريم الحمد، محمد عبد الفضيل شوشة): the second half
    of a compound first or second name, after which the family name may follow."""
    return j > k and tokens[j - 1].norm == "عبد" and j - k < 3


def is_byline(tokens, i: int, j: int) -> bool:
    """كتبت: مروة علي / د. إيمان بشير: the name (tokens i..j) is the only one of its line beside
    byline words (``byline_words`` of ontology/entity_cues.json) and punctuation: the article's
    author, no actor of the story."""
    if j - i < 2:
        return False
    byline = load_context_cues().byline_words
    return all(not is_word(t.norm) or t.norm in byline for t in tokens[:i] + tokens[j:])


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The reporting verbs of the lexicon (قال، أكد ...), normalised."""
    return frozenset(normalise(w) for w in load_lexicon().lists.get("reporting_verbs", ()))
