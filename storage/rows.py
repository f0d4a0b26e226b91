"""Storage: rows of a workshop file read and written on the DBAPI connection.

The tables are declared once, in ``storage.models`` (SQLModel); this module reads their
columns back from the file (``PRAGMA table_info``), so it needs no ORM import. Rows are
light named tuples with the column names as fields. Opening, reading and every edit go
through here: a few plain SQL statements per edit keep each edit close to the cost of
its COMMIT, and reading a map of thousands of cards stays fast.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from dataclasses import dataclass, field
from typing import Any

from storage.errors import InvalidEdit

# Rows are named tuples made from the file's own columns; these names are for type hints.
Row = Any
WorkshopRow = Participant = Persona = Channel = JourneyMap = Phase = Lane = Card = Rating = Row

# Sibling groups: rows ordered by ``position`` within the same values of these columns.
GROUP: dict[str, tuple[str, ...]] = {
    "participant": (),
    "persona": (),
    "channel": (),
    "map": (),
    "phase": ("map_id",),
    "lane": ("map_id",),
    "card": ("lane_id", "phase_id"),
}
# Parent before child: the order in which a snapshot's rows go back in.
KINDS = (
    "participant",
    "persona",
    "channel",
    "map",
    "phase",
    "lane",
    "card",
    "rating",
    "measurement",
)
TYPES = {
    "VARCHAR": str,
    "TEXT": str,
    "INTEGER": int,
    "BOOLEAN": bool,
    "BLOB": bytes,
    "FLOAT": float,
}


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    nullable: bool


@dataclass
class Schema:
    """The columns of every table, read from the file, and a row type per table."""

    columns: dict[str, tuple[Column, ...]]
    row_types: dict[str, type] = field(default_factory=dict)
    selects: dict[str, str] = field(default_factory=dict)  # "kind.a, kind.b, ..." per kind

    @classmethod
    def read(cls, connection: sqlite3.Connection) -> Schema:
        columns = {}
        for kind in (*KINDS, "workshop"):
            info = connection.execute(f"PRAGMA table_info({kind})").fetchall()
            columns[kind] = tuple(
                Column(name, TYPES.get(declared.upper(), str), not notnull)
                for _cid, name, declared, notnull, _default, _pk in info
            )
        schema = cls(columns)
        for kind, cols in columns.items():
            schema.row_types[kind] = namedtuple(kind.title(), [c.name for c in cols])
            schema.selects[kind] = ", ".join(f"{kind}.{c.name}" for c in cols)
        return schema

    def rows(self, kind: str, cursor: sqlite3.Cursor) -> list[Any]:
        """Rows of ``kind`` from a cursor that selected all its columns in table order."""
        make = self.row_types[kind]._make
        bools = [i for i, c in enumerate(self.columns[kind]) if c.type is bool]
        if not bools:
            return [make(values) for values in cursor]
        result = []
        for values in cursor:
            values = list(values)
            for i in bools:
                values[i] = bool(values[i])
            result.append(make(values))
        return result

    def check_fields(self, kind: str, fields: dict[str, Any], *, creating: bool) -> None:
        """Refuse unknown fields and values of the wrong type, naming the field."""
        columns = {c.name: c for c in self.columns[kind]}
        for name, value in fields.items():
            column = columns.get(name)
            if column is None or (name in ("id", "position") and not creating):
                raise InvalidEdit(f"{kind}.{name}: no such field")
            if value is None and column.nullable:
                continue
            wanted = column.type
            if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
                raise InvalidEdit(f"{kind}.{name}: expected {wanted.__name__}, got {value!r:.40}")
            if isinstance(value, str):
                check_text(f"{kind}.{name}", value)


def check_text(where: str, value: str) -> None:
    """Refuse text SQLite cannot store as UTF-8 (a lone surrogate such as "\\ud800")."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidEdit(
            f"{where}: invalid text (a lone surrogate at character {error.start})"
        ) from None


def key_of(kind: str, row: dict[str, Any]) -> str:
    """The id a Change reports for a row (a rating is reported under its card)."""
    return row["card_id"] if kind in ("rating", "measurement") else row["id"]


