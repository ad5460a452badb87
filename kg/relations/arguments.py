"""Finding a trigger's arguments: word order, pronouns, relative clauses, coordination,
partitives and the actor the discourse is about.

Plain functions. Those that read only the sentence take its ``SentenceView``; those that also
read the lexicon, the registry or the article's state (the discourse topic, the mentions read so
far, the claims made so far) take the ``SentenceContext`` (kg.relations.context), and
``find_objects`` takes the ``TriggerContext`` of the trigger whose objects it finds. The subject
rules of kg.relations.subjects are built from these; the extractor calls ``find_objects``.
tests/relations/test_arguments.py runs them on hand-built tokens, mentions, lexicon and registry.
"""
from __future__ import annotations

from kg.arabic import PROCLITIC_CONJ, is_word, phrase_key, proclitic_variants
from kg.language.lexicon import Trigger, stems
from kg.language.words import (ACTOR_TYPES, BARE_COMPLEMENTISERS, FLAG_NOUNS, CAUSE_PREPOSITIONS, CORE_PREPOSITIONS, DISCOURSE_LINKS, FUNCTION_WORDS,
                               GOVERNING_PREPOSITIONS, ORG_TYPES, PARTITIVE_PLACES, PLACE_RANK, PLACE_TYPES, QUANTITY_NOUNS, QUOTES,
                               RELATIVE, RESUMPTIVE_SUFFIXES, SUFFIXES, TIME_SPAN_OPENERS, TIME_SPAN_WORDS, TIME_WORDS)
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.language.words import PREFIXES as PRESENT_PREFIXES
from kg.relations.constructions import (accusation_verb_before, noun_of_fighters, accused_described, opening_strike_noun, agent_after_from, conjuncts_before, coordinated_nationalities, force_with_nationality, list_members, past_a_belief, phrase_at,
                                        past_joint_partners, skip_quotes, _short_name_in_brackets)
from kg.relations.context import SentenceContext, TriggerContext, adjective_mention, country_mention, group_adjective
from kg.relations.view import SentenceView, _ok_type, _prefix
from kg.types import Mention


def titled_person_after(view: SentenceView, after, titles: frozenset[tuple[str, ...]]):
    """رئيس المكتب السياسي لحركة حماس خليل الحية: the person a title (one of ``titles``, the cue
    data's) after the verb names."""
    if after >= len(view.tokens) or not any((s,) in titles for s in stems(view.tokens[after].norm)):
        return None
    named = view.mention_at(after)
    if named is not None and named.type == TYPES.person:
        return named          # وزير الخارجية الأمريكي ماركو روبيو: the title is part of his mention
    k, end = after + 1, after + 8
    while k < min(end, len(view.tokens)):
        if view.is_break(k):
            return None
        m = view.mention_at(k)
        if m is not None and m.type == TYPES.person:
            return m
        if m is None and any((s,) in titles for s in stems(view.tokens[k].norm)):
            end += 1          # النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فلان: a chain of titles
        k += 1
    return None


def marked_agent(sc: SentenceContext, t, trig):
    """غارة إسرائيلية / عملياتها / غارات الجيش: the agent marked on an attack noun."""
    view = sc.view
    if trig.suffixed:
        reporter = reporter_of_the_clause(sc, t)
        return reporter or pronoun_referent(sc, t), "pronoun"
    for k in (t + 1, t + 2):
        if k < len(view.tokens) and view.is_break(k):
            break
        c = country_mention(sc, past_a_belief(view, sc.lexicon.lists, k)) or group_adjective(sc, k)
        if c is not None:      # غارة يرجح أنها إسرائيلية / هجوم حوثي
            return c, "adjective"
    c = weapons_with_lam(sc, t)
    if c is not None:
        return c, "adjective"
    m = view.mention_at(t + 1)
    if m is not None and m.type in ACTOR_TYPES and m.type != TYPES.country:
        return m, "after"
    by = agent_after_from(sc.rules, t + 1)       # غارة جوية من طائرات الجيش
    if by is not None:
        return by, "after"
    by = agent_of_a_resumptive_relative(sc, t)
    if by is not None:
        return by, "relative"
    by = agent_answering_with(sc, t)
    return (by, "before") if by is not None else (None, "")


def weapons_with_lam(sc: SentenceContext, t: int) -> Mention | None:
    """قصف جوي لطائرات سعودية / غارة لمسيرات يعتقد أنها إسرائيلية: a noun of strike (strike_nouns),
    one describing word, then weapons or forces with لـ and their nationality: those weapons strike,
    so their country acts (not استهداف لطائرات إسرائيلية, whose weapons are hit)."""
    view, lists = sc.view, sc.lexicon.lists
    if view.token_stems(t).isdisjoint(lists["strike_nouns"]):
        return None
    k = t + 1
    if k < len(view.tokens) and not view.covering(k) and view.tokens[k].norm.endswith(("ي", "يه")) \
            and not view.tokens[k].norm.startswith("ل"):
        k += 1                 # قصف جوي لطائرات
    if k >= len(view.tokens) or view.covering(k) or not view.tokens[k].norm.startswith("ل"):
        return None
    forces = force_with_nationality(sc.rules, k)
    return forces[0] if forces is not None else None


def agent_answering_with(sc: SentenceContext, t: int) -> Mention | None:
    """وردت إسرائيل بغارات على X / إسرائيل، التي ردت بغارات على X / قامت القوات بضربات / تدخلت
    خلالها إسرائيل بغارات: the attack noun at t carries بـ and follows a verb of answering,
    carrying out or intervening (answer_verbs, perform_verbs) with its actor subject between (and
    perhaps a word of "during" with a pronoun), or after a relative pronoun on the actor named
    before it: that actor is the noun's agent."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if t < 2 or not tokens[t].norm.startswith("ب") or view.covering(t - 1) is None and view.is_break(t - 1):
        return None

    def answering(k: int) -> bool:
        return 0 <= k and not view.covering(k) and not (lists["answer_verbs"].isdisjoint(view.token_stems(k))
                                                        and lists["perform_verbs"].isdisjoint(view.token_stems(k)))
    subject = view.covering(t - 1)
    if subject is not None and subject.token_end == t and subject.type in ACTOR_TYPES:
        v = subject.token_start - 1
        if v > 0 and not view.covering(v) and any(tokens[v].norm.endswith(s) and tokens[v].norm[:-len(s)]
                                                  in lists["during_words"] for s in SUFFIXES):
            v -= 1                     # وتدخلت خلالها إسرائيل بغارات: past "during it"
        if answering(v):
            return subject             # ردت إسرائيل بغارات / تدخلت إسرائيل بغارات
    if subject is None and answering(t - 1) and t >= 3 and tokens[t - 2].norm in RELATIVE:
        k = t - 4 if tokens[t - 3].norm in ("،", ",") else t - 3
        before = view.covering(k)
        if before is not None and before.token_end == k + 1 and before.type in ACTOR_TYPES:
            return before              # إسرائيل، التي ردت بغارات
    return None


def agent_of_a_resumptive_relative(sc: SentenceContext, t: int) -> Mention | None:
    """الغارة التي شنتها إسرائيل على مخيم جباليا / الضربات الجوية التي نفذها الطيران الأمريكي:
    a relative pronoun within two words after the attack noun at t (no mention or break between),
    then a verb of carrying out with a pronoun for the noun (resumptive_verbs) and an actor: that
    actor is the noun's agent."""
    view = sc.view
    tokens = view.tokens
    for k in range(t + 1, min(t + 4, len(tokens) - 2)):
        if view.is_break(k) or view.covering(k):
            return None
        verb = k + 1 if tokens[k].norm in RELATIVE else k     # هجوما شنته الجماعة: no relative after an indefinite noun
        if verb != k or resumptive_verb(sc.lexicon, tokens[k].norm):
            if not resumptive_verb(sc.lexicon, tokens[verb].norm):
                return None
            m = view.mention_at(verb + 1)
            if m is None and verb + 2 < len(tokens) and noun_of_fighters(view, sc.lexicon.lists, verb + 1):
                m = view.mention_at(skip_quotes(view, verb + 2))   # هجمات شنتها خلايا تنظيم داعش: the fighters' group
            return m if m is not None and m.type in ACTOR_TYPES else None
    return None


def reporter_of_the_clause(sc: SentenceContext, t: int) -> Mention | None:
    """وأكدت طهران أن عملياتها استهدفت القواعد: the actor right after a sentence-opening reporting
    verb, whose complement (أن، إن) holds the attack noun at t with no actor of its own right
    after the complementiser: the one the noun's pronoun stands for."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    v = next((k for k, tok in enumerate(tokens[:3]) if not lists["reporting_verbs"].isdisjoint(stems(tok.norm))), None)
    comma = next((k for k in range(min(4, len(tokens))) if tokens[k].norm in ("،", ",")), None)
    if v is None and comma is not None and not any(view.covering(k) for k in range(comma)):
        v = next((k for k in range(comma + 1, min(comma + 4, len(tokens)))     # من جانبها، أعلنت الكتيبة أن
                  if not lists["reporting_verbs"].isdisjoint(stems(tokens[k].norm))), None)
    speaker = view.mention_at(v + 1) if v is not None else None
    if speaker is None or speaker.type not in ACTOR_TYPES:
        return None
    k = _past_the_speakers_affiliation(sc, speaker.token_end, t)
    if k < t and tokens[k].norm in ("،", ","):
        k += 1
    k = _past_a_statement_aside(sc, k, t)     # قالت الكتيبة، في بيان مقتضب، إن مقاتليها
    if k >= t or t - k > 40 or tokens[k].norm not in BARE_COMPLEMENTISERS:
        return None         # (a clause opening near the sentence's start, read over at most 40 words)
    first = view.mention_at(k + 1)
    if first is not None and first.type in ACTOR_TYPES:
        return None         # قال حزب الله إن الجيش الإسرائيلي واصل غاراته: the clause's own subject
    if any(tokens[j].norm in BARE_COMPLEMENTISERS for j in range(k + 1, t)):
        return None         # a clause inside the clause: its own subject
    return represented(sc, speaker)


def _past_a_statement_aside(sc: SentenceContext, k: int, t: int) -> int:
    """في بيان مقتضب، / في بيان لها، : at token k في and a noun of statement (statement_nouns),
    then up to three words and a comma: the token after the comma; else k."""
    view, tokens = sc.view, sc.view.tokens
    if k + 1 >= t or tokens[k].norm != "في" or view.covering(k + 1) \
            or view.token_stems(k + 1).isdisjoint(sc.lexicon.lists["statement_nouns"]):
        return k
    for j in range(k + 2, min(k + 6, t)):
        if tokens[j].norm in ("،", ","):
            return j + 1
        if view.is_break(j) or view.covering(j):
            return k
    return k


def _past_the_speakers_affiliation(sc: SentenceContext, k: int, t: int) -> int:
    """أعلنت كتيبة جنين التابعة لسرايا القدس، الجناح العسكري لحركة الجهاد، أن مقاتليها: from token
    k after the speaker, past a word of belonging (part_of) and the bodies it names, each
    perhaps with a wing in apposition between commas, and a statement aside (في بيان مقتضب،): the
    token after them (k when none)."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k >= t or tokens[k].norm not in lists["part_of"]:
        return k
    j = k + 1
    while j < t:
        m = view.mention_at(j)
        if m is not None and m.type in ORG_TYPES:
            j = m.token_end
            continue
        if tokens[j].norm in ("،", ",") and j + 1 < t and view.mention_at(j + 1) is not None \
                and view.mention_at(j + 1).type in ORG_TYPES:
            j += 1
            continue
        break
    if j < t and tokens[j].norm in ("،", ","):
        j += 1
    j = _past_a_statement_aside(sc, j, t)     # ، في بيان مقتضب، إن
    return j if j < t and tokens[j].norm in BARE_COMPLEMENTISERS else k


def strike_noun_before(sc: SentenceContext, t: int) -> int | None:
    """وقال مصدر إن الغارات استهدفت / الضربات طالت / أن تكون المسيرة نفسها قد أغارت: a definite noun of
    strike opening its clause (constructions.opening_strike_noun) right before token t, past قد and
    a word of emphasis (self_words): its index, else None. It names no actor: it refers back to
    strikes told before."""
    view, lists = sc.view, sc.lexicon.lists
    k = t - 1
    if k >= 0 and view.tokens[k].norm == "قد":
        k -= 1
    if k >= 0 and view.tokens[k].norm in lists["self_words"]:
        k -= 1
    return k if opening_strike_noun(sc.rules, k) else None


def unknown_noun(sc: SentenceContext, k) -> bool:
    """A definite noun no mention covers (القوات، المسيرات): a subject kg cannot name."""
    view = sc.view
    if k < 0 or k >= len(view.tokens) or view.covering(k):
        return False
    n = view.tokens[k].norm
    cues = sc.cues
    if not (n.startswith("ال") and len(n) >= 5) or n in TIME_WORDS or n in cues.stop or n in RELATIVE:
        return False
    if n in TIME_SPAN_WORDS:
        return False          # سيطرت العام الماضي على: a time, no subject
    if view.tokens[k].text.startswith("آ"):
        return False          # آليات، آلاف: an alef with madda, normalised like the article, is no article
    if n in cues.anaphors or n[2:] in cues.place or n in sc.registry.nationality or n in sc.lexicon.forms \
            or n[2:] in PARTITIVE_PLACES or n[2:] in sc.lexicon.lists["place_heads"] or (n,) in cues.titles:
        return False          # (الرئيس: a title, whose person the title rule finds)
    return not (n.endswith(("يه", "ي")) and len(n) > 5)      # an adjective (الإسرائيلية)


def counted_noun_before(view: SentenceView, t) -> bool:
    """12 شخصا قتلوا / عشرات المدنيين قتلوا: a counted, unnamed subject."""
    for k in (t - 1, t - 2):
        n = view.tokens[k].norm if k >= 0 else ""
        counted = n.isdigit() and k == t - 2 and len(n) < 4 and is_word(view.tokens[t - 1].norm)
        if k >= 0 and (counted or n in QUANTITY_NOUNS) and not view.covering(k):
            return all(not view.covering(x) for x in range(k, t))
    return False


def forces_before(sc: SentenceContext, t):
    """A force noun with a nationality a few words before a verbal noun, with only a verb or
    time words between (تولت مسيرة أميركية مساء الأربعاء اغتيال ...): the country acts."""
    view = sc.view
    for k in range(t - 2, max(-1, t - 8), -1):
        if view.is_break(k) or view.covering(k):
            return None
        found = force_with_nationality(sc.rules, k)
        if found is not None:
            between = [view.tokens[j].norm for j in range(found[1], t)]
            if all(n in TIME_WORDS or n.isdigit() for n in between):
                return found[0]
            return None
    return None


