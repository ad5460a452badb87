"""Schema checks for the curated registry of actors and outlets (ontology/actors.jsonl).

Every check here can fail on a real mistake in the data: a bad key, a duplicated id, an alias
that two entries claim, a generic word used as an alias, a Wikidata id without evidence.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict

import pytest

import ontology

KEYS = {"id", "type", "name", "name_en", "aliases", "generic", "wikidata", "country"}
PLACE_TYPES = {"Country", "City", "Region", "Facility"}
QID = re.compile(r"^Q[1-9][0-9]*$")
SNAKE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# an alias is written in Arabic and/or Latin letters, digits, spaces and a little punctuation
ALLOWED_ALIAS = re.compile(r"^[\u0621-\u064a\u0660-\u0669\u0671-\u06d3A-Za-z0-9 .'\-]+$")
EVIDENCE_HEADER = ["id", "wikidata", "source_url_or_repo_path", "note"]

# words that mean different things in different articles or conflicts: never an alias
STOP_ALIASES = {
    "الجيش", "الحكومة", "الحزب", "الحركة", "المعارضة", "النظام", "الجماعة", "القوات", "الفصائل",
    "المسلحين", "المسلحون", "الرئيس", "الوزير", "الوزارة", "الشرطة", "الأمن", "المقاومة", "الاحتلال",
    "السلطات", "السلطة", "الميليشيا", "الميليشيات", "المليشيا", "المليشيات", "التحالف", "المجلس",
    "الجيش الوطني", "القوات المسلحة", "القوات الحكومية", "قوات النظام", "قوات الحكومة", "المتمردين",
    "المتمردون", "الثوار", "الكتائب", "السرايا", "اللواء", "الفرقة", "الوكالة", "القناة", "الصحيفة",
    "المرصد", "الهيئة", "المنظمة", "الإدارة", "العاصمة", "المدينة", "وزارة الدفاع", "وزارة الداخلية",
    "وزارة الخارجية", "الأمن العام", "الجيش السوري الجديد", "العربية", "الشرق الأوسط", "الحدث",
    "الميادين", "الحرة", "المسيرة", "فتح", "القاعدة", "السياسي",
}
# real names that happen to begin like a proclitic plus the article (e.g. فالح = Falih)
PROCLITIC_LOOKALIKES = ("فالح", "كالاس", "فاليري")
PROCLITIC_ARTICLE = ("وال", "فال", "بال", "كال", "لل")


def normalize(text: str) -> str:
    """Fold the spellings Arabic news varies on (hamza seats, alef maqsura, teh marbuta, diacritics)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u064b-\u0652\u0670\u0640]", "", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.replace("ـ", "").split()).casefold()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return ontology.path("actors.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def entries(lines) -> list[dict]:
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def evidence() -> list[dict]:
    with ontology.path("wikidata_evidence.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        assert header == EVIDENCE_HEADER, f"evidence header is {header}, expected {EVIDENCE_HEADER}"
        return [dict(zip(header, row, strict=True)) for row in reader]


def surface_forms(entry: dict) -> list[str]:
    return [entry["name"], *entry["aliases"]]


def test_every_line_is_a_json_object_with_exact_keys(lines):
    assert lines, "actors.jsonl is empty"
    for number, line in enumerate(lines, 1):
        record = json.loads(line)
        assert isinstance(record, dict), f"line {number} is not an object"
        assert set(record) == KEYS, f"line {number} ({record.get('id')}): keys {sorted(set(record) ^ KEYS)} differ"


def test_field_types(entries):
    for e in entries:
        assert isinstance(e["name"], str) and ARABIC_LETTER.search(e["name"]), f"{e['id']}: name must be Arabic"
        assert isinstance(e["name_en"], str) and e["name_en"].strip(), f"{e['id']}: name_en is empty"
        assert isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"]), e["id"]
        assert isinstance(e["generic"], list) and all(isinstance(g, str) and g.strip() for g in e["generic"]), e["id"]
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), f"{e['id']}: country {e['country']!r}"


def test_countries_are_iso_codes(entries):
    from babel import Locale

    territories = {code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code)}
    bad = {e["id"]: e["country"] for e in entries if e["country"] and e["country"] not in territories}
    assert not bad, f"not ISO 3166-1 alpha-2 codes: {bad}"


def test_ids_are_unique_snake_case(entries):
    ids = [e["id"] for e in entries]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    bad = [i for i in ids if not SNAKE.match(i)]
    assert not bad, f"ids not ASCII snake_case: {bad}"


def test_types_come_from_the_ontology_and_are_actors(entries):
    codes = set(ontology.vocabulary().entity_codes)
    bad = {e["id"]: e["type"] for e in entries if e["type"] not in codes}
    assert not bad, f"types not in kg.ttl ({sorted(codes)}): {bad}"
    places = [e["id"] for e in entries if e["type"] in PLACE_TYPES]
    assert not places, f"places belong to GeoNames/CLDR, not the actor registry: {places}"


def test_counts(entries):
    types = Counter(e["type"] for e in entries)
    outlets = types["MediaOutlet"]
    actors = sum(types.values()) - outlets
    assert actors >= 150, f"only {actors} actors besides outlets"
    assert outlets >= 40, f"only {outlets} news outlets"
    for code in ("Person", "ArmedGroup", "StateForce", "Government", "Organization"):
        assert types[code] >= 10, f"only {types[code]} entries of type {code}"


def test_wikidata_ids_are_well_formed_and_unique(entries):
    qids = [e["wikidata"] for e in entries if e["wikidata"] is not None]
    bad = [q for q in qids if not isinstance(q, str) or not QID.match(q)]
    assert not bad, f"malformed QIDs: {bad}"
    duplicates = [q for q, n in Counter(qids).items() if n > 1]
    assert not duplicates, f"one QID on two entries: {duplicates}"


