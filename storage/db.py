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
# The columns of each table as storage/models.py creates them (a test keeps the two in
# step): "name" text, "name?" text or NULL, "name:int", "name:bool", "name:blob?".
COLUMNS = {
    "workshop": ("id:int", "title", "language", "created"),
    "participant": ("id", "name", "position:int"),
    "persona": (
        "id",
        "name",
        "role",
        "description",
        "goals",
        "needs",
        "pains",
        "quote",
        "color",
        "picture:blob?",
        "position:int",
    ),
    "channel": ("id", "name", "icon", "position:int"),
    "map": ("id", "name", "kind", "based_on?", "position:int"),
    "phase": ("id", "map_id", "name", "description", "position:int"),
    "lane": ("id", "map_id", "name", "kind", "persona_id?", "channel_id?", "position:int"),
    "card": (
        "id",
        "map_id",
        "lane_id",
        "phase_id",
        "position:int",
        "kind",
        "note_type?",
        "title",
        "description",
        "channel_id?",
        "direct:bool",
        "expectation",
        "owner",
        "kpi",
        "based_on?",
    ),
    "rating": ("card_id", "participant_id", "experience:int", "importance:int"),
    # Snapshots
    "snapshot": (
        "id",
        "name",
        "taken",
        "reason",
        "contents",
        "maps:int",
        "touchpoints:int",
        "notes:int",
        "ratings:int",
    ),
    "snapshot_chunk": ("hash", "data:blob"),
    # Measurements
    "measurement": ("id", "card_id", "metric", "date", "value:float", "unit", "target:float?"),
}
# The columns that refer to another row: (column, kind of the row it names).
REFERENCES = {
    "phase": [("map_id", "map")],
    "lane": [("map_id", "map"), ("persona_id", "persona"), ("channel_id", "channel")],
    "card": [
        ("map_id", "map"),
        ("lane_id", "lane"),
        ("phase_id", "phase"),
        ("channel_id", "channel"),
        ("based_on", "card"),
    ],
    "map": [("based_on", "map")],
    "rating": [("card_id", "card"), ("participant_id", "participant")],
    "measurement": [("card_id", "card")],
}
_STORED = {"": "text", "int": "integer", "bool": "integer", "blob": "blob", "float": "real"}


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
            if user_version == SCHEMA_VERSION:
                _check_values(connection, path)
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


def _check_values(connection: sqlite3.Connection, path: Path) -> None:
    """Each value has its column's type and all text is UTF-8.

    The schema check fixes each column's declared type, but SQLite stores any value in
    any column, and integrity_check does not decode text: a blob where text belongs, or a
    flipped bit inside a text value, would pass both and fail later in the middle of
    reading. One statement for all the tables, returning one row.
    """
    scans = []
    for table, specs in COLUMNS.items():
        # A reference is compared byte for byte with the id it names (foreign_key_check),
        # so its text is valid when that id's is: only the other text is decoded.
        references = {name for name, _ in REFERENCES.get(table, [])}
        wrong, texts = [], []
        for spec in specs:
            name, _, kind = spec.rstrip("?").partition(":")
            optional = spec.endswith("?")
            types = f"'{_STORED[kind]}'" + (", 'null'" if optional else "")
            wrong.append(f"typeof({name}) NOT IN ({types})")
            if kind == "" and name not in references:
                texts.append(f"coalesce({name}, '')")
        # Whether a value has the wrong type, and all the table's text as one string (cut
        # at every value by a newline) to decode as UTF-8.
        scans.append(f"EXISTS (SELECT 1 FROM {table} WHERE {' OR '.join(wrong)})")
        scans.append(
            f"(SELECT CAST(group_concat({' || char(10) || '.join(texts)}, char(10)) "
            f"AS BLOB) FROM {table})"
            if texts
            else "NULL"
        )
    row = connection.execute(f"SELECT {', '.join(scans)}").fetchone()
    for index, table in enumerate(COLUMNS):
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
