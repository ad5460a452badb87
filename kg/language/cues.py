"""The cue words of the entities stage, loaded from ontology/cues.json (words that introduce a
name: مدينة X، جماعة X، القيادي X; anaphors; stop words) and ontology/entity_cues.json (context
words: state nouns, locatives, army heads ...). The relations stage reads them too."""
from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass

from kg.arabic import normalise, phrase_key
from kg.language.names import TYPES


@dataclass(frozen=True)
class Cues:
    place: dict[str, str]
    org: dict[tuple[str, ...], str]
    titles: frozenset[tuple[str, ...]]
    anaphors: dict[str, dict]
    name_prefixes: frozenset[str]
    stop: frozenset[str]
    directions: frozenset[str]
    not_adjectives: frozenset[str] = frozenset()
    plural_place: dict[str, str] = dataclasses.field(default_factory=dict)     # plural and dual cues
    dual_place: frozenset[str] = frozenset()                                    # the dual ones: two names
    in_name: frozenset[str] = frozenset()
    reported_outlets: frozenset[str] = frozenset()
    quoted_outlets: frozenset[str] = frozenset()      # شبكة، قناة، صحيفة "X": X an outlet wherever it stands
    state_outlet_heads: frozenset[tuple[str, ...]] = frozenset()  # التلفزيون الرسمي البوركيني: a state's broadcaster
    state_outlet_qualifiers: frozenset[str] = frozenset()
    media_adjectives: frozenset[str] = frozenset()    # مؤسسة "X" الإعلامية: X an outlet
    presidencies: frozenset[str] = frozenset()        # الرئاسة التشادية: a state's presidency
    media_offices: frozenset[tuple[str, ...]] = frozenset()   # المكتب الإعلامي لـ<body>: the body's media office
    list_introducers: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()         # تصريح، حديث ... لـ"X"; تابعته "X": X an outlet
    name_links: frozenset[str] = frozenset()          # بن، بني: a compound name goes on through them
    family_links: frozenset[str] = frozenset()        # آل: the house's name after it ends a person's name
    foreign_links: frozenset[str] = frozenset()       # دا، دو: موسيمبوا دا برايا goes on through them
    list_ends: frozenset[str] = frozenset()           # في، بعد: a list of places joined by و has ended
    not_name_endings: tuple[str, ...] = ()            # -ات، -ها: a word so ending names no town
    body_sites: frozenset[str] = frozenset()          # مقر، مبنى، موقع: before a known body, its site
    directorates: dict[str, str] = dataclasses.field(default_factory=dict)   # مديرية + a sector: an office
    sectors: frozenset[str] = frozenset()             # الصحة، أمن: the sectors of a directorate
    units: dict[str, str] = dataclasses.field(default_factory=dict)          # اللواء، الفيلق + an ordinal
    unit_seconds: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)   # العسكرية -> المنطقة، الناحية (two-word units)
    unit_directions: frozenset[str] = frozenset()     # الشرقية: ends a two-word unit's name like an ordinal
    direction_units: frozenset[str] = frozenset()     # القيادة: a one-word unit word a direction ends (القيادة الغربية)
    ordinals: frozenset[str] = frozenset()            # الخامس، الثالثة (first words of two-word ones too)
    ordinal_tens: frozenset[str] = frozenset()        # عشر، عشرة: the second word of الحادي عشر
    unit_arms: frozenset[str] = frozenset()           # مشاة، مدرع: the arm of a numbered unit (اللواء 141 مشاة)
    use_described: frozenset[str] = frozenset()       # معسكر تدريب: a site described by its use, no name
    idioms: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)   # طريق after عن: no cue
    person_prefixes: frozenset[str] = frozenset()     # الشهيد: a place named after the person who follows
    ruler_prefixes: frozenset[str] = frozenset()      # الملك: a site named after a ruler, by one name or more
    quarter_cues: frozenset[str] = frozenset()        # حي: a quarter, before a foreign town's name a quarter of its own
    dual_orgs: dict[str, str] = dataclasses.field(default_factory=dict)    # حركتا -> حركة
    fields: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)   # مركز: names a body before البحوث only
    rare_name_cues: frozenset[str] = frozenset()      # مقاطعة: a new name only of a rare word (not مقاطعة البضائع)
    place_only_cues: frozenset[str] = frozenset()     # عمليات: a body only before a known place (عمليات الأنبار)
    titled_only: frozenset[str] = frozenset()         # هيئة: a new body's name only right after a title (رئيس هيئة X)
    general_heads: dict[str, str] = dataclasses.field(default_factory=dict)   # الإدارة (العامة لـ...): a body's head noun
    general_adjectives: frozenset[str] = frozenset()  # العامة، العليا: after a general head, before لـ
    committees: frozenset[str] = frozenset()          # لجنة: its name may be an action and its object (الإشراف على ...)
    quoted_heads: dict[str, str] = dataclasses.field(default_factory=dict)   # «جيش X»: a body of the head's type
    vessel_heads: frozenset[str] = frozenset()    # السفينة «X»، قطار «X»: a named vessel or train (a Facility)
    abstract_before_country: frozenset[str] = frozenset()    # وحدة الصومال: the country's unity, no unit
    descriptors: frozenset[str] = frozenset()         # فصيل "X": a cue that only describes the quoted name
    place_bodies: frozenset[tuple[str, ...]] = frozenset()   # مجلس قروي سنجل: a body named after its place

    @functools.cached_property
    def org_first_words(self) -> frozenset[str]:
        """The first words of the organisation cues (حلف of حلف قبائل)."""
        return frozenset(k[0] for k in self.org)

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        """Every word a cue (place, organisation, title) can start with."""
        return frozenset(self.place) | {k[0] for k in self.org} | {k[0] for k in self.titles}

    def keeps_cue(self, cue: str | None, etype: str) -> bool:
        """Is the cue part of the name it introduces (سجن صيدنايا، ساحة الأمويين), not only a
        word before it (مدينة حمص)?"""
        return etype == TYPES.facility or cue in self.in_name


