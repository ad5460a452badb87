"""-f means the output format in kg export, kg sparql and kg cypher; the older spellings still work."""
from __future__ import annotations

import pytest

from kg.cli import make_parser


def parse(*argv):
    return make_parser().parse_args(list(argv))


def test_f_is_the_format_everywhere():
    assert parse("export", "g.json", "-f", "turtle", "-o", "g.ttl").format == "turtle"
    assert parse("sparql", "ASK {}", "-d", "g.ttl", "-f", "csv").output == "csv"
    assert parse("cypher", "RETURN 1", "-f", "json").format == "json"


def test_older_spellings_still_work(tmp_path):
    assert parse("sparql", "ASK {}", "-d", "g.ttl", "--output", "json").output == "json"
    query = tmp_path / "q.cypher"
    query.write_text("RETURN 1", encoding="utf-8")
    args = parse("cypher", "-f", str(query))                 # -f FILE, as before
    assert (args.file, args.format) == (str(query), "table")
    assert parse("cypher", "-q", str(query), "-f", "csv").file == str(query)


def test_a_bad_format_names_the_choices(capsys):
    with pytest.raises(SystemExit):
        parse("cypher", "RETURN 1", "-f", "xml")
    assert "choose from table, json, csv" in capsys.readouterr().err


def test_export_help_lists_every_format(capsys):
    import loaders
    with pytest.raises(SystemExit):
        parse("export", "--help")
    out = capsys.readouterr().out
    for name in loaders.formats():
        assert f"  {name} " in out
    assert "ttl is accepted for turtle" in out
