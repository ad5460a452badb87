"""Passes of the entities stage that read a name through its context (ontology/entity_cues.json):

- a nationality adjective on a noun of state action is a mention of the state (غارة إسرائيلية);
- a capital standing for its state (وأشارت واشنطن، دمشق تعلن) is the state's government named in
  the article, or else the country;
- a state's name standing for its army (الاحتلال where جيش الاحتلال is named) is the army.

Each pass is a small function on hand-built input: see tests/entities/test_context.py.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

from kg.arabic import is_word, normalise, phrase_key, proclitic_variants, variant_stems
from kg.language.cues import ContextCues, load_context_cues, load_cues
from kg.language.words import (ALIAS_MARKERS, ALIAS_PUNCT, BARE_COMPLEMENTISERS, BRACKETS, CLAUSE_BREAKS, CONTRAST_LINKS, NEGATIONS, PLACE_TYPES,
                              PREPOSITIONS, QUOTES, TIME_WORDS)
from kg.language.names import GROUPS, TYPES
from kg.registry import Registry
from kg.types import Mention, Sentence

STATE_ACTOR_TYPES = GROUPS.state_actors


def _stems(norm: str) -> tuple[str, ...]:
    """The stems of a token's proclitic readings (وبدمشق -> وبدمشق، بدمشق، دمشق)."""
    return tuple(stem for _, stem in proclitic_variants(norm))


def nationality_of(norm: str, reg: Registry) -> str | None:
    """ISO code of the state a nationality adjective names (الإسرائيلية، أميركيين، والسورية)."""
    for _, stem in proclitic_variants(norm):
        iso = reg.nationality.get(stem)
        if iso:
            return iso
    return None


_SIGNALS: dict[int, tuple] = {}


_FORCE_HEADS: dict[int, tuple] = {}


def _force_heads(cues: ContextCues) -> dict[tuple[str, ...], str]:
    """Head phrase -> the kind of state force it names with a nationality adjective after it:
    army (الجيش الصومالي)، police (الشرطة العراقية)، air (الطيران الباكستاني)، intelligence
    (الاستخبارات الأفغانية). Built once per set of cues (read only)."""
    hit = _FORCE_HEADS.get(id(cues))
    if hit is None or hit[0] is not cues:
        hit = _FORCE_HEADS[id(cues)] = (cues, _built_force_heads(cues))
    return hit[1]


def _built_force_heads(cues: ContextCues) -> dict[tuple[str, ...], str]:
    out = {h: "army" for h in cues.army_heads}
    out.update({h: "air" for h in cues.air_force_heads})
    out.update({h: "intelligence" for h in cues.intelligence_heads})
    out.update({h: "police" for h in cues.police_heads})
    out.update(cues.corps_heads)       # a named corps (خفر السواحل، الحرس الوطني): its English name
    return out


def _signal_memo(reg: Registry, directions: frozenset[str]):
    """norm -> (nationality ISO or None, can start an army head, is a definite direction), or None
    for the many tokens that signal nothing: computed once per distinct token."""
    from kg.memo import Memo
    hit = _SIGNALS.get(id(reg))
    if hit is None or hit[0] is not reg or (hit[1] is not directions and hit[1] != directions):
        cues = load_context_cues()
        firsts = frozenset(h[0] for h in _force_heads(cues))

        def compute(norm: str):
            stems = variant_stems(norm)
            iso = nationality_of(norm, reg)
            army = not firsts.isdisjoint(stems)
            direction = not directions.isdisjoint(stems)
            return (iso, army, direction) if iso or army or direction else None
        hit = (reg, directions, Memo(compute))
        _SIGNALS[id(reg)] = hit
    return hit[2]


def signals(sentence: Sentence, reg: Registry, directions: frozenset[str] = frozenset()) -> list[tuple[int, tuple]]:
    """(token index, signal) of the sentence's tokens that a context pass may start at."""
    memo = _signal_memo(reg, directions)
    found = list(map(memo.__getitem__, sentence.norms))       # (a signal is a triple: never false)
    return [(k, found[k]) for k in itertools.compress(range(len(found)), found)]