def _seconds_of(units: dict) -> dict[str, frozenset[str]]:
    """The second words of two-word unit cues -> the first words they follow (العسكرية -> المنطقة، الناحية)."""
    out: dict[str, set[str]] = {}
    for k in units:
        words = normalise(k).split()
        if len(words) == 2:
            out.setdefault(words[1], set()).add(words[0])
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    from ontology import path
    data = json.loads(path("cues.json").read_text(encoding="utf-8"))
    return Cues(
        place={normalise(k): v for k, v in data["place_cues"].items()},
        org={phrase_key(k): v for k, v in data["org_cues"].items()},
        titles=frozenset(phrase_key(t) for t in data["person_titles"]),
        anaphors={normalise(k): {**v, "heads": [normalise(h) for h in v.get("heads", [])],
                                 "idiom_after": frozenset(normalise(w) for w in v.get("idiom_after", ()))}
                  for k, v in data["anaphors"].items()},
        name_prefixes=frozenset(normalise(w) for w in data["name_prefixes"]),
        stop=frozenset(normalise(w) for w in data["stop_words"]),
        directions=frozenset(normalise(w) for w in data["directions"]),
        not_adjectives=frozenset(normalise(w) for w in data.get("not_adjectives", ())),
        plural_place={normalise(k): v for k, v in {**data.get("plural_place_cues", {}),
                                                   **data.get("dual_place_cues", {})}.items()},
        dual_place=frozenset(normalise(k) for k in data.get("dual_place_cues", {})),
        press_nouns=frozenset(normalise(w) for w in data.get("press_nouns", ())),
        name_links=frozenset(normalise(w) for w in data.get("name_links", ())),
        family_links=frozenset(normalise(w) for w in data.get("family_links", ())),
        foreign_links=frozenset(normalise(w) for w in data.get("foreign_name_links", ())),
        list_ends=frozenset(normalise(w) for w in data.get("list_end_words", ())),
        not_name_endings=tuple(normalise(w) for w in data.get("not_name_endings", ())),
        body_sites=frozenset(normalise(w) for w in data.get("body_site_cues", ())),
        directorates={normalise(k): v for k, v in data.get("directorate_cues", {}).items()},
        sectors=frozenset(normalise(w).split()[0] for w in data.get("directorate_sectors", ())),
        units={normalise(k).split()[0]: v for k, v in data.get("unit_cues", {}).items()},
        unit_seconds=_seconds_of(data.get("unit_cues", {})),
        unit_directions=frozenset(normalise(w) for w in data.get("unit_direction_ordinals", ())),
        direction_units=frozenset(normalise(w) for w in data.get("direction_unit_cues", ())),
        ordinals=frozenset(normalise(w).split()[0] for w in data.get("unit_ordinals", ())),
        ordinal_tens=frozenset(normalise(w).split()[1] for w in data.get("unit_ordinals", ()) if len(w.split()) == 2),
        unit_arms=frozenset(normalise(w) for w in data.get("unit_arms", ())),
        use_described=frozenset(normalise(w) for w in data.get("use_described_cues", ())),
        in_name=frozenset(normalise(w) for w in data.get("place_cues_in_name", ())),
        reported_outlets=frozenset(normalise(w) for w in data.get("reported_outlet_cues", ())),
        quoted_outlets=frozenset(normalise(w) for w in data.get("quoted_outlet_cues", ())),
        state_outlet_heads=frozenset(tuple(normalise(x) for x in w.split()) for w in data.get("state_outlet_heads", ())),
        state_outlet_qualifiers=frozenset(normalise(w) for w in data.get("state_outlet_qualifiers", ())),
        media_adjectives=frozenset(normalise(w) for w in data.get("media_adjectives", ())),
        presidencies=frozenset(normalise(w) for w in data.get("presidency_heads", ())),
        media_offices=frozenset(tuple(normalise(x) for x in w.split()) for w in data.get("media_office_heads", ())),
        list_introducers=frozenset(normalise(w) for w in data.get("list_introducers", ())),
        dual_orgs={normalise(k): normalise(v) for k, v in data.get("dual_org_cues", {}).items()},
        person_prefixes=frozenset(normalise(w) for w in data.get("person_name_prefixes", ())),
        ruler_prefixes=frozenset(normalise(w) for w in data.get("ruler_name_prefixes", ())),
        quarter_cues=frozenset(normalise(w) for w in data.get("quarter_cues", ())),
        idioms={normalise(k): frozenset(normalise(w) for w in v) for k, v in data.get("cue_idioms", {}).items()},
        fields={normalise(k): frozenset(normalise(w) for w in v) for k, v in data.get("cue_fields", {}).items()},
        rare_name_cues=frozenset(normalise(w) for w in data.get("rare_name_cues", ())),
        place_only_cues=frozenset(normalise(w) for w in data.get("place_only_cues", ())),
        titled_only=frozenset(normalise(w) for w in data.get("titled_only_cues", ())),
        general_heads={normalise(k): v for k, v in data.get("general_body_heads", {}).items()},
        general_adjectives=frozenset(normalise(w) for w in data.get("general_body_adjectives", ())),
        committees=frozenset(normalise(w) for w in data.get("committee_cues", ())),
        quoted_heads={normalise(k): v for k, v in data.get("quoted_body_heads", {}).items()},
        vessel_heads=frozenset(normalise(w) for w in data.get("vessel_heads", ())),
        abstract_before_country=frozenset(normalise(w) for w in data.get("abstract_before_a_country", ())),
        descriptors=frozenset(normalise(w) for w in data.get("descriptor_cues", ())),
        place_bodies=frozenset(phrase_key(w) for w in data.get("place_body_cues", ())),
    )


