"""CRF features for a token sequence.

Speed comes from caching: every feature that depends on one word form only (normalised form,
clitic-stripped stem, affixes, shape, cue class) is computed once per distinct form; a position's
features are its word's list plus its neighbours' (already prefixed) lists and a few pair features.

Non-local features (``document_features``): a name is often introduced once with a cue ('الرئيس
X', 'مدينة Y') and then repeated bare. Each occurrence of a stem records the cues around it; every
other occurrence of the same stem within DOC_WINDOW sentences either side sees them as ``d...``
features, plus how often the stem occurs (``dn``). No first-pass tagging is needed, so this costs
one pass over the words; in the pipeline the document is the article, in a corpus file (whose
documents are not delimited) the window runs over neighbouring sentences.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Sequence

from kg.memo import disk_cached, files_stamp
from kg.ner.gazetteer import Gazetteer
from kg.ner.text import normalise, split_proclitics

FEATURE_VERSION = 5
DOC_WINDOW = 5             # sentences either side whose words lend their cues (chosen on NewsFANE hold-outs)

# Cue words (normalised spelling, without clitics): titles before people, kinds of place,
# kinds of organisation, and verbs of saying. Their class is a feature of the word and its neighbours.
_CUES = {
    "PTITLE": "رئيس رئيسه الرئيس وزير الوزير وزيره السيد السيده الشيخ شيخ الملك ملك الامير امير الاميره "
              "الدكتور دكتور العقيد عقيد اللواء العميد الجنرال جنرال النائب نائب المتحدث متحدث زعيم قائد "
              "السفير سفير المبعوث مبعوث الامين امين المستشار مستشار الرائد المقدم النقيب الفريق المشير "
              "الحاج الامام الاستاذ المدرب مدرب اللاعب لاعب الفنان الفنانه الكاتب الصحفي مراسل الاب البابا "
              "القاضي المحامي الرئيسه المرشح مرشح المفوض حاكم الحاكم المطران سمو جلاله فخامه",
    "PNAME": "بن ابن ابو ابي ام بنت ال عبد",
    "SAY": "قال قالت اكد اكدت اعلن اعلنت صرح صرحت اضاف اضافت اوضح اوضحت ذكر ذكرت افاد افادت اشار اشارت "
           "يقول تقول دعا دعت طالب طالبت التقي استقبل",
    "LKIND": "مدينه بلده قريه محافظه ولايه منطقه العاصمه عاصمه اقليم مخيم حي ضاحيه جزيره جبل نهر بحر "
             "مقاطعه ناحيه قضاء بلاد دوله الدوله المدينه البلده القريه المحافظه المنطقه الاقليم المخيم "
             "ميناء مطار شارع ساحه معبر",
    "LDIR": "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي اطراف قرب ضواحي داخل",
    "OKIND": "حزب حركه منظمه شركه جامعه وزاره مجلس جبهه جماعه لواء كتائب كتيبه فيلق وكاله صحيفه قناه "
             "اتحاد هيئه مؤسسه بنك نادي جيش قوات مصرف جمعيه لجنه محكمه برلمان تنظيم تحالف ائتلاف "
             "مركز معهد اذاعه تلفزيون مجموعه فرقه منتخب الحزب الحركه المنظمه الشركه الجامعه الوزاره "
             "المجلس الجبهه الجماعه الوكاله الصحيفه القناه الاتحاد الهيئه المؤسسه البنك النادي الجيش "
             "القوات اللجنه المحكمه البرلمان التنظيم التحالف المركز المعهد المجموعه المنتخب",
    "TIME": "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار "
            "نيسان ايار حزيران تموز اب ايلول تشرين السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه "
            "امس اليوم غدا عام العام سنه",
}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Our hand-written list of common given names (kg/ner/lexicons/given_names.txt), normalised."""
    text = resources.files("kg.ner").joinpath("lexicons", "given_names.txt").read_text(encoding="utf-8")
    return frozenset(normalise(line.strip()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def word_zipf() -> dict[str, str]:
    """Zipf frequency (log10 of occurrences per billion words, as text) of normalised Arabic words, from
    wordfreq (lexicons/arabic_word_frequency.tsv.gz, CC BY-SA 4.0; words below Zipf 2 are left out).
    Values stay strings until a word asks: parsing 180,000 floats up front would slow the first load.
    The table is kept on disk between runs (kg.memo.disk_cached) while the list is unchanged."""
    path = Path(str(resources.files("kg.ner").joinpath("lexicons", "arabic_word_frequency.tsv.gz")))
    return disk_cached("ner-zipf", files_stamp(Path(__file__), path, extra=("ner-zipf",)),
                       functools.partial(_read_zipf, path))


def _read_zipf(path: Path) -> dict[str, str]:
    import gzip

    raw = path.read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


def _frequency_features(norm: str, prefix: str, stem: str) -> tuple[str, ...]:
    """What unlabelled text says about an Arabic word: how common it is (``zf`` for the word, ``zs``
    for its best clitic-free form, integer Zipf values 2..7, 0 when rarer than Zipf 2) and how often
    its stem takes the article (``alrA``/``alrB``, for words written with / without it): names
    (بوش، شيراك) almost never do, common nouns often do."""
    table = word_zipf()
    z_norm, z_stem, z_al_stem = table.get(norm), table.get(stem), table.get("ال" + stem)
    has_article = prefix.endswith(("ال", "لل"))
    zf = min(7, int(float(z_norm))) if z_norm else 0
    zs = max(zf, min(7, int(float(z_stem))) if z_stem else 0,
             min(7, int(float(z_al_stem))) if has_article and z_al_stem else 0)
    features = [f"zf={zf}", f"zs={zs}"]
    if len(stem) >= 2:
        if has_article:
            kind, bare, with_article = "A", (z_stem,), (z_al_stem,)
        else:
            kind, bare, with_article = "B", (z_stem, z_norm), (z_al_stem, table.get("ال" + norm))
        bare_f = sum(10 ** (float(z) - 9) for z in bare if z)
        with_f = sum(10 ** (float(z) - 9) for z in with_article if z)
        if bare_f + with_f == 0:
            features.append(f"alr{kind}=none")
        else:
            share = with_f / (bare_f + with_f)
            features.append(f"alr{kind}={sum(share >= cut for cut in _ARTICLE_SHARE_CUTS)}")
    return tuple(features)


_ARTICLE_SHARE_CUTS = (0.01, 0.05, 0.2, 0.5)


def _is_given_name(norm: str, stem: str) -> bool:
    names = given_names()
    return norm in names or stem in names or (norm[:1] in "وفبل" and norm[1:] in names)


def _cue_table() -> dict[str, str]:
    table = {}
    for cls, words in _CUES.items():
        for w in words.split():
            table.setdefault(w, cls)
    return table


_CUE = _cue_table()


def _fold_teh(s: str) -> str:
    """Teh marbuta -> ha for cue lookup only (spelling of ة varies in news text)."""
    return s.replace("ة", "ه")


@functools.lru_cache(maxsize=200_000)
def _cue_class(norm: str, stem: str) -> str | None:
    for form in (norm, "ال" + stem, stem):
        hit = _CUE.get(_fold_teh(form))
        if hit:
            return hit
    return None


def generic_word_class(word: str) -> str | None:
    """Cue class of a word that names a kind of thing rather than a thing (المدينة 'the city', الوزارة,
    الرئيس, العام), None for other words. A one-word name made of such a word alone is not a name."""
    norm = normalise(word)
    cue = _cue_class(norm, split_proclitics(norm)[1])
    return cue if cue in ("LKIND", "OKIND", "PTITLE", "TIME") else None


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if any("\u0621" <= c <= "\u064a" for c in word):
        return "arabic"
    if word.isalpha():
        return "Latin" if word[0].isupper() else "latin"
    if any(c.isdigit() for c in word):
        return "alnum"
    return "punct" if len(word) == 1 else "other"


@functools.lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], str, str]:
    """(own features, features seen from neighbours keyed by offset, normalised form, stem)."""
    norm = normalise(word)
    prefix, stem = split_proclitics(norm)
    shape = _shape(norm)
    cue = _cue_class(norm, stem)
    own = [f"w={norm}", f"s={stem}", f"p={prefix}", f"sh={shape}",
           f"s3={stem[-3:]}", f"s2={stem[-2:]}", f"s1={stem[-1:]}", f"b2={stem[:2]}", f"b3={stem[:3]}",
           f"n={min(len(stem), 8)}"]
    given = _is_given_name(norm, stem)
    if cue:
        own.append(f"cue={cue}")
    if given:
        own.append("given")
    if len(stem) > 4:
        own += [f"s4={stem[-4:]}", f"b4={stem[:4]}"]
    if norm.endswith(("ي", "ية", "يه", "يون", "يين")) and prefix.endswith(("ال", "لل")):
        own.append("nisba+al")
    if shape == "arabic":
        own += _frequency_features(norm, prefix, stem)
    context = {}
    for off in (-2, -1, 1, 2):
        feats = [f"w{off:+d}={norm}"]
        if abs(off) == 1:
            feats += [f"s{off:+d}={stem}", f"sh{off:+d}={shape}", f"p{off:+d}={prefix}"]
        if cue:
            feats.append(f"cue{off:+d}={cue}")
        if given:
            feats.append(f"given{off:+d}")
        context[off] = tuple(feats)
    return tuple(own), context, norm, stem