def _state_noun_before(tokens, k: int, reg: Registry, cues: ContextCues) -> bool:
    """Is the adjective at k said of a noun of state action? The noun may be two words back
    across another adjective or a conjunct noun (غارة جوية إسرائيلية، المقاتلات والمسيرات الإسرائيلية)."""
    for back in (1, 2):
        h = k - back
        if h < 0 or not is_word(tokens[h].norm):
            return False
        stems = _stems(tokens[h].norm)
        if any(s in cues.state_nouns for s in stems):
            return True
        if back == 1 and nationality_of(tokens[h].norm, reg):
            return False           # القوات التركية والعراقية: the first adjective decides
    return False


def adjective_country_spans(sentence: Sentence, covered: set[int], reg: Registry,
                            cues: ContextCues | None = None, signalled=None) -> list[tuple[int, str]]:
    """(token index, country entity id) of each nationality adjective that names a state acting
    or speaking: غارة إسرائيلية، الهجوم الإيراني، جنود أميركيون، العاصمة السورية. Adjectives on
    other nouns (مصادر يمنية، الأسرى الفلسطينيين) are not mentions of a state."""
    cues = cues or load_context_cues()
    tokens, out = sentence.tokens, []
    for k, sig in (signals(sentence, reg) if signalled is None else signalled):
        iso = sig[0]
        if k in covered or k == 0 or iso is None or iso not in reg.country_entity:
            continue
        if _state_noun_before(tokens, k, reg, cues):
            out.append((k, reg.country_entity[iso]))
    return out


_CAPITALS: dict[int, tuple] = {}


def capital_country(entity_id: str, reg: Registry) -> str | None:
    """ISO code of the state whose capital the entity is, or None."""
    hit = _CAPITALS.get(id(reg))
    if hit is None or hit[0] is not reg or len(hit[1]) != len(reg.capital):
        hit = (reg, {city: iso for iso, city in reg.capital.items()})
        _CAPITALS[id(reg)] = hit
    return hit[1].get(entity_id)


def seat_country(entity_id: str, reg: Registry, cues: ContextCues) -> str | None:
    """ISO code of the state a city may stand for: its capital, or the seat the press names
    for it (ontology press_seats: تل أبيب)."""
    iso = capital_country(entity_id, reg)
    if iso is None and cues.press_seats:
        record = reg.entities.get(entity_id)
        iso = cues.press_seats.get(phrase_key(record.name)) if record is not None else None
    return iso


def name_proclitics(tokens, i: int, j: int, reg: Registry) -> str:
    """The proclitics on a name's first token (tokens i..j): the shortest split whose rest is the
    registry's name, so the ك of كييف and the ب of بيروت are the name's (وأعلنت كييف), the ب of
    بدمشق is "in"."""
    variants = proclitic_variants(tokens[i].norm)
    rest = tuple(t.norm for t in tokens[i + 1:j])
    for prefix, stem in variants:                      # shortest proclitic first
        if reg.lookup((stem, *rest)):
            return prefix
    return variants[-1][0] if len(variants) > 1 else ""


def is_metonym(tokens, i: int, j: int, reg: Registry, cues: ContextCues | None = None,
               reporting: frozenset[str] = frozenset()) -> bool:
    """A capital's name (tokens i..j) said of its state: the subject of a verb of stance or speech
    after it (دمشق تعلن), the subject after such a verb (وأشارت واشنطن، تتهمها واشنطن). Never after a locative word (في دمشق، العاصمة طهران)."""
    cues = cues or load_context_cues()
    prefix = name_proclitics(tokens, i, j, reg)
    if "ب" in prefix or "ك" in prefix:
        return False           # بدمشق: in Damascus
    prev = tokens[i - 1].norm if i > 0 else ""
    if prev and any(s in cues.locative for s in _stems(prev)):
        return False
    if j < len(tokens) and any(s in cues.verbs_after for s in _stems(tokens[j].norm)):
        return True
    if prev and any(s in cues.verbs_after or s in reporting for s in _stems(prev)):
        return True
    if prev and verb_with_object_pronoun(prev, cues):
        return True            # تتهمها واشنطن، تنفيه أبوظبي
    if subject_after_a_complementiser(prev, j, tokens, cues):
        return True            # أكد أن واشنطن ستواصل دعمها
    if subject_after_a_clause_verb(tokens, i, cues):
        return True            # وتتخذ أنقرة من القواعد منطلقا
    if verb_then_pronoun_preposition(tokens, i, cues) or loyal_to_capital(tokens, i, prefix, cues):
        return True
    if prev and any(s in cues.nouns_before or s in cues.verbs_before for s in _stems(prev)):
        return True            # رفض القاهرة، دعا أنقرة إلى
    if i > 1 and prev.startswith("ال") and any(s in cues.verbs_before for s in _stems(tokens[i - 2].norm)):
        return True            # دعا البيان أنقرة إلى: the verb, its subject, the capital
    if accused_capital(tokens, i, j):
        return True            # وتتهم نيودلهي منذ سنوات إسلام آباد بدعم
    return agent_of_action_noun(tokens, i, j, cues)


