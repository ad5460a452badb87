"""Descriptions of state actors (الجيش، القوات الحكومية، قوات النظام, the registry's "generic"
names), resolved by the nationality adjective after them or else by the article's country, and
a bare description by the actor of that type and country the article named last.
"""
from __future__ import annotations

import itertools
import functools

from kg.arabic import normalise, proclitic_variants
from kg.entities.context import national_army_spans, state_force_of
from kg.entities.matching import match_at, reading_memo, start_index
from kg.entities.names import bare_words
from kg.entities.spans import Span, covered_tokens, sentence_text, span_start
from kg.language.cues import load_context_cues
from kg.language.names import TYPES
from kg.registry import Registry
from kg.types import Mention, Sentence


def _nationality_after(tokens, j, reg) -> str | None:
    """ISO code of the state a nationality adjective at token j names, or None."""
    if j < len(tokens):
        for _, stem in proclitic_variants(tokens[j].norm):
            if stem in reg.nationality:
                return reg.nationality[stem]
    return None


def generic_spans(sentence: Sentence, taken: list[Span], reg: Registry, article_country: str | None,
                  history: list[Mention] = ()) -> list[Span]:
    """Descriptions such as الجيش / القوات الحكومية / قوات النظام, resolved by a following nationality
    adjective (الجيش السوداني) or else the article's context country; a bare description (no
    adjective) is the entity of that type and country the article named last, when it named one
    (الحكومة after حكومة الحوثيين is that government, not the registry's default)."""
    tokens, out, i = sentence.tokens, [], 0
    starts = start_index(reg.generic)
    max_len = starts.longest
    # only the tokens a description can start at are visited, in order (most sentences: none)
    candidates = list(itertools.compress(range(len(tokens)), map(starts.starts_of.__getitem__, sentence.norms)))
    if not candidates:
        return out
    covered = covered_tokens(taken)
    for c in candidates:
        if c < i or c in covered:
            continue
        i = c
        m = match_at(tokens, i, reg.generic, max_len, starts)
        if not m:
            continue
        length, prefix, options = m
        j = i + length
        if _generic_is_modifier(tokens, i, j, {reg.entities[eid].type for _, eid in options}):
            i = j
            continue
        said = _nationality_after(tokens, j, reg)
        country = said or _ministry_named_before(options, length, history, reg) or article_country
        picked = [eid for c, eid in options if c == country]
        if not picked and length >= 2 and said is None:     # (وزارة الدفاع النيجرية: Niger's, never Russia's)
            country = _state_named_before(options, history, reg)
            picked = [eid for c, eid in options if c == country]
        if picked and not any(k in covered for k in range(i, j)):
            nat = _nationality_after(tokens, j, reg)
            end_tok = j + 1 if nat else j
            source = "registry" if nat else "generic"
            rest = tuple(t.norm for t in tokens[i + 1:j])
            eid = picked[0] if nat else (_named_earlier_here(picked[0], tokens[i].norm, taken, sentence, i, reg, rest)
                                         or _named_before(picked[0], tokens[i].norm, history, reg, rest))
            out.append(Span(i, end_tok, span_start(tokens[i], prefix), tokens[end_tok - 1].end, eid,
                            reg.entities[eid].type, source))
            i = end_tok
        elif length >= 2 and _force_description(tokens, i, j):
            i = j              # قوات الحكومة in a Yemeni story: the state's forces (state_armies), not الحكومة
        else:
            i += 1
    return out


_WRAPPING_BODIES = frozenset({TYPES.government, TYPES.organisation})   # (a ministry, a UN mission)


def ministries_around_names(sentence: Sentence, taken: list[Span], reg: Registry,
                            article_country: str | None) -> dict[int, Span]:
    """وزارة الدفاع الوطني in an Algerian story: the country's ministry its generic name means, not
    the registry name nested in it (الدفاع الوطني, a Syrian militia); بعثة الأمم المتحدة in a Malian
    story: the mission there, not the United Nations. index in ``taken`` -> the body's span, read
    where a Government or Organization generic of the article's country starts one token before a
    registry name and ends at or after its end."""
    if article_country is None:
        return {}
    tokens, out = sentence.tokens, {}
    starts = start_index(reg.generic)
    covered = covered_tokens(taken)
    for idx, sp in enumerate(taken):
        i = sp.i - 1
        if sp.source != "registry" or i < 0 or i in covered or not starts.starts_of[tokens[i].norm]:
            continue
        m = match_at(tokens, i, reg.generic, starts.longest, starts)
        if not m or i + m[0] < sp.j:
            continue
        length, prefix, options = m
        picked = [eid for c, eid in options if c == article_country and reg.entities[eid].type in _WRAPPING_BODIES]
        if picked and not any(k in covered for k in range(sp.j, i + length)):
            out[idx] = Span(i, i + length, span_start(tokens[i], prefix), tokens[i + length - 1].end, picked[0],
                            reg.entities[picked[0]].type, "generic")
    return out