def test_every_qid_has_evidence_and_every_evidence_row_a_qid(entries, evidence):
    set_qids = {e["id"]: e["wikidata"] for e in entries if e["wikidata"]}
    names_en = [json.loads(line) for line in ontology.path("names_en.jsonl").read_text(encoding="utf-8").splitlines()]
    set_qids |= {r["id"]: r["wikidata"] for r in names_en if r.get("wikidata")}   # countries (and more), by registry id
    set_qids |= {p["id"]: p["wikidata"] for p in places() if p.get("wikidata")}     # curated places
    rows = {}
    for row in evidence:
        assert row["id"] not in rows, f"two evidence rows for {row['id']}"
        assert row["source_url_or_repo_path"].strip(), f"evidence row for {row['id']} names no source"
        rows[row["id"]] = row["wikidata"]
    assert set_qids == rows, (
        f"QIDs without evidence: { {k: v for k, v in set_qids.items() if rows.get(k) != v} }; "
        f"evidence without a matching QID: { {k: v for k, v in rows.items() if set_qids.get(k) != v} }")


def places() -> list[dict]:
    return [json.loads(line) for line in ontology.path("places.jsonl").read_text(encoding="utf-8").splitlines()]


def test_place_wikidata_ids_are_well_formed_and_shared_with_no_actor(entries):
    """ontology/places.jsonl carries the same verified ids; an id names one entity, actor or place."""
    place_qids = [p["wikidata"] for p in places() if p.get("wikidata") is not None]
    bad = [q for q in place_qids if not isinstance(q, str) or not QID.match(q)]
    assert not bad, f"malformed place QIDs: {bad}"
    actor_qids = [e["wikidata"] for e in entries if e["wikidata"]]
    duplicates = [q for q, n in Counter(place_qids + actor_qids).items() if n > 1]
    assert not duplicates, f"one QID on two registry entries: {duplicates}"
    assert not {p["id"] for p in places()} & {e["id"] for e in entries}, "a place id is also an actor id"


def test_no_surface_form_is_claimed_by_two_entries(entries):
    owners = defaultdict(set)
    for e in entries:
        for form in surface_forms(e):
            owners[normalize(form)].add(e["id"])
    shared = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not shared, f"aliases shared by several entries: {shared}"


def test_no_alias_is_a_generic_word(entries):
    stop = {normalize(w) for w in STOP_ALIASES}
    bad = {e["id"]: f for e in entries for f in surface_forms(e) if normalize(f) in stop}
    assert not bad, f"generic words used as names or aliases (put them in 'generic'): {bad}"


def test_aliases_are_arabic_or_latin(entries):
    bad = {e["id"]: a for e in entries for a in surface_forms(e) if not ALLOWED_ALIAS.match(a)}
    assert not bad, f"aliases with characters other than Arabic/Latin letters, digits, space, .'-: {bad}"


def test_aliases_carry_no_proclitic(entries):
    """No و ف ب ل ك glued in front: neither before the article nor before another known form."""
    known = {normalize(f) for e in entries for f in surface_forms(e)}
    problems = []
    for e in entries:
        for alias in surface_forms(e):
            if alias.startswith(PROCLITIC_ARTICLE) and not alias.startswith(PROCLITIC_LOOKALIKES):
                problems.append((e["id"], alias))
            elif alias[0] in "وفبلك" and normalize(alias[1:]) in known:
                problems.append((e["id"], alias))
    assert not problems, f"aliases with a leading proclitic: {problems}"


def test_generic_descriptions_are_not_also_aliases(entries):
    for e in entries:
        own = {normalize(f) for f in surface_forms(e)}
        both = [g for g in e["generic"] if normalize(g) in own]
        assert not both, f"{e['id']}: {both} is both an alias and a generic description"
        assert all(ARABIC_LETTER.search(g) for g in e["generic"]), f"{e['id']}: generic must be Arabic"


def test_generic_entries_have_a_country(entries):
    """A generic description is read in the context of the actor's country, so it needs one."""
    bad = [e["id"] for e in entries if e["generic"] and not e["country"] and e["type"] != "Organization"]
    assert not bad, f"entries with generic descriptions but no country: {bad}"


def test_known_referents_resolve(entries):
    """A few forms whose owner the extractor and the gold rely on."""
    owner = {normalize(f): e["id"] for e in entries for f in surface_forms(e)}
    expected = {
        "قسد": "syrian_democratic_forces", "داعش": "islamic_state", "حماس": "hamas",
        "أبو محمد الجولاني": "ahmed_al_sharaa", "جيش الاحتلال": "israel_defense_forces",
        "فصائل المعارضة": "syrian_opposition", "قوات النظام السوري": "syrian_army",
        "سنتكوم": "centcom", "يونيفيل": "unifil", "الحوثيين": "houthis", "DW": "dw",
        "المرصد السوري لحقوق الإنسان": "sohr", "الدعم السريع": "rapid_support_forces",
    }
    wrong = {form: owner.get(normalize(form)) for form, want in expected.items() if owner.get(normalize(form)) != want}
    assert not wrong, f"forms resolving to the wrong entry: {wrong}"


def test_generic_words_are_no_entry_s_alias(entries):
    """A context word (الجيش، الحكومة ...) must not also be some entry's fixed name, or the
    fixed name would win everywhere and the country context would never be consulted."""
    owner = {normalize(f): e["id"] for e in entries for f in surface_forms(e)}
    clashes = {(e["id"], g): owner[normalize(g)] for e in entries for g in e["generic"] if normalize(g) in owner}
    assert not clashes, f"generic descriptions that are another entry's alias: {clashes}"
