"""The shipped model on ANERcorp test (CAMeL Lab split), micro F1 over PER/LOC/ORG.

Issue 5 sets the bar at 0.70. The shipped model scores 0.7032 (PER 68.7, LOC 84.0, ORG 50.3): 0.6713
with the first features, 0.6858 with the word-frequency and non-local features, 0.7032 with the
begin_bias decoding prior (chosen on NewsFANE hold-outs, Hyperparameters). The floor test guards
against regressions of the model we ship. The test file's sentences are tagged in order as one
document (non-local features see the neighbouring sentences).
"""
from pathlib import Path

import pytest

ANERCORP_TEST = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "ANERCorp_CamelLab_test.txt"
ISSUE_BAR = 0.70
SHIPPED_FLOOR = 0.70

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not ANERCORP_TEST.is_file(), reason="../shared/data/ner not present")]


@pytest.fixture(scope="module")
def report():
    from kg.ner.evaluate import evaluate_file
    from kg.ner.model import load

    report = evaluate_file(load(), ANERCORP_TEST)
    assert report.tokens == 25008
    assert report.micro.gold > 2000
    return report


def test_anercorp_micro_f1_does_not_regress(report):
    assert report.micro.f1 >= SHIPPED_FLOOR, f"micro F1 {report.micro.f1:.4f}"
    assert report.score("LOC").f1 >= 0.80


def test_anercorp_micro_f1_reaches_issue_bar(report):
    assert report.micro.f1 >= ISSUE_BAR, f"micro F1 {report.micro.f1:.4f}"