def lam_object_after(sc: SentenceContext, m) -> bool:
    """استهداف الولايات المتحدة (الأمريكية) للمنشآت: a genitive followed by a لـ object is the
    verbal noun's agent, not its patient."""
    view = sc.view
    k = m.token_end
    if k < len(view.tokens) and country_mention(sc, k) is not None:
        k += 1
    if k >= len(view.tokens) or view.covering(k) and view.covering(k).token_start != k:
        return False
    return any(p.endswith("ل") for p, _ in proclitic_variants(view.tokens[k].norm)[1:])


def prep_object_after(sc: SentenceContext, m, preps: tuple[str, ...]) -> bool:
    """لقاء الرئيس فلان بنظيره / لقاء فلان مع المبعوث: a person in the genitive of a verbal noun
    followed (past a nationality) by one of the verbal noun's prepositions (a word: مع; or a
    one-letter proclitic: بـ) and an actor: the person is the agent, the one after the object."""
    view = sc.view
    k = m.token_end
    if k < len(view.tokens) and country_mention(sc, k) is not None:
        k += 1
    if not preps or k + 1 >= len(view.tokens) or view.is_break(k):
        return False
    norm = view.tokens[k].norm
    if norm in preps:
        k += 1
    elif not any(p in preps for p, _ in proclitic_variants(norm)[1:] if len(p) == 1):
        return False
    return any(x.token_start in (k, k + 1, k + 2, k + 3) and x.type in ACTOR_TYPES for x in view.mentions)


def person_object_after(sc: SentenceContext, m) -> bool:
    """اغتيال إسرائيل القيادي في حماس يحيى السنوار: a country in the genitive of a verbal noun,
    followed by a person (or a title that names one within four words) with no preposition: the
    country is the agent, the person the patient."""
    view = sc.view
    k = m.token_end
    if k >= len(view.tokens) or view.is_break(k):
        return False
    nxt = view.mention_at(k)
    if nxt is not None:
        return nxt.type == TYPES.person and not _prefix(view, nxt)
    if view.covering(k) or (view.tokens[k].norm,) not in sc.cues.titles:
        return False
    return any(x.type == TYPES.person and k < x.token_start <= k + 4 for x in view.mentions) \
        and not any(view.is_break(j) for j in range(k, min(k + 4, len(view.tokens))))


def passive_agent_at(view: SentenceView, k):
    """الحصار المفروض من "الدعم السريع" على المدينة / من قبل الجيش: the agent after من (قبل)."""
    tokens = view.tokens
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1
        if k < len(tokens) and tokens[k].norm == "قبل":
            k += 1
    elif k < len(tokens) and tokens[k].norm.startswith("من") and tokens[k].norm[2:] == "قبل":
        k += 1
    else:
        return None
    while k < len(tokens) and tokens[k].norm in QUOTES:
        k += 1
    m = view.mention_at(k)
    return m if m is not None and m.type in ACTOR_TYPES else None


def coordinated(sc: SentenceContext, m):
    """X وY، وZ: actors joined to the subject by و share its role (the list may end or start
    with the subject). Read once per sentence and mention (several trigger readings ask it of
    the same subject); each call gets a list of its own (callers extend it)."""
    hit = sc.coordinated_lists.get(m)
    if hit is None or hit[0] is not m:
        hit = sc.coordinated_lists[m] = (m, tuple(_coordinated(sc, m)))
    return list(hit[1])


def _coordinated(sc: SentenceContext, m):
    """coordinated's reading (uncached)."""
    view = sc.view
    out, k = [m], m.token_end
    if m.sentence != view.sentence.index:
        return out
    if m.source == "adjective":
        return out + coordinated_nationalities(sc.rules, m)
    out += same_body_other_nationality(sc, m)
    cur = m
    while True:
        ally = ally_noun(sc, skip_quotes(view, cur.token_start - 1, -1))
        if not (ally or _prefix(view, cur).startswith("و")):
            break
        k0 = skip_quotes(view, cur.token_start - 1, -1) if ally else cur.token_start
        prev = mention_ending_at(view, skip_back(view, k0))
        if prev is None or prev.type not in ACTOR_TYPES:
            break
        out.insert(0, prev)
        cur = prev
    while k < len(view.tokens):
        while k < len(view.tokens) and (view.tokens[k].norm in QUOTES or view.tokens[k].norm in ("،", ",")):
            k += 1
        ally = ally_noun(sc, k)
        nxt = view.mention_at(skip_quotes(view, k + 1) if ally else k)
        if nxt is None and m.type == TYPES.person:
            nxt = titled_conjunct(sc, k)         # عون ورئيس الحكومة نواف سلام
            if nxt is not None:
                out.append(nxt)
                k = nxt.token_end
                continue
        if nxt is None and not ally and k < len(view.tokens) and view.tokens[k].norm.startswith("و"):
            forces = force_with_nationality(sc.rules, k)
            if forces is not None and forces[0].entity_id != m.entity_id:
                out.append(forces[0])            # قصفت قوات النظام ومقاتلات روسية: the fighters' country
                k = forces[1]
                continue
        if nxt is None and not ally:
            fighters = fighters_of_conjunct(sc, k)
            if fighters is not None:
                out.append(fighters)             # انسحب الجيش المالي ومقاتلو فاغنر: the fighters' group
                k = fighters.token_end
                continue
        if nxt is None or nxt.type not in ACTOR_TYPES or not (ally or _prefix(view, nxt).startswith("و")):
            break
        out.append(nxt)
        k = nxt.token_end
    return out


def fighters_of_conjunct(sc: SentenceContext, k: int):
    """الجيش المالي ومقاتلو فاغنر / القوات الحكومية وعناصر الحركة / الولايات المتحدة ودول الاتحاد
    الأوروبي: و on a noun of fighters or units (fighter_nouns) or of members (member_nouns) at
    token k, no mention covering it, and an actor right after it: that actor, coordinated with
    the one before; else None."""
    view = sc.view
    tokens = view.tokens
    lists = sc.lexicon.lists
    if k + 1 >= len(tokens) or not tokens[k].norm.startswith("و") or view.covering(k):
        return None
    stems = view.token_stems(k)
    if stems.isdisjoint(lists["fighter_nouns"]) and stems.isdisjoint(lists["member_nouns"]):
        return owner_of_conjoined_units(sc, k)       # وفصائل تابعة للجيش السوري: only with its owner
    return _owner_after_belonging(sc, k + 1) or (
        m if (m := view.mention_at(k + 1)) is not None and m.type in ACTOR_TYPES else None)


def owner_of_conjoined_units(sc: SentenceContext, k: int) -> Mention | None:
    """وفصائل تابعة للجيش السوري / ومجموعات من الحرس الوطني: و on a noun of fighters or units
    (fighter_nouns, unit_plurals) at token k, no mention covering it, then من or a participle of
    belonging and an actor: that actor; else None."""
    view, lists = sc.view, sc.lexicon.lists
    if k + 2 >= len(view.tokens) or not view.tokens[k].norm.startswith("و") or view.covering(k):
        return None
    stems = view.token_stems(k)
    if stems.isdisjoint(lists["fighter_nouns"]) and stems.isdisjoint(lists["unit_plurals"]):
        return None
    return _owner_after_belonging(sc, k + 1)


def _owner_after_belonging(sc: SentenceContext, j: int) -> Mention | None:
    """وفصائل تابعة للجيش السوري / ومجموعات من الحرس الوطني: after a noun of fighters or units,
    من or a participle of belonging (part_of: تابعة، التابعة) and the actor it names (token j on);
    else None."""
    view, tokens = sc.view, sc.view.tokens
    if j >= len(tokens) or view.covering(j):
        return None
    if tokens[j].norm != "من" and view.token_stems(j).isdisjoint(sc.lexicon.lists["part_of"]):
        return None
    m = view.mention_at(skip_quotes(view, j + 1))
    return m if m is not None and m.type in ACTOR_TYPES else None

def titled_conjunct(sc: SentenceContext, k: int, reach: int = 4) -> Mention | None:
    """عون ورئيس الحكومة نواف سلام: و on a person's title (token k), then within ``reach`` words the
    person it names (past the body or country of the title, no verb or break between): that person."""
    view = sc.view
    tokens = view.tokens
    norm = tokens[k].norm if k < len(tokens) else ""
    if not norm.startswith("و") or view.covering(k) or (norm[1:],) not in sc.cues.titles:
        return None
    for j in range(k + 1, min(k + 1 + reach, len(tokens))):
        if view.is_break(j):
            return None
        m = view.mention_at(j)
        if m is not None and m.type == TYPES.person:
            return m
        if m is None and not view.covering(j) and sc.lexicon.trigger_readings[tokens[j].norm]:
            return None
    return None


def ally_noun(sc: SentenceContext, k: int) -> bool:
    """الدعم السريع وحليفتها الحركة الشعبية: token k is و and an ally noun with a pronoun for the
    actor before it; the actor after it is coordinated with that one."""
    view = sc.view
    return 0 <= k < len(view.tokens) and view.tokens[k].norm.startswith("و") and not view.covering(k) \
        and not view.token_stems(k).isdisjoint(sc.lexicon.lists["ally_nouns"])


def same_body_other_nationality(sc: SentenceContext, m):
    """القوات التركية والعراقية: the same kind of body of the country the و-joined adjective
    names, when the registry knows it by that name (القوات العراقية); else the country itself
    (قوات أمريكية وبريطانية: the United Kingdom)."""
    view = sc.view
    out, k = [], m.token_end
    words = phrase_key(m.text)
    if len(words) < 2 or words[-1] not in sc.registry.nationality:
        return out
    while k < len(view.tokens) and view.tokens[k].norm.startswith("و") and view.tokens[k].norm[1:] in sc.registry.nationality:
        found = [e for e in sc.registry.lookup(words[:-1] + (view.tokens[k].norm[1:],)) if e.entity_id in sc.registry.entities]
        if not found:
            country = country_mention(sc, k)
            if country is None:
                break
            out.append(country)
            k += 1
            continue
        e = sc.registry.entities[found[0].entity_id]
        out.append(adjective_mention(sc, k, e.id, e.type))
        k += 1
    return out


def skip_back(view: SentenceView, k):
    """Index after the last token before k that is not a comma or quote."""
    while k > 0 and view.tokens[k - 1].norm in QUOTES | {"،", ","}:
        k -= 1
    return k


def mention_ending_at(view: SentenceView, k: int) -> Mention | None:
    """سيطرت هيئة تحرير الشام: the mention that ends right before token k (past quotes)."""
    while k > 0 and view.tokens[k - 1].norm in QUOTES:
        k -= 1
    for m in view.mentions:
        if m.token_end == k:
            return m
    return None


def suffixed_before(view: SentenceView, t: int, lists=None) -> bool:
    """قواتها سيطرت / وحداته تقدمت: a force or weapon noun with a pronoun suffix one or two words
    before t (``lists``: the lexicon's word lists, for any force noun of the lexicon)."""
    for k in (t - 1, t - 2):
        if k >= 0 and (suffixed_noun(view.tokens[k].norm) or (lists is not None and
                                                             suffixed_force_noun(view.tokens[k].norm, lists))):
            return True
        if k >= 0 and view.is_break(k):
            return False
    return False


def ours_before(view: SentenceView, t: int, lists) -> bool:
    """قواتنا سيطرت / مقاتلونا هاجموا: a force or fighter noun with the first person plural
    pronoun one or two words before t."""
    for k in (t - 1, t - 2):
        if k >= 0 and our_force_noun(view.tokens[k].norm, lists):
            return True
        if k >= 0 and view.is_break(k):
            return False
    return False


def represented(sc: SentenceContext, m):
    """A spokesperson announcing an action speaks for the organisation that acted."""
    view = sc.view
    if m.type != TYPES.person:
        return m
    for c in sc.state.claims:
        if c.subject == m.entity_id and c.predicate in (RELATIONS.member_of, RELATIONS.leads) \
                and c.provenance.start == view.sentence.start:
            org = next((x for x in view.mentions + view.nested if x.entity_id == c.object), None)
            if org is not None:
                return org
    inner = next((x for x in view.nested if m.token_start <= x.token_start and x.token_end <= m.token_end
                  and x.type in ORG_TYPES), None)
    return inner or m


def partitive(view: SentenceView, m):
    """عشرات المقاتلين من قوة الرضوان: the group after a partitive من is the actor."""
    k = m.token_end
    if k + 1 < len(view.tokens) and view.tokens[k].norm == "من":
        nxt = view.mention_at(k + 1)
        if nxt is not None and nxt.type in ORG_TYPES:
            return nxt
    return m


def continues_discourse(view: SentenceView, t, openers: frozenset = frozenset()) -> bool:
    """The verb carries on what the discourse was about: وسيطرت، حيث سيطرت، كما هاجمت, or it
    opens the sentence, perhaps after a fronted phrase of time set off by a comma (وبعد ساعات،
    سيطرت: one opened by ``openers``, في or a time word, naming nobody); not a verb after a comma
    that closed an unknown subject."""
    if t == 0 or any(p in ("و", "ف") for p, st in proclitic_variants(view.tokens[t].norm)[1:2]):
        return True
    k = t - 1
    while k >= 0 and view.tokens[k].norm in QUOTES:
        k -= 1
    if 1 <= k <= 6 and view.tokens[k].norm in ("،", ",") and not any(view.covering(j) or view.is_break(j)
                                                                    for j in range(k)):
        first = {st for _, st in proclitic_variants(view.tokens[0].norm)}
        if not first.isdisjoint(openers) or "في" in first or not first.isdisjoint(TIME_WORDS):
            return True       # وبعد ساعات، سيطرت على ... / وفي وقت لاحق، هاجمت ...
    return k < 0 or view.tokens[k].norm in DISCOURSE_LINKS or (
        not view.is_break(k) and view.tokens[k].norm in TIME_WORDS)


def clause_initial(sc: SentenceContext, t) -> bool:
    """No unknown noun stands between the clause start and the trigger (an implicit subject)."""
    view = sc.view
    k = t - 1
    content = 0
    while k >= 0 and not view.is_break(k):
        n = view.tokens[k].norm
        if is_word(n) and n not in FUNCTION_WORDS and n not in QUOTES and not view.covering(k):
            stripped = {s for s in stems(n)}
            if not stripped & FUNCTION_WORDS and not stripped & sc.lexicon.lists["reporting_verbs"]:
                content += 1
        k -= 1
    return content <= 1


def resumptive_verb(lexicon, norm) -> bool:
    """شنته، نفذها: a verb with a pronoun for the noun before it (هجوم شنته فصائل ...)."""
    verbs = lexicon.lists["resumptive_verbs"]
    for suffix in RESUMPTIVE_SUFFIXES:
        if norm.endswith(suffix) and norm[:-len(suffix)] in verbs:
            return True
    return False


def feminine_verb(lexicon, norm: str) -> bool:
    """سيطرت، تسيطر: a verb form the lexicon knows that agrees with a feminine subject (its
    masculine form سيطر، يسيطر is a form too)."""
    for _, stem in proclitic_variants(norm):
        if stem in lexicon.forms:
            if stem.endswith("ت") and stem[:-1] in lexicon.forms:
                return True
            if stem.startswith("ت") and "ي" + stem[1:] in lexicon.forms:
                return True
            return False
    return False