@dataclass(frozen=True)
class ContextCues:
    state_nouns: frozenset[str]
    locative: frozenset[str]
    verbs_after: frozenset[str]
    state_for_army: dict[tuple[str, ...], str]
    nouns_before: frozenset[str] = frozenset()    # رفض القاهرة: a capital in the genitive of a stance noun
    verbs_before: frozenset[str] = frozenset()    # دعا أنقرة إلى: a capital as the object of an appeal
    between: str = ""                             # بين دمشق وتل أبيب: two states
    pronoun_prepositions: frozenset[str] = frozenset()   # لم تعلق عليه نيودلهي: verb, عليه, capital
    loyal_to: frozenset[str] = frozenset()        # فصائل موالية لطهران: a capital with لـ after allegiance
    aircraft_nouns: frozenset[str] = frozenset()  # طائرات الاحتلال: aircraft, the army's where it is named
    press_seats: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)   # تل أبيب -> IL
    army_heads: frozenset[tuple[str, ...]] = frozenset()
    police_heads: frozenset[tuple[str, ...]] = frozenset()    # الشرطة + a nationality: that state's police
    construct_force_heads: frozenset[tuple[str, ...]] = frozenset()   # شرطة + a country's name: that state's police
    air_force_heads: frozenset[tuple[str, ...]] = frozenset()   # الطيران الباكستاني: that state's air force
    air_force_names: frozenset[tuple[str, ...]] = frozenset()   # القوات الجوية: a registry air force's name starts so
    intelligence_heads: frozenset[tuple[str, ...]] = frozenset()   # الاستخبارات الباكستانية: its intelligence service
    corps_heads: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)   # خفر السواحل الكويتي -> Coast Guard
    army_only_nationality: dict[str, str] = dataclasses.field(default_factory=dict)   # الماليين -> ML (after an army head)
    dated_successors: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)   # id -> (from date, successor id)
    army_descriptions: frozenset[tuple[str, ...]] = frozenset()   # قال الجيش: the story's state's army
    police_descriptions: frozenset[tuple[str, ...]] = frozenset()   # قائد الشرطة: the story's state's police
    delegation_heads: frozenset[str] = frozenset()      # وفد إسرائيلي: the state's delegation
    government_heads: frozenset[str] = frozenset()      # الحكومة الباكستانية: the state's government
    region_authority_heads: tuple[str, ...] = ()   # حكومة ولاية X، سلطات الإقليم: a region's own government
    delegation_anaphors: frozenset[str] = frozenset()   # الوفد: the delegation named last
    national_societies: dict[tuple[str, ...], tuple[str, str]] = dataclasses.field(default_factory=dict)   # الهلال الأحمر
    society_heads: frozenset[str] = frozenset()         # جمعية، هيئة: before a national society's name
    authority_heads: frozenset[str] = frozenset()    # السلطات الإيرانية: the state, where no body of it is named
    government_generic: str = ""                     # the generic word of a state's government as such
    time_zone_words: frozenset[str] = frozenset()    # توقيت بيروت: a clock, no place
    capital_qualifiers: frozenset[str] = frozenset()  # العاصمة الإدارية: a seat of its own, not the capital
    alias_links: frozenset[str] = frozenset()
    minister_titles: frozenset[str] = frozenset()
    generic_org_words: frozenset[str] = frozenset()
    name_adjectives: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    named_after_city: frozenset[str] = frozenset()
    named_after_area: frozenset[str] = frozenset()      # صحراء الأنبار: a Region of its own before any known place
    city_signals: frozenset[str] = frozenset()    # مدينة درعا، العاصمة الخرطوم: the city itself
    town_qualifiers: frozenset[str] = frozenset()  # حلب الجديدة، جباليا البلد: a place of its own
    landform_prefixes: dict[str, str] = dataclasses.field(default_factory=dict)   # رأس الناقورة: a place
    sector_nouns: frozenset[str] = frozenset()    # القطاع + a direction adjective: a sector (a Region)
    sector_adjectives: dict[str, str] = dataclasses.field(default_factory=dict)   # الأوسط -> Central
    body_heads: frozenset[str] = frozenset()
    byline_words: frozenset[str] = frozenset()
    family_nouns: frozenset[str] = frozenset()
    front_cues: frozenset[str] = frozenset()
    front_prepositions: frozenset[str] = frozenset()
    front_place_cue: str = ""
    durations: frozenset[str] = frozenset()       # لساعات، للمرة: no object after an action noun
    name_heads: frozenset[str] = frozenset()      # شركة أمبري: heads that are part of a body's name
    communities: dict[str, dict] = dataclasses.field(default_factory=dict)   # الدروز -> en, adjectives, alone
    community_heads: frozenset[str] = frozenset()     # مجموعات، العشائر: a group described by a community
    community_fillers: frozenset[str] = frozenset()   # محلية، مسلحة: adjectives beside the community's
    affiliation_words: frozenset[str] = frozenset()   # التابع: no short form of a body ends in it
    fighter_descriptions: frozenset[str] = frozenset()   # المسلحون: the article's one armed group
    affiliate_links: frozenset[str] = frozenset()   # المرتبطة بتنظيم القاعدة: a group named as a tie only
    state_sites: dict[tuple[str, ...], tuple[str, str]] = dataclasses.field(default_factory=dict)  # القصر الرئاسي
    donor_site_heads: frozenset[str] = frozenset()    # المستشفى السعودي: a site named by the state that runs it
    state_bodies: dict[tuple[str, ...], tuple[str, str, str]] = dataclasses.field(default_factory=dict)  # مجلس الأمن القومي
    action_cues: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)   # حركة + النزوح: no body
    actions_before: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)   # تولى + إدارة: no body
    border_words: frozenset[str] = frozenset()        # الحدود مع مالي: a border names the state after مع
    droppable_heads: frozenset[str] = frozenset()     # جبل المغيلة ... المغيلة: one place
    named_area_heads: frozenset[str] = frozenset()    # مخيم الفارعة ... الفارعة (a new name): one camp
    seat_body_heads: frozenset[str] = frozenset()     # رفض القاهرة -> the Egyptian government, no ministry
    state_heads: frozenset[str] = frozenset()         # الدولة التركية: the state
    place_subject_verbs: frozenset[str] = frozenset()   # أن دمشق شهدت: the city, not the state
    site_heads: dict[str, str] = dataclasses.field(default_factory=dict)   # قاعدة/مطار X: one site
    bank_words: frozenset[str] = frozenset()     # الضفة الشرقية لنهر: a river's bank
    water_nouns: frozenset[str] = frozenset()    # نهر، بحيرة: a water a bank is of


