"""The registry covers the actors and places Arabic conflict news names across the region and its
neighbours (Somalia, the Sahel, South Sudan, Ethiopia, Ukraine ...), typed by the ontology, and
does not read an ordinary word as one of the new names. Sentences are our own."""
from __future__ import annotations

import pytest


def _found(resolved) -> dict[str, str]:
    return {m.entity_id: m.type for m in resolved.mentions}


@pytest.mark.parametrize("text, entity, type_", [
    ("أعلنت حركة الشباب المجاهدين مسؤوليتها عن تفجير استهدف قاعدة عسكرية قرب مقديشو.", "al_shabaab", "ArmedGroup"),
    ("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم على قافلة عسكرية في شمال مالي.", "jnim", "ArmedGroup"),
    ("وقال سكان إن مسلحي بوكو حرام أحرقوا سوقا في ولاية بورنو.", "boko_haram", "ArmedGroup"),
    ("وأعلن تنظيم الدولة الإسلامية في غرب أفريقيا مقتل جنود في هجوم ليلي.", "iswap", "ArmedGroup"),
    ("ونفذ الجيش الصومالي عملية ضد المسلحين في إقليم شبيلي السفلى.", "somali_national_army", "StateForce"),
    ("وقالت قوات دفاع شعب جنوب السودان إنها استعادت بلدة في ولاية جونقلي.", "sspdf", "StateForce"),
    ("وقصفت القوات الجوفضائية الروسية مستودعات قرب خاركيف.", "russian_aerospace_forces", "StateForce"),
    ("ورحبت حكومة بونتلاند بالاتفاق الذي وقعه الطرفان.", "puntland_government", "Government"),
    ("وقال المجلس العسكري في النيجر إنه أغلق الحدود.", "niger_government", "Government"),
    ("واستقبل الرئيس الصومالي حسن شيخ محمود وفدا رفيعا في القصر الرئاسي.", "hassan_sheikh_mohamud", "Person"),
    ("وقال فولوديمير زيلينسكي إن قواته صدت الهجوم.", "volodymyr_zelensky", "Person"),
    ("وأكد أسيمي غويتا أن الحكومة ماضية في خططها.", "assimi_goita", "Person"),
    ("وقالت المنظمة الدولية للهجرة إن آلاف الأسر نزحت خلال أسبوع.", "iom", "Organization"),
    ("ودعا الاتحاد الإفريقي إلى وقف فوري لإطلاق النار.", "african_union", "Organization"),
    ("ونقلت وكالة الأنباء الصومالية عن مسؤول محلي قوله إن الطريق أعيد فتحه.", "sonna", "MediaOutlet"),
], ids=lambda v: v if isinstance(v, str) and v.isascii() else None)
def test_new_actors_are_found_and_typed(resolve_text, text, entity, type_):
    found = _found(resolve_text(text))
    assert found.get(entity) == type_, f"{entity} not found as {type_}: {found}"


@pytest.mark.parametrize("text, entity, type_", [
    ("سقطت صواريخ على سديروت صباح اليوم.", "sderot", "City"),
    ("ودوت صفارات الإنذار في عسقلان وأسدود.", "ashkelon", "City"),
    ("وقصفت المدفعية مدينة بابنوسة بعد أيام من المعارك.", "babanusah", "City"),
    ("ووصلت تعزيزات إلى مستوطنات غلاف غزة.", "gaza_envelope", "Region"),
    ("وسيطر المسلحون على قرية في جوبا الوسطى.", "middle_juba", "Region"),
    ("وعقد الاجتماع في بونتلاند بحضور ممثلين عن العشائر.", "puntland", "Region"),
    ("وتقدمت القوات في إقليم تيغراي نحو الجنوب.", "tigray", "Region"),
    ("وأعلن الجيش انتشاره في ولاية شرق دارفور.", "east_darfur", "Region"),
    ("وفر آلاف السكان من محافظة أبين باتجاه عدن.", "abyan_governorate", "Region"),
])
def test_new_places_are_found_and_typed(resolve_text, text, entity, type_):
    found = _found(resolve_text(text))
    assert found.get(entity) == type_, f"{entity} not found as {type_}: {found}"