def accused_capital(tokens, i: int, j: int, reach: int = 4) -> bool:
    """تتهم نيودلهي منذ سنوات إسلام آباد بدعم جماعات، اتهمت طهران واشنطن بتسليح: a capital after a
    verb of accusing (the lexicon's accusation_verbs, within ``reach`` words, past its subject and
    a time phrase) and right before a verbal noun with ب is the state accused of acting."""
    from kg.language.lexicon import load_lexicon
    if j >= len(tokens) or not tokens[j].norm.startswith("ب") or len(tokens[j].norm) < 4:
        return False
    verbs = load_lexicon().lists["accusation_verbs"]
    return any(not verbs.isdisjoint(_stems(tokens[k].norm)) for k in range(i - 1, max(-1, i - 1 - reach), -1))


OBJECT_PRONOUNS = ("ها", "هم", "ه")
_FEMININE_PRESENT, _FUTURE, _FEMININE_PERFECT = "ت", "س", "ت"   # تراقب، ستواصل، أرسلت


def subject_after_a_complementiser(prev: str, j: int, tokens, cues: ContextCues) -> bool:
    """يرى مراقبون أن القاهرة تتابع التطورات، علما أن كمبالا نشرت قوات: a capital right after
    أن/إن/بأن (bare_complementisers), with a word after it, opens the clause as its subject: the
    state that acts or holds a view; not before a verb whose subject is a place as such (أن دمشق
    شهدت انفجارا: place_subject_verbs)."""
    return (prev in BARE_COMPLEMENTISERS and j < len(tokens) and _a_verb_or_a_quote(tokens[j].norm)
            and not any(s in cues.place_subject_verbs for s in _stems(tokens[j].norm)))


def subject_after_a_clause_verb(tokens, i: int, cues: ContextCues) -> bool:
    """وتتخذ أنقرة من القواعد منطلقا، وتستضيف الدوحة المحادثات: a present verb of the feminine
    (a city's gender) that opens its clause (after و, a clause break or at the start), right
    before the capital, has the capital as its subject: the state (not a verb whose subject is a
    place as such: وتشهد دمشق). A verb after its own subject (القوات تدخل دمشق) opens no clause."""
    if i < 1:
        return False
    verb = tokens[i - 1].norm
    if verb[:1] == "و" and len(verb) > 3:
        bare = verb[1:]
    elif i - 1 == 0 or tokens[i - 2].norm in CLAUSE_BREAKS or tokens[i - 2].norm in CONTRAST_LINKS:
        bare = verb            # (بينما تجري دمشق: a verb after a link of contrast opens its clause)
    else:
        return False
    return (bare[:1] == _FEMININE_PRESENT and len(bare) >= 4 and is_word(bare) and bare not in PREPOSITIONS
            and bare not in load_cues().stop and not any(st in cues.place_subject_verbs for st in _stems(bare)))


def _a_verb_or_a_quote(norm: str) -> bool:
    """تراقب، ستواصل، أرسلت، لن، "شريكة: what opens a clause's predicate after its subject: a
    present or future verb of the feminine (a city's gender), a perfect of the feminine, a
    negation, a quote (not a preposition or a stop word: أن الخرطوم بلا كهرباء، أن دمشق تحت الحصار)."""
    if norm in QUOTES or norm in NEGATIONS:
        return True
    if norm in PREPOSITIONS or norm in load_cues().stop or len(norm) < 3 or not is_word(norm) or norm.startswith("ال"):
        return False
    return norm[0] == _FEMININE_PRESENT or norm[:2] == _FUTURE + _FEMININE_PRESENT or norm[-1] == _FEMININE_PERFECT


