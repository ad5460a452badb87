"""The SPARQL cookbook (queries/*.rq): every query says what it answers and gives the expected
answer on the sample graph, on the Turtle export and (same answer) on the TriG export."""
from __future__ import annotations

import pytest

from kg.graph import read_graph
from loaders.rdf.tools import bind_parameters, run_query, short
from rdf_helpers import QUERIES, SAMPLE, export

PERSON = 'cue:person:ابو_محمد_"الحلبي"'
PERSON_NAME = 'أبو محمد "الحلبي" <script>alert(1)</script>'
OPPOSITION, HTS = "المعارضة السورية المسلحة", "هيئة تحرير الشام"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    g = read_graph(SAMPLE)
    directory = tmp_path_factory.mktemp("cookbook")
    return {fmt: export(g, fmt, directory) for fmt in ("turtle", "trig")}


def rows(name: str, path, **params) -> list[tuple]:
    result = run_query(bind_parameters((QUERIES / name).read_text(encoding="utf-8"), params), [path])
    assert result.kind == "select"
    return [tuple(short(t) for t in row) for row in result.rows]


def columns(name: str, path) -> tuple[str, ...]:
    return run_query((QUERIES / name).read_text(encoding="utf-8"), [path]).variables


EXPECTED = {
    "control.rq": [
        (OPPOSITION, "entered", "دمشق", "2024-12-07", "1"),
        (OPPOSITION, "captured", "حمص", "2024-12-07", "1"),
        ("حزب الله", "fled from", "القصير", "2024-12-07", "1"),
        (HTS, "captured", "حمص", "2024-12-08", "1"),
    ],
    "conflict-network.rq": [
        ("israel", "ATTACKED", "al_qusayr", "1"),
        ("syrian_army", "CLASHED_WITH", "syrian_opposition", "1"),
    ],
    "corroboration.rq": [
        ("hts", "LEADS", "syrian_opposition", "1", "0", "0.95"),
        ("hezbollah", "FLED_FROM", "al_qusayr", "1", "1", "0.9"),
        ("hts", "CAPTURED", "homs", "1", "1", "0.9"),
        ("syrian_opposition", "CAPTURED", "homs", "1", "0", "0.9"),
        ("syrian_opposition", "ENTERED", "damascus", "1", "1", "0.9"),
        (PERSON, "MEMBER_OF", "hts", "1", "0", "0.8"),
        ("damascus", "LOCATED_IN", "syria", "1", "0", "0.7"),
        ("israel", "ATTACKED", "al_qusayr", "1", "0", "0.6"),
        ("syrian_army", "CLASHED_WITH", "syrian_opposition", "1", "0", "0.5"),
    ],
    "hedged.rq": [
        ("israel", "ATTACKED", "al_qusayr", "هاجمت إسرائيل على ما يبدو قافلة غادرت القصير.", "false"),
    ],
    "hierarchy.rq": [
        (HTS, "leads", OPPOSITION, "1"),
        (PERSON_NAME, "member of", HTS, "1"),
    ],
    "in-area.rq": [("syrian_opposition", "ENTERED", "damascus", "1")],
    "map.rq": [
        ("al_qusayr", "Al-Qusayr", "City", "34.50919", "36.57955", "", "<https://sws.geonames.org/169389/>"),
        ("damascus", "Damascus", "City", "33.5102", "36.29128", "", "<https://sws.geonames.org/170654/>"),
        ("homs", "Homs", "City", "34.72682", "36.72339", "", "<https://sws.geonames.org/169577/>"),
        ("israel", "Israel", "Country", "", "", "wd:Q801", ""),
        ("syria", "Syria", "Country", "", "", "wd:Q858", ""),
    ],
    "mentions.rq": [
        ("sample_1", "2024-12-07", "reuters", "<https://example.org/a/1>", "حمص تسقط"),
        ("sample_2", "2024-12-08", "", "", ""),
    ],
    "per-article-graphs.rq": [("sample_1", "5", "1"), ("sample_2", "4", "0")],
    "sources.rq": [("reuters", "رويترز", "2", "2", "0"), (PERSON, PERSON_NAME, "1", "1", "0")],
}


def test_every_query_file_says_what_it_answers_and_is_tested():
    files = sorted(p.name for p in QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for name in files:
        assert (QUERIES / name).read_text(encoding="utf-8").startswith("# Answers: "), name
    assert set(files) == set(EXPECTED) | {"evidence.rq", "timeline.rq"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cookbook_query_gives_the_expected_rows(data, name):
    fmt = "trig" if name == "per-article-graphs.rq" else "turtle"
    assert rows(name, data[fmt]) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {"per-article-graphs.rq"}))
def test_cookbook_answers_the_same_on_trig(data, name):
    assert rows(name, data["trig"]) == rows(name, data["turtle"])


