"""Names the registry knows (ontology/actors.jsonl and the GeoNames places), read through
proclitics, longest first: the first pass of the stage, run on the whole article before the
others because the article's country (``context_country``) is voted from what it finds.

Then per sentence each name's entity is chosen among its candidates and names that are here an
ordinary word (صور حديثة) or a village the text does not place are dropped (``known_names``).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from kg.arabic import is_word, phrase_key, proclitic_variants
from kg.entities.matching import match_at, reading_memo, start_index
from kg.entities.spans import Span, sentence_text, span_start
from kg.language.cues import Cues, load_context_cues, load_cues
from kg.language.names import GROUPS, TYPES
from kg.language.words import CAPITAL_NOUNS, COMPLEMENTISERS, DASHES, PLACE_TYPES, VOCALISED_NAMES
from kg.registry import Registry
from kg.types import Sentence


def registry_spans(sentence: Sentence, reg: Registry) -> list[Span]:
    """وانسحبت قوات النظام من حمص -> حمص (through the proclitic ب/و/ل, longest name first), and
    the names nested inside a longer one (source 'nested'); the entity is not chosen yet."""
    tokens, spans, i = sentence.tokens, [], 0
    starts = start_index(reg.index)
    can_start = starts.starts_of.__getitem__
    # only the tokens a name can start at are visited, in order (the common case: no name starts)
    norms = sentence.norms
    for c in itertools.compress(range(len(norms)), map(can_start, norms)):
        if c < i:
            continue
        i = c
        m = match_at(tokens, i, reg.index, reg.max_len, starts)
        if m:
            i, m = _longer_overlapping(tokens, i, m, reg, starts, can_start)
            length, prefix, entries = m
            j = _through_lineage(tokens, i + length, entries, reg)
            spans.append(Span(i, j, span_start(tokens[i], prefix), tokens[j - 1].end, None, None, "registry",
                              tuple(entries)))
            spans.extend(_nested_spans(tokens, i, j, reg))
            i = j
    return spans


def _through_lineage(tokens, j: int, entries, reg: Registry) -> int:
    """الأمير خالد بن سلمان بن عبدالعزيز: a known person's name read on through further links of
    lineage (بن، بنت، ابن) and the name after each; the end index of the name."""
    links = load_cues().name_links
    if j + 1 >= len(tokens) or tokens[j].norm not in links:
        return j              # (most names: no link word after them)
    if not entries or any(reg.entities[e.entity_id].type != TYPES.person for e in entries):
        return j
    while j + 1 < len(tokens) and tokens[j].norm in links and is_word(tokens[j + 1].norm) \
            and not tokens[j + 1].norm.startswith("و"):
        j += 2
    return j


def _longer_overlapping(tokens, i: int, m: tuple, reg: Registry, starts, can_start) -> tuple[int, tuple]:
    """فصائل المقاومة الإسلامية في العراق: a strictly longer name that starts inside the name
    matched at i and ends past it wins over it (فصائل المقاومة would hide المقاومة الإسلامية في
    العراق); (start, match) of the name kept."""
    end = i + m[0]
    for k in range(i + 1, end):
        if not can_start(tokens[k].norm):
            continue
        other = match_at(tokens, k, reg.index, reg.max_len, starts)
        if other and k + other[0] > end and other[0] > m[0]:
            return k, other
    return i, m


def _nested_spans(tokens, i, j, reg: Registry) -> list[Span]:
    """Names inside a longer registry name (بشار الأسد in نظام بشار الأسد, تركيا in الفصائل الموالية
    لتركيا): kept as 'nested' mentions so that the relation the name implies can be read."""
    out, k = [], i + 1
    starts = start_index(reg.index)
    inside = tokens[:j]
    while k < j:
        m = match_at(inside, k, reg.index, reg.max_len, starts) if starts.starts_of[tokens[k].norm] else None
        if m and k + m[0] <= j:
            length, prefix, entries = m
            out.append(Span(k, k + length, span_start(tokens[k], prefix), tokens[k + length - 1].end, None, None,
                            "nested", tuple(entries)))
            k += length
        else:
            k += 1
    return out


def context_country(all_spans: list[list[Span]], sentences, reg: Registry) -> str | None:
    """The country an article is about: votes of the places and actors it names and of the
    nationality adjectives it uses; the outlets it cites (and their names) do not vote, and a
    name that is also an ordinary word has half a vote (``ambiguous_vote``)."""
    votes = Counter()
    outlet_tokens = set()
    entities, outlet = reg.entities, TYPES.outlet
    for n, spans in enumerate(all_spans):
        for s in spans:
            if not s.candidates:
                continue
            records = [entities[e.entity_id] for e in s.candidates]
            if any(r.type == outlet for r in records):
                outlet_tokens.update((n, k) for k in range(s.i, s.j))
                continue
            country = records[0].country     # (the names of one country only vote)
            if country is not None and all(r.country == country for r in records):
                weight = 2 if s.candidates[0].kind == "country" else 1
                if weight == 1 and reg.ambiguous and ambiguous_vote(s, sentences[n], reg):
                    weight = 0.5
                votes[country] += weight
    label = headline_label(all_spans, sentences, reg)
    if label is not None:
        votes[label] += HEADLINE_LABEL_VOTES
    nationality_of = reading_memo(reg.nationality)
    for n, sent in enumerate(sentences):
        hits = list(map(nationality_of.__getitem__, sent.norms))
        if hits.count(None) == len(hits):
            continue                  # (most sentences: no nationality adjective)
        for k, hit in enumerate(hits):
            if hit is not None and (n, k) not in outlet_tokens:
                votes[reg.nationality[hit[1]]] += 1
    return votes.most_common(1)[0][0] if votes else None


HEADLINE_LABEL_VOTES = 2


def headline_label(all_spans: list[list[Span]], sentences, reg: Registry) -> str | None:
    """تشاد: مقتل 17 جنديا في هجوم ...: a country opening the title before a colon labels the story
    as that country's (a vote of its own besides the name's)."""
    if not sentences or not all_spans:
        return None
    tokens = sentences[0].tokens
    first = next((s for s in all_spans[0] if s.i == 0 and s.candidates), None)
    if first is None or first.j >= len(tokens) or tokens[first.j].norm != ":":
        return None
    if first.candidates[0].kind != "country":
        return None
    return reg.entities[first.candidates[0].entity_id].country


def clock_of_a_city(span: Span, sentence: Sentence) -> bool:
    """09:07 توقيت بيروت، بتوقيت القدس: a city after a word of time zones (entity_cues.json
    time_zone_words) names a clock, not a place of the story."""
    if span.i == 0 or span.type not in PLACE_TYPES:
        return False
    words = load_context_cues().time_zone_words
    return bool(words) and any(stem in words for _, stem in proclitic_variants(sentence.tokens[span.i - 1].norm))


def bank_of_a_water(span: Span, sentence: Sentence) -> bool:
    """على الضفة الشرقية لنهر الفرات، باتجاه الضفة النيجرية للبحيرة: a bank (bank_words) with a
    lake, a river or a sea after it by لـ (water_nouns), an adjective between or none, is that
    water's bank, not the place the registry calls الضفة (the West Bank; الضفة الغربية stays it)."""
    cues = load_context_cues()
    if not cues.bank_words or span.type not in PLACE_TYPES:
        return False
    tokens = sentence.tokens
    if span.j - span.i != 1 or not any(st in cues.bank_words for _, st in proclitic_variants(tokens[span.i].norm)):
        return False
    for k in range(span.i + 1, min(span.i + 3, len(tokens))):
        for prefix, stem in proclitic_variants(tokens[k].norm):
            if prefix.endswith("ل") and (stem in cues.water_nouns or stem[2:] in cues.water_nouns):
                return True
    return False


