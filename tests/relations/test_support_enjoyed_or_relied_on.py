"""Support received, enjoyed or relied on, with the backer as the support noun's genitive or
nationality adjective (تحظى قسد بدعم الولايات المتحدة، تعتمد الحكومة على الدعم التركي): the
backer SUPPORTS the receiver, never the other way round; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed", [
    ("وتحظى قوات سوريا الديمقراطية بدعم الولايات المتحدة منذ سنوات.", "الولايات المتحدة", "قوات سوريا الديمقراطية"),
    ("وتعتمد الحكومة الصومالية على دعم تركيا في حربها ضد حركة الشباب.", "تركيا", "الحكومة الصومالية"),
    ("وتلقت قوات سوريا الديمقراطية دعم الولايات المتحدة طوال الحرب.", "الولايات المتحدة", "قوات سوريا الديمقراطية"),
    ("وحصلت الحكومة الصومالية على دعم تركيا العسكري.", "تركيا", "الحكومة الصومالية"),
    ("وكانت حركة الشباب قد حظيت بتمويل تنظيم القاعدة.", "القاعدة", "حركة الشباب"),
    ("وحصلت الحكومة الصومالية على الدعم التركي في حربها.", "turkiye", "الحكومة الصومالية"),
    ("وتستفيد حركة حماس من الدعم الإيراني منذ سنوات.", "iran", "حركة حماس"),
    ("وقالت حركة حماس، التي تتلقى دعما من إيران، إنها سترد.", "إيران", "حركة حماس"),
    ("الفصائل الدرزية، التي يحظى أبرزها بدعم الشيخ موفق طريف، رفضت الاتفاق.", "موفق طريف", "الفصائل الدرزية"),
], ids=["enjoys-genitive", "relies-on-genitive", "received-genitive", "obtained-genitive-adjective-after",
        "enjoyed-funding-past", "obtained-nationality-adjective", "benefits-nationality-adjective",
        "relative-receives-from", "relative-enjoys-past-a-rank"])
def test_the_backer_supports_the_receiver(extract_text, text, backer, backed):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, backer, "SUPPORTS", backed), found
    assert not has_claim(x, backed, "SUPPORTS", backer), found


def test_each_coordinated_backer(extract_text):
    x = extract_text("وتتمتع الحكومة اليمنية بدعم السعودية والإمارات.")
    for backer in ("السعودية", "الإمارات"):
        assert has_claim(x, backer, "SUPPORTS", "الحكومة اليمنية")


def test_support_for_the_one_backed_is_no_backer(extract_text):
    """حصلت على دعم لجهودها من تركيا: لـ marks what the support is for; the backer comes after من."""
    x = extract_text("وحصلت الحكومة الصومالية على دعم لجهودها من تركيا.")
    assert has_claim(x, "تركيا", "SUPPORTS", "الحكومة الصومالية")
    assert not has_claim(x, "الحكومة الصومالية", "SUPPORTS", "تركيا")
