"""Scale: the parallel and distributed map step, the incremental reduce step (--into) and the
benchmark corpus generator. Articles come from benchmarks/scale/make_corpus.py (our own
template sentences with registry names), extracted once per session."""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from kg.graph import build_graph, merge, to_json, write_graph
from kg.graphstore import GraphStore, index_path
from kg.pipeline import build

pytestmark = pytest.mark.slow      # builds in worker processes and on a Dask cluster: the full suite runs it, -m 'not slow' does not

REPO = Path(__file__).resolve().parents[1]


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_corpus", REPO / "benchmarks" / "scale" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = mod          # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


make_corpus = _load_generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two JSONL files of generated articles: A (24 articles) and B (12 more)."""
    d = tmp_path_factory.mktemp("corpus")
    make_corpus.write_corpus(d / "a.jsonl", 24, first=0, words=150)
    make_corpus.write_corpus(d / "b.jsonl", 12, first=24, words=150)
    return d / "a.jsonl", d / "b.jsonl"


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    """The serial build of A and B: the reference every other way of building must equal."""
    out = tmp_path_factory.mktemp("serial")
    report = build([str(p) for p in corpus], out, progress=False)
    return out, report


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _by_key(data: dict) -> tuple:
    """graph.json content independent of element order and key order within elements."""
    return (data["graph"], {n["id"]: n for n in data["nodes"]},
            {(e["source"], e["target"], e["key"]): e for e in data["links"]})


def _extractions(paths):
    from kg.ingest import read_inputs
    from kg.pipeline import extract_article
    return [extract_article(a) for a in read_inputs([str(p) for p in paths]) if hasattr(a, "text")]


# ----------------------------------------------------------------------------- reduce step

def test_store_writes_the_same_graph_as_the_reference_merge(corpus, tmp_path):
    extractions = _extractions(corpus)
    store = GraphStore()
    for x in extractions:
        store.merge(x)
    store.write(tmp_path / "graph.json")
    reference = json.loads(json.dumps(to_json(build_graph(extractions)), ensure_ascii=False))
    mine = _json(tmp_path / "graph.json")
    assert _by_key(mine) == _by_key(reference)
    assert [n["id"] for n in mine["nodes"]] == [n["id"] for n in reference["nodes"]]
    assert [(e["source"], e["target"], e["key"]) for e in mine["links"]] == \
           [(e["source"], e["target"], e["key"]) for e in reference["links"]]


@pytest.mark.parametrize("seed", range(4))
def test_store_follows_merge_through_updates_reopens_and_checkpoints(corpus, tmp_path, seed):
    """Random sequences of new, repeated and updated articles, with the store written and
    reopened (through its index) at random points, give kg.graph.merge's graph."""
    import dataclasses
    import random
    rng = random.Random(seed)
    extractions = _extractions_cached(corpus)

    def as_version_of(x, other):
        """x's content under other's id: an update of that article."""
        aid = other.info.id
        info = dataclasses.replace(x.info, id=aid, content_hash=x.info.content_hash + "'")
        mentions = tuple(dataclasses.replace(m, article=aid) for m in x.mentions)
        claims = tuple(dataclasses.replace(c, provenance=dataclasses.replace(c.provenance, article=aid))
                       for c in x.claims)
        return dataclasses.replace(x, info=info, mentions=mentions, claims=claims)

    g, store, path = build_graph([]), GraphStore(), tmp_path / "graph.json"
    for step in range(30):
        x = rng.choice(extractions)
        if rng.random() < 0.2:
            x = as_version_of(x, rng.choice(extractions))
        assert store.merge(x) == merge(g, x)
        if rng.random() < 0.2:
            store.write(path)
            store = GraphStore.open(path)
    store.write(path)
    reference = json.loads(json.dumps(to_json(g), ensure_ascii=False))
    assert _by_key(_json(path)) == _by_key(reference)


_CACHE: dict = {}


def _extractions_cached(corpus):
    if "x" not in _CACHE:
        _CACHE["x"] = _extractions(corpus)
    return _CACHE["x"]


def test_graph_json_loads_with_read_graph_and_networkx(serial):
    import networkx as nx
    from kg.graph import read_graph
    out, report = serial
    g = read_graph(out / "graph.json")
    assert g.number_of_nodes() == report.entities > 0
    assert g.number_of_edges() == report.relations > 0
    assert sum(len(d["provenance"]) for *_, d in g.edges(keys=True, data=True)) == report.claims
    assert nx.node_link_graph(_json(out / "graph.json"), edges="links").number_of_edges() == report.relations