def test_a_region_is_not_read_as_the_city_inside_its_name(resolve_text):
    found = _found(resolve_text("وسيطر المسلحون على قرية في جوبا الوسطى."))
    assert "juba" not in found, "جوبا الوسطى (Somali region) is not Juba, the South Sudanese capital"


@pytest.mark.parametrize("text, not_entity", [
    ("وخرج الشباب إلى شوارع القاهرة والجيزة احتجاجا على الغلاء.", "al_shabaab"),
    ("وجلب التجار بضائعهم من القاهرة إلى أسوان عبر الجيزة.", "jilib"),
    ("وقال مسؤول في القاهرة والجيزة إن كتم الأصوات لن ينجح.", "kutum"),
    ("وقال الوزير في القاهرة والجيزة إن الطيور تهرب من الفهود والذئاب.", "nahiyat_al_fuhud"),
    ("وتحدث الباحث في القاهرة والجيزة عن تاريخ البربر والأمازيغ.", "berber"),
], ids=["shabab-youth", "jalab-brought", "katm-silencing", "fuhud-cheetahs", "barbar-berbers"])
def test_an_ordinary_word_is_not_read_as_a_new_name(registry, resolve_text, text, not_entity):
    """An Egyptian story: the Somali, Sudanese and Iraqi towns named like these words stay out."""
    assert not_entity in registry.entities, f"{not_entity} is not in the registry: the test would prove nothing"
    found = _found(resolve_text(text))
    assert not_entity not in found, f"{not_entity} read from an ordinary word: {found}"


def test_an_ordinary_word_town_is_read_after_a_place_cue(resolve_text):
    found = _found(resolve_text("وسيطرت حركة الشباب على بلدة جلب في القاهرة والجيزة."))
    assert found.get("jilib") == "City", found


def test_a_generic_description_means_the_new_group_in_its_country(resolve_text):
    r = resolve_text("سيطر الجيش الصومالي على بلدة قرب مقديشو بعد معارك مع حركة الشباب. "
                     "وقالت الحركة إنها انسحبت من جوهر.")
    assert [m for m in r.mentions if m.text == "الحركة" and m.entity_id == "al_shabaab"]


@pytest.mark.parametrize("text, entity", [
    ("وحاصرت الدبابات مجمع ناصر الطبي في خان يونس.", "nasser_medical_complex"),
    ("وأعيد فتح معبر المصنع أمام المسافرين.", "masnaa_crossing"),
    ("واستهدفت الصواريخ قاعدة نيفاتيم في النقب.", "nevatim_airbase"),
    ("وقال شهود إن الطائرات قصفت منشأة فوردو.", "fordow"),
])
def test_new_facilities_are_found(resolve_text, text, entity):
    found = _found(resolve_text(text))
    assert found.get(entity) == "Facility", found


def test_an_army_head_and_an_adjective_name_are_the_registry_army(resolve_text):
    """The Somali army is now in the registry: both ways of naming it are that one node."""
    r = resolve_text("وقال الجيش الصومالي إن القوات الصومالية استعادت البلدة.")
    ids = {m.entity_id for m in r.mentions if m.text in ("الجيش الصومالي", "القوات الصومالية")}
    assert ids == {"somali_national_army"}, [(m.text, m.entity_id) for m in r.mentions]


def test_the_popular_movement_is_splm_north_in_a_sudanese_story(resolve_text):
    r = resolve_text("قاتل الجيش السوداني قوات الدعم السريع والحركة الشعبية في جنوب كردفان قرب كادقلي.")
    assert "splm_n" in {m.entity_id for m in r.mentions}


@pytest.mark.parametrize("text, entity", [
    ("وضربت الطائرات منشآت نفطية في خوزستان.", "khuzestan_province"),
    ("واعتقلت السلطات ثلاثة في سيستان وبلوشستان.", "sistan_and_baluchestan_province"),
    ("وشنت الطائرات غارات على بعلبك الهرمل.", "baalbek_hermel_governorate"),
    ("وهطلت أمطار غزيرة على محافظة ظفار.", "dhofar_governorate"),
    ("وقع الحادث في محافظة الدقهلية.", "dakahlia_governorate"),
])
def test_first_level_regions_not_named_after_a_city_are_known(resolve_text, text, entity):
    found = _found(resolve_text(text))
    assert found.get(entity) == "Region", found


