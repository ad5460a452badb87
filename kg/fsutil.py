"""Atomic file writes: a temp file in the target's directory, then a rename, so that an
interrupted write never leaves a half-written file and the old one survives."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_temp(path: Path) -> Path:
    """A new empty temp file beside ``path`` with the permissions a plain open() would give it
    (mkstemp makes files 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp)