def _ministry_named_before(options, length: int, history: list[Mention], reg: Registry,
                           window: int = 200) -> str | None:
    """وزارة الدفاع الأردنية ... وقالت وزارة الدفاع: a ministry's bare name (two words or more,
    a Government) is the ministry of that name the article named last, whatever its country (the
    country of the last of the recent mentions that is one of the options), else None."""
    if length < 2 or any(reg.entities[eid].type != TYPES.government for _, eid in options):
        return None
    wanted = {eid: c for c, eid in options}
    for m in reversed(history[-window:]):
        if m.entity_id in wanted:
            return wanted[m.entity_id]
    return None


_STATE_BODIES = frozenset({TYPES.state_force, TYPES.government, TYPES.outlet})   # (a state's own: no armed group)


def _state_named_before(options, history: list[Mention], reg: Registry, window: int = 200) -> str | None:
    """ضربة نفذها سلاح الجو in a Lebanese story that named Israel: a description of two words or
    more that no actor of the article's country bears is the state body (force, government, state
    outlet) of the state of the latest recent mention (a state, or a registry name of that state)
    that bears it, else None; an armed group's description (القوة الصاروخية) is not read so."""
    entities = reg.entities
    countries = {c for c, eid in options if c and entities[eid].type in _STATE_BODIES}
    for m in reversed(history[-window:]):
        e = entities.get(m.entity_id)
        if e is not None and e.country in countries:
            return e.country
    return None


def _named_earlier_here(default: str, head: str, taken: list[Span], sentence: Sentence, i: int, reg: Registry,
                        rest: tuple = ()) -> str | None:
    """قال المتحدث باسم حكومة إقليم كردستان إن "الحكومة ترفض ...": a registry body of the
    default's type and country named earlier in the same sentence with the description's head word
    (the latest such) is what the bare description means."""
    want = reg.entities[default]
    head = head[2:] if head.startswith("ال") else head
    for s in sorted((s for s in taken if s.j <= i and s.entity_id in reg.entities and s.entity_id != default),
                    key=lambda s: -s.i):
        e = reg.entities[s.entity_id]
        if e.type != want.type or e.country != want.country:
            continue
        words = bare_words(sentence_text(sentence, s.start, s.end))
        if head in words and all(r in words or (r.startswith("ال") and r[2:] in words) for r in rest):
            return s.entity_id
    return None


def _named_before(default: str, head: str, history: list[Mention], reg: Registry, rest: tuple = ()) -> str:
    """The registry entity of the default's type and country that the article named last with the
    description's head word (الحكومة after حكومة الحوثيين) and its other words (وزارة الخارجية is
    not the وزارة الدفاع named before), else the default."""
    want = reg.entities[default]
    head = head[2:] if head.startswith("ال") else head
    for m in reversed(_RegistryNamed.of(history, reg).named(want.type, want.country)):
        if m.entity_id != default and head in bare_words(m.text):
            words = bare_words(m.text)
            if all(r in words or (r.startswith("ال") and r[2:] in words) for r in rest):
                return m.entity_id
    return default


class _RegistryNamed:
    """The registry mentions of a history list by (type, country) of their entity, in order,
    extended as the list grows: _named_before reads only the mentions that can match, so a long
    text (thousands of mentions, a description in every sentence) costs linear time, not the
    whole history per description. Mentions are frozen and resolve() only appends to its list."""
    _last: "_RegistryNamed | None" = None

    def __init__(self, history, reg):
        self.history, self.reg, self.seen, self.by_key = history, reg, 0, {}

    @classmethod
    def of(cls, history, reg) -> "_RegistryNamed":
        last = cls._last
        if last is None or last.history is not history or last.reg is not reg or len(history) < last.seen:
            last = cls._last = cls(history, reg)
        return last

    def named(self, etype, country) -> list[Mention]:
        history, entities = self.history, self.reg.entities
        for m in history[self.seen:] if self.seen < len(history) else ():
            e = entities.get(m.entity_id)
            if e is not None and m.source == "registry":
                self.by_key.setdefault((e.type, e.country), []).append(m)
        self.seen = len(history)
        return self.by_key.get((etype, country), [])


