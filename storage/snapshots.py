"""Storage: snapshots, named states of the whole workshop kept inside its own file.

A snapshot holds every row of every content table (all maps, ratings, notes, personas,
and whatever tables later versions add). The rows of a table, per map where the table
has a ``map_id``, form one chunk: JSON, compressed with zlib, stored once under the
SHA-256 of its text in ``snapshot_chunk``. A snapshot's ``contents`` lists the chunks
of each table, so snapshots share every chunk that did not change between them: fifty
snapshots of a workshop cost little more than the parts that changed. A large value (a
persona's picture) is a chunk of its own, so it is stored once however often the row
around it changes.

The functions here run on a connection inside a transaction the caller holds
(``storage.workshop.Workshop`` wraps them); nothing here commits.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass, field
from typing import Any

from storage import db, schema
from storage.errors import InvalidEdit

SNAPSHOT_TABLES = ("snapshot", "snapshot_chunk")
SYNC_TABLES = ("sync_origin", "sync_row")
REASONS = ("", "reveal", "merge", "restore")
# A value at least this long gets a chunk of its own (a picture), so that an edit of the
# row around it does not store it again.
LARGE_VALUE = 1024


@dataclass(frozen=True)
class SnapshotInfo:
    """What the list of snapshots shows: name, time and counts."""

    id: str
    name: str
    taken: str  # ISO 8601 in UTC
    reason: str
    maps: int
    touchpoints: int
    notes: int
    ratings: int


@dataclass
class State:
    """Every content row of a workshop: table -> (its columns, its rows)."""

    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, Any]]:
        columns, rows = self.tables.get(table, ([], []))
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def keys(self) -> set[tuple[str, str]]:
        """(kind, id) of every row a board shows; a rating is named by its card."""
        found = set()
        for table, (columns, rows) in self.tables.items():
            key = "card_id" if table == "rating" else "id"
            if key in columns:
                index = columns.index(key)
                found |= {(table, str(row[index])) for row in rows}
        return found

    def counts(self) -> dict[str, int]:
        cards = self.rows("card")
        return {
            "maps": len(self.tables.get("map", ([], []))[1]),
            "touchpoints": sum(card["kind"] == "touchpoint" for card in cards),
            "notes": sum(card["kind"] == "note" for card in cards),
            "ratings": len(self.tables.get("rating", ([], []))[1]),
        }


def content_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables a snapshot holds: all but the snapshots' own and the team library's
    record of what a copy was pulled from (not workshop content), in name order."""
    names = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    return [name for (name,) in names if name not in SNAPSHOT_TABLES + SYNC_TABLES]


