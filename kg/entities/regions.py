"""Regions named by a place and a direction: the countryside of a city (ريف حلب الغربي، الريف
الغربي لحلب) and the part of a country a direction names (شمال إسرائيل، الجنوب السوري). Each
pass returns its spans and the new Region entities (id -> EntityRecord).
"""
from __future__ import annotations

from dataclasses import replace

from kg.arabic import normalise, phrase_key, proclitic_variants, variant_stems
from kg.entities.spans import Span, covers, sentence_text, span_start
from kg.language.cues import ContextCues, Cues, load_context_cues
from kg.language.words import (COMPOUND_DIRECTION_FIRSTS, COMPOUND_DIRECTION_SECONDS, DIRECTION_BASE, DIRECTION_NAMES_EN,
                              PLACE_TYPES)
from kg.language.names import GROUPS, TYPES
from kg.registry import Registry
from kg.types import EntityRecord, Mention, Sentence


def countryside_spans(sentence: Sentence, spans: list[Span], reg: Registry, cues: Cues) -> tuple[list[Span], dict]:
    """ريف حلب الغربي / الريف الغربي لحلب -> one Region per (place, direction)."""
    tokens, out, records = sentence.tokens, [], {}
    if "ريف" not in " ".join(sentence.norms):
        return out, records    # (no token holds ريف: most sentences)
    by_start = {s.i: s for s in spans if s.type in GROUPS.settlements and s.entity_id}
    for i, t in enumerate(tokens):
        if "ريف" not in t.norm:
            continue           # neither ريف nor الريف can be a reading of this token
        stems = {stem for _, stem in proclitic_variants(t.norm)}
        place = direction = None
        end = i
        if "ريف" in stems and i + 1 in by_start:
            place = by_start[i + 1]
            k = place.j
            dirs = []
            while k < len(tokens) and tokens[k].norm in cues.directions and len(dirs) < 2:
                dirs.append(tokens[k].norm)
                k += 1
            direction, end = " ".join(dirs), k
        elif "الريف" in stems and i + 1 < len(tokens) and tokens[i + 1].norm in cues.directions:
            k, dirs = i + 1, []
            while k < len(tokens) and tokens[k].norm in cues.directions and len(dirs) < 2:
                dirs.append(tokens[k].norm)
                k += 1
            for p, stem in proclitic_variants(tokens[k].norm) if k < len(tokens) else ():
                if p.endswith("ل") and k in by_start:
                    place = by_start[k]
            if place:
                direction, end = " ".join(dirs), place.j
        if place is None:
            continue
        pname = reg.entities[place.entity_id].name if place.entity_id in reg.entities else place.entity_id
        eid = f"countryside:{place.entity_id}" + (f":{direction}" if direction else "")
        name = "ريف " + pname + (" " + direction if direction else "")
        prefixes = proclitic_variants(t.norm)
        start = t.start
        for p, stem in prefixes:
            if stem in ("ريف", "الريف"):
                start = span_start(t, p)
                break
        out.append(Span(i, end, start, tokens[end - 1].end, eid, TYPES.region, "cue"))
        en = reg.entities.get(place.entity_id)
        records.setdefault(eid, EntityRecord(eid, TYPES.region, name,
                                             countryside_name_en(en.name_en, direction) if en and en.name_en else None,
                                             country=en.country if en else None))
    return out, records


def countryside_name_en(place_en: str, direction: str | None) -> str:
    """The English name of a countryside: "Daraa countryside", with its direction "Eastern Daraa
    countryside" (ريف درعا الشرقي), "North-western Hama countryside" (ريف حماة الشمالي الغربي); a
    direction word the data lacks is left out."""
    stems = [w.removeprefix("ال") for w in (direction or "").split()]
    bases = [DIRECTION_BASE.get(w, DIRECTION_BASE.get(w.removesuffix("ه"), "")) for w in stems]
    words = [DIRECTION_NAMES_EN[b] for b in bases if b in DIRECTION_NAMES_EN]
    if len(words) == 2:
        words = [words[0].removesuffix("ern") + "-" + words[1].lower()]
    return " ".join(words + [f"{place_en} countryside"])