def ambiguous_vote(span: Span, sentence: Sentence, reg: Registry) -> bool:
    """المحلات، بساتين: a town's name of the ambiguous list (a place that is also an ordinary word)
    has half a vote for the article's country: it decides only where nothing else votes, and a
    story that names another country's place as often does not take the word's own country (and
    so keep the word as a place, word_not_place)."""
    key = sentence.norms[span.i:span.j]
    if key in reg.ambiguous:
        return True
    if span.start == sentence.tokens[span.i].start and all(map(is_word, key)):
        return False           # (no proclitic, no punctuation: the key without them is the same key)
    stripped = tuple(phrase_key(sentence_text(sentence, span.start, span.end)))
    return stripped in reg.ambiguous


def choose(span: Span, article_country: str | None, reg: Registry, here: frozenset[str] = frozenset()) -> Span:
    """The span with its candidate entity picked: highest priority (a city in context raised, see
    ``city_in_context``), then the context country, then population."""
    candidates = span.candidates
    if len(candidates) == 1:
        best = candidates[0]                  # (one: nothing to rank)
    else:
        context = here | {article_country}

        def rank(e):
            ent = reg.entities[e.entity_id]
            return (e.priority + city_in_context(e, span, context, reg)
                    + village_of_the_story(e, span, article_country, context, reg),
                    ent.country in context, e.population)
        best = max(candidates, key=rank)
    return Span(span.i, span.j, span.start, span.end, best.entity_id, reg.entities[best.entity_id].type, span.source,
                span.candidates)