def verb_with_object_pronoun(norm: str, cues: ContextCues) -> bool:
    """وهو ما تنفيه أبوظبي، التي تصنفها واشنطن: a verb of stance with an object pronoun right
    before the capital, its subject."""
    for stem in _stems(norm):
        for suffix in OBJECT_PRONOUNS:
            if stem.endswith(suffix) and stem[:-len(suffix)] in cues.verbs_after:
                return True
    return False


def verb_then_pronoun_preposition(tokens, i: int, cues: ContextCues) -> bool:
    """وهو ما لم تعلق عليه نيودلهي: a verb of stance, a preposition with a pronoun, the capital
    (the verb's subject)."""
    if i < 2 or tokens[i - 1].norm not in cues.pronoun_prepositions:
        return False
    return any(s in cues.verbs_after or verb_with_object_pronoun(s, cues) for s in _stems(tokens[i - 2].norm))


def loyal_to_capital(tokens, i: int, prefix: str, cues: ContextCues) -> bool:
    """فصائل مسلحة موالية لطهران: a capital with لـ after an adjective of allegiance is the state
    the fighters are loyal to."""
    return i > 0 and prefix.endswith("ل") and any(s in cues.loyal_to for s in _stems(tokens[i - 1].norm))


def between_capitals(mentions: list[Mention], caps: list[int], by_index: dict, reg: Registry,
                     cues: ContextCues) -> set[int]:
    """بين دمشق وتل أبيب، التوتر بين واشنطن وطهران: two capitals of different states joined by و
    after بين are the two states (بين دمشق وحلب, a capital and a town, stays the road's ends)."""
    paired: set[int] = set()
    if not cues.between:
        return paired
    for a, b in zip(caps, caps[1:]):
        first, second = mentions[a], mentions[b]
        if first.sentence != second.sentence or second.token_start != first.token_end or first.token_start == 0:
            continue
        tokens = by_index[first.sentence].tokens
        if (cues.between in _stems(tokens[first.token_start - 1].norm)
                and name_proclitics(tokens, second.token_start, second.token_end, reg) == "و"
                and seat_country(first.entity_id, reg, cues) != seat_country(second.entity_id, reg, cues)):
            paired |= {a, b}
    return paired


def agent_of_action_noun(tokens, i: int, j: int, cues: ContextCues) -> bool:
    """استهداف واشنطن للمنشآت، قصف موسكو لمدن أوكرانيا: a capital in the genitive of a noun of
    state action whose object follows with لـ is the action's agent, its state (قصف دمشق alone is
    the shelling of the city)."""
    if i == 0 or j >= len(tokens):
        return False
    prev, after = tokens[i - 1].norm, tokens[j].norm
    if not (prev in cues.state_nouns and not prev.startswith("ال") and after[:1] == "ل" and len(after) > 3):
        return False
    obj = "ال" + after[2:] if after.startswith("لل") else after[1:]
    return obj not in TIME_WORDS and obj not in cues.durations   # قصف دمشق لليوم الثالث: the city, shelled


def _country_of(entity_id: str, entities: dict, reg: Registry) -> str | None:
    """The state of a registry entity, or of a new one the article named (الحكومة الكونغولية:
    government:CD)."""
    record = reg.entities.get(entity_id) or entities.get(entity_id)
    return getattr(record, "country", None) if record is not None else None


def a_regional_government(entity_id: str, entities: dict, reg: Registry) -> bool:
    """حكومة إقليم بلوشستان، حكومة إقليم كردستان: a region's own government (a head of
    region_authority_heads before a region's name) is never what the state's capital stands for
    (إسلام آباد -> Pakistan)."""
    if entity_id.startswith("authority:"):
        return True
    record = reg.entities.get(entity_id) or entities.get(entity_id)
    if record is None or not record.name:
        return False
    words = phrase_key(record.name)
    if len(words) < 2 or words[0] not in load_context_cues().region_authority_heads:
        return False
    return any(reg.entities[e.entity_id].type == TYPES.region for e in reg.lookup(tuple(words[1:])))