@functools.lru_cache(maxsize=1)
def load_context_cues() -> ContextCues:
    from ontology import path
    data = json.loads(path("entity_cues.json").read_text(encoding="utf-8"))
    return ContextCues(
        state_nouns=frozenset(normalise(w) for w in data["state_nouns"]),
        locative=frozenset(normalise(w) for w in data["locative_words"]),
        verbs_after=frozenset(normalise(w) for w in data["metonym_verbs_after"]),
        nouns_before=frozenset(normalise(w) for w in data.get("metonym_nouns_before", ())),
        verbs_before=frozenset(normalise(w) for w in data.get("metonym_verbs_before", ())),
        between=normalise(data.get("metonym_between", "")),
        pronoun_prepositions=frozenset(normalise(w) for w in data.get("metonym_pronoun_prepositions", ())),
        loyal_to=frozenset(normalise(w) for w in data.get("metonym_loyal_to", ())),
        aircraft_nouns=frozenset(normalise(w) for w in data.get("aircraft_nouns", ())),
        press_seats={phrase_key(name): iso for iso, name in data.get("press_seats", {}).items()},
        state_for_army={phrase_key(k): v for k, v in data["state_for_army"].items()},
        army_heads=frozenset(phrase_key(w) for w in data.get("army_heads", ())),
        police_heads=frozenset(phrase_key(w) for w in data.get("police_heads", ())),
        construct_force_heads=frozenset(phrase_key(w) for w in data.get("construct_force_heads", ())),
        air_force_heads=frozenset(phrase_key(w) for w in data.get("air_force_heads", ())),
        air_force_names=frozenset(phrase_key(w) for w in data.get("air_force_names", ())),
        intelligence_heads=frozenset(phrase_key(w) for w in data.get("intelligence_heads", ())),
        corps_heads={phrase_key(w): en for w, en in data.get("corps_heads", {}).items()},
        army_only_nationality={normalise(w): iso for iso, words in data.get("army_only_nationalities", {}).items()
                               for w in words},
        dated_successors={k: (v["from"], v["to"]) for k, v in data.get("dated_successors", {}).items()},
        army_descriptions=frozenset(phrase_key(w) for w in data.get("army_descriptions", ())),
        police_descriptions=frozenset(phrase_key(w) for w in data.get("police_descriptions", ())),
        delegation_heads=frozenset(normalise(w) for w in data.get("delegation_heads", ())),
        government_heads=frozenset(normalise(w) for w in data.get("government_heads", ())),
        region_authority_heads=tuple(normalise(w) for w in data.get("region_authority_heads", ())),
        delegation_anaphors=frozenset(normalise(w) for w in data.get("delegation_anaphors", ())),
        national_societies={phrase_key(k): (v[0], v[1]) for k, v in data.get("national_societies", {}).items()},
        society_heads=frozenset(normalise(w) for w in data.get("society_heads", ())),
        authority_heads=frozenset(normalise(w) for w in data.get("authority_heads", ())),
        government_generic=data.get("government_generic", ""),
        time_zone_words=frozenset(normalise(w) for w in data.get("time_zone_words", ())),
        capital_qualifiers=frozenset(normalise(w) for w in data.get("capital_qualifiers", ())),
        alias_links=frozenset(normalise(w) for w in data.get("alias_links", ())),
        minister_titles=frozenset(normalise(w) for w in data.get("minister_titles", ())),
        generic_org_words=frozenset(normalise(w) for w in data.get("generic_org_words", ())),
        name_adjectives=frozenset(normalise(w) for w in data.get("name_adjectives", ())),
        body_nouns=frozenset(normalise(w) for w in data.get("body_nouns", ())),
        named_after_city=frozenset(normalise(w) for w in data.get("named_after_city", ())),
        named_after_area=frozenset(normalise(w) for w in data.get("named_after_area", ())),
        city_signals=frozenset(normalise(w) for w in data.get("city_signals", ())),
        sector_nouns=frozenset(normalise(w) for w in data.get("sector_nouns", ())),
        town_qualifiers=frozenset(normalise(w) for w in data.get("town_qualifiers", ())),
        landform_prefixes={normalise(k): v for k, v in data.get("landform_prefixes", {}).items()},
        sector_adjectives={normalise(k): v for k, v in data.get("sector_adjectives", {}).items()},
        body_heads=frozenset(normalise(w) for w in data.get("body_heads", ())),
        byline_words=frozenset(normalise(w) for w in data.get("byline_words", ())),
        family_nouns=frozenset(normalise(w) for w in data.get("family_nouns", ())),
        front_cues=frozenset(normalise(w) for w in data.get("front_cues", ())),
        front_prepositions=frozenset(normalise(w) for w in data.get("front_prepositions", ())),
        front_place_cue=normalise(data.get("front_place_cue", "")),
        durations=frozenset(normalise(w) for w in data.get("durations", ())),
        name_heads=frozenset(normalise(w) for w in data.get("name_heads", ())),
        communities={normalise(k): {"en": v.get("en"), "alone": bool(v.get("alone")),
                                    "adjectives": frozenset(normalise(a) for a in v.get("adjectives", ()))}
                     for k, v in data.get("communities", {}).items()},
        community_heads=frozenset(normalise(w) for w in data.get("community_heads", ())),
        community_fillers=frozenset(normalise(w) for w in data.get("community_fillers", ())),
        affiliation_words=frozenset(normalise(w) for w in data.get("affiliation_words", ())),
        fighter_descriptions=frozenset(normalise(w) for w in data.get("fighter_descriptions", ())),
        affiliate_links=frozenset(normalise(w) for w in data.get("affiliate_links", ())),
        state_sites={phrase_key(k): (v[0], v[1]) for k, v in data.get("state_sites", {}).items()},
        donor_site_heads=frozenset(normalise(w) for w in data.get("donor_site_heads", ())),
        state_bodies={phrase_key(k): (v[0], v[1], v[2]) for k, v in data.get("state_bodies", {}).items()},
        action_cues={normalise(k): frozenset(normalise(w) for w in v) for k, v in data.get("action_cues", {}).items()},
        actions_before={normalise(k): frozenset(normalise(w) for w in v) for k, v in data.get("actions_before_cues", {}).items()},
        border_words=frozenset(normalise(w) for w in data.get("border_words", ())),
        droppable_heads=frozenset(normalise(w) for w in data.get("droppable_heads", ())),
        named_area_heads=frozenset(normalise(w) for w in data.get("named_area_heads", ())),
        seat_body_heads=frozenset(normalise(w) for w in data.get("seat_body_heads", ())),
        state_heads=frozenset(normalise(w) for w in data.get("state_heads", ())),
        place_subject_verbs=frozenset(normalise(w) for w in data.get("place_subject_verbs", ())),
        site_heads={normalise(k): v for k, v in data.get("site_heads", {}).items()},
        bank_words=frozenset(normalise(w) for w in data.get("bank_words", ())),
        water_nouns=frozenset(normalise(w) for w in data.get("water_nouns", ())),
    )