def test_a_saudi_region_named_by_a_direction_is_no_description_elsewhere(resolve_text):
    found = _found(resolve_text("وسيطرت الفصائل على المنطقة الشرقية من المدينة في ريف حلب."))
    assert "eastern_province_saudi" not in found, found


@pytest.mark.parametrize("text, entity", [
    ("وتقدمت قوات الحوثي نحو مدينة الحديدة.", "houthis"),
    ("وقصفت القوات الحوثية أحياء في مدينة تعز.", "houthis"),
    ("وقال سكان إن عناصر فاغنر انسحبوا من البلدة.", "wagner_group"),
    ("وهاجم مقاتلو الشباب مركزا للشرطة.", "al_shabaab"),
], ids=["genitive-forces", "adjectival-forces", "genitive-elements", "genitive-fighters"])
def test_an_armed_group_under_any_word_for_its_fighters(resolve_text, text, entity):
    """The registry lists one fighters' form of a group (مسلحو الحوثي، الميليشيات الحوثية); the
    other words for its fighters name it too."""
    assert entity in _found(resolve_text(text))


def test_fighter_variants_keep_a_seat_name_and_partitives_out():
    from kg.registry import fighter_variants
    assert fighter_variants(["قوات صنعاء", "عناصر من حزب الله"]) == []
    assert "قوات الحوثي" in fighter_variants(["مسلحو الحوثي"])
    assert fighter_variants(["الميليشيات الحوثية الموالية"]) == []


@pytest.mark.parametrize("text, entity", [
    ("وأصيب جنديان من قوات حفظ السلام في قصف على بلدة الناقورة جنوب لبنان.", "unifil"),
    ("ونقلت قوات حفظ السلام المدنيين إلى مخيم في مدينة ملكال بجنوب السودان.", "unmiss"),
], ids=["lebanon", "south-sudan"])
def test_peacekeepers_are_the_mission_of_the_storys_country(resolve_text, text, entity):
    assert entity in _found(resolve_text(text))


@pytest.mark.parametrize("text, entity", [
    ("ويحكم المجلس العسكري بقيادة الجنرال عبد الرحمن تياني النيجر منذ انقلاب عام 2023.", "niger_government"),
    ("وأعلن المجلس العسكري في باماكو أن الجيش المالي استعاد مدينة كيدال.", "malian_government"),
], ids=["niger", "mali"])
def test_the_junta_is_the_government_of_the_storys_sahel_state(resolve_text, text, entity):
    assert entity in _found(resolve_text(text))


@pytest.mark.parametrize("text, entity, type_", [
    ("واستعاد مقاتلو حركة 23 مارس السيطرة على تلة تطل على الطريق.", "m23", "ArmedGroup"),
    ("وقال متحدث باسم حركة إم 23 إن قواته لن تنسحب.", "m23", "ArmedGroup"),
    ("وأعلن تحالف نهر الكونغو تعيين حاكم جديد للإقليم.", "congo_river_alliance", "ArmedGroup"),
    ("واشتبكت ميليشيات وازاليندو مع المتمردين قرب الطريق الرئيسي.", "wazalendo", "ArmedGroup"),
    ("وقتل متمردو القوات الديمقراطية المتحالفة مزارعين في هجوم ليلي.", "allied_democratic_forces", "ArmedGroup"),
    ("وقالت بعثة مونوسكو إنها تؤوي مئات النازحين.", "monusco", "Organization"),
    ("وأصدر المجلس السيادي قرارا بتشكيل لجنة تحقيق.", "sudan_sovereignty_council", "Government"),
    ("وأعلن الإطار الاستراتيجي الدائم سيطرته على موقع عسكري قرب كيدال.", "csp_azawad", "ArmedGroup"),
], ids=lambda v: v if isinstance(v, str) and v.isascii() else None)
def test_actors_of_other_conflicts_are_found_and_typed(resolve_text, text, entity, type_):
    found = _found(resolve_text(text))
    assert found.get(entity) == type_, f"{entity} not found as {type_}: {found}"


