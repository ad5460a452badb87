"""Caches: a dict that computes a missing key's value (the per-token caches of the pipeline's hot
loops), and an on-disk cache for what start-up builds from data files (the registry, the NER
scorer's weights), so that a command does not rebuild them on every run."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, TypeVar

from kg.errors import KgError
from kg.fsutil import atomic_open

T = TypeVar("T")


class Memo(dict):
    """``memo[key]`` computes and keeps a missing key's value (at most ``limit`` of them), so that
    lookups of known keys stay at C speed, even as ``map(memo.__getitem__, keys)``."""
    __slots__ = ("compute", "limit")

    def __init__(self, compute, limit: int = 500_000):
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key):
        value = self.compute(key)
        if len(self) < self.limit:
            self[key] = value
        return value


# --- on-disk: what start-up builds from data files, kept between runs --------------------------

def cache_dir() -> Path:
    """Where kg keeps what it builds once and reuses between runs: $KG_CACHE_DIR, else
    $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def files_stamp(*roots: Path, extra: tuple[str, ...] = ()) -> str:
    """A digest of the path, size and modification time of every file under ``roots`` (files or
    directories; compiled bytecode aside), plus ``extra``: a change to any of them changes it."""
    digest = hashlib.sha256(repr((sys.version, extra)).encode())
    for root in roots:
        if os.path.isfile(root):
            st = os.stat(root)
            digest.update(f"{os.path.abspath(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
            continue
        for directory, subdirs, files in sorted(os.walk(root)):
            subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
            for name in sorted(files):
                st = os.stat(os.path.join(directory, name))
                digest.update(f"{os.path.relpath(os.path.join(directory, name), root)}\0{st.st_size}\0"
                              f"{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def disk_cached(name: str, stamp: str, build: Callable[[], T]) -> T:
    """``build()``, kept in cache_dir() under ``name`` and ``stamp`` and reused while the stamp is the
    same (files_stamp of whatever build() reads). An unreadable copy is rebuilt; one that cannot be
    written (read-only home) is simply not kept. Of each name the KEEP newest stamps stay.
    With KG_DISK_CACHE=0 in the environment nothing is read or kept (the tests run so: they patch
    what build() reads)."""
    if os.environ.get("KG_DISK_CACHE") == "0":
        return build()
    path = cache_dir() / f"{name}-{stamp[:20]}.pickle"
    try:
        with open(path, "rb") as fh:
            if pickle.load(fh) == stamp:
                return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        pass
    value = build()
    try:
        with atomic_open(path, "wb", durable=False) as fh:
            pickle.dump(stamp, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        for old in sorted(path.parent.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, KgError, pickle.PicklingError, TypeError, AttributeError):
        pass                        # not kept: the next run builds it again
    return value


KEEP = 3


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
