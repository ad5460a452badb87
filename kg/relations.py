"""Relations stage: turn trigger words and structural cues into Claims with provenance.

Verb and verbal-noun triggers come from ontology/triggers.json. Their subject is a following
actor (VSO), a pronoun suffix on the verbal noun (سيطرتها), a genitive after it (انسحاب القوات
الحكومية), the nearest preceding actor (SVO), or the actor the discourse is about. Objects follow
the trigger's preposition, with coordinated objects (على X وY). Structural cues give PART_OF,
LEADS, MEMBER_OF, SUPPORTS, BASED_IN and LOCATED_IN. Every claim carries the sentence, offsets,
the outlet or speaker the sentence credits, hedging and the event date.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from kg.arabic import is_word, normalise, phrase_key, proclitic_variants
from kg.dates import event_date
from kg.registry import load_registry
from kg.types import ArticleExtraction, ArticleInfo, Claim, Mention, Provenance, ResolvedArticle

PLACE_TYPES = frozenset({"City", "Region", "Facility", "Country"})
ORG_TYPES = frozenset({"ArmedGroup", "StateForce", "Government", "Organization"})
ACTOR_TYPES = ORG_TYPES | {"Person", "Country"}
SOURCE_TYPES = frozenset({"MediaOutlet", "Person", "Organization", "Government", "ArmedGroup", "StateForce"})
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


@dataclass(frozen=True)
class Trigger:
    relation: str
    kind: str                 # verb | masdar
    prep: tuple[str, ...]
    optional_prep: tuple[str, ...]
    then: tuple[str, ...]
    obj: str
    confidence: float
    suffixed: bool            # the form carries a pronoun suffix (سيطرتها)
    agent: str = "any"        # any | marked (see triggers.json)


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, tuple[Trigger, ...]]
    lists: dict[str, frozenset]
    hedges: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def base_forms(self) -> frozenset[str]:
        """قواعدها، مقراتهم ...: base nouns with a possessive pronoun."""
        return frozenset(b + s for b in self.lists["base_nouns"] for s in SUFFIXES)

    @functools.cached_property
    def hedges_by_first(self) -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for h in self.hedges:
            out.setdefault(h[0], []).append(h)
        return out


def _verb_forms(past: str, present: str) -> set[str]:
    p, r = normalise(past), normalise(present)
    out = set()
    if p.endswith("ي"):
        base = p[:-1]
        out |= {p, base + "ت", base + "وا", base + "تا", p + "ت", p + "ن", p + "نا"}
    else:
        out |= {p + s for s in ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تن")}
    for pre in PREFIXES + ("سي", "ست"):
        if r.endswith("ي"):
            out |= {pre + r, pre + r[:-1] + "ون", pre + r[:-1] + "ان"}
        else:
            out |= {pre + r + s for s in ("", "ون", "ان", "ن", "وا", "ين")}
    return out


def _noun_forms(masdar: str) -> tuple[set[str], set[str]]:
    """(plain forms, pronoun-suffixed forms) of a verbal noun."""
    m = normalise(masdar)
    plain = {m, "ال" + m} if not m.startswith("ال") else {m}
    stem = m[:-1] + "ت" if m.endswith("ه") else m
    suffixed = {stem + s for s in SUFFIXES}
    return plain, suffixed


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    from ontology import path
    data = json.loads(path("triggers.json").read_text(encoding="utf-8"))
    forms: dict[str, list[Trigger]] = {}

    def add(form, trig):
        forms.setdefault(form, []).append(trig)

    for v in data["verbs"]:
        common = dict(relation=v["relation"], prep=tuple(normalise(p) for p in v.get("prep", ())),
                      optional_prep=tuple(normalise(p) for p in v.get("optional_prep", ())),
                      then=tuple(normalise(t) for t in v.get("then", ())), obj=v["obj"],
                      confidence=float(v["confidence"]), agent=v.get("agent", "any"))
        for past, present in zip(v["past"], v["present"]):
            for f in _verb_forms(past, present):
                add(f, Trigger(kind="verb", suffixed=False, **common))
        for m in v.get("masdar", ()):
            plain, suffixed = _noun_forms(m)
            for f in plain:
                add(f, Trigger(kind="masdar", suffixed=False, **common))
            for f in suffixed:
                add(f, Trigger(kind="masdar", suffixed=True, **common))
    lists = {k: frozenset(phrase_key(x)[0] if len(phrase_key(x)) == 1 else " ".join(phrase_key(x)) for x in v)
             for k, v in data.items() if isinstance(v, list) and k not in ("verbs", "hedges")}
    hedges = tuple(phrase_key(h) for h in data["hedges"])
    return Lexicon({k: tuple(v) for k, v in forms.items()}, lists, hedges)


# ----------------------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[str, ...]:
    return tuple(s for _, s in proclitic_variants(norm))


def prefix_of(tok_norm: str, stem: str) -> str:
    for p, s in proclitic_variants(tok_norm):
        if s == stem:
            return p
    return ""


class SentenceView:
    """Mentions of one sentence indexed by token, with helpers for argument finding."""

    def __init__(self, sentence, mentions: list[Mention]):
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.nested = [m for m in mentions if m.source == "nested"]
        self.mentions = sorted((m for m in mentions if m.source != "nested"), key=lambda m: m.token_start)
        self.by_start = {m.token_start: m for m in self.mentions}

    def mention_at(self, i) -> Mention | None:
        return self.by_start.get(i)

    def covering(self, i) -> Mention | None:
        for m in self.mentions:
            if m.token_start <= i < m.token_end:
                return m
        return None

    def is_break(self, i) -> bool:
        return self.tokens[i].norm in CLAUSE_BREAKS

    def first_prefix(self, m: Mention) -> str:
        tok = self.tokens[m.token_start]
        return tok.norm[:len(tok.norm) - len(normalise(m.text.split()[0])) if m.text else 0] if m.text else ""


def _prefix(view: SentenceView, m: Mention) -> str:
    """The proclitics before a mention in its first token (وبـ، لـ ...); للمرصد counts as لـ."""
    tok = view.tokens[m.token_start]
    first = normalise(m.text).split()[0] if m.text.strip() else ""
    prefix = tok.norm[:len(tok.norm) - len(first)] if first and tok.norm.endswith(first) else ""
    if first.startswith("لل") and len(first) > 3:
        prefix += "ل"
    return prefix


def _ok_type(m: Mention, kind: str) -> bool:
    if kind == "place":
        return m.type in PLACE_TYPES
    if kind == "actor":
        return m.type in ACTOR_TYPES
    return m.type != "MediaOutlet"


# ----------------------------------------------------------------------------- extractor

class RelationExtractor:
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
        self.topic: Mention | None = None         # the actor the discourse is about
        self.containers: set[tuple[int, int]] = set()   # places named only to locate another place
        self.last_group: list[Mention] = []              # the latest list of actors acting together
        self.history: list[Mention] = []

    # -- public
    def run(self) -> list[Claim]:
        attributions = self._attributions()
        for view in self.views:
            self.current_source = attributions.get(view.sentence.index)
            self.hedges = self._hedge_positions(view)
            self.reported_from = self._reported_speech_start(view)
            self.position = None
            self.date = event_date(view.sentence.text, self.article.published)
            self._structural(view)
            self._verbs(view)
            self.position = None
            self._pronoun_part_of(view, self.lex.lists)
            self.history.extend(view.mentions)
        return self.claims

    # -- claims
    def _claim(self, view, subj: Mention, rel: str, obj: Mention, rule: str, conf: float, trigger: str | None = None):
        if subj is None or obj is None or subj.entity_id == obj.entity_id:
            return
        source = self.current_source
        where = self.position if self.position is not None else min(subj.token_start, obj.token_start)
        # a standing fact is credited only when a named speaker asserts it (وقال ساعر إنها فصائل تابعة ...)
        asserted = (source is not None and source[1] == "speaker" and rel not in ("LOCATED_IN", "BASED_IN")
                    and self.reported_from is not None and where > self.reported_from)
        if source is not None and (source[0] == subj.entity_id or (rel in BACKGROUND_RELATIONS and not asserted)):
            source = None
        s = view.sentence
        pos = self.position if self.position is not None else subj.token_start
        reach = max(pos + 3, obj.token_start if obj.sentence == s.index else 0)
        hedged = rel not in BACKGROUND_RELATIONS and any(pos - 8 <= h <= reach for h in self.hedges)
        prov = Provenance(article=self.article.id, sentence=s.text, start=s.start, end=s.end,
                          attributed_to=source[0] if source else None, hedged=hedged, event_date=self.date,
                          rule=rule, confidence=round(conf * (0.8 if hedged else 1.0), 3), trigger=trigger)
        claim = Claim(subj.entity_id, rel, obj.entity_id, prov)
        # one provenance item per supporting sentence: the most confident reading wins
        for i, old in enumerate(self.claims):
            if (old.subject, old.predicate, old.object, old.provenance.start) == \
                    (claim.subject, rel, claim.object, prov.start):
                if prov.confidence > old.provenance.confidence:
                    self.claims[i] = claim
                return
        self.claims.append(claim)

    # -- verbs and verbal nouns
    def _verbs(self, view: SentenceView):
        tokens = view.tokens
        for t, tok in enumerate(tokens):
            if view.covering(t):
                continue
            for prefix, stem in proclitic_variants(tok.norm):
                trigs = self.lex.forms.get(stem)
                if not trigs:
                    continue
                # verbs take و/ف, never a preposition: كفر is not ك + فر
                trigs = [tr for tr in trigs if tr.kind != "verb" or prefix in ("", "و", "ف")]
                for trig in trigs:
                    self._apply(view, t, trig, tok.text)
                if trigs:
                    break

    def _apply(self, view, t, trig: Trigger, surface):
        tokens = view.tokens
        self.position = t
        self.feminine = trig.kind == "verb" and self._feminine(tokens[t].norm)
        after = t + 1
        vso = None
        if trig.then:
            k = after
            while k < len(tokens) and k < after + 10 and not view.is_break(k):
                m = view.mention_at(k)
                if m is not None and vso is None and m.type in ACTOR_TYPES:
                    vso, k = m, m.token_end
                    continue
                if m is not None and vso is not None and m.entity_id == vso.entity_id:
                    k = m.token_end
                    continue
                n = tokens[k].norm
                if n in QUOTES or n in self.lex.lists["quantifiers"] or n in TIME_WORDS or n == "من" \
                        or (vso is not None and any(st in self.reg.nationality for st in stems(n))):
                    k += 1
                    continue
                if vso is None and k + 1 < len(tokens) and view.mention_at(k + 1) is not None \
                        and k - after < 2 and is_word(n):
                    k += 1         # طائرات الاحتلال: the head of a construct whose owner acts
                    continue
                break
            if k >= len(tokens) or not any(s in trig.then for s in stems(tokens[k].norm)):
                return
            after = k + 1
        if trig.relation == "CLASHED_WITH" and self._between(view, t, trig, surface):
            return
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
                subj_rule == "adjective" or (subj_rule in ("after", "relative") and subj.token_start >= after
                                             and subj.sentence == view.sentence.index)):
            after = max(after, subj.token_end)
        objs = self._objects(view, after, trig, subj)
        if not objs:
            return
        if subj is None:
            return
        conf = trig.confidence * (0.85 if subj_rule == "discourse" else 1.0)
        rule = f"{trig.relation.lower()}:{trig.kind}:{subj_rule}"
        subjects = self._coordinated(view, subj) if subj_rule in ("after", "before") else [subj]
        if len(subjects) > 1:
            self.last_group = subjects
        for sj in subjects:
            for o in objs:
                self._claim(view, sj, trig.relation, o, rule, conf, surface)
        if subj.type in ACTOR_TYPES and subj_rule in ("after", "before", "relative"):
            self.topic = subj

    def _titled_person_after(self, view, after):
        """رئيس المكتب السياسي لحركة حماس خليل الحية: the person a title after the verb names."""
        from kg.entities import load_cues
        titles = load_cues().titles
        if after >= len(view.tokens) or not any((s,) in titles for s in stems(view.tokens[after].norm)):
            return None
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
        return None, ""

    def _between(self, view, t, trig, surface) -> bool:
        """معارك بين X وY -> X CLASHED_WITH Y."""
        tokens = view.tokens
        for k in range(t + 1, min(t + 5, len(tokens))):
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

    def _unknown_noun(self, view, k) -> bool:
        """A definite noun no mention covers (القوات، المسيرات): a subject kg cannot name."""
        if k < 0 or k >= len(view.tokens) or view.covering(k):
            return False
        n = view.tokens[k].norm
        from kg.entities import load_cues
        cues = load_cues()
        if not (n.startswith("ال") and len(n) >= 5) or n in TIME_WORDS or n in cues.stop or n in RELATIVE:
            return False
        if n in cues.anaphors or n[2:] in cues.place or n in self.reg.nationality or n in self.lex.forms:
            return False
        return not (n.endswith(("يه", "ي")) and len(n) > 5)      # an adjective (الإسرائيلية)

    def _subject(self, view, t, after, trig):
        tokens = view.tokens
        if trig.kind == "verb" and (self._unknown_noun(view, after) or self._unknown_noun(view, t - 1)):
            return None, ""
        title = self._titled_person_after(view, after)
        if title is not None:
            return title, "after"
        for k in (t - 1, t - 2):
            if k < 1 or (k == t - 2 and (view.is_break(t - 1) or view.covering(t - 1))):
                continue
            adj = self._country_mention(view, k, bare=True)
            head = stems(tokens[k - 1].norm)
            if adj is not None and not view.covering(k - 1) and not view.covering(k) \
                    and any(h in self.lex.lists["force_nouns"] for h in head):
                return adj, "adjective"     # الغارات الإسرائيلية استهدفت / قوة إسرائيلية حاولت التقدم
        if trig.suffixed or (trig.kind == "masdar" and after < len(tokens) and self._suffixed_noun(tokens[after].norm)):
            ref = self._pronoun_referent(view, t)
            return ref, "pronoun"
        # a following actor: VSO order, or the genitive agent of a verbal noun
        pro = self._prep_pronoun(view, after, trig.prep + trig.optional_prep)
        if pro is not None:
            after = pro + 1
        if trig.kind == "masdar" and after + 2 < len(tokens) and tokens[after + 1].norm in self.lex.lists["part_of"]:
            owner = view.mention_at(after + 2)
            if owner is not None and owner.type in ORG_TYPES and _prefix(view, owner).endswith("ل"):
                return owner, "after"      # انسحاب مسلحين تابعين لحكومة الوحدة
        if trig.kind == "masdar" and after < len(tokens) and self._resumptive_verb(tokens[after].norm):
            agent = view.mention_at(after + 1)
            if agent is not None and agent.type in ACTOR_TYPES:
                return agent, "relative"
        m = view.mention_at(after)
        if m is None and after + 1 < len(tokens) and not view.is_break(after):
            m2 = view.mention_at(after + 1)
            if m2 is not None and tokens[after].norm in ("قوات", "مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "وحدات"):
                m = m2
        if m is not None and m.type in ACTOR_TYPES and not (trig.obj != "place" and m.type == "Country" and
                                                           trig.kind == "masdar"):
            if not (trig.obj == "place" and m.type in PLACE_TYPES and m.type != "Country"):
                if m.type != "Country" or self._has_later_object(view, m.token_end, trig):
                    return m, "after"
        if self._suffixed_before(view, t):
            return self._pronoun_referent(view, t), "pronoun"
        if t > 0 and view.tokens[t - 1].norm in RELATIVE:
            head = self._mention_ending_at(view, t - 1)
            return (head, "relative") if head is not None and head.type in ACTOR_TYPES else (None, "")
        prev = self._preceding_actor(view, t, allow_fi=trig.kind == "masdar")
        if prev is not None:
            return self._represented(view, self._partitive(view, prev)), "before"
        if self.topic is not None and self._clause_initial(view, t) and self._continues_discourse(view, t):
            return self.topic, "discourse"
        return None, ""

    def _coordinated(self, view, m):
        """X وY، وZ: actors joined to the subject by و share its role (the list may end or start
        with the subject)."""
        out, k = [m], m.token_end
        if m.sentence != view.sentence.index:
            return out
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
            if c.subject == m.entity_id and c.predicate == "MEMBER_OF" and c.provenance.start == view.sentence.start:
                org = next((x for x in view.mentions if x.entity_id == c.object), None)
                if org is not None:
                    return org
        return m

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
        for suffix in ("ته", "تها", "ه", "ها"):
            if norm.endswith(suffix) and norm[:-len(suffix)] in ("شن", "نفذ", "شنت", "نفذت", "قاد", "قادت"):
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
        excluded = {"Person"} if allow_country else {"Country", "Person"}
        for m in reversed([m for m in view.mentions if m.token_end <= t]):
            if m.type in ACTOR_TYPES - excluded and not _prefix(view, m).endswith(("ل", "ب")):
                return m
        if self.topic is not None:
            return self.topic
        for m in reversed(self.history):
            if m.type in ORG_TYPES:
                return m
        return None

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
        if prev == "من" and k > 0 and view.tokens[k - 1].norm in QUANTITY_NOUNS:
            return False
        if allow_fi and prev == "في":
            return False
        return prev in ("مع", "من", "عن", "ضد", "بين", "الي", "علي", "في", "حول", "نحو", "لدي", "عبر", "امام")

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
            ref = self._place_referent(view, after - 1, trig.obj) if trig.obj == "place" else None
            return [ref] if ref is not None and (subj is None or ref.entity_id != subj.entity_id) else []
        if trig.prep:
            start = self._find_prep(view, after, trig.prep, 3 if trig.agent == "marked" else 8)
            if start is None:
                return []
        objs = []
        k, limit = start, start + 8
        first = None
        while k < len(tokens) and k < limit:
            if view.is_break(k):
                break
            if tokens[k].norm in QUOTES:
                k += 1
                limit += 1
                continue
            m = view.mention_at(k)
            if m is None and trig.obj != "place" and k > start and not view.covering(k - 1) \
                    and is_word(tokens[k - 1].norm):
                owner = self._country_mention(view, k)
                if owner is not None and (subj is None or owner.entity_id != subj.entity_id):
                    first = owner     # استهدفت دبابة إسرائيلية: the owner of what was hit
                    break
            if m is not None and m.type == "Country" and k > 0 and tokens[k - 1].norm in PARTITIVE_PLACES:
                k = m.token_end          # مدن سوريا: cities of the country, not the country
                continue
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
            person = next((m for m in view.mentions if m.type == "Person" and 0 <= m.token_start - first.token_end <= 1),
                          None)
            first = person or first        # القيادي في حزب الله إبراهيم عقيل: the person was killed
        objs.append(first)
        k = first.token_end
        if trig.relation == "ATTACKED" and (first.type not in PLACE_TYPES or first.source == "adjective"):
            for k2 in range(k, min(k + 3, len(tokens) - 1)):
                if view.is_break(k2):
                    break
                if tokens[k2].norm == "في" and view.mention_at(k2 + 1) and view.mention_at(k2 + 1).type in PLACE_TYPES:
                    objs.append(view.mention_at(k2 + 1))
                    break
        while k < len(tokens):
            m = view.mention_at(k)
            if m is not None and _prefix(view, m).startswith("و") and _ok_type(m, trig.obj):
                if self._starts_clause(view, m.token_end):
                    break          # وحزب الله يرد: the subject of a new clause, not a second object
                objs.append(m)
                k = m.token_end
                continue
            if m is None and tokens[k].norm.startswith("و") and k + 1 < len(tokens) and view.mention_at(k + 1):
                k += 1
                continue
            break
        return objs

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
            (n[:1] in ("ي", "ت") and len(n) >= 4 and not n.startswith(("تم", "تحت")))

    def _find_prep(self, view, after, preps, window=8):
        for k in range(after, min(after + window, len(view.tokens))):
            if view.is_break(k):
                return None
            for p, stem in proclitic_variants(view.tokens[k].norm):
                if stem in preps:
                    return k + 1
                m = view.mention_at(k)
                if p and p[-1] in preps and m is not None and _prefix(view, m).endswith(p[-1]):
                    return k
            if view.tokens[k].norm in preps:
                return k + 1
        return None

    # -- structural cues
    def _structural(self, view: SentenceView):
        self.position = None
        ms = view.mentions
        tokens = view.tokens
        L = self.lex.lists
        for idx, m in enumerate(ms):
            nxt = ms[idx + 1] if idx + 1 < len(ms) else None
            gap = tokens[m.token_end:nxt.token_start] if nxt else ()
            gap_norms = [t.norm for t in gap if t.norm not in QUOTES]
            if nxt is not None:
                self._pair_rules(view, m, nxt, gap_norms, L)
            self._adjective_rules(view, m)
        self._title_rules(view, L)
        self._nested_rules(view, L)
        self._base_rules(view, L)

    def _base_rules(self, view, L):
        """قواعدها العسكرية في سوريا -> the owner BASED_IN Syria."""
        tokens = view.tokens
        forms = self.lex.base_forms
        for t, tok in enumerate(tokens):
            if not any(s in forms for s in stems(tok.norm)):
                continue
            place = None
            for k in range(t + 1, min(t + 5, len(tokens))):
                if view.is_break(k):
                    break
                m = view.mention_at(k)
                if m is not None and m.type in PLACE_TYPES and (tokens[k - 1].norm in ("في", "داخل")
                                                                or _prefix(view, m).endswith("ب")):
                    place = m
                    break
            owner = self._pronoun_referent(view, t, allow_country=True) if place is not None else None
            if owner is not None and owner.type in ACTOR_TYPES:
                self._claim(view, owner, "BASED_IN", place, "based_in:bases", 0.7, tok.text)

    def _pronoun_part_of(self, view, L):
        """وقال إنها فصائل تابعة للحشد الشعبي: the actors 'ها' stands for are part of the owner."""
        tokens = view.tokens
        for k, tok in enumerate(tokens):
            if tok.norm not in L["part_of"] or (k and view.covering(k - 1)):
                continue
            owner = view.mention_at(k + 1)
            if owner is None or not _prefix(view, owner).endswith("ل") or owner.type not in ORG_TYPES:
                continue
            back = [t.norm for t in tokens[max(0, k - 3):k]]
            if not any(b in ("انها", "انهم", "انه", "هي", "هم") for b in back):
                continue
            group = self.last_group or ([self.topic] if self.topic is not None else [])
            self.position = k
            for member in group:
                if member.type in ORG_TYPES:
                    self._claim(view, member, "PART_OF", owner, "part_of:pronoun", 0.7)

    def _nested_rules(self, view, L):
        """What a name inside a name implies: نظام بشار الأسد -> LEADS; الفصائل الموالية لتركيا ->
        SUPPORTS; سجن حمص المركزي -> LOCATED_IN."""
        for inner in view.nested:
            outer = next((m for m in view.mentions if m.token_start <= inner.token_start
                          and inner.token_end <= m.token_end), None)
            if outer is None or outer.entity_id == inner.entity_id:
                continue
            words = [t.norm for t in view.tokens[outer.token_start:inner.token_start]]
            head = stems(words[0])[-1] if words else ""
            if inner.type == "Person" and outer.type in ORG_TYPES and head in L["led_heads"]:
                self._claim(view, inner, "LEADS", outer, "leads:nested_name", 0.8)
            elif any(w in L["loyal_to"] or w in L["supported_by"] for w in words) and inner.type in ACTOR_TYPES:
                self._claim(view, inner, "SUPPORTS", outer, "supports:nested_name", 0.8)
            elif outer.type in ("Facility", "City", "Region") and inner.type in PLACE_TYPES and \
                    self.reg.country_of(inner.entity_id) in (None, self.resolved.context_country):
                self._located(view, outer, inner, "located_in:nested_name", 0.7)

    def _pair_rules(self, view, a: Mention, b: Mention, gap: list[str], L):
        bp = _prefix(view, b)
        first_gap = gap[0] if gap else ""
        # X التابعة لـY
        if len(gap) <= 2 and gap and gap[-1] in L["part_of"] and bp.endswith("ل"):
            if a.type in ORG_TYPES and b.type in ORG_TYPES:
                self._claim(view, a, "PART_OF", b, "part_of:affiliated", 0.9, view.tokens[a.token_end].text)
            return
        # X، الجناح العسكري لـY
        words = [g for g in gap if g not in CLAUSE_BREAKS]
        if words and set(words) <= L["wing_words"] and any(w in L["wing_heads"] for w in words) \
                and bp.endswith("ل") and a.type in ORG_TYPES and b.type in ORG_TYPES:
            self._claim(view, a, "PART_OF", b, "part_of:wing", 0.85)
            return
        # X في Y / X ضمن Y (organisations)
        if a.type in ORG_TYPES and b.type in ORG_TYPES and a.type != "Government" and (
                (not gap and bp.endswith("ب")) or (len(gap) == 1 and first_gap in L["part_of_preps"])):
            self._claim(view, a, "PART_OF", b, "part_of:in", 0.7)
            return
        # X في Y، X بريف Y، X شرقي Y، X، عاصمة Y، X على الساحل ...
        if a.type in PLACE_TYPES and b.type in PLACE_TYPES and (
                self._locative_gap(gap, bp, L) or (not gap and normalise(b.text).split()[0] in load_cues_directions())):
            self._located(view, a, b, "located_in:in", 0.75)
            return
        # X بقيادة Y
        if len(gap) == 1 and first_gap in L["led_by"] or (not gap and bp == "ب" and False):
            if b.type in ACTOR_TYPES and a.type in ORG_TYPES:
                self._claim(view, b, "LEADS", a, "leads:led_by", 0.9, view.tokens[a.token_end].text)
            return
        # X التي تقودها Y
        if 1 <= len(gap) <= 2 and gap[-1] in L["leads_relative"]:
            if b.type in ACTOR_TYPES and a.type in ORG_TYPES:
                self._claim(view, b, "LEADS", a, "leads:relative_clause", 0.9, view.tokens[b.token_start - 1].text)
            return
        # X المدعومة من Y / X الموالية لـY
        if 1 <= len(gap) <= 2 and ((gap[0] in L["supported_by"] and (gap[-1] == "من" or bp.endswith("من")))
                                   or (gap[0] in L["loyal_to"] and bp.endswith("ل"))):
            if a.type in ACTOR_TYPES and b.type in ACTOR_TYPES:
                self._claim(view, b, "SUPPORTS", a, "supports:backed_by", 0.85, view.tokens[a.token_end].text)
            return
        # PERSON، المتحدث باسم ORG  /  PERSON القيادي في ORG
        if a.type == "Person" and b.type in ORG_TYPES | {"MediaOutlet"} and 1 <= len(gap) <= 4:
            words = [g for g in gap if g not in CLAUSE_BREAKS]
            if words and any(w in L["member_titles"] for w in words) and (
                    words[-1] in L["member_preps"] or bp.endswith(("ل", "ب"))):
                self._claim(view, a, "MEMBER_OF", b, "member_of:title", 0.85)
                return
        # المتحدث باسم ORG، PERSON
        if b.type == "Person" and a.type in ORG_TYPES and (not gap or gap[0] in CLAUSE_BREAKS) and len(gap) <= 2:
            before = [t.norm for t in view.tokens[max(0, a.token_start - 3):a.token_start]]
            if any(w in L["member_titles"] or w in ("باسم",) for w in before) or _prefix(view, a) == "ب":
                if any(w in L["member_titles"] for w in before) or "باسم" in before:
                    self._claim(view, b, "MEMBER_OF", a, "member_of:apposition", 0.8)

    def _locative_gap(self, gap, b_prefix, L) -> bool:
        """The words between two places say the first lies in the second: a locative preposition
        (في، بـ، داخل، على) or a direction (شرقي، جنوب، وسط), with at most one other word
        (ومحيطها، للنازحين)."""
        heads = [g for g in gap if g in L["located_heads"]]
        # بقضاء صور، بمحافظة النبطية: a locative ب on a place head
        heads += [g for g in gap if any(p.endswith("ب") and st in L["place_heads"] for p, st in proclitic_variants(g))]
        gap = [g for g in gap if g not in heads]
        words = [g for g in gap if g not in CLAUSE_BREAKS and g not in L["place_heads"]]
        directions = load_cues_directions()
        locative = heads + [w for w in words if w in L["located_preps"] or w in directions or w == "علي"]
        if b_prefix.endswith("ب") and not b_prefix.startswith("و"):
            locative.append("ب")
        other = [w for w in words if w not in L["located_preps"] and w not in directions and w != "علي"
                 and not (w.startswith("ال") and w.endswith(("يه", "ي")))]      # القاعدة الجوية الروسية في ...
        return bool(locative) and len(other) <= 1 and len(gap) <= 5

    def _located(self, view, a, b, rule, conf):
        if a.type == "Country" or b.type == "Facility" or a.entity_id == b.entity_id:
            return
        if PLACE_RANK[a.type] > PLACE_RANK[b.type] and not (a.type == "Region" and b.type == "City"):
            return
        if a.type == "Region" and b.type == "City" and normalise(b.text).split()[-1] in normalise(a.text):
            return             # قطاع غزة is not inside مدينة غزة
        self.containers.add((b.sentence, b.token_start))
        self._claim(view, a, "LOCATED_IN", b, rule, conf)

    def _adjective_rules(self, view, m: Mention):
        """حمص السورية -> LOCATED_IN Syria; جماعة الحوثي اليمنية -> BASED_IN Yemen."""
        k = m.token_end
        if m.type == "Facility" and k + 1 < len(view.tokens) and view.tokens[k].norm.startswith("ال") \
                and view.tokens[k].norm not in self.reg.nationality:
            k += 1                 # القاعدة الجوية الروسية
        cm = self._country_mention(view, k, bare=True)
        if cm is None:
            return
        iso = self.reg.entities[cm.entity_id].country
        if m.type == "Facility" and self.reg.country_of(m.entity_id) not in (iso, None):
            self._claim(view, cm, "BASED_IN", m, "based_in:facility_adjective", 0.7)
            return
        if m.source == "coreference" or k != m.token_end:
            return
        if m.type in ("City", "Region", "Facility") and self.reg.country_of(m.entity_id) in (iso, None):
            self._claim(view, m, "LOCATED_IN", cm, "located_in:adjective", 0.7)
        elif m.type in ORG_TYPES and m.type != "Government":
            self._claim(view, m, "BASED_IN", cm, "based_in:adjective", 0.6)

    def _title_rules(self, view, L):
        """زعيم ORG PERSON / PERSON، قائد ORG -> LEADS."""
        ms = view.mentions
        for idx, m in enumerate(ms):
            if m.type not in ORG_TYPES | {"MediaOutlet"}:
                continue
            k = m.token_start - 1
            while k > 0 and view.tokens[k].norm in QUOTES:
                k -= 1
            if k >= 2 and view.tokens[k].norm in ("يعرف", "يسمي") and view.tokens[k - 1].norm == "ما":
                k -= 2             # قائد ما يعرف بالجيش الوطني
            if k < 0:
                continue
            def is_title(idx):
                title = view.tokens[idx].norm
                two = " ".join(t.norm for t in view.tokens[max(0, idx - 1):idx + 1])
                return any(s in L["leader_titles"] for s in stems(title)) or two in L["leader_titles"]
            if not is_title(k):
                back = [idx for idx in range(k - 1, max(-1, k - 3), -1) if _prefix(view, m).endswith("ل")
                        and not view.covering(idx) and not view.is_break(idx)]
                if not any(is_title(idx) for idx in back):
                    continue
            person = None
            between = [t for t in view.tokens[m.token_end:ms[idx + 1].token_start]] if idx + 1 < len(ms) else []
            if idx + 1 < len(ms) and ms[idx + 1].type == "Person" and \
                    len([t for t in between if t.norm not in QUOTES and t.norm not in ("،", ",")]) == 0:
                person = ms[idx + 1]
            elif idx > 0 and ms[idx - 1].type == "Person" and k - ms[idx - 1].token_end <= 1:
                person = ms[idx - 1]
            if person is not None:
                self._claim(view, person, "LEADS", m, "leads:title", 0.8, view.tokens[k].text)

    # -- attribution and hedging
    def _attributions(self) -> dict[int, tuple[str, str]]:
        """Sentence index -> (entity id, how) of the outlet or speaker a sentence credits."""
        out: dict[int, tuple[str, str]] = {}
        L = self.lex.lists
        pending_back: list[int] = []
        previous = None
        for view in self.views:
            found = self._sentence_source(view, L) or self._continued_report(view, L, previous)
            previous = found
            i = view.sentence.index
            if found:
                out[i] = found
                if self._only_attribution(view):
                    for j in reversed(pending_back):
                        out.setdefault(j, found)
                    pending_back = []
                    continue
            pending_back = [i] if not found else []
            if "\n" in self.article.text[view.sentence.end:view.sentence.end + 2]:
                pending_back = [i] if not found else []
        return out

    def _reported_speech_start(self, view) -> int | None:
        """Index of the complementiser (إن، أن، بأن) that opens what a reporting verb reports."""
        seen_verb = False
        for k, tok in enumerate(view.tokens):
            st = stems(tok.norm)
            if any(x in self.lex.lists["reporting_verbs"] for x in st):
                seen_verb = True
            elif seen_verb and any(x in ("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها") for x in (tok.norm,)):
                return k
        return None

    def _continued_report(self, view, L, previous):
        """وأضاف/وأشار إلى أن ... with no new speaker: the previous sentence's source goes on."""
        words = [t for t in view.tokens if is_word(t.norm)][:3]
        if previous is None or len(words) < 2:
            return None
        if any(s in L["reporting_verbs"] for s in stems(words[0].norm)) and \
                words[1].norm in ("الي", "ان", "انه", "انها", "بان", "في", "علي") + ANAPHORIC_SOURCES:
            return previous        # وأضاف أن / وأشار إلى أن / وذكرت المصادر أن: the same source goes on
        return None

    def _paragraph_break_before(self, view) -> bool:
        idx = view.sentence.index
        if idx == 0:
            return True
        prev = self.views[idx - 1].sentence
        return "\n" in self.article.text[prev.end:view.sentence.start]

    def _only_attribution(self, view) -> bool:
        words = [t for t in view.tokens if is_word(t.norm)]
        return len(words) <= 7 and any(m.type == "MediaOutlet" for m in view.mentions)

    def _sentence_source(self, view, L):
        tokens = view.tokens
        for m in view.mentions:
            if m.type != "MediaOutlet":
                continue
            k = m.token_start
            p = _prefix(view, m)
            before = [t.norm for t in tokens[max(0, k - 3):k]]
            befores = {s for w in before for s in stems(w)}
            if befores & L["source_preps"] or any(w in ("عن", "ما") for w in before[-1:]):
                return m.entity_id, "according_to"
            if befores & L["reporting_verbs"]:
                return m.entity_id, "reported_by"
            if p.endswith("ل") and any(s in L["reporting_verbs"] for w in (t.norm for t in tokens[:k]) for s in stems(w)):
                return m.entity_id, "told_to"
        for m in view.mentions:
            if m.type not in ("Person", "MediaOutlet") or m.token_start == 0:
                continue
            before = [t.norm for t in tokens[max(0, m.token_start - 3):m.token_start]]
            if {s for w in before for s in stems(w)} & L["reporting_verbs"]:
                return m.entity_id, "speaker"
        return None

    def _hedge_positions(self, view) -> list[int]:
        """Token positions of hedging cues (على ما يبدو، يعتقد، أنباء عن ...); a claim is hedged
        when one stands just before or right after its trigger."""
        norms = [t.norm for t in view.tokens]
        by_first = self.lex.hedges_by_first
        out = []
        for i, n in enumerate(norms):
            for st in stems(n):
                for h in by_first.get(st, ()):
                    if tuple(norms[i + 1:i + len(h)]) == h[1:]:
                        out.append(i)
        return sorted(set(out))


@functools.lru_cache(maxsize=1)
def load_cues_directions():
    from kg.entities import load_cues
    return load_cues().directions


def extract(resolved: ResolvedArticle) -> ArticleExtraction:
    """The relations stage: claims for one article, packaged with its entities and mentions."""
    claims = RelationExtractor(resolved).run()
    reg = load_registry()
    # A name inside a longer name is kept only where it takes part in a relation.
    in_claims = {c.subject for c in claims} | {c.object for c in claims}
    mentions = tuple(m for m in resolved.mentions if m.source != "nested" or m.entity_id in in_claims)
    named = {m.entity_id for m in mentions}
    entities = {e.id: e for e in resolved.entities if e.id in named}
    for c in claims:
        for eid in (c.subject, c.object):
            if eid not in entities and eid in reg.entities:
                entities[eid] = reg.entities[eid]
    a = resolved.article
    publisher = _publisher(resolved)
    info = ArticleInfo(a.id, a.content_hash, a.url, a.title, a.published, publisher, a.origin)
    return ArticleExtraction(info, tuple(entities.values()), mentions, tuple(claims))


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
