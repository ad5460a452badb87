"""Neo4j: load a graph.json into any Neo4j 5 server, or into the embedded Bolt server
(ArcadeDB, from the arcadedb-embedded wheel) when no server is named; query it in Cypher.

    from kg.graph import read_graph
    from loaders.neo4j import Settings, connect, load_graph
    with connect(Settings.from_env(data_dir=".kg/neo4j")) as conn:
        load_graph(conn, read_graph("out/graph.json"))

The graph model is described in ``loaders.neo4j.cypher``; the analysts' cookbook is queries/*.cypher.
"""
from loaders.neo4j.connection import Connection, QueryFailed, Settings, connect, run_query
from loaders.neo4j.load import DEFAULT_BATCH_SIZE, LoadReport, clear, counts, load_graph

__all__ = ["Connection", "QueryFailed", "Settings", "connect", "run_query", "DEFAULT_BATCH_SIZE", "LoadReport",
           "clear", "counts", "load_graph"]
