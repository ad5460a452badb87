"""The pipeline: ingest -> arabic -> entities -> relations (the per-article map step) and
graph (the reduce step), with a report of everything skipped and why."""
from __future__ import annotations

import os
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
from kg.fsutil import FolderLock
from kg.graphstore import GraphStore, index_path
from kg.ingest import read_inputs
from kg.parallel import map_articles
from kg.relations import extract
from kg.types import Article, ArticleExtraction, Skipped


# Mentions and claims held in memory before the graph so far goes to a checkpoint file
# (~500 bytes each in memory: about 200 MB, some 8,000 articles of 400 words).
CHECKPOINT_ITEMS = 400_000


def ner_wanted() -> bool:
    """Whether the entities stage runs the statistical name recogniser (kg.ner). KG_NER=0 in the
    environment turns it off (registry names and cues only): the one place the switch is read."""
    return os.environ.get("KG_NER", "1") != "0"


def extract_article(article: Article) -> ArticleExtraction:
    """The map step: everything one article contributes to the graph."""
    return extract(resolve(analyse(article), use_ner=ner_wanted()))


# Inputs of at least this many articles load the NER's compiled decoder before extraction starts
# (then it is shared by forked workers and kept out of the collector's reach with the rest of the
# warm-up); a smaller input decodes with numpy and never pays numba's ~1 s.
MANY_ARTICLES = 40


def warm_up_for_many() -> None:
    """Load, before extraction starts (and before worker processes fork), what a long run needs
    and would otherwise load mid-way: the NER's compiled decoder (numba: ~1 s of CPU per process)."""
    from kg.ner.fastcrf import compiled_decoder     # here: numpy and the NER are not needed to import kg
    compiled_decoder()


SHOWN_FAILURES = 5     # failed articles the summary names one by one


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
    notes: list[Skipped] = field(default_factory=list)   # read, but the user should know how
    written: bool = True                                  # False: nothing processed, graph left alone

    def as_json(self) -> dict:
        data = {
            "articles_read": self.read, "articles_added": self.added, "articles_unchanged": self.unchanged,
            "skipped": [{"input": s.origin, "reason": s.reason} for s in self.skipped],
            "failed": [{"input": s.origin, "reason": s.reason} for s in self.failed],
            "entities": self.entities, "relations": self.relations, "claims": self.claims,
            "seconds": round(self.seconds, 3),
        }
        if self.notes:
            data["notes"] = [{"input": s.origin, "note": s.reason} for s in self.notes]
        return data

    def summary(self) -> str:
        lines = [f"articles read: {self.read} (added {self.added}, unchanged {self.unchanged}), "
                 f"skipped: {len(self.skipped)}" + (f", failed: {len(self.failed)}" if self.failed else ""),
                 f"entities: {self.entities}, relations: {self.relations} ({self.claims} supporting sentences)"]
        reasons: dict[str, int] = {}
        for s in self.skipped:
            reasons[s.reason.split(":")[0]] = reasons.get(s.reason.split(":")[0], 0) + 1
        for r, n in sorted(reasons.items(), key=lambda x: -x[1]):
            lines.append(f"  skipped {n}: {r}")
        for s in self.failed[:SHOWN_FAILURES]:
            lines.append(f"  failed: {s.origin}: {s.reason}")
        if len(self.failed) > SHOWN_FAILURES:
            lines.append(f"  failed: {len(self.failed) - SHOWN_FAILURES} more (see report.json)")
        notes: dict[str, int] = {}
        for s in self.notes:
            key = s.reason.split(":")[0]
            notes[key] = notes.get(key, 0) + 1
        for r, n in sorted(notes.items(), key=lambda x: -x[1]):
            lines.append(f"  note {n}: {r}")
        return "\n".join(lines)


def build(inputs: Iterable[str], out_dir: str | Path, *, into: bool = False, progress: bool = True,
          workers: int = 1, scheduler: str | None = None,
          checkpoint_items: int = CHECKPOINT_ITEMS, metadata=None) -> BuildReport:
    """Read inputs, extract, merge into a graph and write out_dir/graph.json and report.json.

    With ``into`` the existing out_dir/graph.json is extended: an article already there with the
    same content is left alone, a changed one replaces its earlier contribution. The map step
    (extraction) runs in ``workers`` processes, or on the Dask scheduler at ``scheduler``; the
    graph is the same whichever runs it. Articles are streamed, and the graph is checkpointed
    to disk whenever ``checkpoint_items`` mentions and claims have piled up in memory, so memory
    stays bounded whatever the number of articles (the graph never holds article texts).
    ``metadata``: a kg.metadata.Metadata (manifest, --published) for the fields inputs lack.
    """
    if workers < 1:
        raise KgError(f"--workers must be at least 1, not {workers}", value=workers)
    out = Path(out_dir)
    _check_output_folder(out, into)
    with FolderLock(out):
        return _build_locked(inputs, out, into=into, progress=progress, workers=workers, scheduler=scheduler,
                             checkpoint_items=checkpoint_items, metadata=metadata)