def sequence_features(tokens: list[str] | tuple[str, ...], gazetteers: dict[str, Gazetteer] | None = None,
                      vocabulary: frozenset[str] | None = None) -> list[list[str]]:
    """Feature strings for each position of a token sequence.

    ``vocabulary``: normalised words seen at least twice in training. A word outside it gets an
    ``oov`` feature instead of its word-identity feature, both in training (hapaxes) and at run
    time (unseen words), so the model learns how to treat names it has never seen.
    """
    infos = [word_features(t) for t in tokens]
    n = len(infos)
    stems = [info[3] for info in infos]
    if vocabulary is None:
        oov = [False] * n
    else:
        oov = [info[2] not in vocabulary and info[0][3] == "sh=arabic" for info in infos]
    out = []
    for i, (own, _, norm, stem) in enumerate(infos):
        feats = ["bias", *own[1:], "oov"] if oov[i] else ["bias", *own]
        if i >= 2:
            feats += infos[i - 2][1][-2]
        if i >= 1:
            feats += infos[i - 1][1][-1]
            if oov[i - 1]:
                feats.append("oov-1")
            feats.append(f"s-1|s={stems[i - 1]}|{stem}")
        else:
            feats.append("BOS")
        if i + 1 < n:
            feats += infos[i + 1][1][1]
            if oov[i + 1]:
                feats.append("oov+1")
            feats.append(f"s|s+1={stem}|{stems[i + 1]}")
        else:
            feats.append("EOS")
        if i + 2 < n:
            feats += infos[i + 2][1][2]
        out.append(feats)
    if gazetteers:
        norms = [info[2] for info in infos]
        for name, gazetteer in gazetteers.items():
            for i, tag in enumerate(gazetteer.tag(norms)):
                if tag:
                    out[i] += (f"{name}={tag}", f"{name}c={tag[2:]}")
                    if i > 0:
                        out[i - 1].append(f"{name}+1={tag}")
                    if i + 1 < n:
                        out[i + 1].append(f"{name}-1={tag}")
    return out


