"""The learned relation scorer: candidate features, gold alignment, the model's arithmetic and
JSON form, the hook after the rules, threshold choice, and (with ../shared) grouped cross-validation."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from kg.errors import KgError
from kg.relations import scorer as sc
from kg import scorer_train as st

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"

SENTENCE = "سيطرت قوات الدعم السريع على مدينة الفاشر بعد معارك عنيفة."


@pytest.fixture(scope="module")
def extractor(resolve_text):
    from kg.relations.extractor import RelationExtractor
    ex = RelationExtractor(resolve_text(SENTENCE))
    return ex, ex.run()


def _pair(cands, a_word, b_word):
    found = [c for c in cands if a_word in c.a.text and b_word in c.b.text]
    assert found, [(c.a.text, c.b.text) for c in cands]
    return found[0]


def test_candidate_features(extractor):
    ex, claims = extractor
    cands = sc.features_of(ex, claims)
    c = _pair(cands, "الدعم", "الفاشر")
    f = set(c.features)
    assert {"ta=ArmedGroup", "tt=ArmedGroup|City", "pb=", "bw=علي", "b1=علي"} <= f
    assert "r=CAPTURED>" in f and "rany" in f               # the rule's claim, subject first
    assert "trb=CAPTURED:verb" in f                          # سيطرت before the subject
    assert any(x.startswith("bp=") for x in f)               # part-of-speech of the words between
    assert c.a.token_start < c.b.token_start


def test_no_candidates_in_a_sentence_with_one_mention(resolve_text):
    from kg.relations.extractor import RelationExtractor
    ex = RelationExtractor(resolve_text("وصلت قوات الدعم السريع أمس."))
    assert sc.features_of(ex, ex.run()) == []


def test_direction_and_class_names():
    from kg.types import Mention
    a = Mention("t", 0, 0, 1, "a", "A", "City", "registry", 0, 1)
    b = Mention("t", 0, 2, 3, "b", "B", "City", "registry", 2, 3)
    assert sc.direction("A", "B", a, b, False) == ">"
    assert sc.direction("B", "A", a, b, False) == "<"
    assert sc.direction("B", "A", a, b, True) == "="
    assert sc.direction("A", "C", a, b, False) is None
    assert sc.split_class(sc.class_name("LOCATED_IN", "<")) == ("LOCATED_IN", "<")


def test_match_features_name_the_relation_of_the_trigger():
    feats = ["tt=ArmedGroup|City", "d=2", "pb=", "tr=CAPTURED:verb", "r=CAPTURED>", "rn=captured:verb>"]
    got = sc.match_features(feats, "CAPTURED", ">")
    assert {"mB:verb", "mB:verb|>", "mB|ArmedGroup|City|>", "mB|d=2|>", "mR", "mRn:captured:verb"} <= set(got)
    assert sc.match_features(feats, "CAPTURED", "<")[-1] == "mRdir"
    assert sc.match_features(feats, "ENTERED", ">") == ["mRother"]


def _model(**kw):
    args = dict(classes=["CAPTURED>", "ENTERED>"], bias=[-1.0, -2.0], generic={"bias": 0.5},
                conjoined={"tt=ArmedGroup|City": [[0, 1.0], [1, 0.25]]}, match={"mR": 2.0},
                thresholds={"CAPTURED": {"keep": 0.5, "add": 0.9}})
    args.update(kw)
    return sc.ScorerModel(**args)


def test_probabilities_are_a_logistic_sum_of_the_weights():
    m = _model()
    p = m.probabilities([["bias", "tt=ArmedGroup|City", "r=CAPTURED>"], ["bias", "unknown"]])
    sig = lambda z: 1 / (1 + math.exp(-z))
    assert p[0, 0] == pytest.approx(sig(-1 + 0.5 + 1 + 2))        # bias + generic + conjoined + match
    assert p[0, 1] == pytest.approx(sig(-2 + 0.5 + 0.25 - 0))     # ENTERED: rule is another relation
    assert p[1, 0] == pytest.approx(sig(-0.5))
    assert m.threshold("CAPTURED", "keep") == 0.5 and m.threshold("ENTERED", "add") > 1


def test_classes_never_seen_with_the_types_are_masked_unless_a_rule_says_so():
    m = _model(compatible=["ArmedGroup|City|CAPTURED>"])
    p = m.probabilities([["tt=ArmedGroup|City"], ["tt=City|City"], ["tt=City|City", "r=ENTERED>"]])
    assert p[0, 0] > 0 and p[0, 1] == 0
    assert p[1, 0] == 0 and p[1, 1] == 0
    assert p[2, 1] > 0


def test_model_json_round_trip_and_bad_format(tmp_path):
    m = _model(compatible=["ArmedGroup|City|CAPTURED>"])
    path = tmp_path / "scorer.json"
    m.save(path)
    again = sc.load(str(path))
    feats = [["bias", "tt=ArmedGroup|City", "r=CAPTURED>"]]
    assert np.allclose(again.probabilities(feats), m.probabilities(feats))
    path.write_text('{"format": "x"}', encoding="utf-8")
    sc.load.cache_clear()
    with pytest.raises(KgError, match="not a kg relation scorer"):
        sc.load(str(path))
    with pytest.raises(KgError, match="not found"):
        sc.load(str(tmp_path / "none.json"))


def test_hook_drops_a_rule_claim_below_keep_and_adds_one_above_add(extract_text):
    base = {(c.subject, c.predicate, c.object) for c in extract_text(SENTENCE).claims}
    assert ("rapid_support_forces", "CAPTURED") in {t[:2] for t in base}
    drop_all = _model(bias=[-50.0, -50.0], thresholds={"CAPTURED": {"keep": 0.5, "add": 0.9}})
    with sc.using(drop_all):
        assert not [c for c in extract_text(SENTENCE).claims if c.predicate == "CAPTURED"]
    add_entered = _model(bias=[50.0, 50.0], thresholds={"ENTERED": {"keep": 0.0, "add": 0.5}})
    with sc.using(add_entered):
        x = extract_text(SENTENCE)
    got = {(c.subject, c.predicate, c.object): c for c in x.claims}
    assert base <= set(got)                                   # CAPTURED keeps (keep 0 by default)
    added = [c for k, c in got.items() if k[1] == "ENTERED"]
    assert added and added[0].provenance.rule == "scorer:entered"
    assert added[0].provenance.sentence.startswith("سيطرت")
    with sc.using(None):                                      # rules alone
        assert {(c.subject, c.predicate, c.object) for c in extract_text(SENTENCE).claims} == base


def test_switch_turns_the_shipped_model_off(monkeypatch):
    monkeypatch.setenv(sc.SWITCH, "off")
    assert sc.active_model() is None
    monkeypatch.setenv(sc.SWITCH, "on")
    assert sc.enabled()


def _item(triple, by_rule, p):
    return st.Item(triple, triple[1], by_rule, p)


def test_counts_and_threshold_choice_on_hand_built_items():
    a = st.ArticleData("x", None, [], [], [], {}, {("A", "CAPTURED", "B"), ("C", "CAPTURED", "D")}, set())
    items = [_item(("A", "CAPTURED", "B"), True, 0.9),     # a rule's true relation
             _item(("E", "CAPTURED", "F"), True, 0.1),     # a rule's false one, scored low
             _item(("C", "CAPTURED", "D"), False, 0.8)]    # a true one no rule found, scored high
    rules = st.counts([(a, items)], {}, frozenset())
    assert rules["CAPTURED"] == [1, 1, 1]
    best = st.counts([(a, items)], {"CAPTURED": (0.5, 0.5)}, frozenset())
    assert best["CAPTURED"] == [2, 0, 0]
    chosen = st.choose_thresholds([(a, items)], ["CAPTURED"], frozenset())
    keep, add = chosen["CAPTURED"]
    assert 0.1 < keep <= 0.9 and add <= 0.8
    assert st.f1_of(st.counts([(a, items)], chosen, frozenset()))[2] == 1.0


def test_threshold_search_by_type_matches_counting_every_item():
    """The search counts each type on its own items (and leaves out what no add threshold reaches):
    the same figures as counting every item of the articles with only that type's thresholds."""
    import random
    rng = random.Random(3)
    rels = ["CAPTURED", "ENTERED", "KILLED"]
    arts = []
    for n in range(4):
        gold = {(f"e{rng.randrange(6)}", rng.choice(rels), f"e{rng.randrange(6)}") for _ in range(8)}
        items = []
        for _ in range(60):
            r = rng.choice(rels)
            items.append(st.Item((f"e{rng.randrange(6)}", r, f"e{rng.randrange(6)}"), r, rng.random() < 0.4,
                                 rng.random()))
        items.append(st.Item(("?", "x", "KILLED", "y"), "KILLED", True, rng.random()))
        arts.append((st.ArticleData(f"a{n}", None, [], [], [], {}, gold, set()), items))
    per_type = st.type_counts(arts, rels, frozenset())
    for rel in rels:
        for th in [(k, a) for k in st.KEEP_GRID for a in st.ADD_GRID]:
            assert per_type[rel][th] == st.counts(arts, {rel: th}, frozenset())[rel], (rel, th)
    assert any(per_type["KILLED"][th] != per_type["KILLED"][(0.0, st.OFF)] for th in per_type["KILLED"])


