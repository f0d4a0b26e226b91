"""Storage: pull, push and merge: workshops between files and a team library.

``pull`` makes a file from a library workshop and records in it what it was pulled
from (the base). ``push`` uploads a file: a new workshop, or the newer state of one
pulled before; when the library moved on since the pull, the two are merged with the
file's base, and the file gets the merged state too. ``merge_files`` combines two copies
into a third file. An output file is complete or absent; a refused push writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from storage import db, paths, schema
from storage.changes import Change
from storage.errors import JourneyError, shown
from storage.library import Library, who_changed
from storage.library_names import LibraryError, split_target
from storage.merge import Conflict, merge, summary
from storage.rowset import (
    Base,
    Digests,
    Key,
    Origin,
    RowSet,
    apply_rows,
    digests_of_rows,
    label,
    on_connection,
    read_base,
    read_rows,
    update_base,
    write_base,
    write_rows,
)
from storage.workshop import Workshop


class BrokenReferences(JourneyError):
    """Merged rows that name a row the other copy deleted."""


@dataclass
class Pushed:
    """What a push did: the library's new revision, and whether it merged."""

    revision: int
    merged: bool
    decided: int  # conflicts decided by --prefer


# -- writing rows into SQLite ---------------------------------------------------------------


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[Connection]:
    """A write transaction on a workshop's SQLite connection, references checked at its
    end (rows may name each other in any order); rolled back on any error."""
    with on_connection(connection).connect() as core:
        core.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            core.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            yield core
            _check_references(core)
            core.exec_driver_sql("COMMIT")
        except BaseException:
            core.exec_driver_sql("ROLLBACK")
            raise


def _check_references(core: Connection) -> None:
    broken = core.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is None:
        return
    table, rowid, parent, _index = broken
    names = core.exec_driver_sql(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,))
    row = names.mappings().first()
    key = (row.get("id", rowid),) if row is not None else (rowid,)
    raise BrokenReferences(
        f"{label(table, dict(row) if row else None, key)} refers to a {parent} "
        "that the other copy deleted; nothing written"
    )


def _new_database(connection: sqlite3.Connection) -> None:
    connection.executescript(schema.DDL[db.SCHEMA_VERSION])
    db.create_schema(connection)
    db.apply_pragmas(connection)


def write_file(path: Path, rows: RowSet, base: Base) -> None:
    """Write a new workshop file ``path`` holding ``rows`` and ``base`` (complete or absent)."""
    db.refuse_existing(path)
    paths.check_workshop_path(path)
    with paths.atomic_output(path, new=True) as temp:
        connection = sqlite3.connect(temp, isolation_level=None)
        try:
            _new_database(connection)
            with _transaction(connection) as core:
                write_rows(core, rows)
                write_base(core, base)
        finally:
            connection.close()


def check_rows(rows: RowSet) -> None:
    """Refuse rows that a workshop file would not hold (a reference to a deleted row)."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _new_database(connection)
        with on_connection(connection).connect() as core:
            core.exec_driver_sql("BEGIN")
            core.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            write_rows(core, rows)
            _check_references(core)
            core.exec_driver_sql("ROLLBACK")
    finally:
        connection.close()


# -- reading ----------------------------------------------------------------------------------


def _read_file(path: Path) -> tuple[RowSet, Base | None]:
    with (
        Workshop.open_snapshot(path) as workshop,
        on_connection(workshop.connection).connect() as core,
    ):
        return read_rows(core), read_base(core)


def open_library_snapshot(target: str) -> Workshop:
    """A read-only copy in memory of the library workshop ``URL#NAME`` (info, export)."""
    url, name = split_target(target)
    with Library(url) as library, library.transaction() as connection:
        key, _revision = library.require(connection, name, share=True)
        rows = library.read(connection, key)
        where = f"{library.where}#{name}"
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _new_database(memory)
    with _transaction(memory) as core:
        write_rows(core, rows)
    workshop = Workshop(Path(where), memory, None)
    workshop._snapshot = True  # one state, any thread, as Workshop.open_snapshot
    return workshop


# -- the three operations -------------------------------------------------------------------


def pull(target: str, path: Path) -> int:
    """Write the library workshop ``URL#NAME`` as the new file ``path``; its revision."""
    url, name = split_target(target)
    db.refuse_existing(path)
    paths.check_workshop_path(path)
    with Library(url) as library, library.transaction() as connection:
        key, revision = library.require(connection, name, share=True)
        rows = library.read(connection, key)
        origin = Origin(library.library_id(connection), name, revision, library.where)
    write_file(path, rows, Base.of(origin, rows))
    return revision