def a_seat_body(entity_id: str, entities: dict, reg: Registry, cues: ContextCues) -> bool:
    """الحكومة الإثيوبية، نظام الأسد، الرئاسة السورية: a body whose head is a seat body's
    (seat_body_heads) may be what its capital stands for; وزارة الخارجية المصرية، خلية الإعلام
    الأمني, one office of the state, are not (رفض القاهرة -> Egypt)."""
    record = reg.entities.get(entity_id) or entities.get(entity_id)
    if record is None or not record.name:
        return False
    head = phrase_key(record.name)[:1]
    return bool(head) and (head[0] in cues.seat_body_heads or head[0].removeprefix("ال") in cues.seat_body_heads)


def _after_a_standing_capital(mentions: list[Mention], n: int, stood: set[int], tokens, reg: Registry) -> bool:
    """بينما تجري دمشق وتل أبيب مفاوضات، اتهمت كابل إسلام آباد بشن غارات: a capital right after
    a capital of another state that stands for its state (joined to it by و, or its object after
    the verb and its subject) stands for its state too."""
    if n == 0 or n - 1 not in stood:
        return False
    m, first = mentions[n], mentions[n - 1]
    if first.sentence != m.sentence or first.token_end != m.token_start:
        return False
    prefix = name_proclitics(tokens, m.token_start, m.token_end, reg)
    return prefix in ("", "و")


def resolve_metonyms(sentences, mentions: list[Mention], entities: dict, reg: Registry,
                     reporting: frozenset[str] = frozenset()) -> list[Mention]:
    """A capital standing for its state is the state's government the article names, else the
    country (دمشق تعلن ... الحكومة السورية المؤقتة -> that government)."""
    cues = load_context_cues()
    caps = [n for n, m in enumerate(mentions) if m.type == TYPES.city and m.source in ("registry", "propagated")
            and seat_country(m.entity_id, reg, cues)]
    if not caps:
        return mentions
    governments = Counter((_country_of(m.entity_id, entities, reg), m.entity_id)
                          for m in mentions if m.type in STATE_ACTOR_TYPES and a_seat_body(m.entity_id, entities, reg, cues)
                          and not a_regional_government(m.entity_id, entities, reg))
    out = list(mentions)
    by_index = {s.index: s for s in sentences}
    paired = between_capitals(mentions, caps, by_index, reg, cues)
    stood: set[int] = set()
    for n in caps:
        m = mentions[n]
        tokens = by_index[m.sentence].tokens
        if n not in paired and not is_metonym(tokens, m.token_start, m.token_end, reg, cues, reporting) \
                and not _after_a_standing_capital(mentions, n, stood, tokens, reg):
            continue
        stood.add(n)
        iso = seat_country(m.entity_id, reg, cues)
        gov = [(c, eid) for (country, eid), c in governments.items() if country == iso]
        target = max(gov)[1] if gov else reg.country_entity.get(iso)
        if target is None:
            continue
        record = entities.get(target) or reg.entities.get(target)
        if record is None:
            continue
        entities.setdefault(target, record)
        out[n] = replace(m, entity_id=target, type=record.type, source="metonym")
    return out


def armies_for_states(mentions: list[Mention], reg: Registry) -> list[Mention]:
    """الاحتلال said of Israel where the article names Israel's army (جيش الاحتلال، الجيش
    الإسرائيلي): the same referent, the army."""
    cues = load_context_cues()
    armies = Counter((reg.entities[m.entity_id].country, m.entity_id) for m in mentions
                     if m.type == TYPES.state_force and m.entity_id in reg.entities and m.source != "nested")
    if not armies:
        return mentions
    out = []
    for m in mentions:
        if m.type != TYPES.country or m.source == "nested":
            out.append(m)          # (most mentions: no state that may stand for its army)
            continue
        iso = cues.state_for_army.get(phrase_key(m.text))
        if iso is None:
            key = phrase_key(m.text)
            if key:
                stripped = tuple(st for _, st in proclitic_variants(key[0]))
                iso = next((cues.state_for_army[(s,) + key[1:]] for s in stripped
                            if (s,) + key[1:] in cues.state_for_army), None)
        if iso:
            army = [(c, eid) for (country, eid), c in armies.items() if country == iso]
            if army:
                eid = max(army)[1]
                m = replace(m, entity_id=eid, type=reg.entities[eid].type)
        out.append(m)
    return out