def city_in_context(entry, span: Span, context, reg: Registry) -> int:
    """1 when a city of a country in context shares its name only with entities of other
    countries: it is then read before them (وصل الوزير الأردني إلى عمان -> Amman, not Oman)."""
    country = reg.entities[entry.entity_id].country
    if entry.kind != "city" or country not in context:
        return 0
    return int(all(reg.entities[o.entity_id].country != country and reg.entities[o.entity_id].country not in context
                   for o in span.candidates if o.priority > entry.priority))


SMALL_TOWN = 50_000      # a foreign town below this size yields its name to a village of the story's country


def village_of_the_story(entry, span: Span, article_country: str | None, context, reg: Registry) -> int:
    """1 when a village of the article's country shares its name only with small towns of
    countries out of context: in a Syria story أريحا is Ariha (Idlib), not Jericho."""
    if entry.kind != "village" or article_country is None or reg.entities[entry.entity_id].country != article_country:
        return 0
    rivals = [o for o in span.candidates if o.priority > entry.priority]
    return int(bool(rivals) and all(o.kind == "city" and o.population < SMALL_TOWN
                                    and reg.entities[o.entity_id].country not in context for o in rivals))


def sentence_countries(sentence: Sentence, found: list[Span], reg: Registry) -> frozenset[str]:
    """The countries a sentence names or qualifies: its names of one country only and its
    nationality adjectives (قال وزير الخارجية الأردني -> JO)."""
    out, entities = set(), reg.entities
    for s in found:
        if not s.candidates:
            continue
        country = entities[s.candidates[0].entity_id].country       # (a name of one country only)
        if country is not None and all(entities[e.entity_id].country == country for e in s.candidates):
            out.add(country)
    nationality_of = reading_memo(reg.nationality)
    for hit in filter(None, map(nationality_of.__getitem__, sentence.norms)):     # (a reading is a pair)
        out.add(reg.nationality[hit[1]])
    return frozenset(out)


DATELINE_SENTENCES = 3     # a dateline opens one of the article's first sentences (after its title)


def dateline_countries(sentences, all_spans: list[list[Span]], reg: Registry) -> frozenset[str]:
    """عمان - بترا: the country of the city a dateline names (a known city opening one of the first
    sentences, right before a dash): the story is told from there, so that country is in the
    context of every sentence (وعقد الاجتماع في عمان -> Amman, though the story is about Syria)."""
    out = set()
    for sentence, spans in zip(sentences[:DATELINE_SENTENCES], all_spans):
        tokens = sentence.tokens
        first = next((s for s in spans if s.i == 0), None)
        if first is None or first.j >= len(tokens) or tokens[first.j].norm not in DASHES:
            continue
        cities = {reg.entities[e.entity_id].country for e in first.candidates if e.kind == "city"}
        if len(cities) == 1 and None not in cities:
            out |= cities
    return frozenset(out)