def push(path: Path, target: str, prefer: str | None = None) -> Pushed:
    """Upload the file ``path`` as the library workshop ``URL#NAME``.

    ``prefer``: "file" or "library" decides what both changed since the pull; without
    it such conflicts refuse the push and nothing is written.
    """
    url, name = split_target(target)
    side = {"file": "a", "library": "b"}.get(prefer or "")
    with Workshop.open(path) as workshop, Library(url) as library:  # the lock: no window edits it
        synced = synchronise(workshop, library, name, prefer=side, create=True, label=shown(path))
    return Pushed(synced.revision, bool(synced.incoming), len(synced.conflicts))


@dataclass
class Synced:
    """What a synchronisation did: the library's revision now, what came in from others
    (as the Change the views know), and the conflicts the preferred side decided."""

    revision: int
    incoming: Change
    conflicts: list[Conflict]
    who: list[tuple[str, datetime]]  # per conflict: who changed it in the library, when
    others: str = ""  # who made the library's latest revision before ours (incoming)


def synchronise(
    workshop: Workshop,
    library: Library,
    name: str,
    *,
    prefer: str | None = "b",
    create: bool = False,
    label: str = "this copy",
) -> Synced:
    """Bring an open workshop (a pulled copy) and its library workshop to one state.

    What the copy changed since its base goes to the library as a new revision; what
    others pushed since comes into the copy, written in one transaction and returned as
    a Change. Where both changed one field, ``prefer`` decides ("a": the copy, "b": the
    library, whose change came first); None refuses with the list of conflicts and
    nothing is written. ``create`` makes a new library workshop of a name it lacks.
    """
    with on_connection(workshop.connection).connect() as core:
        local, base = read_rows(core), read_base(core)
    conflicts: list[Conflict] = []
    who: list[tuple[str, datetime]] = []
    others = ""
    local_prints: dict[str, dict[Key, Digests]] = {}
    with library.transaction() as connection:
        library_id = library.library_id(connection)
        found = library.find(connection, name, lock=True)
        result = theirs = local
        if found is None:
            if not create:
                raise LibraryError(f"{library.where}#{shown(name)}: is no longer in the library")
            key, revision = library.create(connection, name), 0
            changed = True
        else:
            key, revision = found
            if base is None or base.origin.library != library_id or base.origin.workshop != name:
                raise LibraryError(
                    f"{library.where}#{shown(name)}: is in the library already and "
                    f"{label} was not pulled from it; pull it to another file "
                    "and combine the two with journeyboard merge"
                )
            local_prints = digests_of_rows(local)
            changed = local_prints != base.rows
            if base.origin.revision != revision:
                theirs = library.read(connection, key)
                others = library.last_author(connection, key)
                result, conflicts = merge(local, theirs, base, prefer)
                if conflicts and prefer is None:
                    raise summary(
                        conflicts, label, "the library", "--prefer file or --prefer library"
                    )
                check_rows(result)
                who = [who_changed(connection, key, c.table, c.key) for c in conflicts]
                changed = result != theirs
                if changed:
                    revision = library.write(connection, key, result)
            elif changed:  # the library holds the base: only what differs from it is sent
                revision = library.write(connection, key, result, base.rows, local_prints)
        if changed and found is None:
            revision = library.write(connection, key, result)
    if result is local and not changed and base is not None and base.origin.revision == revision:
        return Synced(revision, Change(), [], [])  # nothing new on either side
    # The library has it: the copy now holds the same state and records it as its base.
    origin = Origin(library_id, name, revision, library.where)
    if result is local and found is not None:
        new_base = Base(origin, local_prints)
    else:
        new_base = Base.of(origin, result)
    with _transaction(workshop.connection) as core:
        incoming = apply_rows(core, local, result)
        update_base(core, base, new_base)
    return Synced(revision, incoming, conflicts, who, others)


def merge_files(a: Path, b: Path, out: Path, prefer: str | None = None) -> int:
    """Write ``out``: ``a`` and ``b`` combined; the number of conflicts ``prefer`` decided."""
    db.refuse_existing(out)
    paths.check_workshop_path(out)
    rows_a, base_a = _read_file(a)
    rows_b, base_b = _read_file(b)
    common = base_a if base_a and base_b and base_a.origin.token == base_b.origin.token else None
    merged, conflicts = merge(rows_a, rows_b, common, prefer)
    if conflicts and prefer is None:
        raise summary(conflicts, shown(a), shown(b))
    # The result keeps a common base (a later push merges with the library through it);
    # else it is its own base, so that copies of it merge cleanly later.
    base = common or Base.of(Origin("", "", 0, "merge"), merged)
    write_file(out, merged, base)
    return len(conflicts)
