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

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    create_engine,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from storage import models
from storage.changes import Change

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
    """A short digest of one field's value (equal values, equal digests). The values are
    text, integers, booleans, None and bytes, whose ``repr`` tells each apart."""
    raw = (
        b"b:" + value if isinstance(value, bytes) else repr(value).encode("utf-8", "surrogatepass")
    )
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
        return cls(origin, digests_of_rows(rows))


# The digests of rows seen before, by table and values: a copy kept in step synchronises
# after every edit, and all but a few of its rows are the same each time. Bounded: past
# the limit it starts again.
_seen_digests: dict[tuple[str, tuple[Any, ...]], Digests] = {}
_SEEN_LIMIT = 400_000


def digests_of_rows(rows: RowSet) -> dict[str, dict[Key, Digests]]:
    """Each row's digests by table; a table without rows is left out, as in a recorded
    base (read_base), so that an unchanged copy compares equal to its base."""
    if len(_seen_digests) > _SEEN_LIMIT:
        _seen_digests.clear()
    out: dict[str, dict[Key, Digests]] = {}
    for name, table in rows.items():
        if not table:
            continue
        found = out[name] = {}
        for key, row in table.items():
            values = (name, tuple(row.values()))
            digests = _seen_digests.get(values)
            if digests is None:
                digests = _seen_digests[values] = digests_of(row)
            found[key] = digests
    return out


def on_connection(connection: sqlite3.Connection) -> Engine:
    """An engine that uses this one open SQLite connection (never closes it)."""
    return create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)


def read_rows(connection: Connection) -> RowSet:
    """Every workshop row of the file behind ``connection``."""
    rows: RowSet = {}
    for table in workshop_tables():
        names = [column.name for column in table.columns]
        key_at = [names.index(column.name) for column in table.primary_key.columns]
        rows[table.name] = {
            tuple(record[i] for i in key_at): dict(zip(names, record, strict=True))
            for record in connection.execute(select(*table.columns)).all()
        }
    return rows


def write_rows(connection: Connection, rows: RowSet) -> None:
    """Insert ``rows`` into empty workshop tables (parents first; a file defers its
    reference checks to the commit, as rows may name each other in any order)."""
    for table in workshop_tables():
        values = list(rows.get(table.name, {}).values())
        if values:
            connection.execute(insert(table), values)


def apply_rows(connection: Connection, old: RowSet, new: RowSet) -> Change:
    """Turn a file's workshop rows from ``old`` into ``new`` (inside a transaction),
    writing only the rows that differ; what changed, as the edits report it."""
    change = Change()
    tables = workshop_tables()
    for table in reversed(tables):  # children before parents
        was, now = old.get(table.name, {}), new.get(table.name, {})
        gone = [key for key in was if key not in now]
        for key in gone:
            connection.execute(delete(table).where(*_matching(table, key)))
            _note(change, "removed", table.name, key)
    for table in tables:  # parents before children
        was, now = old.get(table.name, {}), new.get(table.name, {})
        added = [row for key, row in now.items() if key not in was]
        if added:
            connection.execute(insert(table), added)
        for key, row in now.items():
            if key not in was:
                _note(change, "added", table.name, key)
            elif was[key] != row:
                connection.execute(update(table).where(*_matching(table, key)).values(row))
                _note(change, "updated", table.name, key)
    return change


def _matching(table: Table, key: Key) -> list[Any]:
    return [column == value for column, value in zip(table.primary_key.columns, key, strict=True)]


def _note(change: Change, how: str, table: str, key: Key) -> None:
    """Record one row in ``change`` as an edit would: a rating by its card, every change
    to a rating as an update of the card's ratings, the workshop row as "1"."""
    if table == "rating":
        change.updated.add(("rating", str(key[0])))
    elif table == "workshop":
        change.updated.add(("workshop", "1"))
    else:
        getattr(change, how).add((table, str(key[0])))


# The last base each process wrote or read, by its origin's token (new with every base):
# while a file's origin still has that token, its recorded rows are these, and reading
# and decoding them again is skipped.
_last_base: dict[str, Base] = {}


def read_base(connection: Connection) -> Base | None:
    """The base recorded in a file, or None for a copy never pulled nor merged."""
    origin = connection.execute(select(models.SyncOrigin.__table__)).mappings().first()  # type: ignore[attr-defined]
    if origin is None:
        return None
    known = _last_base.get(origin["token"])
    if known is not None:
        return known
    rows: dict[str, dict[Key, Digests]] = {}
    for record in connection.execute(select(models.SyncRow.__table__)).mappings():  # type: ignore[attr-defined]
        key = tuple(json.loads(record["row_key"]))
        rows.setdefault(record["table_name"], {})[key] = json.loads(record["digests"])
    fields = {name: origin[name] for name in ("library", "workshop", "revision", "source", "token")}
    return _remember(Base(Origin(**fields), rows))


def _remember(base: Base) -> Base:
    while len(_last_base) >= 4:  # a few open copies; the oldest goes first
        del _last_base[next(iter(_last_base))]
    _last_base[base.origin.token] = base
    return base


def update_base(connection: Connection, old: Base | None, new: Base) -> None:
    """Record ``new`` in a file whose base is ``old``, writing only the rows that differ."""
    if old is None:
        write_base(connection, new)
        return
    row_table: Table = models.SyncRow.__table__  # type: ignore[attr-defined]
    gone, fresh = [], []
    for name in old.rows.keys() | new.rows.keys():
        was, now = old.rows.get(name, {}), new.rows.get(name, {})
        gone += [(name, key) for key in was if key not in now]
        fresh += [(name, key, digests) for key, digests in now.items() if was.get(key) != digests]
    condition = (row_table.c.table_name == bindparam("t")) & (row_table.c.row_key == bindparam("k"))
    replaced = gone + [(name, key) for name, key, _digests in fresh]
    if replaced:
        connection.execute(
            delete(row_table).where(condition), [{"t": n, "k": key_text(k)} for n, k in replaced]
        )
    if fresh:
        connection.execute(
            insert(row_table),
            [
                {"table_name": n, "row_key": key_text(k), "digests": json.dumps(d)}
                for n, k, d in fresh
            ],
        )
    _write_origin(connection, new.origin)
    _remember(new)


def _write_origin(connection: Connection, origin: Origin) -> None:
    origin_table: Table = models.SyncOrigin.__table__  # type: ignore[attr-defined]
    connection.execute(delete(origin_table))
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


def write_base(connection: Connection, base: Base) -> None:
    """Record ``base`` in a file, replacing the one it had."""
    row_table: Table = models.SyncRow.__table__  # type: ignore[attr-defined]
    connection.execute(delete(row_table))
    _write_origin(connection, base.origin)
    values = [
        {"table_name": name, "row_key": key_text(key), "digests": json.dumps(digests)}
        for name, table in base.rows.items()
        for key, digests in table.items()
    ]
    if values:
        connection.execute(insert(row_table), values)
    _remember(base)


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
