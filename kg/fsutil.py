"""Writing files safely: the one place kg writes an output file.

``atomic_path(path)`` hands out a temp file beside the target and, when the caller's block ends
without an exception, renames it over the target, so that an interrupted write never leaves a
half-written file and the old one survives byte for byte. It also decides what "the target" is:

* a symbolic link is written through: its target file is replaced, the link stays a link;
* ``-`` is standard output: the content is made in a temp file, then copied to stdout;
* a FIFO, a device or a socket (``/dev/full``, ``/proc/self/fd/1`` on a pipe) cannot be replaced
  by rename: it is refused with a clear error unless the caller allows it (``allow_special``),
  and then written in place (not atomically; that is what writing to a device means);
* a directory, or a path under a file, is a clear error (``kg export -o adir``).

The temp file gets the permissions the replaced file had (a new file: what open() would give).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from kg.errors import KgError

STDOUT = "-"


class OutputError(KgError):
    """An output path kg will not, or cannot, write."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_temp(path: Path, mode: int | None = None) -> Path:
    """A new empty temp file beside ``path`` with the permissions a plain open() would give it
    (mkstemp makes files 0600), or ``mode``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, (0o666 & ~_umask()) if mode is None else mode)
    return Path(tmp)


def is_stdout(path) -> bool:
    return str(path) == STDOUT


def output_target(path: str | os.PathLike, *, allow_special: bool = False) -> tuple[Path, bool]:
    """(the file to write, whether it is a special file written in place) for an output path:
    a symbolic link resolved to its target; a directory or a path under a file refused; a FIFO,
    device or socket refused unless ``allow_special``."""
    path = Path(path)
    try:
        st = os.stat(path)            # follows links, /proc/self/fd/N included
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise OutputError(f"cannot write {str(path)!r}: a part of the path is a file, not a directory",
                          value=str(path)) from None
    except OSError as exc:
        raise OutputError(f"cannot write {str(path)!r}: {exc.strerror or exc}", value=str(path)) from None
    if st is None:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path   # a dangling link: create its target
        parent = target.parent
        if parent.exists() and not parent.is_dir():
            raise OutputError(f"cannot write {str(path)!r}: {str(parent)!r} is a file, not a directory",
                              value=str(path))
        return target, False
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {str(path)!r}: it is a directory (give a file name)", value=str(path))
    if not stat.S_ISREG(st.st_mode):
        if not allow_special:
            raise OutputError(f"will not write {str(path)!r}: it is a device, pipe or socket, not a regular file "
                              f"(use -o - for standard output, or --allow-special to write into it)",
                              value=str(path))
        return path, True
    return (Path(os.path.realpath(path)) if path.is_symlink() else path), False


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, *, allow_special: bool = False, durable: bool = True,
                mkdir: bool = True, permissions: int | None = None) -> Iterator[Path]:
    """A temp path to write the whole output to; when the block ends normally it replaces the
    target (see the module docstring), else it is removed and the target is left alone.
    ``permissions``: the new file's mode from its creation on (a secret: 0o600), instead of the
    target's present mode or what a plain open() would give."""
    if is_stdout(path):
        with tempfile.TemporaryDirectory(prefix="kg-") as d:
            tmp = Path(d) / "out"
            yield tmp
            _copy_to_stdout(tmp)
        return
    target, special = output_target(path, allow_special=allow_special)
    if special:
        with tempfile.TemporaryDirectory(prefix="kg-") as d:
            tmp = Path(d) / "out"
            yield tmp
            with open(tmp, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        return
    if mkdir:
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if permissions is None else permissions
    except OSError:
        mode = None
    tmp = atomic_temp(target, mode)
    try:
        yield tmp
        if durable:
            _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", *, allow_special: bool = False, durable: bool = True,
                buffering: int = -1, permissions: int | None = None, **open_args):
    """atomic_path, opened: ``with atomic_open(p, "w", encoding="utf-8") as f: f.write(...)``."""
    with atomic_path(path, allow_special=allow_special, durable=False, permissions=permissions) as tmp:
        with open(tmp, mode, buffering=buffering, **open_args) as f:
            yield f
            f.flush()
            if durable and not is_stdout(path):
                os.fsync(f.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_to_stdout(tmp: Path) -> None:
    sys.stdout.flush()
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    with open(tmp, "rb") as src:
        if out is None:                 # a text-only stdout (captured in tests)
            sys.stdout.write(src.read().decode("utf-8"))
        else:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()


class Busy(KgError):
    """Another kg process is writing the same output folder."""


class FolderLock:
    """An exclusive lock on an output folder for one run (flock on the folder itself): a second
    kg writing the same folder fails at once, instead of both writing and one of them silently
    losing the other's articles. The lock goes with the process (closing the descriptor, or
    dying, releases it), so it is never stale, and no lock file is left behind."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._fd: int | None = None

    def acquire(self) -> "FolderLock":
        try:
            import fcntl
        except ImportError:             # no flock (Windows): no lock
            return self
        fd = os.open(self.folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise Busy(f"another kg build is writing to {str(self.folder)!r}; "
                       f"wait for it to finish, or write to another folder", value=str(self.folder)) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)          # releases the flock
            self._fd = None

    def __enter__(self) -> "FolderLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
