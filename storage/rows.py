"""Storage: rows of a workshop file read and written on the DBAPI connection.

The tables are declared once, in ``storage.models``; ``storage.tables`` gives their
columns, references and row classes and the SQL of each statement, compiled from the
models with SQLAlchemy Core. This module runs those statements on the sqlite3
connection, which keeps each edit close to the cost of its COMMIT and reads a map of
thousands of cards fast. Rows are instances of the table's row class (a dataclass whose
fields are the table's columns); for type checkers they are the model classes.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from storage.errors import InvalidEdit
from storage.tables import KINDS, MISSING, TABLES, Table, integrity_message, sql

if TYPE_CHECKING:
    from storage.models import (
        Action,
        ActionCard,
        Card,
        Channel,
        Comment,
        Connection,
        JourneyMap,
        Lane,
        NoteType,
        Participant,
        Persona,
        Phase,
        Rating,
    )
    from storage.models import WorkshopInfo as WorkshopRow
else:
    WorkshopRow = TABLES["workshop"].row
    Participant = TABLES["participant"].row
    Persona = TABLES["persona"].row
    Channel = TABLES["channel"].row
    JourneyMap = TABLES["map"].row
    Phase = TABLES["phase"].row
    Lane = TABLES["lane"].row
    Card = TABLES["card"].row
    Rating = TABLES["rating"].row
    NoteType = TABLES["note_type"].row
    Connection = TABLES["connection"].row
    Action = TABLES["action"].row
    ActionCard = TABLES["action_card"].row
    Comment = TABLES["comment"].row

# Sibling groups: rows ordered by ``position`` within the same values of these columns.
GROUP: dict[str, tuple[str, ...]] = {kind: TABLES[kind].siblings or () for kind in KINDS}
# Parent before child: the order in which a snapshot's rows go back in.
ORDER = tuple(TABLES)
Planned = tuple[str, Any, "int | None"]  # (kind, row, board index)

__all__ = [
    "GROUP",
    "Action",
    "ActionCard",
    "Card",
    "Channel",
    "Comment",
    "Connection",
    "JourneyMap",
    "Lane",
    "NoteType",
    "Participant",
    "Persona",
    "Phase",
    "Rating",
    "Rows",
    "WorkshopRow",
    "check_fields",
    "check_text",
    "group_of",
    "integrity_message",
    "key_of",
]


def check_fields(kind: str, fields: dict[str, Any], *, creating: bool) -> None:
    """Refuse unknown fields and values of the wrong type, naming the field."""
    table = TABLES[kind]
    for name, value in fields.items():
        column = table.column.get(name)
        if column is None or (name in (*table.key, "position") and not creating):
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


def key_of(kind: str, row: Any) -> str:
    """The id a Change reports for a row (a rating is reported under its card)."""
    return getattr(row, TABLES[kind].key[0])


def _key(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {f"key_{name}": values[name] for name in table.key}


def _key_of_row(table: Table, row: Any) -> dict[str, Any]:
    return {f"key_{name}": getattr(row, name) for name in table.key}


class Rows:
    """Statements bound to one connection; used inside one transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.c = connection

    def _rows(self, kind: str, cursor: sqlite3.Cursor) -> list[Any]:
        """Rows of ``kind`` from a cursor that selected all its columns in table order."""
        table = TABLES[kind]
        make = table.row
        bools = table.bools
        if not bools:
            return [make(*values) for values in cursor]
        result = []
        for values in cursor:
            values = list(values)
            for i in bools:
                values[i] = bool(values[i])
            result.append(make(*values))
        return result

    def all(self, kind: str) -> list[Any]:
        """Every row of ``kind``, in board order when it has one."""
        return self._rows(kind, self.c.execute(sql("all", kind)))

    def where(self, kind: str, **values: Any) -> list[Any]:
        """The rows of ``kind`` with these column values, in board order when it has one."""
        return self._rows(kind, self.c.execute(sql("by", kind, tuple(values)), values))

    def get(self, kind: str, row_id: str) -> Any:
        rows = self.where(kind, id=row_id)
        return rows[0] if rows else None

    def existing(self, kind: str, row_id: str) -> Any:
        row = self.get(kind, row_id)
        if row is None:
            raise InvalidEdit(f"no {kind} with id {row_id!r}")
        return row

    def owners(self, row_id: str) -> list[str]:
        """The kinds that have a row with this id (ids are unique within the file)."""
        return [kind for (kind,) in self.c.execute(sql("owner"), {"id": row_id})]

    def insert(self, kind: str, row: dict[str, Any]) -> None:
        """Insert a row; columns it does not name take their default."""
        table = TABLES[kind]
        values = {}
        for column in table.columns:
            value = row.get(column.name, column.default)
            if value is MISSING:
                raise InvalidEdit(f"{kind}.{column.name}: is required")
            values[column.name] = value
        self.c.execute(sql("insert", kind), values)

    def set(self, kind: str, key: str | dict[str, Any], fields: dict[str, Any]) -> None:
        """Set ``fields`` of the row with id ``key`` (or these key values)."""
        table = TABLES[kind]
        keys = {"id": key} if isinstance(key, str) else key
        self.c.execute(sql("update", kind, tuple(fields)), {**fields, **_key(table, keys)})

    def set_many(self, kind: str, name: str, changes: list[tuple[Any, str]]) -> None:
        """Set column ``name`` of many rows: ``(value, id)`` pairs."""
        self.c.executemany(
            sql("update", kind, (name,)), [{name: value, "key_id": i} for value, i in changes]
        )

    def remove(self, kind: str, rows: list[Any]) -> None:
        """Delete rows (or the rows with these key values: dicts) by their keys."""
        table = TABLES[kind]
        keys = [_key(table, r) if isinstance(r, dict) else _key_of_row(table, r) for r in rows]
        self.c.executemany(sql("delete", kind), keys)

    # -- board order ------------------------------------------------------------------

    def sibling_ids(self, kind: str, group: dict[str, Any]) -> list[tuple[str, int]]:
        return self.siblings(kind, group)[tuple(group.values())]

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
        params = {
            f"g{i}_{n}": v for i, key in enumerate(keys) for n, v in zip(names, key, strict=True)
        }
        cursor = self.c.execute(sql("siblings", kind, len(keys) if names else 1), params)
        if not names:
            result[()] = [(row_id, position) for row_id, position in cursor]
            return result
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
            self.set_many(kind, "position", changes)
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
        self.set_many(kind, "position", changes)
        updated.update((kind, row_id) for _, row_id in changes if row_id != always)

    # -- whole-map reads ----------------------------------------------------------------

    def cards_in_board_order(self, map_id: str) -> list[Any]:
        return self._rows("card", self.c.execute(sql("board"), {"map_id": map_id}))

    def rating_pairs_of_map(self, map_id: str) -> dict[str, list[tuple[int, int]]]:
        """(experience, importance) of each rated card, in no particular order.

        Plain pairs, not rows: a large map has tens of thousands of ratings, and what
        scores and curves need is these two numbers, whose order does not change them
        (the rows with participants, in their order, come from ``ratings_of_map``).
        """
        result: dict[str, list[tuple[int, int]]] = {}
        for card_id, experience, importance in self.c.execute(sql("pairs"), {"map_id": map_id}):
            pairs = result.get(card_id)
            if pairs is None:
                result[card_id] = [(experience, importance)]
            else:
                pairs.append((experience, importance))
        return result

    def ratings_of_map(self, map_id: str) -> dict[str, list[Any]]:
        rows = self._rows("rating", self.c.execute(sql("ratings"), {"map_id": map_id}))
        result: dict[str, list[Any]] = {}
        for rating in rows:
            result.setdefault(rating.card_id, []).append(rating)
        return result

    # -- deleting with everything that depends on a row ------------------------------

    def plan_delete(
        self, kind: str, row: Any, rows: list[Planned], updates: list, index: int | None
    ) -> None:
        """Record ``row`` and what goes with it, parent first, into ``rows``/``updates``.

        Derived from the references the models declare: the rows whose reference is
        ``ON DELETE CASCADE`` go too (and what depends on them); a ``SET NULL`` reference
        is recorded in ``updates`` with its old value. A removed row whose sibling group
        stays (a persona's lanes in their maps) keeps its board index for the undo.
        """
        planned: dict[tuple[str, tuple[Any, ...]], None] = {}
        start = len(rows)
        self._collect(kind, row, rows, updates, planned)
        rows[start] = (kind, rows[start][1], index)
        gone = {(k, getattr(r, "id", None)) for k, r, _ in rows}
        for i in range(start + 1, len(rows)):
            row_kind, removed, _index = rows[i]
            siblings = TABLES[row_kind].siblings
            if not siblings:
                continue
            parents = {r.column: r.table for r in TABLES[row_kind].references}
            if not any((parents.get(n), getattr(removed, n)) in gone for n in siblings):
                rows[i] = (row_kind, removed, self._index(row_kind, removed))
        # References from rows that are deleted too need no update of their own.
        updates[:] = [u for u in updates if (u[0], u[1]) not in gone]

    def _index(self, kind: str, row: Any) -> int:
        return [i for i, _ in self.sibling_ids(kind, group_of(kind, row))].index(row.id)

    def _collect(
        self,
        kind: str,
        row: Any,
        rows: list[Planned],
        updates: list,
        planned: dict[tuple[str, tuple[Any, ...]], None],
    ) -> None:
        table = TABLES[kind]
        ident = (kind, tuple(getattr(row, n) for n in table.key))
        if ident in planned:
            return
        planned[ident] = None
        rows.append((kind, row, None))
        if "id" not in table.column:
            return
        for child_kind, child in TABLES.items():
            for reference in child.references:
                if reference.table != kind:
                    continue
                if reference.ondelete == "NO ACTION":
                    # A row others still need is not deleted (a note type in use): say so.
                    used = len(self.where(child_kind, **{reference.column: row.id}))
                    if used:
                        raise InvalidEdit(
                            f"{kind.replace('_', ' ')} {row.id!r}: {used} {child_kind}(s) still "
                            "refer to it; "
                            "change them first"
                        )
                    continue
                for found in self.where(child_kind, **{reference.column: row.id}):
                    if reference.ondelete == "CASCADE":
                        self._collect(child_kind, found, rows, updates, planned)
                    elif reference.ondelete == "SET NULL":
                        updates.append((child_kind, found.id, reference.column, row.id))

    def delete_rows(self, rows: list[Planned]) -> None:
        """Delete the rows of a snapshot, children first."""
        for kind in reversed(ORDER):
            found = [r for k, r, _ in rows if k == kind]
            if found:
                self.remove(kind, found)


def group_of(kind: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in GROUP[kind]}