def aircraft_for_armies(mentions: list[Mention], reg: Registry) -> list[Mention]:
    """شنت طائرات الاحتلال غارات ... where جيش الاحتلال is named and the air force never is by its
    own name (سلاح الجو، الطيران الحربي): the aircraft are the army's, one node with it."""
    cues = load_context_cues()
    if not cues.aircraft_nouns:
        return mentions
    aircraft: dict[str, bool] = {}          # air force entity -> every mention of it names aircraft
    for m in mentions:
        if m.type == TYPES.state_force and m.source != "nested":
            first = m.text.split()[0] if m.text.split() else ""
            said_as_aircraft = any(s in cues.aircraft_nouns for s in _stems(normalise(first)))
            aircraft[m.entity_id] = aircraft.get(m.entity_id, True) and said_as_aircraft
    aircraft = {eid: iso for eid, only in aircraft.items() if only and eid in reg.entities
                and (iso := reg.entities[eid].country)}
    if not aircraft:
        return mentions
    named = {m.entity_id for m in mentions if m.type == TYPES.state_force and m.source != "nested"}
    army_of = {}
    for eid, iso in aircraft.items():
        armies = [a for c, a in reg.generic.get(("الجيش",), ()) if c == iso] + [f"army:{iso}"]
        army = next((a for a in armies if a in named and a != eid), None)
        if army is not None:
            army_of[eid] = army
    out = []
    for m in mentions:
        army = army_of.get(m.entity_id)
        if army is not None and m.type == TYPES.state_force:
            m = replace(m, entity_id=army)
        out.append(m)
    return out


def _state_governments(reg: Registry, word: str) -> frozenset[str]:
    """The registry's governments of a state as such: those the generic word (الحكومة) may name."""
    return frozenset(eid for _, eid in reg.generic.get(phrase_key(word), ())) if word else frozenset()


def states_for_authorities(mentions: list[Mention], reg: Registry) -> list[Mention]:
    """السلطات الإسرائيلية or النظام الإيراني in an article that names the state (إسرائيل،
    إيران) and no government body of it by name: the rulers described are the state, one node.
    Only a state's government as such (the one الحكومة may name), only where every mention of it
    is such a description."""
    cues = load_context_cues()
    heads = cues.authority_heads
    if not heads:
        return mentions
    governments = _state_governments(reg, cues.government_generic)

    def described(m: Mention) -> bool:
        key = phrase_key(m.text)
        return len(key) >= 2 and any(stem in heads for _, stem in proclitic_variants(key[0]))

    candidates = {m.entity_id for m in mentions if m.type == TYPES.government and m.entity_id in governments
                  and m.source != "nested" and described(m)}
    if not candidates:
        return mentions
    named_states = {m.entity_id for m in mentions if m.type == TYPES.country}
    bodies = Counter(reg.entities[m.entity_id].country for m in mentions
                     if m.type == TYPES.government and m.entity_id in reg.entities and m.entity_id not in candidates)
    same = {}
    for eid in candidates:
        iso = reg.entities[eid].country
        state = reg.country_entity.get(iso)
        if state is None or state not in named_states or bodies[iso]:
            continue
        if all(described(m) for m in mentions if m.entity_id == eid and m.source != "nested"):
            same[eid] = state
    if not same:
        return mentions
    return [replace(m, entity_id=same[m.entity_id], type=TYPES.country) if m.entity_id in same else m
            for m in mentions]


