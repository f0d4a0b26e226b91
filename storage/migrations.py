"""Storage: upgrades of older workshop files to the current schema version.

Each step takes a connection of a file at version N and leaves it at N + 1, in one
transaction. The step is derived from the frozen DDL of both versions
(``storage.schema``): new tables and indexes are created; a table whose CREATE TABLE
changed is rebuilt under its new definition with its rows copied (columns it shares with
the old one), which is how SQLite changes a CHECK, a default or a reference. A part of
a release that must also fill or convert data adds a function to ``FILLS`` for its
version; it runs after the tables are in place, before the references are checked.

The fixture of every released version lives in tests/_files/ and is upgraded by the
tests; a step that loses a row or a value fails them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storage import schema
from storage.db import SCHEMA_VERSION
from storage.vocabulary import DEFAULT_NOTE_TYPES, channel_color

Step = Callable[[sqlite3.Connection], None]

# Data conversions of a step, by the version it starts from (run in this order).
FILLS: dict[int, list[Step]] = {1: []}


def _fill_note_types_and_channel_colours(connection: sqlite3.Connection) -> None:
    """Version 2, own note types and channels: the five built-in note types every card of
    a version-1 file refers to, and a colour for each channel by its place in the list."""
    connection.executemany(
        "INSERT INTO note_type (id, name, color, icon, position) VALUES (?, '', ?, ?, ?)",
        [
            (ident, color, icon, position)
            for position, (ident, color, icon) in enumerate(DEFAULT_NOTE_TYPES)
        ],
    )
    channels = connection.execute("SELECT id FROM channel ORDER BY position, id").fetchall()
    connection.executemany(
        "UPDATE channel SET color = ? WHERE id = ?",
        [(channel_color(position), ident) for position, (ident,) in enumerate(channels)],
    )


FILLS[1].append(_fill_note_types_and_channel_colours)


def _objects(version: int) -> dict[tuple[str, str], str]:
    """(type, name) -> CREATE statement of every object ``version`` creates, in order."""
    statements, _automatic = schema.VERSIONS[version]
    found: dict[tuple[str, str], str] = {}
    for sql in statements:
        kind, name, _table = schema._NAME.match(sql).groups()  # type: ignore[union-attr]
        found[(kind.lower(), name)] = sql
    return found


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def upgrade(connection: sqlite3.Connection, old: int) -> None:
    """Turn the schema of version ``old`` into that of ``old + 1`` (inside a transaction,
    foreign keys off), keeping every row."""
    before, after = _objects(old), _objects(old + 1)
    rebuilt = [
        name
        for (kind, name), sql in after.items()
        if kind == "table" and (kind, name) in before and before[(kind, name)] != sql
    ]
    # The old table steps aside without SQLite rewriting the references to it in other
    # tables (legacy rename): they are meant for the new table of the same name.
    connection.execute("PRAGMA legacy_alter_table=ON")
    for name in rebuilt:
        connection.execute(f'ALTER TABLE "{name}" RENAME TO "_old_{name}"')
    for (kind, name), sql in after.items():
        if kind == "table" and (name in rebuilt or (kind, name) not in before):
            connection.execute(sql)
    for name in rebuilt:
        shared = [
            c for c in _columns(connection, name) if c in _columns(connection, f"_old_{name}")
        ]
        columns = ", ".join(f'"{c}"' for c in shared)
        connection.execute(f'INSERT INTO "{name}" ({columns}) SELECT {columns} FROM "_old_{name}"')
        connection.execute(f'DROP TABLE "_old_{name}"')  # and its indexes
    connection.execute("PRAGMA legacy_alter_table=OFF")
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    for (kind, name), sql in before.items():
        if kind == "index" and after.get((kind, name)) != sql and name in present:
            connection.execute(f'DROP INDEX "{name}"')
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    for (kind, name), sql in after.items():
        if kind == "index" and name not in present:
            connection.execute(sql)
    for fill in FILLS.get(old, []):
        fill(connection)


STEPS: dict[int, Step] = {
    version: (lambda connection, version=version: upgrade(connection, version))
    for version in range(1, SCHEMA_VERSION)
}


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the file behind ``connection`` to SCHEMA_VERSION; returns the version it had.

    Foreign keys are off while a step runs (a rebuilt table is briefly absent) and every
    reference is checked before the step commits.
    """
    found = connection.execute("PRAGMA user_version").fetchone()[0]
    if found >= SCHEMA_VERSION:
        return found
    connection.execute("PRAGMA foreign_keys=OFF")
    try:
        for version in range(found, SCHEMA_VERSION):
            connection.execute("BEGIN IMMEDIATE")
            try:
                STEPS[version](connection)
                broken = connection.execute("PRAGMA foreign_key_check").fetchone()
                if broken:
                    raise sqlite3.IntegrityError(
                        f"upgrading from version {version}: a {broken[0]} row refers to a "
                        f"missing {broken[2]}"
                    )
                connection.execute(f"PRAGMA user_version={version + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
    finally:
        connection.execute("PRAGMA foreign_keys=ON")
    return found
