"""Storage: the connections behind an opened workshop, after the opening checks.

An editing open takes the file's lock (a second window or process is refused), rolls
back an edit a crash interrupted, and upgrades an older file. A read-only open takes no
lock and writes nothing. A snapshot copies the file into memory in one short read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import db
from storage.errors import AlreadyOpen, DamagedFile, InterruptedEdit
from storage.lock import FileLock
from storage.migrations import migrate


def connect(path: Path, *, readonly: bool) -> tuple[sqlite3.Connection, FileLock | None]:
    """The checked file's connection and, for editing, its lock (None when read-only)."""
    version = db.SCHEMA_VERSION  # read below only when the check succeeded
    try:
        version = db.check_file(path)
        interrupted = False
    except InterruptedEdit:
        if readonly:  # a read-only open writes nothing, so it cannot roll the edit back
            raise
        interrupted = True
    if readonly:
        if not interrupted and version < db.SCHEMA_VERSION:
            # An older file read without changing it: upgrade a copy in memory.
            memory = _copy(path)  # checked above
            migrate(memory)
            return memory, None
        return db.connect(path, readonly=True), None
    lock = FileLock(path)
    if not lock.acquire():
        raise AlreadyOpen(path)
    try:
        if interrupted:  # recover from a crash as SQLite does, then check the result
            db.roll_back_interrupted_edit(path)
            db.check_file(path)
        connection = db.connect(path)
        found = connection.execute("PRAGMA user_version").fetchone()[0]
        if found < db.SCHEMA_VERSION:
            # The original stays beside it, for an older Journeyboard or a change of mind.
            keep = path.with_name(f"{path.stem} (version {found}){path.suffix}")
            if not keep.exists():
                db.backup_to(connection, keep)
            migrate(connection)
        db.remove_stale_journal(connection, path)
    except BaseException:
        lock.release()
        raise
    return connection, lock


def snapshot(path: Path) -> sqlite3.Connection:
    """An in-memory copy of the file, after the opening checks (SQLite's backup API)."""
    db.check_file(path)
    return _copy(path)


def _copy(path: Path) -> sqlite3.Connection:
    """An in-memory copy of a file already checked (SQLite's backup API, one step)."""
    source = db.connect(path, readonly=True)
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(memory)
    except sqlite3.DatabaseError as error:
        memory.close()
        raise DamagedFile(path, str(error)) from None
    finally:
        source.close()
    db.apply_pragmas(memory)
    return memory
