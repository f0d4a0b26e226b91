"""Storage: the workshop's rules checked inside an edit, with a message naming the field.

Foreign keys would refuse a missing row too, but with SQLite's terse message; these
checks say which field and why, and also refuse what the schema cannot express (a lane
or phase of another map, a card based on itself, a colour that is no colour).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from storage.db import REFERENCES
from storage.errors import InvalidEdit
from storage.rows import Rows

COLOR = re.compile(r"#[0-9A-Fa-f]{6}")  # a persona colour, as the interchange format has it


def check_cell(rows: Rows, card: Any, changed: set[str]) -> None:
    """Refuse moving a card to a lane or phase that is missing or in another map.

    One query for both: the map of the lane and of the phase (NULL when missing).
    """
    wanted = [name for name in ("lane_id", "phase_id") if name in changed]
    if not wanted:
        return
    found = rows.c.execute(
        "SELECT " + ", ".join(f"(SELECT map_id FROM {n[:-3]} WHERE id = ?)" for n in wanted),
        tuple(getattr(card, n) for n in wanted),
    ).fetchone()
    for name, map_id in zip(wanted, found, strict=True):
        value = getattr(card, name)
        if map_id is None:
            raise InvalidEdit(f"card.{name}: no {name[:-3]} with id {value!r}")
        if map_id != card.map_id:
            raise InvalidEdit(f"card.{name}: {value!r} belongs to another map")


def check_parents(rows: Rows, kind: str, row: Any) -> None:
    """Refuse references to missing rows or to rows of another map, with a clear message."""
    for name, ref_kind in REFERENCES.get(kind, []):
        value = getattr(row, name)
        if value is None:
            continue
        if name == "based_on" and value == row.id:
            raise InvalidEdit(f"{kind}.based_on: cannot be based on itself")
        target = rows.get(ref_kind, value)
        if target is None:
            raise InvalidEdit(f"{kind}.{name}: no {ref_kind} with id {value!r}")
        if name in ("lane_id", "phase_id") and target.map_id != row.map_id:
            raise InvalidEdit(f"{kind}.{name}: {value!r} belongs to another map")
    if kind == "lane" and row.kind == "persona" and row.persona_id is None:
        raise InvalidEdit("lane.persona: a persona lane needs a persona")
    if kind == "persona" and not COLOR.fullmatch(row.color):
        raise InvalidEdit("persona.color: must be a colour like #3366CC")
    if kind == "action" and row.due:
        check_date("action.due", row.due)
    if kind == "card":
        if row.kind == "note" and row.note_type is None:
            raise InvalidEdit("card.note_type: a note needs a type")
        if row.kind == "touchpoint" and row.note_type is not None:
            raise InvalidEdit("card.note_type: a touchpoint has no note type")


def check_date(where: str, value: str) -> None:
    """Refuse a date that is not an ISO calendar date (YYYY-MM-DD)."""
    try:
        valid = len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        valid = False
    if not valid:
        raise InvalidEdit(f"{where}: must be a date like 2026-03-31, not {value!r:.40}")
