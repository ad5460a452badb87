"""kg export / kg sparql / kg validate as a user runs them (in process, through kg.cli.main)."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from rdf_helpers import QUERIES, SAMPLE

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "graph.ttl"
    assert main(["export", str(SAMPLE), "--format", "turtle", "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("fmt,ext", [("nt", "nt"), ("trig", "trig"), ("jsonld", "jsonld")])
def test_export_writes_every_rdf_format(tmp_path, capsys, fmt, ext):
    out = tmp_path / f"g.{ext}"
    assert main(["export", str(SAMPLE), "-f", fmt, "-o", str(out)]) == 0
    assert f"wrote {out} ({fmt})" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0


def test_export_base_option(tmp_path):
    out = tmp_path / "g.nt"
    assert main(["export", str(SAMPLE), "-f", "nt", "-o", str(out), "--base", "https://data.example.org/id/"]) == 0
    assert "<https://data.example.org/id/homs>" in out.read_text(encoding="utf-8")


def test_sparql_prints_a_table_with_kg_predeclared(ttl, capsys):
    assert main(["sparql", "SELECT ?a ?city WHERE { ?a kg:captured ?city } ORDER BY ?a", "--data", str(ttl)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].replace(" ", "") == "a|city"
    assert [line.split("|")[0].strip() for line in lines[2:4]] == ["id:hts", "id:syrian_opposition"]
    assert lines[-1] == "(2 rows)"


def test_sparql_runs_a_cookbook_file_as_json(ttl, capsys):
    assert main(["sparql", "--file", str(QUERIES / "hedged.rq"), "--data", str(ttl), "--output", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["subject"] == "israel" and row["relation"] == "ATTACKED"


def test_sparql_ask_and_bad_query(ttl, capsys):
    assert main(["sparql", "ASK { id:hts kg:captured id:homs }", "--data", str(ttl)]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["sparql", "SELEC ?x", "--data", str(ttl)]) == 2
    assert "bad SPARQL query" in capsys.readouterr().err


def test_sparql_missing_data_file_is_a_clear_error(tmp_path, capsys):
    assert main(["sparql", "ASK {}", "--data", str(tmp_path / "nope.ttl")]) == 2
    assert "no RDF file at" in capsys.readouterr().err


def test_validate_prints_focus_path_message_and_exits_1(ttl, tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    text = ttl.read_text(encoding="utf-8").replace("kg:hedged true", 'kg:hedged "maybe"', 1)
    bad.write_text(text + '\nid:ghost kg:captured id:homs .\n', encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Violation: id:ghost: the subject of a kg relation must be an exported entity" in out
    assert "kg:hedged: a claim says whether it is hedged, once, as xsd:boolean  (value: maybe)" in out
    assert out.rstrip().endswith("2 violations")


def test_validate_conforming_file(ttl, capsys):
    assert main(["validate", str(ttl)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_validate_refuses_a_graph_json_that_holds_no_triples(capsys):
    assert main(["validate", str(SAMPLE)]) == 2
    assert "holds no RDF triples" in capsys.readouterr().err


def test_sparql_on_a_graph_json_says_to_export_first(capsys):
    assert main(["sparql", "ASK {}", "--data", str(SAMPLE)]) == 2
    err = capsys.readouterr().err
    assert "is a kg graph.json, not RDF: export it first" in err and "kg export" in err


def test_sparql_param_sets_the_querys_parameter(ttl, capsys):
    from rdf_helpers import QUERIES
    assert main(["sparql", "-q", str(QUERIES / "evidence.rq"), "-d", str(ttl), "--param", "actor=hts", "-f", "csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert rows[0].startswith("subject,relation,object") and len(rows) > 1
    assert main(["sparql", "-q", str(QUERIES / "evidence.rq"), "-d", str(ttl), "--param", "city=Homs"]) == 2
    assert "no parameter 'city'" in capsys.readouterr().err
