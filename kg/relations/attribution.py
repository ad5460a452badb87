"""Who a sentence credits (وفقاً لـ، نقلت X عن، قال ... لـX، a speaker) and whether it hedges.

Plain functions over the sentence views of an article and the lexicon: ``attributions`` gives
each sentence's credited source (the sentence's own, or one carried on from the sentences
before it), ``hedge_positions`` and ``reported_speech_start`` what the claim maker reads of a
sentence, and ``without_own_spokesman`` and ``hedged_by_disclaimers`` the last passes over an
article's claims.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
from typing import Sequence

from kg.arabic import is_word, proclitic_variants
from kg.language.lexicon import Lexicon, stems
from kg.registry import Registry
from kg.relations.view import SentenceView, _prefix
from kg.language.words import BACKGROUND_RELATIONS, ACTOR_TYPES, PLACE_TYPES, SUFFIXES, AMONG_WORDS, QUOTES, TIME_WORDS, ANAPHORIC_SOURCES, BACK_REFERENCES, BACK_REFERENCE_RELATIVES, PRONOUN_PREPOSITIONS, COMPLEMENTISERS, CONTINUATION_WORDS, CONTRAST_LINKS, GLOSS_PRONOUNS, SPEAKER_TYPES, SPEECH_OPENERS, DASHES
from kg.language.names import GROUPS, RELATIONS, TYPES
from kg.types import MEDIA_OFFICE, Mention

Source = tuple[str, str]         # (entity id, how the sentence credits it)
HEDGED_WEIGHT = 0.8              # a hedged claim's confidence, as a share of the reading's


def speaker_source(m: Mention) -> Source:
    """How a sentence credits the actor m that speaks in it: a person as speaker, else as organisation."""
    return m.entity_id, "speaker" if m.type == TYPES.person else "organisation"


def reporter_source(m: Mention) -> Source:
    """As speaker_source, but an outlet reports (reported_by)."""
    return (m.entity_id, "reported_by") if m.type == TYPES.outlet else speaker_source(m)


def attributions(views: Sequence[SentenceView], lexicon: Lexicon, text: str = "") -> dict[int, Source]:
    """Sentence index -> (entity id, how) of the outlet or speaker each sentence of an article
    credits: its own (وقالت وكالة رويترز ...), the previous sentence's when it goes on
    (وأضاف أن ...), the latest named when it refers back (بحسب المصدر), the quote's speaker in the
    sentences a quotation runs on into, and a short line that is only an attribution (المصدر:
    رويترز) credits the sentences before it."""
    out: dict[int, Source] = {}
    lists = lexicon.lists
    pending_back: list[int] = []
    previous = latest = None
    quoted = quotes_across_sentences(views, text)
    heads: dict[str, set[str]] = {}
    spoken: list[tuple[Source, frozenset[str]]] = []
    for view in views:
        i = view.sentence.index
        found = (sentence_source(view, lexicon) or relative_report(view, lists)
                 or continued_report(view, lists, previous) or anaphoric_speaker(view, lists, latest)
                 or named_again(view, lists, spoken)
                 or anaphoric_source(view, lists, latest) or continued_line(views, view, previous)
                 or (out.get(quoted[i]) if i in quoted else None))
        for eid, words in head_words(view).items():
            heads.setdefault(eid, set()).update(words)
        if found and found[0] in heads:
            spoken.append((found, frozenset(heads[found[0]])))
        if found and i > 0 and previous is None and reports_the_sentence_before(view, lexicon):
            out.setdefault(i - 1, found)        # سيطرت القوات على البلدة. وأفادت وكالة رويترز بذلك.
        previous = found
        latest = found or latest
        if found:
            out[i] = found
            if only_attribution(view):
                for j in reversed(pending_back):
                    out.setdefault(j, found)
                pending_back = []
                continue
        pending_back = [i] if not found else []
    return out


QUOTE_SPAN = 3            # sentences a quotation may run on past the one that opens it
# « and » pair; the other quote marks are read as toggles (“ and ” come either way round)


def quotes_across_sentences(views: Sequence[SentenceView], text: str = "") -> dict[int, int]:
    """قال المتحدث: "تصدت قواتنا للهجوم. وقد قصفت الميليشيا السوق." : a quotation opened in one
    sentence and closed at most three sentences later: each sentence after the opening one, up to
    the closing one, maps to the opening sentence's index (the speaker of the quote goes on). A
    quote left open with no close in reach carries nothing. (``text``: the article's, whose quote
    marks between the sentences count too.)"""
    marks = []
    for i, view in enumerate(views):
        s = view.sentence
        gap = text[s.end:views[i + 1].sentence.start] if text and i + 1 < len(views) else text[s.end:s.end + 3]
        chars = s.text + gap           # (a closing quote after the full stop lies between the sentences)
        depth = chars.count("«") - chars.count("»")
        toggles = chars.count('"') + chars.count("“") + chars.count("”")
        marks.append((depth, toggles % 2))
    out: dict[int, int] = {}
    for i, (depth, odd) in enumerate(marks):
        if depth <= 0 and not odd:
            continue
        level, parity = depth, odd
        for j in range(i + 1, min(len(marks), i + 1 + QUOTE_SPAN)):
            level, parity = level + marks[j][0], parity ^ marks[j][1]
            if level <= 0 and not parity:
                for k in range(i + 1, j + 1):
                    out.setdefault(views[k].sentence.index, views[i].sentence.index)
                break
    return out


HEADLINE_MIN_WORDS = 3        # words after the colon of a line "X: ..." for X to be saying them


def headline_speaker(view: SentenceView) -> Mention | None:
    """الجيش السوداني: سيطرنا على مدينة ود مدني / المرصد السوري: قوات النظام قصفت البلدة: a line
    (a title, a lead) that opens with an actor or an outlet named alone and a colon right after
    it: what follows is that speaker's claim. Not a country or a place (السودان: مصادر متضاربة ...،
    دمشق: ... name the story's place), nor an outlet's dateline (إيلاف من بيروت: ...)."""
    if not view.mentions:
        return None
    m = view.mentions[0]
    tokens = view.tokens
    if m.token_start != 0 or m.type not in SPEAKER_TYPES or m.type == TYPES.country \
            or m.token_end >= len(tokens) or tokens[m.token_end].norm != ":":
        return None
    words = sum(1 for t in tokens[m.token_end + 1:m.token_end + 1 + HEADLINE_MIN_WORDS] if is_word(t.norm))
    return m if words >= HEADLINE_MIN_WORDS else None


def reported_speech_start(view: SentenceView, lexicon: Lexicon) -> int | None:
    """قال المتحدث إن القوات ...: index of the complementiser (إن، أن، بأن) that opens what a
    reporting verb reports (or of the colon after a line's speaker: الجيش: قواتنا سيطرت ...)."""
    head = headline_speaker(view)
    if head is not None:
        return head.token_end
    reporting = lexicon.lists["reporting_verbs"]
    if view.stem_set().isdisjoint(reporting):
        return statement_clause_start(view, lexicon.lists)
    seen_verb = False
    for k, tok in enumerate(view.tokens):
        if not reporting.isdisjoint(stems(tok.norm)):
            seen_verb = True
        elif seen_verb and tok.norm in COMPLEMENTISERS:
            return k
    return announced_action_start(view, lexicon)


STATEMENT_REACH = 8       # words from a statement's noun to the complementiser that opens its words


def statement_clause_start(view: SentenceView, lists) -> int | None:
    """وجاء في بيان للجيش أن ... / وورد في تقرير لمجلس الأمن أن ...: no verb of saying, but an
    indefinite statement noun (statement_nouns) and a complementiser at most eight words after it
    (no break between): the index of the complementiser, where the statement's words start."""
    if view.stem_set().isdisjoint(lists["statement_nouns"]):
        return None
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm.startswith("ال") or lists["statement_nouns"].isdisjoint(stems(tok.norm)):
            continue
        for j in range(k + 1, min(len(tokens), k + 1 + STATEMENT_REACH)):
            if tokens[j].norm in COMPLEMENTISERS:
                return j
            if view.is_break(j):
                break
    return None


SECOND_SPEAKER_REACH = 6       # words from a later speaker's name to the complementiser it says


def later_speakers(view: SentenceView, lexicon: Lexicon) -> list[tuple[int, Source]]:
    """أعلن الجيش أن قواته قتلت 200 مسلح، فيما قال مجاهد إن القوات الأفغانية قتلت 58 جنديا: a
    reporting verb inside the sentence (not its first words), the speaker named right after it and
    a complementiser soon after (past an apposition of the name set off by commas): (the
    complementiser's index, that speaker) for each, in order; what follows the complementiser is
    that speaker's claim, not the sentence's first source's, and an apposition between is the
    writer's description of the speaker, credited to no one (the verb's index, None)."""
    reporting = lexicon.lists["reporting_verbs"]
    if view.stem_set().isdisjoint(reporting):
        return []
    out: list[tuple[int, Source]] = []
    tokens = view.tokens
    for m in view.mentions:
        v = m.token_start - 1
        if v < 2 or m.type not in SPEAKER_TYPES or reporting.isdisjoint(stems(tokens[v].norm)):
            continue
        after = apposition_end(view, m.token_end)
        c = next((k for k in range(after, min(len(tokens), after + SECOND_SPEAKER_REACH))
                  if tokens[k].norm in COMPLEMENTISERS), None)
        if c is None and announced_after_a_contrast(view, v, after, lexicon):
            c = after - 1      # ...، في حين أكد المرصد مقتل ثلاثة مدنيين: what he announces is his
        if c is not None and not any(after <= x.token_start < c for x in view.mentions if x is not m):
            out.append((c, speaker_source(m)))
            if after > m.token_end:
                out.append((v, None))      # the later speaker's name and its apposition: the writer's
    return sorted(out + unnamed_later_sources(view, lexicon.lists) + writers_glosses(view))


def announced_after_a_contrast(view: SentenceView, verb: int, k: int, lexicon: Lexicon) -> bool:
    """قصفت القوات البلدة، في حين أكد المرصد مقتل ثلاثة مدنيين: a verb of saying after a word of
    contrast (contrast_links), its speaker, then at k a verbal noun that states an event (or a noun
    of killing): the speaker announces what follows, the clause before is not his."""
    tokens = view.tokens
    if k >= len(tokens) or CONTRAST_LINKS.isdisjoint(stems(tokens[verb - 1].norm)):
        return False
    return any(tr.kind == "masdar" for tr in lexicon.trigger_readings[tokens[k].norm]) \
        or not lexicon.lists["killing_nouns"].isdisjoint(stems(tokens[k].norm))


APPOSITION_REACH = 8     # words of an apposition set off by commas after a speaker's name


def apposition_end(view: SentenceView, k: int) -> int:
    """فيما قالت كتائب القسام، الجناح العسكري لحركة حماس، إن ...: where a speaker's name ends at k
    and an apposition set off by two commas (at most eight words, no verb of saying, no
    complementiser, no other clause break) describes it, the index right after the second comma; else k."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].norm not in ("،", ","):
        return k
    for j in range(k + 1, min(len(tokens), k + 1 + APPOSITION_REACH)):
        norm = tokens[j].norm
        if norm in COMPLEMENTISERS or view.is_break(j) and norm not in ("،", ","):
            return k
        if norm in ("،", ","):
            return j + 1 if j > k + 1 else k
    return k


def writers_glosses(view: SentenceView) -> list[tuple[int, None]]:
    """قال الرئيس إن "الأمن عاد إلى بالما"، وهي بلدة سيطر عليها المتمردون: after a closing quote, a
    comma and a pronoun with و (gloss_pronouns) the writer glosses the quoted words to the sentence's
    end: what follows is credited to no one (where it starts, None). A gloss closed by a comma
    (، وهو الاسم الرسمي للجماعة، هاجموا ...) is an aside inside the speaker's words: left as it is."""
    if GLOSS_PRONOUNS.isdisjoint(view.sentence.norm_set):
        return []
    tokens = view.tokens
    return [(_glossed_name_start(view, k - 2), None) for k in range(2, len(tokens)) if tokens[k].norm in GLOSS_PRONOUNS
            and tokens[k - 1].norm in ("،", ",") and tokens[k - 2].norm in QUOTES
            and not any(t.norm in ("،", ",") for t in tokens[k + 1:])]


def _glossed_name_start(view: SentenceView, quote: int) -> int:
    """دعم "قوة المهام المشتركة"، وهي مجموعات تقاتل إلى جانب الجيش: where the quoted words closed
    at ``quote`` are one name, the gloss describes that name's actor and starts at the quote opening
    it (the claims of the name onward are the writer's); else at the pronoun after the quote."""
    m = view.covering(quote - 1)
    if m is not None and m.token_start >= 1 and view.tokens[m.token_start - 1].norm in QUOTES:
        return m.token_start - 1
    return quote + 2


def unnamed_later_sources(view: SentenceView, lists) -> list[tuple[int, None]]:
    """أعلن الجيش أنه قصف المبنى، فيما أكدت مصادر محلية اعتقال فلان: after a word of contrast
    (contrast_links: فيما، بينما، في حين) a reporting verb with unnamed sources (source_nouns, no
    name) as its subject: what follows is theirs, credited to no one (the verb's index, None)."""
    if view.stem_set().isdisjoint(CONTRAST_LINKS):
        return []
    tokens, out = view.tokens, []
    for v in range(2, len(tokens) - 1):
        if not CONTRAST_LINKS.isdisjoint(stems(tokens[v - 1].norm)) and _reporting(tokens[v].norm, lists) \
                and not lists["source_nouns"].isdisjoint(stems(tokens[v + 1].norm)) and view.covering(v + 1) is None:
            out.append((v, None))
    return out


def opening_speaker(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """وأعلن الجيش الباكستاني أن ...، فيما قال فلان إن ...: the speaker right after the reporting
    verb that opens the sentence (None when the sentence opens otherwise)."""
    reporting = lexicon.lists["reporting_verbs"]
    start = dateline_end(view, lexicon)
    for m in view.mentions:
        v = m.token_start - 1 - start
        if v > 1:
            break
        if v >= 0 and m.type in SPEAKER_TYPES and not reporting.isdisjoint(stems(view.tokens[v + start].norm)):
            return speaker_source(m)
    return None


def announced_action_start(view: SentenceView, lexicon: Lexicon) -> int | None:
    """أعلن الجيش الإسرائيلي اغتيال القيادي في حماس فلان / أعلنت الخلية مقتل أربعة مسلحين: after a
    sentence-opening verb of announcing and its speaker, a verbal noun that states an event (or a
    noun of killing) opens what is announced (the index of the verbal noun)."""
    speaker = opening_announcer(view, lexicon)
    if speaker is None:
        return None
    tokens = view.tokens
    k = speaker.token_end
    while k < min(len(tokens), speaker.token_end + 6) and (tokens[k].norm in ("،", ",") or tokens[k].norm in TIME_WORDS):
        k += 1                 # أعلنت إسرائيل، اليوم الأحد، اغتيال ...
    if k < len(tokens) and (any(tr.kind == "masdar" for tr in lexicon.trigger_readings[tokens[k].norm])
                            or not lexicon.lists["killing_nouns"].isdisjoint(stems(tokens[k].norm))):
        return k               # (أعلنت الخلية، اليوم، مقتل أربعة مسلحين: a noun of killing, killing_nouns)
    return None


DATELINE_REACH = 8        # words of a dateline before its dash: أربيل (كوردستان 24)- ...
DATELINE_DASHES = DASHES | {":"}   # دمشق - (سانا)، بيروت- أ ف ب:


def dateline_end(view: SentenceView, lexicon: Lexicon) -> int:
    """أربيل (كوردستان 24)- أعلنت إسرائيل ... / دمشق – (سانا) قال ...: a sentence that opens with a
    place and a dateline (its outlet, in brackets or not) closed by a dash or a colon: the index of
    the first word after it, where the sentence's own opening words start (0 without a dateline).
    The dateline holds no reporting verb and no word of an event."""
    first = view.covering(0)
    if first is None or first.type not in PLACE_TYPES:
        return 0
    tokens, reporting = view.tokens, lexicon.lists["reporting_verbs"]
    end = 0
    for k in range(first.token_end, min(len(tokens) - 1, DATELINE_REACH)):
        norm = tokens[k].norm
        if lexicon.trigger_readings[norm] or not reporting.isdisjoint(stems(norm)):
            break
        if norm in DATELINE_DASHES:
            end = k + 1        # (بيروت- أ ف ب: the last dash or colon closes it)
        elif norm == ")" and end:
            end = k + 1        # دمشق – (سانا) ...
    return end


def opening_announcer(view: SentenceView, lexicon: Lexicon) -> Mention | None:
    """أعلن الجيش ...: the speaker named right after a verb of announcing (announce_verbs) among
    the sentence's first three words."""
    words = lexicon.lists["announce_verbs"]
    start = dateline_end(view, lexicon)
    opening = next((k for k in range(start, min(len(view.tokens), start + 3))
                    if not words.isdisjoint(stems(view.tokens[k].norm))), None)
    if opening is None:
        return None
    speaker = view.mention_at(opening + 1)
    return speaker if speaker is not None and speaker.type in SPEAKER_TYPES else None


def reports_the_sentence_before(view: SentenceView, lexicon: Lexicon) -> bool:
    """وأفادت وكالة رويترز بذلك / جاء ذلك في بيان للجيش / وهو ما أكدته وكالة سبأ: a sentence that
    credits what the one before it said, referring back to it (back_references, or a relative
    back_reference_relatives) and reporting nothing of its own: no complementiser, no word that
    states an event (يأتي ذلك في ظل انسحاب القوات، وفقا للمرصد credits the withdrawal only)."""
    norms = [t.norm for t in view.tokens if is_word(t.norm)]
    if any(n in COMPLEMENTISERS or lexicon.trigger_readings[n] for n in norms):
        return False
    return any(n in BACK_REFERENCES for n in norms) or any(pair in BACK_REFERENCE_RELATIVES
                                                           for pair in zip(norms, norms[1:]))


def relative_report(view: SentenceView, lists) -> Source | None:
    """وهو ما أكدته وكالة سبأ / وهو ما ذكره المرصد: the outlet or speaker right after a reporting
    verb that carries the relative's pronoun (ـه، ـها) in a relative that refers back."""
    norms = view.sentence.norms
    for k, pair in enumerate(zip(norms, norms[1:])):
        if pair not in BACK_REFERENCE_RELATIVES or k + 3 > len(norms):
            continue
        verb = norms[k + 2]
        speaker = view.mention_at(k + 3)
        if verb.endswith(("ه", "ها")) and _reporting(verb, lists) and speaker is not None \
                and speaker.type in SPEAKER_TYPES:
            return speaker.entity_id, "reported_by" if speaker.type == TYPES.outlet else "speaker"
    return None


def continued_report(view: SentenceView, lists, previous: Source | None) -> Source | None:
    """وأضاف أن ... / وأشار إلى أن ... / كما أكد أن ... / وقال أيضا إن ... / وجاء في البيان أن ... with
    no new speaker: the previous sentence's source goes on (not after a background opener: يذكر أن، ويشار إلى أن)."""
    words = list(itertools.islice((t for t in view.tokens if is_word(t.norm)), 4))
    if previous is None or len(words) < 2 or words[0].norm in lists["background_openers"]:
        return None            # يذكر أن ...: the writer's background, no speaker going on
    if words[0].norm in lists["also_words"]:
        words = words[1:]      # كما أكد أن ...
        if len(words) < 2:
            return None
    if len(words) > 2 and words[1].norm in lists["speech_adverbs"]:
        words = words[:1] + words[2:]      # وقال أيضا إن / وأكد كذلك أن
    if opens_speech(words[0].norm, lists) and words[1].norm in CONTINUATION_WORDS + ANAPHORIC_SOURCES:
        return previous        # وأضاف أن / وأشار إلى أن / وذكرت المصادر أن / وتابع أن: the same source goes on
    if opens_speech(words[0].norm, lists) and opens_a_quote_after(view, words[0]):
        return previous        # وأضاف: "..." / وتابع: «...»
    if quoted_whole(view):
        return previous        # قال الجيش: "...". "وقد قصفت الميليشيا السوق".
    if in_the_statement_named_before(words, lists):
        return previous        # وجاء في البيان أن ...
    return None


def quoted_whole(view: SentenceView) -> bool:
    """"وقد قصفت الميليشيا السوق، وسنرد على ذلك". : a sentence that is one quotation from its first
    token to its last word (only a full stop after the closing mark): the words of the speaker of
    the sentence before, going on."""
    tokens = [t.norm for t in view.tokens]
    while tokens and not is_word(tokens[-1]) and tokens[-1] not in QUOTES:
        tokens.pop()           # (the full stop)
    if len(tokens) < 4 or tokens[0] not in QUOTES or tokens[-1] not in QUOTES:
        return False
    inner = "".join(tokens[1:-1])
    return not any(q in inner for q in QUOTES)     # (one quotation, not two quoted names)


def opens_a_quote_after(view: SentenceView, verb) -> bool:
    """وأضاف: "..." / وتابع «...»: a colon or a quote mark (speech_openers) right after the verb token."""
    k = next(i for i, t in enumerate(view.tokens) if t is verb)
    return k + 1 < len(view.tokens) and view.tokens[k + 1].norm in SPEECH_OPENERS


def in_the_statement_named_before(words, lists) -> bool:
    """وجاء في البيان أن ... / وورد في بيانه أن ...: a verb that opens a statement's words
    (statement_openers), في, and the statement named before (البيان، التقرير, or a statement noun with
    a pronoun: بيانه، تقريرها), then a complementiser."""
    if len(words) < 4 or lists["statement_openers"].isdisjoint(stems(words[0].norm)) or words[1].norm != "في" \
            or words[3].norm not in COMPLEMENTISERS:
        return False
    noun = words[2].norm
    return noun in ANAPHORIC_SOURCES or any(noun.endswith(suffix) and noun[:-len(suffix)] in lists["statement_nouns"]
                                            for suffix in ("ها", "ه"))


def opens_speech(norm: str, lists) -> bool:
    """وأضاف، وقالت، وتابع: a reporting verb, or a verb that goes on with the words (speech_continuers,
    تابع) — the caller checks that a complementiser or an anaphoric source follows it."""
    st = stems(norm)
    return not lists["reporting_verbs"].isdisjoint(st) or not lists["speech_continuers"].isdisjoint(st)


def anaphoric_speaker(view: SentenceView, lists, latest: Source | None) -> Source | None:
    """وقال المصدر إن ... / وأضافت المصادر أن ... with sentences of no source between it and the
    source last named: a reporting verb and an anaphoric source noun (anaphoric_sources) open the
    sentence, so that source goes on; so does a person last credited, referred back to by a noun of
    person_anaphors (وأوضح المسؤول أن، وأضاف الوزير أن) that names no one new."""
    words = list(itertools.islice((t for t in view.tokens if is_word(t.norm)), 2))
    if latest is None or len(words) < 2 or not opens_speech(words[0].norm, lists):
        return None
    if words[1].norm in ANAPHORIC_SOURCES:
        return latest
    if latest[1] == "speaker" and words[1].norm in lists["person_anaphors"] and view.covering(
            next(k for k, t in enumerate(view.tokens) if t is words[1])) is None:
        return latest          # وأوضح المسؤول السوداني أن ...: the person last credited
    return None


def named_again(view: SentenceView, lists, spoken: Sequence[tuple[Source, frozenset[str]]]) -> Source | None:
    """وقال المركز الإعلامي للقوات المسلحة إن ... . وقال المركز في بيان إن ... / وأضافت الهيئة أن ...:
    a reporting verb opening the sentence and right after it a definite noun that no mention covers
    and that is the head word of the name of a speaker credited before in the article (its first
    word, without ال): that speaker goes on (the latest so named). ``spoken``: the sources credited
    so far, each with the head words of its names."""
    words = [k for k, t in enumerate(view.tokens[:4]) if is_word(t.norm)][:2]
    if not spoken or len(words) < 2 or not opens_speech(view.tokens[words[0]].norm, lists) \
            or view.covering(words[1]) is not None:
        return None
    noun = view.tokens[words[1]].norm
    if not noun.startswith("ال") or len(noun) < 5:
        return None
    head = noun[2:]
    return next((src for src, heads in reversed(spoken) if head in heads), None)


def head_words(view: SentenceView) -> dict[str, set[str]]:
    """Entity id -> the head words (first word, without ال) of the names of the bodies that can
    speak in the sentence (not a person, not a country): المركز for المركز الإعلامي للقوات المسلحة."""
    out: dict[str, set[str]] = {}
    for m in view.mentions:
        if m.type in SPEAKER_TYPES - {TYPES.person, TYPES.country} and m.token_end - m.token_start >= 2:
            first = view.tokens[m.token_start].norm
            for st in stems(first):
                if st.startswith("ال") and len(st) >= 5:
                    out.setdefault(m.entity_id, set()).add(st[2:])
                elif len(st) >= 3 and st == first:
                    out.setdefault(m.entity_id, set()).add(st)
    return out


def anaphoric_source(view: SentenceView, lists, latest: Source | None) -> Source | None:
    """ووفقاً للبيان، ... / بحسب المصدر: the source last named in the article goes on."""
    if latest is None or view.stem_set().isdisjoint(lists["source_preps"]):
        return None
    norms = view.sentence.norms
    for k, n in enumerate(norms[:-1]):
        if not lists["source_preps"].isdisjoint(stems(n)) and \
                any(norms[k + 1] in (w, "ل" + w[1:], "لل" + w[2:]) for w in ANAPHORIC_SOURCES):
            return latest
    return None


def continued_line(views: Sequence[SentenceView], view: SentenceView, previous: Source | None) -> Source | None:
    """قصفت الطائرات، فجر اليوم،\\n استهدفت ...: a sentence broken at a line end after a comma
    keeps the previous one's source."""
    idx = view.sentence.index
    if previous is None or idx == 0:
        return None
    return previous if views[idx - 1].sentence.text.rstrip().endswith(("،", ",")) else None


def without_own_spokesman(claims: list, lexicon: Lexicon, registry: Registry) -> list:
    """قال المتحدث باسم الجيش، فلان، إن قوات الجيش دخلت ...: a speaker who leads or belongs to the
    claim's subject (or is its country, or a state body of the country that is the subject)
    announces that subject's own action: credited to no one; so is a body that names a unit of
    its own (أعلن الحرس أن القوة الجوفضائية التابعة له: PART_OF, uncredited), and a body's media
    office its own action (قال المكتب الإعلامي لحماس إن مقاتلي الحركة ...). A body reporting
    its unit's action is still credited with it (speaker_ties leave PART_OF out).
    (An adviser or deputy, مستشار قائد الجيش، speaks in his own name: no tie.)"""
    tie_relations = {r.casefold() for r in lexicon.lists["speaker_ties"]}   # spokesman, leader, member
    ties = {(c.subject, c.object) for c in claims if c.predicate.casefold() in tie_relations
            and not c.provenance.rule.endswith(":deputy_title")}
    country = registry.country_entity.get
    speakers_for = {s for s, _ in ties}
    out = []
    for c in claims:
        src = c.provenance.attributed_to
        if src is not None and ((src, c.subject) in ties or (c.subject, src) in ties
                                or (c.predicate == RELATIONS.part_of and src == c.object)   # its own unit
                                or country(registry.country_of(c.subject) or "") == src
                                or state_organ_of(registry, src, c.subject)
                                or src == MEDIA_OFFICE + c.subject     # المكتب الإعلامي لحماس: Hamas's own voice
                                or (src in speakers_for and c.provenance.rule.endswith(":pronoun"))):
            # (قال المتحدث باسم غرفة العمليات إن قواتهم سيطرت: "their forces" are his own side)
            c = dataclasses.replace(c, provenance=dataclasses.replace(c.provenance, attributed_to=None))
        out.append(c)
    return out


def state_organ_of(registry: Registry, source: str, country: str) -> bool:
    """أعلنت وزارة الدفاع الروسية أن الطائرات الروسية قصفت ... / أكد بوتين دعم بلاده لـX: the
    source is a government body, a state force or a person (an office holder) of the country that
    is the claim's subject: the state announces its own action."""
    rec = registry.entities.get(source)
    return rec is not None and rec.type in (TYPES.government, TYPES.state_force, TYPES.person) and rec.country is not None \
        and registry.country_entity.get(rec.country) == country


def only_attribution(view: SentenceView) -> bool:
    """المصدر: وكالة رويترز: a short sentence naming an outlet, only there to credit."""
    words = [t for t in view.tokens if is_word(t.norm)]
    return len(words) <= 7 and any(m.type == TYPES.outlet for m in view.mentions)


# the speaker types sentence_source tests each mention against, built once (not per mention)
_NAMED_BODIES = SPEAKER_TYPES - {TYPES.country, TYPES.outlet}
_BODIES = SPEAKER_TYPES - {TYPES.country, TYPES.person}
_NOT_COUNTRIES = SPEAKER_TYPES - {TYPES.country}


def sentence_source(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """نقلت وكالة رويترز عن ... / قال فلان / وبحسب وزارة الصحة: the outlet, organisation or
    person the sentence itself credits, and how."""
    lists = lexicon.lists
    tokens = view.tokens
    head = headline_speaker(view)
    if head is not None:
        return reporter_source(head)           # المرصد السوري: قوات النظام قصفت ...
    for m in view.mentions:
        if m.type != TYPES.outlet or unable_to_verify(view, m, lists) or received_the_statement(view, m, lists):
            continue
        k = m.token_start
        p = _prefix(view, m)
        c = correspondent_before(view, m, lists)
        if c is not None:      # بحسب ما رصد مراسل نورث برس / قالت مصادر لمراسل الوكالة: read from the correspondent
            k, p = c
        before = [t.norm for t in tokens[max(0, k - 3):k]]
        if before and before[-1] in QUOTES:     # وكالة أنباء “رويترز”: the outlet's noun and a quote
            before = [t.norm for t in tokens[max(0, k - 5):k] if t.norm not in QUOTES]
        befores = {s for w in before for s in stems(w)}
        if befores & lists["source_preps"] or any(w in ("عن", "ما") for w in before[-1:]):
            return m.entity_id, "according_to"
        if verb_after(view, m, lists):
            return quoted_from(view, m, lists) or (m.entity_id, "reported_by")   # إلا أن وكالة رويترز نقلت عن ...
        if befores & lists["reporting_verbs"]:
            return quoted_from(view, m, lists) or (m.entity_id, "reported_by")
        if p.endswith("ل") and any(_reporting(t.norm, lists) for t in tokens[:k]):   # (بحسب ما قاله مسؤول لرويترز)
            return person_telling(view, m, lists) or sources_inside(view, m, lists) or (m.entity_id, "told_to")
        if not p and told_directly(view, m, lists):
            return m.entity_id, "told_to"          # على ما أفاد سكان ومصادر أمنية وكالة فرانس برس
    for m in view.mentions:
        if m.type in _NAMED_BODIES and m.token_start > 0 and (
                not lists["source_preps"].isdisjoint(stems(tokens[m.token_start - 1].norm))
                or (_prefix(view, m).endswith("ل") and m.token_start > 0
                    and not lists["source_preps"].isdisjoint(stems(tokens[m.token_start - 1].norm + "ا")))):
            return m.entity_id, "according_to"     # وبحسب وزارة الصحة، ... / وفقا للجيش
        if (m.type in _BODIES or m.type == TYPES.person) and record_of(view, m, lists):
            return m.entity_id, "according_to"     # بحسب أرقام الأمم المتحدة / وفق بيان الجيش / بحسب تصريحات فلان
        if m.type in _NOT_COUNTRIES and (issued_statement_of(view, m, lists) or relayed_from(view, m, lists)
                                         or as_announced_by(view, m, lists)):
            return m.entity_id, "according_to"     # طبقا لبيان أصدرته الشبكة / نقلا عن المتحدث فلان / ، كما أعلن الجيش.
        if (who := sources_of_a_body(view, m, lists)) is not None:
            return who.entity_id, "according_to"   # بحسب مصادر طبية في مستشفى الشفاء / وفق مصادر بالجيش
        if m.type in _NOT_COUNTRIES and as_put_by(view, m, lists):
            return m.entity_id, "according_to"     # على حد قول المرصد / حسب تعبير الوكالة
        if m.type in _NAMED_BODIES and said_according_to(view, m, lists):
            return m.entity_id, "according_to"     # حسبما قالت الشرطة / بحسب ما أعلنه الجيش
    for m in view.mentions:
        if m.type not in GROUPS.claimed_speakers or m.token_start == 0:
            continue
        verb = next((v for v in range(m.token_start - 1, max(-1, m.token_start - 4), -1)
                     if not lists["reporting_verbs"].isdisjoint(stems(tokens[v].norm))), None)
        if verb is not None and not actor_between(view, verb, m.token_start) and proxy_of(view, verb, m, lists) is None \
                and not comment_on_a_noun(view, verb):
            return m.entity_id, "speaker"
    for m in view.mentions[:2]:
        if m.type in SPEAKER_TYPES and 0 < m.token_start <= 2 and verb_after(view, m, lists) and \
                not lists["past_auxiliaries"].isdisjoint(stems(tokens[m.token_start - 1].norm)) and \
                any(t.norm in COMPLEMENTISERS for t in tokens[m.token_end:m.token_end + 8]):
            return speaker_source(m)   # وكان الجيش قد أعلن أن
    late = past_perfect_speaker(view, lists)
    if late is not None:
        return speaker_source(late)    # وكانت إدارة الإعلام في وزارة الدفاع قد أعلنت الأسبوع الماضي أن
    return (speaker_named_first(view, lexicon) or speaker_before_complementiser(view, lexicon) or named_among_sources(view, lists)
            or statement_of(view, lists) or announcer_before_an(view, lexicon) or accuser(view, lists)
            or statement_issuer(view, lists) or confirmer_of_that(view, lists) or opening_statement_issuer(view, lexicon)
            or denier_then_assertion(view, lexicon))


SUBJECT_FIRST_REACH = 10      # tokens from a speaker's verb of saying to its complementiser (past في بيان نشره على ...)


def speaker_named_first(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """لكن الجيش زعم في بيان أن ... / غير أن الحركة أكدت أن ... / المتحدث باسم الجيش فلان قال إن ...:
    the speaker named first (after an opening word of contrast, subject_first_openers, or after
    a spokesman's title that names the person it belongs to), a verb of saying right after the
    name, and a complementiser soon after it with no other speaker between (an outlet named as
    the medium may stand there): the speaker says what follows. Not a country (its name first is
    often a headline's actor)."""
    lists, tokens = lexicon.lists, view.tokens
    k = dateline_end(view, lexicon)
    norms = [t.norm for t in tokens]
    for phrase in sorted(_opener_phrases(lists["subject_first_openers"]), key=len, reverse=True):
        n = len(phrase)
        if tuple(norms[k:k + n]) == phrase or (norms[k][:1] == "و" and (norms[k][1:],) + tuple(norms[k + 1:k + n]) == phrase):
            k += n
            break
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1
    m = view.mention_at(k)
    if m is None and k < len(tokens) and not lists["source_nouns"].isdisjoint(stems(tokens[k].norm)):
        m = next((x for x in view.mentions if x.type == TYPES.person and k < x.token_start <= k + SPOKESMAN_REACH), None)
        if m is not None and any(view.is_break(j) for j in range(k, m.token_start)):
            m = None           # المتحدث باسم الجيش فلان قال: the title's holder
    if m is None or m.type not in SPEAKER_TYPES or m.type == TYPES.country or not verb_after(view, m, lists):
        return None
    v = m.token_end
    while v < len(tokens) and lists["reporting_verbs"].isdisjoint(stems(tokens[v].norm)):
        v += 1
    for j in range(v + 1, min(len(tokens), v + 1 + SUBJECT_FIRST_REACH)):
        if tokens[j].norm in COMPLEMENTISERS:
            return speaker_source(m)
        x = view.mention_at(j)
        if x is not None and x.type in SPEAKER_TYPES and x.type != TYPES.outlet:
            return None
    return None


@functools.lru_cache(maxsize=4)
def _opener_phrases(openers: frozenset) -> tuple[tuple[str, ...], ...]:
    """The openers as tuples of words."""
    return tuple(tuple(o.split()) for o in openers)


def denier_then_assertion(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """ونفى الجيش ذلك، متهما الحركة بقصف البلدة / ونفت الحركة أن تكون انسحبت، مؤكدة أن الجيش قصف
    المدينة: a sentence that opens with a verb of denying (denial_verbs, among its first two words)
    and the speaker right after it, then, after a comma, a participle of saying or accusing (a
    reporting verb's participle: مؤكدا، مشيرة؛ accusing_participles: متهما، محملا): what the participle says is the
    speaker's. (A denial alone asserts nothing: with no such participle, no source.)"""
    lists, tokens = lexicon.lists, view.tokens
    if view.stem_set().isdisjoint(lists["denial_verbs"]):
        return None
    start = dateline_end(view, lexicon)
    words = [k for k in range(start, min(len(tokens), start + 3)) if is_word(tokens[k].norm)][:2]
    v = next((k for k in words if not lists["denial_verbs"].isdisjoint(stems(tokens[k].norm))), None)
    speaker = view.mention_at(v + 1) if v is not None else None
    if speaker is None or speaker.type not in SPEAKER_TYPES:
        return None
    for k in range(speaker.token_end + 1, len(tokens)):
        norm = tokens[k].norm
        if tokens[k - 1].norm in ("،", ",") and (norm in lists["accusing_participles"] or (
                norm.endswith(("ا", "ه")) and norm in lists["reporting_verbs"])):
            return speaker_source(speaker)
    return None


def correspondent_before(view: SentenceView, outlet: Mention, lists) -> tuple[int, str] | None:
    """وفق ما أفاد مراسل قناة المنار / بحسب ما رصد مراسل "نورث برس" / قالت مصادر لمراسل الوكالة: a
    correspondent's noun (correspondent_nouns) right before the outlet (past a quote mark): the outlet
    reports what its correspondent reports, so what stands before the noun credits the outlet as it
    would stand before its name. (The noun's index, and its proclitics: لمراسل is told, as لرويترز.)"""
    k = outlet.token_start
    if _prefix(view, outlet):
        return None
    while k > 1 and view.tokens[k - 1].norm in QUOTES:
        k -= 1
    if k < 1 or view.covering(k - 1) is not None:
        return None
    norm = view.tokens[k - 1].norm
    nouns = lists["correspondent_nouns"]
    for clitics, stem in proclitic_variants(norm):
        if stem in nouns:
            return k - 1, clitics
    return None


PAST_PERFECT_REACH = 10    # tokens from the speaker's name to the قد of its verb of saying


def past_perfect_speaker(view: SentenceView, lists) -> Mention | None:
    """وكانت إدارة الإعلام في وزارة الدفاع قد أعلنت الأسبوع الماضي أن ... / وكان المرصد، ومقره لندن، قد
    ذكر أن ...: a past auxiliary (past_auxiliaries) opening the sentence, the speaker named right after
    it, and قد with a verb of saying within ten tokens of the name (its name may go on with a body
    it belongs to, or an aside between commas), a complementiser soon after the verb: the first
    name speaks (or the body unnamed sources are in: وكانت مصادر في الجيش قد ذكرت أن). Nothing of the saying's own (no verb of saying, no complementiser) may stand between."""
    tokens = view.tokens
    words = [k for k, t in enumerate(tokens[:3]) if is_word(t.norm)]
    if not words or lists["past_auxiliaries"].isdisjoint(stems(tokens[words[0]].norm)):
        return None
    m = view.mention_at(words[0] + 1)
    if m is None and not lists["source_nouns"].isdisjoint(stems(tokens[words[0] + 1].norm)):
        m = next((x for x in view.mentions if words[0] + 2 < x.token_start <= words[0] + 5
                  and tokens[x.token_start - 1].norm in ("في", "من", "باسم")), None)   # وكانت مصادر في الجيش قد ذكرت
    if m is None or m.type not in SPEAKER_TYPES - {TYPES.country}:
        return None
    for j in range(m.token_end, min(len(tokens) - 1, m.token_end + PAST_PERFECT_REACH)):
        norm = tokens[j].norm
        if norm in COMPLEMENTISERS or not lists["reporting_verbs"].isdisjoint(stems(norm)):
            return None
        if norm == "قد":
            v = j + 1
            if lists["reporting_verbs"].isdisjoint(stems(tokens[v].norm)):
                return None
            close = any(t.norm in COMPLEMENTISERS for t in tokens[v + 1:v + 8])
            return m if close else None
    return None


QUOTED_FROM_REACH = 8     # words from an outlet to the عن of the one it quotes (past an apposition)


def quoted_from(view: SentenceView, outlet: Mention, lists) -> Source | None:
    """نقلت الوكالة عن وزير الدفاع فلان قوله إن ... / نقلت الوكالة، لسان حال الجبهة، عن بلاغ لوزارة
    الدفاع أن ...: an outlet that relays a named person, or a body's statement (statement_nouns),
    after عن: the one quoted is credited (unnamed sources, عن مصادر أمنية, leave it to the outlet)."""
    tokens = view.tokens
    k = next((j for j in range(outlet.token_end, min(len(tokens), outlet.token_end + QUOTED_FROM_REACH))
              if tokens[j].norm == "عن"), None)
    if k is None or (tokens[outlet.token_end].norm not in ("،", ",")
                     and any(outlet.token_end <= x.token_start < k for x in view.mentions)):
        return None            # (a name in an apposition set off by commas, الناطقة باسم الحكومة، may stand between)
    if k + 1 < len(tokens) and not lists["statement_nouns"].isdisjoint(stems(tokens[k + 1].norm)):
        body = next((x for x in view.mentions if k + 1 < x.token_start <= k + 5), None)
        if body is not None and body.type in SPEAKER_TYPES - {TYPES.person, TYPES.country} \
                and not any(view.is_break(j) for j in range(k + 1, body.token_start)):
            return body.entity_id, "organisation"      # عن بلاغ لما يسمى "وزارة الدفاع"
        return None
    person = titled_person(view, k) if view.mention_at(k + 1) is None else view.mention_at(k + 1)
    return (person.entity_id, "speaker") if person is not None and person.type == TYPES.person else None


def received_the_statement(view: SentenceView, m: Mention, lists) -> bool:
    """وقال الجهاز في بيان تلقته وكالة الأنباء إن ...، في بيان تلقاه الموقع: the outlet right after a
    verb of receiving (receive_verbs) with the statement's pronoun, after a statement noun
    (statement_nouns), received the statement: it is no source of what its issuer says."""
    k = m.token_start
    if k < 2:
        return False
    verb = view.tokens[k - 1].norm
    bare = next((verb[:-len(s)] for s in ("ها", "ه") if verb.endswith(s) and len(verb) > len(s) + 2), None)
    if bare is None:
        return False
    forms = {bare, bare[:-1] + "ي" if bare.endswith("ا") else bare}    # تلقاه: تلقى
    return not forms.isdisjoint(lists["receive_verbs"]) \
        and not lists["statement_nouns"].isdisjoint(stems(view.tokens[k - 2].norm))


def unable_to_verify(view: SentenceView, m: Mention, lists) -> bool:
    """وسط أنباء عن مقتل ثلاثة، لم يتسن للمرصد التأكد منها: the outlet right before a verifying noun
    (unverified_nouns) is the one that could not verify, not one that reports."""
    k = m.token_end
    return k < len(view.tokens) and not lists["unverified_nouns"].isdisjoint(stems(view.tokens[k].norm))


def told_directly(view: SentenceView, outlet: Mention, lists) -> bool:
    """أفاد سكان ومصادر أمنية وكالة فرانس برس / أبلغ مسؤول رويترز: a verb that takes the one told
    as its direct object (addressee_verbs) at most seven words before the outlet, with unnamed
    tellers between (no mention, no break): the outlet was told, it reports."""
    k = outlet.token_start
    for v in range(k - 2, max(-1, k - 8), -1):
        if view.is_break(v) or view.covering(v):
            return False
        if not lists["addressee_verbs"].isdisjoint(stems(view.tokens[v].norm)):
            return True
    return False


def statement_issuer(view: SentenceView, lists) -> Source | None:
    """وأصدرت وزارة الصحة بيانا قالت فيه إن ... / نشر الجيش بيانا أكد فيه أن ...: the body or
    person right after a verb of issuing (issue_verbs, among the first three words) with a
    statement noun (statement_nouns) right after it speaks in that statement."""
    verbs = lists["issue_verbs"]
    if view.stem_set().isdisjoint(verbs):
        return None
    tokens = view.tokens
    v = next((k for k, t in enumerate(tokens[:3]) if not verbs.isdisjoint(stems(t.norm))), None)
    speaker = view.mention_at(v + 1) if v is not None else None
    if speaker is None or speaker.type not in SPEAKER_TYPES - {TYPES.country}:
        return None
    k = speaker.token_end
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1
    if k >= len(tokens) or lists["statement_nouns"].isdisjoint(stems(tokens[k].norm.removesuffix("ا"))):
        return None            # (بيانا: the accusative's alef)
    return reporter_source(speaker)


def opening_statement_issuer(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """وفي بيان أصدرته وزارة الخارجية، قالت إن ... / وفي بيان للجيش، أكد أن ...: a sentence that opens
    with في and a statement noun whose issuer is named (after لـ, or after a verb of issuing that
    carries the statement's pronoun: أصدرته، نشرته، نشرها), a comma, then a verb of saying with no
    speaker of its own before its complementiser: the issuer speaks."""
    tokens, lists = view.tokens, lexicon.lists
    words = [k for k, t in enumerate(tokens[:4]) if is_word(t.norm)]
    if len(words) < 3 or "في" not in stems(tokens[words[0]].norm) or words[1] != words[0] + 1 \
            or lists["statement_nouns"].isdisjoint(stems(tokens[words[1]].norm)):
        return None
    k = words[1] + 1
    issuer = view.mention_at(k)
    if issuer is not None and not _prefix(view, issuer).endswith("ل"):
        return None
    if issuer is None and _issuing_with_a_pronoun(tokens[k].norm, lists):
        issuer = view.mention_at(k + 1)
    if issuer is None or issuer.type not in SPEAKER_TYPES - {TYPES.country} \
            or issuer.token_end >= len(tokens) - 2 or tokens[issuer.token_end].norm not in ("،", ","):
        return None
    v = issuer.token_end + 1
    if "قد" in stems(tokens[v].norm):
        v += 1
    if lists["reporting_verbs"].isdisjoint(stems(tokens[v].norm)):
        return None
    end = next((j for j in range(v + 1, min(len(tokens), v + 4)) if tokens[j].norm in COMPLEMENTISERS), None)
    if end is None or any(v < m.token_start < end for m in view.mentions):
        return None            # (وفي بيان للحكومة، قال الوزير فلان إن ...: the one named after the verb speaks)
    return reporter_source(issuer)


def _issuing_with_a_pronoun(norm: str, lists) -> bool:
    """أصدرته، نشرته، نشرها: a verb of issuing (issue_verbs) carrying the pronoun of the statement."""
    for suffix in ("ها", "ه"):
        if norm.endswith(suffix) and not lists["issue_verbs"].isdisjoint(stems(norm[:-len(suffix)])):
            return True
    return False


def confirmer_of_that(view: SentenceView, lists) -> Source | None:
    """سيطرت القوات على البلدة. وأكد ذلك الجيش الصومالي: a reporting verb opening the sentence,
    a back reference (back_references) right after it and the speaker right after that: the
    speaker credits what the sentence before said."""
    words = [k for k, t in enumerate(view.tokens[:4]) if is_word(t.norm)][:3]
    if len(words) < 3 or view.tokens[words[1]].norm not in BACK_REFERENCES or \
            lists["reporting_verbs"].isdisjoint(stems(view.tokens[words[0]].norm)):
        return None
    speaker = view.mention_at(words[1] + 1)
    if speaker is None or speaker.type not in SPEAKER_TYPES - {TYPES.country}:
        return None
    return reporter_source(speaker)


@functools.lru_cache(maxsize=8)
def _with_pronouns(verbs: frozenset) -> frozenset:
    """The verbs with each pronoun suffix (تتهمها، اتهمته): what a sentence without any of them
    and without the bare verbs cannot hold an accuser for."""
    return frozenset(v + suffix for v in verbs for suffix in SUFFIXES)


def accuser(view: SentenceView, lists) -> Source | None:
    """واتهمت وزارة الدفاع الروسية القوات الأوكرانية بقصف المحطة / التي تتهمها واشنطن بشن هجمات:
    the party right after a verb of accusing (accusation_verbs, at most two words before it, or
    five past a person's title: واتهم وزير الدفاع الروسي فلان ...; no actor between but a
    nationality) credits the claim it makes against the one accused, a body or a state as much
    as a person. The accused must follow it, or be the pronoun on the verb: in وقصفت إسرائيل
    البلدة بعد أن اتهمت حزب الله بـ..., the one after the verb is the accused."""
    verbs = lists["accusation_verbs"]
    if view.stem_set().isdisjoint(verbs) and view.stem_set().isdisjoint(_with_pronouns(verbs)):
        return None
    mentions = view.mentions
    for i, m in enumerate(mentions):
        if m.type not in SPEAKER_TYPES:
            continue
        reach = 6 if m.type == TYPES.person else 3
        for v in range(m.token_start - 1, max(-1, m.token_start - reach), -1):
            if view.is_break(v):
                break
            stems_v = view.token_stems(v)
            carried = not stems_v.isdisjoint(_with_pronouns(verbs))
            if stems_v.isdisjoint(verbs) and not carried:
                continue
            if any(v < a.token_start < m.token_start and a.type in SPEAKER_TYPES and a.type != TYPES.country
                   for a in view.mentions):
                return None
            accused = mentions[i + 1] if i + 1 < len(mentions) else None
            named = accused is not None and accused.type in ACTOR_TYPES and (
                accused.token_start - m.token_end <= 2 or _only_a_time_aside(view, m.token_end, accused.token_start))
            if named or carried:
                return m.entity_id, "accuser"
            return accuser_before_the_verb(view, lists)     # أذربيجان تتهم أرمينيا: the one after is accused
    return accuser_before_the_verb(view, lists)


def _only_a_time_aside(view: SentenceView, lo: int, hi: int) -> bool:
    """Tokens lo..hi are a time aside between commas (، الأربعاء، / ، مساء الثلاثاء،)."""
    words = [t.norm for t in view.tokens[lo:hi]]
    return 3 <= len(words) <= 5 and words[0] in ("،", ",") and words[-1] in ("،", ",") \
        and all(w in TIME_WORDS for w in words[1:-1])


def accuser_before_the_verb(view: SentenceView, lists) -> Source | None:
    """أذربيجان تتهم أرمينيا بإطلاق النار على مواقعها (a headline's order): the party right before a
    verb of accusing, the accused right after it: the party credits the claim."""
    verbs = lists["accusation_verbs"]
    mentions = view.mentions
    for i, m in enumerate(mentions[:-1]):
        v = m.token_end
        if m.type not in SPEAKER_TYPES or v >= len(view.tokens) or view.covering(v) is not None \
                or view.token_stems(v).isdisjoint(verbs):
            continue
        accused = mentions[i + 1]
        if accused.type in ACTOR_TYPES and accused.token_start == v + 1:
            return m.entity_id, "accuser"
    return None


def verb_after(view: SentenceView, m: Mention, lists) -> bool:
    """وكانت وكالة الأنباء الفرنسية قد ذكرت أن ... / إلا أن وكالة رويترز نقلت عن ... / غير أن صحيفة
    "نيويورك تايمز" نقلت عن ...: a reporting verb right after the outlet (past its closing quote,
    past قد): the outlet is its subject."""
    k = m.token_end
    if k < len(view.tokens) and view.tokens[k].norm in QUOTES:
        k += 1
    if k < len(view.tokens) and view.tokens[k].norm == "قد":
        k += 1
    return k < len(view.tokens) and not lists["reporting_verbs"].isdisjoint(stems(view.tokens[k].norm))


def actor_between(view: SentenceView, lo: int, hi: int) -> bool:
    """أعلن الجيش بقيادة فلان انسحابه: an actor named between the reporting verb at lo and the
    person at hi is who speaks, the person only describes it."""
    return any(lo < m.token_start < hi and m.type in SPEAKER_TYPES for m in view.mentions)


def proxy_of(view: SentenceView, lo: int, person: Mention, lists) -> int | None:
    """قال مصدر مقرب من الرئيس فلان / قالت عائلة الصحفي فلان: between the reporting verb at lo and
    the person, the first word of speaker_proxies (a source close to him, his family, his office):
    who speaks about him, so the person is not the one credited (its index, else None)."""
    proxies = lists["speaker_proxies"]
    return next((k for k in range(lo + 1, person.token_start)
                 if not proxies.isdisjoint(stems(view.tokens[k].norm))), None)


def named_among_sources(view: SentenceView, lists) -> Source | None:
    """وذكرت شبكات محلية، منها "تجمع أحرار حوران"، أن ...: the source named among the ones a
    reporting verb's plural subject speaks of (منها، بينها، من بينها), within six words of the verb."""
    tokens = view.tokens
    for m in view.mentions:
        if m.type not in SPEAKER_TYPES or m.type == TYPES.country:
            continue
        k = m.token_start - 1
        while k >= 0 and (tokens[k].norm in QUOTES or tokens[k].norm in ("،", ",")):
            k -= 1
        if k < 1 or tokens[k].norm not in AMONG_WORDS:
            continue
        if any(not lists["reporting_verbs"].isdisjoint(stems(tokens[v].norm)) for v in range(max(0, k - 6), k)):
            return reporter_source(m)
    return None


def record_of(view: SentenceView, m: Mention, lists) -> bool:
    """قصفت القوات المدينة، بحسب أرقام الأمم المتحدة / وفق تقديرات المنظمة / بحسب بيان الجيش: a source
    preposition, then a noun of figures or of a statement (record_nouns, statement_nouns) whose
    owner is the body right after it (a construct, no لـ): the body is credited."""
    k = m.token_start
    if k < 2 or _prefix(view, m):
        return False
    noun = stems(view.tokens[k - 1].norm)
    return (not lists["record_nouns"].isdisjoint(noun) or not lists["statement_nouns"].isdisjoint(noun)) \
        and not lists["source_preps"].isdisjoint(stems(view.tokens[k - 2].norm))


def issued_statement_of(view: SentenceView, m: Mention, lists) -> bool:
    """قصفت القوات البلدة، طبقا لبيان أصدرته الشبكة / وفق تقرير نشرته المنظمة: a source preposition,
    a statement noun (statement_nouns) and a verb of issuing carrying its pronoun (أصدرته، نشرته)
    right before the body: the body is credited."""
    k = m.token_start
    if k < 3 or _prefix(view, m) or not _issuing_with_a_pronoun(view.tokens[k - 1].norm, lists):
        return False
    return not lists["statement_nouns"].isdisjoint(stems(view.tokens[k - 2].norm)) \
        and not lists["source_preps"].isdisjoint(stems(view.tokens[k - 3].norm))


RELAYED_REACH = 7         # tokens from عن to the person it names (past a title: نقلا عن المتحدث باسم الجيش فلان)


def relayed_from(view: SentenceView, m: Mention, lists) -> bool:
    """قصفت القوات البلدة، نقلا عن المتحدث باسم الجيش فلان: a source preposition and عن, then the
    speaker (a person past the words of his title, no break and no other person between; a body
    right after عن): the speaker is credited."""
    tokens, k = view.tokens, m.token_start
    reach = RELAYED_REACH if m.type == TYPES.person else 1
    for j in range(k - 1, max(0, k - 1 - reach), -1):
        if view.is_break(j) or ((x := view.covering(j)) is not None and x.type == TYPES.person):
            return False
        if tokens[j].norm == "عن":
            return j > 0 and not lists["source_preps"].isdisjoint(stems(tokens[j - 1].norm))
    return False


def as_announced_by(view: SentenceView, m: Mention, lists) -> bool:
    """قصفت القوات البلدة، ما أدى إلى مقتل عشرة، كما أعلن الجيش.: after a comma, كما and a verb of
    saying right before the speaker, and nothing after the speaker's name but the sentence's end:
    "as X announced" credits the sentence to X (with words after it, كما أعلن الجيش أن ... is a new
    statement)."""
    tokens, k = view.tokens, m.token_start
    if k < 3 or tokens[k - 2].norm != "كما" or tokens[k - 3].norm not in ("،", ",") \
            or not _reporting(tokens[k - 1].norm, lists):
        return False
    return not any(is_word(t.norm) for t in tokens[m.token_end:])


SOURCES_OF_A_BODY_REACH = 3      # words from a body back to the unnamed sources it holds: مصادر طبية في


def sources_of_a_body(view: SentenceView, m: Mention, lists) -> Mention | None:
    """قصفت الطائرات المخيم، بحسب مصادر طبية في مستشفى الشفاء / وفق مصدر في الدفاع المدني / نقلا عن
    مصادر بالجيش: a source preposition, unnamed sources (source_nouns, an adjective or two after
    them) and in, of, at or for a body or a facility (في، من، بـ، باسم: بحسب المتحدث باسم الجيش): the
    body is credited, as when the sources tell an outlet (sources_inside), or the person the title
    names when he follows (بحسب المتحدث باسم الجيش، العميد فلان،): who is credited, else None."""
    if m.type not in (SPEAKER_TYPES - {TYPES.country, TYPES.person, TYPES.outlet}) | {TYPES.facility}:
        return None
    tokens, k = view.tokens, m.token_start
    while k > 1 and tokens[k - 1].norm in QUOTES:
        k -= 1
    if k > 0 and (tokens[k - 1].norm in ("في", "من") or not lists["on_behalf_words"].isdisjoint(stems(tokens[k - 1].norm))):
        k -= 1
    elif not _prefix(view, m).endswith("ب"):
        return None
    for j in range(k - 1, max(0, k - 1 - SOURCES_OF_A_BODY_REACH), -1):
        if view.is_break(j) or view.covering(j) is not None:
            return None
        if not lists["source_nouns"].isdisjoint(stems(view.tokens[j].norm)):
            before = j - 1
            if before > 0 and view.tokens[before].norm == "عن":
                before -= 1    # نقلا عن مصادر في الجيش
            elif before > 0 and _reporting(view.tokens[before].norm, lists):
                before -= 1    # حسبما أكدت مصادر في الجيش / بحسب ما ذكرت مصادر في الوزارة
                if before > 0 and view.tokens[before].norm == "ما":
                    before -= 1
            if before < 0 or lists["source_preps"].isdisjoint(stems(view.tokens[before].norm)):
                return None
            return titled_person_after(view, m) or m     # (بحسب المتحدث باسم الجيش فلان: the person)
    return None


def titled_person_after(view: SentenceView, m: Mention) -> Mention | None:
    """المتحدث باسم الجيش العميد فلان / المتحدث باسم الجيش، العميد فلان،: a person named within four
    tokens after the body m, with no break but a comma between (the title's holder)."""
    return next((x for x in view.mentions if x.type == TYPES.person and m.token_end <= x.token_start <= m.token_end + 4
                 and not any(view.is_break(j) and view.tokens[j].norm not in ("،", ",")
                             for j in range(m.token_end, x.token_start))), None)


def as_put_by(view: SentenceView, m: Mention, lists) -> bool:
    """قصفت الطائرات البلدة، على حد قول المرصد / حسب تعبير الوزير فلان: a phrase of as_put_by
    (its last word, قول or تعبير, right before the speaker) credits the speaker."""
    k = m.token_start
    if k < 2:
        return False
    norms = view.sentence.norms
    for words in _phrases_by_last_word(lists["as_put_by"]).get(norms[k - 1], ()):
        n = len(words)
        if k >= n and words[0] in stems(norms[k - n]) and norms[k - n + 1:k] == words[1:]:
            return True      # (the first word may carry و: وعلى حد قول)
    return False


@functools.lru_cache(maxsize=8)
def _phrases_by_last_word(phrases: frozenset) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples, grouped by their last word (as_put_by's look-up by the word
    before a speaker)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        out.setdefault(words[-1], []).append(words)
    return {last: tuple(group) for last, group in out.items()}


def said_according_to(view: SentenceView, m: Mention, lists) -> bool:
    """حسبما قالت الشرطة / بحسب ما أعلن الجيش / وفق ما أكده المتحدث باسم الحكومة فلان / وفقا لما
    أعلنته الوزارة / على ما أفادت الشرطة: before the speaker m a reporting verb (bare or with the
    relative's pronoun, أكده; for a person, a title may stand between), and before the verb a source
    preposition (حسبما) or one and ما (بحسب ما، وفقا لما), or على ما."""
    tokens, k = view.tokens, m.token_start
    while k > 1 and tokens[k - 1].norm in QUOTES:
        k -= 1                 # وفق ما ذكره "تجمع أحرار حوران": the name in quotes
    reach = 6 if m.type == TYPES.person else 1         # وفق ما أكده المتحدث باسم الحكومة فلان
    if k > 1 and tokens[k - 1].norm in PRONOUN_PREPOSITIONS:
        k -= 1                 # بحسب ما أفادت به وزارة الصحة
    for v in range(k - 1, max(0, k - reach - 1), -1):
        if view.is_break(v) or (v < k - 1 and (p := view.mention_at(v)) is not None and p.type == TYPES.person):
            return False
        if _reporting(tokens[v].norm, lists):
            j = v - 1
            if j > 0 and tokens[j].norm in ("ما", "لما"):
                j -= 1         # وفقا لما أعلنته الوزارة: the preposition's لـ on ما
                if tokens[j].norm in ("علي", "وعلي"):     # (على as normalised)
                    return True        # على ما أفادت الشرطة
            return j >= 0 and not lists["source_preps"].isdisjoint(stems(tokens[j].norm))
    return False


def _reporting(norm: str, lists) -> bool:
    """قالت، أكده، أعلنته: a reporting verb, bare or carrying the relative's pronoun."""
    forms = {norm, norm[:-1] if norm.endswith("ه") else norm, norm[:-2] if norm.endswith("ها") else norm}
    return any(s in lists["reporting_verbs"] or s + "ت" in lists["reporting_verbs"] for f in forms for s in stems(f))


def announcer_before_an(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """أعلنت سرايا القدس، عن تمكن مقاتليها من ... / أعلن الجيش عن مقتل ...: the actor between a
    sentence-opening verb of announcing (announce_verbs) and عن speaks for what follows."""
    speaker = opening_announcer(view, lexicon)
    if speaker is None:
        return None
    tokens = view.tokens
    k = speaker.token_end
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1
    if (k >= len(tokens) or tokens[k].norm != "عن") and announced_action_start(view, lexicon) is None:
        return None            # أعلن الجيش عن مقتل ... / أعلن الجيش اغتيال ...
    return speaker_source(speaker)


def sources_inside(view: SentenceView, outlet: Mention, lists) -> Source | None:
    """قالت مصادر في الجيش السوداني لرويترز إن ... / وأضافت مصادر بالجيش للوكالة / قال متحدث باسم
    الأمم المتحدة لفرانس برس: unnamed sources or spokesmen (source_nouns) in, of or for a body,
    telling an outlet, speak for that body: the body is credited (and its own action, announced
    so, is credited to no one)."""
    tokens = view.tokens
    for m in view.mentions:
        if m.type not in SPEAKER_TYPES - {TYPES.person, TYPES.outlet, TYPES.country} or not 0 < m.token_start < outlet.token_start:
            continue
        start = m.token_start
        while start > 1 and tokens[start - 1].norm in QUOTES:
            start -= 1         # مصدر عسكري في "قسد" لنورث برس: the body's name in quotes
        k = start - 1
        if tokens[k].norm in ("في", "من", "باسم"):
            k -= 1
        elif not _prefix(view, m).endswith("ب"):
            continue
        while k >= 0 and k >= start - 4 and lists["source_nouns"].isdisjoint(stems(tokens[k].norm)):
            k -= 1             # مصادر عسكرية في الجيش
        if k >= 0 and k >= start - 4:
            return m.entity_id, "organisation"
    return None


SPOKESMAN_REACH = 10     # words from a spokesman's noun back to its reporting verb, and on to his name


def spokesman_named(view: SentenceView, person: Mention, lists) -> bool:
    """وأوضح الناطق باسم الحرس الوطني، العميد فلان، في تصريح لوكالة ... أن ...: a source noun
    (الناطق، المتحدث) right after a reporting verb, and the person named within ten words after it
    with no other person between: the person is the spokesman who speaks."""
    tokens = view.tokens
    for k in range(person.token_start - 1, max(0, person.token_start - SPOKESMAN_REACH) - 1, -1):
        other = view.covering(k)
        if other is not None and other.type == TYPES.person:
            return False
        if not lists["source_nouns"].isdisjoint(stems(tokens[k].norm)):
            return k > 0 and not lists["reporting_verbs"].isdisjoint(stems(tokens[k - 1].norm)) \
                and proxy_of(view, k, person, lists) is None     # (قال مصدر مقرب من الوزير فلان)
    return False


def person_telling(view: SentenceView, outlet, lists) -> Source | None:
    """قال فلان لقناة الجزيرة إن ... / قال الناطق باسم الجيش، العميد فلان، لرويترز: a named person
    who speaks to an outlet is the one credited (an unnamed one, قال مصدر عسكري لرويترز, leaves the
    credit to the outlet)."""
    for m in view.mentions:
        if m.type == TYPES.person and 0 < m.token_start < outlet.token_start:
            before = [t.norm for t in view.tokens[max(0, m.token_start - 3):m.token_start]]
            if {s for w in before for s in stems(w)} & lists["reporting_verbs"] or spokesman_named(view, m, lists) \
                    or said_past_a_title(view, m, lists):
                return m.entity_id, "speaker"
    return None


TITLE_REACH = 6          # words of a title between a verb of saying and the person it names


def said_past_a_title(view: SentenceView, person: Mention, lists) -> bool:
    """وقال وزير الخارجية المصري فلان في تصريح لقناة الجزيرة إن ...: a verb of saying at most six
    words before the person, with only the words of his title between (a country's adjective may
    stand in it; no other actor, no break, no one who speaks for him: speaker_proxies)."""
    for k in range(person.token_start - 1, max(-1, person.token_start - 1 - TITLE_REACH), -1):
        if view.is_break(k):
            return False
        other = view.covering(k)
        if other is not None and other.type != TYPES.country:
            return False
        st = stems(view.tokens[k].norm)
        if not lists["speaker_proxies"].isdisjoint(st):
            return False       # قال مصدر مقرب من الوزير فلان لقناة ...: the source speaks, not the minister
        if not lists["reporting_verbs"].isdisjoint(st):
            return True
    return False


def statement_of(view: SentenceView, lists) -> Source | None:
    """وجاء في بيان للجيش أن ... / وفقاً لبيان صادر عنها: the organisation whose statement it is
    (a pronoun after صادر عن stands for the sentence's first actor)."""
    if view.stem_set().isdisjoint(lists["statement_nouns"]):
        return None
    tokens = view.tokens
    actors = [m for m in view.mentions if m.type in SPEAKER_TYPES and m.type != TYPES.person]
    for k, tok in enumerate(tokens[:-1]):
        if lists["statement_nouns"].isdisjoint(stems(tok.norm)) or tok.norm.startswith("ال"):
            continue
        nxt = view.mention_at(k + 1)
        if nxt is not None and nxt in actors and _prefix(view, nxt).endswith("ل"):
            return nxt.entity_id, "organisation"
        if nxt is None and tokens[k + 1].norm.startswith("ل") and (person := titled_person(view, k + 1)):
            return person.entity_id, "speaker"      # جاء ذلك في تصريح لوزير الإعلام السوداني فلان
        if tokens[k + 1].norm in ("صادر", "صادره") and k + 2 < len(tokens):
            by = view.mention_at(k + 3) if tokens[k + 2].norm == "عن" else None
            if by is not None and by in actors:
                return by.entity_id, "organisation"
            if tokens[k + 2].norm in ("عنها", "عنه", "عنهم") and actors and actors[0].token_start < k:
                return actors[0].entity_id, "organisation"
    return None


def titled_person(view: SentenceView, k: int) -> Mention | None:
    """لوزير الإعلام السوداني فلان: the person named within four words after the title at k, with
    nothing between but words and a country's adjective (no other actor, no break)."""
    for j in range(k + 1, min(len(view.tokens), k + 5)):
        if view.is_break(j):
            return None
        m = view.mention_at(j)
        if m is not None and m.type == TYPES.person:
            return m
        if m is not None and m.type != TYPES.country:
            return None
    return None


def comment_on_a_noun(view: SentenceView, verb: int) -> bool:
    """قصفت الطائرات مقر الأركان، في خطوة قال الوزير إنها تهدف إلى ...: a reporting verb at token
    ``verb`` after في and an indefinite noun, in the middle of the sentence: a relative clause that
    comments on the event (its complement's pronoun is the noun), not the sentence's source."""
    tokens = view.tokens
    if verb < 3 or tokens[verb - 2].norm != "في" or view.covering(verb - 1) is not None:
        return False
    noun = tokens[verb - 1].norm
    return is_word(noun) and not noun.startswith("ال") and not noun.endswith(("ها", "هم", "هما"))


def speaker_before_complementiser(view: SentenceView, lexicon: Lexicon) -> Source | None:
    """قالت مصادر في الجيش السوداني إن ... / أكد جهاز المخابرات أن ...: the actor named between a
    sentence-opening reporting verb and its complementiser speaks (a named person before an organisation)."""
    reporting = lexicon.lists["reporting_verbs"]
    if view.stem_set().isdisjoint(reporting):
        return None
    tokens = view.tokens
    start = dateline_end(view, lexicon)
    opening = [k for k in range(start, min(len(tokens), start + 3)) if not reporting.isdisjoint(stems(tokens[k].norm))]
    if not opening:
        opening = after_an_opening_phrase(view, reporting)
        if not opening:
            return None
    v = opening[0]
    end = next((k for k in range(v + 1, min(len(tokens), v + 20))
                if tokens[k].norm in COMPLEMENTISERS or (tokens[k].norm in SPEECH_OPENERS and not quoted_name(view, k)
                                                          and not in_a_spokesmans_title(view, v, k, lexicon.lists))), None)
    if end is None or announced_before_the_speech(view, v, end, lexicon):
        return None            # أعلن المتحدث اغتيال X: what is announced comes first, not a speaker
    between = [m for m in view.mentions if v < m.token_start < end and m.type in SPEAKER_TYPES
               and not (m.type == TYPES.outlet and received_the_statement(view, m, lexicon.lists))]
    people = [m for m in between if m.type == TYPES.person and not _prefix(view, m).endswith(("ل", "ب"))
              and tokens[m.token_start - 1].norm not in lexicon.lists["led_by"]]
    between = [m for m in between if m.type != TYPES.person or m in people]
    # (ذكرت القوات التابعة لفلان، الشهير بفلان، أنها ... / قالت الحركة بقيادة فلان إن ...: a person
    # after لـ or بـ, or after a word of leading, describes the speaker)
    proxy = proxy_of(view, v, people[0], lexicon.lists) if people else None
    if proxy is not None:      # قال مصدر مقرب من الرئيس فلان: no named speaker (مكتب الرئيس: the office)
        between = [m for m in between if m.token_start <= proxy and m.type not in (TYPES.person, TYPES.country)]
        people = []
    speaker = (people or between or [None])[0]
    if speaker is None:
        return None
    return speaker_source(speaker)


def announced_before_the_speech(view: SentenceView, verb: int, end: int, lexicon: Lexicon) -> bool:
    """أعلن المتحدث اغتيال فلان أن ...: a word that states an event between the verb of saying at
    ``verb`` and the complementiser at ``end`` is what is announced, so no speaker stands there. Not
    a word in the medium of the words (قال الجيش في بيان نشره على صفحته إن: after في and a statement
    noun), nor one in a spokesman's title (in_a_spokesmans_title)."""
    tokens, lists = view.tokens, lexicon.lists
    medium = next((j for j in range(verb + 2, end) if tokens[j - 1].norm == "في"
                   and not lists["statement_nouns"].isdisjoint(stems(tokens[j].norm))), end)
    for k in range(verb + 1, medium):
        if not lexicon.trigger_readings[tokens[k].norm]:
            continue
        if not in_a_spokesmans_title(view, verb, k, lists):
            return True
    return False


def in_a_spokesmans_title(view: SentenceView, verb: int, k: int, lists) -> bool:
    """قال المتحدث باسم عملية "هادين كاي" العقيد فلان إن ...: token k stands in the title of a
    spokesman (a source noun, المتحدث، الناطق، right after the verb of saying at ``verb``, then
    باسم; no break and no name between باسم and k) before the person the title names: a word of
    an event there (عملية) names what he speaks for, it states nothing, and a quote there opens a
    name, not his words. (وأعلن المتحدث باسم الجيش، اغتيال فلان / المتحدث باسم الجيش اغتيال فلان:
    past a comma or the body's name, the verbal noun is what he announces.)"""
    words = [j for j in range(verb + 1, k) if is_word(view.tokens[j].norm)]
    if len(words) < 2 or any(view.is_break(j) for j in range(verb + 1, k)) \
            or lists["source_nouns"].isdisjoint(stems(view.tokens[words[0]].norm)) \
            or lists["on_behalf_words"].isdisjoint(stems(view.tokens[words[1]].norm)) \
            or any(view.covering(j) is not None for j in range(words[1] + 1, k)):
        return False           # (المتحدث باسم الجيش اغتيال فلان: past the body's name, what he announces)
    return any(m.type == TYPES.person and k < m.token_start <= k + SPOKESMAN_REACH for m in view.mentions)


def after_an_opening_phrase(view: SentenceView, reporting) -> list[int]:
    """وقبل ذلك، قال ناطق باسم الجيش إن ... / وفي وقت سابق، أكد المرصد أن ... / وعلى محور دونيتسك،
    ذكرت الوزارة أن ...: a reporting verb right after a short opening phrase that a comma closes (at
    most four words, naming no actor; a place may set the scene): [its index]. The phrase may name
    the outlet the speaker talks to, its name counting as one word (وفي تصريح لوكالة الأنباء
    الفرنسية، قال الوزير فلان إن ...: the minister speaks, to the agency)."""
    tokens = view.tokens
    comma = next((k for k in range(1, min(OPENING_PHRASE_REACH, len(tokens))) if tokens[k].norm in ("،", ",")), None)
    if comma is None or comma + 1 >= len(tokens) \
            or any((m := view.covering(k)) is not None and m.type not in PLACE_TYPES | {TYPES.outlet}
                   for k in range(comma)):
        return []
    named = {view.covering(k) for k in range(comma)} - {None}
    if comma - sum(m.token_end - m.token_start - 1 for m in named) > 4:
        return []              # (more than four words, a name counting as one)
    v = comma + 1
    if "قد" in stems(tokens[v].norm) and v + 1 < len(tokens):
        v += 1                 # أما في دارفور، فقد أعلنت القوة المشتركة أن ...
    return [v] if not reporting.isdisjoint(stems(tokens[v].norm)) else []


OPENING_PHRASE_REACH = 9       # tokens to the comma that closes an opening phrase (names are longer than words)


def quoted_name(view: SentenceView, k: int) -> bool:
    """المتحدثة باسم اليونيفيل “أندريا تيننتي” إن ... / وذكرت «الدعم السريع» في بيان أنها ...: the
    quote at k opens the name of a speaker (a person or a body) that a closing quote ends, not
    the speech."""
    m = view.mention_at(k + 1)
    return m is not None and m.type in SPEAKER_TYPES and m.token_end < len(view.tokens) \
        and view.tokens[m.token_end].norm in QUOTES


def hedge_positions(view: SentenceView, lexicon: Lexicon) -> list[int]:
    """على ما يبدو، يعتقد، أنباء عن ...: token positions of hedging cues; a claim is hedged when
    one stands just before or right after its trigger."""
    by_first = lexicon.hedges_by_first
    if view.stem_set().isdisjoint(by_first):
        return []
    norms = view.sentence.norms
    out = []
    for i in [i for i, ok in enumerate(map(lexicon.hedge_starts.__getitem__, norms)) if ok]:
        if i > 0 and "وكاله" in stems(norms[i - 1]):
            continue           # وكالة أنباء رويترز: a news agency, not "reports of"
        for st in stems(norms[i]):
            for h in by_first.get(st, ()):
                if tuple(norms[i + 1:i + len(h)]) == h[1:] and not named_reports(view, i + len(h)):
                    out.append(i)
    return sorted(set(out))


def named_reports(view: SentenceView, k: int) -> bool:
    """وذكرت تقارير وكالة رويترز أن ...: the reports a hedge phrase speaks of are an outlet's, named
    right after it (at token k): credited, not unconfirmed."""
    m = view.mention_at(k)
    return m is not None and m.type == TYPES.outlet


UNVERIFIED_REACH = 3      # words from a word of inability to its verifying noun: لم يتسن لنا التحقق


def unverified_at(view: SentenceView, lists) -> int | None:
    """لم يتسن التحقق / دون أن يتسنى التأكد / تعذر التثبت: the position of a verifying noun with a
    word of inability at most three words before it (a disclaimer), else None."""
    nouns, negators = lists["unverified_nouns"], lists["unverified_negators"]
    if view.stem_set().isdisjoint(nouns):
        return None
    norms = view.sentence.norms
    for k, norm in enumerate(norms):
        if not nouns.isdisjoint(stems(norm)) and any(
                not negators.isdisjoint(stems(norms[j])) for j in _words_before(view, k, UNVERIFIED_REACH)):
            return k
    return None


def _words_before(view: SentenceView, k: int, n: int) -> list[int]:
    """Up to n positions before k, within the clause, not counting the words of a name
    (لم يتسن لوكالة الصحافة الفرنسية التحقق: the agency's name is one step)."""
    out, j = [], k - 1
    while j >= 0 and len(out) < n and not view.is_break(j):
        m = view.covering(j)
        if m is not None:
            j = m.token_start - 1
            continue
        out.append(j)
        j -= 1
    return out


def disclaimed_sentences(views: Sequence[SentenceView], lexicon: Lexicon) -> set[int]:
    """Indices of the sentences a disclaimer hedges: its own, when a word that can state an event
    stands before it (سيطرت القوات على البلدة، دون أن يتسنى التأكد من ذلك), else, when it opens
    its sentence (no clause break before it), the sentence before (سيطرت القوات على البلدة. ولم
    يتسن التحقق من هذه الأنباء)."""
    out = set()
    for view in views:
        d = unverified_at(view, lexicon.lists)
        if d is None or disclaims_something_else(view, d, lexicon):
            continue
        i = view.sentence.index
        if any(lexicon.trigger_readings[t.norm] for t in view.tokens[:d]):
            out.add(i)
        elif i > 0 and not any(view.is_break(k) for k in range(d)):
            out.add(i - 1)     # (…، ولم يتسن التأكد: a clause of its own sentence, not the one before)
    return out


def disclaims_something_else(view: SentenceView, d: int, lexicon: Lexicon) -> bool:
    """قصفت القوات البلدة، ولم يتسن التحقق من حصيلة الضحايا / وسط أنباء عن مقتل ثلاثة، لم يتسن
    التأكد منها: the verifying noun at d doubts a toll (من + toll_nouns) or the reports a hedge
    word already doubts (a pronoun, منها، after أنباء عن), not the events the sentence states."""
    tokens, lists = view.tokens, lexicon.lists
    nxt = [t.norm for t in tokens[d + 1:d + 4] if is_word(t.norm)]
    if len(nxt) >= 2 and nxt[0] == "من" and not lists["toll_nouns"].isdisjoint(stems(nxt[1])):
        return True
    return bool(nxt) and nxt[0] in ("منها", "منه") and any(h < d for h in hedge_positions(view, lexicon))


def hedged_by_disclaimers(claims: list, views: Sequence[SentenceView], lexicon: Lexicon) -> list:
    """The claims of the sentences a disclaimer hedges (disclaimed_sentences) marked hedged, as a
    hedge word beside their trigger marks them (standing facts are never hedged)."""
    disclaimed = disclaimed_sentences(views, lexicon)
    if not disclaimed:
        return claims
    starts = {v.sentence.start for v in views if v.sentence.index in disclaimed}
    out = []
    for c in claims:
        p = c.provenance
        if p.start in starts and not p.hedged and c.predicate not in BACKGROUND_RELATIONS:
            c = dataclasses.replace(c, provenance=dataclasses.replace(p, hedged=True, confidence=round(p.confidence * HEDGED_WEIGHT, 3)))
        out.append(c)
    return out
