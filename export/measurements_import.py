"""Export: read measurements of touchpoints from a CSV or Excel (.xlsx) table.

One row per measured value. Headers in English or German, in any order and case:
touchpoint (its id or its exact title; "Touchpoint", "ID", "Titel"), metric ("Metrik",
"Kennzahl", "KPI"), date ("Datum": 2026-03-31, 31.03.2026, or an Excel date), value
("Wert"), and the optional unit ("Einheit") and target ("Ziel", "Zielwert"). Numbers
may have a decimal comma (1,5) or point (1.5) and a trailing %. A CSV may be UTF-8 or
Windows-1252 (what German Excel saves) and separated by ',', ';' or tab.

Every row is checked and matched before anything is written: a row that matches no
touchpoint, or several, has a date that is no date or a value that is no number, is a
problem of its row. ``MeasurementTable.refusal`` lists them; the caller refuses the
whole import unless the user chose to skip those rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.words import QT_TRANSLATE_NOOP, translate
from storage import paths
from storage.errors import JourneyError, shown
from storage.workshop import Workshop

# Accepted header names (lower case, spaces and punctuation as written) of each column.
HEADERS: dict[str, tuple[str, ...]] = {
    "touchpoint": ("touchpoint id", "touchpoint-id", "touchpoint", "id", "card", "title", "titel"),
    "metric": ("metric", "kpi", "metrik", "kennzahl"),
    "date": ("date", "datum"),
    "value": ("value", "wert"),
    "unit": ("unit", "einheit"),
    "target": ("target", "ziel", "zielwert"),
}
REQUIRED = ("touchpoint", "metric", "date", "value")
# The problems of a row, in English; the window shows them in its language (app.words).
PROBLEMS = {
    "no_touchpoint": QT_TRANSLATE_NOOP("measurements", "no touchpoint given"),
    "unknown": QT_TRANSLATE_NOOP("measurements", "no touchpoint with the id or title {name}"),
    "ambiguous": QT_TRANSLATE_NOOP(
        "measurements",
        "{count} touchpoints are titled {name} (maps: {maps}); give the id or choose the map",
    ),
    "no_metric": QT_TRANSLATE_NOOP("measurements", "no metric given"),
    "date": QT_TRANSLATE_NOOP("measurements", "{text} is not a date (2026-03-31 or 31.03.2026)"),
    "value": QT_TRANSLATE_NOOP("measurements", "value {text} is not a number"),
    "target": QT_TRANSLATE_NOOP("measurements", "target {text} is not a number"),
}
MAX_PROBLEMS_SHOWN = 8


class MeasurementImportError(JourneyError):
    """A table that cannot be read as measurements at all; nothing was written."""


@dataclass
class TableRow:
    """One data row of the table, matched and checked."""

    line: int  # the row number a spreadsheet shows (the header is row 1)
    touchpoint: str
    metric: str
    date: str | None = None
    value: float | None = None
    unit: str = ""
    target: float | None = None
    card_id: str | None = None
    card_title: str = ""
    map_name: str = ""
    problem: str | None = None

    def measurement(self) -> dict[str, Any]:
        """The row as storage writes it (only for a row without a problem)."""
        return {
            "card_id": self.card_id,
            "metric": self.metric,
            "date": self.date,
            "value": self.value,
            "unit": self.unit,
            "target": self.target,
        }


@dataclass
class MeasurementTable:
    """Every row of an imported table, with what matched and what did not."""

    source: str
    rows: list[TableRow] = field(default_factory=list)

    @property
    def good(self) -> list[TableRow]:
        return [row for row in self.rows if row.problem is None]

    @property
    def bad(self) -> list[TableRow]:
        return [row for row in self.rows if row.problem is not None]

    def refusal(self, skip_hint: str = "skip them to import the others") -> str:
        """One line: how many rows are refused and why, row by row (the first few)."""
        bad = self.bad
        listed = "; ".join(f"row {row.line}: {row.problem}" for row in bad[:MAX_PROBLEMS_SHOWN])
        more = (
            f"; and {len(bad) - MAX_PROBLEMS_SHOWN} more" if len(bad) > MAX_PROBLEMS_SHOWN else ""
        )
        return (
            f"{self.source}: {len(bad)} of {len(self.rows)} rows refused, nothing imported "
            f"({skip_hint}): {listed}{more}"
        )


# -- reading the table ----------------------------------------------------------------------


def read_cells(path: Path) -> list[list[Any]]:
    """The table's rows as cells: text from a CSV, typed values from an .xlsx."""
    shown_path = shown(path)
    try:
        if path.suffix.lower() == ".xlsx":
            return _xlsx_cells(path)
        data = paths.read_limited(path)
    except JourneyError as error:
        raise MeasurementImportError(str(error)) from None
    except FileNotFoundError:
        raise MeasurementImportError(f"{shown_path}: no such file") from None
    except OSError as error:
        raise MeasurementImportError(f"{shown_path}: cannot be read ({error.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what German Excel writes
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_cells(path: Path) -> list[list[Any]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as error:
        detail = getattr(error, "strerror", None) or "not an Excel .xlsx workbook"
        raise MeasurementImportError(f"{shown(path)}: cannot be read ({detail})") from None
    try:
        sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book]
    finally:
        book.close()
    # The first sheet with the measurement columns (a workbook Journeyboard wrote has its
    # touchpoints first), else the first sheet, whose header is then refused by name.
    for cells in sheets:
        header = next((row for row in cells if any(_text(c) for c in row)), [])
        keys = {_header_key(c) for c in header}
        if all(keys & set(HEADERS[name]) for name in REQUIRED):
            return cells
    return sheets[0] if sheets else []


def _header_key(cell: Any) -> str:
    return " ".join(str(cell or "").replace("_", " ").split()).lower()


def columns(header: list[Any], source: str) -> dict[str, int]:
    """Which column holds what, from the header row; refuses a missing required column."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        for name, names in HEADERS.items():
            if key in names and name not in found:
                found[name] = index
    missing = [name for name in REQUIRED if name not in found]
    if missing:
        raise MeasurementImportError(
            f"{source}: row 1 needs the columns touchpoint, metric, date and value "
            f"(English or German headers); missing: {', '.join(missing)}"
        )
    return found


# -- values -----------------------------------------------------------------------------------

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(cell: Any) -> str:
    """An ISO date from a cell: an Excel date, 2026-03-31 or 31.03.2026; else ValueError."""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = str(cell if cell is not None else "").strip()
    german = _GERMAN_DATE.match(text)
    if german:
        day, month, year = (int(part) for part in german.groups())
        return dt.date(year, month, day).isoformat()
    if len(text) > 10 and text[10] in "T ":  # a date with a time of day
        text = text[:10]
    return dt.date.fromisoformat(text).isoformat()


def parse_number(cell: Any) -> tuple[float, bool]:
    """(number, had a % sign) from a cell: 1.5, 1,5, 1.234,5, 1,234.5, 52%; else ValueError."""
    if isinstance(cell, bool):
        raise ValueError
    if isinstance(cell, int | float):
        number, percent = float(cell), False
    else:
        text = str(cell if cell is not None else "").strip().replace("\u00a0", "").replace(" ", "")
        percent = text.endswith("%")
        text = text.rstrip("%")
        if "," in text and "." in text:  # the later one is the decimal mark
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        number = float(text)
    if not math.isfinite(number):
        raise ValueError
    return number, percent


def _cell(row: list[Any], index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else None


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# -- matching ---------------------------------------------------------------------------------


def _touchpoints(
    workshop: Workshop, map_name: str | None, map_id: str | None
) -> list[tuple[Any, str]]:
    from export import find_map

    maps = [find_map(workshop, map_name)] if map_name is not None else workshop.maps()
    if map_id is not None:
        maps = [m for m in maps if m.id == map_id]
    return [
        (card, journey_map.name)
        for journey_map in maps
        for card in workshop.cards(journey_map.id)
        if card.kind == "touchpoint"
    ]


def read_table(
    path: Path | str,
    workshop: Workshop,
    map_name: str | None = None,
    map_id: str | None = None,
    lang: str = "en",
) -> MeasurementTable:
    """Read ``path`` and match every row to a touchpoint of ``workshop`` (or of one map,
    named or given by id)."""
    path = Path(path)
    source = shown(path)
    cells = read_cells(path)
    while cells and not any(_text(cell) for cell in cells[0]):
        cells.pop(0)
    if not cells:
        raise MeasurementImportError(f"{source}: the table is empty")
    where = columns(cells[0], source)
    with workshop.reading():
        touchpoints = _touchpoints(workshop, map_name, map_id)
    by_id = {card.id: (card, name) for card, name in touchpoints}
    by_title: dict[str, list[tuple[Any, str]]] = {}
    for card, name in touchpoints:
        by_title.setdefault(card.title.strip(), []).append((card, name))
    table = MeasurementTable(source)
    for offset, raw in enumerate(cells[1:], start=2):
        if not any(_text(cell) for cell in raw):
            continue  # an empty line between blocks
        table.rows.append(_row(raw, offset, where, by_id, by_title, lang))
    if not table.rows:
        raise MeasurementImportError(f"{source}: the table has a header but no rows")
    return table


def _row(
    raw: list[Any],
    line: int,
    where: dict[str, int],
    by_id: dict[str, tuple[Any, str]],
    by_title: dict[str, list[tuple[Any, str]]],
    lang: str = "en",
) -> TableRow:
    def problem(key: str, **values: Any) -> str:
        return translate("measurements", PROBLEMS[key], lang).format(**values)

    row = TableRow(
        line=line,
        touchpoint=_text(_cell(raw, where["touchpoint"])),
        metric=_text(_cell(raw, where["metric"])),
        unit=_text(_cell(raw, where.get("unit"))),
    )
    problems: list[str] = []
    match = by_id.get(row.touchpoint)
    candidates = [match] if match else by_title.get(row.touchpoint, [])
    if not row.touchpoint:
        problems.append(problem("no_touchpoint"))
    elif not candidates:
        problems.append(problem("unknown", name=repr(row.touchpoint)))
    elif len(candidates) > 1:
        maps = ", ".join(sorted({name for _card, name in candidates}))
        problems.append(
            problem("ambiguous", count=len(candidates), name=repr(row.touchpoint), maps=maps)
        )
    else:
        card, row.map_name = candidates[0]
        row.card_id, row.card_title = card.id, card.title
    if not row.metric:
        problems.append(problem("no_metric"))
    date_cell = _cell(raw, where["date"])
    try:
        row.date = parse_date(date_cell)
    except (ValueError, TypeError):
        problems.append(problem("date", text=repr(_text(date_cell))))
    value_cell = _cell(raw, where["value"])
    try:
        row.value, percent = parse_number(value_cell)
        if percent and not row.unit:
            row.unit = "%"
    except (ValueError, TypeError):
        problems.append(problem("value", text=repr(_text(value_cell))))
    target_cell = _cell(raw, where.get("target"))
    if _text(target_cell):
        try:
            row.target = parse_number(target_cell)[0]
        except (ValueError, TypeError):
            problems.append(problem("target", text=repr(_text(target_cell))))
    row.problem = "; ".join(problems) or None
    return row