def suffixed_noun(norm: str) -> bool:
    """قواتها، مقاتليهم، عناصره: a force noun with a pronoun suffix."""
    return norm.startswith(("قوات", "مقاتلي", "عناصر")) and norm.endswith(("ها", "هم", "ه"))


def our_force_noun(norm: str, lists) -> bool:
    """قواتنا، مقاتلونا، طائراتنا، عناصرنا، أبطالنا: a force or fighter noun with the pronoun of the
    first person plural: the forces of the one who speaks (a few nouns, our_fighter_nouns, name
    fighters only with that pronoun: أبطالنا، رجالنا)."""
    if not norm.endswith("نا") or len(norm) < 6:
        return False
    stem = norm[:-2]
    return any(x in lists["force_nouns"] or x in lists["fighter_nouns"] or x in lists["our_fighter_nouns"]
               for x in (stem, stem[:-1] + "ه"))


def headline_colon(view: SentenceView, c: int) -> bool:
    """Token c is the colon right after the actor a line opens with (الجيش السوداني: قواتنا ...)."""
    return c >= 1 and view.tokens[c].norm == ":" and (m := mention_ending_at(view, c)) is not None \
        and m.token_start == 0


def suffixed_force_noun(norm: str, lists) -> bool:
    """وحداته، طائراته، مدفعيته: a force or weapon noun of the lexicon with a pronoun suffix."""
    for suffix in ("ها", "هم", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[:-len(suffix)]
            if suffix == "ه" and not stem.endswith(("ت", "ي", "و")):
                return False       # مسلحة (normalised مسلحه): a feminine ending, no pronoun
            stems_ = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            return any(x in lists["force_nouns"] or x in lists["fighter_nouns"] for x in stems_)
    return False


def has_later_object(view: SentenceView, k: int, trig: Trigger) -> bool:
    """سيطرت تركيا على عفرين: a mention of the kind the trigger wants as object (not a country)
    from token k on; always true for a trigger that does not want a place."""
    for m in view.mentions:
        if m.token_start >= k and _ok_type(m, trig.obj) and m.type != TYPES.country:
            return True
    return trig.obj != "place"


def pronoun_referent(sc: SentenceContext, t: int, allow_country: bool = False) -> Mention | None:
    """أعلنت الهيئة سيطرتها: the actor a pronoun at token t stands for: the country of a force
    noun just before, the latest actor no preposition governs (a state only when named, no
    preposition before it, right before the word: تواصل تركيا عملياتها), else the discourse topic
    or the latest organisation of the article."""
    view = sc.view
    forces = forces_ending_before(sc, t)
    if forces is not None:
        return forces            # دبابات إسرائيلية أثناء اقتحامها المعبر: the tanks' country
    speaker = speaker_of_reported_forces(sc, t)
    if speaker is not None:
        return speaker           # وأضاف أن قواته تتقدم نحو المدينة: the speaker's forces
    excluded = {TYPES.person} if allow_country else {TYPES.country, TYPES.person}
    for m in reversed([m for m in view.mentions if m.token_end <= t]):
        if m.type == TYPES.person:
            org = represented(sc, m)
            if org is not m:
                return org        # قال رئيس الحكومة ... إن قواته: the government's forces
            continue
        if m.type in ACTOR_TYPES - excluded and not _prefix(view, m).endswith(("ل", "ب")):
            return m
        if m.type == TYPES.country and m.token_end == t and m.source != "adjective" and not governed(sc, m):
            return m          # تواصل تركيا عملياتها ضد: the state named right before its own noun
    if unnamed_subject_before(sc, t):
        return None           # وكانت الحركة قد أعلنت تحالفها: her is a body kg cannot name
    if sc.state.topic is not None:
        return sc.state.topic
    for m in reversed(sc.state.history):
        if m.type in ORG_TYPES:
            return m
    return None


def speaker_of_reported_forces(sc: SentenceContext, t: int) -> Mention | None:
    """وأضاف أن قواته تتقدم / مشيرا إلى أن قواته تواصل تقدمها / قال فلان: "قواتنا سيطرت": a force
    noun with a pronoun suffix (قواته، وحداتها، قواتنا) one to three words before t, opening a
    clause (أن، إن، بأن، or a colon) that a reporting word governs (أضاف، قال، مشيرا إلى), or after
    the colon of a line's speaker (الجيش: قواتنا ...): its pronoun is the one who speaks, the actor
    the sentence credits (an outlet speaks for no forces); else None."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if sc.source is None:
        return None
    for k in range(t - 1, max(0, t - 4), -1):
        if view.is_break(k) or view.covering(k):
            return None
        if not (suffixed_noun(tokens[k].norm) or suffixed_force_noun(tokens[k].norm, lists)
                or our_force_noun(tokens[k].norm, lists)):
            continue
        c = k - 1
        while c > 0 and tokens[c].norm in QUOTES:
            c -= 1             # قال الجيش إن "قواتنا ...
        r = reporting_verb_before(view, c, lists) \
            if c >= 1 and (tokens[c].norm in BARE_COMPLEMENTISERS or tokens[c].norm == ":") else None
        if r is None and not (c >= 1 and headline_colon(view, c)):
            return None
        m = (named_speaker(view, r, c) if r is not None else None) \
            or next((m for m in reversed(view.mentions) if m.entity_id == sc.source[0] and m.token_end <= k), None) \
            or next((m for m in reversed(sc.state.history) if m.entity_id == sc.source[0]), None)
        if m is None or m.type not in ACTOR_TYPES or m.type == TYPES.outlet:
            return None
        org = represented(sc, m)
        return org if org.type != TYPES.person else None
    return None


REPORTER_REACH = 8        # words between a verb of saying and its أن: the speaker and a phrase (في بيان)


def named_speaker(view: SentenceView, r: int, c: int) -> Mention | None:
    """فيما قالت القوات الجوية إن مقاتلاتها قصفت ...: the actor named right after the verb of
    saying at r and before its complementiser at c (not an outlet), the one a pronoun in the
    clause stands for even when the sentence credits another source; else None."""
    m = view.mention_at(r + 1)
    if m is None or m.type not in ACTOR_TYPES or m.type == TYPES.outlet or m.token_end > c:
        return None
    return m


def reporting_verb_before(view: SentenceView, c: int, lists, reach: int = REPORTER_REACH) -> int | None:
    """أشار بيان للجيش الإسرائيلي إلى أن: the verb of saying that governs the complementiser at c,
    at most ``reach`` words before it past its speaker and a short phrase, with no break or other
    clause between (its index), else None."""
    for r in range(c - 1, max(-1, c - 1 - reach), -1):
        if view.is_break(r) or view.tokens[r].norm in BARE_COMPLEMENTISERS:
            return None
        if view.covering(r) is None and not view.token_stems(r).isdisjoint(lists["reporting_verbs"]):
            return r
    return None


def forces_ending_before(sc: SentenceContext, t):
    """The nearest force noun with a nationality (دبابات إسرائيلية) before t, when no actor
    mention stands between it and t."""
    view = sc.view
    for k in range(t - 2, max(-1, t - 6), -1):
        if view.is_break(k):
            return None
        m = view.covering(k)
        if m is not None and m.type in ACTOR_TYPES and m.source != "adjective":
            return None
        found = force_with_nationality(sc.rules, k)
        if found is not None and found[1] <= t:
            return found[0]
    return None


def unnamed_subject_before(sc: SentenceContext, t) -> bool:
    """A definite noun no mention covers, right after the clause's verb (or first), before t:
    the subject a pronoun on t refers to, unnamed."""
    view = sc.view
    for k in range(max(0, t - 4), t):
        if unknown_noun(sc, k) and (k == 0 or view.tokens[k - 1].norm not in
                                            CORE_PREPOSITIONS):
            prev = view.tokens[k - 1].norm if k else ""
            if k == 0 or any(s in sc.lexicon.forms or s in ("كان", "كانت", "قد") or
                             s in sc.lexicon.lists["reporting_verbs"] for s in stems(prev)):
                return True
    return False


def governed(sc: SentenceContext, m, allow_fi=False) -> bool:
    """The mention is the object of a preposition (مع X، من X، لـX) or a source (وفقا لـX)."""
    view = sc.view
    p = _prefix(view, m)
    k = m.token_start - 1
    if p.endswith("ل") and k >= 0 and view.tokens[k].norm in sc.lexicon.lists["part_of"] \
            and mention_ending_at(view, k) is None and m.type != TYPES.person:
        return False          # الطيران الحربي التابع للجيش شن ...: the owner acts (not a man whose forces act)
    if p.endswith("ب") and k >= 0 and not view.covering(k) and members_noun(sc, view.tokens[k].norm):
        return False          # قادة بالجيش غادروا المطار: the body's members act for it
    if p.endswith(("ل", "ب", "ك")):
        return True
    while k >= 0 and view.tokens[k].norm in QUOTES:
        k -= 1
    if k < 0:
        return False
    prev = view.tokens[k].norm
    if len(prev) > 2 and prev[0] in PROCLITIC_CONJ and prev[1:] in GOVERNING_PREPOSITIONS:
        prev = prev[1:]           # وفي الكاميرون، قتل ...: the preposition past its conjunction
    if p.startswith("و"):
        before = mention_ending_at(view, k + 1)
        if before is not None and before is not m and before.token_start > 0 \
                and view.tokens[before.token_start - 1].norm == "بين":
            return True           # بين لبنان وسورية: both are governed by بين
    if prev == "من" and k > 0 and view.tokens[k - 1].norm in QUANTITY_NOUNS:
        return False
    if prev == "من" and k > 0 and not view.covering(k - 1) and unit_noun(sc, view.tokens[k - 1].norm):
        return False              # قوة من الجيش اللبناني انتشرت، عشرات المقاتلين من الحركة فروا: its units act
    if prev == "من" and k > 1 and not view.covering(k - 1) and not view.covering(k - 2) \
            and described_unit(sc, view.tokens[k - 2].norm, view.tokens[k - 1].norm):
        return False              # قوة كبيرة من الدعم السريع تقدمت، رتل عسكري من الجيش: its units act
    if allow_fi and prev == "في" and m.type != TYPES.country:
        return False
    if prev == "في" and k > 0 and not view.covering(k - 1) and members_noun(sc, view.tokens[k - 1].norm):
        return False              # ضباط في الجيش انسحبوا من القاعدة: the body's members act for it
    if not view.token_stems(k).isdisjoint(sc.lexicon.lists["source_preps"]):
        return True               # وبحسب وزارة الصحة، قتل ...: a source, never the subject
    if k > 0 and prev in sc.lexicon.lists["force_nouns"] and not view.covering(k) \
            and view.tokens[k - 1].norm in GOVERNING_PREPOSITIONS and not view.covering(k - 1):
        return True               # بالتعاون مع قوات الاتحاد الأفريقي: the force noun's owner is governed with it
    return prev in GOVERNING_PREPOSITIONS


def described_unit(sc: SentenceContext, noun: str, word: str) -> bool:
    """قوة كبيرة، رتل عسكري، قوات خاصة: an indefinite noun of fighters or units and one indefinite
    adjective after it (a word ending as adjectives do)."""
    return unit_noun(sc, noun) and not noun.startswith("ال") and not word.startswith("ال") \
        and len(word) >= 3 and word.endswith(("يه", "ي", "ه")) and word not in GOVERNING_PREPOSITIONS


def unit_noun(sc: SentenceContext, norm: str) -> bool:
    """قوة، المقاتلين، أرتال: a noun of fighters or units (with or without its article), whose
    partitive من names the actor they belong to."""
    fighters = sc.lexicon.lists["fighter_nouns"]
    return norm in fighters or (norm.startswith("ال") and norm[2:] in fighters)


def members_noun(sc: SentenceContext, norm: str) -> bool:
    """قادة، ضباط، عناصر، جنود: a plural noun of a body's members or units (fighter_nouns,
    officer_nouns; with or without its article), whose بـ or في names the body they belong to."""
    officers = sc.lexicon.lists["officer_nouns"]
    return unit_noun(sc, norm) or norm in officers or (norm.startswith("ال") and norm[2:] in officers)

def preceding_actor(sc: SentenceContext, t: int, allow_fi: bool = False, feminine: bool = False) -> Mention | None:
    """هيئة تحرير الشام سيطرت على المدينة: the nearest actor before t that no preposition governs
    (not a man before a feminine verb); through التي يقودها to the head the relative clause
    describes."""
    view = sc.view
    opening = reported_clause_start(view, t, sc.lexicon.lists["force_nouns"])
    backers = backing_aside_before(sc, t)
    for m in reversed([m for m in view.mentions if opening < m.token_start and m.token_end <= t]):
        if feminine and m.type == TYPES.person:
            continue
        if backers is not None and backers[0] < m.token_start < backers[1]:
            continue           # قوات الجيش، مدعومة بقوات من البعثة، سيطرت: the backer does not act
        if opening == FORCES_OF_THE_SPEAKER and m.type == TYPES.person and represented(sc, m) is m:
            continue           # قال العميد فلان إن الجيش ...: the army is no man's (a spokesman's is his body's)
        if m.type in ACTOR_TYPES and m.type != TYPES.outlet and not governed(sc, m, allow_fi):
            if m.token_start > 0 and not view.covering(m.token_start - 1) \
                    and not view.token_stems(m.token_start - 1).isdisjoint(sc.lexicon.lists["fall_words"]):
                continue       # منذ سقوط نظام الأسد ... وقد سيطرت على: the fallen regime acts in nothing after
            k = m.token_start - 1
            while k > 0 and view.tokens[k].norm in QUOTES:
                k -= 1
            if k >= 1 and view.tokens[k].norm in sc.lexicon.lists["leads_relative"] \
                    and view.tokens[k - 1].norm in RELATIVE:
                head = mention_ending_at(view, k - 1)
                if head is not None:
                    return head
            return m
    return None


BACKING_ASIDE_REACH = 20    # words from the comma before a verb back to the comma that opens a backing aside


def backing_aside_before(sc: SentenceContext, t: int, reach: int = BACKING_ASIDE_REACH) -> tuple[int, int] | None:
    """قوات الجيش، مدعومة بقوات من بعثة الاتحاد الأفريقي، سيطرت / قوة من الفرقة، بإسناد من طيران
    التحالف، داهمت: a comma right before token t (or before the verb t is joined to) closing an aside that a comma opens with a word
    of backing (supported_by participles, backing_words phrases): (the opening comma, the closing
    one), whose actors back the one before them and are not the verb's subject; else None."""
    view, tokens, lists = sc.view, sc.view.tokens, sc.lexicon.lists
    close = t - 1
    if close > t - 3 and close >= 1 and not view.covering(close) \
            and any(st in sc.lexicon.forms for st in stems(tokens[close].norm)):
        close -= 1             # ...، دخلت وسيطرت على: the verb before the joined one
    if close < 1 or tokens[close].norm not in ("،", ","):
        return None
    for j in range(close - 1, max(0, close - reach), -1):
        if tokens[j].norm in ("،", ","):
            k = j + 1
            backed = k < close and not view.covering(k) and (
                tokens[k].norm in lists["supported_by"] or phrase_at(view, lists["backing_words"], k))
            return (j, close) if backed else None
    return None