@pytest.mark.parametrize("text, entity, type_", [
    ("ودخل المتمردون مدينة غوما بعد قتال استمر يومين.", "goma", "City"),
    ("وفر السكان من جوما باتجاه الحدود الرواندية.", "goma", "City"),
    ("وأغلقت المتاجر في بوكافو خوفا من وصول المقاتلين.", "bukavu", "City"),
    ("وقتل عشرات المدنيين في هجوم على قرية قرب بونيا.", "bunia", "City"),
    ("وتقدمت القوات نحو أوفيرا على ضفة بحيرة تنجانيقا.", "uvira", "City"),
    ("واندلعت المعارك في إقليم روتشورو وماسيسي.", "rutshuru", "City"),
    ("واندلعت المعارك في روتشورو وماسيسي.", "masisi", "City"),
    ("وتشهد مقاطعة شمال كيفو أزمة إنسانية حادة.", "north_kivu", "Region"),
    ("ونزح الآلاف في نورث كيفو خلال الأسبوع الماضي.", "north_kivu", "Region"),
    ("وقال حاكم كيفو الشمالية إن الوضع تحت السيطرة.", "north_kivu", "Region"),
    ("وامتد القتال إلى جنوب كيفو المجاورة.", "south_kivu", "Region"),
    ("وشهد إقليم إيتوري هجمات متكررة على المخيمات.", "ituri", "Region"),
    ("وهاجم المسلحون قرى في إقليم كابو ديلغادو شمالي البلاد.", "cabo_delgado", "Region"),
    ("واستعادت القوات السيطرة على ميناء موسيمبوا دا برايا.", "mocimboa_da_praia", "City"),
    ("وفر الناجون من بالما إلى بيمبا على متن قوارب.", "palma_mz", "City"),
    ("وفر الناجون من بالما إلى بيمبا على متن قوارب.", "pemba_mz", "City"),
    ("وانطلقت القافلة من أغاديز نحو الحدود الليبية.", "agadez", "City"),
    ("واشتبكت الميليشيات مع الجيش في ضواحي غوندار.", "gonder", "City"),
    ("وتحاصر القوات الروسية مدينة بوكروفسك من ثلاث جهات.", "pokrovsk", "City"),
    ("وأعلنت موسكو السيطرة على توريتسك بعد أشهر من القتال.", "toretsk", "City"),
    ("وتدور معارك عنيفة في تشاسيف يار منذ الربيع.", "chasiv_yar", "City"),
    ("وقصفت المدفعية أحياء كوبيانسك الشرقية.", "kupiansk", "City"),
    ("وسقطت مسيرة على مبنى سكني في كورسك.", "kursk", "City"),
    ("ووصلت التعزيزات إلى كيسمايو عبر البحر.", "kismayo", "City"),
    ("واستهدفت غارة مواقع قرب سيئون في وادي حضرموت.", "seiyun", "City"),
    ("وتوقف ضخ النفط من حقل هجليج بعد الهجوم.", "heglig", "City"),
    ("وسيطر المتمردون على بلدة مينوفا على ضفاف بحيرة كيفو.", "minova", "City"),
    ("وتقدم المقاتلون من ساكي نحو المطار.", "sake_cd", "City"),
    ("وقتل قرويون في هجوم على مخيم للنازحين في جوغو.", "djugu", "City"),
    ("وفر السكان من لوبيرو بعد اقتراب القتال.", "lubero", "City"),
    ("وشهدت كانيابايونغا وواليكالي معارك عنيفة.", "kanyabayonga", "City"),
    ("وخطف مسلحون عشرات التلاميذ في ولاية زامفارا.", "zamfara_state", "Region"),
    ("وهاجم المسلحون معسكرا للجيش في غووزا قرب الحدود الكاميرونية.", "gwoza", "City"),
    ("ونزح الآلاف إلى مونغونو هربا من الهجمات.", "monguno", "City"),
    ("وقتل مئات المدنيين في هجوم على بارسالوغو.", "barsalogho", "City"),
    ("وقصفت مسيرات مواقع قرب تينزاواتين على الحدود الجزائرية.", "tinzaouaten", "City"),
    ("وسيطرت الميليشيا على دبري ماركوس لساعات.", "debre_markos", "City"),
    ("ودوت انفجارات في لفيف غرب البلاد فجر اليوم.", "lviv", "City"),
    ("وأصاب صاروخ مبنى إداريا في ميكولايف.", "mykolaiv", "City"),
    ("وانسحبت القوات من فوغليدار بعد حصار طويل.", "vuhledar", "City"),
    ("وتقدمت الوحدات الروسية نحو ميرنوهراد ودوبروبيليا.", "myrnohrad", "City"),
    ("وتقدمت الوحدات الروسية نحو ميرنوهراد ودوبروبيليا.", "dobropillia", "City"),
    ("واستعاد الجيش الروسي بلدة سودجا في منطقة كورسك.", "sudzha", "City"),
    ("وهاجمت مسيرات مصفاة نفط في بريانسك.", "bryansk", "City"),
    ("وقصفت قوات الدعم السريع بلدة أم صميمة غرب الأبيض.", "um_sumeima", "City"),
    ("ووقعت معارك حول الخوي في غرب كردفان.", "al_khuwei", "City"),
])
def test_places_of_other_conflicts_are_found_and_typed(resolve_text, text, entity, type_):
    found = _found(resolve_text(text))
    assert found.get(entity) == type_, f"{entity} not found as {type_}: {found}"


