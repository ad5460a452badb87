"""kg.entities.driver: resolve runs the passes of explicit ordered lists, joins what each
returns, and takes its configuration as arguments (the environment is read at the edge)."""
from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest

import kg.entities
from kg.entities import driver
from kg.entities.spans import Span

ARABIC = re.compile("[\u0621-\u064a]")


@pytest.mark.parametrize("find", [p.find for p in driver.SENTENCE_PASSES] + list(driver.ARTICLE_PASSES),
                         ids=lambda f: f.__name__)
def test_every_pass_has_a_one_line_arabic_example(find):
    doc = find.__doc__ or ""
    assert "->" in doc and ARABIC.search(doc.split("->")[0]), f"{find.__name__}: {doc!r}"


def test_every_join_is_known_and_nothing_is_left_held():
    joins = [p.join for p in driver.SENTENCE_PASSES]
    assert set(joins) <= {driver.ADD, driver.HOLD, driver.SETTLE}
    last_hold = max(n for n, join in enumerate(joins) if join == driver.HOLD)
    assert driver.SETTLE in joins[last_hold + 1:], "held spans must be settled by a later pass"


def _checked(step: driver.Pass) -> driver.Pass:
    """The pass, failing when it changes any span it was given."""
    def find(given, so_far):
        before = copy.deepcopy((so_far.spans, so_far.held, so_far.nested))
        found = step.find(given, so_far)
        assert (so_far.spans, so_far.held, so_far.nested) == before, f"{step.find.__name__} edited its input"
        return found
    return driver.Pass(find, step.join)


@pytest.mark.parametrize("text", [
    "دخلت القوات بلدة كفرنبودة قرب مدينة إدلب ثم قصفت المدينة.",
    "نقل المعتقلون إلى سجن حمص المركزي وقال سامر الحسن إن كتيبة طولكرم انسحبت.",
    "وقصفت طائرات إسرائيلية بلدات عيترون، مركبا وبليدا وريف حلب الغربي وشمال سوريا.",
])
def test_no_pass_edits_the_spans_it_is_given(registry, cues, sentence, text):
    from kg.entities.context import signals
    from kg.entities.regions import DEFINITE_DIRECTIONS
    from kg.entities.registered import registry_spans
    s = sentence(text)
    given = driver.SentenceInput(s, registry, cues, "SY", [], signals(s, registry, DEFINITE_DIRECTIONS), [])
    checked = tuple(_checked(step) for step in driver.SENTENCE_PASSES)
    assert driver.sentence_spans(given, registry_spans(s, registry), checked) == \
        driver.sentence_spans(given, registry_spans(s, registry))


def test_the_stage_reads_no_environment_variable():
    for path in Path(kg.entities.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)} | \
            {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        assert not names & {"environ", "getenv"}, path.name


def test_without_the_recogniser_it_is_never_called(monkeypatch, registry):
    from kg.arabic import analyse
    from kg.ingest import make_article

    def refuse(text):
        raise AssertionError("the recogniser ran")
    monkeypatch.setattr(driver, "recognised_names", refuse)
    resolved = kg.entities.resolve(analyse(make_article("t", "وقال خالد العمري إن القصف على حمص توقف.", "-")),
                                   registry, use_ner=False)
    assert "homs" in {m.entity_id for m in resolved.mentions}
    assert not [m for m in resolved.mentions if m.source == "ner"]


@pytest.mark.parametrize("value, wanted", [("0", False), ("1", True), (None, True)])
def test_kg_ner_is_read_at_the_pipeline_edge(monkeypatch, value, wanted):
    import kg.pipeline
    from kg.ingest import make_article
    if value is None:
        monkeypatch.delenv("KG_NER", raising=False)
    else:
        monkeypatch.setenv("KG_NER", value)
    seen = []

    def spy(analysed, reg=None, use_ner=True):
        seen.append(use_ner)
        return real(analysed, reg, use_ner=False)
    real = kg.pipeline.resolve
    monkeypatch.setattr(kg.pipeline, "resolve", spy)
    kg.pipeline.extract_article(make_article("t", "وقال مصدر بحمص إن الاشتباكات توقفت.", "-"))
    assert seen == [wanted]


def test_the_passes_run_are_the_ones_listed(registry, cues, sentence):
    from kg.entities.registered import registry_spans
    s = sentence("دخلت القوات بلدة كفرنبودة قرب حمص.")
    given = driver.SentenceInput(s, registry, cues, "SY", [], [], [])
    found = registry_spans(s, registry)
    only_registry, records = driver.sentence_spans(given, found, passes=())
    assert [x.entity_id for x in only_registry] == ["homs"] and records == {}
    with_cues, records = driver.sentence_spans(given, found, passes=(driver.Pass(driver.cued_names, driver.SETTLE),))
    assert [x.entity_id for x in with_cues] == ["name:كفرنبوده", "homs"] and list(records) == ["name:كفرنبوده"]


def test_a_span_a_pass_reads_anew_replaces_the_old_one():
    so_far = driver.SpansSoFar([Span(4, 5, 20, 24, "idlib", "City", "registry")], [])
    anew = Span(3, 5, 14, 24, "idlib", "City", "registry")
    driver._join(so_far, driver.Found([], {}, {0: anew}), driver.SETTLE)
    assert so_far.spans == [anew]


def test_a_town_inside_another_towns_name_is_no_mention(resolve_text):
    r = resolve_text("واستهدفت مسيرة سيارة على طريق بنت جبيل - مارون الراس.")
    assert "byblos" not in {m.entity_id for m in r.mentions}
    assert "bint_jbeil" in {m.entity_id for m in r.mentions}


def test_a_region_inside_another_regions_name_is_no_mention(resolve_text):
    r = resolve_text("وتقدمت القوات في ولاية جنوب كردفان.")
    ids = {m.entity_id for m in r.mentions}
    assert "kordofan" not in ids and "south_kordofan" in ids, ids


@pytest.mark.parametrize("text", [
    "قال المتحدث باسم «جبهة الساحل» إن قواتها دخلت بلدات التلال والنخيل.",
    "وذكرت وكالة الأنباء الرسمية أن الفيلق الثالث انتشر في ريف المدينة الشرقي.",
    "وصل الوفد إلى المدينة صباح اليوم.",
    "وأعلنت الحكومة الليبية أن الهلال الأحمر الليبي نقل الجرحى إلى المستشفى.",
])
def test_passes_left_out_by_the_forms_would_find_nothing(registry, cues, sentence, text):
    """sentence_spans calls only the passes whose forms (needs_forms) the sentence holds: the
    same spans as calling every pass (a wrapped pass declares no forms)."""
    from kg.entities.context import signals
    from kg.entities.regions import DEFINITE_DIRECTIONS
    from kg.entities.registered import registry_spans
    s = sentence(text)
    given = driver.SentenceInput(s, registry, cues, "LY", [], signals(s, registry, DEFINITE_DIRECTIONS), [],
                                 s.norm_set)
    every = tuple(driver.Pass(lambda g, so_far, f=step.find: f(g, so_far), step.join) for step in driver.SENTENCE_PASSES)
    assert len(driver.passes_for(given, every)) == len(every)
    assert driver.sentence_spans(given, registry_spans(s, registry)) == \
        driver.sentence_spans(given, registry_spans(s, registry), every)
    assert len(driver.passes_for(given, driver.SENTENCE_PASSES)) < len(driver.SENTENCE_PASSES)
