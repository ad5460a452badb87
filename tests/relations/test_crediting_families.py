"""Families of crediting in Arabic news that the rules did not carry: the speaker going on with
تابع (وتابع أن، وتابع قائلا، وتابع المرصد أن), a body named again by the head word of its name
(وأوضحت اللجنة أن ...), a verb of saying after an opening phrase and فقد (أما في دارفور، فقد أعلن
الجيش أن ...), a verb of documenting with a verbal noun (وثق المرصد مقتل ...), unnamed sources of a
body after a source preposition (بحسب مصادر طبية في مستشفى ...), the medium of the words between
the speaker and what he says (قال الجيش في بيان نشره على صفحته إن ...), and a statement whose
issuer opens the sentence (وفي بيان أصدرته الوزارة، قالت إن ...). Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation, obj=None):
    claims = [c for c in extract_text(text).claims if c.predicate == relation and (obj is None or c.object == obj)]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


# --- تابع goes on with the speaker's words (only before a complementiser, قائلا or a source)

@pytest.mark.parametrize("second", [
    "وتابع أن قوات النظام هاجمت بلدة كفرنبل.",
    "وتابع قائلا إن قوات النظام هاجمت بلدة كفرنبل.",
    "وتابع المرصد أن قوات النظام هاجمت بلدة كفرنبل.",
    "ويتابع المرصد أن قوات النظام هاجمت بلدة كفرنبل.",
], ids=["tabi-an", "tabi-qaila", "tabi-source", "yatabi-source"])
def test_tabi_goes_on_with_the_speaker(extract_text, second):
    text = "وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدة سراقب. " + second
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {"sohr"}


def test_tabi_of_a_force_going_on_is_no_speech(extract_text):
    text = "وقال المرصد السوري لحقوق الإنسان إن المعارك مستمرة. وتابعت قوات النظام قصف بلدة كفرنبل."
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {None}


# --- a body named again by the head word of its name

@pytest.mark.parametrize("second", [
    "وأوضحت اللجنة أن الطائرات الإسرائيلية قصفت مدينة رفح.",
    "وقالت اللجنة في بيان إن الطائرات الإسرائيلية قصفت مدينة رفح.",
], ids=["explained", "said-in-a-statement"])
def test_a_body_named_again_by_its_head_word_goes_on(extract_text, second):
    text = "أكدت اللجنة الدولية للصليب الأحمر أن الطائرات الإسرائيلية قصفت مخيم جباليا. " + second
    assert _sources(extract_text, text, "ATTACKED", "rafah") == {"icrc"}


def test_a_head_word_of_no_speaker_credits_no_one(extract_text):
    """اللجنة with no committee credited before: nobody goes on."""
    text = "قصفت الطائرات الإسرائيلية مخيم جباليا. وقالت اللجنة إن الطائرات الإسرائيلية قصفت مدينة رفح."
    assert _sources(extract_text, text, "ATTACKED", "rafah") == {None}


# --- an opening phrase, then فقد and the verb of saying

@pytest.mark.parametrize("text", [
    "أما في دارفور، فقد أعلن الجيش السوداني أن قوات الدعم السريع قصفت مدينة الفاشر.",
    "وفي شمال دارفور، فقد أكد الجيش السوداني أن قوات الدعم السريع قصفت مدينة الفاشر.",
], ids=["amma-faqad", "wa-fi-faqad"])
def test_a_speaker_after_an_opening_phrase_and_faqad(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "el_fasher") == {"sudanese_armed_forces"}


# --- a verb of documenting with a verbal noun

@pytest.mark.parametrize("text", [
    "ووثق المرصد السوري لحقوق الإنسان مقتل خمسة مدنيين في قصف لقوات النظام على بلدة سراقب.",
    "ويوثق المرصد السوري لحقوق الإنسان قصف قوات النظام بلدة سراقب.",
], ids=["wathaqa-killing", "yuwaththiq-shelling"])
def test_a_monitor_documenting_an_event_is_credited(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "saraqib") == {"sohr"}


def test_a_network_documenting_an_event_is_credited(extract_text):
    text = "وثقت الشبكة السورية لحقوق الإنسان مقتل ثلاثة مدنيين في قصف لقوات النظام على بلدة كفرنبل."
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {"syrian_network_for_human_rights"}


# --- unnamed sources of a body after a source preposition

@pytest.mark.parametrize("text, source", [
    ("بحسب مصادر طبية في مستشفى الشفاء، قصفت الطائرات الإسرائيلية مخيم جباليا.", "al_shifa_hospital"),
    ("وقصفت الطائرات الإسرائيلية مخيم جباليا، بحسب مصادر طبية في مستشفى الشفاء.", "al_shifa_hospital"),
    ("وقصفت الطائرات الإسرائيلية مخيم جباليا، وفق مصادر في الدفاع المدني الفلسطيني.", "palestinian_civil_defense"),
], ids=["front-hospital", "after-hospital", "after-civil-defence"])
def test_sources_of_a_body_credit_the_body(extract_text, text, source):
    assert _sources(extract_text, text, "ATTACKED", "jabalya") == {source}


def test_sources_of_a_body_told_of_by_naqlan(extract_text):
    text = "ونقلا عن مصادر في الجيش السوداني، قصفت قوات الدعم السريع مدينة الأبيض."
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"sudanese_armed_forces"}


@pytest.mark.parametrize("text, obj", [
    ("بحسب مصادر محلية، قصفت الطائرات الإسرائيلية مخيم جباليا.", "jabalya"),
    ("وقصفت الطائرات الإسرائيلية مستشفى الشفاء، بحسب مصادر طبية.", "al_shifa_hospital"),
], ids=["local-sources", "hospital-is-the-target"])
def test_unnamed_sources_of_no_body_credit_no_one(extract_text, text, obj):
    assert _sources(extract_text, text, "ATTACKED", obj) == {None}


# --- the medium of the words between the speaker and what he says

@pytest.mark.parametrize("text", [
    "وقال الجيش السوداني في بيان نشره على صفحته إن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وقال الجيش السوداني في بيان نشره إن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وقال الجيش السوداني في منشور على صفحته في فيسبوك نشره مساء الأحد إن قوات الدعم السريع قصفت مدينة الأبيض.",
], ids=["statement-published-on-page", "statement-published", "post-published-later"])
def test_the_medium_of_the_words_keeps_the_speaker(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"sudanese_armed_forces"}


# --- a statement whose issuer opens the sentence

@pytest.mark.parametrize("text", [
    "وفي بيان أصدرته وزارة الخارجية السودانية، قالت إن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وفي بيان نشرته وزارة الخارجية السودانية، أكدت أن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وفي بيان لوزارة الخارجية السودانية، قالت إن قوات الدعم السريع قصفت مدينة الأبيض.",
], ids=["issued", "published", "of-the-ministry"])
def test_the_issuer_of_an_opening_statement_speaks(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"sudanese_foreign_ministry"}


def test_a_speaker_named_after_the_verb_speaks_not_the_issuer(extract_text):
    text = "وفي بيان لوزارة الخارجية السودانية، قال الوزير علي الصادق إن قوات الدعم السريع قصفت مدينة الأبيض."
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") != {"sudanese_foreign_ministry"}


# --- more ways the same source goes on: كما, a statement named again, a closing verb

@pytest.mark.parametrize("second", [
    "كما أكد أن قوات الدعم السريع هاجمت مدينة بارا.",
    "وجاء في البيان أن قوات الدعم السريع هاجمت مدينة بارا.",
    "وورد في بيانه أن قوات الدعم السريع هاجمت مدينة بارا.",
    "ومضى قائلا إن قوات الدعم السريع هاجمت مدينة بارا.",
    "واختتم بالقول إن قوات الدعم السريع هاجمت مدينة بارا.",
    "وأضاف بأنها هاجمت مدينة بارا بالمسيرات، وأن قوات الدعم السريع قصفت مدينة بارا.",
], ids=["kama-akkada", "jaa-fi-al-bayan", "warada-fi-bayanihi", "mada-qailan", "ikhtatama-bil-qawl", "adafa-bi-annaha"])
def test_the_same_source_goes_on(extract_text, second):
    text = "وقال الجيش السوداني في بيان إن قوات الدعم السريع قصفت مدينة الأبيض. " + second
    assert _sources(extract_text, text, "ATTACKED", "barah") == {"sudanese_armed_forces"}


@pytest.mark.parametrize("second", [
    "ومضى أسبوع على هجوم قوات الدعم السريع على مدينة بارا.",
    "وجاء الهجوم بعد أن هاجمت قوات الدعم السريع مدينة بارا.",
], ids=["a-week-passed", "the-attack-came"])
def test_a_verb_of_going_on_in_another_sense_carries_nothing(extract_text, second):
    text = "وقال الجيش السوداني في بيان إن قوات الدعم السريع قصفت مدينة الأبيض. " + second
    assert _sources(extract_text, text, "ATTACKED", "barah") == {None}


# --- verbs of writing on a platform

@pytest.mark.parametrize("verb", ["وكتب", "وغرد"])
def test_a_person_writing_on_a_platform_is_credited(extract_text, verb):
    text = f"{verb} وزير الخارجية المصري سامح شكري على منصة إكس أن قوات الدعم السريع قصفت مدينة الأبيض."
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"sameh_shoukry"}


# --- the past perfect of saying with a longer subject (وكان X ... قد أعلن أن)

@pytest.mark.parametrize("text, source", [
    ("وكان الجيش السوداني قد أعلن الأسبوع الماضي أن قوات الدعم السريع قصفت مدينة الأبيض.", "sudanese_armed_forces"),
    ("وكانت مصادر في الجيش السوداني قد ذكرت أن قوات الدعم السريع قصفت مدينة الأبيض.", "sudanese_armed_forces"),
    ("وكانت وزارة الخارجية السودانية في الخرطوم قد أكدت أمس أن قوات الدعم السريع قصفت مدينة الأبيض.",
     "sudanese_foreign_ministry"),
], ids=["army-time", "sources-in-the-army", "ministry-in-a-place"])
def test_the_past_perfect_speaker_is_credited(extract_text, text, source):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {source}


def test_a_past_perfect_event_is_no_saying(extract_text):
    text = "وكانت قوات الدعم السريع قد قصفت مدينة الأبيض الأسبوع الماضي، وقال الأهالي إن القصف استمر."
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {None}


# --- a later speaker's clause is his even when the opening part credits no one

def test_a_later_speaker_after_an_uncredited_opening(extract_text):
    text = ("وقال جيش الاحتلال إن طائراته قصفت مخيم جباليا، فيما قالت منظمة العفو الدولية إن "
            "الطائرات الإسرائيلية قصفت مدينة رفح.")
    assert _sources(extract_text, text, "ATTACKED", "rafah") == {"amnesty_international"}


# --- the source after the claim: more prepositions and the body's figures

@pytest.mark.parametrize("tail, source", [
    ("، استنادا إلى الأمم المتحدة.", "united_nations"),
    ("، استنادا للجيش السوداني.", "sudanese_armed_forces"),
    ("، على لسان الجيش السوداني.", "sudanese_armed_forces"),
    ("، بحسب أرقام الأمم المتحدة.", "united_nations"),
    ("، وفق معطيات الأمم المتحدة.", "united_nations"),
    ("، وفقا لتقديرات الأمم المتحدة.", "united_nations"),
], ids=["istinadan-ila", "istinadan-li", "ala-lisan", "arqam", "muatayat", "taqdirat"])
def test_a_source_named_after_the_claim(extract_text, tail, source):
    text = "وقصفت قوات الدعم السريع مدينة الفاشر" + tail
    assert _sources(extract_text, text, "ATTACKED", "el_fasher") == {source}


def test_a_toll_of_no_one_credits_no_one(extract_text):
    text = "وقصفت قوات الدعم السريع مدينة الفاشر، بحسب حصيلة أولية."
    assert _sources(extract_text, text, "ATTACKED", "el_fasher") == {None}


# --- a titled person speaking to an outlet is the speaker; a source close to him is not him

@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المصري سامح شكري في تصريح لقناة الجزيرة إن قوات الدعم السريع سيطرت على مدينة بارا.",
    "وقال وزير الخارجية المصري سامح شكري لقناة الجزيرة إن قوات الدعم السريع سيطرت على مدينة بارا.",
], ids=["in-a-statement-to", "to"])
def test_a_titled_person_telling_an_outlet_speaks(extract_text, text):
    assert _sources(extract_text, text, "CAPTURED", "barah") == {"sameh_shoukry"}


def test_a_source_close_to_a_person_telling_an_outlet_is_not_him(extract_text):
    text = ("وقال مصدر مقرب من وزير الخارجية المصري سامح شكري لقناة الجزيرة إن قوات الدعم السريع "
            "سيطرت على مدينة بارا.")
    assert _sources(extract_text, text, "CAPTURED", "barah") == {"al_jazeera"}


# --- every person and number of the verbs of saying

@pytest.mark.parametrize("verb", ["وأكدتا", "وأفادتا", "وأوضحتا", "وأضافتا", "وأشارتا إلى"])
def test_dual_verbs_of_saying_go_on(extract_text, verb):
    text = ("وقالت منظمة العفو الدولية إن قوات الدعم السريع قصفت مدينة الأبيض. "
            f"{verb} أن قوات الدعم السريع هاجمت مدينة بارا.")
    assert _sources(extract_text, text, "ATTACKED", "barah") == {"amnesty_international"}


@pytest.mark.parametrize("verb", ["ويؤكدون أن", "ويقولون إن", "ويشيرون إلى أن", "ويضيفون أن"])
def test_plural_imperfect_verbs_of_saying_go_on(extract_text, verb):
    text = (f"وقال ناشطون في المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدة سراقب. {verb} قوات "
            "النظام هاجمت بلدة كفرنبل.")
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {"sohr"}


# --- a quotation going on after a verb and a colon, and a sentence that is all a quotation

@pytest.mark.parametrize("second", [
    'وأضاف: "قوات النظام هاجمت بلدة كفرنبل".',
    'وتابع: «قوات النظام هاجمت بلدة كفرنبل».',
    '"وقد هاجمت قوات النظام بلدة كفرنبل أيضا".',
    '«وقد هاجمت قوات النظام بلدة كفرنبل أيضا».',
], ids=["added-colon", "went-on-colon", "quoted-sentence", "quoted-sentence-guillemets"])
def test_the_quotation_goes_on_with_the_speaker(extract_text, second):
    text = "وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدة سراقب. " + second
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {"sohr"}


def test_a_quoted_sentence_after_no_speaker_credits_no_one(extract_text):
    text = 'وقصفت الطائرات الروسية بلدة سراقب. "وقد هاجمت قوات النظام بلدة كفرنبل أيضا".'
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {None}


# --- a claim before a later speaker's announcement is not his; a relative that credits the claim before

def test_the_clause_before_a_later_announcement_is_not_the_announcers(extract_text):
    text = ("وقصفت قوات النظام بلدة سراقب، في حين أكد المرصد السوري لحقوق الإنسان قصف الطائرات الروسية "
            "بلدة كفرنبل.")
    assert _sources(extract_text, text, "ATTACKED", "saraqib") == {None}
    assert _sources(extract_text, text, "ATTACKED", "kafranbel") == {"sohr"}


def test_al_amr_alladhi_credits_the_claim_before(extract_text):
    text = "وقصفت قوات النظام بلدة سراقب، الأمر الذي أكده المرصد السوري لحقوق الإنسان."
    assert _sources(extract_text, text, "ATTACKED", "saraqib") == {"sohr"}


# --- according to a spokesman: the body when no one is named, the person when he is

@pytest.mark.parametrize("text", [
    "وقصفت قوات الدعم السريع مدينة الأبيض، بحسب المتحدث باسم الجيش السوداني.",
    "وقصفت قوات الدعم السريع مدينة الأبيض، وفقا للمتحدث باسم الجيش السوداني.",
    "وبحسب ناطق باسم الجيش السوداني، قصفت قوات الدعم السريع مدينة الأبيض.",
], ids=["bihasab-spokesman", "wifqan-li-spokesman", "front-a-spokesman"])
def test_according_to_an_unnamed_spokesman_credits_the_body(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"sudanese_armed_forces"}


@pytest.mark.parametrize("text", [
    "وقصفت قوات الدعم السريع مدينة الأبيض، بحسب المتحدث باسم الجيش السوداني نبيل عبد الله.",
    "وبحسب المتحدث باسم الجيش السوداني، العميد نبيل عبد الله، قصفت قوات الدعم السريع مدينة الأبيض.",
], ids=["named-after", "named-in-an-apposition"])
def test_according_to_a_named_spokesman_credits_him(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {"nabil_abdallah"}