@pytest.mark.parametrize("text, entity, country", [
    ("ودخل المتمردون مدينة غوما بعد قتال استمر يومين.", "goma", "CD"),
    ("وهاجم المسلحون قرى في إقليم كابو ديلغادو شمالي البلاد.", "cabo_delgado", "MZ"),
    ("وتحاصر القوات الروسية مدينة بوكروفسك من ثلاث جهات.", "pokrovsk", "UA"),
])
def test_new_places_carry_their_country(registry, text, entity, country):
    assert registry.country_of(entity) == country


@pytest.mark.parametrize("text, mission", [
    ("سيطر المتمردون على غوما في شرق الكونغو الديمقراطية. وقالت قوات حفظ السلام إنها صدت هجوما على قاعدتها.", "monusco"),
    ("قصفت المدفعية بلدات في جنوب لبنان. وقالت قوات حفظ السلام إن أحد مواقعها أصيب.", "unifil"),
    ("اندلعت اشتباكات في ملكال بجنوب السودان. ولجأ المدنيون إلى قاعدة قوات حفظ السلام.", "unmiss"),
    ("هاجمت حركة الشباب قاعدة في جنوب الصومال. وقالت قوات حفظ السلام إنها صدت الهجوم.", "aussom"),
], ids=["congo", "lebanon", "south-sudan", "somalia"])
def test_peacekeepers_are_the_mission_of_the_articles_country(resolve_text, text, mission):
    found = {m.entity_id for m in resolve_text(text).mentions if "حفظ" in m.text}
    assert found == {mission}


def test_peacekeepers_without_a_country_are_no_mission(resolve_text):
    found = {m.entity_id for m in resolve_text("وقالت قوات حفظ السلام إنها تراقب الوضع.").mentions if "حفظ" in m.text}
    assert not found & {"monusco", "unifil", "unmiss", "aussom"}


def test_no_place_is_named_in_uyghur_or_kurdish_spelling(registry):
    """GeoNames' Arabic-letter names include Uyghur and Kurdish spellings (ئىسلامئاباد): a word
    that opens on ئ or has ى inside is no Arabic spelling, and never a place's name."""
    assert registry.entities["islamabad"].name == "إسلام آباد"
    odd = [(e.id, n) for e in registry.entities.values() for n in (e.name, *e.aliases)
           if any(w.startswith("ئ") or "ى" in w[:-1] for w in n.split())]
    assert odd == []
