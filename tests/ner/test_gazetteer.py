"""Name-list matching: longest match, clitics on the first word, teh marbuta either way, precedence."""
from kg.ner.gazetteer import Gazetteer
from kg.ner.text import normalise


def _gaz():
    gaz = Gazetteer()
    gaz.add("Nation", "لبنان")
    gaz.add("City", "لبنان")                   # a small town of the same name
    gaz.add("Nation", "الولايات المتحدة")
    gaz.add("Nation", "الولايات المتحدة الأمريكية")
    gaz.add("City", "غزة")
    gaz.add("RegOrganization", "جامعة الدول العربية")
    return gaz.reindex()


def _tag(gaz, sentence):
    return gaz.tag([normalise(w) for w in sentence.split()])


def test_longest_match_and_precedence():
    gaz = _gaz()
    assert _tag(gaz, "زار الولايات المتحدة الأمريكية ولبنان") == [
        None, "B-Nation", "I-Nation", "I-Nation", "B-Nation"]
    assert _tag(gaz, "الولايات المتحدة اليوم") == ["B-Nation", "I-Nation", None]


def test_clitics_and_spelling_variants():
    gaz = _gaz()
    assert _tag(gaz, "وفي غزه وبغزة") == [None, "B-City", "B-City"]
    assert _tag(gaz, "لجامعة الدول العربية") == ["B-RegOrganization", "I-RegOrganization", "I-RegOrganization"]
    assert _tag(gaz, "جامعة الدول") == [None, None]


def test_json_round_trip():
    gaz = _gaz()
    again = Gazetteer.from_json(gaz.to_json())
    words = [normalise(w) for w in "الولايات المتحدة ولبنان".split()]
    assert again.tag(words) == gaz.tag(words)


def test_tagging_a_document_is_tagging_each_sentence():
    """tag_sentences over a document equals tag of each sentence: no name runs past a sentence
    end (الولايات | المتحدة split over two sentences is no name), empty sentences included."""
    from hypothesis import given, settings, strategies as st
    gaz = _gaz()
    words = [normalise(w) for w in "الولايات المتحدة الأمريكية ولبنان غزة وبغزة جامعة الدول العربية في".split()]

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.lists(st.sampled_from(words), max_size=8), max_size=6))
    def check(sentences):
        starts = [0]
        for s in sentences:
            starts.append(starts[-1] + len(s))
        norms = [w for s in sentences for w in s]
        assert gaz.tag_sentences(norms, starts) == [t for s in sentences for t in gaz.tag(s)]
    check()
    assert gaz.tag_sentences(words[:2], [0, 1, 2]) == [None, None]


def test_tag_candidates_is_tag_sentences_given_the_starts():
    gaz = Gazetteer({"Nation": {"لبنان", "المملكه المتحده"}, "City": {"بيروت"}})
    norms = ["زار", "وبيروت", "المملكه", "المتحده", "ثم", "لبنان", "بيروت"]
    starts = [0, 3, 7]
    candidates = [i for i, n in enumerate(norms) if gaz._nodes_starting(n)]
    got = gaz.tag_candidates(norms, starts, candidates, [gaz._nodes_starting(norms[i]) for i in candidates])
    assert got == gaz.tag_sentences(norms, starts)
    assert got[1] == "B-City" and got[2] is None and got[5] == "B-Nation"   # no name runs past a sentence end