def test_article_folds_are_disjoint_and_cover_all():
    ids = [f"a{i}" for i in range(11)]
    folds = st.article_folds(ids, 4)
    assert sorted(x for f in folds for x in f) == sorted(ids)
    assert all(not (f & g) for i, f in enumerate(folds) for g in folds[i + 1:])


needs_shared = pytest.mark.skipif(not SCORE_PY.is_file(), reason="needs ../shared/eval/score.py")


@pytest.mark.shared
@needs_shared
def test_gold_alignment_labels_pairs_by_evidence(registry):
    from kg.ingest import make_article
    text = SENTENCE + " وأعلنت قوات الدعم السريع أن الفاشر هادئة."
    gold = {"article": "t", "entities": [
        {"key": "RSF", "type": "ArmedGroup", "aliases": ["قوات الدعم السريع"]},
        {"key": "El Fasher", "type": "City", "aliases": ["الفاشر", "مدينة الفاشر"]}],
        "relations": [{"s": "RSF", "p": "CAPTURED", "o": "El Fasher", "evidence": SENTENCE[:-1]},
                      {"s": "RSF", "p": "ENTERED", "o": "El Fasher", "evidence": SENTENCE, "optional": True}]}
    a = st.read_article(make_article("t", text, "-"), gold, st.load_shared_scorer(SCORE_PY))
    assert set(a.keys.values()) >= {"RSF", "El Fasher"}
    labelled = {(c.sentence, frozenset(lab), frozenset(ign)) for c, lab, ign in zip(a.candidates, a.labels, a.ignored)
                if {a.keys[c.a.entity_id], a.keys[c.b.entity_id]} == {"RSF", "El Fasher"}}
    assert (0, frozenset({"CAPTURED>"}), frozenset({"ENTERED>"})) in labelled     # the evidence sentence
    assert (1, frozenset(), frozenset({"CAPTURED>", "ENTERED>"})) in labelled      # not stated there
    assert a.gold_required == {("RSF", "CAPTURED", "El Fasher")}


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir() or not SCORE_PY.is_file(), reason="needs ../shared")
def test_cross_validation_never_scores_an_article_with_a_model_trained_on_it(tmp_path):
    articles = st.read_corpus(SHARED / "corpus" / "dev", SHARED / "eval" / "gold", SCORE_PY)[:12]
    models = st.cross_validate(articles, k=3, inner_k=2, log=lambda *_: None)
    assert set(models) == {a.id for a in articles}
    for aid, model in models.items():
        assert aid not in model.meta["articles"]
    st.build_graph(articles, models, tmp_path / "g.json")
    summary, table = st.by_type(st.load_shared_scorer(SCORE_PY), tmp_path / "g.json", SHARED / "eval" / "gold")
    assert summary["relation"]["tp"] > 0 and table