def known_names(sentence: Sentence, found: list[Span], reg: Registry, cues: Cues,
                article_country: str | None, dateline: frozenset[str] = frozenset()) -> tuple[list[Span], list[Span]]:
    """A sentence's registry names (``registry_spans``) with their entity chosen, less the names
    that are here no place (``word_not_place``, ``village_in_context``): (the outer names, the
    names nested inside them). ``dateline``: the countries of the article's dateline, in context."""
    here = sentence_countries(sentence, found, reg) | dateline
    kept = [s for s in (choose(place_of_the_adjective(vocalised_reading(s, sentence, reg), sentence, reg, cues),
                               article_country, reg, here) for s in found)
            if not word_not_place(s, sentence, reg, cues, article_country) and village_in_context(s, sentence, reg, cues, article_country)
            and not conjunct_name_prefix(s, sentence, cues) and not word_of_its_own(s, sentence)]
    outer = [s for s in kept if s.source != "nested"]
    return [with_own_nationality(s, sentence, reg, outer) for s in outer], [s for s in kept if s.source == "nested"]


_UNMARKED_VOWELS = re.compile("[\u064B-\u064E\u0650\u0652-\u065F\u0670\u0640]")   # all marks but damma and shadda


def vocalised_reading(span: Span, sentence: Sentence, reg: Registry) -> Span:
    """وصل الوزير إلى عمّان: a name its vowel marks tell apart from a homograph (words.json
    vocalised_names: عمّان with shadda is Amman, عُمان is Oman) keeps only the candidates of that
    country; written bare (عمان) it is left to the registry and the context."""
    if len(span.candidates) < 2:
        return span
    written = _UNMARKED_VOWELS.sub("", sentence_text(sentence, span.start, span.end))
    iso = next((c for spelling, c in VOCALISED_NAMES.items() if spelling in written), None)
    if iso is None:
        return span
    kept = tuple(e for e in span.candidates if reg.entities[e.entity_id].country == iso)
    return replace(span, candidates=kept) if kept else span


def place_of_the_adjective(span: Span, sentence: Sentence, reg: Registry, cues: Cues) -> Span:
    """العاصمة الأردنية عمان، المدينة السورية، حلب: a place noun (a place cue, a capital noun) and a
    nationality adjective right before a name (a comma may stand between) keep only the name's
    candidates of the adjective's country (Amman, though Oman is named in the same sentence).
    زار وزير الخارجية الأردني عمان: no place noun, the adjective is the minister's."""
    if len(span.candidates) < 2 or span.i < 2:
        return span
    tokens, k = sentence.tokens, span.i - 1
    if not is_word(tokens[k].norm) and k >= 2:
        k -= 1                 # العاصمة الأردنية، عمان
    iso = reg.nationality.get(tokens[k].norm)
    if iso is None or not _place_noun(tokens[k - 1].norm, cues):
        return span
    kept = tuple(e for e in span.candidates if reg.entities[e.entity_id].country == iso)
    return replace(span, candidates=kept) if kept else span


def _place_noun(norm: str, cues: Cues) -> bool:
    """المدينة، العاصمة، بالعاصمة: a place cue or a capital noun, with the article or not."""
    for _, stem in proclitic_variants(norm):
        bare = stem[2:] if stem.startswith("ال") else stem
        if stem in CAPITAL_NOUNS or bare in cues.place or bare in CAPITAL_NOUNS:
            return True
    return False