def training_vocabulary(sentences, min_count: int = 2) -> frozenset[str]:
    """Normalised words seen at least ``min_count`` times: the model's known words."""
    from collections import Counter
    counts = Counter(normalise(t) for s in sentences for t in s.tokens)
    return frozenset(w for w, c in counts.items() if c >= min_count)


_EVIDENCE_LEFT_CUES = frozenset({"PTITLE", "SAY", "LKIND", "OKIND", "PNAME", "LDIR"})
_EVIDENCE_RIGHT_CUES = frozenset({"SAY", "PNAME"})
_LOCATIVE_PREPOSITIONS = frozenset({"في", "الي", "من"})
#: Every flag _evidence_parts gives, sorted as nonlocal_features lists them (the fast scorer's bits).
EVIDENCE_FLAGS = tuple(sorted({"AL", "Lgiven", "Lprep", "Rgiven", *("L" + c for c in _EVIDENCE_LEFT_CUES),
                               *("R" + c for c in _EVIDENCE_RIGHT_CUES)}))


@functools.lru_cache(maxsize=200_000)
def _evidence_parts(word: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """What one word form contributes to non-local evidence: (stem key or None, its own flags,
    flags it lends to the word after it, flags it lends to the word before it)."""
    own, _, norm, stem = word_features(word)
    key = stem if own[3] == "sh=arabic" and len(stem) >= 3 else None
    own_flags = ("AL",) if key is not None and own[2].endswith(("ال", "لل")) else ()   # own[2]: 'p=PREFIX'
    cue = _cue_class(norm, stem)
    given = "given" in own
    to_next = (*(("L" + cue,) if cue in _EVIDENCE_LEFT_CUES else ()), *(("Lgiven",) if given else ()),
               *(("Lprep",) if norm in _LOCATIVE_PREPOSITIONS else ()))
    to_previous = (*(("R" + cue,) if cue in _EVIDENCE_RIGHT_CUES else ()), *(("Rgiven",) if given else ()))
    return key, own_flags, to_next, to_previous


def nonlocal_features(sentences: Sequence[Sequence[str]], window: int = DOC_WINDOW) -> list[list[tuple[str, ...]]]:
    """Per sentence, per token: the ``d...`` features its stem's other occurrences within ``window``
    sentences either side lend it (empty for most tokens).

    An occurrence counts the occurrences of its stem (itself included) in the sentences within the
    window, ``dn=1..4``, and takes the cue flags of the others it does not have itself, ``dFLAG``.
    Only stems seen twice in the document can get any, so only their occurrences are visited."""
    parts = [list(map(_evidence_parts, tokens)) for tokens in sentences]
    out: list[list[tuple[str, ...]]] = [[()] * len(tokens) for tokens in sentences]
    for occurrences in _repeated_occurrences(parts).values():
        _lend(occurrences, window, out)
    return out


def _lend(occurrences: list[tuple[int, int, tuple[str, ...]]], window: int, out) -> None:
    """Set ``out[sentence][position]`` to the features each occurrence of one stem (in text order)
    gets from the occurrences within ``window`` sentences of it."""
    at = [si for si, _, _ in occurrences]
    flagged = [flags for _, _, flags in occurrences if flags]
    if at[-1] - at[0] <= window:                      # all within one window (most stems): one tally
        n = min(len(at), 4)
        if not flagged:
            for si, i, _ in occurrences:
                out[si][i] = _COUNT_ONLY[n]
            return
        present = _flag_set(flagged)
        for si, i, own in occurrences:
            out[si][i] = _lent_without(n, present, own)
        return
    # the occurrences of one sentence share its window [lo, hi), which only moves right; its
    # flags are gathered once for them all (a window holds a few occurrences)
    lo = hi = start = 0
    while start < len(at):
        si = at[start]
        stop = bisect.bisect_right(at, si, start)          # this sentence's occurrences: [start, stop)
        lo, hi = bisect.bisect_left(at, si - window, lo), bisect.bisect_right(at, si + window, hi)
        if hi - lo >= 2:
            n = min(hi - lo, 4)
            row = out[si]
            if flagged:
                present = _flag_set([flags for _, _, flags in occurrences[lo:hi] if flags])
                for _, i, own in occurrences[start:stop]:
                    row[i] = _lent_without(n, present, own)
            else:
                for _, i, _ in occurrences[start:stop]:
                    row[i] = _COUNT_ONLY[n]
        start = stop


@functools.lru_cache(maxsize=4096)
def _lent_without(n: int, present: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
    """The features an occurrence with flags ``own`` gets from a window of ``n`` occurrences
    (at most 4 counted) whose flags are ``present``: the count, and the flags it lacks itself."""
    return _lent_features(n, tuple(f for f in present if f not in own) if own else present)


def _flag_set(flag_tuples) -> tuple[str, ...]:
    return tuple(sorted({f for flags in flag_tuples for f in flags}))


_KEY = operator.itemgetter(0)


def _repeated_occurrences(parts) -> dict[str, list[tuple[int, int, tuple[str, ...]]]]:
    """Stem key -> (sentence, position, cue flags of this occurrence) of every stem seen twice:
    its own flags plus those its neighbours lend it."""
    keys = [list(map(_KEY, sentence)) for sentence in parts]
    seen = Counter(itertools.chain.from_iterable(keys))
    repeated = {key for key, n in seen.items() if n >= 2 and key is not None}
    out: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
    for si, (sentence, sentence_keys) in enumerate(zip(parts, keys)):
        last = len(sentence) - 1
        for i in itertools.compress(range(len(sentence_keys)), map(repeated.__contains__, sentence_keys)):
            key, own_flags = sentence[i][0], sentence[i][1]
            flags = own_flags + (sentence[i - 1][2] if i > 0 else ()) + (sentence[i + 1][3] if i < last else ())
            out.setdefault(key, []).append((si, i, flags))
    return out


_COUNT_ONLY = {n: (f"dn={n}",) for n in (2, 3, 4)}


@functools.lru_cache(maxsize=4096)
def _lent_features(n: int, flags: tuple[str, ...]) -> tuple[str, ...]:
    return (f"dn={n}", *(f"d{flag}" for flag in flags))


def document_features(sentences: Sequence[Sequence[str]], gazetteers: dict[str, Gazetteer] | None = None,
                      vocabulary: frozenset[str] | None = None, window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """The CRF's input for a document: ``sequence_features`` of each sentence plus its ``nonlocal_features``."""
    out = []
    for tokens, extra in zip(sentences, nonlocal_features(sentences, window)):
        feats = sequence_features(tokens, gazetteers, vocabulary)
        for position_feats, more in zip(feats, extra):
            if more:
                position_feats.extend(more)
        out.append(feats)
    return out