def _generic_is_modifier(tokens, i: int, j: int, types=frozenset({TYPES.government})) -> bool:
    """A description that qualifies the word before it: عمليات الحزب الخارجية (an adjective on a
    definite noun, not the foreign ministry) or وزير الخارجية (a minister's title, not the ministry)."""
    if i == 0:
        return False
    prev, first = tokens[i - 1].norm, tokens[i].norm
    context_cues = load_context_cues()
    if any(st in context_cues.minister_titles for _, st in proclitic_variants(prev)):
        return True
    return (types == {TYPES.government} and j - i == 1 and first.startswith("ال") and first.endswith(("يه", "ي")) and prev.startswith("ال")
            and len(prev) > 3 and not prev.endswith(("يه", "ي")))


def states_with_forces(sentences, registry_found, reg: Registry, signalled) -> frozenset[str]:
    """ISO codes of the states whose forces an article names anywhere: a registry name of one
    state's force (جيش الاحتلال، قوات الدفاع الوطني الإثيوبية) or a force head and a nationality
    adjective (الجيش الموزمبيقي، قوات رواندية). ``signalled``: context.signals of each sentence."""
    entities, out, force = reg.entities, set(), TYPES.state_force
    for sent, spans, sig in zip(sentences, registry_found, signalled):
        for s in spans:
            if not s.candidates:
                continue
            first = entities[s.candidates[0].entity_id]      # (a name of one state's force only)
            if first.type != force or not first.country:
                continue
            if all(entities[c.entity_id].type == force and entities[c.entity_id].country == first.country
                   for c in s.candidates):
                out.add(first.country)
        if any(v[1] for _, v in sig):
            for *_, eid in national_army_spans(sent, set(), reg, signalled=sig)[0]:
                e = entities.get(eid)
                out.add(e.country if e is not None else eid.split(":", 1)[1])
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _force_descriptions() -> tuple[dict[tuple[str, ...], bool], frozenset[str]]:
    """The descriptions of a state's own forces (-> is it the police?) and their first words."""
    cues = load_context_cues()
    described = {**{k: False for k in cues.army_descriptions}, **{k: True for k in cues.police_descriptions}}
    return described, frozenset(k[0] for k in described)


def state_army_spans(sentence: Sentence, taken: list[Span], reg: Registry, article_country: str | None,
                     forces: frozenset[str] = frozenset()) -> tuple[list[Span], dict]:
    """قال الجيش إن قواته صدت الهجوم، القوات الحكومية in a Mozambican story -> Mozambique's army:
    a description of a state's own forces (entity_cues.json army_descriptions; police_descriptions:
    قائد الشرطة -> its police, the registry's or police:<ISO>) that the registry
    has for no actor of the article's country is the army of that country (the registry's الجيش
    of it when a StateForce, else one node army:<ISO>), when the article names that army with its
    adjective (الجيش الموزمبيقي) or names no other state's forces (``forces``: states_with_forces).
    A description before a nationality or other adjective (الجيش الرواندي، الجيش الشعبي) is left
    to the other passes."""
    descriptions, firsts = _force_descriptions()
    if not article_country or not descriptions or (article_country not in forces and forces - {article_country}):
        return [], {}
    memo = reading_memo(firsts)
    tokens, n = sentence.tokens, len(sentence.tokens)
    hits = list(itertools.compress(range(n), map(memo.__getitem__, sentence.norms)))     # (a reading is a pair)
    if not hits:
        return [], {}
    covered = covered_tokens(taken)
    out, records, end = [], {}, 0
    for i in hits:
        if i < end or i in covered:
            continue
        prefix, stem = memo[tokens[i].norm]
        if i + 1 < n and i + 1 not in covered and (stem, tokens[i + 1].norm) in descriptions:
            key = (stem, tokens[i + 1].norm)
        elif (stem,) in descriptions:
            key = (stem,)
        else:
            continue
        j = i + len(key)
        if j < n and _adjective(tokens[j].norm) or any(c == article_country for c, _ in reg.generic.get(key, ())):
            continue
        country = reg.entities.get(reg.country_entity.get(article_country, ""))
        if country is None:
            continue
        police = descriptions[key]
        eid, record = state_force_of(article_country, reg, ("شرطة " if police else "جيش ") + country.name, police)
        if reg.entities.get(eid, record).type != TYPES.state_force:
            continue
        if record is not None:
            records.setdefault(eid, record)
        out.append(Span(i, j, span_start(tokens[i], prefix), tokens[j - 1].end, eid, TYPES.state_force, "generic"))
        end = j
    return out, records


def _force_description(tokens, i: int, j: int) -> bool:
    """Tokens i..j are a description of a state's own forces (army_descriptions: قوات الحكومة)."""
    described, _firsts = _force_descriptions()
    first = next((st for _, st in proclitic_variants(tokens[i].norm) if (st,) + tuple(t.norm for t in tokens[i + 1:j]) in described), None)
    return first is not None


