"""A list after a plural place cue ends where the sentence goes on (our own sentences): an item
after a comma that closes the list without و and is an ordinary word (a verb, an adverb, a verb
with its object pronoun), or any ordinary word after the list's و item, names no place."""
from __future__ import annotations

import pytest


def _cued(resolved):
    return {m.text for m in resolved.mentions if m.source == "cue"}


@pytest.mark.parametrize("text, word", [
    ("اندلعت المواجهات في مدن الريف الغربي، أعقبتها حملة اعتقالات واسعة.", "أعقبتها"),
    ("هاجم المسلحون قرى زاويتا وكيرتاي، أسفرت عن مقتل العشرات.", "أسفرت"),
    ("نزح الأهالي من بلدات تمباكي وكوليرو، خوفا من غارات جديدة.", "خوفا"),
    ("قصفت الطائرات مخيمات الجرف، أسفر القصف عن دمار واسع.", "أسفر"),
    ("انتشر الجنود في أحياء الوعر، أحكموا الطوق حولها.", "أحكموا"),
    ("تمركزت القوات في قرى الحلوة، نصبت حواجزها على الطرق.", "نصبت"),
])
def test_an_ordinary_word_after_the_lists_last_comma_names_no_place(resolve_text, text, word):
    assert word not in _cued(resolve_text(text))


@pytest.mark.parametrize("text, names", [
    ("قصفت المدفعية بلدات عيترون، مركبا وبليدا فجرا.", {"عيترون", "مركبا", "بليدا"}),
    ("قصفت المدفعية بلدات عيترون، مركبا، بليدا.", {"عيترون", "مركبا", "بليدا"}),
    ("دخلت الفصائل قرى كفرنبل، الهبيط.", {"كفرنبل", "الهبيط"}),
    ("نزح الأهالي من بلدات تمباكي، كوليرو ودارسيلا.", {"تمباكي", "كوليرو", "دارسيلا"}),
])
def test_a_list_of_names_still_reads_every_name(resolve_text, text, names):
    assert names <= _cued(resolve_text(text)) | {m.text for m in resolve_text(text).mentions}
