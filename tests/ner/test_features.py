"""Features of the CRF on our own Arabic words: unlabelled-text frequencies and non-local evidence."""
from kg.ner.features import DOC_WINDOW, document_features, nonlocal_features, sequence_features, word_features


def _own(word):
    return set(word_features(word)[0])


def test_frequency_features_tell_names_from_common_nouns():
    # a common noun takes the article in most of its uses, a person's name never does
    assert "alrB=0" in _own("شيراك")
    assert "alrB=4" in _own("حكومة")
    assert "alrA=4" in _own("الحكومة")
    # a very common word is in a higher Zipf bin than a rare one; an unseen string is in none
    assert "zf=6" in _own("قال") or "zf=7" in _own("قال")
    assert "zf=0" in _own("قزبلطوني")
    # punctuation and Latin words get no frequency features
    assert not any(f.startswith(("zf=", "alr")) for f in _own("."))
    assert not any(f.startswith(("zf=", "alr")) for f in _own("Reuters"))


def _nonlocal(sentences):
    return nonlocal_features([s.split() for s in sentences])


def test_a_cue_before_one_occurrence_is_lent_to_the_others():
    sentences = ["قال الرئيس زمكاني في مؤتمر", "وسافر زمكاني أمس"]
    first, second = _nonlocal(sentences)
    # the second زمكاني (bare) learns it followed a title and a verb of saying elsewhere
    assert "dLPTITLE" in second[1]
    assert "dn=2" in second[1]
    # the first one already has the title next to it: only what other occurrences add is lent
    assert "dLPTITLE" not in first[2]
    # a word seen once gets nothing
    assert second[2] == ()


def test_evidence_stays_within_the_window():
    far = ["قال الرئيس زمكاني"] + ["جملة أخرى هنا"] * DOC_WINDOW + ["وسافر زمكاني"]
    assert "dLPTITLE" not in _nonlocal(far)[-1][1]
    near = ["قال الرئيس زمكاني"] + ["جملة أخرى هنا"] * (DOC_WINDOW - 1) + ["وسافر زمكاني"]
    assert "dLPTITLE" in _nonlocal(near)[-1][1]


def test_document_features_extend_sentence_features():
    sentences = [["قال", "الرئيس", "زمكاني"], ["وسافر", "زمكاني"]]
    doc = document_features(sentences)
    for tokens, feats in zip(sentences, doc):
        alone = sequence_features(tokens)
        assert len(feats) == len(alone)
        for a, d in zip(alone, feats):
            assert d[:len(a)] == a
