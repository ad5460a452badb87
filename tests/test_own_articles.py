"""A ratchet on whole articles of our own (tests/fixtures/own_articles), scored with the shared
scorer in ../shared (skipped where it is absent).

Sentence-sized tests do not show what whole unseen articles do to kg (titles, datelines, quotes,
cross-sentence references, long lists, web-page boilerplate). These articles were written by the
project in the styles of many outlets and conflicts (Sudan, the Sahel, Somalia, DR Congo, Libya,
North Africa, the Gulf, Syria, Lebanon, Gaza, Iraq, Yemen, Ukraine, Iran, South Asia, Myanmar,
Ethiopia; clean texts and noisy page dumps), none copied from an article, and annotated per the
shared gold's SCHEMA.md and CONVENTIONS.md before kg was run on them.

53 articles: 45 ``own_*`` written by eight of us, each of whom then fixed what kg missed on
their own articles, and 8 ``ownho_*`` written by one of us and kept from all the others, so that
they measured on text nobody tuned for (on them kg went from relation F1 0.735 to 0.780 during
that round, without anyone reading their misses).

Figures the floors were set from (this gold, ../shared/eval/score.py):
- kg before the round that wrote them (e688889): entity F1 0.859, relation F1 0.596 (P 0.688,
  R 0.525), attribution 0.917.
- after it: entity F1 0.917, relation F1 0.769 (P 0.810, R 0.732), attribution 0.933.
- speakers told to an outlet, named after a spokesman's title, or set against a later unnamed
  source: attribution 0.944 (cited sources found 0.774 -> 0.817).
- standing facts credited to an outlet or body named before them: attribution 0.946.
- the one an outlet quotes by name or by its statement (نقلت الوكالة عن بلاغ لوزارة الدفاع): 0.948.
- capitals as their state after more verbs, aircraft as the army named beside them: entity F1
  0.920 (duplicates 35 -> 27), relation F1 0.769, attribution 0.933.
- the 444th brigade no longer swallows the ministry it belongs to (اللواء 444 قتال التابع لوزارة
  الدفاع): entity F1 0.920, relation F1 0.772, attribution 0.933.
- the US envoy as the press spells him (توم براك): entity F1 0.922.
- the British maritime trade office (UKMTO) and بعثة الأمم المتحدة as the UN mission of the
  article's country: entity F1 0.925, relation F1 0.773.
- quoted names the registry knows (قاعدة "نيفاتيم" الجوية، فصيل "السلطان سليمان شاه") and the
  quoted roadmap ("خارطة طريق"): entity F1 0.926, relation F1 0.775.
- a title with a pronoun after a title (مستشار قائدها فلان) and names with two compound parts
  (قمر الدين محمد فضل المولى): entity F1 0.928 (P 0.930 R 0.925).
- ordinary words that are no towns (بألا، الساري), and lists of definite places after an
  indefinite plural (قرى الدالية، نجع شبانة، مناطق البادية الشمالية الشرقية): entity F1 0.930.
- Suwayda's National Guard (الحرس الوطني in a Syrian story): entity F1 0.931, relation F1 0.775.
- a ministry with its state's adjective stays that state's (وزارة الدفاع النيجرية after وزارة
  الدفاع الروسية): entity F1 0.931 (tp 1102 -> 1103).
- المجاهد as a title (المجاهد علي حسين قاسم): entity F1 0.932.
- after the West Bank / south Lebanon / Yemen constructions (checkpoints, quarters, councils):
  entity F1 0.919, relation F1 0.769, attribution 0.933.
- numbered units of a named force (اللواء 17 في الحشد الشعبي), numbered and royal-named bases,
  place names a cue introduces read whole (بلدة والبيري، قرية خربة سليمان، حي البستان): entity
  F1 0.935, relation F1 0.781, attribution 0.950.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "fixtures" / "own_articles"
CORPUS, GOLD = HERE / "corpus", HERE / "gold"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

#: Floors just under the figures on main. Raise, never lower.
FLOORS = {"entity": 0.933, "relation": 0.779, "attribution": 0.948}


@pytest.fixture(scope="module")
def own_build(tmp_path_factory):
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("own")
    report = build([str(CORPUS)], out, progress=False)
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    summary, _per_article = scorer.score(str(out / "graph.json"), str(GOLD))
    return report, summary


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py is absent")
def test_every_own_article_has_gold_and_is_read(own_build):
    report, summary = own_build
    texts = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert texts == sorted(p.stem for p in GOLD.glob("*.json"))
    assert not report.failed and report.read == len(texts)
    assert summary["articles"] == len(texts)


def test_gold_evidence_is_in_the_text():
    import json
    for gold in GOLD.glob("*.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold.stem}.txt").read_text(encoding="utf-8")
        keys = {e["key"] for e in data["entities"]}
        for r in data["relations"]:
            assert r["evidence"] in text, (gold.stem, r["evidence"][:60])
            assert {r["s"], r["o"]} <= keys and (r["attributed_to"] in keys or r["attributed_to"] is None), (gold.stem, r)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py is absent")
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_own_article_scores_do_not_fall_below_the_ratchet(own_build, figure):
    _report, summary = own_build
    value = {"entity": summary["entity"]["f1"], "relation": summary["relation"]["f1"],
             "attribution": summary["attribution_accuracy"] or 0}[figure]
    assert value >= FLOORS[figure], summary
