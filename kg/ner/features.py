"""CRF features for a token sequence.

Speed comes from caching: every feature that depends on one word form only (normalised form,
clitic-stripped stem, affixes, shape, cue class) is computed once per distinct form; a position's
features are its word's list plus its neighbours' (already prefixed) lists and a few pair features.
"""
from __future__ import annotations

import functools
from importlib import resources

from kg.ner.gazetteer import Gazetteer
from kg.ner.text import normalise, split_proclitics

FEATURE_VERSION = 4

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


def _cue_class(norm: str, stem: str) -> str | None:
    for form in (norm, "ال" + stem, stem):
        hit = _CUE.get(_fold_teh(form))
        if hit:
            return hit
    return None


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
    norms = [info[2] for info in infos]
    gaz_tags = {name: g.tag(norms) for name, g in (gazetteers or {}).items()}
    oov = [vocabulary is not None and norm not in vocabulary and infos[i][0][3] == "sh=arabic"
           for i, norm in enumerate(norms)]
    n = len(tokens)
    out = []
    for i, (own, _, norm, stem) in enumerate(infos):
        feats = ["bias", *(own[1:] if oov[i] else own)]
        if oov[i]:
            feats.append("oov")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.extend(infos[j][1][off])
                if oov[j] and abs(off) == 1:
                    feats.append(f"oov{off:+d}")
            elif abs(off) == 1:
                feats.append("BOS" if off < 0 else "EOS")
        if i > 0:
            feats.append(f"s-1|s={infos[i - 1][3]}|{stem}")
        if i + 1 < n:
            feats.append(f"s|s+1={stem}|{infos[i + 1][3]}")
        for name, gaz in gaz_tags.items():
            if gaz[i]:
                feats.append(f"{name}={gaz[i]}")
                feats.append(f"{name}c={gaz[i][2:]}")
            for off in (-1, 1):
                j = i + off
                if 0 <= j < n and gaz[j]:
                    feats.append(f"{name}{off:+d}={gaz[j]}")
        out.append(feats)
    return out


def training_vocabulary(sentences, min_count: int = 2) -> frozenset[str]:
    """Normalised words seen at least ``min_count`` times: the model's known words."""
    from collections import Counter
    counts = Counter(normalise(t) for s in sentences for t in s.tokens)
    return frozenset(w for w, c in counts.items() if c >= min_count)
