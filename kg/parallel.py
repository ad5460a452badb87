"""A map step (kg.pipeline passes extract_article) run serially, in worker processes, or on a Dask
distributed cluster, always yielding results in input order with a bounded number of articles
in flight, so that a stream of any length is processed in bounded memory.

    for article, result in map_articles(articles, extract_article, workers=2):
        ...   # result: ArticleExtraction, or a str saying why extraction failed

The map step is passed in (this module imports nothing from the stages): worker processes get it
from the parent when they fork (or by reference under spawn), Dask tasks carry it.

Worker processes are forked after the parent has loaded the registry, lexicons and model (where
the platform forks), so they share them; under spawn or on Dask each worker loads them once, on
its first chunk. Dask is an existing engine: `scheduler` is the address of its scheduler
(tcp://host:8786) and every worker needs kg installed.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator

from kg.errors import KgError
from kg.types import Article, ArticleExtraction

Result = ArticleExtraction | str
Extract = Callable[[Article], ArticleExtraction]

PROCESS_CHUNK = 8          # articles per task sent to a worker process
DASK_CHUNK = 32            # articles per Dask task (each task costs a scheduler round trip)
CHUNKS_PER_WORKER = 8      # Dask tasks in flight per worker thread (~2.5 s of work)
PROCESS_CHUNKS_PER_WORKER = 32   # process tasks in flight per worker (~2.5 s of work, ~4 MB): workers keep busy
                                 # while the parent writes a checkpoint (~2 s); few enough to bound memory
SMALL_INPUT_CHUNKS = 2     # chunks per worker at least, for inputs shorter than that many full chunks
YOUNG_GC_THRESHOLD = 20_000   # net new container objects between young-generation collections (CPython: 700)


_worker_extract: list[Extract] = []     # the map step of this worker process (set by prepare_worker)


def extract_one(article: Article, extract: Extract) -> Result:
    """The map step for one article; a failure becomes its reason, so one bad article cannot
    lose the others (or kill a worker)."""
    try:
        return extract(article)
    except Exception as exc:  # noqa: BLE001 - reported per article
        return f"extraction failed: {type(exc).__name__}: {exc}"


def extract_chunk(articles: list[Article], extract: Extract | None = None) -> list[Result]:
    """The map step over a chunk: with ``extract``, or with the one prepare_worker() was given."""
    extract = extract or _worker_extract[-1]
    return [extract_one(a, extract) for a in articles]


def warm_up(extract: Extract) -> None:
    """Load the registry, lexicons and vocabulary by extracting a one-sentence article."""
    from kg.ingest import make_article
    from ontology import vocabulary
    extract_one(make_article("warm-up", "سيطر الجيش على مدينة حلب.", "warm-up"), extract)
    vocabulary()


def prepare_worker(extract: Extract) -> None:
    """Warm up, then set the garbage collector for the map step: an article allocates many
    short-lived containers, freed by reference counting, while what lives long (the registry,
    the model, the word caches, the graph) only grows. With CPython's defaults a build spent
    about 6% of its time in the collector re-scanning that long-lived heap; so what warm-up
    loaded is frozen out of its reach (which also keeps forked workers from copying those pages),
    and the young generation is collected every 20,000 net allocations instead of every 700."""
    _worker_extract[:] = [extract]
    warm_up(extract)
    gc.freeze()
    gc.set_threshold(YOUNG_GC_THRESHOLD, *gc.get_threshold()[1:])


@contextlib.contextmanager
def _tuned_collector(extract: Extract):
    """prepare_worker() in this process for the duration, then the collector as it was."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    prepare_worker(extract)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen:              # (what the caller had frozen itself cannot be told apart: it stays)
            gc.unfreeze()


def map_articles(articles: Iterable[Article], extract: Extract, *, workers: int = 1,
                 scheduler: str | None = None) -> Iterator[tuple[Article, Result]]:
    """(article, extract(article) or the reason it failed) for each article, in input order."""
    if scheduler:
        yield from _map_dask(articles, extract, scheduler)
    elif workers > 1:
        yield from _map_processes(articles, extract, workers)
    else:
        with _tuned_collector(extract):
            for a in articles:
                yield a, extract_one(a, extract)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _sized_chunks(items: Iterable, size: int, workers: int) -> Iterator[list]:
    """Chunks of ``size``, except for an input that ends within the first ``SMALL_INPUT_CHUNKS``
    chunks per worker: it is cut into that many smaller chunks per worker, so that a few articles
    are spread over every worker instead of waiting in one worker's chunk."""
    it = iter(items)
    head = list(islice(it, size * workers * SMALL_INPUT_CHUNKS))
    if len(head) < size * workers * SMALL_INPUT_CHUNKS:
        size = max(1, -(-len(head) // (workers * SMALL_INPUT_CHUNKS)))
    yield from _chunks(head, size)
    yield from _chunks(it, size)


def _ordered(chunks: Iterator[list], submit, result, in_flight: int) -> Iterator[tuple[Article, Result]]:
    """Submit chunks keeping at most in_flight pending; yield results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= in_flight:
            yield from _pair(*pending.popleft(), result)
    while pending:
        yield from _pair(*pending.popleft(), result)


def _pair(chunk, future, result):
    return zip(chunk, result(future))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _map_processes(articles: Iterable[Article], extract: Extract, workers: int) -> Iterator[tuple[Article, Result]]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with _tuned_collector(extract), \
            ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=prepare_worker,
                                initargs=(extract,)) as pool:
        try:
            yield from _ordered(_sized_chunks(articles, PROCESS_CHUNK, workers), lambda c: pool.submit(extract_chunk, c),
                                lambda f: f.result(), workers * PROCESS_CHUNKS_PER_WORKER)
        except BrokenProcessPool as exc:
            raise KgError(f"a worker process died ({exc}); try fewer --workers or more memory") from exc


def _map_dask(articles: Iterable[Article], extract: Extract, scheduler: str) -> Iterator[tuple[Article, Result]]:
    client = connect(scheduler)
    try:
        slots = max(1, sum(client.nthreads().values())) * CHUNKS_PER_WORKER
        yield from _ordered(_sized_chunks(articles, DASK_CHUNK, slots // CHUNKS_PER_WORKER),
                            lambda c: client.submit(extract_chunk, c, extract, pure=False),
                            lambda f: f.result(), slots)
    finally:
        client.close()


def connect(scheduler: str, timeout: float = 10):
    """A Dask client of the scheduler at ``scheduler``; KgError naming it when unreachable."""
    from distributed import Client
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}", value=scheduler) from exc
