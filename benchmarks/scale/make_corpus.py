"""Generate a corpus of synthetic Arabic news articles with known gold relations (JSONL).

Each article is ~400 words composed from the template sentences below (written for this
benchmark, not taken from any outlet), with actors drawn from the curated registry
(ontology/actors.jsonl) and cities from GeoNames through kg.registry.load_registry(). A
template that states a relation records it, so every line carries its gold triples:

    {"id": "gen-0000001", "title": ..., "published": "2025-03-14", "source": "رويترز",
     "url": ..., "text": ..., "gold": [{"subject": "hayat_tahrir_al_sham",
     "relation": "CAPTURED", "object": "hama"}]}

Article i depends only on (seed, i), so `--first 100000 --articles 100` gives 100 articles
that are new to a corpus of 100,000. Run from the repo root:

    .venv/bin/python benchmarks/scale/make_corpus.py --articles 10000 -o /tmp/corpus10k.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

COUNTRIES = ("SY", "LB", "YE", "SD", "IQ")
FIGHTER_TYPES = ("ArmedGroup", "StateForce")
DAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")

# Sentences that state a relation: (template, gold triples as (subject slot, relation, object slot)).
# Slots: A, B fighters (armed groups or state forces); C, D cities; P, Q people; G a government;
# O an outlet; N a number; DAY a weekday.
RELATION_SENTENCES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("⟨سيطرت|سيطر⟩ {A} على مدينة {C} بعد معارك عنيفة استمرت عدة ساعات، بحسب ما أفادت به مصادر ميدانية في المنطقة.",
     (("A", "CAPTURED", "C"),)),
    ("⟨واشتبكت|واشتبك⟩ {A} مع {B} في محيط مدينة {C} منذ ساعات الصباح الأولى، ما أدى إلى سقوط قتلى وجرحى من الطرفين.",
     (("A", "CLASHED_WITH", "B"),)),
    ("⟨وقصفت|وقصف⟩ {A} مدينة {C} بالمدفعية الثقيلة خلال ليلة {DAY}، وفق ما ذكره سكان محليون للصحفيين.",
     (("A", "ATTACKED", "C"),)),
    ("⟨وانسحبت|وانسحب⟩ {A} من مدينة {C} باتجاه الجنوب، بعد أن ⟨خسرت|خسر⟩ عددا من ⟨عناصرها|عناصره⟩ في المواجهات الأخيرة.",
     (("A", "WITHDREW_FROM", "C"),)),
    ("⟨وتقدمت|وتقدم⟩ {A} نحو مدينة {C} من محورين، في محاولة لقطع طرق الإمداد عن ⟨خصومها|خصومه⟩ في الريف المجاور.",
     (("A", "ADVANCED_TOWARD", "C"),)),
    ("⟨ودخلت|ودخل⟩ {A} مدينة {C} صباح يوم {DAY} دون مقاومة تذكر، بحسب شهود عيان تحدثوا إلى وسائل إعلام محلية.",
     (("A", "ENTERED", "C"),)),
    ("⟨وحاصرت|وحاصر⟩ {A} مدينة {C} من ثلاث جهات، ⟨ومنعت|ومنع⟩ دخول المواد الغذائية والأدوية إلى السكان.",
     (("A", "BESIEGED", "C"),)),
    ("والتقى {P} {Q} في العاصمة لبحث التطورات الميدانية الأخيرة وسبل التوصل إلى وقف لإطلاق النار.",
     (("P", "MET_WITH", "Q"),)),
    ("⟨ودعمت|ودعم⟩ {G} {A} بالسلاح والذخيرة خلال الأشهر الماضية، وفق تقارير صحفية متطابقة.",
     (("G", "SUPPORTS", "A"),)),
    ("⟨وتحالفت|وتحالف⟩ {A} مع {B} لمواجهة الهجوم المتوقع على مدينة {C} خلال الأيام المقبلة.",
     (("A", "ALLIED_WITH", "B"),)),
    ("وقالت {O} إن {A} ⟨استعادت|استعاد⟩ مدينة {C} بعد أسبوع من المعارك المتواصلة.",
     (("A", "CAPTURED", "C"),)),
    ("⟨وشنت|وشن⟩ {A} غارات جوية على مدينة {C} أسفرت عن مقتل {N} مدنيين على الأقل، بينهم أطفال.",
     (("A", "ATTACKED", "C"),)),
    ("وأكد {P} في تصريح صحفي أن {A} ⟨انسحبت|انسحب⟩ من مدينة {D} لإعادة تنظيم ⟨صفوفها|صفوفه⟩.",
     (("A", "WITHDREW_FROM", "D"),)),
)

# Sentences that name entities or none but state no relation.
CONTEXT_SENTENCES: tuple[str, ...] = (
    "وأفادت {O} بأن الأوضاع الإنسانية في مدينة {C} تزداد سوءا مع نقص حاد في الوقود والمياه الصالحة للشرب.",
    "وقال مسؤول محلي طلب عدم الكشف عن اسمه إن آلاف العائلات نزحت خلال الأيام الماضية إلى مناطق أكثر أمنا.",
    "وارتفعت أسعار المواد الأساسية في الأسواق بنسبة كبيرة، فيما تعاني المستشفيات من نقص في الكوادر والمعدات.",
    "ودعت منظمات إغاثة دولية إلى فتح ممرات آمنة لإيصال المساعدات إلى المدنيين العالقين في مناطق القتال.",
    "ولم يصدر أي تعليق رسمي حتى الآن على هذه التطورات، في حين تتواصل الاتصالات الدبلوماسية لاحتواء التصعيد.",
    "وأشار {P} في كلمة متلفزة إلى أن المرحلة المقبلة تتطلب تعاونا أوسع بين جميع الأطراف المعنية بالأزمة.",
    "وتشهد المنطقة منذ أشهر توترا متصاعدا، وسط مخاوف من اتساع رقعة المواجهات لتشمل مناطق جديدة في البلاد.",
    "وذكر ناشطون على مواقع التواصل الاجتماعي أن السير توقف على الطريق الرئيسي بين مدينة {C} ومدينة {D}.",
    "وبحسب إحصاءات غير رسمية، فقد تجاوز عدد النازحين {N} ألف شخص منذ بداية العام، معظمهم من النساء والأطفال.",
    "ونشرت {O} صورا تظهر دمارا واسعا في الأبنية السكنية والبنية التحتية في عدد من الأحياء.",
    "ويرى محللون أن ميزان القوى على الأرض قد يتغير خلال الأسابيع المقبلة إذا استمرت العمليات بهذه الوتيرة.",
    "⟨وأعلنت|وأعلن⟩ {G} في بيان رسمي تشكيل لجنة خاصة لمتابعة أوضاع المتضررين وتقديم التعويضات اللازمة لهم.",
    "وأضاف المصدر أن فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض، وسط صعوبات كبيرة في الوصول إلى بعض المواقع.",
    "ويعيش سكان مدينة {C} ظروفا صعبة في ظل انقطاع التيار الكهربائي لساعات طويلة يوميا وغياب الخدمات الأساسية.",
    "وتعهد المانحون خلال مؤتمر عقد الأسبوع الماضي بتقديم مساعدات بقيمة {N} مليون دولار لجهود الإغاثة.",
    "وأغلقت المدارس أبوابها في عدد من المناطق، بينما فضل كثير من الأهالي البقاء في منازلهم خشية تجدد الاشتباكات.",
)

TITLES = (
    "{A} تسيطر على مدينة {C} بعد معارك عنيفة",
    "تصعيد جديد في محيط مدينة {C}",
    "مخاوف من موجة نزوح جديدة من مدينة {C}",
    "معارك بين {A} و{B} قرب مدينة {C}",
)


@dataclass(frozen=True)
class Name:
    id: str
    name: str
    country: str | None
    kind: str                      # entity type: ArmedGroup, City, Person, ...


@dataclass(frozen=True)
class Pools:
    """Entity names by slot kind, per country where the registry says which country."""
    fighters: tuple[Name, ...]
    cities: tuple[Name, ...]
    people: tuple[Name, ...]
    governments: tuple[Name, ...]
    outlets: tuple[Name, ...]


_PLACE_WORDS = {"مدينة", "ناحية", "قضاء", "مخيم", "مديرية", "بلدة", "قرية"}   # "مدينة" precedes every city
_CLEAN_WORD = re.compile(r"[\u0621-\u064A]{2,}")


def _clean_city_name(names, registry, entity_id: str, key) -> str | None:
    """A plain Arabic name of the city that the registry resolves to that city first (GeoNames
    alternate names include misspellings such as doubled alefs or split words)."""
    for n in sorted(names, key=len, reverse=True):   # the fuller spelling: الخرطوم over خارطوم
        words = n.split()
        if not words or len(words) > 2 or not all(_CLEAN_WORD.fullmatch(w) for w in words) \
                or words[0] in _PLACE_WORDS:
            continue
        if any("ة" in w[:-1] or "ى" in w[:-1] or re.search(r"(.)\1\1", w) for w in words):
            continue
        found = registry.lookup(key(n))
        if found and found[0].entity_id == entity_id:
            return n
    return None


def load_pools() -> Pools:
    from kg.arabic import phrase_key
    from kg.registry import load_registry

    reg = load_registry()
    actors = [json.loads(line) for line in _actors_path().read_text(encoding="utf-8").splitlines() if line.strip()]

    def names(*types):
        return tuple(Name(a["id"], a["name"], a.get("country"), a["type"]) for a in actors if a["type"] in types)

    cities = []
    for e in reg.entities.values():
        if e.type == "City" and e.country in COUNTRIES:
            name = _clean_city_name((e.name, *e.aliases), reg, e.id, phrase_key)
            if name:
                cities.append(Name(e.id, name, e.country, "City"))
    cities.sort(key=lambda n: n.id)
    return Pools(fighters=names(*FIGHTER_TYPES), cities=tuple(cities), people=names("Person"),
                 governments=names("Government"), outlets=names("MediaOutlet"))


def _actors_path() -> Path:
    from ontology import path
    return path("actors.jsonl")


def _of_country(pool: tuple[Name, ...], country: str, at_least: int) -> tuple[Name, ...]:
    local = tuple(n for n in pool if n.country == country)
    return local if len(local) >= at_least else pool


def _fill_slots(rng: random.Random, pools: Pools, country: str) -> dict[str, Name | str]:
    fighters = _of_country(pools.fighters, country, 2)
    cities = _of_country(pools.cities, country, 2)
    people = _of_country(pools.people, country, 2)
    a, b = rng.sample(fighters, 2)
    c, d = rng.sample(cities, 2)
    p, q = rng.sample(people, 2)
    return {"A": a, "B": b, "C": c, "D": d, "P": p, "Q": q,
            "G": rng.choice(_of_country(pools.governments, country, 1)), "O": rng.choice(pools.outlets),
            "N": str(rng.randint(3, 90)), "DAY": rng.choice(DAYS)}


_FEMININE_PLURALS = {"قوات", "قوى", "فصائل", "كتائب", "ألوية", "سرايا", "ميليشيات", "مليشيات", "وحدات"}
_AGREEMENT = re.compile("⟨([^|⟩]*)\\|([^⟩]*)⟩")
_SLOT = re.compile(r"\{([A-Z]+)\}")


def is_feminine(name: str) -> bool:
    """Grammatical gender of a named group for verb agreement: its head word ends in ta marbuta
    (الحكومة، هيئة) or is a broken plural (قوات، فصائل)."""
    head = name.split()[0]
    bare = head[2:] if head.startswith("ال") else head
    return head.endswith("ة") or bare in _FEMININE_PLURALS


def _render(template: str, slots: dict, agree_with: str | None = None) -> str:
    """Fill the slots; ⟨feminine|masculine⟩ picks the form that agrees with slot ``agree_with``
    (by default the first slot of the template)."""
    agree_with = agree_with or next(iter(_SLOT.findall(template)), None)
    subject = slots.get(agree_with)
    feminine = isinstance(subject, Name) and subject.kind != "Person" and is_feminine(subject.name)
    template = _AGREEMENT.sub(lambda m: m.group(1) if feminine else m.group(2), template)
    return template.format(**{k: (v.name if isinstance(v, Name) else v) for k, v in slots.items()})


def make_article(index: int, pools: Pools, seed: int = 1, words: int = 400) -> dict:
    """Article number ``index``: a dateline, then paragraphs of relation and context sentences,
    each sentence drawn with fresh actors and cities of the article's country."""
    rng = random.Random(f"{seed}:{index}")
    country = rng.choice(COUNTRIES)
    first = _fill_slots(rng, pools, country)
    sentences, gold, count = [], [], 0
    while count < words:
        slots = first if not sentences else _fill_slots(rng, pools, country)
        triples = ()
        if not sentences or rng.random() < 0.4:
            template, triples = rng.choice(RELATION_SENTENCES)
            gold.extend({"subject": slots[s].id, "relation": r, "object": slots[o].id} for s, r, o in triples)
        else:
            template = rng.choice(CONTEXT_SENTENCES)
        sentence = _render(template, slots, triples[0][0] if triples else None)
        sentences.append(sentence)
        count += len(sentence.split())
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730))
    outlet = first["O"]
    text = first["C"].name + " - " + _paragraphs(sentences, rng)
    return {"id": f"gen-{index:07d}", "title": _render(rng.choice(TITLES), first), "published": day.isoformat(),
            "source": outlet.name, "url": f"https://news.example/{day:%Y/%m/%d}/{index}", "text": text,
            "gold": gold}


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(sentences):
        n = rng.randint(2, 3)
        out.append(" ".join(sentences[i:i + n]))
        i += n
    return "\n\n".join(out)


def write_corpus(path: str | Path, articles: int, *, first: int = 0, seed: int = 1, words: int = 400) -> int:
    """Write ``articles`` articles (numbers first .. first+articles-1) as JSONL; returns the word count."""
    pools = load_pools()
    total = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(first, first + articles):
            rec = make_article(i, pools, seed=seed, words=words)
            total += len(rec["text"].split())
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    ap.add_argument("--first", type=int, default=0, help="number of the first article (ids gen-NNNNNNN)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=400, help="words per article, at least (default 400)")
    ap.add_argument("-o", "--output", required=True, help="JSONL file to write")
    args = ap.parse_args(argv)
    total = write_corpus(args.output, args.articles, first=args.first, seed=args.seed, words=args.words)
    print(f"wrote {args.articles} articles, {total} words ({total / max(args.articles, 1):.0f} per article) "
          f"to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