FORCES_OF_THE_SPEAKER = -2      # reported_clause_start: the clause's subject is an unnamed force


def reported_clause_start(view: SentenceView, t: int, force_nouns=frozenset()) -> int:
    """قال المرصد إن مسلحين هاجموا البلدة: the index of the last bare complementiser (إن، أن، بأن)
    before t that opens a clause with a noun of its own: the actor of t is inside that clause, not
    the speaker before it. -1 (anyone before) when there is none, when the clause opens with a
    word carrying the speaker's pronoun (أن قواته تمكنت) or t is a relative's verb (أن الأهداف التي
    استهدفها); FORCES_OF_THE_SPEAKER when it opens with an unnamed force (إن الطائرات الحربية
    قصفت: the speaking body's, not a man's)."""
    tokens = view.tokens
    if t > 0 and tokens[t - 1].norm in RELATIVE:
        return -1
    for k in range(t - 1, -1, -1):
        if tokens[k].norm in BARE_COMPLEMENTISERS and k + 1 < t:
            after = tokens[k + 1].norm
            if view.covering(k + 1):
                return k
            if len(after) > 4 and after.endswith(SUFFIXES):
                return -1
            return FORCES_OF_THE_SPEAKER if after in force_nouns else k
    return -1


def prep_pronoun(view: SentenceView, after, preps) -> int | None:
    """Index of a preposition carrying a pronoun right after the trigger (عليها، منها، إليه)."""
    for k in (after, after + 1):
        if k < len(view.tokens):
            n = view.tokens[k].norm
            for prep in preps:
                if n.startswith(prep) and n[len(prep):] in SUFFIXES + ("يها", "يه", "يهم"):
                    return k
    return None


def place_referent(sc: SentenceContext, t, kind):
    """The place a pronoun (منها، عليها) stands for: the latest place that is not only named
    to locate another (الناقورة بقضاء صور -> الناقورة)."""
    view = sc.view

    def fits(m):
        return _ok_type(m, kind) and m.type != TYPES.country and (m.sentence, m.token_start) not in sc.state.containers
    for m in reversed([m for m in view.mentions if m.token_end <= t]):
        if fits(m):
            return m
    for m in reversed(sc.state.history[-25:]):
        if fits(m):
            return m
    return None


def find_objects(tc: TriggerContext, after: int, subj: Mention | None) -> list[Mention]:
    """سيطرت الفصائل على بلدات عيترون، عيتا الشعب ومركبا: the objects of the trigger, from token
    ``after`` on: after its preposition, coordinated by و or listed with commas; a pronoun on the
    preposition (عليها) stands for a place named before; never the subject itself."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    start = after
    if tc.object_pronoun:
        return pronoun_object(tc, after, subj)       # دخلتها قوات الدعم السريع
    pro = prep_pronoun(view, after, trig.prep + trig.optional_prep) if trig.prep or trig.optional_prep else None
    if pro is not None:
        return pronoun_object(tc, after, subj)
    if trig.prep:
        start = find_prep(sc, after, trig.prep,
                          1 if trig.adjacent else 3 if trig.agent == "marked" else 8)
        if start is None:
            return []
        if trig.relation == RELATIONS.attacked and place_locating_a_place(sc, start, trig):
            return []          # شنت غارات على منطقة رأس عيسى في محافظة الحديدة: the province only locates
    if trig.relation == RELATIONS.captured and seized_goods(sc, start):
        return []              # استولوا على أسلحة وذخائر: no place taken
    first = first_object(tc, start, subj)
    if first is None and trig.relation == RELATIONS.met_with:
        first = party_past_a_comma(tc, start, subj) or titled_person_met(sc, start)
    if first is not None and trig.relation == RELATIONS.met_with and site_of_a_body(sc, first):
        return []              # زار قائد الجيش مقر الفيلق الخامس عشر: a visit to a body's site meets no one
    if first is not None and trig.relation == RELATIONS.attacked and sea_of_a_vessel(sc, start, first):
        return []            # هاجم الحوثيون سفينة تجارية في البحر الأحمر: the sea is where, not the target
    if first is not None and trig.relation == RELATIONS.attacked and end_of_a_road(sc, first):
        return []            # هاجمت بوابة على الطريق المؤدي إلى مرزق: where the road leads, not the target
    owner = owner_of_suffixed_sites(sc, start, subj) if trig.relation == RELATIONS.attacked else None
    if owner is not None:        # على مواقعها غرب مأرب: the one whose positions, and the place named
        return [owner] + ([first] if first is not None and first.type in PLACE_TYPES
                          and first.entity_id != owner.entity_id else [])
    if first is None:
        listed = included_objects(tc, start, subj) or \
            past_unnamed_conjuncts(tc, start, subj)   # مواقع عسكرية عدة، بينها مطار المزة
        if listed:
            return listed + added_objects(tc, listed[-1].token_end, subj)
        return added_after_unnamed(tc, start, subj)   # مواقع، بينها مخازن أسلحة، إضافة إلى قواعد مثل X
    if first.token_start > start and first.type in PLACE_TYPES and _quoted_name_of_a_thing(view, start):
        return []              # سيطرت على قطار «جعفر إكسبريس» في منطقة بولان: the train, not Bolan
    if first.token_start > start and (_located_here(view, first) or _part_of_here(view, first)):
        listed = included_objects(tc, start, subj)   # عدة قرى بمحافظة القنيطرة، بينها قرية X: the villages listed
        if listed:
            return listed
    if trig.relation == RELATIONS.killed and first.type in ORG_TYPES:
        first = person_of_organisation(view, first)
        if first.type in ORG_TYPES:
            first = person_past_an_aside(sc, first) or first
        if first.type in ORG_TYPES and unnamed_leader_of(sc, first):
            return []          # قتلت قائد وحدة "عزيز": its leader, unnamed, was killed, not the unit
    elif trig.relation == RELATIONS.met_with and first.type != TYPES.person:
        first = person_of_organisation(view, first)   # التقى سفير الولايات المتحدة فلان: the ambassador
        if first.type != TYPES.person:
            first = titled_person_met(sc, first.token_start - 1) or first   # رئيس لجنة X الجنرال فلان
    return [first] + further_objects(tc, first, subj)


def site_of_a_body(sc: SentenceContext, first: Mention) -> bool:
    """مقر الفيلق، قاعدة اللواء، معسكر الكتيبة: a facility head no mention covers right before a body
    (not a person): the object of the visit is the body's site, a place."""
    view, k = sc.view, first.token_start - 1
    return first.type != TYPES.person and k >= 0 and view.covering(k) is None \
        and not view.token_stems(k).isdisjoint(sc.lexicon.lists["facility_heads"])


def place_locating_a_place(sc: SentenceContext, start: int, trig) -> bool:
    """شنت الطائرات غارات على منطقة رأس عيسى في محافظة الحديدة / على بلدة X بمحافظة Y: the
    reading of an attack "in" a place (prep في) whose في (or its proclitic ب) comes right after a
    named place: it says where that place lies, not a second place struck (unless that place is
    only a landmark the strike was near: غارة بالقرب من القصر الرئاسي في دمشق strikes Damascus)."""
    if not trig.prep or any(p != "في" for p in trig.prep):
        return False
    view = sc.view
    j = start - 2 if start >= 2 and view.tokens[start - 1].norm == "في" else start - 1
    before = view.covering(j) if j >= 0 else None
    return before is not None and before.token_end == j + 1 and before.type in PLACE_TYPES \
        and before.type != TYPES.country and before.source != "adjective" and not near_a_landmark(sc, before)


def end_of_a_road(sc: SentenceContext, m: Mention) -> bool:
    """الطريق المؤدي إلى مدينة مرزق / الطريق الرابط بين مقديشو وبلدوين: the place m is where a road
    described by a participle of leading or linking (road_participles) goes, right after the
    participle and its preposition (and a place noun kg left out of the name)."""
    view, lists = sc.view, sc.lexicon.lists
    k = m.token_start - 1
    if k > 0 and not view.covering(k) and view.tokens[k].norm in lists["place_heads"]:
        k -= 1
    return k > 0 and not view.covering(k) and view.tokens[k].norm in lists["road_prepositions"] \
        and not view.covering(k - 1) and not view.token_stems(k - 1).isdisjoint(lists["road_participles"])


TITLED_REACH = 12     # words from a title to the person it names (رئيس لجنة مراقبة وقف إطلاق النار الجنرال الأميركي فلان)


def titled_person_met(sc: SentenceContext, k: int) -> Mention | None:
    """التقى عون رئيس لجنة الإشراف على وقف إطلاق النار الجنرال الأميركي فلان: a meeting's object
    that opens at token k with a title of office (the person titles of the entities stage), whose
    body (named or not) and the person's rank and nationality come before the person's name: the
    person named first after the title, within twelve words and no break; else None."""
    view, titles = sc.view, sc.cues.titles
    if k >= len(view.tokens) or view.covering(k) or not any((stem,) in titles for stem in view.token_stems(k)):
        return None
    for j in range(k + 1, min(k + TITLED_REACH, len(view.tokens))):
        if view.is_break(j):
            return None
        m = view.mention_at(j)
        if m is not None and m.type == TYPES.person:
            return m
    return None


def subject_of_a_joined_clause(sc: SentenceContext, m: Mention) -> bool:
    """والحشد الشعبي يطهر / وحركة الشباب تهاجم: an organisation joined by و with a verb right after
    it (a present-tense shape, or a verb of the lexicon) opens a clause of its own: it is that verb's
    subject, no object of the verb before."""
    view = sc.view
    j = m.token_end
    if m.type not in ORG_TYPES or not _prefix(view, m).startswith("و") or j >= len(view.tokens) or view.covering(j):
        return False
    norm = view.tokens[j].norm
    return (norm[:1] in PRESENT_PREFIXES and len(norm) >= 4 and not norm.startswith("ال")
            and any(r.kind == "verb" for r in sc.lexicon.trigger_readings[norm])) \
        or (norm[:1] in PRESENT_PREFIXES and len(norm) >= 4 and norm.endswith(("ون", "ان")))


def seized_goods(sc: SentenceContext, k: int) -> bool:
    """استولى المسلحون على أسلحة وذخائر قبل أن ينسحبوا نحو البحيرة: token k (the word after the
    preposition of a taking) is a noun of spoils (spoils_nouns) no mention covers: goods were seized,
    no place."""
    view = sc.view
    return k < len(view.tokens) and not view.covering(k) and not view.token_stems(k).isdisjoint(sc.lexicon.lists["spoils_nouns"])


def _quoted_name_of_a_thing(view: SentenceView, k: int) -> bool:
    """قطار «جعفر إكسبريس»، سفينة «X» at token k: a bare noun and a quoted name kg knows as no place
    or body (none, or a person's by mistake): the object is that named thing."""
    if k + 2 >= len(view.tokens) or view.covering(k) is not None or not is_word(view.tokens[k].norm) \
            or view.tokens[k + 1].norm not in QUOTES:
        return False
    named = view.mention_at(k + 2)
    return named is None or named.type == TYPES.person


def party_past_a_comma(tc: TriggerContext, start: int, subj: Mention | None) -> Mention | None:
    """التقى الرئيس السوري فلان، رئيس الوزراء اللبناني فلان / التقى فلان، في دمشق، نظيره التركي
    فلان: a meeting verb's person subject, a comma at token ``start`` (and a place set off by
    commas), then another person (named with a title, a counterpart word or alone) and no verb
    after him: the one met, not an apposition of the subject."""
    sc = tc.sentence
    view = sc.view
    tokens = view.tokens
    if subj is None or subj.type != TYPES.person or start >= len(tokens) or tokens[start].norm not in ("،", ","):
        return None
    before = mention_ending_at(view, start)
    if before is None or before.type != TYPES.person:
        return None
    k = start + 1
    close = next((j for j in range(k + 1, min(k + 8, len(tokens))) if tokens[j].norm in ("،", ",")), k)
    if _place_ending_aside(view, k, close) == k:
        k = close + 1          # ، في دمشق،: where they met
    m = first_object(tc, k, subj)
    if m is None or m.type != TYPES.person or m.entity_id == before.entity_id or starts_clause(sc, m.token_end):
        return None
    return m


VESSEL_REACH = 6          # words from a vessel noun to the place after في that locates it


def vessel_before(sc: SentenceContext, k: int, reach: int = VESSEL_REACH) -> bool:
    """سفينة تجارية / ناقلة نفط ترفع علم ليبيريا / السفن الحربية: a vessel noun (vessel_nouns) no
    mention covers among the ``reach`` words before token k, no clause break between."""
    view = sc.view
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if view.is_break(j):
            return False
        if view.covering(j) is None and not view.token_stems(j).isdisjoint(sc.lexicon.lists["vessel_nouns"]):
            return True
    return False


def sea_of_a_vessel(sc: SentenceContext, start: int, m: Mention) -> bool:
    """استهدف الحوثيون سفينة تجارية في البحر الأحمر / ناقلتي نفط في مضيق هرمز: the region m (a sea,
    a gulf, a strait), after في or قبالة (or with بـ), past an attacked vessel named from token
    ``start`` on: it only locates the vessel (the vessel, and its owner a nationality names, are
    hit; a port or a town the vessel is in is hit with it)."""
    view = sc.view
    if m.type != TYPES.region or m.source == "adjective" or m.token_start <= start:
        return False
    k = m.token_start
    locative = view.tokens[k - 1].norm in ("في", "قبالة") or _prefix(view, m).endswith("ب")
    return locative and vessel_before(sc, k - (0 if _prefix(view, m).endswith("ب") else 1))


def unnamed_leader_of(sc: SentenceContext, org: Mention) -> bool:
    """قتلت قائد وحدة عزيز التابعة لحزب الله: a leader's title (leader_titles, one word) right before
    the organisation, with no name after it: the one killed is that leader, not the body."""
    view = sc.view
    k = org.token_start - 1
    while k >= 0 and view.tokens[k].norm in QUOTES:
        k -= 1
    return k >= 0 and not view.covering(k) and not sc.lexicon.lists["leader_titles"].isdisjoint(view.token_stems(k))


