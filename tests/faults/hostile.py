"""Hostile strings and a hostile graph for the fault suite (all text written for these tests).

Every string here must come out of every output exactly as data: never as Cypher, SPARQL,
markup, or part of an IRI.
"""
from __future__ import annotations

from kg.graph import build_graph
from kg.types import ArticleExtraction, ArticleInfo, Claim, EntityRecord, Mention, Provenance

QUOTES = "أبو \"محمد\" 'الحلبي' `الشامي` «أبو عمر»"
CYPHER = "x'}) MATCH (n) DETACH DELETE n //\" RETURN 1 /* ${param} {{name}} */"
SPARQL = "\" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } # '''\"\"\" ?x $y"
SCRIPT = "<script>alert('xss')</script><img src=x onerror=alert(1)></title><!-- -->]]>"
IRI_BREAKING = "a b<c>d\"e{f}g|h\\i^j`k%zz%41 #frag ?q=1&r=2 /../..\\ :colon"
CONTROLS = "tab\there new\nline carriage\rreturn nul\x00 vt\x0b us\x1f del\x7f"
BIDI = "حزب\u200f الله \u202eمقلوب\u202c \u2067معزول\u2069"

HOSTILE = (QUOTES, CYPHER, SPARQL, SCRIPT, IRI_BREAKING, CONTROLS, BIDI)
ALL = " ".join(HOSTILE)

ARTICLE_ID = "article/../<script>'\"{}`%2F?#"
NODE_ID = "cue:person:ابو \"محمد\" <x> {y} `z` '}) DETACH DELETE n //"
SENTENCE = f"وقال {QUOTES} إن {SCRIPT} سيطر على {IRI_BREAKING} {CYPHER} {SPARQL}."


def hostile_graph():
    """A contract-conforming graph whose names, aliases, ids, sentences and metadata are hostile."""
    person = EntityRecord(NODE_ID, "Person", ALL, SCRIPT + " " + CYPHER, HOSTILE)
    group = EntityRecord("hts", "ArmedGroup", "هيئة تحرير الشام", "Hayat Tahrir al-Sham", (SPARQL, QUOTES))
    city = EntityRecord("place:" + IRI_BREAKING, "City", IRI_BREAKING, IRI_BREAKING, (SCRIPT,), "Q1'}<x>", None,
                        34.7, 36.7)
    mentions = tuple(Mention(ARTICLE_ID, 0, i * 10, i * 10 + 5, text, e.id, e.type, "registry")
                     for i, (e, text) in enumerate([(person, QUOTES), (group, SPARQL), (city, SCRIPT)]))
    prov = Provenance(ARTICLE_ID, SENTENCE, 0, len(SENTENCE), NODE_ID, True, "2024-12-07", "rule:" + CYPHER, 0.5,
                      SCRIPT)
    claims = (Claim(NODE_ID, "MEMBER_OF", "hts", prov),
              Claim("hts", "CAPTURED", city.id, prov))
    info = ArticleInfo(ARTICLE_ID, "hash:" + SPARQL, "javascript:alert(1)//" + IRI_BREAKING, SCRIPT + QUOTES,
                       "2024-12-07", NODE_ID, "origin " + IRI_BREAKING)
    info2 = ArticleInfo("plain_2", "h2", "https://example.org/a b<c>\"d\"{e}?x=%zz#f", CYPHER, None, None, None)
    return build_graph([ArticleExtraction(info, (person, group, city), mentions, claims),
                        ArticleExtraction(info2, (group,), (), ())])
