"""App: importing measurements into the open workshop as one undo step (no QtWidgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import Command, execute
from app.document import JourneyDocument
from app.words import QT_TRANSLATE_NOOP

UNDO_TEXT = QT_TRANSLATE_NOOP("measurements", "Import measurements")


class ImportMeasurementsCommand(Command):
    """Add measured values (replacing those of the same touchpoint, metric and date);
    undo removes them and puts back what they replaced."""

    def __init__(self, document: JourneyDocument, rows: list[dict[str, Any]]) -> None:
        text = QCoreApplication.translate("measurements", UNDO_TEXT)
        super().__init__(document, text)
        self.rows = rows
        self.ids: list[str] = []
        self.replaced: list[dict[str, Any]] = []

    def apply(self) -> None:
        # A redo writes the same ids again, so a later undo finds them.
        if self.ids:
            rows = [row | {"id": i} for row, i in zip(self.rows, self.ids, strict=True)]
        else:
            rows = self.rows
        self.ids, self.replaced = self.document.import_measurements(rows)

    def revert(self) -> None:
        self.document.remove_measurements(self.ids)
        if self.replaced:
            self.document.add_measurements(self.replaced)


def import_measurements(document: JourneyDocument, rows: list[dict[str, Any]]) -> Command:
    """Import checked rows (``card_id``, ``metric``, ``date``, ``value``, ``unit``,
    ``target``) as one undo step; raises InvalidEdit when refused."""
    return execute(document, ImportMeasurementsCommand(document, rows))


def series(rows: list[Any]) -> list[tuple[str, list[Any]]]:
    """The measurements of one touchpoint as (metric, its rows in date order), by metric."""
    found: dict[str, list[Any]] = {}
    for row in sorted(rows, key=lambda r: (r.metric, r.date)):
        found.setdefault(row.metric, []).append(row)
    return list(found.items())


def trend(rows: list[Any]) -> tuple[float, ...]:
    """The values of the touchpoint's first metric in date order (its trend line)."""
    found = series(rows)
    return tuple(row.value for row in found[0][1]) if found else ()
