"""The shipped model on ANERcorp test (CAMeL Lab split): micro F1 over PER/LOC/ORG must stay >= 0.70."""
from pathlib import Path

import pytest

ANERCORP_TEST = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "ANERCorp_CamelLab_test.txt"

pytestmark = pytest.mark.shared


@pytest.mark.skipif(not ANERCORP_TEST.is_file(), reason="../shared/data/ner not present")
def test_anercorp_test_micro_f1_at_least_070():
    from kg.ner.evaluate import evaluate_file
    from kg.ner.model import load

    report = evaluate_file(load(), ANERCORP_TEST)
    assert report.tokens == 25008
    assert report.micro.gold > 2000
    assert report.micro.f1 >= 0.70, f"micro F1 {report.micro.f1:.4f}"
