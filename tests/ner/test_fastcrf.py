"""The fast CRF path: same tags and probabilities as crfsuite, exact decoding on small problems."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from kg.ner import fastcrf

_TEXT = [
    "أعلن وزير الخارجية سامي الحداد في مؤتمر صحفي عقده في عمان أمس أن وفدا من جامعة الدول العربية سيزور بغداد .",
    "وقال المتحدث باسم حركة النهضة الوطنية إن قوات الجيش انسحبت من بلدة الرمادي والقرى المحيطة بها .",
    "واستقبل الرئيس التونسي في قصر قرطاج السفير الياباني كينجي ناكامورا بحضور مدير شركة الكهرباء .",
    "سقطت قذائف على مخيم اليرموك جنوب دمشق مساء الأحد .",
    "؟",
    "",
]


def _brute_force(scores: np.ndarray, trans: np.ndarray):
    """Best path and marginals by enumerating every label sequence."""
    n, width = scores.shape
    weights = {}
    for path in itertools.product(range(width), repeat=n):
        total = sum(scores[t, y] for t, y in enumerate(path)) + sum(trans[a, b] for a, b in zip(path, path[1:]))
        weights[path] = total
    best = max(weights, key=weights.get)
    z = sum(np.exp(w) for w in weights.values())
    marg = np.zeros((n, width))
    for path, w in weights.items():
        for t, y in enumerate(path):
            marg[t, y] += np.exp(w) / z
    return list(best), marg


@pytest.mark.parametrize("seed", range(6))
def test_decoding_matches_enumeration(seed):
    rng = np.random.default_rng(seed)
    width = 3
    trans = rng.normal(size=(width, width))
    sentences = [rng.normal(scale=3, size=(n, width)) for n in (4, 1, 5, 2)]
    flat = np.concatenate(sentences)
    bounds = np.array([0, 4, 5, 10, 12], dtype=np.int64)
    loops_path = fastcrf._viterbi_loops(flat, bounds, trans)
    numpy_paths = fastcrf._viterbi(sentences, trans)
    numpy_marg = fastcrf._marginals(sentences, np.exp(trans))
    for k, (a, b) in enumerate(zip(bounds[:-1], bounds[1:])):
        best, marg = _brute_force(sentences[k], trans)
        assert loops_path[a:b].tolist() == best
        assert numpy_paths[k] == best
        assert np.allclose(numpy_marg[k], marg)
        on_path = fastcrf._path_marginals_loops(flat, bounds, np.exp(trans), loops_path, -1)[a:b]
        assert np.allclose(on_path, [marg[t, y] for t, y in enumerate(best)])


@pytest.fixture(scope="module")
def model():
    from kg.ner.model import load
    return load()


@pytest.fixture(scope="module")
def fast(model):
    return fastcrf.FastCrf.from_tagger(model._tagger, model.gazetteers, model.vocabulary)


def _sentences():
    from kg.ner.text import tokenise
    return [[t.form for t in tokenise(line)] for line in _TEXT]


def _reference(model, sentences):
    """The feature strings crfsuite is given for these sentences (whatever features.py computes)."""
    from kg.ner import features
    if hasattr(features, "document_features"):
        return model.document_features(sentences)
    return [features.sequence_features(s, model.gazetteers, model.vocabulary) for s in sentences]


def _extras(sentences):
    from kg.ner import features
    return features.nonlocal_features(sentences) if hasattr(features, "nonlocal_features") else None


def test_cached_scores_equal_the_feature_strings(model, fast):
    sentences = _sentences()
    assert fast.check(sentences, _reference(model, sentences), _extras(sentences))


def test_a_wrong_feature_mirror_is_caught(model, fast):
    sentences = [s for s in _sentences() if s]
    reference = _reference(model, sentences)
    bogus = [[("w=" + tok, "bias") for tok in s] for s in sentences]      # features crfsuite is not given
    assert not fast.check(sentences, reference, bogus)


def test_tags_and_probabilities_equal_crfsuite(model, fast):
    sentences = _sentences()
    got = fast.tag(sentences, extras=_extras(sentences))
    for xseq, (tags, probs) in zip(_reference(model, sentences), got):
        want_tags = model._tagger.tag(xseq) if xseq else []
        want_probs = [1.0 if t == "O" else model._tagger.marginal(t, i) for i, t in enumerate(want_tags)]
        assert tags == want_tags
        assert np.allclose(probs, want_probs, atol=1e-4)
    assert any(t != "O" for tags, _ in got for t in tags)            # the text has names


def test_numpy_decoder_gives_the_compiled_decoder_s_bits(fast, monkeypatch):
    """A process decodes with numpy until it has seen COMPILE_AFTER_TOKENS tokens: the result must
    not depend on which decoder ran, to the last bit of every probability."""
    sentences = _sentences()
    monkeypatch.setattr(fastcrf, "COMPILE_AFTER_TOKENS", 10**12)
    monkeypatch.setattr(fastcrf, "_compiled", None)
    by_numpy = fast.tag(sentences)
    assert fastcrf._compiled is None
    assert fastcrf.compiled_decoder()
    assert fast.tag(sentences) == by_numpy
    assert any(p != 1.0 for _, probs in by_numpy for p in probs)


@pytest.mark.parametrize("seed", range(20))
def test_numpy_path_marginals_are_the_loops_bits(seed):
    rng = np.random.default_rng(seed)
    width = int(rng.integers(2, 25))
    trans = rng.normal(scale=2, size=(width, width))
    lengths = rng.integers(0, 40, size=int(rng.integers(1, 8)))
    scores = [rng.normal(scale=4, size=(int(n), width)) for n in lengths]
    paths = fastcrf._viterbi(scores, trans)
    outside = int(rng.integers(0, width))
    flat = np.concatenate(scores) if scores else np.zeros((0, width))
    bounds = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    path = np.array([y for p in paths for y in p], dtype=np.int64)
    loops = fastcrf.compiled_decoder()["marginals"](flat, bounds, np.exp(trans), path, outside)
    assert fastcrf.compiled_decoder()["viterbi"](flat, bounds, trans).tolist() == path.tolist()
    got = fastcrf._path_marginals(scores, np.exp(trans), paths, outside)
    for k, (a, b) in enumerate(zip(bounds[:-1], bounds[1:])):
        want = [1.0 if y == outside else float(p) for y, p in zip(paths[k], loops[a:b])]
        assert (got[k] or [1.0] * len(paths[k])) == want


def test_the_compiled_decoder_loads_after_enough_tokens(fast, monkeypatch):
    sentences = _sentences()
    monkeypatch.setattr(fastcrf, "_compiled", None)
    monkeypatch.setattr(fastcrf, "_decoded_tokens", 0)
    monkeypatch.setattr(fastcrf, "COMPILE_AFTER_TOKENS", sum(map(len, sentences)) + 1)
    fast.tag(sentences)
    assert fastcrf._compiled is None
    fast.tag(sentences)
    assert fastcrf._compiled


def test_a_pickled_scorer_tags_the_same(model, fast):
    import pickle
    sentences = _sentences()
    copy = pickle.loads(pickle.dumps(fast)).with_features(fast.gazetteers, fast.vocabulary)
    assert copy.tag(sentences, extras=_extras(sentences)) == fast.tag(sentences, extras=_extras(sentences))


def test_caches_start_afresh_without_changing_results(fast, monkeypatch):
    sentences = _sentences()
    before = fast.tag(sentences)
    monkeypatch.setattr(fast, "MAX_ROWS", 10)
    for _ in range(3):                      # every call now resets the caches first
        assert fast.tag(sentences) == before
        assert fast.rows.size < 10 + sum(len(s) for s in sentences) * 8


def test_the_shipped_model_tags_with_the_fast_scorer(model):
    assert model.fast is not None, "the fast scorer's self-check failed: features.py changed without fastcrf.py"


def test_recognise_gives_the_same_spans_either_way(model):
    """Without the decoding prior, the fast scorer and crfsuite find the same names."""
    from kg.ner.recognise import recognise
    text = "\n".join(_TEXT)
    scorer = model.fast
    scorer.set_begin_bias(0.0)
    try:
        fast = recognise(text, model)
        model.__dict__["fast"] = None                       # crfsuite
        slow = recognise(text, model)
    finally:
        model.__dict__["fast"] = scorer
        scorer.set_begin_bias(model.begin_bias)
    assert [(s.start, s.end, s.fine) for s in fast] == [(s.start, s.end, s.fine) for s in slow]
    assert all(abs(a.score - b.score) <= 1e-3 for a, b in zip(fast, slow))
    assert fast


def test_the_begin_bias_only_adds_names(model, fast):
    """A prior toward B- labels: a larger one finds at least the names of a smaller one's spans'
    starts, and more overall on our text."""
    from kg.ner.conlleval import chunks
    sentences = [s for s in _sentences() if s]
    counts = []
    for bias in (0.0, 1.25, 6.0):
        fast.set_begin_bias(bias)
        counts.append(sum(len(chunks(tags)) for tags, _ in fast.tag(sentences)))
    fast.set_begin_bias(0.0)
    assert counts[0] <= counts[1] <= counts[2] and counts[0] < counts[2]
    assert model.begin_bias == 1.25 and model.fast.bias.max() == 1.25


def test_a_failing_compiled_decoder_falls_back_to_numpy(fast, monkeypatch):
    """numba's on-disk cache can be half-written when two new worker processes start at once:
    decoding must go on, with the same tags."""
    sentences = _sentences()
    expected = fast.tag(sentences)

    def broken(*args, **kwargs):
        raise EOFError("truncated cache index")

    monkeypatch.setattr(fastcrf, "_compiled", {"viterbi": broken, "marginals": broken})
    with pytest.warns(RuntimeWarning, match="numpy"):
        got = fast.tag(sentences)
    assert [t for t, _ in got] == [t for t, _ in expected]


@pytest.mark.parametrize("window", [0, 1, 5])
def test_nonlocal_features_from_cached_flags_give_the_same_bits(fast, window):
    """flat_scores(window=W) computes the non-local features from each word's cached flags: the
    scores must be those of nonlocal_features(sentences, W) given as extras, to the last bit
    (stems repeated near and far, in sentences of every length)."""
    from kg.ner.features import nonlocal_features
    rng = np.random.default_rng(window)
    words = [w for s in _sentences() for w in s] + ["الحداد", "وقال", "الرئيس", "بغداد"] * 3
    document = [[words[k] for k in rng.integers(0, len(words), size=int(n))]
                for n in rng.integers(0, 14, size=30)]
    for sentences in (document, _sentences(), [[]], [["الحداد"], ["الحداد"]]):
        want, bounds = fast.flat_scores(sentences, extras=nonlocal_features(sentences, window))
        got, got_bounds = fast.flat_scores(sentences, window=window)
        assert np.array_equal(got, want) and np.array_equal(got_bounds, bounds)
        assert fast.check(sentences, _reference_with_window(fast, sentences, window), window=window)


def _reference_with_window(fast, sentences, window):
    from kg.ner import features
    out = []
    for tokens, extra in zip(sentences, features.nonlocal_features(sentences, window)):
        feats = features.sequence_features(tokens, fast.gazetteers, fast.vocabulary)
        for position, more in zip(feats, extra):
            position.extend(more)
        out.append(feats)
    return out


def test_the_model_tags_with_the_non_local_features_of_its_window(model):
    from kg.ner.features import DOC_WINDOW, nonlocal_features
    sentences = _sentences()
    assert model.tag_document_with_marginals(sentences) == \
        model.fast.tag(sentences, extras=nonlocal_features(sentences, DOC_WINDOW))


def test_the_compiled_assembly_of_the_scores_gives_numpy_s_bits(fast, monkeypatch):
    """flat_scores sums each token's rows in numba once the compiled loops are loaded, else with
    numpy: the same adds in the same order, so the same bits (sentences of 0, 1, 2 ... tokens)."""
    from kg.ner.features import DOC_WINDOW
    rng = np.random.default_rng(7)
    words = [w for s in _sentences() for w in s]
    document = [[words[k] for k in rng.integers(0, len(words), size=int(n))] for n in (0, 1, 2, 3, 5, 0, 9, 30)]
    for sentences in (document, _sentences()):
        monkeypatch.setattr(fastcrf, "_compiled", None)
        by_numpy = fast.flat_scores(sentences, window=DOC_WINDOW)[0]
        assert fastcrf.compiled_decoder()
        assert np.array_equal(fast.flat_scores(sentences, window=DOC_WINDOW)[0], by_numpy)