def direction_region_spans(sentence: Sentence, spans: list[Span], reg: Registry,
                           signalled=None, norms: frozenset[str] | None = None) -> tuple[list[Span], dict]:
    """شمال إسرائيل، شرقي ليبيا: a part of a country named by a direction, when it does not
    locate a place named just before it (بلدة X شمال إسرائيل is a relation, not a region).
    ``norms``: the sentence's token forms, if known (a sentence without a sector adjective has no
    sector)."""
    tokens, out, records = sentence.tokens, [], {}
    for s in spans:
        if s.type != TYPES.country or s.i == 0:
            continue
        d = s.i - 1
        base = next((DIRECTION_BASE[st] for p, st in proclitic_variants(tokens[d].norm) if st in DIRECTION_BASE), None)
        if base is None or covers(spans, d):
            continue
        k = d
        while k > 0 and tokens[k - 1].norm in ("،", ","):
            k -= 1
        located_by_prep = k == d and (_locative_prefix(tokens[d].norm) or (d > 0 and tokens[d - 1].norm in ("في", "داخل")))
        if not located_by_prep and any(o.j in (k, k - 1) and o.type in PLACE_TYPES for o in spans):
            continue       # (مدينة صفد في شمال إسرائيل: في makes the direction name a region)
        country = reg.entities.get(s.entity_id)
        eid = f"region:{base}:{s.entity_id}"
        start = span_start(tokens[d], next(p for p, st in proclitic_variants(tokens[d].norm) if st in DIRECTION_BASE))
        name = f"{base} {country.name if country else sentence_text(sentence, s.start, s.end)}"
        en = DIRECTION_NAMES_EN[base]
        records.setdefault(eid, EntityRecord(eid, TYPES.region, name, f"{en} {country.name_en}" if country and country.name_en
                                             else None, country=country.country if country else None))
        out.append(Span(d, s.j, start, s.end, eid, TYPES.region, "cue"))
    if signalled is None or any(sig[2] for _, sig in signalled):
        out += _direction_adjective_regions(sentence, spans, reg, records)
    context = load_context_cues()
    if norms is None or not norms.isdisjoint(context.sector_adjectives):
        out += sector_regions(sentence, spans + out, records, context)
    out += qualified_towns(sentence, spans, records, context)
    out += landform_places(sentence, spans, records, context)
    return out, records


def landform_places(sentence: Sentence, spans: list[Span], records: dict, cues: ContextCues) -> list[Span]:
    """في رأس الناقورة، قرب تل حلب: a landform or settlement word (landform_prefixes) right
    before a known town or region starts the name of another place, of the word's type; the
    longer span replaces the town's when the pass settles."""
    tokens, out = sentence.tokens, []
    for s in spans:
        if s.i == 0 or s.type not in GROUPS.areas or s.type == TYPES.country or s.source != "registry" \
                or tokens[s.i].start != s.start or covers(spans, s.i - 1):
            continue
        reading = next(((p, cues.landform_prefixes[st]) for p, st in proclitic_variants(tokens[s.i - 1].norm)
                        if st in cues.landform_prefixes), None)
        if reading is None:
            continue
        start = span_start(tokens[s.i - 1], reading[0])
        name = sentence_text(sentence, start, s.end)
        eid = "name:" + "_".join(normalise(name).split())
        records.setdefault(eid, EntityRecord(eid, reading[1], name))
        out.append(Span(s.i - 1, s.j, start, s.end, eid, reading[1], "cue"))
    return out


def qualified_towns(sentence: Sentence, spans: list[Span], records: dict, cues: ContextCues) -> list[Span]:
    """في حلب الجديدة، شرقي جباليا البلد: a known town and a qualifier (town_qualifiers), where
    a place is meant (after a locative word or a direction, or with بـ), name another place of its
    own, a City; the longer span replaces the town's when the pass settles."""
    tokens, out = sentence.tokens, []
    for s in spans:
        if s.type != TYPES.city or s.source != "registry" or s.j >= len(tokens) \
                or tokens[s.j].norm not in cues.town_qualifiers:
            continue
        own = next((p for p, st in proclitic_variants(tokens[s.i].norm) if span_start(tokens[s.i], p) == s.start), "")
        before = tokens[s.i - 1].norm if s.i else ""
        if not (own.endswith("ب") or any(st in cues.locative for _, st in proclitic_variants(before))):
            continue
        name = sentence_text(sentence, s.start, tokens[s.j].end)
        eid = "name:" + "_".join(normalise(name).split())
        records.setdefault(eid, EntityRecord(eid, TYPES.city, name))
        out.append(Span(s.i, s.j + 1, s.start, tokens[s.j].end, eid, TYPES.city, "cue"))
    return out