def names_in_brackets(sentences, mentions: list[Mention]) -> list[Mention]:
    """حركة المقاومة الفلسطينية (حماس)، هيئة البث (كان): a name of a body (no place, no person) followed by
    a name of the same type alone in brackets restates it: one referent, the bracketed name's node
    (that mention only; the first name elsewhere in the article keeps its own)."""
    by_index = {s.index: s for s in sentences}
    named = sorted((m for m in mentions if m.source != "nested" and m.type not in PLACE_TYPES and m.type != TYPES.person),
                   key=lambda m: (m.sentence, m.token_start))
    moved: dict[int, Mention] = {}
    for a, b in zip(named, named[1:]):
        if a.sentence != b.sentence or a.entity_id == b.entity_id or a.type != b.type \
                or b.token_start != a.token_end + 1:
            continue
        tokens = by_index[a.sentence].tokens
        close = BRACKETS.get(tokens[a.token_end].norm)
        if close is not None and b.token_end < len(tokens) and tokens[b.token_end].norm == close:
            moved[id(a)] = replace(a, entity_id=b.entity_id)
    if not moved:
        return mentions
    return [moved.get(id(m), m) for m in mentions]


_POLICE: dict[int, tuple] = {}


def _police_of(reg: Registry) -> dict[str, str]:
    """ISO -> the registry's police of that state (a StateForce named الشرطة + its adjective)."""
    hit = _POLICE.get(id(reg))
    if hit is None or hit[0] is not reg:
        out: dict[str, str] = {}
        for e in reg.entities.values():
            words = normalise(e.name).split()
            if e.type == TYPES.state_force and e.country and len(words) == 2 and words[0] == "الشرطه":
                out.setdefault(e.country, e.id)
        hit = (reg, out)
        _POLICE[id(reg)] = hit
    return hit[1]


_AIR: dict[int, tuple] = {}


def _air_force_of(reg: Registry) -> dict[str, str]:
    """ISO -> the registry's air force of that state (a StateForce whose name starts with one of
    entity_cues.json air_force_names: القوات الجوية السودانية، سلاح الجو التركي)."""
    hit = _AIR.get(id(reg))
    if hit is None or hit[0] is not reg:
        starts = load_context_cues().air_force_names
        out: dict[str, str] = {}
        for e in reg.entities.values():
            if e.type == TYPES.state_force and e.country:
                words = tuple(normalise(e.name).split())
                if any(words[:len(h)] == h for h in starts):
                    out.setdefault(e.country, e.id)
        hit = (reg, out)
        _AIR[id(reg)] = hit
    return hit[1]


_KIND_EN = {"army": "Armed Forces", "police": "Police", "air": "Air Force", "intelligence": "Intelligence"}


def state_force_of(iso: str, reg: Registry, name: str, police: bool = False, kind: str | None = None):
    """(entity id, new record or None) of a state's army (or police, air force, intelligence
    service): the registry's (its الجيش, its الشرطة + adjective, its القوات الجوية), else one node
    per state, army:<ISO> / police:<ISO> / air:<ISO> / intelligence:<ISO>, named ``name``."""
    from kg.types import EntityRecord
    kind = kind or ("police" if police else "army")
    if kind == "police":
        known = [_police_of(reg).get(iso)]
    elif kind == "air":
        known = [_air_force_of(reg).get(iso)]
    elif kind == "army":
        known = [eid for c, eid in reg.generic.get(("الجيش",), ()) if c == iso]
    else:
        known = []
    if known and known[0]:
        return known[0], None
    eid = f"{kind.lower().replace(' ', '_')}:{iso}"
    country = reg.entities.get(reg.country_entity.get(iso, ""))
    what = _KIND_EN.get(kind, kind)
    return eid, EntityRecord(eid, TYPES.state_force, name,
                             f"{country.name_en} {what}" if country and country.name_en else None, country=iso)