def _columns(connection: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """The table's columns in order, and its primary key columns in key order."""
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    key = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    return columns, key or ["rowid"]


def capture(connection: sqlite3.Connection) -> State:
    """The current rows of every content table, each table in primary-key order."""
    state = State()
    for table in content_tables(connection):
        columns, key = _columns(connection, table)
        order = ", ".join(f'"{name}"' for name in key)
        rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        state.tables[table] = (columns, [list(row) for row in rows])
    return state


def replace_content(connection: sqlite3.Connection, state: State) -> None:
    """Make the content tables hold exactly ``state`` (inside a deferred-keys transaction).

    Columns a snapshot lacks (a table that grew later) take their defaults; a table the
    file no longer has is skipped.
    """
    tables = content_tables(connection)
    for table in tables:
        connection.execute(f'DELETE FROM "{table}"')
    for table in tables:
        if table not in state.tables:
            continue
        columns, rows = state.tables[table]
        present = set(_columns(connection, table)[0])
        kept = [i for i, name in enumerate(columns) if name in present]
        names = ", ".join(f'"{columns[i]}"' for i in kept)
        marks = ", ".join("?" for _ in kept)
        connection.executemany(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
            ([row[i] for i in kept] for row in rows),
        )


# -- chunks ---------------------------------------------------------------------------------


def _store(connection: sqlite3.Connection, payload: bytes) -> str:
    digest = hashlib.sha256(payload).hexdigest()
    connection.execute(
        "INSERT OR IGNORE INTO snapshot_chunk (hash, data) VALUES (?, ?)",
        (digest, zlib.compress(payload, 9)),
    )
    return digest


def _load(connection: sqlite3.Connection, digest: str) -> bytes:
    row = connection.execute("SELECT data FROM snapshot_chunk WHERE hash = ?", (digest,)).fetchone()
    if row is None:
        raise InvalidEdit(f"snapshot chunk {digest[:12]}: missing from the file")
    try:
        return zlib.decompress(row[0])
    except zlib.error:
        raise InvalidEdit(f"snapshot chunk {digest[:12]}: damaged") from None


def _encode_value(connection: sqlite3.Connection, value: Any) -> Any:
    if isinstance(value, bytes):
        if len(value) >= LARGE_VALUE:
            return {"chunk": _store(connection, value)}
        return {"bytes": base64.b64encode(value).decode("ascii")}
    return value


def _decode_value(connection: sqlite3.Connection, value: Any) -> Any:
    if isinstance(value, dict):
        if "chunk" in value:
            return _load(connection, value["chunk"])
        return base64.b64decode(value["bytes"])
    return value


def _write_chunks(connection: sqlite3.Connection, state: State) -> dict[str, Any]:
    """Store ``state`` as chunks; returns the contents (table -> columns and chunk hashes)."""
    contents: dict[str, Any] = {}
    for table, (columns, rows) in state.tables.items():
        groups: dict[Any, list[list[Any]]] = {}
        split = columns.index("map_id") if "map_id" in columns else None
        for row in rows:
            groups.setdefault(None if split is None else row[split], []).append(
                [_encode_value(connection, value) for value in row]
            )
        hashes = [
            _store(connection, json.dumps(group, ensure_ascii=False).encode("utf-8"))
            for _key, group in sorted(groups.items(), key=lambda item: str(item[0]))
        ]
        contents[table] = {"columns": columns, "chunks": hashes}
    return contents


def _read_chunks(connection: sqlite3.Connection, contents: dict[str, Any]) -> State:
    state = State()
    for table, entry in contents.items():
        rows: list[list[Any]] = []
        for digest in entry["chunks"]:
            for row in json.loads(_load(connection, digest)):
                rows.append([_decode_value(connection, value) for value in row])
        state.tables[table] = (list(entry["columns"]), rows)
    return state


# -- the snapshots --------------------------------------------------------------------------


def listing(connection: sqlite3.Connection) -> list[SnapshotInfo]:
    """Every snapshot of the file, oldest first."""
    rows = connection.execute(
        "SELECT id, name, taken, reason, maps, touchpoints, notes, ratings "
        "FROM snapshot ORDER BY taken, rowid"
    ).fetchall()
    return [SnapshotInfo(*row) for row in rows]


def find(connection: sqlite3.Connection, name: str) -> SnapshotInfo:
    """The snapshot called ``name``, or an InvalidEdit naming the snapshots there are."""
    for info in listing(connection):
        if info.name == name:
            return info
    names = ", ".join(repr(info.name) for info in listing(connection)) or "none"
    raise InvalidEdit(f"no snapshot named {name!r} (snapshots: {names})")


def take(connection: sqlite3.Connection, snapshot_id: str, name: str, reason: str = "") -> None:
    """Store the current state under ``name`` (names are unique within the file)."""
    name = name.strip()
    if not name:
        raise InvalidEdit("snapshot.name: must not be empty")
    if reason not in REASONS:
        raise InvalidEdit(f"snapshot.reason: must be one of {', '.join(map(repr, REASONS))}")
    if connection.execute("SELECT 1 FROM snapshot WHERE name = ?", (name,)).fetchone():
        raise InvalidEdit(f"a snapshot named {name!r} already exists")
    state = capture(connection)
    contents = _write_chunks(connection, state)
    taken = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    counts = state.counts()
    connection.execute(
        "INSERT INTO snapshot (id, name, taken, reason, contents, maps, touchpoints, notes, "
        "ratings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            snapshot_id,
            name,
            taken,
            reason,
            json.dumps(contents, separators=(",", ":")),
            counts["maps"],
            counts["touchpoints"],
            counts["notes"],
            counts["ratings"],
        ),
    )


def state_of(connection: sqlite3.Connection, snapshot_id: str) -> State:
    """The rows a snapshot froze."""
    row = connection.execute(
        "SELECT contents FROM snapshot WHERE id = ?", (snapshot_id,)
    ).fetchone()
    if row is None:
        raise InvalidEdit(f"no snapshot with id {snapshot_id!r}")
    try:
        contents = json.loads(row[0])
    except ValueError:
        raise InvalidEdit(f"snapshot {snapshot_id!r}: its list of contents is damaged") from None
    return _read_chunks(connection, contents)


def delete(connection: sqlite3.Connection, snapshot_id: str) -> None:
    """Remove a snapshot and every chunk no other snapshot uses."""
    if connection.execute("DELETE FROM snapshot WHERE id = ?", (snapshot_id,)).rowcount == 0:
        raise InvalidEdit(f"no snapshot with id {snapshot_id!r}")
    used: set[str] = set()
    for (text,) in connection.execute("SELECT contents FROM snapshot").fetchall():
        for entry in json.loads(text).values():
            for digest in entry["chunks"]:
                used.add(digest)
                # A large value's chunk is named inside the row chunks that use it.
                used |= set(_large_values(_load(connection, digest)))
    unused = [
        digest
        for (digest,) in connection.execute("SELECT hash FROM snapshot_chunk").fetchall()
        if digest not in used
    ]
    connection.executemany("DELETE FROM snapshot_chunk WHERE hash = ?", ((d,) for d in unused))


def _large_values(payload: bytes) -> list[str]:
    """The chunk hashes a row chunk names for its large values ([] for a value chunk)."""
    try:
        rows = json.loads(payload)
    except (ValueError, UnicodeDecodeError):  # a picture's bytes, not a row chunk
        return []
    if not isinstance(rows, list):
        return []
    return [
        value["chunk"]
        for row in rows
        if isinstance(row, list)
        for value in row
        if isinstance(value, dict) and "chunk" in value
    ]


def in_memory(state: State) -> sqlite3.Connection:
    """A new in-memory workshop database of the current version holding ``state``."""
    connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    connection.executescript(schema.DDL[db.SCHEMA_VERSION])
    db.create_schema(connection)
    connection.execute("BEGIN")
    replace_content(connection, state)
    connection.execute("COMMIT")
    db.apply_pragmas(connection)
    return connection