def pronoun_object(tc: TriggerContext, after: int, subj: Mention | None) -> list[Mention]:
    """المناطق التي يسيطر عليها الحوثيون / وسيطرت عليها: the object a preposition with a pronoun
    stands for: the head of the relative clause the trigger opens, else the latest place named
    that does not only locate another."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    t = tc.position
    if t > 2 and view.tokens[t - 3].norm in RELATIVE and not view.covering(t - 2) \
            and view.tokens[t - 1].norm in sc.lexicon.lists["still_verbs"]:
        t -= 2                 # النقاط التي لا تزال تحتلها / ما زالت: past the verb of still being, to the relative
    if t > 0 and view.tokens[t - 1].norm in RELATIVE:
        # المناطق التي يسيطر عليها الحوثيون: the pronoun is the head of the relative clause
        head = mention_ending_at(view, t - 1)
        if head is None and t > 2 and view.tokens[t - 2].norm in ("،", ",") and trig.obj in ("place", "facility", "site"):
            head = mention_ending_at(view, t - 2)     # مدينة الفاشر، التي سيطرت عليها القوات: past the comma
        if head is None and trig.obj in ("place", "facility", "site"):
            head = _head_past_an_adjective(view, t - 1)   # معسكر زمزم المجاور، الذي سيطرت عليه القوات
        if head is not None and trig.obj in ("place", "facility") and _located_here(view, head):
            head = _place_it_locates(view, head)     # قواعد في شرقي ليبيا يسيطر عليها: the bases
        if head is not None and trig.obj in ("place", "facility"):
            head = _place_of_an_apposition(sc, head)  # كادقلي، عاصمة الولاية، التي تحاصرها: the town
        if head is None and t > 1 and not view.covering(t - 2) and is_word(view.tokens[t - 2].norm):
            return included_objects(tc, after, subj, head_before=True)   # الأهداف التي استهدفها شملت ...
        if head is None or not _ok_type(head, trig.obj) or (subj is not None and head.entity_id == subj.entity_id):
            return []
        return _dual_referents(sc, after, head, trig)   # بلدتي X وY اللتين تنتشر فيهما القوات: both
    prev = mention_ending_at(view, t)
    w = prev.token_start - (2 if prev.token_start > 0 and view.tokens[prev.token_start - 1].norm == "في" else 1) \
        if prev is not None else -1
    if w >= 0 and trig.obj in ("place", "facility") and _located_here(view, prev) \
            and not view.tokens[w].norm.startswith("ال") and is_word(view.tokens[w].norm) \
            and (view.covering(w) is None or view.covering(w).type in PLACE_TYPES):
        located = _place_it_locates(view, prev)      # قواعد في شرقي ليبيا يسيطر عليها: an indefinite head,
        return [located] if located is not None else []   # a relative clause with no relative word
    if trig.relation == RELATIONS.based_in and t > 0 and view.covering(t - 1) is None \
            and not view.token_stems(t - 1).isdisjoint(sc.lexicon.lists["facility_heads"]):
        return _where_an_unnamed_base_lies(sc, after)   # قاعدة تتمركز فيها القوات في بلدة X
    ref = place_referent(sc, after - 1, trig.obj) if trig.obj in ("place", "facility") else None
    if trig.obj == "site":      # الإفراج عنهم after سجن عوفر قرب رام الله: the prison before the town
        ref = place_referent(sc, after - 1, "facility") or place_referent(sc, after - 1, "site")
    if trig.obj == "actor" and tc.object_pronoun:
        ref = pronoun_referent(sc, t)     # يسيطر الجيش على المدينة، وتدعمه روسيا: the army is backed
    if ref is None or (subj is not None and ref.entity_id == subj.entity_id):
        return []
    return _dual_referents(sc, after, ref, trig)


def _where_an_unnamed_base_lies(sc: SentenceContext, after: int) -> list[Mention]:
    """قاعدة تتمركز فيها القوات الأوغندية في بلدة صبيد: the pronoun of a verb of being stationed
    stands for an unnamed base (a facility head right before the verb, a relative clause with no
    relative word); the force is stationed where the base lies: the place after في or بـ past the
    subject, in the clause (none when no place is named there)."""
    view = sc.view
    pro = prep_pronoun(view, after, ("في",))
    j = (pro + 1) if pro is not None else after
    for k in range(j, min(j + 8, len(view.tokens))):
        if view.is_break(k):
            break
        m = view.mention_at(k)
        if m is None or m.type not in PLACE_TYPES or m.type == TYPES.country:
            continue
        before = view.tokens[k - 1].norm
        if before == "في" or _prefix(view, m).endswith("ب") or (
                view.covering(k - 1) is None and (before.startswith("ب") or view.tokens[k - 2].norm == "في")
                and any(st in sc.lexicon.lists["place_heads"] for _, st in proclitic_variants(before))):
            return [m]          # في بلدة X / بمنطقة X: past the place's head word
    return []


def _head_past_an_adjective(view: SentenceView, r: int) -> Mention | None:
    """معسكر زمزم المجاور، الذي سيطرت عليه / البلدة X الحدودية التي: before the relative word at
    token r, past a comma, one definite adjective no mention covers: the place it describes."""
    k = r - 1
    if k >= 0 and view.tokens[k].norm in ("،", ","):
        k -= 1
    if k < 1 or view.covering(k) is not None or not view.tokens[k].norm.startswith("ال") \
            or not is_word(view.tokens[k].norm):
        return None
    head = mention_ending_at(view, k)
    return head if head is not None and head.type in PLACE_TYPES else None


def _dual_referents(sc: SentenceContext, after: int, ref: Mention, trig) -> list[Mention]:
    """استولت الحركة على موقوكوري وعدن يابال بعد انسحاب القوات منهما / بلدتي X وY اللتين تنتشر
    فيهما القوات: a dual pronoun on the trigger's preposition (منهما، عليهما، فيهما) stands for the
    place it finds (or the relative clause's head) and the one joined to it before."""
    view = sc.view
    pro = prep_pronoun(view, after, trig.prep + trig.optional_prep)
    if pro is None or not view.tokens[pro].norm.endswith("هما") or trig.obj not in ("place", "facility") \
            or ref.sentence != view.sentence.index:
        return [ref]
    pair = conjuncts_before(view, ref, lambda m: m.type in PLACE_TYPES and m.type != TYPES.country)
    return [pair[0], ref] if pair and pair[0].entity_id != ref.entity_id else [ref]


def _place_of_an_apposition(sc: SentenceContext, m: Mention) -> Mention:
    """مدينة كادقلي، عاصمة الولاية، التي ...: m is the second place of an apposition headed by a
    word of location (located_heads: عاصمة، مركز) after a comma: the relative clause describes
    the place before the comma; m otherwise."""
    view = sc.view
    k = m.token_start - 1
    if k < 2 or view.covering(k) or view.token_stems(k).isdisjoint(sc.lexicon.lists["located_heads"]) \
            or view.tokens[k - 1].norm not in ("،", ","):
        return m
    before = mention_ending_at(view, k - 1)
    return before if before is not None and before.type in PLACE_TYPES else m


def _place_it_locates(view: SentenceView, m: Mention) -> Mention | None:
    """قواعد في شرقي ليبيا يسيطر عليها حفتر / مدينة حلب في شمال سوريا التي سيطرت عليها الفصائل: m
    (after في or with بـ) only locates the noun before it, which heads the relative clause: that
    noun's place when a mention names it, else None (a noun kg does not name)."""
    k = m.token_start - 1 if view.tokens[m.token_start - 1].norm == "في" else m.token_start
    before = mention_ending_at(view, k)
    return before if before is not None and before.type in PLACE_TYPES else None

def _short_name_after(view: SentenceView, k: int, subj: Mention | None) -> int:
    """بعثة الاتحاد الأفريقي في الصومال (أوصوم) القوات الصومالية: the subject's short name in
    brackets right after it is passed (the index after the closing bracket), else k."""
    if subj is None or subj.sentence != view.sentence.index or subj.token_end != k or view.tokens[k].norm != "(":
        return k
    close = _short_name_in_brackets(view, k)
    return k if close is None else close + 1


def first_object(tc: TriggerContext, start: int, subj: Mention | None) -> Mention | None:
    """سيطرت الهيئة على مدينة حماة: the first mention of the kind the trigger wants within eight
    tokens of ``start`` (the word after its preposition), past a time aside, quotes and
    partitives; not a backer (موال لإيران), the country of an instrument (بغارة إسرائيلية), nor
    the subject; the owner of a noun for an attack or a meeting (دبابة إسرائيلية). A plural head
    of places (مدن، أنحاء; after a word of spread: مختلف أنحاء سوريا) lets a list cross commas."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    tokens = view.tokens
    k, limit = start, start + 8
    first = None
    head = start + 1 if start + 1 < len(tokens) and tokens[start].norm in sc.lexicon.lists["spread_words"] else start
    listed_head = head < len(tokens) and any(st in PARTITIVE_PLACES for st in stems(tokens[head].norm))
    while k < len(tokens) and k < limit:
        short = _short_name_after(view, k, subj)
        if short != k:
            limit += short - k
            k = short             # وتدعم بعثة الاتحاد الأفريقي (أوصوم) القوات الصومالية
            continue
        aside = _time_aside_end(view, k, sc.lexicon.lists["aside_openers"]) if tokens[k].norm in ("،", ",") else k   # (it returns k but at a comma)
        if aside != k:
            limit += aside - k
            k = aside             # قصفت الطائرات، فجر اليوم، بلدة الخيام
            continue
        titled = _title_aside_end(sc, k) if k == start else k
        if titled != k:
            aside = _time_aside_end(view, titled - 1, sc.lexicon.lists["aside_openers"])
            titled = aside if aside != titled - 1 else titled     # ...، وزير الدفاع، في الرياض اليوم، X
            limit += titled - k
            k = titled            # استقبل الأمير فلان، وزير الدفاع، نظيره: the subject's own title, not the one met
            continue
        joint = past_joint_partners(sc.rules, k)
        if joint != k:
            limit += joint - k
            k = joint             # هاجمت الحركة بالتعاون مع الفصائل مدينة X: the partners act, they are not hit
            continue
        if view.is_break(k) and not (listed_head and first is None and tokens[k].norm in ("،", ",")):
            break           # على بلدات عيترون، عيتا الشعب: a list after a plural head crosses commas
        if trig.relation == RELATIONS.attacked and another_event_during(sc, k, trig):
            break           # بتفجير عبوة خلال توغلها في حي الشجاعية: the place of the incursion
        if k > start and since_an_event(view, k):
            break           # هجماتهم على الملاحة منذ اندلاع الحرب في غزة: the place of the war, not hit
        if tokens[k].norm in QUOTES:
            k += 1
            limit += 1
            continue
        m = view.mention_at(k)
        if k == start and m is None and trig.relation in _MOVEMENT_RELATIONS and not view.covering(k) \
                and not view.token_stems(k).isdisjoint(sc.lexicon.lists["non_place_objects"]):
            break                  # تسيطر على الوضع في المدينة، اتجهت نحو التعاون مع روسيا: no place is moved on
        if k > start and m is None and trig.relation == RELATIONS.withdrew_from and not view.covering(k) \
                and (tokens[k].norm == "الي" or tokens[k].norm in sc.lexicon.lists["aim_words"] and tokens[k].norm != "علي"):
            break                  # انسحبت من البلدة باتجاه منطقة X: X is where it went, not what it left
        if m is not None and k > start and subject_of_a_joined_clause(sc, m):
            break                  # يقتل أربعة مسلحين في الوادي والحشد الشعبي يطهر مناطق: a new clause's subject
        if m is None and not view.covering(k) and trig.obj == "actor" \
                and not view.token_stems(k).isdisjoint(sc.lexicon.lists["name_heads"]) \
                and not _body_of_a_title(sc, k, start):
            named = view.mention_at(skip_quotes(view, k + 1))
            if named is None or named.type == TYPES.country:
                break       # مع الحركة الشعبية لتحرير السودان: a name kg does not know; its country is not it
        if m is None and trig.obj != "place" and k > start and not view.covering(k - 1) \
                and is_word(tokens[k - 1].norm) and trig.relation in (RELATIONS.attacked, RELATIONS.met_with):
            owner = country_mention(sc, k) or group_adjective(sc, k)
            if owner is not None and (subj is None or owner.entity_id != subj.entity_id):
                person = next((x for x in view.mentions if x.type == TYPES.person
                               and 0 < x.token_start - k <= 2), None)
                first = person or owner   # دبابة إسرائيلية: its owner; نظيره الإيراني عباس عراقجي: him
                break
        if m is not None and k > 0 and tokens[k - 1].norm == "بين":
            nxt = view.mention_at(skip_quotes(view, m.token_end))
            if nxt is None or not _prefix(view, nxt).startswith("و"):
                break                # معابر بين لبنان وسوريا: the countries locate the target
            k = nxt.token_end        # ... في الهرمل: a place named after them may still be the target
            continue
        if m is not None and m.type in (TYPES.facility, TYPES.organisation) and trig.relation == RELATIONS.attacked \
                and near_a_landmark(sc, m):
            limit += m.token_end - k
            k = m.token_end          # استهدف مبنى قرب مستشفى الرازي شرق المدينة: the landmark locates the target
            continue
        if m is not None and k > 1 and tokens[k - 1].norm == "مع" and not view.covering(k - 2) \
                and not view.token_stems(k - 2).isdisjoint(sc.lexicon.lists["border_nouns"]):
            break                    # قصف مواقع قرب الحدود مع النيجر: the state locates the target
        if m is not None and m.type == TYPES.country and k > 0 and tokens[k - 1].norm in PARTITIVE_PLACES:
            k = m.token_end          # مدن سوريا: cities of the country, not the country
            continue
        if m is not None and trig.obj == "place" and trig.relation in _HOLDING_RELATIONS and k > start + 1 \
                and locates_an_unnamed_place(sc, start, k):
            again = m.token_end
            if again + 1 < len(tokens) and any(tokens[again].norm == "و" + p for p in trig.prep):
                limit += again + 1 - k
                k = again + 1        # على المنطقة العازلة في الجولان وعلى قمة جبل الشيخ: the next place taken
                continue
            break                    # سيطرت على بلدة استراتيجية وسط الصومال: the country locates the town
                                     # (but دخلت أحياء في حمص: entering a part of a place is entering it)
        if m is not None and k > 0 and not view.covering(k - 1) and (
                view.tokens[k - 1].norm in sc.lexicon.lists["loyal_to"]
                or view.tokens[k - 1].norm in sc.lexicon.lists["linked_to"]    # سفينة مرتبطة بإسرائيل
                or view.tokens[k - 1].norm in sc.lexicon.lists["supported_by"]
                or (view.tokens[k - 1].norm == "من" and k > 1
                    and view.tokens[k - 2].norm in sc.lexicon.lists["supported_by"])
                or view.tokens[k - 1].norm in sc.lexicon.lists["belonging_participles"]
                or (view.tokens[k - 1].norm == "الي" and k > 1
                    and view.tokens[k - 2].norm in sc.lexicon.lists["belonging_participles"])):
            break                  # قتل قيادي في فصيل موال لإيران / المنتمي إلى X: it qualifies, it is not hit
        if m is not None and k > 1 and tokens[k - 1].norm in ("من", "الي") and not view.covering(k - 2) \
                and not view.token_stems(k - 2).isdisjoint(sc.lexicon.lists["heading_participles"]):
            end = m.token_end      # استهدف الصهاريج القادمة من السنغال وساحل العاج: where the target comes
            nxt = view.mention_at(skip_quotes(view, end))     # from, not the target (nor its conjuncts)
            while nxt is not None and _prefix(view, nxt).startswith("و"):
                end, nxt = nxt.token_end, view.mention_at(skip_quotes(view, nxt.token_end))
            limit += end - k
            k = end
            continue
        if m is not None and m.source == "adjective" and instrument(sc, k):
            break                  # قتل القيادي بغارة إسرائيلية: the strike's country is its agent
        if m is not None and k > 0 and tokens[k - 1].norm in FLAG_NOUNS:
            k = m.token_end        # سفينة ترفع علم ليبيريا: the flag's country describes the ship
            continue
        if m is not None and m.source == "adjective":
            named = view.mention_at(m.token_end)
            if named is not None and named.type == TYPES.person and trig.obj != "place":
                m = named          # بالرئيس اللبناني جوزاف عون: the person the title names, not his country
            elif named is not None and named.type in GROUPS.local_places and k > 0 \
                    and not view.token_stems(k - 1).isdisjoint(sc.lexicon.lists["place_heads"]):
                m = named          # على العاصمة الأوكرانية كييف: the city, not its country
        if m is not None and trig.relation == RELATIONS.met_with and m.type in ORG_TYPES \
                and _owner_of_the_venue(view, m, start):
            limit += m.token_end - k
            k = m.token_end          # استقبل فلان في ديوان عام الوزارة رئيس الأركان: where they met, not whom
            continue
        if m is not None and (subj is None or m.entity_id != subj.entity_id):
            if _ok_type(m, trig.obj) and not (trig.obj == "place" and m.type == TYPES.country and first is None
                                              and later_non_country(view, m.token_end, limit)):
                first = m
                break
            if m.type in GROUPS.local_places and k > 0 and tokens[k - 1].norm == "في":
                limit += m.token_end - k + 1   # التقى في مدينة كونمينغ الشهر الماضي رئيس الوزراء: where, not whom
            k = m.token_end
            continue
        if m is None and tokens[k].norm in TIME_WORDS and not view.covering(k):
            limit += 1             # التقى ... الشهر الماضي رئيس الوزراء: a time word, not the object
        elif m is None and not view.covering(k) and (tokens[k].norm in sc.lexicon.lists["name_honorifics"]
                                                    or tokens[k].norm in sc.lexicon.lists["title_words"]):
            limit += 1             # التقى قائد القوات المشتركة الفريق الركن فلان: a title or a rank before the name
        k += 1
    return first


def since_an_event(view: SentenceView, k: int) -> bool:
    """منذ اندلاع الحرب في غزة / منذ بدء العملية: at token k an opener of a span of time
    (time_span_openers) before a word that is no time word, number or name: the time is an event's,
    and the places after it are that event's (منذ أيام، منذ عام 2014 go on to the object)."""
    tokens = view.tokens
    if view.covering(k) or tokens[k].norm not in TIME_SPAN_OPENERS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].norm
    return is_word(nxt) and not view.covering(k + 1) and nxt not in TIME_WORDS and nxt not in TIME_SPAN_WORDS


