"""Storage: what a path must be before it is read or written, and writing it safely.

Reading: only a regular file (a symlink to one is fine). A folder, a named pipe, a
device or a socket is refused at once, before anything opens it: opening a FIFO waits
for a writer for ever, and reading ``/dev/zero`` never ends. Input is read with a
stated size limit.

Writing (every export, save a copy, import, new): the output is written to a temporary
file in the target's folder, then put in place in one step, so it is complete or absent.
The target must be a regular file or a new name: a device, a FIFO, a folder, a symlink
or a read-only file is refused, and so is a side file (``-journal``, ``-wal``, ``-shm``)
of a workshop. An existing target is locked with the same lock an editing open takes, so
a workshop open in any window or process is never replaced under it. A new file
(``new=True``) is created exclusively: of two writers racing for one name, one wins and
the other is told the file now exists.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage.errors import (
    AlreadyExists,
    AlreadyOpen,
    FileMissing,
    InputTooLarge,
    NotAFile,
    NotWritten,
    PathTooLong,
    ReadOnlyFile,
    SideFile,
)
from storage.lock import FileLock

# SQLite's unix file layer takes paths of at most 512 bytes, including the "-journal"
# it appends: a longer workshop path could be written but never opened again.
MAX_WORKSHOP_PATH = 504
# Interchange JSON is read whole; the demo is 40 KB and a 2,000-card workshop with
# pictures a few MB. Anything larger is refused before it is read.
MAX_INPUT_BYTES = 256 * 1024 * 1024  # a 100,000-card workshop is about 100 MB of JSON
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device"
    if stat.S_ISSOCK(mode):
        return "it is a socket"
    if stat.S_ISLNK(mode):
        return "it is a symbolic link"
    return "it is not a regular file"


def check_input(path: Path) -> os.stat_result:
    """The status of ``path`` if it is a regular file (or a link to one); else refused."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise FileMissing(path) from None
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(path, kind_of(status.st_mode))
    return status


def read_limited(path: Path, limit: int = MAX_INPUT_BYTES, *, head: bool = False) -> bytes:
    """The bytes of the regular file ``path``, refusing more than ``limit`` bytes.

    ``head``: the first ``limit`` bytes, however large the file is.
    """
    check_input(path)
    # O_NONBLOCK: should a FIFO be swapped in after the check, opening it must not wait.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(path, kind_of(status.st_mode))
        if status.st_size > limit and not head:
            raise InputTooLarge(path, _size_detail(status.st_size, limit))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if head:
        return data[:limit]
    if len(data) > limit:  # it grew while being read
        raise InputTooLarge(path, _size_detail(len(data), limit))
    return data


def _size_detail(size: int, limit: int) -> str:
    return f"{size / 2**20:.1f} MB; at most {limit // 2**20} MB are read"


def is_writable(path: Path) -> bool:
    """Whether edits to the workshop file ``path`` can be saved: the file is not marked
    read-only, and its folder takes the journal SQLite writes beside it."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    folder = os.path.dirname(os.path.abspath(path))
    return bool(status.st_mode & 0o222) and os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def check_workshop_path(path: Path) -> None:
    """Refuse a workshop path that SQLite could not open (too long)."""
    length = len(os.fsencode(os.path.abspath(path)))
    if length > MAX_WORKSHOP_PATH:
        raise PathTooLong(
            path,
            f"{length} bytes, at most {MAX_WORKSHOP_PATH}; move it to a folder with a shorter path",
        )


def check_output(path: Path, *, new: bool = False) -> bool:
    """Refuse what may not be written over; returns whether ``path`` exists now."""
    folder = Path(os.path.abspath(path)).parent
    if not folder.is_dir():
        raise FileMissing(folder, "the folder does not exist")
    for suffix in SIDE_SUFFIXES:
        base = path.name[: -len(suffix)] if path.name.endswith(suffix) else ""
        if base and (folder / base).is_file():
            raise SideFile(path, f"SQLite's {suffix[1:]} file of {folder / base}")
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(path, kind_of(status.st_mode))
    if new:
        raise AlreadyExists(path)
    # The mode bits too: an administrator may write anything, yet a file marked read-only
    # was marked so on purpose.
    if not status.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyFile(path)
    return True


@contextmanager
def atomic_output(path: Path, *, new: bool = False) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it takes ``path``'s place.

    ``new``: ``path`` must not exist, and is created exclusively. On any error the
    temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    exists = check_output(path, new=new)
    lock = FileLock(path) if exists else None
    if lock is not None and not lock.acquire():
        raise AlreadyOpen(path)
    try:
        # A short name: a target's name may be near the file system's 255-byte limit.
        handle, temp_name = tempfile.mkstemp(
            prefix=".jb-", suffix=".tmp", dir=os.path.dirname(os.path.abspath(path))
        )
        os.close(handle)
        temp = Path(temp_name)
        temp.unlink()
        try:
            yield temp
            if new:
                _link_new(temp, path)
            else:
                os.replace(temp, path)
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                if leftover.exists():
                    leftover.unlink()
    finally:
        if lock is not None:
            lock.release()


def _link_new(temp: Path, path: Path) -> None:
    """Give ``temp`` the name ``path`` only if no file has that name (atomically)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise AlreadyExists(path, "another program created it meanwhile") from None
    except OSError as error:
        if error.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise NotWritten(path, error.strerror or str(error)) from None
        # A file system without hard links: the check and the rename are two steps.
        if os.path.lexists(path):
            raise AlreadyExists(path, "another program created it meanwhile") from None
        os.replace(temp, path)
