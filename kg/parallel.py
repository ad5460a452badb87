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
import os
import signal
import sys
import time
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

    with _tuned_collector(extract):
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_worker_start,
                                   initargs=(os.getpid(), extract))
        try:
            yield from _ordered(_sized_chunks(articles, PROCESS_CHUNK, workers), _guarded_submit(pool),
                                lambda f: f.result(), workers * PROCESS_CHUNKS_PER_WORKER)
        except BrokenProcessPool as exc:
            _stop_pool(pool)
            raise KgError(f"a worker process died ({exc}); try fewer --workers or more memory") from exc
        except BaseException as exc:      # Ctrl-C, an error while merging, the consumer stopping
            _stop_pool(pool, interrupted=isinstance(exc, KeyboardInterrupt))
            raise
        pool.shutdown(wait=True)


# ----------------------------------------------------------------------------- worker lifetime
#
# Ctrl-C goes to the whole process group: the workers ignore it and the parent alone decides
# (kg.cli prints one line and exits 130); the parent ends its workers on the first Ctrl-C
# instead of waiting for them; and a worker never outlives its parent (kill -9 of kg build
# must not leave processes of ~200 MB running under init).

def _guarded_submit(pool):
    """pool.submit, with SIGINT blocked while the first call forks the workers, so that no
    worker can take a Ctrl-C before it has set itself to ignore it (_worker_start)."""
    forked = False

    def submit(chunk):
        nonlocal forked
        if forked or not hasattr(signal, "pthread_sigmask"):
            return pool.submit(extract_chunk, chunk)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return pool.submit(extract_chunk, chunk)
        finally:
            forked = True
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
    return submit


def _worker_start(parent_pid: int, extract: Extract) -> None:
    """A worker process's first step: ignore SIGINT, die with the parent, then warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent_pid)
    if not (_worker_extract and _worker_extract[-1] is extract):
        prepare_worker(extract)       # spawned: load once here; forked: the parent's warm-up, collector
                                      # settings and frozen heap are inherited (warming again touched
                                      # and so copied its pages, and re-ran the one-sentence extraction)


PARENT_POLL_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> None:
    """End this process when the process ``parent_pid`` ends: on Linux the kernel sends SIGKILL
    (prctl PR_SET_PDEATHSIG), elsewhere a daemon thread polls the parent's pid every second."""
    if not _parent_death_signal():
        import threading

        def watch():
            while os.getppid() == parent_pid:
                time.sleep(PARENT_POLL_SECONDS)
            os._exit(1)
        threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:    # the parent died before the signal was armed
        os._exit(1)


def _parent_death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _stop_pool(pool, *, interrupted: bool = False) -> None:
    """Cancel the pending work and end the workers now (not after their current chunks). After a
    Ctrl-C, a second one while stopping is ignored: the command is already on its way out."""
    if interrupted and threading_main():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    # Chunks still buffered for the workers: their feeder thread writes them into a pipe that no
    # killed worker will read again, and joining it (at shutdown or at exit) would wait for ever.
    with contextlib.suppress(Exception):
        pool._call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        with contextlib.suppress(Exception):
            p.kill()
    for p in processes:
        with contextlib.suppress(Exception):
            p.join(timeout=5)
    _forget_manager(manager)


def _forget_manager(manager) -> None:
    """Once the pool's manager thread has seen its workers die and ended (closing its wake-up
    pipe), take it out of concurrent.futures' exit hook, which would otherwise write to that
    closed pipe at interpreter exit and print an "Exception ignored" traceback (CPython 3.11)."""
    if manager is None:
        return
    manager.join(timeout=5)
    if not manager.is_alive():
        from concurrent.futures import process
        with contextlib.suppress(Exception):
            getattr(process, "_threads_wakeups", {}).pop(manager, None)


def threading_main() -> bool:
    import threading
    return threading.current_thread() is threading.main_thread()


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
