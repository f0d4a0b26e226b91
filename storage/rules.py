"""Storage: the workshop's rules checked inside an edit, with a message naming the field.

Foreign keys would refuse a missing row too, but with SQLite's terse message; these
checks say which field and why, and also refuse what the schema cannot express (a lane
or phase of another map, a row that refers to itself, a colour that is no colour). All
of them come from what the models declare: references, ``within``, ``pattern``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from storage.errors import InvalidEdit
from storage.rows import Rows
from storage.tables import TABLES, sql


@cache
def _pattern(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def check_cell(rows: Rows, kind: str, row: Any, changed: set[str]) -> None:
    """Refuse moving a row to a group (a card's lane or phase) that is missing or in
    another map. One query for all the changed references that must stay ``within``."""
    within = {r.column: r for r in TABLES[kind].references if r.within}
    wanted = tuple(name for name in within if name in changed)
    if not wanted:
        return
    found = rows.c.execute(
        sql("within", kind, wanted), {name: getattr(row, name) for name in wanted}
    ).fetchone()
    for name, found_within in zip(wanted, found, strict=True):
        reference = within[name]
        value = getattr(row, name)
        if found_within is None:
            raise InvalidEdit(f"{kind}.{name}: no {reference.table} with id {value!r}")
        if found_within != getattr(row, reference.within or ""):
            raise InvalidEdit(f"{kind}.{name}: {value!r} belongs to another map")


def check_parents(rows: Rows, kind: str, row: Any) -> None:
    """Refuse references to missing rows or to rows of another map, and values that do
    not match their column's pattern, with a clear message."""
    table = TABLES[kind]
    for reference in table.references:
        name = reference.column
        value = getattr(row, name)
        if value is None:
            continue
        if reference.table == kind and value == getattr(row, reference.target):
            raise InvalidEdit(f"{kind}.{name}: cannot be based on itself")
        target = rows.get(reference.table, value)
        if target is None:
            raise InvalidEdit(f"{kind}.{name}: no {reference.table} with id {value!r}")
        within = reference.within
        if within and getattr(target, within) != getattr(row, within):
            raise InvalidEdit(f"{kind}.{name}: {value!r} belongs to another map")
    for name, (expression, message) in table.patterns.items():
        if not _pattern(expression).fullmatch(getattr(row, name)):
            raise InvalidEdit(f"{kind}.{name}: {message}")
    if kind == "action" and row.due:
        check_date("action.due", row.due)


def check_date(where: str, value: str) -> None:
    """Refuse a date that is not an ISO calendar date (YYYY-MM-DD)."""
    try:
        valid = len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        valid = False
    if not valid:
        raise InvalidEdit(f"{where}: must be a date like 2026-03-31, not {value!r:.40}")
