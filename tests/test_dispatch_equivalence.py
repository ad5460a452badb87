"""The dispatch that calls a rule or an entity pass only on the sentences whose words meet its
declared needs (kg.relations.constructions.needs, kg.entities.driver needs_forms,
kg.relations.subjects.only_for, the mention types of kg.relations.structure.for_types) is exact: on our own articles every entity, mention and claim is
the same as when every rule and every pass is called on every sentence. A rule whose gate was
widened without widening its declaration fails here."""
from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parent / "fixtures" / "own_articles" / "corpus"


def extract_all():
    from kg.ingest import read_inputs
    from kg.pipeline import extract_article
    from kg.types import Article
    return {a.id: extract_article(a) for a in read_inputs([str(CORPUS)]) if isinstance(a, Article)}


def every_rule(view, lists, rules=None):
    from kg.relations.constructions import SENTENCE_RULES
    return tuple(SENTENCE_RULES if rules is None else rules)


def test_dispatched_rules_and_passes_extract_what_calling_all_does(monkeypatch):
    from kg.entities import driver
    from kg.relations import extractor, structure, subjects
    dispatched = extract_all()
    assert len(dispatched) >= 90
    monkeypatch.setattr(extractor, "rules_for", every_rule)
    monkeypatch.setattr(structure, "rules_for", every_rule)
    monkeypatch.setattr(driver, "passes_for", lambda given, passes: passes)
    monkeypatch.setattr(subjects, "_RULES_BY_KIND", {})
    monkeypatch.setattr(structure, "pair_rules_for", lambda a_type, b_type: structure.PAIR_RULES)
    called_all = extract_all()
    assert dispatched.keys() == called_all.keys()
    differ = sorted(k for k in dispatched if dispatched[k] != called_all[k])
    assert not differ, f"the dispatch changed the extraction of {differ}"
