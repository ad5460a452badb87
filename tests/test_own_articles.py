"""A ratchet on whole articles of our own (tests/fixtures/own_articles), scored with the shared
scorer in ../shared (skipped where it is absent).

Sentence-sized tests do not show what whole unseen articles do to kg (titles, datelines, quotes,
cross-sentence references, long lists, web-page boilerplate). These articles were written by the
project in the styles of many outlets and conflicts, none copied from an article, and annotated
per the shared gold's SCHEMA.md and CONVENTIONS.md before kg was run on them.

- 45 ``own_*`` (Sudan, the Sahel, Somalia, DR Congo, Libya, North Africa, the Gulf, Syria,
  Lebanon, Gaza, Iraq, Yemen, Ukraine, Iran, South Asia, Myanmar, Ethiopia; clean texts and noisy
  page dumps) and 8 ``ownho_*`` (kept from the tuners for one round), written at e688889: kg went
  from entity 0.859 / relation 0.596 / attribution 0.917 to 0.917 / 0.769 / 0.933 on them.
- 24 ``own3_*`` (Nigeria and Lake Chad, Mozambique, Burkina Faso; Afghanistan, Pakistan, the
  Caucasus and the Kurdish file; the West Bank in partisan outlets' wording; Arab state media's
  protocol style), written at a1ea1ae: kg at first sight 0.856 / 0.531 / 0.889, after the round
  that fixed what it missed 0.907 / 0.723 / 0.914 (b816830).
- 8 ``ownho2_*`` (Deir ez-Zor, Daraa, Gaza, Israel and Iran, Marib and the US strikes in Yemen,
  Iraq, Sudan, Puntland), written at a1ea1ae by one of us and kept from everyone who tuned that
  round: kg went from 0.884 / 0.621 / 0.871 to 0.884 / 0.633 / 0.859 on them, nobody reading their
  misses; they joined the fixtures at the round's end.

Adding the 24 and the 8 re-based the floors: all 85 gave 0.922 / 0.759 / 0.931 at b816830.
- 6 ``own4_*`` (Syria's coast and Homs, Israel and Hezbollah on the border, the Red Sea and
  strikes on Hodeidah, Kordofan and Darfur, Libya's Fezzan, Sinjar and Kirkuk), written at 8ca9c40
  in outlets' styles not used before: kg at first sight 0.854 / 0.506 / 0.873, after the round
  that fixed what they showed 0.862 / 0.623 / 0.864.
- 8 ``ownho3_*`` (Syria, Lebanon, Gaza, Yemen, Iraq, Sudan, Libya, Somalia), written at 8ca9c40
  and kept from everyone who tuned that round: kg went from 0.874 / 0.563 / 0.922 to
  0.885 / 0.572 / 0.922 on them, nobody reading their misses until the round's end.

Adding the 6 and the 8 re-based the floors: all 99 gave 0.925 / 0.757 / 0.947 at fae6fdb.
Constructions of the attack family (a time of day read as a verb, repelled and exchanged attacks,
  the province of a named target, attack nouns described by an attack verb, intervening with
  strikes, downed weapons, the ends of a road): 0.925 / 0.765 / 0.947.
The round of 5 December (attack family, entities missed and false, where bodies sit, crediting
  by family) merged: 0.941 / 0.778 / 0.952.
Adding the 8 ownho4_* (written and annotated that round before kg ran on them, kept from everyone
  who tuned; 0.863 / 0.599 / 0.822 at first sight, 0.867 / 0.606 / 0.824 after the round)
  re-based the floors: all 107 give 0.934 / 0.759 / 0.941.
Bases held, presence nouns, seats taken in a relative, deployments told subject first, bodies
  joined to a pronoun's ranks, outlets as media wings and the Golan buffer zone (branch based4):
  0.935 / 0.769 / 0.942.
Titles past ranks and asides, backing set off by a comma, fields of a spokesman's title (branch
  lead2): all 107 give 0.935 / 0.768 / 0.941.
- 6 ``own5_wld_*`` (South Sudan's Upper Nile, bandits and air strikes in Nigeria's north-west, the
  Line of Control in Kashmir, Colombia's Catatumbo, the Sinaloa cartel's war, the Kosovo-Serbia
  border), written and annotated at 093c9e6 in the styles of Al Jazeera Net, Xinhua, DW, Euronews,
  Al-Araby Al-Jadeed and Al-Quds Al-Arabi before kg ran on them: kg at first sight 0.780 / 0.350 /
  0.900, after the round that fixed the classes they showed (foreign names and forces, Spanish place
  names and cartels, a government at its capital, denials, two-word exchange phrases, accusations)
  0.854 / 0.475 / 0.900 (a224b59). Adding them re-based the floors: all 113 give 0.930 / 0.746 / 0.940
  (the 107 unchanged at 0.934 / 0.759 / 0.941).
The entity round of 5 December (ent7: one referent, one node) gave 0.937 / 0.760 / 0.940.
The movement round (branch move2: sought, forbidden and demanded moves, no place in the object
  slot, widened presence, joined verbs after an object, relatives past لا تزال) gave 0.934 / 0.765 / 0.941.
attr5 (correspondents of an outlet, speakers named first, late sources, denials, speech going on):
  0.935 / 0.759 / 0.945.
The round of 5 December, second session (branches based4, lead2, world2, ent7, move2, attr5,
  kill2, ana2, org2, speed9) merged: all 113 give 0.936 / 0.782 / 0.941.
Adding the 8 ownho5_* (Amhara, eastern Congo, Cabo Delgado, Burkina Faso, Ukraine, Western Sahara,
  Haiti, Rakhine; in the styles of Al-Ain, Anadolu, Asharq Al-Awsat, Sky News Arabia, RT Arabic,
  Hespress, BBC Arabic and Independent Arabia; written and annotated at 093c9e6 before kg ran on
  them and kept from everyone who tuned: 0.796 / 0.373 / 0.757 at first sight, 0.790 / 0.415 /
  0.747 after the round) re-based the floors: all 121 give 0.923 / 0.744 / 0.931.
Each round's figures are in its closing note and commit messages.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_score import build_and_score

HERE = Path(__file__).resolve().parent / "fixtures" / "own_articles"
CORPUS, GOLD = HERE / "corpus", HERE / "gold"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

#: Floors just under the figures on main. Raise, never lower.
FLOORS = {"entity": 0.922, "relation": 0.743, "attribution": 0.930}


@pytest.fixture(scope="module")
def own_build(tmp_path_factory):
    return build_and_score(CORPUS, GOLD, SCORER, tmp_path_factory.mktemp("own"))


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