def with_own_nationality(span: Span, sentence: Sentence, reg: Registry, spans: list[Span]) -> Span:
    """القوة المشتركة للحركات المسلحة السودانية: a known body's name followed by the adjective of its
    own state (no other name's word) goes on through it: one mention as the text writes it."""
    tokens, j = sentence.tokens, span.j
    if j >= len(tokens) or span.type in PLACE_TYPES or span.type == TYPES.person:
        return span
    iso = reg.nationality.get(tokens[j].norm)
    record = reg.entities.get(span.entity_id)
    if iso is None or record is None or record.country != iso or any(o.i <= j < o.j for o in spans):
        return span
    return replace(span, j=j + 1, end=tokens[j].end)


def word_of_its_own(span: Span, sentence: Sentence) -> bool:
    """كريم الهاشمي: a one-word name read through a proclitic (ك + ريم) where the whole word is
    commoner than the name (a given name, a noun: كريم، بدر، كلية) is that word, no mention of the
    name; بحلب، وغزة، لسوريا are rarer than the names they hold and stay them."""
    if span.j - span.i != 1:
        return False
    token = sentence.tokens[span.i]
    if span.start == token.start:
        return False
    from kg.ner.features import word_zipf
    from kg.ner.text import normalise as folded
    table = word_zipf()
    whole = table.get(folded(token.text))
    if whole is None:
        return False
    name = table.get(folded(sentence_text(sentence, span.start, span.end)))
    return name is None or float(whole) > float(name)


def conjunct_name_prefix(span: Span, sentence: Sentence, cues: Cues) -> bool:
    """بارا وأم صميمة: a one-word name (وام, an agency) that is و and a name prefix (أم، أبو، بني)
    before another word is the conjunction and a place's first word, not the name."""
    tokens = sentence.tokens
    if span.j - span.i != 1 or span.j >= len(tokens):
        return False
    norm, after = tokens[span.i].norm, tokens[span.j].norm
    return norm.startswith("و") and norm[1:] in cues.name_prefixes and is_word(after) and after not in cues.stop


def word_not_place(span: Span, sentence: Sentence, reg: Registry, cues: Cues, article_country: str | None) -> bool:
    """صور حديثة (recent pictures) in a Syria article: names that are also ordinary words count as
    places only in an article about their country or right after a place cue; so does a country's
    name of the list (الدعم مالي: financial, not Mali)."""
    if span.type not in GROUPS.settlements and span.type != TYPES.country:
        return False
    key = sentence.norms[span.i:span.j]
    if span.type in GROUPS.settlements and (_adjective_after_a_noun(span, sentence, key, reg, cues)
                                            or _title_before_its_holder(span, sentence, reg, cues)):
        return True
    if key not in reg.ambiguous and tuple(phrase_key(sentence_text(sentence, span.start, span.end))) not in reg.ambiguous:
        return False
    if _named_across_a_border(span, sentence):
        return False
    if _word_after_bi(span, sentence) or _noun_before_its_adjective(span, sentence, reg, cues):
        return True
    if reg.entities[span.entity_id].country == article_country:
        return False
    prev = sentence.tokens[span.i - 1].norm if span.i > 0 else ""
    return not any(st in cues.place for _, st in proclitic_variants(prev))


def _title_before_its_holder(span: Span, sentence: Sentence, reg: Registry, cues: Cues) -> bool:
    """السفيرة الأمريكية ألينا رومانوفسكي: a one-word place name that is also a person's title,
    followed by a nationality adjective or a given name, is the title (بلدة السفيرة، في السفيرة
    stay the town)."""
    tokens = sentence.tokens
    if span.j - span.i != 1 or span.j >= len(tokens):
        return False
    if not any((stem,) in cues.titles for _, stem in proclitic_variants(tokens[span.i].norm)):
        return False
    after = tokens[span.j].norm
    from kg.entities.names import name_parts
    return after in reg.nationality or after in name_parts()[0]


def _named_across_a_border(span: Span, sentence: Sentence) -> bool:
    """الحدودية مع مالي، على الحدود مع مالي: a name of the ambiguous list after مع and a border
    word (border_words of entity_cues.json) is the place across that border."""
    tokens = sentence.tokens
    return span.i >= 2 and tokens[span.i - 1].norm == "مع" and tokens[span.i - 2].norm in load_context_cues().border_words


