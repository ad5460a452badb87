"""The relations stage: trigger words and structural cues to Claims with provenance."""
from __future__ import annotations

from dataclasses import replace

from kg.arabic import is_word, phrase_key, proclitic_variants
from kg.dates import event_date
from kg.registry import load_registry
from kg.relations.arguments import ArgumentFinder
from kg.relations.attribution import Attribution
from kg.relations.constructions import SENTENCE_RULES, RuleContext, force_with_nationality, receives_support
from kg.language.lexicon import Trigger, load_lexicon, stems
from kg.relations.scorer import rescore
from kg.relations.structure import StructuralRules
from kg.relations.view import SentenceView, _prefix
from kg.language.words import ACTOR_TYPES, BACKGROUND_RELATIONS, ORDINAL_REFERENCES, PLACE_TYPES, QUOTES, TIME_WORDS
from ontology import vocabulary
from kg.types import ArticleExtraction, ArticleInfo, Claim, Mention, Provenance, ResolvedArticle


class RelationExtractor(ArgumentFinder, StructuralRules, Attribution):
    """Reads the claims of one article, sentence by sentence."""

    def __init__(self, resolved: ResolvedArticle):
        self.resolved = resolved
        self.lex = load_lexicon()
        self.reg = load_registry()
        self.article = resolved.article
        by_sentence: dict[int, list[Mention]] = {}
        for m in resolved.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        self.views = [SentenceView(s, by_sentence.get(s.index, [])) for s in resolved.sentences]
        self.claims: list[Claim] = []
        self.claim_index: dict[tuple, int] = {}     # (subject, relation, object, sentence start) -> claim
        self.topic: Mention | None = None         # the actor the discourse is about
        self.containers: set[tuple[int, int]] = set()   # places named only to locate another place
        self.last_group: list[Mention] = []              # the latest list of actors acting together
        self.history: list[Mention] = []
        self._facts, self._facts_view = None, None

    def run(self) -> list[Claim]:
        attributions = self._attributions()
        for view in self.views:
            self.current_source = attributions.get(view.sentence.index)
            self._facts, self._facts_view = None, view       # hedges, reported speech, date: on the first claim
            self.position = None
            self.ctx = self.rule_context(view)
            self._structural(view)
            self._constructions(view)
            self._verbs(view)
            self.position, self.future = None, False
            self._pronoun_part_of(view, self.lex.lists)
            self.history.extend(view.mentions)
        return self._own_spokesman(self.claims)

    def _sentence_facts(self) -> tuple[list[int], int | None, str | None]:
        """(hedge positions, start of reported speech, event date) of the current sentence, read
        once when it yields its first claim (most sentences yield none)."""
        if self._facts is None:
            view = self._facts_view
            self._facts = (self._hedge_positions(view), self._reported_speech_start(view),
                           event_date(view.sentence.text, self.article.published, [t.norm for t in view.tokens]))
        return self._facts

    def _claim(self, view, subj: Mention, rel: str, obj: Mention, rule: str, conf: float, trigger: str | None = None):
        if subj is None or obj is None or subj.entity_id == obj.entity_id or self._own_country(subj, rel, obj):
            return
        hedges, reported_from, date = self._sentence_facts()
        source = self.current_source
        where = self.position if self.position is not None else min(subj.token_start, obj.token_start)
        # a standing fact is credited only when a named speaker or organisation asserts it
        # (وقال ساعر إنها فصائل تابعة ...، وأكد الجيش أن اللواء التابع لـX ...)
        asserted = (source is not None and source[1] in ("speaker", "organisation")
                    and rel not in ("LOCATED_IN", "BASED_IN")
                    and reported_from is not None and where > reported_from)
        if source is not None and (source[0] == subj.entity_id or (rel in BACKGROUND_RELATIONS and not asserted)
                                   or ":title" in rule):
            source = None
        s = view.sentence
        pos = self.position if self.position is not None else subj.token_start
        reach = max(pos + 3, obj.token_start if obj.sentence == s.index else 0)
        hedged = rel not in BACKGROUND_RELATIONS and (getattr(self, "future", False) or
                                                      any(pos - 8 <= h <= reach for h in hedges))
        prov = Provenance(article=self.article.id, sentence=s.text, start=s.start, end=s.end,
                          attributed_to=source[0] if source else None, hedged=hedged, event_date=date,
                          rule=rule, confidence=round(conf * (0.8 if hedged else 1.0), 3), trigger=trigger)
        claim = Claim(subj.entity_id, rel, obj.entity_id, prov)
        # one provenance item per supporting sentence: the most confident reading wins
        key = (claim.subject, rel, claim.object, prov.start)
        i = self.claim_index.get(key)
        if i is None:
            self.claim_index[key] = len(self.claims)
            self.claims.append(claim)
        elif prov.confidence > self.claims[i].provenance.confidence:
            self.claims[i] = claim

    def rule_context(self, view: SentenceView) -> RuleContext:
        """What the construction rules of kg.relations.constructions read and write through."""
        return RuleContext(view, self.lex.lists, lambda k: self._country_mention(view, k),
                           lambda s, rel, o, rule, conf, trigger=None: self._claim(view, s, rel, o, rule, conf, trigger),
                           self.history, lambda word, k: self._country_word(view, word, k),
                           lambda k: self._group_adjective(view, k))

    def _constructions(self, view: SentenceView):
        self.position, self.future = None, False
        for rule in SENTENCE_RULES:
            rule(self.ctx)

    def _own_country(self, subj: Mention, rel: str, obj: Mention) -> bool:
        """A hostile relation between an actor and its own country (الجيش الإسرائيلي ... الحرب مع
        إسرائيل): a misread subject, never a claim."""
        if rel.casefold() not in self.lex.lists["hostile_relations"]:
            return False
        country = self.reg.country_entity.get
        return any(b.type == "Country" and country(self.reg.country_of(a.entity_id) or "") == b.entity_id
                   for a, b in ((subj, obj), (obj, subj)))

    def _verbs(self, view: SentenceView):
        tokens = view.tokens
        readings = map(self.lex.trigger_readings.__getitem__, [tok.norm for tok in tokens])
        for t, trigs in [(t, trigs) for t, trigs in enumerate(readings) if trigs]:
            if view.covering(t) or self._undone(view, t) or self._inside_a_name(view, t):
                continue
            for trig in trigs:
                self._apply(view, t, trig, tokens[t].text)

    def _apply(self, view, t, trig: Trigger, surface):
        tokens = view.tokens
        self.position = t
        self.future = trig.kind == "verb" and self._is_future(tokens[t].norm)
        self.feminine = trig.kind == "verb" and self._feminine(tokens[t].norm)
        after = t + 1
        vso = None
        ctx = self.ctx
        if trig.then:
            k = after
            while k < len(tokens) and k < after + 10 and not view.is_break(k):
                m = view.mention_at(k)
                if m is not None and vso is None and m.type in ACTOR_TYPES:
                    vso, k = m, m.token_end
                    continue
                if m is not None and vso is not None and (m.entity_id == vso.entity_id or (
                        m.type in ACTOR_TYPES and _prefix(view, m).startswith("و"))):
                    k = m.token_end            # شنت الولايات المتحدة والمملكة المتحدة غارات
                    continue
                forces = force_with_nationality(ctx, k) if vso is None else None
                if forces is not None:
                    vso, k = forces            # شنت المقاتلات والمسيرات الإسرائيلية غارات
                    continue
                n = tokens[k].norm
                if n in QUOTES or n in self.lex.lists["quantifiers"] or n in TIME_WORDS or n == "من" \
                        or n.isdigit() or n in self.lex.lists["number_words"] \
                        or (vso is not None and any(st in self.reg.nationality for st in stems(n))):
                    k += 1
                    continue
                if vso is None and k + 1 < len(tokens) and view.mention_at(k + 1) is not None \
                        and k - after < 2 and is_word(n):
                    k += 1         # طائرات الاحتلال: the head of a construct whose owner acts
                    continue
                if vso is None and k + 2 < len(tokens) and k - after < 2 and tokens[k + 1].norm == "من" \
                        and n in self.lex.lists["fighter_nouns"] and view.mention_at(k + 2) is not None \
                        and view.mention_at(k + 2).type in ACTOR_TYPES:
                    vso = view.mention_at(k + 2)       # نصب مسلحون من الهيئة كمينا: fighters of an actor
                    k = vso.token_end
                    continue
                break
            if k >= len(tokens) or view.token_stems(k).isdisjoint(trig.then):
                return
            after = k + 1
        if trig.relation == "CLASHED_WITH" and self._between(view, t, trig, surface):
            return
        if trig.relation == "SUPPORTS" and receives_support(ctx, t):
            return            # تتلقى الجماعة دعما من إيران: support_received reads it
        if trig.relation == "SUPPORTS" and trig.kind == "masdar" and after + 1 < len(tokens) \
                and tokens[after].norm == "من":
            backer = view.mention_at(after + 1)
            backed = self._preceding_actor(view, t)
            if backer is not None and backed is not None and backer.type in ACTOR_TYPES:
                self._claim(view, backer, "SUPPORTS", backed, "supports:backed_by", trig.confidence, surface)
            return
        if vso is not None:
            subj, subj_rule = vso, "after"
        elif trig.agent == "marked":
            subj, subj_rule = self._marked_agent(view, t, trig)
        else:
            subj, subj_rule = self._subject(view, t, after, trig)
        pronoun_object = self._prep_pronoun(view, after, trig.prep + trig.optional_prep) is not None
        if subj is not None and not pronoun_object and (
                subj_rule == "adjective" or (subj_rule in ("after", "relative", "passive_agent") and subj.token_start >= after
                                             and subj.sentence == view.sentence.index)):
            after = max(after, subj.token_end)
        if subj is not None and subj_rule == "after" and not pronoun_object and subj.sentence == view.sentence.index:
            after = self._past_the_subjects(view, subj, after)
        objs = self._objects(view, after, trig, subj)
        if not objs and trig.relation == "RELEASED_PRISONERS":
            objs = self._prison_before(view, t)
        if not objs and subj is not None and trig.relation in vocabulary().symmetric and subj_rule in ("before", "after"):
            # روبيو والشيباني سيلتقيان / اشتبك الطرفان: coordinated subjects of a reciprocal verb
            group = self._coordinated(view, subj)
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    self._claim(view, a, trig.relation, b, f"{trig.relation.lower()}:reciprocal", trig.confidence * 0.9, surface)
            return
        if not objs:
            return
        if subj is None:
            return
        conf = trig.confidence * (0.85 if subj_rule == "discourse" else 1.0)
        rule = f"{trig.relation.lower()}:{trig.kind}:{subj_rule}"
        subjects = self._coordinated(view, subj) if subj_rule in ("after", "before", "passive_agent", "adjective") \
            and not self._the_latter(view, subj, t) else [subj]
        if len(subjects) > 1:
            self.last_group = subjects
        for sj in subjects:
            for o in objs:
                self._claim(view, sj, trig.relation, o, rule, conf, surface)
        if subj.type in ACTOR_TYPES and subj_rule in ("after", "before", "relative"):
            self.topic = subj

    def _past_the_subjects(self, view: SentenceView, subj: Mention, after: int) -> int:
        """سيطرت الهيئة والفصائل المتحالفة معها على حلب: the object comes after the subject's
        conjuncts and a describing word closed by a preposition with a pronoun (المتحالفة معها)."""
        ends = [m.token_end for m in self._coordinated(view, subj) if m.sentence == view.sentence.index]
        k = max([after] + ends)
        tokens = view.tokens
        if k + 1 < len(tokens) and not view.covering(k) and not view.is_break(k) \
                and tokens[k + 1].norm in self.lex.lists["subject_tails"]:
            k += 2
        return k

    def _the_latter(self, view: SentenceView, subj: Mention, t: int) -> bool:
        """بين حزب الله والجيش الإسرائيلي، تمكن الأخير من التوغل: 'the latter' is one of the two."""
        return subj.sentence == view.sentence.index and any(
            view.tokens[k].norm in ORDINAL_REFERENCES for k in range(subj.token_end, t))

    def _inside_a_name(self, view: SentenceView, t: int) -> bool:
        """جبهة تحرير أزواد، الحركة الشعبية لتحرير السودان: a verbal noun right after an
        organisation's head noun (and an adjective) names the organisation; it reports no event."""
        heads = self.lex.lists["name_heads"]
        tok = view.tokens[t].norm
        if any(p.endswith(("و", "ف")) for p, _ in proclitic_variants(tok) if p) or tok.startswith("ال"):
            return False           # وتحرير: a new item; أدان المجلس الهجوم: a definite noun is no name's part
        for k in (t - 1, t - 2):
            if k < 0 or view.covering(k) or view.is_break(k):
                return False
            if not view.token_stems(k).isdisjoint(heads) and not view.tokens[k].norm.startswith("و"):
                return True
            if not view.tokens[k].norm.endswith(("يه", "ي")):
                return False       # only an adjective may stand between the head and the noun
        return False

    def _prison_before(self, view: SentenceView, t: int) -> list[Mention]:
        """سيطروا على سجن حماة وأطلقوا سراح السجناء: a release naming no prison is from the last
        prison the sentence named before it."""
        words = self.lex.lists["prison_words"]
        for m in reversed(view.mentions):
            if m.token_end <= t and m.type == "Facility" and m.sentence == view.sentence.index \
                    and not view.token_stems(m.token_start).isdisjoint(words):
                return [m]
        return []

    def _undone(self, view, t) -> bool:
        """فك الحصار، كسر الحصار، صد الهجوم: a verbal noun governed by a word that undoes or
        foils it states the opposite of its relation."""
        if t > 0 and view.tokens[t].norm.startswith("ال") and self._lost_before(view, t):
            return True        # فقد الجيش السوداني السيطرة على ...: lost, not captured
        if t > 0 and self._intended(view, t):
            return True        # توعد باستعادة المدينة: an intention, not an event
        return t > 0 and view.tokens[t].norm.startswith("ال") and \
            any(s in self.lex.lists["undoing_words"] for s in stems(view.tokens[t - 1].norm)) and \
            not (t + 1 < len(view.tokens) and view.tokens[t + 1].norm in self.lex.lists["passive_participles"])

    def _intended(self, view, t) -> bool:
        """An intention or threat word right before the word (or before its subject's mention):
        يعتزم الجيش اقتحام المدينة، توعد باستعادتها."""
        k = self._before_subject(view, t)
        words = self.lex.lists["intent_words"]
        return k >= 0 and not view.token_stems(k).isdisjoint(words) or (
            k >= 1 and view.tokens[k].norm in ("الي", "ب") and not view.token_stems(k - 1).isdisjoint(words))

    def _lost_before(self, view, t) -> bool:
        """A loss verb before the verbal noun, with at most its subject's mention between."""
        k = self._before_subject(view, t)
        return k >= 0 and not view.token_stems(k).isdisjoint(self.lex.lists["loss_words"])

    @staticmethod
    def _before_subject(view, t) -> int:
        """The token before t, or before the mention that ends right before t (the verb of فقد
        الجيش السيطرة، يعتزم الجيش اقتحام); -1 at the sentence's start."""
        covering = view.covering(t - 1) if t > 0 else None
        return covering.token_start - 1 if covering is not None else t - 1

    def _is_future(self, norm) -> bool:
        """ستستعيد، سيسيطر: a stated plan, not an event (the claim is hedged)."""
        return any(st[:2] in ("سي", "ست", "سن") and st[1:] in self.lex.forms for st in stems(norm))

    def _between(self, view, t, trig, surface) -> bool:
        """معارك بين X وY -> X CLASHED_WITH Y."""
        tokens = view.tokens
        for k in range(t + 1, min(t + 12, len(tokens))):
            if view.is_break(k):
                return False
            if tokens[k].norm == "بين":
                a = next((m for m in view.mentions if m.token_start > k and m.type in ACTOR_TYPES), None)
                if a is None:
                    return False
                b = next((m for m in view.mentions if m.token_start >= a.token_end and m.type in ACTOR_TYPES
                          and _prefix(view, m).startswith("و")), None)
                if b is None or b.token_start - a.token_end > 2:
                    return False
                self._claim(view, a, "CLASHED_WITH", b, "clashed_with:between", trig.confidence, surface)
                return True
        return False


