"""The pipeline: ingest -> arabic -> entities -> relations (the per-article map step) and
graph (the reduce step), with a report of everything skipped and why."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

from kg.arabic import analyse
from kg.entities import resolve
from kg.errors import KgError
from kg.graph import write_json_atomic
from kg.graphstore import GraphStore, index_path
from kg.ingest import read_inputs
from kg.parallel import map_articles
from kg.relations import extract
from kg.types import Article, ArticleExtraction, Skipped


# Mentions and claims held in memory before the graph so far goes to a checkpoint file
# (~500 bytes each in memory: about 200 MB, some 8,000 articles of 400 words).
CHECKPOINT_ITEMS = 400_000


def extract_article(article: Article) -> ArticleExtraction:
    """The map step: everything one article contributes to the graph."""
    return extract(resolve(analyse(article)))


# Inputs of at least this many articles load the NER's compiled decoder before extraction starts
# (then it is shared by forked workers and kept out of the collector's reach with the rest of the
# warm-up); a smaller input decodes with numpy and never pays numba's ~1 s.
MANY_ARTICLES = 40


def warm_up_for_many() -> None:
    """Load, before extraction starts (and before worker processes fork), what a long run needs
    and would otherwise load mid-way: the NER's compiled decoder (numba: ~1 s of CPU per process)."""
    from kg.ner.fastcrf import compiled_decoder     # here: numpy and the NER are not needed to import kg
    compiled_decoder()


@dataclass
class BuildReport:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    claims: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict:
        return {
            "articles_read": self.read, "articles_added": self.added, "articles_unchanged": self.unchanged,
            "skipped": [{"input": s.origin, "reason": s.reason} for s in self.skipped + self.failed],
            "entities": self.entities, "relations": self.relations, "claims": self.claims,
            "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        lines = [f"articles read: {self.read} (added {self.added}, unchanged {self.unchanged}), "
                 f"skipped: {len(self.skipped) + len(self.failed)}",
                 f"entities: {self.entities}, relations: {self.relations} ({self.claims} supporting sentences)"]
        reasons: dict[str, int] = {}
        for s in self.skipped + self.failed:
            reasons[s.reason.split(":")[0]] = reasons.get(s.reason.split(":")[0], 0) + 1
        for r, n in sorted(reasons.items(), key=lambda x: -x[1]):
            lines.append(f"  skipped {n}: {r}")
        return "\n".join(lines)


def build(inputs: Iterable[str], out_dir: str | Path, *, into: bool = False, progress: bool = True,
          workers: int = 1, scheduler: str | None = None,
          checkpoint_items: int = CHECKPOINT_ITEMS) -> BuildReport:
    """Read inputs, extract, merge into a graph and write out_dir/graph.json and report.json.

    With ``into`` the existing out_dir/graph.json is extended: an article already there with the
    same content is left alone, a changed one replaces its earlier contribution. The map step
    (extraction) runs in ``workers`` processes, or on the Dask scheduler at ``scheduler``; the
    graph is the same whichever runs it. Articles are streamed, and the graph is checkpointed
    to disk whenever ``checkpoint_items`` mentions and claims have piled up in memory, so memory
    stays bounded whatever the number of articles (the graph never holds article texts).
    """
    if workers < 1:
        raise KgError(f"--workers must be at least 1, not {workers}", value=workers)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KgError(f"output path {str(out)!r} exists and is not a directory", value=str(out))
    out.mkdir(parents=True, exist_ok=True)
    graph_path = out / "graph.json"
    store = GraphStore.open(graph_path) if into and graph_path.exists() else GraphStore()
    partial = out / ".graph.json.partial"
    report = BuildReport()
    started = time.perf_counter()
    bar = _progress(progress)
    articles = _articles_only(read_inputs(list(inputs)), report)
    head = list(islice(articles, MANY_ARTICLES))
    if len(head) == MANY_ARTICLES or (workers > 1 and not scheduler):
        warm_up_for_many()
    articles = chain(head, articles)
    for article, result in map_articles(articles, extract_article, workers=workers, scheduler=scheduler):
        report.read += 1
        bar.update(1)
        if isinstance(result, str):
            report.failed.append(Skipped(article.origin, result))
        elif store.merge(result):
            report.added += 1
        else:
            report.unchanged += 1
        if store.held > checkpoint_items:
            store = store.checkpoint(partial)
    bar.close()
    written = store.write(graph_path)
    for p in (partial, index_path(partial)):
        p.unlink(missing_ok=True)
    report.entities = len(written.nodes)
    report.relations = len(written.links)
    report.claims = written.claims
    report.seconds = time.perf_counter() - started
    write_json_atomic(report.as_json(), out / "report.json")
    return report


def _articles_only(items: Iterable[Article | Skipped], report: BuildReport) -> Iterator[Article]:
    """Articles from the input stream; skipped inputs go to the report as they pass."""
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            yield item


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(desc="articles", unit="art", file=sys.stderr, disable=None)