def _adjective(norm: str) -> bool:
    """الرواندي، الشعبي، السودانية: a definite adjective (after an army description it names
    another force or the state's by its own adjective)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


_GROUPS_LOOK_BACK = 300      # mentions of the article read back for its armed groups


def _named_with_the_head(stem: str, recent: list[Mention]) -> str | None:
    """وقالت الفصائل الفلسطينية ... وأكدت الفصائل: the armed group named last whose name has the
    description's own word (فصائل، الفصائل) is the group the description takes up, else None."""
    head = stem[2:] if stem.startswith("ال") else stem
    for m in reversed(recent):
        words = normalise(m.text).split()
        if any(st in (head, "ال" + head) for w in words for _, st in proclitic_variants(w)):
            return m.entity_id
    return None


def named_as_a_tie(tokens, i: int) -> bool:
    """جماعة نصرة الإسلام، المرتبطة بتنظيم القاعدة: a group named at token i right after a word of
    tie (entity_cues.json affiliate_links), or after one and من/عن (المدعومة من، منشق عن), is named as
    another group's tie, not as an actor of the story. A quote mark and a group's cue word between
    them are read past (مرتبطون بتنظيم "الدولة الإسلامية")."""
    from kg.arabic import is_word
    from kg.language.cues import load_cues
    links, cues = load_context_cues().affiliate_links, load_cues().org
    while i >= 1 and not is_word(tokens[i - 1].text):
        i -= 1
    if i >= 1 and any((st,) in cues for _, st in proclitic_variants(tokens[i - 1].norm)):
        i -= 1
    if i >= 1 and tokens[i - 1].norm in ("من", "عن"):
        i -= 1
    return i >= 1 and any(st in links for _, st in proclitic_variants(tokens[i - 1].norm))


def the_one_group(history: list[Mention], taken: list[Span], i: int, tokens, tied=frozenset()) -> str | None:
    """The armed group the article has named and no other so far (the mentions of the sentences
    before and the spans before token i), leaving out groups named only as another's tie
    (``tied``: (sentence, token) of such mentions before; ``named_as_a_tie`` in this sentence);
    else None: وقال سكان إن المسلحين انسحبوا after حركة الشباب alone."""
    groups = {m.entity_id for m in history[-_GROUPS_LOOK_BACK:] if m.type == TYPES.armed_group
              and m.source != "adjective" and (m.sentence, m.token_start) not in tied}
    groups |= {s.entity_id for s in taken if s.i < i and s.type == TYPES.armed_group and s.entity_id
               and s.source != "adjective" and not named_as_a_tie(tokens, s.i)}
    return next(iter(groups)) if len(groups) == 1 else None


def _qualifies_a_plural(tokens, i: int) -> bool:
    """قوة من المدنيين المسلحين: a description right after a definite plural of its own ending
    (ين، ون) is that plural's adjective, not the fighters themselves."""
    if i == 0:
        return False
    before, word = tokens[i - 1].norm, tokens[i].norm
    return any(st.startswith("ال") and st[-2:] == word[-2:] and word[-2:] in ("ين", "ون")
               for _, st in proclitic_variants(before))


def lone_group_spans(sentence: Sentence, taken: list[Span], history: list[Mention], tied=frozenset()) -> list[Span]:
    """هاجمت حركة الشباب قاعدة للجيش ... وقال سكان إن المسلحين انسحبوا -> المسلحين is حركة الشباب:
    a description of fighters (entity_cues.json fighter_descriptions) standing alone, in an article
    that has named one armed group and no other so far (``the_one_group``: a group named only as
    another's tie does not count), is that group. A description followed by من or a definite word
    (المسلحين من العشائر، المسلحين الحوثيين) is left to the other passes."""
    from kg.entities.matching import reading_memo
    words = load_context_cues().fighter_descriptions
    if not words:
        return []
    tokens, out = sentence.tokens, []
    memo = reading_memo(words)
    hits = list(itertools.compress(range(len(tokens)), map(memo.__getitem__, sentence.norms)))     # (a reading is a pair)
    if not hits:
        return []
    covered = covered_tokens(taken)
    for i in hits:
        if i in covered or (i + 1 < len(tokens) and (tokens[i + 1].norm == "من" or tokens[i + 1].norm.startswith("ال"))):
            continue
        if _qualifies_a_plural(tokens, i):
            continue
        prefix, stem = memo[tokens[i].norm]
        recent = [m for m in history[-_GROUPS_LOOK_BACK:] if m.type == TYPES.armed_group and m.source != "adjective"]
        named = _named_with_the_head(stem, recent) or the_one_group(history, taken, i, tokens, tied)
        if named is None:
            continue
        out.append(Span(i, i + 1, span_start(tokens[i], prefix), tokens[i].end, named,
                        TYPES.armed_group, "generic"))
    return out
