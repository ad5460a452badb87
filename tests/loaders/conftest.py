"""Fixtures for the Neo4j loader tests: one Bolt server for the whole session.

By default that is the embedded server, started once as ``kg serve --port 0`` on a temporary
data directory (so the tests also exercise ``kg serve`` and its reuse by other processes).
With NEO4J_URI set (and NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE), the same tests run
against that Neo4j 5 server instead; they delete kg's nodes in that database, so they only run
when KG_TEST_NEO4J_WIPE=1 says the database is a throwaway one.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE_GRAPH = REPO / "tests" / "fixtures" / "sample_graph.json"
START_TIMEOUT = 180


def embedded_env() -> dict:
    """The environment for a kg subprocess that must use the embedded server."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "KG_DATA_DIR"},
            "KG_SERVE_IDLE": "0"}


def _start_serve(data_dir: Path) -> subprocess.Popen:
    from loaders.neo4j.server import ServerPaths, running_server

    log = open(data_dir.parent / "serve.out", "w+b")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--data-dir", str(data_dir), "--port", "0"],
                            cwd=REPO, env=embedded_env(), stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT
    while running_server(ServerPaths(data_dir)) is None:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.seek(0)
            pytest.fail(f"kg serve did not start:\n{log.read().decode(errors='replace')}")
        time.sleep(0.3)
    return proc


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory):
    """Connection settings for the session's server (see the module docstring)."""
    from loaders.neo4j import Settings

    if os.environ.get("NEO4J_URI"):
        if os.environ.get("KG_TEST_NEO4J_WIPE") != "1":
            pytest.skip("NEO4J_URI is set: set KG_TEST_NEO4J_WIPE=1 to let the tests wipe kg's nodes there")
        yield Settings.from_env()
        return
    data_dir = tmp_path_factory.mktemp("neo4j") / "data"
    data_dir.mkdir()
    proc = _start_serve(data_dir)
    try:
        yield Settings(data_dir=str(data_dir))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def neo4j_conn(neo4j_settings):
    from loaders.neo4j import connect

    with connect(neo4j_settings, start_embedded=False) as conn:
        yield conn


@pytest.fixture(scope="session")
def sample_graph():
    from kg.graph import read_graph
    return read_graph(SAMPLE_GRAPH)


@pytest.fixture
def fresh_sample(neo4j_conn, sample_graph):
    """The database holding exactly the sample graph."""
    from loaders.neo4j import clear, load_graph

    clear(neo4j_conn)
    load_graph(neo4j_conn, sample_graph)
    return neo4j_conn


def take_snapshot(conn) -> tuple[list, list]:
    """Every kg node (id, labels, properties) and relationship (ends, type, properties), sorted."""
    from loaders.neo4j import run_query

    nodes, rels = [], []
    for label in ("Entity", "Article", "Claim"):
        _, rows = run_query(conn, f"MATCH (n:{label}) RETURN n.id, labels(n), properties(n)")
        nodes += [(i, sorted(labels), sorted(props.items())) for i, labels, props in rows]
        _, rows = run_query(conn, f"MATCH (n:{label})-[r]->(m) RETURN n.id, type(r), m.id, properties(r)")
        rels += [(a, t, b, sorted(props.items())) for a, t, b, props in rows]
    return sorted(nodes, key=repr), sorted(rels, key=repr)


@pytest.fixture
def snapshot():
    return take_snapshot