def another_event_during(sc: SentenceContext, k: int, trig: Trigger) -> bool:
    """خلال توغلها في الحي / أثناء انسحابه من المدينة: at token k a word of time during which
    another event (a verbal noun of another relation) takes place; what follows is its own."""
    view = sc.view
    tokens = view.tokens
    return k + 1 < len(tokens) and not view.token_stems(k).isdisjoint(sc.lexicon.lists["during_words"]) \
        and any(r.relation != trig.relation for r in sc.lexicon.trigger_readings[tokens[k + 1].norm])


def near_a_landmark(sc: SentenceContext, m: Mention) -> bool:
    """مبنى قرب مستشفى الرازي / بالقرب من المطار: m follows a word of nearness (near_words),
    perhaps with من after it."""
    view, near = sc.view, sc.lexicon.lists["near_words"]
    k = m.token_start - 1
    if k > 0 and view.tokens[k].norm == "من":
        k -= 1
    return k >= 0 and not view.covering(k) and not view.token_stems(k).isdisjoint(near)


def included_objects(tc: TriggerContext, k: int, subj: Mention | None, head_before: bool = False) -> list[Mention]:
    """استهدفت الغارات مواقع عسكرية عدة، بينها مطار المزة وقاعدة الكسوة / الأهداف التي استهدفها
    الحزب شملت مواقع في مستوطنات المطلة وكريات شمونة: an object kg does not name (a few words
    from token k, perhaps with its owner), then a list opener or a verb of inclusion (include_words)
    and the places or actors it lists: those are the objects (``head_before``: the unnamed object
    is the head of the relative clause the trigger opens, so the verb of inclusion may come first)."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    tokens = view.tokens
    includes = sc.lexicon.lists["include_words"]
    j, end = k, min(k + 12, len(tokens))
    located = False                      # past a place where the unnamed object lies (قرى بمحافظة X)
    while j < end:
        n = tokens[j].norm
        if n in ("،", ","):
            listed = list_members(sc.rules, j, lambda x: _ok_type(x, trig.obj) and x.type != TYPES.country)
            return [m for m in listed if subj is None or m.entity_id != subj.entity_id]
        if view.is_break(j):
            return []
        m = view.mention_at(j)
        if m is not None:
            if (subj is not None and m.entity_id == subj.entity_id) or _prefix(view, m).endswith("ل") \
                    or m.source == "adjective":
                j = m.token_end          # the subject of the relative clause, the object's owner or nationality
                continue
            if m.type in PLACE_TYPES and (located or j > k and (_located_here(view, m) or _part_of_here(view, m))):
                located, j = True, m.token_end    # عدة قرى بمحافظة القنيطرة جنوب غربي سوريا، بينها ...
                end = min(m.token_end + 4, len(tokens))
                continue
            return []
        if located and n.isdigit():
            j += 1                       # مساحات واسعة من العراق عام 2014، بما فيها ...: a year
            continue
        if view.covering(j) or not is_word(n):
            return []
        if (j > k or head_before) and not view.token_stems(j).isdisjoint(includes):
            return listed_after_inclusion(tc, j + 1, subj)
        j += 1
    return []


def past_unnamed_conjuncts(tc: TriggerContext, k: int, subj: Mention | None) -> list[Mention]:
    """سيطرت الفصائل على تلول الحمر وتل الشعار، و"اللواء 52" و"الفوج 175": objects kg does not
    name (words joined by و, at most one comma, no preposition or verb among them), then
    mentions joined to them by و: those mentions and the ones listed after them."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    tokens = view.tokens
    commas = 0
    for j in range(k, min(k + 10, len(tokens))):
        n = tokens[j].norm
        if n in QUOTES or (n == "و" and j > k):
            continue
        if n in ("،", ","):
            commas += 1
            if commas > 1 or j == k:
                return []
            continue
        m = view.mention_at(j)
        if m is not None:
            joined = _prefix(view, m).startswith("و") or (
                skip_quotes(view, j - 1, -1) >= 0 and tokens[skip_quotes(view, j - 1, -1)].norm == "و")
            if not joined or j == k or not _ok_type(m, trig.obj) or (subj is not None and m.entity_id == subj.entity_id):
                return []
            return [m] + further_objects(tc, m, subj)
        if view.is_break(j) or view.covering(j) or not is_word(n) or n in FUNCTION_WORDS or n in CORE_PREPOSITIONS \
                or sc.lexicon.trigger_readings[n] or (j > k and not n.startswith("و") and tokens[j - 1].norm in ("،", ",")):
            return []
    return []


# relations of a force moving on a place (their object after the preposition is a place)
_MOVEMENT_RELATIONS = frozenset((RELATIONS.captured, RELATIONS.entered, RELATIONS.withdrew_from,
                                 RELATIONS.advanced_toward, RELATIONS.besieged))
#: relations whose place is held or left as a whole: a place that only locates the unnamed place
#: taken (بلدة وسط الصومال) is not taken; entering a part of a place (أحياء في حمص) is entering it
_HOLDING_RELATIONS = frozenset((RELATIONS.captured, RELATIONS.withdrew_from, RELATIONS.besieged,
                                RELATIONS.advanced_toward))

def locates_an_unnamed_place(sc: SentenceContext, start: int, k: int) -> bool:
    """بلدة استراتيجية وسط الصومال / قاعدة عسكرية قرب مدينة حلب / مدينة في شمال سوريا: the words from
    ``start`` open with a place head no name follows (place_heads, facility_heads) and the place at token k comes
    after في, a direction or a word of nearness: it only locates that unnamed place."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    owner = view.covering(start + 1)
    if owner is not None and owner.type in ACTOR_TYPES and owner.type not in PLACE_TYPES and owner.token_start == start + 1 \
            and not view.token_stems(start).isdisjoint(lists["facility_heads"]) and k > owner.token_end:
        owner = None           # ثكنة الجيش في الناصر، مكاتب الإدارة في مدينة X: the facility's owner is no name of it
    if view.covering(start) or owner is not None or (view.token_stems(start).isdisjoint(lists["place_heads"])
                                                      and view.token_stems(start).isdisjoint(lists["facility_heads"])):
        return False
    if k - 2 > start and not view.covering(k - 1) and not view.token_stems(k - 1).isdisjoint(lists["place_heads"]):
        k -= 1                   # بلدة في منطقة دونيتسك: the region's own head word before its name
    before = tokens[k - 1].norm
    return before == "في" or before in sc.cues.directions or before in lists["near_words"] or (
        k - 2 > start and tokens[k - 2].norm == "في" and before in sc.cues.directions)

def _located_here(view: SentenceView, m: Mention) -> bool:
    """بمحافظة القنيطرة / في ريف حلب: m is where the words before it lie (ب on it, or في before it)."""
    return _prefix(view, m).endswith("ب") or (m.token_start > 0 and view.tokens[m.token_start - 1].norm == "في")


def _part_of_here(view: SentenceView, m: Mention) -> bool:
    """مساحات واسعة من العراق: m is the whole the words before it are part of (من before it)."""
    return m.token_start > 0 and view.tokens[m.token_start - 1].norm == "من"

def listed_after_inclusion(tc: TriggerContext, k: int, subj: Mention | None) -> list[Mention]:
    """After a verb of inclusion (شملت، تضمنت): a few words kg does not name (مباني يستخدمها جنود
    إسرائيليون في مستوطنات), then the first place and those listed with it."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    j, end = k - 1, min(k + 8, len(view.tokens))
    while j + 1 < end:
        j += 1
        if view.is_break(j):
            return []
        m = view.mention_at(j)
        if m is not None and (m.source == "adjective" or m.type not in PLACE_TYPES):
            j = m.token_end - 1  # مباني يستخدمها جنود إسرائيليون: who uses the thing struck
            continue
        if m is not None:
            if m.type not in PLACE_TYPES or m.type == TYPES.country or not _ok_type(m, trig.obj) \
                    or (subj is not None and m.entity_id == subj.entity_id):
                return []
            return [m] + further_objects(tc, m, subj)
        if view.covering(j):
            return []
    return []


def person_of_organisation(view: SentenceView, first: Mention) -> Mention:
    """قتل القيادي في حزب الله إبراهيم عقيل: the person named just after an organisation that is
    the object of a killing (no clause break between), else the organisation."""
    person = next((m for m in view.mentions if m.type == TYPES.person and 0 <= m.token_start - first.token_end <= 4
                   and not any(view.is_break(x) for x in range(first.token_end, m.token_start))), None)
    return person or first


COMMA_TOKENS = ("،", ",")


