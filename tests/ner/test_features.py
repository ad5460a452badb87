"""Features of the CRF on our own Arabic words: unlabelled-text frequencies and non-local evidence."""
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _reference_nonlocal(sentences, window=DOC_WINDOW):
    """The definition, read literally: for each occurrence of a stem, the occurrences of that stem
    in the sentences within the window (itself included) and the flags they carry that it lacks."""
    from kg.ner.features import _evidence_parts
    occurrences = []
    for si, tokens in enumerate(sentences):
        parts = [_evidence_parts(t) for t in tokens]
        for i, (key, own, _, _) in enumerate(parts):
            if key is not None:
                flags = own + (parts[i - 1][2] if i > 0 else ()) + (parts[i + 1][3] if i + 1 < len(parts) else ())
                occurrences.append((key, si, i, flags))
    out = [[()] * len(tokens) for tokens in sentences]
    for key, si, i, own in occurrences:
        near = [flags for k, sj, _, flags in occurrences if k == key and abs(sj - si) <= window]
        if len(near) >= 2:
            lent = sorted({f for flags in near for f in flags} - set(own))
            out[si][i] = (f"dn={min(len(near), 4)}", *(f"d{f}" for f in lent))
    return out


_WORDS = ["قال", "الرئيس", "زمكاني", "وزمكاني", "في", "مدينة", "المدينة", "الجيش", "أعلن", "المتحدث", "باسم",
          "إلى", "من", "لبنان", "ولبنان", "،", ".", "الصحفي", "أحمد", "حركة", "بلدة", "شمال"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=12), max_size=16), st.integers(0, 4))
def test_nonlocal_features_follow_their_definition(sentences, window):
    assert nonlocal_features(sentences, window) == _reference_nonlocal(sentences, window)