def test_graph_holds_no_article_text(serial, corpus):
    text = (serial[0] / "graph.json").read_text(encoding="utf-8")
    first = json.loads(corpus[0].read_text(encoding="utf-8").splitlines()[0])["text"]
    assert first[:300] not in text


# ----------------------------------------------------------------------------- map step

def test_two_worker_processes_give_a_byte_identical_graph(corpus, serial, tmp_path):
    report = build([str(p) for p in corpus], tmp_path, progress=False, workers=2)
    assert (tmp_path / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()
    assert report.as_json() | {"seconds": 0} == serial[1].as_json() | {"seconds": 0}


def test_checkpoints_bound_memory_and_change_nothing(corpus, serial, tmp_path):
    """With a checkpoint every few articles (memory holds only what the next ones touch) the
    graph is byte for byte the one built in memory, and no checkpoint file is left behind."""
    report = build([str(p) for p in corpus], tmp_path, progress=False, workers=2, checkpoint_items=150)
    assert (tmp_path / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()
    assert report.claims == serial[1].claims
    assert sorted(p.name for p in tmp_path.iterdir()) == [".graph.json.index", "graph.json", "report.json"]


@pytest.mark.slow
def test_dask_local_cluster_gives_a_byte_identical_graph(corpus, serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        report = build([str(p) for p in corpus], tmp_path, progress=False, scheduler=cluster.scheduler_address)
    assert (tmp_path / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()
    assert report.added == serial[1].added


def test_unreachable_scheduler_is_a_clear_error():
    from kg.errors import KgError
    from kg.parallel import connect
    with pytest.raises(KgError, match="tcp://127.0.0.1:9"):
        connect("tcp://127.0.0.1:9", timeout=1)


def test_map_step_pulls_articles_lazily():
    """Bounded memory: the map step reads only a few chunks ahead of what it has yielded."""
    from kg.ingest import make_article
    from kg.parallel import PROCESS_CHUNK, PROCESS_CHUNKS_PER_WORKER, map_articles
    from kg.pipeline import extract_article
    pulled = []

    def articles():
        for i in range(10_000):
            pulled.append(i)
            yield make_article(f"a{i}", "سيطر الجيش على مدينة حلب.", "-")

    results = map_articles(articles(), extract_article, workers=2)
    first = next(results)
    assert first[0].id == "a0"
    assert len(pulled) <= (2 * PROCESS_CHUNKS_PER_WORKER + 1) * PROCESS_CHUNK
    results.close()


def test_a_failing_article_is_reported_and_the_others_kept(corpus, tmp_path, monkeypatch):
    import kg.pipeline
    real = kg.pipeline.extract_article

    def flaky(article):
        if article.id == "gen-0000003":
            raise ValueError("boom")
        return real(article)
    monkeypatch.setattr(kg.pipeline, "extract_article", flaky)
    report = build([str(corpus[0])], tmp_path, progress=False, workers=2)   # forked workers see the patch
    assert report.added == 23
    assert [s.reason for s in report.failed] == ["extraction failed: ValueError: boom"]
    assert report.failed[0].origin.endswith("a.jsonl:4")


def test_workers_must_be_positive(tmp_path, corpus):
    from kg.cli import main
    with pytest.raises(SystemExit):
        main(["build", str(corpus[0]), "--out", str(tmp_path), "--workers", "0"])


# ----------------------------------------------------------------------------- incremental

def test_into_adds_new_articles_as_a_full_build_would(corpus, serial, tmp_path):
    build([str(corpus[0])], tmp_path, progress=False)
    report = build([str(corpus[1])], tmp_path, into=True, progress=False)
    assert (report.added, report.unchanged) == (12, 0)
    assert (tmp_path / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()
    assert report.claims == serial[1].claims


def test_into_with_articles_that_sort_before_the_existing_ones(corpus, serial, tmp_path):
    """New mentions that sort inside an existing list make the store parse and re-sort it."""
    build([str(corpus[1])], tmp_path, progress=False)
    build([str(corpus[0])], tmp_path, into=True, progress=False)
    assert (tmp_path / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()


def test_into_with_interleaved_article_ids(corpus, tmp_path):
    """New articles whose ids sort between the existing ones (some with quotes and backslashes)
    are inserted into the existing lists where they sort, as a build of all at once would."""
    lines = [json.loads(line) for p in corpus for line in p.read_text(encoding="utf-8").splitlines()]
    for i, rec in enumerate(lines):
        if i % 3 == 0:
            rec["id"] = f'q"{rec["id"]}\\'
    files = []
    for name, part in (("even", lines[0::2]), ("odd", lines[1::2])):
        files.append(tmp_path / f"{name}.jsonl")
        files[-1].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    build([str(files[0])], tmp_path / "grown", progress=False)
    build([str(files[1])], tmp_path / "grown", into=True, progress=False)
    build([str(f) for f in files], tmp_path / "at_once", progress=False)
    assert (tmp_path / "grown" / "graph.json").read_bytes() == (tmp_path / "at_once" / "graph.json").read_bytes()


def test_rerunning_the_same_inputs_changes_nothing(corpus, serial, tmp_path):
    shutil.copytree(serial[0], tmp_path, dirs_exist_ok=True)
    before = (tmp_path / "graph.json").read_bytes()
    report = build([str(p) for p in corpus], tmp_path, into=True, progress=False)
    assert (report.added, report.unchanged) == (0, 36)
    assert (tmp_path / "graph.json").read_bytes() == before


def test_into_without_index_or_from_the_reference_writer(corpus, serial, tmp_path):
    """A graph.json with no valid index (deleted, or written by kg.graph.write_graph) is loaded whole."""
    build([str(corpus[0])], tmp_path / "a", progress=False)
    index_path(tmp_path / "a" / "graph.json").unlink()
    build([str(corpus[1])], tmp_path / "a", into=True, progress=False)
    assert (tmp_path / "a" / "graph.json").read_bytes() == (serial[0] / "graph.json").read_bytes()

    write_graph(build_graph(_extractions([corpus[0]])), tmp_path / "b" / "graph.json")
    build([str(corpus[1])], tmp_path / "b", into=True, progress=False)
    assert _by_key(_json(tmp_path / "b" / "graph.json")) == _by_key(_json(serial[0] / "graph.json"))


def test_a_stale_index_is_rebuilt_from_the_file(serial, corpus, tmp_path):
    """A copied or touched graph.json (other mtime) gets its index back by one pass over it."""
    import os
    from kg.graphstore import load_index, scan_index
    graph = serial[0] / "graph.json"
    written, scanned = load_index(graph), scan_index(graph)
    assert written is not None and scanned is not None
    assert (scanned.articles, scanned.nodes, scanned.links) == (written.articles, written.nodes, written.links)

    build([str(corpus[0])], tmp_path, progress=False)
    os.utime(tmp_path / "graph.json", ns=(0, 0))
    assert load_index(tmp_path / "graph.json") is None
    build([str(corpus[1])], tmp_path, into=True, progress=False)
    assert (tmp_path / "graph.json").read_bytes() == graph.read_bytes()


@pytest.mark.parametrize("rows_per_write", [1, 3, 2000])
def test_the_index_written_in_pieces_is_the_index_as_one_document(serial, tmp_path, monkeypatch, rows_per_write):
    """_write_index streams its rows: the file is byte for byte the JSON of the whole index."""
    from kg import graphstore
    graph = tmp_path / "graph.json"
    shutil.copyfile(serial[0] / "graph.json", graph)
    result = GraphStore.open(graph).write(graph)
    monkeypatch.setattr(graphstore, "INDEX_ROWS_PER_WRITE", rows_per_write)
    for r in (result, graphstore.WriteResult(graph_extra={"x": 1})):
        graphstore._write_index(graph, r)
        st = graph.stat()
        whole = {"version": graphstore.INDEX_VERSION, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
                 "graph_extra": r.graph_extra, "articles": r.articles, "nodes": r.nodes, "links": r.links}
        assert index_path(graph).read_bytes() == graphstore._dumps(whole)
    assert result.articles and result.links


def test_a_graph_in_another_layout_is_loaded_whole(corpus, serial, tmp_path):
    build([str(corpus[0])], tmp_path, progress=False)
    graph = tmp_path / "graph.json"
    data = _json(graph)
    write_graph(build_graph(_extractions([corpus[0]])), graph)       # same graph, other bytes
    assert _by_key(_json(graph)) == _by_key(data)
    build([str(corpus[1])], tmp_path, into=True, progress=False)
    assert _by_key(_json(graph)) == _by_key(_json(serial[0] / "graph.json"))


def _updated(corpus, tmp_path) -> Path:
    """Article gen-0000005 again, with its first sentence replaced."""
    line = json.loads(corpus[0].read_text(encoding="utf-8").splitlines()[5])
    assert line["id"] == "gen-0000005"
    line["text"] = "صنعاء - سيطرت قوات الدعم السريع على مدينة حلب بعد معارك عنيفة. " + line["text"].split(". ", 1)[1]
    path = tmp_path / "update.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_an_updated_article_replaces_its_provenance(corpus, tmp_path):
    update = _updated(corpus, tmp_path)
    build([str(corpus[0])], tmp_path / "out", progress=False)
    report = build([str(update)], tmp_path / "out", into=True, progress=False)
    assert (report.added, report.unchanged) == (1, 0)

    g = build_graph(_extractions([corpus[0]]))
    merge(g, _extractions([update])[0])                  # the reference: kg.graph.merge replaces it
    reference = json.loads(json.dumps(to_json(g), ensure_ascii=False))
    mine = _json(tmp_path / "out" / "graph.json")
    assert _by_key(mine) == _by_key(reference)
    old_first = json.loads(corpus[0].read_text(encoding="utf-8").splitlines()[5])["text"].split(". ", 1)[0]
    sentences = [p["sentence"] for e in mine["links"] for p in e["provenance"] if p["article"] == "gen-0000005"]
    assert sentences and not any(old_first in s for s in sentences)
    assert any(e["key"] == "CAPTURED" and e["target"] == "aleppo"
               for e in mine["links"] if any(p["article"] == "gen-0000005" for p in e["provenance"]))


def test_rdf_export_follows_the_merged_graph(corpus, serial, tmp_path):
    """The RDF (and Neo4j) loaders read graph.json: a graph grown with --into exports the same
    triples as one built at once."""
    from kg.graph import read_graph
    from loaders.rdf import triples
    build([str(corpus[0])], tmp_path, progress=False)
    build([str(corpus[1])], tmp_path, into=True, progress=False)
    build([str(corpus[1])], tmp_path, into=True, progress=False)     # again: nothing doubles
    grown = set(map(str, triples(read_graph(tmp_path / "graph.json"))))
    at_once = set(map(str, triples(read_graph(serial[0] / "graph.json"))))
    assert grown == at_once


# ----------------------------------------------------------------------------- corpus generator

def test_generated_articles_are_deterministic_and_carry_registry_gold(registry):
    pools = make_corpus.load_pools()
    a = make_corpus.make_article(7, pools)
    assert a == make_corpus.make_article(7, pools)
    assert a["id"] == "gen-0000007" and a != make_corpus.make_article(8, pools)
    assert 400 <= len(a["text"].split()) < 480
    assert a["gold"]
    for triple in a["gold"]:
        assert triple["subject"] in registry.entities and triple["object"] in registry.entities


def test_generated_gold_is_mostly_found_by_the_extractor(corpus, serial):
    """The generated text is realistic enough for the extractor: most gold triples are in the graph."""
    from ontology import vocabulary
    symmetric = vocabulary().symmetric
    found = {(e["source"], e["key"], e["target"]) for e in _json(serial[0] / "graph.json")["links"]}
    gold = set()
    for path in corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in json.loads(line)["gold"]:
                s, o = t["subject"], t["object"]
                if t["relation"] in symmetric and o < s:
                    s, o = o, s
                gold.add((s, t["relation"], o))
    assert len(gold & found) >= 0.5 * len(gold)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_collector_is_tuned_for_the_map_step_and_restored_after(workers):
    """Extraction runs with warm-up state frozen and a larger young generation (a build spent ~6%
    of its time in the collector); the caller's process gets its own settings back."""
    import gc

    from kg.ingest import make_article
    from kg.parallel import YOUNG_GC_THRESHOLD, map_articles
    from kg.pipeline import extract_article
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    during = []

    def articles():
        for i in range(3):
            during.append((gc.get_threshold()[0], gc.get_freeze_count()))
            yield make_article(f"a{i}", "سيطر الجيش على مدينة حلب.", "-")

    results = [r for _, r in map_articles(articles(), extract_article, workers=workers)]
    assert all(not isinstance(r, str) for r in results) and len(results) == 3
    assert all(threshold == YOUNG_GC_THRESHOLD and frozen > frozen_before for threshold, frozen in during)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


@pytest.mark.parametrize("n", [0, 1, 5, 10, 31, 32, 33, 1000])
def test_chunks_keep_the_order_and_spread_a_small_input_over_every_worker(n):
    from kg.parallel import PROCESS_CHUNK, SMALL_INPUT_CHUNKS, _sized_chunks
    workers = 2
    chunks = list(_sized_chunks(iter(range(n)), PROCESS_CHUNK, workers))
    assert [x for c in chunks for x in c] == list(range(n))
    if n >= PROCESS_CHUNK * workers * SMALL_INPUT_CHUNKS:
        assert all(len(c) == PROCESS_CHUNK for c in chunks[:-1])
    elif n >= workers:
        assert len(chunks) >= workers and max(map(len, chunks)) <= -(-n // (workers * SMALL_INPUT_CHUNKS))
