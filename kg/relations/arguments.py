"""Finding a trigger's subject and objects: word order, pronouns, relative clauses,
coordination, partitives and the actor the discourse is about."""
from __future__ import annotations

from kg.arabic import is_word, phrase_key, proclitic_variants
from kg.language.cues import load_cues
from kg.language.lexicon import Trigger, stems
from kg.language.words import (ACTOR_TYPES, CAUSE_PREPOSITIONS, CORE_PREPOSITIONS, DISCOURSE_LINKS, FUNCTION_WORDS,
                               GOVERNING_PREPOSITIONS, ORG_TYPES, PARTITIVE_PLACES, PLACE_TYPES, QUANTITY_NOUNS, QUOTES,
                               RELATIVE, RESUMPTIVE_SUFFIXES, SUFFIXES, TIME_WORDS)
from kg.relations.constructions import agent_after_from, coordinated_nationalities, force_with_nationality, list_members, skip_quotes
from kg.relations.subjects import SubjectQuery, find_subject
from kg.relations.view import _ok_type, _prefix
from kg.types import Mention


class ArgumentFinder:
    """Mixin of RelationExtractor."""

    def _titled_person_after(self, view, after):
        """رئيس المكتب السياسي لحركة حماس خليل الحية: the person a title after the verb names."""
        titles = load_cues().titles
        if after >= len(view.tokens) or not any((s,) in titles for s in stems(view.tokens[after].norm)):
            return None
        named = view.mention_at(after)
        if named is not None and named.type == "Person":
            return named          # وزير الخارجية الأمريكي ماركو روبيو: the title is part of his mention
        for k in range(after + 1, min(after + 8, len(view.tokens))):
            if view.is_break(k):
                return None
            m = view.mention_at(k)
            if m is not None and m.type == "Person":
                return m
        return None

    def _country_mention(self, view, k, bare=False) -> Mention | None:
        """A nationality adjective at token k as a mention of its country (غارة إسرائيلية);
        ``bare``: not a conjunct (والبريطانية describes another noun)."""
        if k < 0 or k >= len(view.tokens):
            return None
        variants = proclitic_variants(view.tokens[k].norm)
        for _, stem in (variants[:1] if bare else variants):
            iso = self.reg.nationality.get(stem)
            if iso and iso in self.reg.country_entity:
                tok = view.tokens[k]
                return Mention(self.article.id, view.sentence.index, tok.start, tok.end, tok.text,
                               self.reg.country_entity[iso], "Country", "adjective", k, k + 1)
        return None

    def _country_word(self, view, word, k) -> Mention | None:
        """The country a normalised nationality word names, as a mention at token k."""
        iso = self.reg.nationality.get(word)
        if iso and iso in self.reg.country_entity and 0 <= k < len(view.tokens):
            tok = view.tokens[k]
            return Mention(self.article.id, view.sentence.index, tok.start, tok.end, tok.text,
                           self.reg.country_entity[iso], "Country", "adjective", k, k + 1)
        return None

    def _group_adjective(self, view, k) -> Mention | None:
        """الأهداف الحوثية: a definite nisba adjective whose plural (الحوثيين، الحوثيون) is the
        registry's name of a group, as a mention of that group."""
        if k < 0 or k >= len(view.tokens) or view.covering(k):
            return None
        n = view.tokens[k].norm
        if not n.startswith("ال") or not n.endswith(("يه", "ي")) or len(n) < 6 or n in self.reg.nationality:
            return None
        base = n[:-2] if n.endswith("يه") else n[:-1]
        for plural in (base + "يين", base + "يون"):
            for e in self.reg.lookup((plural,)):
                rec = self.reg.entities.get(e.entity_id)
                if rec is not None and rec.type in ("ArmedGroup", "Organization"):
                    tok = view.tokens[k]
                    return Mention(self.article.id, view.sentence.index, tok.start, tok.end, tok.text, rec.id,
                                   rec.type, "adjective", k, k + 1)
        return None

    def _marked_agent(self, view, t, trig):
        """غارة إسرائيلية / عملياتها / غارات الجيش: the agent marked on an attack noun."""
        if trig.suffixed:
            return self._pronoun_referent(view, t), "pronoun"
        for k in (t + 1, t + 2):
            if k < len(view.tokens) and view.is_break(k):
                break
            c = self._country_mention(view, k)
            if c is not None:
                return c, "adjective"
        m = view.mention_at(t + 1)
        if m is not None and m.type in ACTOR_TYPES and m.type != "Country":
            return m, "after"
        by = agent_after_from(self.ctx, t + 1)       # غارة جوية من طائرات الجيش
        return (by, "after") if by is not None else (None, "")

    def _unknown_noun(self, view, k) -> bool:
        """A definite noun no mention covers (القوات، المسيرات): a subject kg cannot name."""
        if k < 0 or k >= len(view.tokens) or view.covering(k):
            return False
        n = view.tokens[k].norm
        cues = load_cues()
        if not (n.startswith("ال") and len(n) >= 5) or n in TIME_WORDS or n in cues.stop or n in RELATIVE:
            return False
        if n in cues.anaphors or n[2:] in cues.place or n in self.reg.nationality or n in self.lex.forms \
                or n[2:] in PARTITIVE_PLACES or n[2:] in self.lex.lists["place_heads"] or (n,) in cues.titles:
            return False          # (الرئيس: a title, whose person the title rule finds)
        return not (n.endswith(("يه", "ي")) and len(n) > 5)      # an adjective (الإسرائيلية)

    def _counted_noun_before(self, view, t) -> bool:
        """12 شخصا قتلوا / عشرات المدنيين قتلوا: a counted, unnamed subject."""
        for k in (t - 1, t - 2):
            n = view.tokens[k].norm if k >= 0 else ""
            counted = n.isdigit() and k == t - 2 and len(n) < 4 and is_word(view.tokens[t - 1].norm)
            if k >= 0 and (counted or n in QUANTITY_NOUNS) and not view.covering(k):
                return all(not view.covering(x) for x in range(k, t))
        return False

    def _subject(self, view, t, after, trig):
        """(subject mention or None, how it was found): the first rule of
        kg.relations.subjects.SUBJECT_RULES that decides."""
        return find_subject(self, SubjectQuery.of(self, view, t, after, trig))

    def _forces_before(self, view, t):
        """A force noun with a nationality a few words before a verbal noun, with only a verb or
        time words between (تولت مسيرة أميركية مساء الأربعاء اغتيال ...): the country acts."""
        for k in range(t - 2, max(-1, t - 8), -1):
            if view.is_break(k) or view.covering(k):
                return None
            found = force_with_nationality(self.ctx, k)
            if found is not None:
                between = [view.tokens[j].norm for j in range(found[1], t)]
                if all(n in TIME_WORDS or n.isdigit() for n in between):
                    return found[0]
                return None
        return None

    def _lam_object_after(self, view, m) -> bool:
        """استهداف الولايات المتحدة (الأمريكية) للمنشآت: a genitive followed by a لـ object is the
        verbal noun's agent, not its patient."""
        k = m.token_end
        if k < len(view.tokens) and self._country_mention(view, k) is not None:
            k += 1
        if k >= len(view.tokens) or view.covering(k) and view.covering(k).token_start != k:
            return False
        return any(p.endswith("ل") for p, _ in proclitic_variants(view.tokens[k].norm)[1:])

    def _passive_agent(self, view, k):
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

    def _coordinated(self, view, m):
        """X وY، وZ: actors joined to the subject by و share its role (the list may end or start
        with the subject)."""
        out, k = [m], m.token_end
        if m.sentence != view.sentence.index:
            return out
        if m.source == "adjective":
            return out + coordinated_nationalities(self.ctx, m)
        out += self._same_body_other_nationality(view, m)
        cur = m
        while _prefix(view, cur).startswith("و"):
            prev = self._mention_ending_at(view, self._skip_back(view, cur.token_start))
            if prev is None or prev.type not in ACTOR_TYPES:
                break
            out.insert(0, prev)
            cur = prev
        while k < len(view.tokens):
            while k < len(view.tokens) and (view.tokens[k].norm in QUOTES or view.tokens[k].norm in ("،", ",")):
                k += 1
            nxt = view.mention_at(k)
            if nxt is None or nxt.type not in ACTOR_TYPES or not _prefix(view, nxt).startswith("و"):
                break
            out.append(nxt)
            k = nxt.token_end
        return out

    def _same_body_other_nationality(self, view, m):
        """القوات التركية والعراقية: the same kind of body of the country the و-joined adjective
        names, when the registry knows it by that name (القوات العراقية)."""
        out, k = [], m.token_end
        words = phrase_key(m.text)
        if len(words) < 2 or words[-1] not in self.reg.nationality:
            return out
        while k < len(view.tokens) and view.tokens[k].norm.startswith("و") and view.tokens[k].norm[1:] in self.reg.nationality:
            found = [e for e in self.reg.lookup(words[:-1] + (view.tokens[k].norm[1:],)) if e.entity_id in self.reg.entities]
            if not found:
                break
            tok = view.tokens[k]
            e = self.reg.entities[found[0].entity_id]
            out.append(Mention(self.article.id, view.sentence.index, tok.start, tok.end, tok.text, e.id, e.type,
                               "adjective", k, k + 1))
            k += 1
        return out

    def _skip_back(self, view, k):
        """Index after the last token before k that is not a comma or quote."""
        while k > 0 and view.tokens[k - 1].norm in QUOTES | {"،", ","}:
            k -= 1
        return k

    def _mention_ending_at(self, view, k):
        while k > 0 and view.tokens[k - 1].norm in QUOTES:
            k -= 1
        for m in view.mentions:
            if m.token_end == k:
                return m
        return None

    def _suffixed_before(self, view, t) -> bool:
        for k in (t - 1, t - 2):
            if k >= 0 and self._suffixed_noun(view.tokens[k].norm):
                return True
            if k >= 0 and view.is_break(k):
                return False
        return False

    def _represented(self, view, m):
        """A spokesperson announcing an action speaks for the organisation that acted."""
        if m.type != "Person":
            return m
        for c in self.claims:
            if c.subject == m.entity_id and c.predicate in ("MEMBER_OF", "LEADS") \
                    and c.provenance.start == view.sentence.start:
                org = next((x for x in view.mentions + view.nested if x.entity_id == c.object), None)
                if org is not None:
                    return org
        inner = next((x for x in view.nested if m.token_start <= x.token_start and x.token_end <= m.token_end
                      and x.type in ORG_TYPES), None)
        return inner or m

    def _partitive(self, view, m):
        """عشرات المقاتلين من قوة الرضوان: the group after a partitive من is the actor."""
        k = m.token_end
        if k + 1 < len(view.tokens) and view.tokens[k].norm == "من":
            nxt = view.mention_at(k + 1)
            if nxt is not None and nxt.type in ORG_TYPES:
                return nxt
        return m

    def _continues_discourse(self, view, t) -> bool:
        """The verb carries on what the discourse was about: وسيطرت، حيث سيطرت، كما هاجمت, or it
        opens the sentence; not a verb after a comma that closed an unknown subject."""
        if t == 0 or any(p in ("و", "ف") for p, st in proclitic_variants(view.tokens[t].norm)[1:2]):
            return True
        k = t - 1
        while k >= 0 and view.tokens[k].norm in QUOTES:
            k -= 1
        return k < 0 or view.tokens[k].norm in DISCOURSE_LINKS or (
            not view.is_break(k) and view.tokens[k].norm in TIME_WORDS)

    def _clause_initial(self, view, t) -> bool:
        """No unknown noun stands between the clause start and the trigger (an implicit subject)."""
        k = t - 1
        content = 0
        while k >= 0 and not view.is_break(k):
            n = view.tokens[k].norm
            if is_word(n) and n not in FUNCTION_WORDS and n not in QUOTES and not view.covering(k):
                stripped = {s for s in stems(n)}
                if not stripped & FUNCTION_WORDS and not stripped & self.lex.lists["reporting_verbs"]:
                    content += 1
            k -= 1
        return content <= 1

    def _resumptive_verb(self, norm) -> bool:
        """شنته، نفذها: a verb with a pronoun for the noun before it (هجوم شنته فصائل ...)."""
        verbs = self.lex.lists["resumptive_verbs"]
        for suffix in RESUMPTIVE_SUFFIXES:
            if norm.endswith(suffix) and norm[:-len(suffix)] in verbs:
                return True
        return False

    def _feminine(self, norm) -> bool:
        for _, stem in proclitic_variants(norm):
            if stem in self.lex.forms:
                if stem.endswith("ت") and stem[:-1] in self.lex.forms:
                    return True
                if stem.startswith("ت") and "ي" + stem[1:] in self.lex.forms:
                    return True
                return False
        return False

    def _suffixed_noun(self, norm):
        return norm.startswith(("قوات", "مقاتلي", "عناصر")) and norm.endswith(("ها", "هم", "ه"))

    def _has_later_object(self, view, k, trig):
        for m in view.mentions:
            if m.token_start >= k and _ok_type(m, trig.obj) and m.type != "Country":
                return True
        return trig.obj != "place"

    def _pronoun_referent(self, view, t, allow_country=False):
        forces = self._forces_ending_before(view, t)
        if forces is not None:
            return forces            # دبابات إسرائيلية أثناء اقتحامها المعبر: the tanks' country
        excluded = {"Person"} if allow_country else {"Country", "Person"}
        for m in reversed([m for m in view.mentions if m.token_end <= t]):
            if m.type == "Person":
                org = self._represented(view, m)
                if org is not m:
                    return org        # قال رئيس الحكومة ... إن قواته: the government's forces
                continue
            if m.type in ACTOR_TYPES - excluded and not _prefix(view, m).endswith(("ل", "ب")):
                return m
        if self._unnamed_subject_before(view, t):
            return None           # وكانت الحركة قد أعلنت تحالفها: her is a body kg cannot name
        if self.topic is not None:
            return self.topic
        for m in reversed(self.history):
            if m.type in ORG_TYPES:
                return m
        return None

    def _forces_ending_before(self, view, t):
        """The nearest force noun with a nationality (دبابات إسرائيلية) before t, when no actor
        mention stands between it and t."""
        for k in range(t - 2, max(-1, t - 6), -1):
            if view.is_break(k):
                return None
            m = view.covering(k)
            if m is not None and m.type in ACTOR_TYPES and m.source != "adjective":
                return None
            found = force_with_nationality(self.ctx, k)
            if found is not None and found[1] <= t:
                return found[0]
        return None

    def _unnamed_subject_before(self, view, t) -> bool:
        """A definite noun no mention covers, right after the clause's verb (or first), before t:
        the subject a pronoun on t refers to, unnamed."""
        for k in range(max(0, t - 4), t):
            if self._unknown_noun(view, k) and (k == 0 or view.tokens[k - 1].norm not in
                                                CORE_PREPOSITIONS):
                prev = view.tokens[k - 1].norm if k else ""
                if k == 0 or any(s in self.lex.forms or s in ("كان", "كانت", "قد") or
                                 s in self.lex.lists["reporting_verbs"] for s in stems(prev)):
                    return True
        return False

    def _governed(self, view, m, allow_fi=False) -> bool:
        """The mention is the object of a preposition (مع X، من X، لـX) or a source (وفقا لـX)."""
        p = _prefix(view, m)
        k = m.token_start - 1
        if p.endswith("ل") and k >= 0 and view.tokens[k].norm in self.lex.lists["part_of"] \
                and self._mention_ending_at(view, k) is None:
            return False          # الطيران الحربي التابع للجيش شن ...: the owner acts
        if p.endswith(("ل", "ب", "ك")):
            return True
        while k >= 0 and view.tokens[k].norm in QUOTES:
            k -= 1
        if k < 0:
            return False
        prev = view.tokens[k].norm
        if p.startswith("و"):
            before = self._mention_ending_at(view, k + 1)
            if before is not None and before is not m and before.token_start > 0 \
                    and view.tokens[before.token_start - 1].norm == "بين":
                return True           # بين لبنان وسورية: both are governed by بين
        if prev == "من" and k > 0 and view.tokens[k - 1].norm in QUANTITY_NOUNS:
            return False
        if allow_fi and prev == "في" and m.type != "Country":
            return False
        if not view.token_stems(k).isdisjoint(self.lex.lists["source_preps"]):
            return True               # وبحسب وزارة الصحة، قتل ...: a source, never the subject
        return prev in GOVERNING_PREPOSITIONS

    def _preceding_actor(self, view, t, allow_fi=False):
        for m in reversed([m for m in view.mentions if m.token_end <= t]):
            if getattr(self, "feminine", False) and m.type == "Person":
                continue
            if m.type in ACTOR_TYPES and m.type != "MediaOutlet" and not self._governed(view, m, allow_fi):
                k = m.token_start - 1
                while k > 0 and view.tokens[k].norm in QUOTES:
                    k -= 1
                if k >= 1 and view.tokens[k].norm in self.lex.lists["leads_relative"] \
                        and view.tokens[k - 1].norm in RELATIVE:
                    head = self._mention_ending_at(view, k - 1)
                    if head is not None:
                        return head
                return m
        return None

    def _prep_pronoun(self, view, after, preps) -> int | None:
        """Index of a preposition carrying a pronoun right after the trigger (عليها، منها، إليه)."""
        for k in (after, after + 1):
            if k < len(view.tokens):
                n = view.tokens[k].norm
                for prep in preps:
                    if n.startswith(prep) and n[len(prep):] in SUFFIXES + ("يها", "يه", "يهم"):
                        return k
        return None

    def _place_referent(self, view, t, kind):
        """The place a pronoun (منها، عليها) stands for: the latest place that is not only named
        to locate another (الناقورة بقضاء صور -> الناقورة)."""
        def fits(m):
            return _ok_type(m, kind) and m.type != "Country" and (m.sentence, m.token_start) not in self.containers
        for m in reversed([m for m in view.mentions if m.token_end <= t]):
            if fits(m):
                return m
        for m in reversed(self.history[-25:]):
            if fits(m):
                return m
        return None

    def _objects(self, view, after, trig: Trigger, subj):
        tokens = view.tokens
        start = after
        pro = self._prep_pronoun(view, after, trig.prep + trig.optional_prep) if trig.prep or trig.optional_prep else None
        if pro is not None:
            t = self.position if self.position is not None else after - 1
            if t > 0 and view.tokens[t - 1].norm in RELATIVE:
                # المناطق التي يسيطر عليها الحوثيون: the pronoun is the head of the relative clause
                head = self._mention_ending_at(view, t - 1)
                return [head] if head is not None and _ok_type(head, trig.obj) and (
                    subj is None or head.entity_id != subj.entity_id) else []
            ref = self._place_referent(view, after - 1, trig.obj) if trig.obj in ("place", "facility") else None
            return [ref] if ref is not None and (subj is None or ref.entity_id != subj.entity_id) else []
        if trig.prep:
            start = self._find_prep(view, after, trig.prep,
                                    1 if trig.adjacent else 3 if trig.agent == "marked" else 8)
            if start is None:
                return []
        objs = []
        k, limit = start, start + 8
        first = None
        listed_head = start < len(tokens) and any(st in PARTITIVE_PLACES for st in stems(tokens[start].norm))
        while k < len(tokens) and k < limit:
            aside = _time_aside_end(view, k)
            if aside != k:
                limit += aside - k
                k = aside             # قصفت الطائرات، فجر اليوم، بلدة الخيام
                continue
            if view.is_break(k) and not (listed_head and first is None and tokens[k].norm in ("،", ",")):
                break           # على بلدات عيترون، عيتا الشعب: a list after a plural head crosses commas
            if tokens[k].norm in QUOTES:
                k += 1
                limit += 1
                continue
            m = view.mention_at(k)
            if m is None and not view.covering(k) and trig.obj == "actor" \
                    and not view.token_stems(k).isdisjoint(self.lex.lists["name_heads"]):
                named = view.mention_at(skip_quotes(view, k + 1))
                if named is None or named.type == "Country":
                    break       # مع الحركة الشعبية لتحرير السودان: a name kg does not know; its country is not it
            if m is None and trig.obj != "place" and k > start and not view.covering(k - 1) \
                    and is_word(tokens[k - 1].norm) and trig.relation in ("ATTACKED", "MET_WITH"):
                owner = self._country_mention(view, k) or self._group_adjective(view, k)
                if owner is not None and (subj is None or owner.entity_id != subj.entity_id):
                    person = next((x for x in view.mentions if x.type == "Person"
                                   and 0 < x.token_start - k <= 2), None)
                    first = person or owner   # دبابة إسرائيلية: its owner; نظيره الإيراني عباس عراقجي: him
                    break
            if m is not None and k > 0 and tokens[k - 1].norm == "بين":
                break                    # معابر بين لبنان وسوريا: the countries locate the target
            if m is not None and m.type == "Country" and k > 0 and tokens[k - 1].norm in PARTITIVE_PLACES:
                k = m.token_end          # مدن سوريا: cities of the country, not the country
                continue
            if m is not None and k > 0 and not view.covering(k - 1) and (
                    view.tokens[k - 1].norm in self.lex.lists["loyal_to"]
                    or view.tokens[k - 1].norm in self.lex.lists["supported_by"]
                    or (view.tokens[k - 1].norm == "من" and k > 1
                        and view.tokens[k - 2].norm in self.lex.lists["supported_by"])):
                break                  # قتل قيادي في فصيل موال لإيران: the backer qualifies, it is not hit
            if m is not None and m.source == "adjective" and self._instrument(view, k):
                break                  # قتل القيادي بغارة إسرائيلية: the strike's country is its agent
            if m is not None and m.source == "adjective":
                named = view.mention_at(m.token_end)
                if named is not None and named.type == "Person" and trig.obj != "place":
                    m = named          # بالرئيس اللبناني جوزاف عون: the person the title names, not his country
                elif named is not None and named.type in PLACE_TYPES - {"Country"} and k > 0 \
                        and not view.token_stems(k - 1).isdisjoint(self.lex.lists["place_heads"]):
                    m = named          # على العاصمة الأوكرانية كييف: the city, not its country
            if m is not None and (subj is None or m.entity_id != subj.entity_id):
                if _ok_type(m, trig.obj) and not (trig.obj == "place" and m.type == "Country" and first is None
                                                  and self._later_non_country(view, m.token_end, limit)):
                    first = m
                    break
                k = m.token_end
                continue
            k += 1
        if first is None:
            return []
        if trig.relation == "KILLED" and first.type in ORG_TYPES:
            person = next((m for m in view.mentions if m.type == "Person" and 0 <= m.token_start - first.token_end <= 4
                           and not any(view.is_break(x) for x in range(first.token_end, m.token_start))), None)
            first = person or first        # القيادي في حزب الله إبراهيم عقيل: the person was killed
        objs.append(first)
        k = first.token_end
        places_only = False
        if trig.relation == "ATTACKED" and (first.type not in PLACE_TYPES or first.source == "adjective"):
            for k2 in range(k, min(k + 3, len(tokens) - 1)):
                if view.is_break(k2):
                    break
                place = self._place_after_fi(view, k2)
                if place is not None:
                    objs.append(place)          # مواقع للحوثيين في مستوطنات المطلة وكريات شمونة
                    first, k, places_only = place, place.token_end, True
                    break
        while k < len(tokens):
            m = view.mention_at(k)
            if m is not None and _prefix(view, m).startswith("و") and _ok_type(m, trig.obj) \
                    and not (places_only and m.type not in PLACE_TYPES):
                if self._starts_clause(view, m.token_end):
                    break          # وحزب الله يرد: the subject of a new clause, not a second object
                objs.append(m)
                k = m.token_end
                continue
            if m is None and tokens[k].norm.startswith("و") and k + 1 < len(tokens) and view.mention_at(k + 1):
                k += 1
                continue
            listed = self._comma_conjunct(view, k, first, trig)
            if listed is not None:
                objs.append(listed)      # على بلدات عيترون، عيتا الشعب، كفركلا ومركبا
                k = listed.token_end
                continue
            break
        more = list_members(self.ctx, k, lambda x: _ok_type(x, trig.obj) and x.type != "Country")
        return objs + [m for m in more if subj is None or m.entity_id != subj.entity_id]

    def _accused(self, view, t, trig):
        """اتهمت الحكومة السودانية الإمارات بتسليح قوات الدعم السريع: a verbal noun with ب after
        an accusation verb and the accused: the accused is said to act."""
        if trig.kind != "masdar" or not any(p.endswith("ب") for p, _ in proclitic_variants(view.tokens[t].norm)):
            return None
        accused = self._mention_ending_at(view, t)
        if accused is None or accused.type not in ACTOR_TYPES:
            return None
        k = accused.token_start - 1
        while k >= 0 and view.covering(k) is not None and view.covering(k).type in ACTOR_TYPES:
            k = view.covering(k).token_start - 1      # the accuser between verb and accused
        if k >= 0 and not view.token_stems(k).isdisjoint(self.lex.lists["accusation_verbs"]):
            return accused
        return None

    def _lam_agent(self, view, after, trig):
        """قصف مدفعي لقوات الدعم السريع على مدينة الأبيض: after a verbal noun (and an adjective or
        two), an actor with لـ, then the noun's preposition: the actor is its agent."""
        preps = set(trig.prep) | set(trig.optional_prep) | ({"علي", "ضد"} if trig.relation == "ATTACKED" else set())
        if not preps:
            return None
        k = after
        while k < min(after + 2, len(view.tokens)) and view.mention_at(k) is None and not view.covering(k) \
                and view.tokens[k].norm.endswith(("ي", "يه")) and is_word(view.tokens[k].norm):
            k += 1
        m = view.mention_at(k)
        if m is None or m.type not in ACTOR_TYPES or not _prefix(view, m).endswith("ل") \
                or m.token_end >= len(view.tokens):
            return None
        return m if view.tokens[m.token_end].norm in preps else None

    def _instrument(self, view, k) -> bool:
        """Token k follows a strike noun with the preposition ب (بغارة، بصاروخ): the means of an
        act, whose nationality names who acted, never the one acted on."""
        if k < 1:
            return False
        if k >= 2 and view.tokens[k - 2].norm in CAUSE_PREPOSITIONS \
                and not view.token_stems(k - 1).isdisjoint(self.lex.lists["strike_nouns"]):
            return True                # قتل ثلاثة في غارة إسرائيلية
        return any(p.endswith("ب") and st in self.lex.lists["strike_nouns"]
                   for p, st in proclitic_variants(view.tokens[k - 1].norm))

    def _place_after_fi(self, view, k):
        """في, then a place, perhaps after a plural place noun: where an attack's target stands
        (تجمعات للجنود في مستوطنات المطلة -> المطلة)."""
        tokens = view.tokens
        if tokens[k].norm != "في" or k + 1 >= len(tokens):
            return None
        j = k + 1
        if view.mention_at(j) is None and not view.covering(j) and j + 1 < len(tokens) and (
                any(st in PARTITIVE_PLACES for st in stems(tokens[j].norm))
                or not view.token_stems(j).isdisjoint(self.lex.lists["place_heads"])):
            j += 1
        m = view.mention_at(j)
        return m if m is not None and m.type in PLACE_TYPES else None

    def _comma_conjunct(self, view, k, first, trig):
        """A comma then a mention of the same kind as the first object, with no verb after it:
        the next item of a list of objects."""
        if k >= len(view.tokens) or view.tokens[k].norm not in ("،", ","):
            return None
        j = k + 1
        while j < len(view.tokens) and view.tokens[j].norm in QUOTES:
            j += 1
        for _ in range(2):       # ، مركبا، بليدا، ومحيط بلدة جويا: names kg does not know stay in the list
            if first.type in ("City", "Region", "Facility") and j + 1 < len(view.tokens) and not view.covering(j) \
                    and is_word(view.tokens[j].norm) and view.tokens[j + 1].norm in ("،", ",") \
                    and not self._starts_clause(view, j):
                j += 2
        m = view.mention_at(j)
        if m is None and j + 1 < len(view.tokens) and view.tokens[j].norm.startswith("و") \
                and not view.covering(j):
            m = view.mention_at(j + 1)          # ، ومحيط بلدة جويا
        if m is None or not _ok_type(m, trig.obj):
            return None
        places = {"City", "Region", "Facility"}
        if not (m.type == first.type or (m.type in places and first.type in places)):
            return None
        if self._starts_clause(view, m.token_end):
            return None
        return m

    def _later_non_country(self, view, k, limit):
        return any(m.token_start >= k and m.token_start < limit + 2 and m.type in PLACE_TYPES - {"Country"}
                   for m in view.mentions)

    def _starts_clause(self, view, k) -> bool:
        """A verb follows (يرد، أعلن ...): what came before it is that verb's subject."""
        if k >= len(view.tokens):
            return False
        n = view.tokens[k].norm
        if view.covering(k) or not is_word(n):
            return False
        return any(s in self.lex.forms or s in self.lex.lists["reporting_verbs"] for s in stems(n)) or \
            (n[:1] in ("ي", "ت") and len(n) >= 3 and not n.startswith(("تم", "تحت")))

    def _find_prep(self, view, after, preps, window=8):
        k, end = after - 1, min(after + window, len(view.tokens))
        while k + 1 < end:
            k += 1
            aside = _time_aside_end(view, k)
            if aside != k:
                k, end = aside - 1, min(end + aside - k, len(view.tokens))
                continue          # سيطرت القوات، الخميس، على: a time between commas
            if view.is_break(k):
                return None
            if k > after and not view.covering(k) and self.lex.trigger_readings[view.tokens[k].norm]:
                return None          # هجوم ... بعد سيطرتها على حلب: على belongs to the later trigger
            for p, stem in proclitic_variants(view.tokens[k].norm):
                if stem in preps:
                    return k + 1
                m = view.mention_at(k)
                if p and p[-1] in preps and m is not None and _prefix(view, m).endswith(p[-1]):
                    return k
            if view.tokens[k].norm in preps:
                return k + 1
        return None


def _time_aside_end(view, k: int) -> int:
    """After a time phrase set off by commas at token k (، الخميس، / ، فجر اليوم،): the index
    after its closing comma; k itself when there is none."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in ("،", ","):
        return k
    for j in range(k + 2, min(k + 5, len(tokens))):
        if tokens[j].norm in ("،", ","):
            inside = [t.norm for t in tokens[k + 1:j]]
            return j + 1 if all(n in TIME_WORDS or n.isdigit() for n in inside) else k
    return k
