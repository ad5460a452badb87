"""التحالف after a named coalition is that coalition (our own sentences)."""
from __future__ import annotations


def _ids(resolve_text, text, word):
    return {m.entity_id for m in resolve_text(text).mentions if m.text.endswith(word)}


def test_the_coalition_refers_back_to_the_named_coalition(resolve_text):
    text = ("قصفت طائرات تحالف دعم الشرعية في اليمن مواقع في صعدة. "
            "وقال المتحدث باسم قوات التحالف إن الطائرات أصابت أهدافها.")
    ids = {m.entity_id for m in resolve_text(text).mentions}
    assert len(_ids(resolve_text, text, "التحالف")) == 1 and _ids(resolve_text, text, "التحالف") <= ids


def test_the_coalition_with_nothing_named_before_stays_unresolved(resolve_text):
    assert not resolve_text("وقال رئيس التحالف إن الانتخابات ستجري في موعدها.").mentions


def test_the_coalitions_spokesman_is_its_member(extract_text):
    from kg.language.names import RELATIONS
    x = extract_text("أعلن تحالف دعم الشرعية في اليمن إسقاط مسيرة. "
                     "وأوضح المتحدث باسم قوات التحالف العميد الركن سالم الشهري أن المسيرة سقطت في البحر.")
    names = {e.id: e.name for e in x.entities}
    got = {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}
    assert ("سالم الشهري", RELATIONS.member_of, "التحالف بقيادة السعودية") in got
