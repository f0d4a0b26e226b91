"""Storage: measured figures of touchpoints over time (NPS, CSAT, conversion rate, ...).

A measurement belongs to one touchpoint: a metric name, a date (ISO 8601, YYYY-MM-DD), a
value, an optional unit and an optional target. Deleting a touchpoint deletes its
measurements (and its undo puts them back, ``storage.rows.Rows.plan_delete``).
The functions here check values and run inside a transaction the caller holds
(``storage.workshop.Workshop`` wraps them).
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from typing import Any

from storage.errors import InvalidEdit

FIELDS = ("id", "card_id", "metric", "date", "value", "unit", "target")


def check_date(text: str) -> str:
    """``text`` as an ISO date (YYYY-MM-DD), or a ValueError."""
    return dt.date.fromisoformat(text.strip()[:10]).isoformat()


def check(row: dict[str, Any], where: str = "measurement") -> dict[str, Any]:
    """A complete, valid measurement row (unit defaults to "", target to None)."""
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise InvalidEdit(f"{where}.{sorted(unknown)[0]}: no such field")
    out = {"unit": "", "target": None} | dict(row)
    for name in ("id", "card_id", "metric", "date", "unit"):
        if not isinstance(out.get(name), str):
            raise InvalidEdit(f"{where}.{name}: expected text")
    if not out["metric"].strip():
        raise InvalidEdit(f"{where}.metric: must not be empty")
    try:
        if check_date(out["date"]) != out["date"]:
            raise ValueError
    except ValueError:
        raise InvalidEdit(f"{where}.date: {out['date']!r} is not a date (YYYY-MM-DD)") from None
    for name in ("value", "target"):
        number = out[name]
        if number is None and name == "target":
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise InvalidEdit(f"{where}.{name}: expected a number")
        if not math.isfinite(number):
            raise InvalidEdit(f"{where}.{name}: must be a finite number")
        out[name] = float(number)
    return out


def insert(connection: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Write checked rows; each must name an existing touchpoint."""
    for row in rows:
        found = connection.execute("SELECT kind FROM card WHERE id = ?", (row["card_id"],))
        kind = found.fetchone()
        if kind is None:
            raise InvalidEdit(f"measurement.card_id: no card {row['card_id']!r}")
        if kind[0] != "touchpoint":
            raise InvalidEdit(f"card {row['card_id']!r}: only touchpoints have measurements")
    connection.executemany(
        f"INSERT INTO measurement ({', '.join(FIELDS)}) VALUES ({', '.join('?' for _ in FIELDS)})",
        [tuple(row[name] for name in FIELDS) for row in rows],
    )


def remove(connection: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Delete measurements by id; returns the rows removed (for undo)."""
    removed = []
    for measurement_id in ids:
        row = connection.execute(
            f"SELECT {', '.join(FIELDS)} FROM measurement WHERE id = ?", (measurement_id,)
        ).fetchone()
        if row is None:
            raise InvalidEdit(f"no measurement {measurement_id!r}")
        removed.append(dict(zip(FIELDS, row, strict=True)))
    connection.executemany("DELETE FROM measurement WHERE id = ?", [(i,) for i in ids])
    return removed


def counts_by_map(connection: sqlite3.Connection) -> dict[str, int]:
    """How many measurements the touchpoints of each map have (maps with none left out)."""
    rows = connection.execute(
        "SELECT card.map_id, count(*) FROM measurement JOIN card ON card.id = measurement.card_id "
        "GROUP BY card.map_id"
    )
    return dict(rows.fetchall())
