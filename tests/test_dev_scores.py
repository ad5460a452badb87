"""A ratchet on the dev corpus in ../shared (skipped where ../shared is absent).

Builds ../shared/corpus/dev with kg.pipeline.build and scores it with ../shared/eval/score.py.
The floors sit just under the figures measured on main; whoever lifts the figures raises the
floors in the same commit, so a later change can never give the gain back unnoticed. New
articles arrive in ../shared over time: every one of them must be read.

Figures the floors were set from (all articles in ../shared at the time):
- 53 articles, at f9cb175: entity F1 0.836, relation F1 0.502, attribution 0.900.
- 53 articles, at 39ddd37 (entities and relations that generalise): entity F1 0.904,
  relation F1 0.639, attribution 0.917.
- 53 articles, with strikes in places, target lists and releases from a prison named before:
  entity F1 0.904, relation F1 0.651, attribution 0.915.
- 53 articles, with reciprocal verbs after their subjects (تبادل X وY القصف), ambushes and fighters
  of an actor: entity F1 0.904, relation F1 0.655, attribution 0.916.
- 53 articles, with sources after بحسب, time asides, control, titles as complements and the
  entity filters of this session: entity F1 0.907, relation F1 0.659, attribution 0.923.
- 53 articles, with the registry's coverage of the region's conflicts (1,073 actors, 327 places,
  Arabic names for 200 cities GeoNames names only in Latin): entity F1 0.923, relation F1 0.668,
  attribution 0.922.
- 53 articles, with post holders, joint action, plural agreement, weapons of an actor, asides,
  quoted towns, reported outlets and غزة as the Strip: entity F1 0.927, relation F1 0.677,
  attribution 0.923.
- 53 articles, with noun-stated support and sieges, joint action as co-subjects, pronoun subjects
  after a complementiser, passive strikes on unnamed things, stricter evidence for new names, one
  node for a name and its short form, and state bodies and regions of the covered states:
  entity F1 0.929, relation F1 0.715, attribution 0.921.
- 53 articles, with constructions tested on our own sentences (events that did not happen,
  late and back-referring sources, fighters and units of an actor, dual and joined towns, places
  named after towns, bodies and units with ordinals): entity F1 0.946, relation F1 0.738,
  attribution 0.928.
- 53 articles, with places in places (registered parts of Syria, sectors, quarters named by
  their town, towns with a qualifier or a landform word, a governorate's bare name, facilities
  past their owner or a relative clause, quoted lists, seats of organisations): entity F1 0.953,
  relation F1 0.768, attribution 0.931.
- 53 articles, with the attack family read in more constructions (a pronoun of an attack noun in
  a reported clause, accused pronouns, landmarks near a target, vehicles of an actor, clashes
  past asides, killings of a group's members and in exchanges of fire, attacks in words and by
  whoever): entity F1 0.946, relation F1 0.769, attribution 0.928.
- 53 articles, with titles of posts (a deputy's title before a leader's, nicknames, posts held
  over places), قام بـ + a verbal noun, prisoner exchanges and freed prisoners, a wing named apart
  from its body, offers to leave that are no withdrawal and named objects joined to unnamed ones:
  entity F1 0.946, relation F1 0.758, attribution 0.927.
- 53 articles, with entities read on our own sentences (short forms and state-less names of
  bodies, spellings of one place, transliterated names of two words, numbered units, titles of
  foreign ranks, lists of places joined by و, heads of recognised bodies): entity F1 0.953,
  relation F1 0.748, attribution 0.926.
- 53 articles, the four lines above joined: entity F1 0.959, relation F1 0.819, attribution 0.927.
- 53 articles, with who is credited (a person spoken about, sources inside a body, a state
  announcing its own action, speakers before their verb) and meetings, titles, seats, support and
  allies read in more constructions: entity F1 0.960, relation F1 0.820, attribution 0.933.
- 53 articles, with the movement and control family read on our own sentences (verbs of
  infiltrating, retrieving, heading toward and tightening a siege by root; outskirts; attempts and
  orders; fighters of a second actor; government forces of the article's country): entity F1
  0.959, relation F1 0.822, attribution 0.928.
- 53 articles, and officers of a body (قادة بالجيش), على يد after تم، the speaker's forces in a
  reported clause (وأضاف أن قواته), a place that only locates an unnamed one (بلدة وسط الصومال):
  entity F1 0.959, relation F1 0.824, attribution 0.928.
- 53 articles, and the vehicle's incursion (آلية خلال توغلها), the fallen regime (منذ سقوط نظام
  الأسد) and places listed after part of a larger one (مساحات من العراق، بما فيها): entity F1
  0.959, relation F1 0.825, attribution 0.928.
- 53 articles, and forces withdrawn from where they are stationed (سحب وحداتها المتمركزة في مختلف
  أنحاء سوريا، بما في ذلك دمشق وحمص): entity F1 0.959, relation F1 0.828, attribution 0.928.
- 53 articles, and a pronoun object after an indefinite head located by a place (قواعد في شرقي
  ليبيا يسيطر عليها): entity F1 0.959, relation F1 0.830, attribution 0.928.
- 53 articles, and a prisoner's escape from the prison named before it (كان معتقلا في سجن X قبل
  هروبه): entity F1 0.959, relation F1 0.831, attribution 0.929.
- 53 articles, entities of unseen constructions (groups named by their community, short forms of
  bodies named in full with لـ, a state's seats, police by nationality, descriptions that are no
  names): entity F1 0.966, relation F1 0.832, attribution 0.929.
- 53 articles, the four lines above joined with counted subjects, titles of the one received,
  accusers, comprising bodies and reports credited, hedges of modality: entity F1 0.967, relation
  F1 0.845, attribution 0.935.
- 53 articles, undergoing an attack with the victim after the verb or before a relative (تعرض
  الجيش لكمين من X، الهجوم الذي تعرض له من X) and one more object after an addition link (إضافة
  إلى، فضلا عن): entity F1 0.967, relation F1 0.848, attribution 0.936.
- 53 articles, and one node per referent (a state's rulers by description are the state, a body
  restated in brackets, a cued place recurring past a shorter registry town, south of the river
  named with نهر), half a vote for an ambiguous town, bare_words reading proclitics only before
  the article, a city after توقيت names a clock: entity F1 0.972, relation F1 0.848, attribution 0.936.
- 53 articles, with undergoing an attack, added objects, a state's authorities as the state and
  names restated in brackets (the last two rounds joined): entity F1 0.972, relation F1 0.851,
  attribution 0.936.
- 53 articles, with entities of stories nobody tuned for (a state's army and police by the bare
  description, centres by their field, delegations and national societies by their state's
  adjective, surnames before their verb, counties, foreign particles, operations commands):
  entity F1 0.974, relation F1 0.857, attribution 0.939.
- 53 articles, with the work on 45 whole articles of our own (capitals standing for their
  state, quoted names after their cue, web-page boilerplate, titles, leaders and members, support,
  places in lists, the anaphor التحالف of a coalition named before): entity F1 0.975, relation F1
  0.868, attribution 0.938. The attribution floor moves down once, from 0.939 to 0.937, and only
  because attribution is counted over matched relations: the coalition anaphor matches two more
  relations (tp 348 -> 350), one of whose cited source kg does not find (377 of 401 right before,
  378 of 403 after); no relation matched before changed its credit.
- 53 articles, with standing facts credited to the outlet or body a sentence names before them
  (وبحسب الحكومة العراقية، كان فلان أميرا في التنظيم؛ ذكرت الوكالة أن الفرقة التابعة للجيش ...):
  entity F1 0.975, relation F1 0.868, attribution 0.945.
- 53 articles, and a speaker after a dateline (أربيل (كوردستان 24)- أعلنت ...، دمشق – (سانا) قال
  ...): attribution 0.948.
- 53 articles, with capitals as their state after more verbs of stance (وهو ما تنفيه أبوظبي، لم
  تعلق عليه نيودلهي، موالية لطهران) and aircraft as the army the article names (طائرات الاحتلال
  beside جيش الاحتلال): entity F1 0.976, relation F1 0.870, attribution 0.938.
- 53 articles, after the round that wrote 24 more whole articles of our own and fixed what kg
  missed on them (descriptions of the one armed group, numbered units, protocol titles, meetings
  past a comma, "X: claim" lines, ships at sea, sources and hedges): entity F1 0.976, relation F1
  0.870, attribution 0.948.
- 53 articles, with deserts and mountains named with their cue (صحراء الأنبار a place of its own,
  جبال حمرين) and camps (معسكر): entity F1 0.977, relation F1 0.871, attribution 0.948.
- 53 articles, with the words of a statement without a verb of saying (وجاء في بيان للجيش أن ...)
  the body's, standing facts included (merged with the deserts and camps above): entity F1 0.978,
  relation F1 0.873, attribution 0.951.
- 53 articles, a quoted name after an outlet's noun (شبكة "X 24"، مراسل قناة "X") and a quoted
  nationality title told something (لـ"السوداني") as outlets: entity F1 0.979, relation F1 0.873,
  attribution 0.956.
- 53 articles, where a body sits and what it is part of (a stationed participle past a comma, a
  relative and كان; positions in construct, مواقع X في Y; a seat past التابعة لـ; a department in
  a body; a media office of a body): entity F1 0.979, relation F1 0.875, attribution 0.956.
- 53 articles, by family of crediting (تابع and verbs that close the words, a body named again by
  its head word, sources of a body after بحسب, the past perfect of saying, a later speaker after
  an uncredited opening, a quotation going on after a colon or as a whole sentence): entity F1
  0.979, relation F1 0.873, attribution 0.958.
- 53 articles, with titles past ranks and asides, backing set off by a comma and a family name
  before its title (والساعدي قيادي في ...): entity F1 0.979, relation F1 0.876, attribution 0.959.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_score import build_and_score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score.py"

#: Floors just under the figures on main (see the module docstring). Raise, never lower.
FLOORS = {"entity": 0.978, "relation": 0.875, "attribution": 0.958}

pytestmark = [pytest.mark.shared, pytest.mark.slow,
              pytest.mark.skipif(not (DEV.is_dir() and GOLD.is_dir() and SCORER.is_file()),
                                 reason="../shared (dev corpus, gold and scorer) is absent")]


def _dev_articles() -> list[Path]:
    return sorted(p for p in DEV.iterdir() if p.is_file() and not p.name.startswith("."))


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    return build_and_score(DEV, GOLD, SCORER, tmp_path_factory.mktemp("dev"))


def _figures(summary) -> str:
    return (f"entity F1={summary['entity']['f1']:.3f} relation F1={summary['relation']['f1']:.3f} "
            f"attribution={summary['attribution_accuracy']}")


def test_every_dev_article_is_read(dev_build):
    report, summary = dev_build
    articles = _dev_articles()
    assert not report.failed, report.failed
    assert report.read == len(articles), (report.read, len(articles))
    assert summary["articles"] == len(list(GOLD.glob("*.json"))), summary["articles"]


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_dev_scores_do_not_fall_below_the_ratchet(dev_build, figure):
    _report, summary = dev_build
    value = {"entity": summary["entity"]["f1"], "relation": summary["relation"]["f1"],
             "attribution": summary["attribution_accuracy"] or 0}[figure]
    assert value >= FLOORS[figure], _figures(summary)
