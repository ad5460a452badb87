"""What a load reports and the database's totals, without the Bolt driver: ``kg load`` against a
warm embedded server runs these statements through its control port (``control.WarmServer``) and
never loads the driver; ``loaders.neo4j.load`` runs the same ones over Bolt.

Each function takes ``run(statement, **parameters) -> list[dict]`` (one write transaction per call).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable

from loaders.neo4j import cypher
from ontology import vocabulary

Run = Callable[..., list]


@dataclass(frozen=True)
class LoadReport:
    entities: int
    articles: int
    relationships: int
    claims: int
    seconds: float
    stage_seconds: tuple[tuple[str, float], ...] = ()
    path: str = "bolt"

    def stage(self, name: str) -> float:
        return dict(self.stage_seconds).get(name, 0.0)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> "LoadReport":
        return cls(**{**d, "stage_seconds": tuple(tuple(x) for x in d.get("stage_seconds", ()))})


@dataclass(frozen=True)
class Counts:
    nodes: dict[str, int]
    relationships: dict[str, int]


def clear_with(run: Run, *, batch_size: int = 10_000) -> int:
    """Delete kg's nodes (Entity, Article, Claim) and their relationships, in bounded slices."""
    deleted = 0
    for label in cypher.KG_LABELS:
        while (n := run(cypher.delete_batch(label), limit=batch_size)[0]["deleted"]):
            deleted += n
    return deleted


def other_articles_with(run: Run, article_ids: list[str]) -> int:
    """How many articles the database holds that are not among ``article_ids``."""
    return run(cypher.OTHER_ARTICLES, ids=article_ids)[0]["n"]


def counts_with(run: Run) -> Counts:
    """Nodes per kg label and entity type, relationships per type, as the database has them."""
    vocab = vocabulary()
    labels = cypher.KG_LABELS + vocab.entity_codes
    rel_types = vocab.relation_codes + cypher.LINK_TYPES
    nodes = {label: run(cypher.count_nodes(label))[0]["n"] for label in labels}
    rels = {t: run(cypher.count_relationships(t))[0]["n"] for t in rel_types}
    return Counts({k: v for k, v in nodes.items() if v}, {k: v for k, v in rels.items() if v})