def test_evidence_lists_the_sentences_about_an_actor_with_their_source(data):
    got = rows("evidence.rq", data["turtle"])
    assert got == rows("evidence.rq", data["turtle"], actor="hts") == rows("evidence.rq", data["turtle"], actor="id:hts")
    assert got == rows("evidence.rq", data["turtle"], actor=HTS) == rows("evidence.rq", data["turtle"], actor="hayat tahrir al-sham")
    assert columns("evidence.rq", data["turtle"])[:4] == ("subject", "relation", "object", "sentence")
    assert [(r[1], r[4], r[7], r[8]) for r in got] == [
        ("LEADS", "sample_1", "", "false"), ("CAPTURED", "sample_2", PERSON_NAME, "false"),
        ("MEMBER_OF", "sample_2", "", "false")]
    assert got[0][6] == "<https://example.org/a/1>" and got[1][6] == ""
    assert all(HTS in (r[0], r[2]) for r in got)


def test_timeline_orders_claims_by_event_date_else_publication_date(data):
    got = rows("timeline.rq", data["turtle"])
    assert len(got) == 9
    assert [r[0] for r in got] == sorted(r[0] for r in got)
    assert ("2024-12-07", "event", "day", "syrian_opposition", "ENTERED", "damascus", "sample_2") in got
    assert ("2024-12-08", "published", "day", "hts", "CAPTURED", "homs", "sample_2") in got
    assert sum(r[1] == "event" for r in got) == 2


def test_the_issue_example_query_works(data):
    result = run_query("SELECT ?a ?city WHERE { ?a kg:captured ?city }", [data["turtle"]])
    assert sorted(tuple(short(t) for t in r) for r in result.rows) == [("id:hts", "id:homs"), ("id:syrian_opposition", "id:homs")]


def test_every_example_query_in_the_docs_runs_and_finds_something(data):
    import re

    from rdf_helpers import REPO

    text = (REPO / "docs" / "rdf.md").read_text(encoding="utf-8")
    block = text.split("```sparql\n", 1)[1].split("```", 1)[0]
    examples = [q for q in re.split(r"\n\s*\n", block) if q.strip()]
    assert len(examples) >= 6
    for q in examples:
        assert run_query(q, [data["trig"]]).rows, q.splitlines()[0]


def test_undated_rows_sort_last(tmp_path):
    """A claim with neither an event date nor a published article comes after every dated one."""
    g = read_graph(SAMPLE)
    g.graph["articles"]["sample_1"]["published"] = None
    for _, _, d in g.edges(data=True):
        for p in d["provenance"]:
            if p["article"] == "sample_1":
                p["event_date"] = None
    path = export(g, "turtle", tmp_path)
    got = rows("timeline.rq", path)
    dated = [r[0] != "" for r in got]
    assert dated == sorted(dated, reverse=True) and not all(dated)
    control = rows("control.rq", path)
    assert [r[3] != "" for r in control] == sorted((r[3] != "" for r in control), reverse=True)


def test_a_parameter_the_query_does_not_have_is_a_clear_error():
    from kg.errors import KgError
    with pytest.raises(KgError, match="no parameter 'city'.*its parameters: actor"):
        bind_parameters((QUERIES / "evidence.rq").read_text(encoding="utf-8"), {"city": "Homs"})


# ------------------------------------------------------------------ the project's example graph
EXAMPLES_GRAPH = QUERIES.parent / "tests" / "golden" / "examples_graph.json"


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    """The graph `kg build examples/articles` gives (tests/golden/examples_graph.json), as TriG."""
    return export(read_graph(EXAMPLES_GRAPH), "trig", tmp_path_factory.mktemp("examples"))


def header_params(text: str) -> dict[str, str]:
    """The --param NAME=VALUE examples a query's header documents."""
    import re
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    return dict(re.findall(r"--param (\w+)=(\S+)", header))


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_every_cookbook_query_finds_rows_on_the_example_graph_with_its_documented_parameters(examples, name):
    text = (QUERIES / name).read_text(encoding="utf-8")
    params = header_params(text)
    from loaders.rdf.tools import query_parameters
    assert set(params) == set(query_parameters(text)), f"{name}: document an example for every parameter"
    result = run_query(bind_parameters(text, params), [examples])
    assert result.rows, f"{name} with {params} found nothing on the example graph"


def test_actors_and_places_are_found_by_acronym_english_name_and_key(examples):
    by = lambda **p: rows("evidence.rq", examples, **p)  # noqa: E731
    assert by(actor="HTS") == by(actor="hts") == by(actor="Hayat Tahrir al-Sham") == by(actor="هيئة تحرير الشام")
    assert by(actor="HTS")
    assert rows("mentions.rq", examples, entity="Hama") == rows("mentions.rq", examples, entity="Ḩamāh") != []
    assert rows("in-area.rq", examples, area="حماه")        # the normalised Arabic key (ة -> ه)