def _noun_before_its_adjective(span: Span, sentence: Sentence, reg: Registry, cues: Cues) -> bool:
    """على الصعيد الميداني (on the ground): a definite one-word name of the ambiguous list followed
    by a definite adjective in ي / ية (no direction, no nationality) is the ordinary noun it
    qualifies, not the place (الصعيد alone, صعيد مصر stay the place)."""
    tokens = sentence.tokens
    if span.j - span.i != 1 or span.j >= len(tokens) or not sentence_text(sentence, span.start, span.end).startswith("ال"):
        return False
    after = tokens[span.j].norm
    return after.startswith("ال") and after.endswith(("ي", "يه")) and len(after) > 5 \
        and after not in reg.nationality and after not in cues.directions


def _word_after_bi(span: Span, sentence: Sentence) -> bool:
    """بحجة التعاون، بحجة أن (under the pretext of): a one-word name of the ambiguous list read
    through the preposition ب and followed by a definite noun or a complementiser is the
    ordinary word governing it, not the place (في حجة، محافظة حجة stay the place)."""
    tokens = sentence.tokens
    if span.j - span.i != 1 or span.j >= len(tokens):
        return False
    token = tokens[span.i]
    clitics = sentence_text(sentence, token.start, span.start)
    after = tokens[span.j].norm
    return clitics.endswith("ب") and (after.startswith("ال") or after in COMPLEMENTISERS)


def _adjective_after_a_noun(span: Span, sentence: Sentence, key: tuple, reg: Registry, cues: Cues) -> bool:
    """الجيش الأبيض، المدينة الجديدة: a one-word definite name that is also an adjective (a word
    of the ambiguous list, or a colour of the pattern أفعل) right after a definite noun agrees
    with that noun: an adjective, not the place (مدينة الأبيض، في الأبيض stay places)."""
    if len(key) != 1 or span.i == 0 or not key[0].startswith("ال"):
        return False
    word = key[0]
    colour = len(word) == 6 and word[2] == "ا"
    if not colour and key not in reg.ambiguous and (word[2:],) not in reg.ambiguous:
        return False       # (الأسلحة الحديثة: حديثة is on the list without the article)
    prev = sentence.tokens[span.i - 1].norm
    prev = prev[1:] if prev.startswith(("و", "ف")) and prev[1:].startswith("ال") else prev
    return prev.startswith("ال") and len(prev) > 3 and not any(st in cues.place for _, st in proclitic_variants(prev))


def village_in_context(span: Span, sentence: Sentence, reg: Registry, cues: Cues, article_country: str | None) -> bool:
    """A village only GeoNames' small-places list knows (kind 'village') is kept where the text
    says a place is meant: in the article's country, after a locative word or a place cue (في
    إزرع، بلدة إزرع) or with the preposition ب (بإزرع)."""
    candidates = span.candidates
    if len(candidates) == 1:              # (most names)
        best = candidates[0] if candidates[0].entity_id == span.entity_id else None
    else:
        best = next((e for e in candidates if e.entity_id == span.entity_id), None)
    if best is None or best.kind != "village":
        return True
    if reg.entities[span.entity_id].country != article_country:
        return False
    if any(e.kind == "city" for e in span.candidates):
        return True           # a town's name anyway, the village chosen by the story (أريحا in Syria)
    tokens = sentence.tokens
    prefix = next((p for p, st in proclitic_variants(tokens[span.i].norm)
                   if any(e.entity_id == span.entity_id for e in reg.index.get((st,), ()))), "")
    if "ب" in prefix:
        return True
    if span.i == 0:
        return False
    prev = {st for _, st in proclitic_variants(tokens[span.i - 1].norm)}
    return bool(prev & load_context_cues().locative) or bool(prev & set(cues.place)) \
        or bool(prev & set(cues.plural_place))