def _check_output_folder(out: Path, into: bool) -> None:
    """--out: a folder, made when missing; --into: a folder that holds a graph to add to
    (a typo in its name must not start a new graph unnoticed)."""
    if out.exists() and not out.is_dir():
        raise KgError(f"output path {str(out)!r} exists and is not a directory", value=str(out))
    if into and not (out / "graph.json").is_file():
        raise KgError(f"no graph to add to: {str(out / 'graph.json')!r} does not exist "
                      f"(use --out {str(out)!r} to start a new graph)", value=str(out))
    out.mkdir(parents=True, exist_ok=True)
    _check_writable(out)


def _check_writable(out: Path) -> None:
    """Fail before any extraction work when nothing can be written in ``out`` (a read-only
    file system, no permission): a temp file is made and removed."""
    import tempfile
    try:
        fd, probe = tempfile.mkstemp(prefix=".kg-write-check.", dir=out)
    except OSError as exc:
        raise KgError(f"cannot write in {str(out)!r}: {exc.strerror or exc}", value=str(out)) from None
    os.close(fd)
    os.unlink(probe)


def _build_locked(inputs: Iterable[str], out: Path, *, into: bool, progress: bool, workers: int,
                  scheduler: str | None, checkpoint_items: int, metadata=None) -> BuildReport:
    """build() once the output folder is locked for this run."""
    graph_path = out / "graph.json"
    store = GraphStore.open(graph_path) if into and graph_path.exists() else GraphStore()
    partial = out / ".graph.json.partial"
    report = BuildReport()
    started = time.perf_counter()
    inputs = list(inputs)
    bar = _progress(progress, inputs)
    articles = _articles_only(read_inputs(inputs, metadata), report)
    if into:
        articles = _admitted(articles, lambda: store, report)
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
    if report.added + report.unchanged == 0:
        return _nothing_written(report, out, started)
    written = store.write(graph_path, release=True)
    for p in (partial, index_path(partial)):
        p.unlink(missing_ok=True)
    report.entities = len(written.nodes)
    report.relations = len(written.links)
    report.claims = written.claims
    report.seconds = time.perf_counter() - started
    write_json_atomic(report.as_json(), out / "report.json")
    return report


def _articles_only(items: Iterable[Article | Skipped], report: BuildReport) -> Iterator[Article]:
    """Articles from the input stream; skipped inputs (and notes on how an input was read) go
    to the report as they pass."""
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            report.notes.extend(Skipped(item.origin, note) for note in getattr(item, "notes", ()))
            yield item


def _nothing_written(report: BuildReport, out: Path, started: float) -> BuildReport:
    """No article could be processed: the graph already in ``out`` is kept as it is (an empty
    run never replaces it); a first build still gets report.json, saying why."""
    report.written = False
    report.seconds = time.perf_counter() - started
    if not (out / "graph.json").exists():
        write_json_atomic(report.as_json(), out / "report.json")
    return report


def _admitted(articles: Iterable[Article], current_store, report: BuildReport) -> Iterator[Article]:
    """--into: articles whose id the graph already holds for another input. A .txt or .html
    file whose stem is taken by another file (a/report.txt, then b/report.txt) gets its path
    as id, as within one run; a JSONL or stdin record names its own id, so a new text under
    it replaces the old version, and the report notes from where."""
    from kg.ingest import same_origin, with_path_id

    def clash(art: Article) -> dict | None:
        known = current_store().article_info(art.id)
        if known is None or known.get("content_hash") == art.content_hash \
                or same_origin(known.get("origin"), art.origin):
            return None
        return known

    for art in articles:
        known = clash(art)
        if known is None:
            yield art
            continue
        renamed = with_path_id(art)
        if renamed is None:
            report.notes.append(Skipped(art.origin, f"new version from another input: {art.id!r} was read from "
                                                    f"{known.get('origin')}"))
            yield art
        elif clash(renamed) is None:
            report.notes.append(Skipped(art.origin, f"id taken by another file: {art.id!r} is "
                                                    f"{known.get('origin')}, this one is added as {renamed.id!r}"))
            yield renamed
        else:
            report.skipped.append(Skipped(art.origin, f"id conflict: {art.id!r} and {renamed.id!r} are both "
                                                      f"taken by other inputs ({known.get('origin')})"))


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(enabled: bool, inputs: list[str] | None = None):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm
    total = count_articles(inputs or [])
    return tqdm(desc="articles", unit="art", total=total, file=sys.stderr, disable=None)


def count_articles(inputs: list[str]) -> int | None:
    """How many articles the inputs hold, when that can be told without reading them: one per
    .txt/.html file (directories walked), one per non-blank line of a .jsonl file (its newlines
    counted in 1 MB blocks). None for stdin, so the bar shows a count without a total. (Parts of
    a long article, and lines that are skipped, make the real count differ a little.)"""
    from kg.ingest import READERS, iter_files
    from kg.metadata import is_sidecar
    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        for path in iter_files(Path(spec)):
            suffix = path.suffix.lower()
            if suffix not in READERS or is_sidecar(path):
                continue
            total += _jsonl_lines(path) if suffix == ".jsonl" else 1
    return total


def _jsonl_lines(path: Path) -> int:
    n, last = 0, b"\n"
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                n += block.count(b"\n") - block.count(b"\n\n")
                last = block[-1:]
    except OSError:
        return 0
    return n + (last != b"\n")
