"""The shipped model on ANERcorp test (CAMeL Lab split), micro F1 over PER/LOC/ORG.

Issue 5 sets the bar at 0.70. The shipped model scores 0.6858 (PER 65.8, LOC 84.1, ORG 46.7; it was
0.6713 before the word-frequency and non-local features), so the bar test is marked
xfail(strict=True): it turns into a failure the day a model passes, so the marker gets removed.
The floor test guards against regressions of the model we ship. The test file's sentences are
tagged in order as one document (non-local features see the neighbouring sentences).
"""
from pathlib import Path

import pytest

ANERCORP_TEST = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "ANERCorp_CamelLab_test.txt"
ISSUE_BAR = 0.70
SHIPPED_FLOOR = 0.68

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


@pytest.mark.xfail(strict=True, reason="issue 5 bar (0.70) not reached: shipped model scores 0.686")
def test_anercorp_micro_f1_reaches_issue_bar(report):
    assert report.micro.f1 >= ISSUE_BAR, f"micro F1 {report.micro.f1:.4f}"