def person_past_an_aside(sc: SentenceContext, org: Mention) -> Mention | None:
    """اغتالت الطائرة القيادي في سرايا القدس، الجناح العسكري لحركة الجهاد، فلان / قتلت القوة القائد
    الميداني في الدعم السريع، المقدم فلان: the organisation of a title (member_titles or
    leader_titles right before it, past في or its ل) is followed by a comma and either a rank and
    the person or an aside describing the organisation up to a second comma, then the person
    (past ranks and honorifics): the person, not the organisation, was killed."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    titles = lists["member_titles"] | lists["leader_titles"]
    j = org.token_start - 1
    if j >= 0 and tokens[j].norm == "في":
        j -= 1
    elif not _prefix(view, org).endswith("ل"):
        return None
    while j >= 0 and not view.covering(j) and tokens[j].norm in lists["title_adjectives"]:
        j -= 1                 # القائد الميداني في
    if j < 0 or view.covering(j) or view.token_stems(j).isdisjoint(titles):
        return None
    k = org.token_end
    if k + 1 >= len(tokens) or tokens[k].norm not in COMMA_TOKENS:
        return None

    def person_at(i: int) -> Mention | None:
        while i < len(tokens) and not view.covering(i) and (
                tokens[i].norm in lists["name_honorifics"] or tokens[i].norm in lists["title_adjectives"]):
            i += 1
        m = view.mention_at(i) if i < len(tokens) else None
        return m if m is not None and m.type == TYPES.person and not _prefix(view, m).startswith("و") else None

    direct = person_at(k + 1)
    if direct is not None:
        return direct
    for c in range(k + 2, min(k + 10, len(tokens) - 1)):
        if tokens[c].norm in COMMA_TOKENS:
            return person_at(c + 1)
        if view.is_break(c):
            return None
        m = view.mention_at(c)
        if m is not None and (m.type == TYPES.person or _prefix(view, m).startswith("و")):
            return None
    return None


def owner_of_suffixed_sites(sc: SentenceContext, k: int, subj: Mention | None) -> Mention | None:
    """صدت القوات الحكومية هجوما شنته جماعة الحوثي على مواقعها: a noun of positions (site_nouns)
    with a pronoun at token k stands for the nearest actor named before it in the sentence that is
    not the attacker (nor an adjective or an actor a preposition governs, nor one person for the
    plural pronoun, which stands for the body named with his title: قال المتحدث باسم الحركة فلان
    إن القوات هاجمت مواقعهم): that actor was attacked."""
    view = sc.view
    if k >= len(view.tokens) or view.covering(k) or subj is None:
        return None
    norm = view.tokens[k].norm
    suffix = next((x for x in ("هم", "ها", "ه") if norm.endswith(x) and len(norm) > len(x) + 2), None)
    if suffix is None or norm[:-len(suffix)] not in sc.lexicon.lists["site_nouns"]:
        return None
    speaker = None
    for m in reversed([m for m in view.mentions if m.token_end <= k and m.token_end <= subj.token_start]):
        if suffix == "هم" and m.type == TYPES.person:
            speaker = speaker or m          # قال المتحدث باسم الحركة فلان ...مواقعهم: the body he speaks for
            continue
        if m.type in ACTOR_TYPES and m.source != "adjective" and m.entity_id != subj.entity_id \
                and (not governed(sc, m) or (speaker is not None and m.type in ORG_TYPES
                                             and 0 <= speaker.token_start - m.token_end <= 2)):
            return m
    return None


def further_objects(tc: TriggerContext, first: Mention, subj: Mention | None) -> list[Mention]:
    """على حماة وإدلب / على بلدات عيترون، عيتا الشعب، كفركلا ومركبا / مواقع للحوثيين في المطلة:
    the objects after the first: a place an attacked target stands in, the mentions coordinated
    by و or listed with commas (up to a new clause), and the members of a list that follows."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    tokens = view.tokens
    objs = []
    k = first.token_end
    places_only = False
    if trig.relation == RELATIONS.attacked and (first.type not in PLACE_TYPES or first.source == "adjective"
                                                or (first.type == TYPES.country and (_prefix(view, first).endswith("ل") or (
                                                    first.token_start > 0 and tokens[first.token_start - 1].norm
                                                    in sc.lexicon.lists["site_nouns"])))) \
            and not owned_vehicle(sc, first):     # (مراكز عسكرية لإسرائيل في حيفا: the owning state, then where)
        for k2 in range(k, min(k + 3, len(tokens) - 1)):
            if view.is_break(k2):
                break
            place = place_after_fi(sc, k2)
            if place is not None and place.type == TYPES.region and first.source == "adjective" \
                    and vessel_before(sc, first.token_start, 3):
                break                       # سفينة إسرائيلية في البحر الأحمر: the ship's state only
            if place is not None:
                objs.append(place)          # مواقع للحوثيين في مستوطنات المطلة وكريات شمونة
                first, k, places_only = place, place.token_end, True
                break
    while k < len(tokens):
        m = view.mention_at(k)
        if trig.relation == RELATIONS.killed:
            alias = view.mention_at(skip_quotes(view, k))
            if alias is not None and alias.entity_id == first.entity_id and not places_only:
                k = skip_quotes(view, alias.token_end)     # محمد جابر "أبو شجاع": his other name
                continue
            nickname = quoted_nickname_end(view, k) if first.type == TYPES.person else None
            if nickname is not None:
                k = nickname                # أحمد سعيد "أبو علي" (a name kg does not know)
                continue
            group = others_of_a_group(sc, k)
            if group is not None:
                objs.append(group)         # اغتيال فلان وأربعة آخرين من أعضاء الكتيبة
                k = group.token_end
                continue
        if m is None and trig.relation == RELATIONS.attacked and k + 2 < len(tokens) and tokens[k].norm.startswith("و") \
                and not view.covering(k) and any(st in PARTITIVE_PLACES for st in stems(tokens[k].norm[1:])):
            place = place_after_fi(sc, k + 1)
            if place is not None:
                objs.append(place)     # مدينتي سراقب ومعرة النعمان وقرى في جبل الزاوية
                k = place.token_end
                continue
        where = _where_the_last_lies(sc, objs[-1] if objs else first, k)
        if where is not None:
            k = where.token_end        # على مدينة خان يونس جنوب قطاع غزة ومخيم النصيرات: past where it lies
            continue
        again = _preposition_repeated(sc, k, trig)
        if again is not None and _ok_type(again, trig.obj) and not (places_only and again.type not in PLACE_TYPES) \
                and (subj is None or again.entity_id != subj.entity_id):
            objs.append(again)         # غارات على مبنى الأركان، وعلى محيط القصر
            k = again.token_end
            continue
        if m is None and trig.relation in (RELATIONS.met_with, RELATIONS.killed) and first.type == TYPES.person \
                and not places_only:      # (اغتالت إسرائيل القائد فلانا والقائد في الحرس الثوري فلانا)
            titled = titled_conjunct(sc, k + 1 if tokens[k].norm in ("،", ",") else k,
                                     reach=8 if trig.relation == RELATIONS.killed else 4)
            if titled is not None:        # التقى ولي العهد فلان(،) ووزير الخارجية فلان: each one met
                objs.append(titled)
                k = titled.token_end
                continue
        if m is None and tokens[k].norm in QUOTES and ally_noun(sc, skip_quotes(view, k)):
            k = skip_quotes(view, k)       # مع قوات "الدعم السريع" وحليفتها: past the closing quote
        if m is None and ally_noun(sc, k):
            m = view.mention_at(skip_quotes(view, k + 1))     # مع الدعم السريع وحليفتها الحركة الشعبية
            if m is not None and m.type in ACTOR_TYPES and _ok_type(m, trig.obj) and not places_only \
                    and not starts_clause(sc, m.token_end):
                objs.append(m)
                k = m.token_end
                continue
            break
        if m is not None and _prefix(view, m).startswith("و") and _ok_type(m, trig.obj) \
                and not (places_only and m.type not in PLACE_TYPES):
            if starts_clause(sc, m.token_end):
                break          # وحزب الله يرد: the subject of a new clause, not a second object
            objs.append(m)
            k = m.token_end
            continue
        if m is None and tokens[k].norm.startswith("و") and k + 1 < len(tokens) \
                and view.mention_at(skip_quotes(view, k + 1)):
            k = skip_quotes(view, k + 1)       # و”اللواء 12″: a bare و, then quotes
            continue
        if m is None and tokens[k].norm == "في" and first.type in GROUPS.local_places and not places_only:
            where = view.mention_at(k + 1)
            if where is not None and where.type in PLACE_TYPES and PLACE_RANK.get(where.type, 0) > PLACE_RANK.get(first.type, 0) \
                    and after_addition_link(sc, where.token_end) is not None:
                k = where.token_end    # مدينة سودجا في مقاطعة كورسك، إلى جانب بلدتي X وY: past where the first lies
                continue
        added = after_addition_link(sc, k)
        if added is not None:
            m = view.mention_at(skip_quotes(view, added))
            if m is not None and _ok_type(m, trig.obj) and not (places_only and m.type not in PLACE_TYPES) \
                    and (subj is None or m.entity_id != subj.entity_id) and not starts_clause(sc, m.token_end):
                objs.append(m)       # قصفت الطائرات مطار المزة، إضافة إلى مطار الشعيرات
                k = m.token_end
                continue
            if m is None:
                k = _past_unnamed_words(sc, added)    # إضافة إلى مواقع أخرى مثل X: the list after them
            break
        listed = comma_conjunct(sc, k, first, trig)
        if listed is not None:
            objs.append(listed)      # على بلدات عيترون، عيتا الشعب، كفركلا ومركبا
            k = listed.token_end
            continue
        break
    more = list_members(sc.rules, k, lambda x: _ok_type(x, trig.obj) and x.type != TYPES.country)
    return objs + [m for m in more if subj is None or m.entity_id != subj.entity_id]


def _where_the_last_lies(sc: SentenceContext, last: Mention, k: int) -> Mention | None:
    """مدينة خان يونس جنوب قطاع غزة / بلدة كويا في حوض اليرموك: at token k, right after the place
    ``last``, a place that locates it (a direction word opening it or before it, or في), not
    joined by و: that place (the list of objects goes on after it), else None."""
    view = sc.view
    if last.type not in PLACE_TYPES or k >= len(view.tokens):
        return None
    m = view.mention_at(k)
    if m is not None:              # جنوب قطاع غزة: the direction inside the name
        opens = view.tokens[k].norm in sc.cues.directions
    else:                          # في حوض اليرموك / شرقي مدينة حلب
        opens = view.tokens[k].norm in sc.cues.directions or view.tokens[k].norm == "في"
        m = view.mention_at(k + 1) if opens else None
    if m is None or not opens or m.type not in PLACE_TYPES or _prefix(view, m).startswith("و"):
        return None
    return m


def _preposition_repeated(sc: SentenceContext, k: int, trig) -> Mention | None:
    """، وعلى محيط قصر الشعب: at token k (past a comma), the trigger's preposition again with و,
    at most two unnamed words (محيط، أطراف) and a mention: that mention, else None."""
    view, tokens = sc.view, sc.view.tokens
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1
    if k >= len(tokens) or not tokens[k].norm.startswith("و") or tokens[k].norm[1:] not in trig.prep:
        return None
    j = k + 1
    while j < min(k + 3, len(tokens)) and view.mention_at(j) is None and not view.covering(j) \
            and not view.is_break(j) and is_word(tokens[j].norm):
        j += 1
    return view.mention_at(skip_quotes(view, j)) if j < len(tokens) else None


def added_objects(tc: TriggerContext, k: int, subj: Mention | None) -> list[Mention]:
    """استهدفت مواقع، بينها مطار المزة، إضافة إلى قواعد مثل مطار الشعيرات: after the objects a list
    named (ending at token k), an addition link and the one added or a list after an unnamed head."""
    sc, trig = tc.sentence, tc.trigger
    view = sc.view
    added = after_addition_link(sc, k)
    if added is None:
        return []
    fits = lambda m: _ok_type(m, trig.obj) and m.type != TYPES.country and (subj is None or m.entity_id != subj.entity_id)
    m = view.mention_at(skip_quotes(view, added))
    if m is not None:
        return [m] if fits(m) and not starts_clause(sc, m.token_end) else []
    return list_members(sc.rules, _past_unnamed_words(sc, added), fits)


def added_after_unnamed(tc: TriggerContext, k: int, subj: Mention | None, limit: int = 15) -> list[Mention]:
    """استهدفت الغارات مواقع عسكرية، بينها مخازن أسلحة ومستودعات ذخيرة، إضافة إلى قواعد مثل مطار
    الشعيرات: objects kg does not name, then (at a comma, within ``limit`` words and with no mention
    or clause break between) an addition link and what it adds."""
    sc = tc.sentence
    view = sc.view
    if view.word_set().isdisjoint(sc.lexicon.lists["addition_link_words"]):
        return []
    for j in range(k, min(k + limit, len(view.tokens) - 1)):
        if view.tokens[j].norm in ("،", ","):
            if after_addition_link(sc, j) is not None:
                return added_objects(tc, j, subj)
            continue
        if view.covering(j) or view.is_break(j):
            return []
    return []


def after_addition_link(sc: SentenceContext, k: int) -> int | None:
    """مطار المزة، إضافة إلى مطار الشعيرات / وقاعدة X فضلا عن Y: at token k (past a comma) a phrase
    that adds one more to the objects (addition_links): the index after it."""
    tokens, lists = sc.view.tokens, sc.lexicon.lists
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].norm not in lists["addition_link_words"] or sc.view.covering(k):
        return None
    link = tokens[k].norm + " " + tokens[k + 1].norm
    if link in lists["place_addition_links"]:      # إلى جانب بلدتي X وY: a place only, not a partner
        at = skip_quotes(sc.view, _past_cue_word(sc, k + 2))
        m = sc.view.mention_at(at)
        return at if m is not None and m.type in GROUPS.local_places else None
    return k + 2 if link in lists["addition_links"] else None


def _past_cue_word(sc: SentenceContext, k: int) -> int:
    """k, or the token after it when token k is a plural or dual place cue no mention covers (بلدتي)."""
    return k + 1 if k < len(sc.view.tokens) and not sc.view.covering(k) and sc.view.mention_at(k + 1) is not None else k


def _past_unnamed_words(sc: SentenceContext, k: int, limit: int = 3) -> int:
    """مواقع أخرى مثل X: from token k, past at most ``limit`` words no mention covers (a head noun
    and its adjectives), to where a list opener may stand."""
    view, start = sc.view, k
    openers = sc.lexicon.lists["list_opener_words"]
    while k < len(view.tokens) and k - start < limit and not view.covering(k) and not view.is_break(k) \
            and is_word(view.tokens[k].norm) and view.tokens[k].norm not in openers:
        k += 1
    return k


