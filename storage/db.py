"""Storage: the workshop file on disk: pragmas, the opening checks, creation and copies.

A workshop is one SQLite file. Opening checks read it through a read-only connection,
so a refused file is never changed by a single byte.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage import paths, schema
from storage.errors import (
    AlreadyExists,
    DamagedFile,
    FileBusy,
    ForeignFile,
    InterruptedEdit,
    NewerVersion,
    NotAWorkshop,
    NotWritten,
)

APPLICATION_ID = 0x4A42_5244  # "JBRD" in the SQLite header: marks a Journeyboard workshop
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"
# trusted_schema=OFF: SQL stored in a file (it passed the schema check, but a file is
# untrusted input) may not call functions with side effects; cell_size_check: a damaged
# page is reported as damage instead of being read past its end.
PRAGMAS = (
    "foreign_keys=ON",
    "journal_mode=DELETE",
    "synchronous=FULL",
    "trusted_schema=OFF",
    "cell_size_check=ON",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """The workshop pragmas, on every connection."""
    for pragma in PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the pragmas."""
    if readonly:
        connection = sqlite3.connect(
            readonly_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    apply_pragmas(connection)
    return connection


def read_header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` (the SQLite header), refusing what is no workshop."""
    paths.check_input(path)  # a folder, a FIFO, a device: refused before opening it
    paths.check_workshop_path(path)
    header = paths.read_limited(path, 100, head=True)
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
    user_version = _check_header(path)
    _check_contents(path, user_version)
    return user_version


def _check_header(path: Path) -> int:
    """The checks that need only the file's first 100 bytes; returns its schema version."""
    header = read_header(path)
    application_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise ForeignFile(path)
    if user_version > SCHEMA_VERSION:
        raise NewerVersion(path, f"file version {user_version}, this one reads {SCHEMA_VERSION}")
    from storage.migrations import STEPS  # here: storage.migrations imports this module

    if any(version not in STEPS for version in range(user_version, SCHEMA_VERSION)):
        raise DamagedFile(path, f"unknown file version {user_version}")
    if 2 in header[18:20]:  # reading it would create -wal and -shm files beside it
        raise DamagedFile(
            path, "it is in SQLite's WAL journal mode, which Journeyboard does not write"
        )
    return user_version


def _check_contents(path: Path, user_version: int) -> None:
    """The checks that read the whole file: structure, schema, columns, references."""
    try:
        with _readonly_connection(path) as connection:
            # One read transaction for all the checks: they see one state, and wait for
            # a writer's lock once, not once per statement (a busy writer could starve it).
            connection.execute("BEGIN")
            # Before anything else reads the file: a trigger, a view, an expression index
            # or an altered CHECK or DEFAULT would run or change what later reads and
            # edits do. Only the exact schema the app creates for this version passes.
            different = schema.difference(connection, user_version)
            if different:
                raise DamagedFile(path, different)
            # integrity_check, not quick_check: it also finds indexes that disagree with
            # their table (a flipped bit there would silently hide cards from queries).
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise DamagedFile(path, result[0] if result else "integrity check failed")
            _check_constraints(connection, path, user_version)
            if user_version == SCHEMA_VERSION:
                _check_values(connection, path)
            else:  # the value checks know the current tables: check an upgraded copy
                _check_upgraded_values(connection, path)
            broken = connection.execute("PRAGMA foreign_key_check").fetchone()
            if broken:
                raise DamagedFile(path, f"a {broken[0]} row refers to a missing {broken[2]}")
            rows = connection.execute("SELECT count(*) FROM workshop WHERE id = 1").fetchone()
            if rows[0] != 1:
                raise DamagedFile(path, "the workshop description row is missing")
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK:
            # A hot journal: a crash during an edit. Only a writable open may roll it back.
            raise InterruptedEdit(path) from None
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY:
            raise FileBusy(path) from None
        raise DamagedFile(path, str(error)) from None
    except UnicodeDecodeError:  # SQLite's own message quoting damaged text
        raise DamagedFile(path, "it holds text that is not UTF-8") from None


def _check_upgraded_values(connection: sqlite3.Connection, path: Path) -> None:
    """``_check_values`` on an in-memory copy of an older file, upgraded: what opening it
    would read. The file itself is not changed."""
    from storage.migrations import migrate  # here: storage.migrations imports this module

    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.backup(memory)
        migrate(memory)
        _check_values(memory, path)
    finally:
        memory.close()


def _check_constraints(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """Every row meets its table's CHECK constraints.

    On a read-only connection SQLite's integrity_check skips them, so a flipped bit in
    a kind or a rating would pass the checks and fail at the first edit or copy. The
    expressions are those of the frozen schema the file was just found to have.
    """
    for table, expression in schema.checks(version):
        found = connection.execute(f"SELECT 1 FROM {table} WHERE NOT ({expression}) LIMIT 1")
        if found.fetchone() is not None:
            raise DamagedFile(path, f"CHECK constraint failed in {table}")


def _check_values(connection: sqlite3.Connection, path: Path) -> None:
    """Each value has its column's type and all text is UTF-8.

    The schema check fixes each column's declared type, but SQLite stores any value in
    any column, and integrity_check does not decode text: a blob where text belongs, or a
    flipped bit inside a text value, would pass both and fail later in the middle of
    reading. One statement for all the tables (derived from the models, see
    ``storage.catalog``), returning per table whether a value has the wrong type and
    all its text as one blob.
    """
    from storage.tables import TABLES, sql  # here: storage.tables imports the row classes

    row = connection.execute(sql("values")).fetchone()
    for index, table in enumerate(TABLES):
        if row[2 * index]:
            raise DamagedFile(path, f"table {table!r} holds a value of the wrong type")
        try:
            (row[2 * index + 1] or b"").decode("utf-8")
        except UnicodeDecodeError:
            raise DamagedFile(path, f"table {table!r} holds text that is not UTF-8") from None


def roll_back_interrupted_edit(path: Path) -> None:
    """Let SQLite roll back the hot journal of an edit interrupted by a crash.

    Call it only while holding the file's lock, after ``check_file`` raised InterruptedEdit:
    the first read of a read-write connection restores the last committed state and
    deletes the journal.
    """
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DamagedFile(path, str(error)) from None
    finally:
        connection.close()


def remove_stale_journal(connection: sqlite3.Connection, path: Path) -> None:
    """Delete a rollback journal that a crash left behind and SQLite does not need.

    A process killed just as a transaction starts leaves a journal whose header was not
    written yet (SQLite ignores it: it is not hot), a side file the user would see next
    to the workshop. Call it holding the file's lock: under SQLite's RESERVED lock no
    other connection writes a journal, and a hot one was already rolled back.
    """
    journal = Path(f"{path}-journal")
    if not journal.exists():
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        journal.unlink(missing_ok=True)
    finally:
        connection.execute("COMMIT")


def readonly_uri(path: Path) -> str:
    """The ``file:`` URI that opens ``path`` read-only.

    ``as_uri`` percent-escapes every character that means something in a URI (``#``,
    ``?``, ``%``, spaces, non-ASCII): pasted in raw, ``a#b.journey`` would open ``a``.
    """
    return f"{path.resolve().as_uri()}?mode=ro"


@contextmanager
def _readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)
    # Before the schema is first read: the file is untrusted input.
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA cell_size_check=ON")
    # quick_check quotes damaged text in its messages: never fail on decoding them.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        yield connection
    finally:
        connection.close()


def create_schema(connection: sqlite3.Connection) -> None:
    """Mark a new, empty database as a workshop of the current schema version."""
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise AlreadyExists(path)


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` atomically with SQLite's backup API."""
    with paths.atomic_output(target) as temp:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
            result = destination.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedFile(temp, result)
        except sqlite3.OperationalError as error:  # disk full, I/O error
            raise NotWritten(target, str(error)) from None
        finally:
            destination.close()