def national_army_spans(sentence: Sentence, covered: set[int], reg: Registry,
                        cues: ContextCues | None = None, signalled=None,
                        countries: dict[int, tuple[int, str]] | None = None) -> tuple[list[tuple[int, int, str, str]], dict]:
    """الجيش الصومالي، القوات الأوغندية، القوات المسلحة الإيرانية: an army head and a nationality
    adjective no registry name covers are that state's armed forces: the registry's army of the
    state, or else one node per state (army:<ISO>) whatever head names it.
    Returns ((i, j, proclitic prefix, entity id), ...) and the new entity records."""
    cues = cues or load_context_cues()
    tokens, out, records = sentence.tokens, [], {}
    starts = [k for k, sig in (signals(sentence, reg) if signalled is None else signalled) if sig[1]]
    if not starts:                 # most sentences: no army head at all
        return out, records
    heads = _force_heads(cues)
    longest = max((len(h) for h in heads), default=0)
    end, norms = 0, sentence.norms
    for i in starts:
        if i < end or i in covered:
            continue
        hit = None
        for prefix, stem in proclitic_variants(tokens[i].norm):
            for n in range(longest, 0, -1):
                key = (stem,) + norms[i + 1:i + n]
                j = i + n
                if len(key) == n and key in heads and j < len(tokens) \
                        and not any(x in covered for x in range(i, j)):
                    named = _country_in_construct(key, j, countries, cues)
                    if named is not None:
                        hit = (i, named[0], prefix, named[1], heads[key])
                        break
                if len(key) == n and key in heads and j < len(tokens) \
                        and (j not in covered or tokens[j].norm in cues.army_only_nationality) \
                        and not any(x in covered for x in range(i, j)):   # (جنديا نيجيريا: not the country)
                    iso = reg.nationality.get(tokens[j].norm) or cues.army_only_nationality.get(tokens[j].norm)
                    if iso:
                        hit = (i, j + 1, prefix, iso, heads[key])
                        break
            if hit:
                break
        if hit is None:
            continue
        i0, j, prefix, iso, kind = hit
        name = " ".join(t.text for t in tokens[i0:j])
        if prefix and name.startswith(prefix):
            name = name[len(prefix):]
        eid, record = state_force_of(iso, reg, name, kind=kind)
        if record is not None:
            records.setdefault(eid, record)
        out.append((i0, j, prefix, eid))
        end = j
    return out, records




def _country_in_construct(key: tuple[str, ...], j: int, countries, cues: ContextCues) -> tuple[int, str] | None:
    """شرطة كوسوفو، جيش ميانمار، قوات كولومبيا: an indefinite force head (``construct_force_heads``)
    in the construct state before a country's registry name names that state's force, as the head
    and the adjective do (الشرطة الكوسوفية): (end of the country's name, its ISO) or None."""
    if not countries or j not in countries or key not in cues.construct_force_heads:
        return None
    return countries[j]


def merge_person_aliases(sentences, mentions: list[Mention], cues: ContextCues | None = None) -> list[Mention]:
    """محمد جابر المعروف بـ "أبو شجاع"، عبد الله مكي ويكنى بـ أبو خديجة، محمد جابر "أبو شجاع":
    a person's other name joined to the name by a linking word or quotes is the same person; every
    mention of the second name in the article goes to the first's node."""
    cues = cues or load_context_cues()
    by_index = {s.index: s for s in sentences}
    persons = sorted((m for m in mentions if m.type == TYPES.person and m.source != "nested"),
                     key=lambda m: (m.sentence, m.token_start))
    same: dict[str, str] = {}
    for a, b in zip(persons, persons[1:]):
        if a.sentence != b.sentence or a.entity_id == b.entity_id or b.token_start <= a.token_end:
            continue
        tokens = by_index[a.sentence].tokens
        between = [t.norm for t in tokens[a.token_end:b.token_start]]
        words = [w for w in between if w not in ALIAS_PUNCT]
        quoted = any(w in ALIAS_PUNCT - {"،", ","} for w in between)
        adjacent = len(between) <= 4 and ((words and all(w in cues.alias_links for w in words)
                                           and words[0] not in ("ب", "بـ")) or (not words and quoted))
        # ... عبد الله مكي يشغل منصب والي العراق ويكنى بـ أبو خديجة: the link right before the
        # other name joins it to the last person named in the sentence
        linked = len(words) >= 1 and words[-1] in ALIAS_MARKERS and len(words) >= 2 \
            and words[-2] in cues.alias_links
        if adjacent or linked:
            root = same.get(a.entity_id, a.entity_id)
            same[b.entity_id] = root
    if not same:
        return mentions
    return [replace(m, entity_id=same[m.entity_id]) if m.entity_id in same else m for m in mentions]