def sector_regions(sentence: Sentence, spans: list[Span], records: dict, cues: ContextCues) -> list[Span]:
    """بلدات العديسة ومركبا في القطاع الأوسط: a definite sector noun and a direction adjective
    (sector_nouns, sector_adjectives) name a sector, a Region of its own."""
    tokens, out = sentence.tokens, []
    for d in range(len(tokens) - 1):
        en = cues.sector_adjectives.get(tokens[d + 1].norm)
        if en is None:
            continue
        prefix = next((p for p, st in proclitic_variants(tokens[d].norm) if st in cues.sector_nouns), None)
        if prefix is None or covers(spans, d) or covers(spans, d + 1):
            continue
        noun = tokens[d].norm[len(prefix):]
        eid = f"name:{noun}_{tokens[d + 1].norm}"
        start = span_start(tokens[d], prefix)
        records.setdefault(eid, EntityRecord(eid, TYPES.region, sentence_text(sentence, start, tokens[d + 1].end),
                                             f"{en} Sector"))
        out.append(Span(d, d + 2, start, tokens[d + 1].end, eid, TYPES.region, "cue"))
    return out


DEFINITE_DIRECTIONS = frozenset("ال" + d for d in DIRECTION_BASE)


def _locative_prefix(norm: str) -> bool:
    """بشمال، وبجنوب: the direction word carries the locative بـ."""
    return any(p.endswith("ب") and st in DIRECTION_BASE for p, st in proclitic_variants(norm))


def _direction_adjective_regions(sentence: Sentence, spans: list[Span], reg: Registry, records: dict) -> list[Span]:
    """الجنوب السوري، الشمال العراقي: the same region as جنوب سوريا, named by a definite direction
    and the state's adjective."""
    tokens, out, after = sentence.tokens, [], 0
    for d in range(len(tokens) - 1):
        if d < after or DEFINITE_DIRECTIONS.isdisjoint(variant_stems(tokens[d].norm)):
            continue
        reading = next(((p, st[2:]) for p, st in proclitic_variants(tokens[d].norm)
                        if st.startswith("ال") and st[2:] in DIRECTION_BASE), None)
        if reading is None or covers(spans, d) or covers(spans, d + 1):
            continue
        bases = [DIRECTION_BASE[reading[1]]]
        second = compound_direction(bases[0], tokens[d + 1].norm)
        if second is not None:
            bases.append(second)   # الجنوب الغربي الجزائري: a compound direction
        iso = reg.nationality.get(tokens[d + len(bases)].norm) if d + len(bases) < len(tokens) else None
        eid_country = reg.country_entity.get(iso) if iso else None
        country = reg.entities.get(eid_country) if eid_country else None
        if country is None:
            continue
        end = d + len(bases) + 1
        base = " ".join(bases)
        eid = f"region:{'_'.join(bases)}:{eid_country}"
        known = next((e.entity_id for e in reg.lookup(phrase_key(f"{base} {country.name}"))
                      if reg.entities[e.entity_id].type == TYPES.region), None)
        if known is not None:      # الشمال الشرقي السوري: the region شمال شرق سوريا names
            out.append(Span(d, end, span_start(tokens[d], reading[0]), tokens[end - 1].end, known, TYPES.region, "cue"))
            after = end
            continue
        words = [DIRECTION_NAMES_EN[b] for b in bases]
        en = words[0] if len(words) == 1 else words[0].removesuffix("ern") + "-" + words[1].lower()
        records.setdefault(eid, EntityRecord(eid, TYPES.region, f"{base} {country.name}",
                                             f"{en} {country.name_en}" if country.name_en else None, country=iso))
        out.append(Span(d, end, span_start(tokens[d], reading[0]), tokens[end - 1].end, eid, TYPES.region, "cue"))
        after = end
    return out