def extract(resolved: ResolvedArticle) -> ArticleExtraction:
    """The relations stage: claims for one article, packaged with its entities and mentions."""
    extractor = RelationExtractor(resolved)
    claims = rescore(extractor, extractor.run())      # the learned scorer (KG_RELATION_SCORER=off: rules alone)
    reg = load_registry()
    # A name inside a longer name is kept where it takes part in a relation, or where a place is
    # named after it (جنوب لبنان names لبنان; قوات سوريا الديمقراطية does not name سوريا).
    in_claims = {c.subject for c in claims} | {c.object for c in claims}
    places = [m for m in resolved.mentions if m.source != "nested" and m.type in PLACE_TYPES]

    def inside_a_place(m):
        return m.type == "Country" and any(p.sentence == m.sentence and p.token_start <= m.token_start
                                             and m.token_end <= p.token_end for p in places)
    mentions = tuple(m for m in resolved.mentions
                     if m.source != "nested" or m.entity_id in in_claims or inside_a_place(m))
    named = {m.entity_id for m in mentions}
    entities = {e.id: e for e in resolved.entities if e.id in named}
    for c in claims:
        for eid in (c.subject, c.object):
            if eid not in entities and eid in reg.entities:
                entities[eid] = reg.entities[eid]
    # a node's aliases are the surface forms seen in articles (its mentions add them), not every
    # spelling the registry knows
    entities = {k: _without_aliases(e) for k, e in entities.items()}
    a = resolved.article
    publisher = _publisher(resolved)
    info = ArticleInfo(a.id, a.content_hash, a.url, a.title, a.published, publisher, a.origin)
    return ArticleExtraction(info, tuple(entities.values()), mentions, tuple(claims))


_ALIAS_FREE: dict[int, tuple] = {}


def _without_aliases(e):
    """The entity record without its aliases, made once per (registry) record: the record is kept
    beside its copy so that its id cannot be reused by another object while the entry exists."""
    if not e.aliases:
        return e
    hit = _ALIAS_FREE.get(id(e))
    if hit is None or hit[0] is not e:
        hit = (e, replace(e, aliases=()))
        if len(_ALIAS_FREE) < 100_000:
            _ALIAS_FREE[id(e)] = hit
    return hit[1]


def _publisher(resolved: ResolvedArticle) -> str | None:
    """The outlet named in the dateline (الكومبس – ...), or the source field when it names a known outlet."""
    for m in resolved.mentions[:2]:
        if m.type == "MediaOutlet" and m.start < 40:
            rest = resolved.article.text[m.end:m.end + 4]
            if any(ch in rest for ch in "–-—:|"):
                return m.entity_id
    src = resolved.article.source
    if src:
        reg = load_registry()
        for e in reg.lookup(phrase_key(src)):
            if reg.entities[e.entity_id].type == "MediaOutlet":
                return e.entity_id
    return None