def quoted_nickname_end(view: SentenceView, k: int) -> int | None:
    """فلان "أبو علي": at token k a quote opening at most three words no mention covers and its
    closing quote: the index after it."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in QUOTES:
        return None
    for j in range(k + 1, min(k + 5, len(tokens))):
        if tokens[j].norm in QUOTES:
            return j + 1 if j > k + 1 else None
        if view.covering(j) or not is_word(tokens[j].norm):
            return None
    return None


def others_of_a_group(sc: SentenceContext, k: int) -> Mention | None:
    """اغتيال فلان وأربعة آخرين من أعضاء الكتيبة / و3 آخرين من عناصر الحركة: at token k و with a
    number, others (others_words), من and perhaps a word for members: the organisation whose
    members were killed with the one named first."""
    view, lists = sc.view, sc.lexicon.lists
    tokens = view.tokens
    if k + 2 >= len(tokens) or view.covering(k) or not tokens[k].norm.startswith("و") or not (
            tokens[k].norm[1:].isdigit() or not view.token_stems(k).isdisjoint(lists["number_words"])):
        return None
    j = k + 1
    if not view.token_stems(j).isdisjoint(lists["others_words"]):
        j += 1
    if j + 1 >= len(tokens) or tokens[j].norm != "من":
        return None
    j += 1
    if not view.covering(j) and not view.token_stems(j).isdisjoint(lists["member_title_heads"] | lists["fighter_nouns"]):
        j += 1
    m = view.mention_at(j) if j < len(tokens) else None
    return m if m is not None and m.type in ORG_TYPES else None


def accused_of(sc: SentenceContext, t, trig):
    """اتهمت الحكومة السودانية الإمارات بتسليح قوات الدعم السريع: a verbal noun with ب after
    an accusation verb and the accused: the accused is said to act."""
    view = sc.view
    if trig.kind != "masdar" or not any(p.endswith("ب") for p, _ in proclitic_variants(view.tokens[t].norm)):
        return None
    accused = mention_ending_at(view, t)
    if accused is None:
        return None
    if accusation_verb_before(view, sc.lexicon.lists["accusation_verbs"], accused.token_start - 1):
        return accused           # (past the accuser between verb and accused; a place: no actor)
    return None


def accused_by_a_participle(sc: SentenceContext, t, trig) -> tuple[bool, Mention | None]:
    """إيران المتهمة بتسليح الحوثيين: a verbal noun with ب right after a participle of being
    accused: (True, the actor the participle describes, or None), or (False, None) without one."""
    view = sc.view
    if trig.kind != "masdar" or not any(p.endswith("ب") for p, _ in proclitic_variants(view.tokens[t].norm)):
        return False, None
    found, accused = accused_described(view, sc.lexicon.lists, t)
    return found, accused if accused is not None and accused.type in ACTOR_TYPES else None


def accused_by_a_pronoun(sc: SentenceContext, t, trig) -> tuple[bool, Mention | None]:
    """الجماعات التي تتهمها واشنطن بشن هجمات على قواعدها: a verbal noun with ب after an accuser
    and an accusation verb that carries the accused as a pronoun (تتهمها، اتهمهم): the accused acts,
    never the accuser. (True, the actor the relative before the verb follows, or None), or (False,
    None) when the construction is not there."""
    view = sc.view
    if trig.kind != "masdar" or not any(p.endswith("ب") for p, _ in proclitic_variants(view.tokens[t].norm)):
        return False, None
    accuser = mention_ending_at(view, t)
    k = accuser.token_start - 1 if accuser is not None and accuser.type in ACTOR_TYPES else -1
    if k < 0 or view.covering(k) is not None:
        return False, None
    verb = view.tokens[k].norm
    accusations = sc.lexicon.lists["accusation_verbs"]
    if not any(verb.endswith(suffix) and not accusations.isdisjoint(stems(verb[:-len(suffix)]))
               for suffix in SUFFIXES):
        return False, None
    j = k - 1
    if j < 1 or view.tokens[j].norm not in RELATIVE:
        return True, None
    j -= 1 if view.tokens[j - 1].norm in ("،", ",") else 0
    head = mention_ending_at(view, j)
    if head is None or head.type not in ACTOR_TYPES or head.token_start < 1 \
            or view.tokens[head.token_start - 1].norm == "في" or _prefix(view, head).endswith("ب"):
        return True, None       # الجماعات في العراق، التي: the place is not what the relative follows
    return True, head


def lam_agent(view: SentenceView, after, trig, fighters=frozenset()):
    """قصف مدفعي لقوات الدعم السريع على مدينة الأبيض / انسحاب مفاجئ لقوات النظام من المدينة /
    فرار جماعي لعناصر الجيش من المدينة: after a verbal noun (and an adjective or two), an actor with
    لـ (or a noun of its fighters with لـ: ``fighters``), then the noun's preposition: the actor is
    its agent."""
    preps = set(trig.prep) | set(trig.optional_prep) | ({"علي", "ضد"} if trig.relation == RELATIONS.attacked else set())
    if not preps:
        return None
    k = after
    while k < min(after + 2, len(view.tokens)) and view.mention_at(k) is None and not view.covering(k) \
            and not (view.tokens[k].norm.startswith("ل") and view.tokens[k].norm[1:] in fighters) \
            and view.tokens[k].norm not in CORE_PREPOSITIONS \
            and (view.tokens[k].norm.endswith(("ي", "يه"))
                 or (view.tokens[k].norm not in fighters and _indefinite_adjective(view, after - 1, k))) \
            and is_word(view.tokens[k].norm):
        k += 1
    m = view.mention_at(k)
    if m is None and k + 1 < len(view.tokens) and not view.covering(k) and view.tokens[k].norm.startswith("ل") \
            and view.tokens[k].norm[1:] in fighters:
        m = view.mention_at(k + 1)          # فرار جماعي لعناصر الجيش: the fighters' body
        if m is None or m.type not in ACTOR_TYPES or m.token_end >= len(view.tokens):
            return None
    elif m is None or m.type not in ACTOR_TYPES or not _prefix(view, m).endswith("ل") \
            or m.token_end >= len(view.tokens):
        return None
    return m if view.tokens[m.token_end].norm in preps else None


def _indefinite_adjective(view: SentenceView, t: int, k: int) -> bool:
    """انسحاب مفاجئ، فرارا جماعيا، تقدم سريع: token k may be an adjective of the indefinite verbal
    noun at t: both without the article, k without لـ (the agent's), no preposition or function word."""
    noun, word = view.tokens[t].norm, view.tokens[k].norm
    return not noun.startswith("ال") and not word.startswith(("ال", "ل")) \
        and word not in FUNCTION_WORDS and word not in CORE_PREPOSITIONS and len(word) > 2

def instrument(sc: SentenceContext, k) -> bool:
    """Token k follows a strike noun with the preposition ب (بغارة، بصاروخ): the means of an
    act, whose nationality names who acted, never the one acted on."""
    view = sc.view
    if k < 1:
        return False
    if k >= 2 and view.tokens[k - 2].norm in CAUSE_PREPOSITIONS \
            and not view.token_stems(k - 1).isdisjoint(sc.lexicon.lists["strike_nouns"]):
        return True                # قتل ثلاثة في غارة إسرائيلية
    return any(p.endswith("ب") and st in sc.lexicon.lists["strike_nouns"]
               for p, st in proclitic_variants(view.tokens[k - 1].norm))


def owned_vehicle(sc: SentenceContext, owner: Mention) -> bool:
    """دبابة عسكرية للاحتلال / آلية تابعة للقوات / دبابة إسرائيلية: the owner of a vehicle
    (vehicle_nouns, within three words before it) is what an attack on the vehicle hits; the
    place the vehicle is in is not attacked."""
    view, vehicles = sc.view, sc.lexicon.lists["vehicle_nouns"]
    return any(not view.covering(k) and not view.token_stems(k).isdisjoint(vehicles)
               for k in range(max(0, owner.token_start - 3), owner.token_start))


def place_after_fi(sc: SentenceContext, k):
    """في, then a place, perhaps after a plural place noun: where an attack's target stands
    (تجمعات للجنود في مستوطنات المطلة -> المطلة)."""
    view = sc.view
    tokens = view.tokens
    if tokens[k].norm != "في" or k + 1 >= len(tokens):
        return None
    j = k + 1
    if view.mention_at(j) is None and not view.covering(j) and j + 1 < len(tokens) and (
            any(st in PARTITIVE_PLACES for st in stems(tokens[j].norm))
            or not view.token_stems(j).isdisjoint(sc.lexicon.lists["place_heads"])):
        j += 1
    m = view.mention_at(j)
    if m is not None and m.source == "adjective":
        named = view.mention_at(m.token_end)      # في العاصمة اليمنية صنعاء: the city, not its country
        if named is not None and named.type in GROUPS.local_places:
            m = named
    return m if m is not None and m.type in PLACE_TYPES else None


def comma_conjunct(sc: SentenceContext, k, first, trig):
    """A comma then a mention of the same kind as the first object, with no verb after it:
    the next item of a list of objects."""
    view = sc.view
    if k >= len(view.tokens) or view.tokens[k].norm not in ("،", ","):
        return None
    j = k + 1
    while j < len(view.tokens) and view.tokens[j].norm in QUOTES:
        j += 1
    for _ in range(2):       # ، مركبا، بليدا، ومحيط بلدة جويا: names kg does not know stay in the list
        if first.type in GROUPS.local_places and j + 1 < len(view.tokens) and not view.covering(j) \
                and is_word(view.tokens[j].norm) and view.tokens[j + 1].norm in ("،", ",") \
                and not starts_clause(sc, j):
            j += 2
    m = view.mention_at(j)
    if m is None and j + 1 < len(view.tokens) and view.tokens[j].norm.startswith("و") \
            and not view.covering(j):
        m = view.mention_at(j + 1)          # ، ومحيط بلدة جويا
    if m is None or not _ok_type(m, trig.obj):
        return None
    places = GROUPS.local_places
    if not (m.type == first.type or (m.type in places and first.type in places)):
        return None
    if starts_clause(sc, m.token_end):
        return None
    return m


def later_non_country(view: SentenceView, k, limit):
    """قصفت مواقع في سوريا قرب إدلب: a place that is no country from token k to just past the
    object window's limit (the country only locates it)."""
    return any(m.token_start >= k and m.token_start < limit + 2 and m.type in GROUPS.local_places
               for m in view.mentions)


def starts_clause(sc: SentenceContext, k) -> bool:
    """A verb follows (يرد، أعلن ...): what came before it is that verb's subject."""
    view = sc.view
    if k >= len(view.tokens):
        return False
    n = view.tokens[k].norm
    if view.covering(k) or not is_word(n):
        return False
    return any(s in sc.lexicon.forms or s in sc.lexicon.lists["reporting_verbs"] for s in stems(n)) or \
        (n[:1] in ("ي", "ت") and len(n) >= 3 and not n.startswith(("تم", "تحت")))


def find_prep(sc: SentenceContext, after, preps, window=8):
    """سيطرت القوات، الخميس، على المدينة: the index after the trigger's preposition within
    ``window`` tokens (past a time set off by commas), or of a mention carrying it as a
    proclitic (لحزب الله); None at a clause break or at a later trigger's preposition."""
    view = sc.view
    tokens = view.tokens
    k, end = after - 1, min(after + window, len(view.tokens))
    while k + 1 < end:
        k += 1
        aside = _time_aside_end(view, k, sc.lexicon.lists["aside_openers"]) if tokens[k].norm in ("،", ",") else k   # (it returns k but at a comma)
        if aside != k:
            k, end = aside - 1, min(end + aside - k, len(view.tokens))
            continue          # سيطرت القوات، الخميس، على: a time between commas
        joint = past_joint_partners(sc.rules, k)
        if joint != k:
            k, end = joint - 1, min(end + joint - k, len(view.tokens))
            continue          # قاتلت الحركة جنبا إلى جنب مع الفصائل ضد الجيش: مع is not the object's
        if view.is_break(k):
            return None
        if k > after and not view.covering(k) and sc.lexicon.trigger_readings[view.tokens[k].norm]:
            if covered_strike(sc, k, after):
                end = min(end + 1, len(view.tokens))
                continue         # التقدم تحت غطاء ناري مدعوم بغارات جوية باتجاه: the strikes only cover it
            return None          # هجوم ... بعد سيطرتها على حلب: على belongs to the later trigger
        for p, stem in proclitic_variants(view.tokens[k].norm):
            if stem in preps:
                return k + 1
            m = view.mention_at(k)
            if p and p[-1] in preps and m is not None and _prefix(view, m).endswith(p[-1]):
                return k
            if p and p[-1] in preps and m is None and not view.covering(k) and stem in sc.lexicon.lists["force_nouns"] \
                    and k + 1 < len(view.tokens) and country_mention(sc, k + 1) is not None:
                return k          # نصبوا كمينا لقوة إسرائيلية: the force's country is the object
            if p and p[-1] in preps and m is None and not view.covering(k) and stem in sc.lexicon.lists["title_words"]:
                return k          # اجتمع فلان بقائد الجيش الوطني فلان: the title's holder is the object
        if view.tokens[k].norm in preps:
            return k + 1
    return None



def covered_strike(sc: SentenceContext, k: int, after: int) -> bool:
    """Token k lies in a phrase of cover (تحت غطاء ناري ... بغارات) that opens after token ``after``."""
    view = sc.view
    for j in range(k - 1, max(after - 1, k - 8), -1):
        if view.is_break(j) or view.covering(j):
            return False
        if j + 1 < k and view.tokens[j].norm == "تحت" and not view.token_stems(j + 1).isdisjoint(sc.lexicon.lists["cover_nouns"]):
            return True
    return False


def _time_aside_end(view: SentenceView, k: int, openers: frozenset = frozenset()) -> int:
    """After a phrase set off by commas at token k: a time (، الخميس، / ، فجر اليوم،) or a phrase
    opened by one of ``openers`` (، بعد معارك عنيفة استمرت أياما، / ، بعد انسحاب الجيش،): the index
    after its closing comma; k itself when there is none."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in ("،", ","):
        return k
    opened = k + 1 < len(tokens) and any(stem in openers for _, stem in proclitic_variants(tokens[k + 1].norm))
    for j in range(k + 2, min(k + (10 if opened else 7), len(tokens))):
        if tokens[j].norm in ("،", ","):
            inside = [t.norm for t in tokens[k + 1:j]]
            where = _place_ending_aside(view, k + 2, j)
            if where is not None:
                inside = inside[:where - k - 1]     # ، أمس في دمشق،: a time, then where
            else:
                lead = _place_opening_aside(view, k + 1, j)
                if lead == j:
                    return j + 1           # ، في قصر الحسينية،: where alone
                if lead is not None:
                    inside = inside[lead - k - 1:]     # ، في قصر الحسينية اليوم،: where, then a time
            if inside and all(n in TIME_WORDS or n in TIME_SPAN_WORDS or n.isdigit() for n in inside):
                return j + 1
            return j + 1 if opened else k
        if view.is_break(j):
            return k
    return k


def _owner_of_the_venue(view: SentenceView, m: Mention, start: int) -> bool:
    """في ديوان عام الوزارة / في مقر وزارة الخارجية: the organisation m closes a phrase opened by في
    one to three words before it, words no mention covers (the building where the meeting took place)."""
    for f in range(m.token_start - 2, max(start, m.token_start - 4) - 1, -1):
        if view.tokens[f].norm == "في" and not view.covering(f):
            return all(view.covering(x) is None and is_word(view.tokens[x].norm) for x in range(f + 1, m.token_start))
    return False


def _body_of_a_title(sc: SentenceContext, k: int, start: int) -> bool:
    """التقى الوزير رئيس هيئة الأركان المشتركة اللواء فلان: the unknown body at k follows a title
    (one of ``title_words``), or the word at k is a rank (name_honorifics), and a person is named
    within six words after it: it qualifies the one met, it is not the object."""
    view = sc.view
    rank = view.tokens[k].norm in sc.lexicon.lists["name_honorifics"]     # اللواء الركن فلان: a rank, no brigade
    titled = any(view.tokens[b].norm in sc.lexicon.lists["title_words"] and not view.covering(b)
                 for b in range(max(start, k - 3), k))     # رئيس الأركان العامة للجيش فلان: the title's body
    if k <= start or not (rank or titled):
        return False
    for j in range(k + 1, min(k + 7, len(view.tokens))):
        if view.is_break(j):
            return False
        m = view.mention_at(j)
        if m is not None:
            return m.type == TYPES.person
    return False


def _title_aside_end(sc: SentenceContext, k: int) -> int:
    """استقبل الأمير فلان، وزير الدفاع، في الرياض ...: at token k a comma opening a title (its first
    word one of ``title_words``) that names no person and closes with a comma within eight words:
    the index after that comma; else k."""
    view, tokens = sc.view, sc.view.tokens
    if k + 2 >= len(tokens) or tokens[k].norm not in ("،", ",") or tokens[k + 1].norm not in sc.lexicon.lists["title_words"]:
        return k
    for j in range(k + 2, min(k + 10, len(tokens))):
        if tokens[j].norm in ("،", ","):
            return j + 1
        m = view.mention_at(j)
        if view.is_break(j) or (m is not None and m.type == TYPES.person):
            return k
    return k


def _place_opening_aside(view: SentenceView, f: int, j: int) -> int | None:
    """، في قصر الحسينية اليوم،: when في at f and a named place (or building) open the phrase
    that ends at the comma at j, the index after the place; else None."""
    if f >= j or view.tokens[f].norm != "في" or view.covering(f):
        return None
    m = view.mention_at(f + 1)
    if m is None or m.token_end > j or not (m.type in PLACE_TYPES or m.type in (TYPES.country, TYPES.facility)):
        return None
    return m.token_end


def _place_ending_aside(view: SentenceView, lo: int, j: int) -> int | None:
    """، أمس في دمشق،: the token of في when في and a place that ends at the comma at j close the
    phrase between commas (from lo on); else None."""
    for f in range(lo, j - 1):
        if view.tokens[f].norm == "في" and not view.covering(f):
            m = view.mention_at(f + 1)
            return f if m is not None and (m.type in PLACE_TYPES or m.type == TYPES.country) and m.token_end == j else None
    return None
