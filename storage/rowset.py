"""Storage: a workshop's content as plain rows, and the base a copy was taken from.

A ``RowSet`` holds every row of every workshop table (``SQLModel.metadata``, without the
team library's own ``sync_*`` tables), keyed by table name and primary key. It is what
push, pull and merge move and compare, for a workshop file and for a library on a server
alike. Reads and writes use SQLAlchemy Core on the metadata, so a table another part of
the schema adds travels without a change here.

A ``Base`` is what a copy was pulled (or merged) from: the origin and, per row, a digest
of each field. Two copies that share a base tell "changed here" from "unchanged" with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, create_engine, delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from storage import models

Key = tuple[Any, ...]
Row = dict[str, Any]
RowSet = dict[str, dict[Key, Row]]  # table name -> primary key -> column -> value
Digests = dict[str, str]  # column -> digest of its value


def workshop_tables() -> list[Table]:
    """The tables of a workshop's content, parents before children."""
    return [t for t in SQLModel.metadata.sorted_tables if not t.info.get("sync")]


def key_of(table: Table, row: Row) -> Key:
    return tuple(row[column.name] for column in table.primary_key.columns)


def key_text(key: Key) -> str:
    """A primary key as text (the base stores it so)."""
    return json.dumps(list(key), ensure_ascii=False)


def digest(value: Any) -> str:
    """A short digest of one field's value (equal values, equal digests)."""
    if isinstance(value, bytes):
        raw = b"b:" + value
    else:
        raw = b"j:" + json.dumps(value, ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def digests_of(row: Row) -> Digests:
    return {name: digest(value) for name, value in row.items()}


@dataclass
class Origin:
    """Where a base came from: a library workshop at a revision (library "" : a merge)."""

    library: str
    workshop: str
    revision: int
    source: str
    token: str = field(default_factory=lambda: os.urandom(8).hex())


@dataclass
class Base:
    """The state a copy was taken from: its origin and the digests of each row's fields."""

    origin: Origin
    rows: dict[str, dict[Key, Digests]]

    @classmethod
    def of(cls, origin: Origin, rows: RowSet) -> Base:
        return cls(
            origin,
            {
                name: {key: digests_of(row) for key, row in table.items()}
                for name, table in rows.items()
            },
        )


def on_connection(connection: sqlite3.Connection) -> Engine:
    """An engine that uses this one open SQLite connection (never closes it)."""
    return create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)


def read_rows(connection: Connection) -> RowSet:
    """Every workshop row of the file behind ``connection``."""
    rows: RowSet = {}
    for table in workshop_tables():
        found: dict[Key, Row] = {}
        for record in connection.execute(select(*table.columns)).mappings():
            row = dict(record)
            found[key_of(table, row)] = row
        rows[table.name] = found
    return rows


def write_rows(connection: Connection, rows: RowSet) -> None:
    """Insert ``rows`` into empty workshop tables (parents first; a file defers its
    reference checks to the commit, as rows may name each other in any order)."""
    for table in workshop_tables():
        values = list(rows.get(table.name, {}).values())
        if values:
            connection.execute(insert(table), values)


def replace_rows(connection: Connection, rows: RowSet) -> None:
    """Make the workshop tables of a file hold exactly ``rows`` (inside a transaction)."""
    for table in reversed(workshop_tables()):
        connection.execute(delete(table))
    write_rows(connection, rows)


def read_base(connection: Connection) -> Base | None:
    """The base recorded in a file, or None for a copy never pulled nor merged."""
    origin = connection.execute(select(models.SyncOrigin.__table__)).mappings().first()  # type: ignore[attr-defined]
    if origin is None:
        return None
    rows: dict[str, dict[Key, Digests]] = {}
    for record in connection.execute(select(models.SyncRow.__table__)).mappings():  # type: ignore[attr-defined]
        key = tuple(json.loads(record["row_key"]))
        rows.setdefault(record["table_name"], {})[key] = json.loads(record["digests"])
    fields = {name: origin[name] for name in ("library", "workshop", "revision", "source", "token")}
    return Base(Origin(**fields), rows)


def write_base(connection: Connection, base: Base) -> None:
    """Record ``base`` in a file, replacing the one it had."""
    origin_table: Table = models.SyncOrigin.__table__  # type: ignore[attr-defined]
    row_table: Table = models.SyncRow.__table__  # type: ignore[attr-defined]
    connection.execute(delete(row_table))
    connection.execute(delete(origin_table))
    origin = base.origin
    connection.execute(
        insert(origin_table),
        {
            "id": 1,
            "library": origin.library,
            "workshop": origin.workshop,
            "revision": origin.revision,
            "source": origin.source,
            "token": origin.token,
        },
    )
    values = [
        {"table_name": name, "row_key": key_text(key), "digests": json.dumps(digests)}
        for name, table in base.rows.items()
        for key, digests in table.items()
    ]
    if values:
        connection.execute(insert(row_table), values)


def label(table_name: str, row: Row | None, key: Key) -> str:
    """How a row is named in a message: its kind, id and title or name."""
    shown = ", ".join(str(part) for part in key)
    for column in ("title", "name"):
        if row is not None and row.get(column):
            return f"{table_name} {shown} {_quoted(row[column])}"
    return f"{table_name} {shown}"


def value_text(value: Any) -> str:
    """A field's value in a message: short, on one line."""
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str):
        return _quoted(value)
    return json.dumps(value)


def _quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"'{text}'"