def compound_direction(first: str, norm: str) -> str | None:
    """الجنوب الغربي، الشمال الشرقي: after a definite north or south (``first``, its direction
    noun), the direction of a definite east or west adjective (``norm``), else None."""
    second = DIRECTION_BASE.get(norm[2:]) if first in COMPOUND_DIRECTION_FIRSTS and norm.startswith("ال") else None
    return second if second in COMPOUND_DIRECTION_SECONDS else None


def region_for_its_city(mentions: list[Mention], sentences: list[Sentence], cues: ContextCues) -> list[Mention]:
    """محافظة درعا ... وسيطرت الفصائل على درعا: in an article that names a region after a city
    (named_after_city: محافظة، ولاية) and never the city itself by a city signal (مدينة درعا،
    العاصمة الخرطوم, city_signals), a bare name of the city is the region (one node per place);
    where the city is so named, its bare name stays the city."""
    region_of: dict[str, Mention] = {}
    for g in mentions:
        if g.type != TYPES.region or g.source == "nested" or g.token_end - g.token_start < 2:
            continue
        first = sentences[g.sentence].tokens[g.token_start].norm
        if not any(st in cues.named_after_city for _, st in proclitic_variants(first)):
            continue
        city = next((c for c in mentions if c.sentence == g.sentence and c.type == TYPES.city
                     and c.source == "nested" and c.token_start == g.token_start + 1
                     and c.token_end == g.token_end), None)
        if city is not None:
            region_of.setdefault(city.entity_id, g)
    if not region_of:
        return mentions
    signalled = {m.entity_id for m in mentions if m.entity_id in region_of and _city_signalled(m, sentences, cues)}
    out = []
    for m in mentions:
        g = region_of.get(m.entity_id)
        if g is not None and m.entity_id not in signalled and m.source != "nested":
            m = replace(m, entity_id=g.entity_id, type=g.type)
        out.append(m)
    return out


def _city_signalled(m: Mention, sentences: list[Sentence], cues: ContextCues) -> bool:
    """مدينة درعا، العاصمة الخرطوم، المدينة: a city signal starts the mention or comes right before it."""
    tokens = sentences[m.sentence].tokens
    words = [tokens[k].norm for k in (m.token_start - 1, m.token_start) if 0 <= k < len(tokens)]
    return any(st in cues.city_signals for w in words for _, st in proclitic_variants(w))


def region_authority_spans(sentence: Sentence, taken: list[Span], reg: Registry) -> tuple[list[Span], dict, dict]:
    """وقالت حكومة ولاية بونتلاند / وفق ما أعلنت سلطات الإقليم (الإقليم read back to إقليم كردستان):
    a head of region_authority_heads right before a region found before is that region's own
    government: the registry's, named by any head and any name of the region (سلطات إقليم
    كردستان), else authority:<region id>, a Government named as written. Returns the spans, the
    new entities and the region's span read as nested."""
    heads = load_context_cues().region_authority_heads
    tokens, out, records, replaced = sentence.tokens, [], {}, {}
    for n, s in enumerate(taken):
        if s.type != TYPES.region or s.i == 0 or s.source == "nested":
            continue
        head = next((v for _, v in proclitic_variants(tokens[s.i - 1].norm) if v in heads), None)
        if head is None or any(o.i < s.i and o.j > s.i - 1 for o in taken):
            continue
        region = reg.entities.get(s.entity_id)
        names = ((region.name,) + tuple(region.aliases)) if region is not None else ()
        known = next((e.entity_id for h in (head,) + tuple(x for x in heads if x != head) for name in names
                      for e in reg.lookup((h,) + phrase_key(name))
                      if reg.entities[e.entity_id].type == TYPES.government), None)
        prefix = next((p for p, v in proclitic_variants(tokens[s.i - 1].norm) if v == head), "")
        start = span_start(tokens[s.i - 1], prefix)
        eid = known or "authority:" + s.entity_id
        out.append(Span(s.i - 1, s.j, start, s.end, eid, TYPES.government, "cue"))
        if known is None:
            records.setdefault(eid, EntityRecord(eid, TYPES.government, sentence_text(sentence, start, s.end),
                                                 country=region.country if region is not None else None))
        replaced[n] = Span(s.i, s.j, s.start, s.end, s.entity_id, s.type, "nested", s.candidates)
    return out, records, replaced
