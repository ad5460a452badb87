"""The part-of-speech tagger: treebank reading, features, the fast scorer against the CRF's own
tagging, and the shipped model on our own sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.arabic import tokenise
from kg.errors import KgError
from kg.language import pos

SHARED_TREEBANK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ud" / "ar_pud-ud-test.conllu"

# Our own sentences in CoNLL-U: a verb with a conjunction clitic split off, a preposition + noun.
CONLLU = """# sent_id = a1
# text = وقال الوزير إن الجيش دخل المدينة.
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
1\tو\tو\tCCONJ\t_\t_\t0\tcc\t_\t_
2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
3\tالوزير\tوزير\tNOUN\t_\t_\t2\tnsubj\t_\t_
4\tإن\tإن\tSCONJ\t_\t_\t6\tmark\t_\t_
5\tالجيش\tجيش\tNOUN\t_\t_\t6\tnsubj\t_\t_
6\tدخل\tدخل\tVERB\t_\t_\t2\tccomp\t_\t_
7\tالمدينة\tمدينة\tNOUN\t_\t_\t6\tobj\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = a2
# text = وصلت القوات بالمدينة.
1\tوصلت\tوصل\tVERB\t_\t_\t0\troot\t_\t_
2\tالقوات\tقوة\tNOUN\t_\t_\t1\tnsubj\t_\t_
3-4\tبالمدينة\t_\t_\t_\t_\t_\t_\t_\t_
3\tب\tب\tADP\t_\t_\t4\tcase\t_\t_
4\tالمدينة\tمدينة\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_
"""


@pytest.fixture()
def treebank(tmp_path):
    p = tmp_path / "own.conllu"
    p.write_text(CONLLU, encoding="utf-8")
    return p


def test_multiword_tokens_are_kept_whole_with_their_hosts_tag(treebank):
    s1, s2 = pos.read_conllu(treebank)
    assert s1.words[:3] == ("وقال", "الوزير", "إن")
    assert s1.tags[0] == "VERB"                         # و+قال: the verb, not the conjunction
    assert s2.words == ("وصلت", "القوات", "بالمدينة", ".")
    assert s2.tags == ("VERB", "NOUN", "NOUN", "PUNCT")  # ب+المدينة: the noun


@pytest.mark.parametrize("parts,host", [(["CCONJ", "VERB"], "VERB"), (["ADP", "NOUN", "PRON"], "NOUN"),
                                        (["ADP", "PRON"], "ADP"), (["CCONJ", "CCONJ"], "CCONJ")])
def test_host_tag(parts, host):
    assert pos.host_tag(parts) == host


def test_bad_treebank_is_one_clear_error(tmp_path):
    with pytest.raises(KgError, match="not found"):
        pos.read_conllu(tmp_path / "missing.conllu")
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tكلمة\n\n", encoding="utf-8")
    with pytest.raises(KgError, match="not a CoNLL-U line"):
        pos.read_conllu(bad)


def test_features_split_into_own_and_neighbour_groups():
    feats = pos.sentence_features(["قال", "الوزير"])
    assert "w=قال" in feats[0] and "-1<s>" in feats[0] and "+1w=الوزير" in feats[0]
    assert "-1w=قال" in feats[1] and "+1</s>" in feats[1]
    assert "p2=ال" in feats[1] and "s1=ر" in feats[1]


@pytest.mark.slow
def test_cached_scores_decode_as_crfsuite_does(treebank):
    """The per-form rows and the compiled Viterbi give crfsuite's own tags, on sentences it never saw."""
    crf = pos.fit_crf(pos.read_conllu(treebank) * 3, c1=0.0, c2=0.1, iterations=50)
    model = pos.from_crf(crf)
    for text in ("دخلت القوات المدينة.", "وقال الجيش إن الوزير وصل بالمدينة.", "الوزير."):
        words = [t.text for t in tokenise(text)]
        assert model.tag(words) == tuple(crf.predict_single(pos.crf_input(words)))
        norms = [t.norm for t in tokenise(text)]
        assert model.tag_norms(norms) == tuple(model.labels[i] for i in
                                               pos._viterbi_numpy(model.scores(norms), model.trans))


def test_model_round_trips_through_json(treebank, tmp_path):
    model = pos.train(pos.read_conllu(treebank), iterations=20)
    path = tmp_path / "m.json"
    model.save(path)
    again = pos.load(str(path))
    text = [t.norm for t in tokenise("وقال الوزير إن الجيش دخل المدينة.")]
    assert again.tag_norms(text) == model.tag_norms(text)
    path.write_text('{"format": "other"}', encoding="utf-8")
    pos.load.cache_clear()
    with pytest.raises(KgError, match="not a kg POS model"):
        pos.load(str(path))


def test_shipped_model_tells_verbs_from_nouns_in_our_sentences():
    toks = tokenise("وقالت الحكومة إن الجيش دخل المدينة بعد معارك عنيفة.")
    tags = dict(zip([t.text for t in toks], pos.tag(toks)))
    assert tags["وقالت"] == "VERB" and tags["إن"] == "SCONJ"
    assert tags["الحكومة"] in ("NOUN", "PROPN") and tags["معارك"] == "NOUN"
    assert tags["بعد"] == "ADP" and tags["."] == "PUNCT"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not SHARED_TREEBANK.is_file(), reason="needs ../shared/data/ud")
def test_held_out_accuracy_on_the_treebank():
    sentences = pos.read_conllu(SHARED_TREEBANK)
    model = pos.train(sentences[:900])
    acc = pos.evaluate(model, sentences[900:])
    assert acc.verb_noun > 0.93 and acc.accuracy > 0.87
