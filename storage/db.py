"""Storage: the workshop file on disk: pragmas, the opening checks, creation and copies.

A workshop is one SQLite file. Opening checks read it through a read-only connection,
so a refused file is never changed by a single byte.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from storage import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.errors import (
    AlreadyExists,
    DamagedFile,
    FileMissing,
    ForeignFile,
    NewerVersion,
    NotAWorkshop,
)

APPLICATION_ID = 0x4A42_5244  # "JBRD" in the SQLite header: marks a Journeyboard workshop
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = ("foreign_keys=ON", "journal_mode=DELETE", "synchronous=FULL")


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine on ``path`` whose every connection has the workshop pragmas."""
    if readonly:
        url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def _expected_objects() -> set[str]:
    names: set[str] = set()
    for table in SQLModel.metadata.tables.values():
        names.add(table.name)
        names.update(index.name for index in table.indexes if index.name)
    return names


def read_header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` (the SQLite header), refusing what is no workshop."""
    if not path.exists():
        raise FileMissing(path)
    if path.is_dir():
        raise NotAWorkshop(path, "it is a folder")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise NotAWorkshop(path, "the file is empty")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshop(path)
    return header


def check_file(path: Path) -> int:
    """Run the opening checks on ``path`` without changing it; return its schema version.

    Raises one FileProblem subclass per kind of refusal: missing, not SQLite, another
    application's database, a newer version, damaged (including unexpected schema
    objects such as triggers or views, and broken references).
    """
    header = read_header(path)
    application_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise ForeignFile(path)
    if user_version > SCHEMA_VERSION:
        raise NewerVersion(path, f"file version {user_version}, this one reads {SCHEMA_VERSION}")
    try:
        with _readonly_connection(path) as connection:
            result = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise DamagedFile(path, result[0] if result else "integrity check failed")
            objects = connection.execute(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'"
            ).fetchall()
            expected = _expected_objects()
            for kind, name in objects:
                if kind not in ("table", "index") or name not in expected:
                    raise DamagedFile(path, f"unexpected {kind} {name!r}")
            missing = {t.name for t in SQLModel.metadata.tables.values()} - {n for _, n in objects}
            if user_version == SCHEMA_VERSION and missing:
                raise DamagedFile(path, f"missing table {sorted(missing)[0]!r}")
            broken = connection.execute("PRAGMA foreign_key_check").fetchone()
            if broken:
                raise DamagedFile(path, f"a {broken[0]} row refers to a missing {broken[2]}")
            rows = connection.execute("SELECT count(*) FROM workshop").fetchone()[0]
            if rows != 1:
                raise DamagedFile(path, "the workshop description row is missing")
    except sqlite3.DatabaseError as error:
        raise DamagedFile(path, str(error)) from None
    return user_version


@contextmanager
def _readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"file:{path.resolve().as_posix()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        yield connection
    finally:
        connection.close()


def create_schema(connection: sqlite3.Connection) -> None:
    """Mark a new, empty database as a workshop of the current schema version."""
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path`` atomically.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    folder = path.resolve().parent
    if not folder.is_dir():
        raise FileMissing(folder, "the folder does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()
    try:
        yield temp
        os.replace(temp, path)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            if leftover.exists():
                leftover.unlink()


def refuse_existing(path: Path) -> None:
    if path.exists():
        raise AlreadyExists(path)


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` atomically with SQLite's backup API."""
    with atomic_target(target) as temp:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
            result = destination.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedFile(temp, result)
        finally:
            destination.close()