def test_training_pairs_default_to_the_dev_set_and_our_own_articles(tmp_path, monkeypatch):
    from argparse import Namespace
    from kg.commands import scorer as cmd
    (tmp_path / "w").mkdir()
    monkeypatch.chdir(tmp_path / "w")                  # no ../shared from here: our own articles alone
    fixtures = cmd.FIXTURES
    assert cmd.corpus_pairs(Namespace(corpus=None, gold=None)) == [(str(fixtures / "corpus"), str(fixtures / "gold"))]
    (tmp_path / "shared" / "corpus" / "dev").mkdir(parents=True)
    (tmp_path / "shared" / "eval" / "gold").mkdir(parents=True)
    pairs = cmd.corpus_pairs(Namespace(corpus=None, gold=None))
    assert pairs == [(cmd.DEFAULT_CORPUS, cmd.DEFAULT_GOLD), (str(fixtures / "corpus"), str(fixtures / "gold"))]
    assert cmd.corpus_pairs(Namespace(corpus=["a", "b"], gold=["ga", "gb"])) == [("a", "ga"), ("b", "gb")]
    with pytest.raises(KgError, match="one --gold per --corpus"):
        cmd.corpus_pairs(Namespace(corpus=["a", "b"], gold=["ga"]))


def test_several_annotated_sets_are_read_in_order_and_an_article_annotated_twice_is_an_error(monkeypatch):
    from types import SimpleNamespace
    sets = {"c1": ["x", "y"], "c2": ["z"], "c3": ["y"]}
    monkeypatch.setattr(st, "read_corpus", lambda c, g, s, exclude=(): [SimpleNamespace(id=i) for i in sets[c]
                                                                         if i not in exclude])
    assert [a.id for a in st.read_corpora([("c1", "g1"), ("c2", "g2")], "score.py")] == ["x", "y", "z"]
    assert [a.id for a in st.read_corpora([("c1", "g1"), ("c3", "g3")], "score.py", ["y"])] == ["x"]
    with pytest.raises(KgError, match="annotated in both"):
        st.read_corpora([("c1", "g1"), ("c3", "g3")], "score.py")


def test_gold_files_are_found_by_article_over_several_dirs(tmp_path):
    import json
    for d, name in (("g1", "a"), ("g1", "b"), ("g2", "c")):
        (tmp_path / d).mkdir(exist_ok=True)
        (tmp_path / d / f"{name}.json").write_text(json.dumps({"article": name, "relations": []}))
    found = st.gold_files([("c1", tmp_path / "g1"), ("c2", tmp_path / "g2")], {"a", "c"})
    assert [p.name for p in found] == ["a.json", "c.json"]
