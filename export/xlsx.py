"""Export: the workshop's tables as one Excel workbook (.xlsx), one sheet per table.

The sheets hold what the CSV exports hold, in the workshop's language (or ``lang``):
"Touchpoints" (``export.csv_table``: one row per touchpoint), "Measurements" (one row
per measured value) and, when a map is based on another, "As-is vs. to-be"
(``export.csv_compare``). Cells are typed: means, votes and values are numbers, dates
are dates, text is text (a text starting with "=" stays text, never a formula).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.words import QT_TRANSLATE_NOOP, translate
from export import ExportError
from export.csv_compare import COLUMNS as COMPARE_COLUMNS
from export.csv_compare import LABELS as COMPARE_LABELS
from export.csv_compare import comparison_pair, comparison_rows
from export.csv_table import COLUMNS, FORMULA_STARTS, Number, csv_format, rows
from storage import paths
from storage.workshop import Workshop

SHEETS = {
    "touchpoints": QT_TRANSLATE_NOOP("csv", "Touchpoints"),
    "measurements": QT_TRANSLATE_NOOP("csv", "Measurements"),
    "comparison": QT_TRANSLATE_NOOP("csv", "As-is vs. to-be"),
}
MEASUREMENT_COLUMNS = {
    "map": QT_TRANSLATE_NOOP("csv", "map"),
    "touchpoint_id": QT_TRANSLATE_NOOP("csv", "touchpoint id"),
    "touchpoint": QT_TRANSLATE_NOOP("csv", "touchpoint"),
    "metric": QT_TRANSLATE_NOOP("csv", "metric"),
    "date": QT_TRANSLATE_NOOP("csv", "date"),
    "value": QT_TRANSLATE_NOOP("csv", "value"),
    "unit": QT_TRANSLATE_NOOP("csv", "unit"),
    "target": QT_TRANSLATE_NOOP("csv", "target"),
}


def _typed(cell: Any) -> Any:
    """A CSV cell as the Excel value: numbers as numbers, "" as empty, text as text."""
    if isinstance(cell, Number):
        if not cell.text:
            return None
        number = float(cell)
        return int(number) if number.is_integer() and "." not in cell.text else number
    if cell == "":
        return None
    text = str(cell)
    # The CSV defuses a formula with a leading "'"; an Excel text cell needs no defusing.
    if text.startswith("'") and text[1:].lstrip(" \t\r\n\v\f\u00a0")[:1] in FORMULA_STARTS:
        return text[1:]
    return text


def _sheet(book: Any, title: str, header: list[str], body: list[list[Any]]) -> None:
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title[:31])  # Excel's limit for a sheet name
    sheet.append(header)
    for row in body:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=1):
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(name) + 4))


def _measurement_rows(workshop: Workshop) -> list[list[Any]]:
    out: list[list[Any]] = []
    for journey_map in workshop.maps():
        cards = workshop.cards(journey_map.id)
        measured = workshop.measurements(journey_map.id)
        for card in cards:
            for row in measured.get(card.id, []):
                out.append(
                    [
                        journey_map.name,
                        card.id,
                        card.title,
                        row.metric,
                        dt.date.fromisoformat(row.date),
                        row.value,
                        row.unit or None,
                        row.target,
                    ]
                )
    return out


def write_xlsx(workshop: Workshop, out: Path | str, lang: str | None = None) -> None:
    """Write the workbook to ``out`` atomically (complete or absent)."""
    import openpyxl

    fmt = csv_format(workshop, ",", lang)  # a decimal point: the numbers are read back
    book = openpyxl.Workbook()
    for sheet in list(book.worksheets):  # the empty default sheet
        book.remove(sheet)
    with workshop.reading():
        _sheet(
            book,
            translate("csv", SHEETS["touchpoints"], fmt.lang),
            [fmt.label(key) for key in COLUMNS],
            [[_typed(cell) for cell in row] for row in rows(workshop, fmt)],
        )
        _sheet(
            book,
            translate("csv", SHEETS["measurements"], fmt.lang),
            [translate("csv", text, fmt.lang) for text in MEASUREMENT_COLUMNS.values()],
            _measurement_rows(workshop),
        )
        try:
            as_is, to_be = comparison_pair(workshop)
        except ExportError:  # no map is based on another: no comparison sheet
            pass
        else:
            _sheet(
                book,
                translate("csv", SHEETS["comparison"], fmt.lang),
                [fmt.label(key, COMPARE_LABELS) for key in COMPARE_COLUMNS],
                [[_typed(c) for c in row] for row in comparison_rows(workshop, fmt, as_is, to_be)],
            )
    with paths.atomic_output(Path(out)) as temp:
        book.save(temp)
