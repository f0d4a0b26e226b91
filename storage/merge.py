"""Storage: combining two copies of one workshop row by row, field by field.

Rows are matched by their primary key (ids are kept by every copy). With a common base
(both copies were pulled or merged from the same state), a field one side changed and
the other did not takes the changed value; a row one side deleted and the other did
not change is deleted. Without a base nothing tells "changed" from "unchanged": a row
only one copy has is kept, and every field that differs is a conflict. A conflict is
decided by ``prefer`` ("a" or "b") or listed, and nothing is written. Board order is
not a conflict: where both moved rows among their siblings, ``a`` (or ``prefer``) gives
the order, and each group is numbered 0..n-1 again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.errors import JourneyError
from storage.rowset import Base, Digests, Key, Row, RowSet, digest, digests_of, label, value_text
from storage.rowset import workshop_tables as _tables
from storage.tables import TABLES

# The tables ordered by ``position`` among siblings: (the columns that make a group).
ORDERED = {name: t.siblings for name, t in TABLES.items() if t.siblings is not None}


@dataclass(frozen=True)
class Conflict:
    """Both copies changed the same field (``column``) or one deleted a row the other
    changed (``column`` None)."""

    table: str
    key: Key
    column: str | None
    a: Any
    b: Any
    name: str  # how the row is named in the message

    def text(self, a_name: str = "A", b_name: str = "B") -> str:
        if self.column is None:
            deleted, kept = (a_name, b_name) if self.a is None else (b_name, a_name)
            return f"{self.name}: deleted in {deleted}, changed in {kept}"
        return (
            f"{self.name}: {self.column}: {a_name} has {value_text(self.a)}, "
            f"{b_name} has {value_text(self.b)}"
        )


class MergeConflict(JourneyError):
    """Conflicts that no ``prefer`` decided; ``lines`` lists them, one per line."""

    def __init__(self, summary: str, lines: list[str]) -> None:
        super().__init__(summary)
        self.lines = lines


def merge(
    a: RowSet, b: RowSet, base: Base | None, prefer: str | None = None
) -> tuple[RowSet, list[Conflict]]:
    """The combined rows of ``a`` and ``b``, and every conflict met. ``prefer`` ("a" or
    "b") decides the conflicts; without it the rows returned hold ``a``'s side there."""
    merged: RowSet = {}
    conflicts: list[Conflict] = []
    for table in _tables():
        name = table.name
        rows_a, rows_b = a.get(name, {}), b.get(name, {})
        bases = base.rows.get(name, {}) if base is not None else {}
        result: dict[Key, Row] = {}
        for key in [*rows_a, *(k for k in rows_b if k not in rows_a)]:
            row, found = _merge_row(
                name, key, rows_a.get(key), rows_b.get(key), bases.get(key), prefer == "b"
            )
            conflicts += found
            if row is not None:
                result[key] = row
        merged[name] = result
    _renumber(merged)
    return merged, conflicts


def _merge_row(
    table: str, key: Key, a: Row | None, b: Row | None, base: Digests | None, take_b: bool
) -> tuple[Row | None, list[Conflict]]:
    """One row's merge: the row (None: absent) and its conflicts, decided for b when
    ``take_b`` and for a otherwise."""
    if a == b:
        return a, []
    a_changed = (digests_of(a) if a is not None else None) != base
    b_changed = (digests_of(b) if b is not None else None) != base
    if not a_changed:
        return b, []
    if not b_changed:
        return a, []
    if a is None or b is None:  # one deleted it, the other changed (or, no base, has) it
        conflict = Conflict(table, key, None, a, b, label(table, a or b, key))
        return (b if take_b else a), [conflict]
    row: Row = {}
    conflicts = []
    for column, value_a in a.items():  # one schema: both rows have the same columns
        value_b = b[column]
        was = base.get(column) if base is not None else None
        if value_a == value_b or digest(value_b) == was:
            row[column] = value_a
        elif digest(value_a) == was:
            row[column] = value_b
        elif column == "position" and table in ORDERED:
            # Both moved things within one group: the order is renumbered after the
            # merge, and an order is not worth stopping for.
            row[column] = value_b if take_b else value_a
        else:
            row[column] = value_b if take_b else value_a
            conflicts.append(Conflict(table, key, column, value_a, value_b, label(table, a, key)))
    return row, conflicts


def _renumber(rows: RowSet) -> None:
    """Board order 0..n-1 within each group of siblings, keeping the merged order: both
    copies may have put a row at the same place, or left a gap where they deleted one."""
    for table, columns in ORDERED.items():
        groups: dict[tuple[Any, ...], list[Row]] = {}
        for row in rows.get(table, {}).values():
            groups.setdefault(tuple(row[c] for c in columns), []).append(row)
        for siblings in groups.values():
            siblings.sort(key=lambda row: (row["position"], row["id"]))
            for position, row in enumerate(siblings):
                if row["position"] != position:  # a new dict: the copies' rows stay as read
                    rows[table][(row["id"],)] = {**row, "position": position}


def summary(
    conflicts: list[Conflict], a_name: str, b_name: str, choices: str = "--prefer a or --prefer b"
) -> MergeConflict:
    """The error that stops a merge with these conflicts; ``choices`` says what decides."""
    count = len(conflicts)
    text = (
        f"{count} conflict{'s' if count != 1 else ''} between {a_name} and {b_name}: both "
        "changed the same thing; "
        f"nothing written ({choices} decides them)"
    )
    return MergeConflict(text, [c.text(a_name, b_name) for c in conflicts])
