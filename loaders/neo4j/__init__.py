"""Neo4j: load a graph.json into any Neo4j 5 server, or into the embedded Bolt server
(ArcadeDB, from the arcadedb-embedded wheel) when no server is named; query it in Cypher.

    from kg.graph import read_graph
    from loaders.neo4j import Settings, connect, load_graph
    with connect(Settings.from_env(data_dir=".kg/neo4j")) as conn:
        load_graph(conn, read_graph("out/graph.json"))

The graph model is described in ``loaders.neo4j.cypher``; the analysts' cookbook is queries/*.cypher.
"""
import importlib

# The names below load the neo4j driver (~0.9 s) on first use, not when a submodule such as
# loaders.neo4j.options is imported (every `kg` command builds its option parser from those).
_EXPORTS = {
    "Connection": "connection", "QueryFailed": "connection", "Settings": "connection", "connect": "connection",
    "run_query": "connection", "DEFAULT_BATCH_SIZE": "load", "LoadReport": "common", "clear": "load",
    "counts": "load", "load_graph": "load",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'loaders.neo4j' has no attribute {name!r}")
    return getattr(importlib.import_module(f"loaders.neo4j.{module}"), name)
