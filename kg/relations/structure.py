"""Standing facts read off the shape of a phrase: PART_OF (التابعة لـ), LEADS (بقيادة،
التي تقودها، زعيم X), MEMBER_OF (المتحدث باسم), SUPPORTS (المدعومة من), BASED_IN and LOCATED_IN."""
from __future__ import annotations

from kg.arabic import normalise, proclitic_variants
from kg.relations.constructions import conjuncts_before
from kg.language.cues import load_cues
from kg.language.lexicon import stems
from kg.relations.view import SentenceView, _prefix
from kg.language.words import ACTOR_TYPES, CLAUSE_BREAKS, ORG_TYPES, PLACE_RANK, PLACE_TYPES, QUOTES, SUBJECT_PRONOUNS
from kg.types import Mention


def load_cues_directions():
    return load_cues().directions


class StructuralRules:
    """Mixin of RelationExtractor."""

    def _structural(self, view: SentenceView):
        self.position = None
        self.future = False
        ms = view.mentions
        tokens = view.tokens
        L = self.lex.lists
        for idx, m in enumerate(ms):
            nxt = ms[idx + 1] if idx + 1 < len(ms) else None
            gap = tokens[m.token_end:nxt.token_start] if nxt else ()
            gap_norms = [t.norm for t in gap if t.norm not in QUOTES]
            if nxt is not None:
                nxt = self._named_after_adjective(view, ms, idx + 1, gap_norms, L)
                self._pair_rules(view, m, nxt, gap_norms, L)
            self._adjective_rules(view, m)
        self._title_rules(view, L)
        self._nested_rules(view, L)
        self._based_rules(view, L)
        self._base_rules(view, L)

    def _base_rules(self, view, L):
        """قواعدها العسكرية في سوريا -> the owner BASED_IN Syria."""
        tokens = view.tokens
        forms = self.lex.base_forms
        if view.stem_set().isdisjoint(forms):
            return
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
            if not any(b in SUBJECT_PRONOUNS for b in back):
                continue
            group = self.last_group or ([self.topic] if self.topic is not None else [])
            self.position = k
            for member in group:
                if member.type in ORG_TYPES:
                    self._claim(view, member, "PART_OF", owner, "part_of:pronoun", 0.7)

    def _based_rules(self, view, L):
        """وتتخذ جماعة الحوثي من صنعاء مقرا لها -> BASED_IN."""
        tokens = view.tokens
        if view.stem_set().isdisjoint(L["based_verbs"]):
            return
        for k, tok in enumerate(tokens):
            if not any(st in L["based_verbs"] for st in stems(tok.norm)):
                continue
            actor = next((m for m in view.mentions if m.token_start > k and m.type in ACTOR_TYPES), None)
            if actor is None or actor.token_start > k + 2:
                continue
            j = actor.token_end
            if j + 2 < len(tokens) and tokens[j].norm == "من":
                place = view.mention_at(j + 1)
                if place is not None and place.type in PLACE_TYPES and place.token_end < len(tokens) \
                        and tokens[place.token_end].norm in L["based_nouns"]:
                    self._claim(view, actor, "BASED_IN", place, "based_in:takes_as_base", 0.8, tok.text)

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
            elif any(w in L["wing_heads"] for w in words) and outer.type in ORG_TYPES and inner.type in ORG_TYPES:
                self._claim(view, outer, "PART_OF", inner, "part_of:nested_wing", 0.85)   # الجناح العسكري لحركة حماس
            elif any(w in L["part_of"] for w in words) and outer.type in ORG_TYPES and inner.type in ORG_TYPES:
                self._claim(view, outer, "PART_OF", inner, "part_of:nested_name", 0.85)   # فيلق القدس التابع للحرس الثوري
            elif any(w in L["loyal_to"] or w in L["supported_by"] for w in words) and inner.type in ACTOR_TYPES:
                self._claim(view, inner, "SUPPORTS", outer, "supports:nested_name", 0.8)
            elif outer.type in ("Facility", "City", "Region") and inner.type in PLACE_TYPES and \
                    outer.entity_id not in self.reg.entities and \
                    self.reg.country_of(inner.entity_id) in (None, self.resolved.context_country):
                self._located(view, outer, inner, "located_in:nested_name", 0.7)

    def _pair_rules(self, view, a: Mention, b: Mention, gap: list[str], L):
        bp = _prefix(view, b)
        first_gap = gap[0] if gap else ""
        # X التابعة لـY
        if len(gap) <= 2 and gap and gap[-1] in L["part_of"] and bp.endswith("ل"):
            if a.type in ORG_TYPES and b.type in ORG_TYPES:
                self._claim(view, a, "PART_OF", b, "part_of:affiliated", 0.9, view.tokens[a.token_end].text)
            elif a.type in PLACE_TYPES and b.type in PLACE_TYPES and a.type != "Country" and len(gap) == 1:
                self._located(view, a, b, "located_in:affiliated", 0.75)    # قرية X التابعة لقضاء Y
            return
        # X المنضوية في Y / X المنضوية تحت لواء Y
        if a.type in ORG_TYPES and b.type in ORG_TYPES and 2 <= len(gap) <= 3 and gap[0] in L["enlisted_words"] \
                and gap[1] in L["enlisted_preps"]:
            self._claim(view, a, "PART_OF", b, "part_of:enlisted", 0.8, view.tokens[a.token_end].text)
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
        if len(gap) == 1 and first_gap in L["led_by"]:
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
        if a.type == "Person" and b.type in ORG_TYPES | {"MediaOutlet"} and 1 <= len(gap) <= 6:
            words = [g for g in gap if g not in CLAUSE_BREAKS]
            leads_complement = bp.endswith("ل") and any(w.endswith("ا") and w[:-1] in L["leader_titles"] for w in words)
            if words and any(w in L["member_titles"] for w in words) and not leads_complement and (
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
        if any(g in L["route_words"] for g in gap):
            return False          # من مدينة سنار مرورا بمدينة مايرنو: a route, not a location
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

    def _named_after_adjective(self, view, ms, i, gap, L):
        """في العاصمة السورية دمشق: a place noun, a nationality, then the city: the city is what
        the place noun names, so the pair is read with it (the capital_with_nationality
        construction puts the city in the country)."""
        m = ms[i]
        if m.source != "adjective" or i + 1 >= len(ms) or len(gap) != 2 or gap[0] != "في" \
                or gap[-1] not in L["place_heads"] | {"ال" + h for h in L["place_heads"]}:
            return m          # (قم جنوبي العاصمة الإيرانية طهران: south of it, not in it)
        city = ms[i + 1]
        return city if city.token_start == m.token_end and city.type in ("City", "Region") else m

    def _located(self, view, a, b, rule, conf):
        if a.type == "Country" or b.type == "Facility" or a.entity_id == b.entity_id:
            return
        if PLACE_RANK[a.type] > PLACE_RANK[b.type] and not (a.type == "Region" and b.type == "City"):
            return
        if a.type == "Region" and b.type == "City" and normalise(b.text).split()[-1] in normalise(a.text):
            return             # قطاع غزة is not inside مدينة غزة
        self.containers.add((b.sentence, b.token_start))
        self._claim(view, a, "LOCATED_IN", b, rule, conf)
        if b.sentence == view.sentence.index and a.sentence == view.sentence.index:
            # بلدات العديسة ومركبا وحولا في القطاع الأوسط: every place of the list lies there
            for c in conjuncts_before(view, a, lambda x: x.type in ("City", "Region", "Facility")
                                      and PLACE_RANK[x.type] <= PLACE_RANK[b.type]):
                self._claim(view, c, "LOCATED_IN", b, rule + "_list", conf * 0.9)

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
        if m.type == "Facility" and (self.reg.country_of(m.entity_id) not in (iso, None)
                                     or self._placed_elsewhere(view, cm.token_end, iso)):
            self._claim(view, cm, "BASED_IN", m, "based_in:facility_adjective", 0.7)
            return
        if m.source == "coreference" or k != m.token_end:
            return
        if m.type in ("City", "Region", "Facility") and self.reg.country_of(m.entity_id) in (iso, None):
            self._claim(view, m, "LOCATED_IN", cm, "located_in:adjective", 0.7)
        elif m.type in ORG_TYPES and m.type != "Government":
            self._claim(view, m, "BASED_IN", cm, "based_in:adjective", 0.6)

    def _placed_elsewhere(self, view, k, iso) -> bool:
        """قاعدة العديد الجوية الأمريكية في قطر: في and a place of another country right after the
        nationality: the nationality is the base's user, not where it lies."""
        if k + 1 >= len(view.tokens) or view.tokens[k].norm != "في":
            return False
        place = view.mention_at(k + 1)
        if place is None or place.type not in PLACE_TYPES:
            return False
        where = self.reg.country_of(place.entity_id)
        return where is not None and where != iso

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
                    len([t for t in between if t.norm not in QUOTES and t.norm not in ("،", ",")]) == 0 \
                    and not (between and _prefix(view, ms[idx + 1]).startswith("و")):
                person = ms[idx + 1]          # (not "، وفلان": the next item of a list)
            elif idx > 0 and ms[idx - 1].type == "Person" and (
                    k == ms[idx - 1].token_end or (k - ms[idx - 1].token_end == 1
                                                   and view.tokens[k - 1].norm in ("،", ",") + tuple(QUOTES))):
                person = ms[idx - 1]          # (not ترامب مقتل زعيم داعش: a word between)
            if person is not None:
                self._claim(view, person, "LEADS", m, "leads:title", 0.8, view.tokens[k].text)
