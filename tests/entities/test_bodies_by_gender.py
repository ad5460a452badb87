"""A registry body named with its state's adjective in the other gender (جهاز ... المصري for the
registry's ... المصرية) is the same body (our own sentences)."""
from __future__ import annotations


def test_a_body_with_its_adjective_in_the_other_gender_is_the_registry_body(registry):
    from kg.entities.coreference import bodies_without_their_adjective
    from kg.language.names import TYPES
    from kg.types import EntityRecord, Mention
    eid = "name:جهاز_الامن_العام_السوريه"
    etype = registry.entities["syrian_general_security"].type
    entities = {eid: EntityRecord(eid, etype, "جهاز الأمن العام السورية")}
    mentions = [Mention("t", 0, 0, 24, "جهاز الأمن العام السورية", eid, etype, "cue", 0, 4)]
    out = bodies_without_their_adjective(mentions, entities, registry, None)
    assert out[0].entity_id == "syrian_general_security"


def test_an_adjective_of_another_state_is_no_match(registry):
    from kg.entities.coreference import bodies_without_their_adjective
    from kg.types import EntityRecord, Mention
    eid = "name:جهاز_الامن_العام_العراقيه"
    etype = registry.entities["syrian_general_security"].type
    entities = {eid: EntityRecord(eid, etype, "جهاز الأمن العام العراقية")}
    mentions = [Mention("t", 0, 0, 24, "جهاز الأمن العام العراقية", eid, etype, "cue", 0, 4)]
    assert bodies_without_their_adjective(mentions, entities, registry, None)[0].entity_id == eid


def test_the_egyptian_intelligence_by_every_name_is_one_node(resolve_text):
    r = resolve_text("وقالت مصادر إن جهاز المخابرات العامة المصري أرسل وفدا إلى الدوحة. وأكدت الاستخبارات "
                     "المصرية أن المحادثات مستمرة، وأضافت المخابرات المصرية أن الوفد عاد.")
    ids = {m.entity_id for m in r.mentions if "المخابرات" in m.text or "الاستخبارات" in m.text}
    assert ids == {"egyptian_general_intelligence"}
