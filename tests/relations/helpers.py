"""Hand-built input for the relations stage's unit tests: a sentence with mentions, a small
registry and a small lexicon, so that a rule runs without loading ontology/ or the registry."""
from __future__ import annotations

from collections import defaultdict

from kg.arabic import normalise, tokenise
from kg.ingest import make_article
from kg.language.cues import Cues
from kg.language.lexicon import Lexicon, Trigger
from kg.registry import Registry
from kg.relations.context import ArticleState, SentenceContext, TriggerContext
from kg.relations.view import SentenceView
from kg.types import EntityRecord, Mention, Sentence

CAPTURED = Trigger(relation="CAPTURED", kind="verb", prep=("علي",), optional_prep=(), then=(), obj="place",
                   confidence=0.9, suffixed=False)


def small_lexicon(**lists: set[str]) -> Lexicon:
    """A lexicon whose only trigger is سيطر (CAPTURED, على a place: سيطرت، يسيطر، ستسيطر ...) and
    whose word lists are the ones given (every other list empty)."""
    forms = {form: (CAPTURED,) for form in ("سيطر", "سيطرت", "يسيطر", "تسيطر", "سيسيطر", "ستسيطر")}
    return Lexicon(forms, defaultdict(frozenset, {k: frozenset(v) for k, v in lists.items()}), ())


def small_cues(directions: set[str] = frozenset(), titles: set[str] = frozenset()) -> Cues:
    """Cue words of the entities stage that relation rules read: these directions and person
    titles (normalised, one word each), nothing else."""
    return Cues(place={}, org={}, titles=frozenset((normalise(t),) for t in titles), anaphors={},
                name_prefixes=frozenset(), stop=frozenset(), directions=frozenset(normalise(d) for d in directions))


def small_registry() -> Registry:
    """Two countries with their nationality adjectives, and nothing else."""
    reg = Registry()
    for eid, iso, name, adjectives in (("ukraine", "UA", "أوكرانيا", ("اوكرانيه", "الاوكرانيه")),
                                       ("israel", "IL", "إسرائيل", ("اسرائيليه", "الاسرائيليه"))):
        reg.add(EntityRecord(eid, "Country", name, country=iso), "country", [name])
        reg.country_entity[iso] = eid
        for adjective in adjectives:
            reg.nationality[adjective] = iso
    return reg


def sentence_context(text: str, spans, lexicon: Lexicon, registry: Registry | None = None,
                     state: ArticleState | None = None, index: int = 0, cues: Cues | None = None) -> SentenceContext:
    """The context of one sentence with mentions (surface, entity id, type[, source]): each
    surface is found by its words, the first occurrence from the left (a word may carry a
    proclitic: وإدلب is found for إدلب, للحرس for الحرس)."""
    article = make_article("t", text, "-")
    tokens = tokenise(article.text)
    sentence = Sentence(index, 0, len(article.text), article.text, tokens)
    norms = [t.norm for t in tokens]
    mentions = []
    for surface, eid, typ, *source in spans:
        words = [normalise(w) for w in surface.split()]
        i = next(i for i in range(len(norms) - len(words) + 1)
                 if all(x.endswith(w) for w, x in zip(words[1:], norms[i + 1:i + len(words)]))
                 and (norms[i].endswith(words[0]) or norms[i] == "ل" + words[0][1:]))
        j = i + len(words)
        if not norms[i].endswith(words[0]):          # للحرس الثوري: the name as written, with لل
            surface = " ".join([tokens[i].text] + surface.split()[1:])
        mentions.append(Mention("t", index, tokens[i].start, tokens[j - 1].end, surface, eid, typ,
                                source[0] if source else "registry", i, j))
    mentions.sort(key=lambda m: m.token_start)
    extra = {"cues": cues} if cues is not None else {}     # (by default the shipped cue words)
    return SentenceContext(SentenceView(sentence, mentions), lexicon, registry or small_registry(), article,
                           state or ArticleState(), **extra)


def trigger_at(sc: SentenceContext, word: str, trigger: Trigger = CAPTURED) -> TriggerContext:
    """The context of the trigger word ``word`` of the sentence."""
    norms = [t.norm for t in sc.view.tokens]
    t = norms.index(normalise(word))
    return TriggerContext(sc, t, trigger, sc.view.tokens[t].text)


# --- end to end: an extraction's claims, as the tests on our own sentences read them

def claim_triples(x) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of every claim of an ArticleExtraction."""
    return {(c.subject, c.predicate, c.object) for c in x.claims}


def named_claims(extract_text, text: str) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) of every claim kg extracts from ``text``."""
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def mention_entity(x, word: str) -> str:
    """The entity of the first mention whose text contains ``word``."""
    found = [m.entity_id for m in x.mentions if word in m.text]
    assert found, f"no mention of {word} in {[m.text for m in x.mentions]}"
    return found[0]


def has_claim(x, s: str, p: str, o: str) -> bool:
    """s p o among the claims; s and o are words of mentions, or entity ids (ASCII); either way
    round for a symmetric relation."""
    s, o = (w if w.isascii() else mention_entity(x, w) for w in (s, o))
    found = claim_triples(x)
    return (s, p, o) in found or (o, p, s) in found and p in ("MET_WITH", "CLASHED_WITH", "ALLIED_WITH")