class Rows:
    """SQL helpers bound to one connection and schema; used inside one transaction."""

    def __init__(self, connection: sqlite3.Connection, schema: Schema) -> None:
        self.c = connection
        self.schema = schema

    def select(
        self,
        kind: str,
        where: str = "",
        params: tuple = (),
        order: str = "",
        table: str | None = None,
    ) -> list[Any]:
        sql = f"SELECT {self.schema.selects[kind]} FROM {table or kind}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        return self.schema.rows(kind, self.c.execute(sql, params))

    def get(self, kind: str, row_id: str) -> Any:
        rows = self.select(kind, "id = ?", (row_id,))
        return rows[0] if rows else None

    def existing(self, kind: str, row_id: str) -> Any:
        row = self.get(kind, row_id)
        if row is None:
            raise InvalidEdit(f"no {kind} with id {row_id!r}")
        return row

    def insert(self, kind: str, row: dict[str, Any]) -> None:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.c.execute(f"INSERT INTO {kind} ({names}) VALUES ({marks})", tuple(row.values()))

    def set(self, kind: str, row_id: str, fields: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.c.execute(f"UPDATE {kind} SET {assignments} WHERE id = ?", (*fields.values(), row_id))

    # -- board order ------------------------------------------------------------------

    def sibling_ids(self, kind: str, group: dict[str, Any]) -> list[tuple[str, int]]:
        where = " AND ".join(f"{name} = ?" for name in group) or "1"
        return self.c.execute(
            f"SELECT id, position FROM {kind} WHERE {where} ORDER BY position, id",
            tuple(group.values()),
        ).fetchall()

    def index_of(self, kind: str, row: Any) -> int:
        siblings = self.sibling_ids(kind, group_of(kind, row))
        return [i for i, _ in siblings].index(row.id)

    def place(
        self,
        kind: str,
        row_id: str,
        group: dict[str, Any],
        index: int | None,
        updated: set[tuple[str, str]],
    ) -> None:
        """Put ``row_id`` at ``index`` among its siblings and renumber them 0..n-1."""
        siblings = [(i, p) for i, p in self.sibling_ids(kind, group) if i != row_id]
        index = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(index, (row_id, -1))
        self._renumber(kind, siblings, updated, always=row_id)

    def siblings(
        self, kind: str, *groups: dict[str, Any]
    ) -> dict[tuple[Any, ...], list[tuple[str, int]]]:
        """``(id, position)`` of the rows of each group in board order, in ONE query.

        Keys are the groups' values; groups that are equal are read once.
        """
        names = GROUP[kind]
        keys = list(dict.fromkeys(tuple(g.values()) for g in groups))
        result: dict[tuple[Any, ...], list[tuple[str, int]]] = {key: [] for key in keys}
        if not names:
            result[()] = self.c.execute(
                f"SELECT id, position FROM {kind} ORDER BY position, id"
            ).fetchall()
            return result
        one = "(" + " AND ".join(f"{name} = ?" for name in names) + ")"
        where = " OR ".join(one for _ in keys)
        cursor = self.c.execute(
            f"SELECT id, position, {', '.join(names)} FROM {kind} WHERE {where} "
            "ORDER BY position, id",
            tuple(v for key in keys for v in key),
        )
        for row_id, position, *key in cursor:
            result[tuple(key)].append((row_id, position))
        return result

    def move(
        self,
        kind: str,
        row_id: str,
        siblings: dict[tuple[Any, ...], list],
        old_group: dict[str, Any],
        new_group: dict[str, Any],
        index: int | None,
        updated: set[tuple[str, str]],
    ) -> None:
        """Put ``row_id`` (now in ``new_group``) at ``index`` there; renumber both groups.

        One UPDATE for the moved row (its new cell and position), and one executemany
        for the siblings whose position really changes.
        """
        old_key, new_key = tuple(old_group.values()), tuple(new_group.values())
        target = [(i, p) for i, p in siblings[new_key] if i != row_id]
        index = len(target) if index is None else max(0, min(index, len(target)))
        ordered = [*target[:index], (row_id, -1), *target[index:]]
        changes = [
            (position, i)
            for position, (i, old) in enumerate(ordered)
            if old != position and i != row_id
        ]
        if old_key != new_key:
            rest = [(i, p) for i, p in siblings[old_key] if i != row_id]
            changes += [(position, i) for position, (i, old) in enumerate(rest) if old != position]
        # Only the columns that change: each one set costs an index entry and a reference
        # check even when its value stays the same.
        fields = {name: value for name, value in new_group.items() if old_group.get(name) != value}
        self.set(kind, row_id, {**fields, "position": index})
        if changes:
            self.c.executemany(f"UPDATE {kind} SET position = ? WHERE id = ?", changes)
        updated.update((kind, i) for _, i in changes)

    def renumber(self, kind: str, group: dict[str, Any], updated: set[tuple[str, str]]) -> None:
        self._renumber(kind, self.sibling_ids(kind, group), updated)

    def _renumber(
        self,
        kind: str,
        ordered: list[tuple[str, int]],
        updated: set[tuple[str, str]],
        always: str | None = None,
    ) -> None:
        changes = [
            (position, row_id)
            for position, (row_id, old) in enumerate(ordered)
            if old != position or row_id == always
        ]
        self.c.executemany(f"UPDATE {kind} SET position = ? WHERE id = ?", changes)
        updated.update((kind, row_id) for _, row_id in changes if row_id != always)

    # -- whole-map reads ----------------------------------------------------------------

    def cards_in_board_order(self, map_id: str) -> list[Any]:
        return self.select(
            "card",
            "card.map_id = ?",
            (map_id,),
            "phase.position, lane.position, card.position",
            table="card JOIN phase ON phase.id = card.phase_id JOIN lane ON lane.id = card.lane_id",
        )

    def rating_pairs_of_map(self, map_id: str) -> dict[str, list[tuple[int, int]]]:
        """(experience, importance) of each rated card, in no particular order.

        Plain pairs, not rows: a large map has tens of thousands of ratings, and what
        scores and curves need is these two numbers, whose order does not change them
        (the rows with participants, in their order, come from ``ratings_of_map``).
        """
        result: dict[str, list[tuple[int, int]]] = {}
        cursor = self.c.execute(
            "SELECT rating.card_id, rating.experience, rating.importance FROM rating "
            "JOIN card ON card.id = rating.card_id WHERE card.map_id = ?",
            (map_id,),
        )
        for card_id, experience, importance in cursor:
            pairs = result.get(card_id)
            if pairs is None:
                result[card_id] = [(experience, importance)]
            else:
                pairs.append((experience, importance))
        return result

    def ratings_of_map(self, map_id: str) -> dict[str, list[Any]]:
        rows = self.select(
            "rating",
            "card.map_id = ?",
            (map_id,),
            "participant.position",
            table="rating JOIN card ON card.id = rating.card_id "
            "JOIN participant ON participant.id = rating.participant_id",
        )
        result: dict[str, list[Any]] = {}
        for rating in rows:
            result.setdefault(rating.card_id, []).append(rating)
        return result

    # -- deleting with everything that depends on a row ------------------------------

    def plan_delete(
        self, kind: str, row: Any, rows: list, updates: list, index: int | None
    ) -> None:
        """Record ``row`` and what goes with it, parent first, into ``rows``/``updates``."""
        rows.append((kind, row._asdict(), index))
        if kind == "card":
            for rating in self.select("rating", "card_id = ?", (row.id,)):
                rows.append(("rating", rating._asdict(), None))
            for measurement in self.select("measurement", "card_id = ?", (row.id,)):
                rows.append(("measurement", measurement._asdict(), None))
            for child in self.select("card", "based_on = ?", (row.id,)):
                updates.append(("card", child.id, "based_on", row.id))
        elif kind in ("phase", "lane"):
            for card in self.select("card", f"{kind}_id = ?", (row.id,)):
                self.plan_delete("card", card, rows, updates, None)
        elif kind == "map":
            for phase in self.select("phase", "map_id = ?", (row.id,)):
                rows.append(("phase", phase._asdict(), None))
            for lane in self.select("lane", "map_id = ?", (row.id,)):
                rows.append(("lane", lane._asdict(), None))
            for card in self.cards_in_board_order(row.id):
                self.plan_delete("card", card, rows, updates, None)
            for other in self.select("map", "based_on = ?", (row.id,)):
                updates.append(("map", other.id, "based_on", row.id))
        elif kind == "persona":
            for lane in self.select("lane", "persona_id = ?", (row.id,)):
                self.plan_delete("lane", lane, rows, updates, self.index_of("lane", lane))
        elif kind == "participant":
            for rating in self.select("rating", "participant_id = ?", (row.id,)):
                rows.append(("rating", rating._asdict(), None))
        elif kind == "channel":
            for card in self.select("card", "channel_id = ?", (row.id,)):
                updates.append(("card", card.id, "channel_id", row.id))
            for lane in self.select("lane", "channel_id = ?", (row.id,)):
                updates.append(("lane", lane.id, "channel_id", row.id))
        # Lineage references to cards that are deleted too need no update of their own.
        deleted_cards = {r["id"] for k, r, _ in rows if k == "card"}
        updates[:] = [u for u in updates if not (u[0] == "card" and u[1] in deleted_cards)]

    def delete_rows(self, rows: list[tuple[str, dict[str, Any], int | None]]) -> None:
        """Delete the rows of a snapshot, children first."""
        for kind in reversed(KINDS):
            if kind == "rating":
                keys = [(r["card_id"], r["participant_id"]) for k, r, _ in rows if k == kind]
                self.c.executemany(
                    "DELETE FROM rating WHERE card_id = ? AND participant_id = ?", keys
                )
            else:
                keys = [(r["id"],) for k, r, _ in rows if k == kind]
                self.c.executemany(f"DELETE FROM {kind} WHERE id = ?", keys)


def group_of(kind: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in GROUP[kind]}


INTEGRITY_MESSAGES = {
    "experience_range": "rating.experience: must be between -2 and 2",
    "importance_range": "rating.importance: must be between 1 and 5",
    "lane_kind": "lane.kind: must be persona, channel or notes",
    "persona_lane": "lane.persona: a persona lane needs a persona",
    "card_kind": "card.kind: must be touchpoint or note",
    "note_type": "card.note_type: a note needs a type (pain, idea, thought, question, "
    "quote) and a touchpoint has none",
    "map_kind": "map.kind: must be as-is or to-be",
    "FOREIGN KEY": "refers to something that does not exist",
    "UNIQUE": "already exists",
}


def integrity_message(error: sqlite3.IntegrityError) -> str:
    text = str(error)
    for key, message in INTEGRITY_MESSAGES.items():
        if key in text:
            return message
    return text
