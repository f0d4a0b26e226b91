"""Export: the measurements of a map in the interchange JSON (``maps[].measurements``).

Each item: ``id``, ``card`` (a touchpoint of the same map), ``metric``, ``date``
(YYYY-MM-DD), ``value``, optional ``unit`` and ``target``. Optional on input (a
version-1 document has none), always written on output, by card in board order, then
metric and date. ``export.interchange`` validates the document; this module holds the
measurement parts so that it stays one concern per module.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from storage.measurements import check_date

Number = StrictInt | StrictFloat


class MeasurementIn(BaseModel):
    """One measurement as the interchange JSON writes it."""

    model_config = ConfigDict(extra="forbid")

    id: Annotated[StrictStr, Field(min_length=1)]
    card: Annotated[StrictStr, Field(min_length=1)]
    metric: Annotated[StrictStr, Field(min_length=1)]
    date: StrictStr
    value: Number
    unit: StrictStr = ""
    target: Number | None = None


def check(
    items: list[MeasurementIn],
    where: str,
    touchpoints: set[str],
    unique: Callable[[str, str], None],
    fail: Callable[[str, str], Exception],
) -> None:
    """Refuse, with its JSON path, a measurement of no touchpoint of this map, a date
    that is no date, a value that is not finite, or an id used elsewhere."""
    for i, item in enumerate(items):
        path = f"{where}.measurements[{i}]"
        unique(item.id, path)
        if item.card not in touchpoints:
            raise fail(f"{path}.card", f"no touchpoint with id {item.card[:40]!r} in this map")
        try:
            if check_date(item.date) != item.date:
                raise ValueError
        except ValueError:
            raise fail(f"{path}.date", "must be a date like 2026-03-31") from None
        for name in ("value", "target"):
            number = getattr(item, name)
            if number is not None and not math.isfinite(number):
                raise fail(f"{path}.{name}", "must be a finite number")


COLUMNS = ("id", "card_id", "metric", "date", "value", "unit", "target")


def rows(items: list[MeasurementIn]) -> list[tuple[Any, ...]]:
    """The measurement table's rows (COLUMNS) of a map's measurements."""
    return [
        (
            item.id,
            item.card,
            item.metric,
            item.date,
            float(item.value),
            item.unit,
            None if item.target is None else float(item.target),
        )
        for item in items
    ]


def dump(measured: dict[str, list[Any]], card_order: list[str]) -> list[dict[str, Any]]:
    """The measurements of one map, by card in board order."""
    out = []
    for card_id in card_order:
        for row in measured.get(card_id, []):
            item: dict[str, Any] = {
                "id": row.id,
                "card": row.card_id,
                "metric": row.metric,
                "date": row.date,
                "value": row.value,
                "unit": row.unit,
            }
            if row.target is not None:
                item["target"] = row.target
            out.append(item)
    return out
