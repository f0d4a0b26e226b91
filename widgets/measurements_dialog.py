"""GUI: import measurements from CSV or Excel with a preview of what matches and what not.

File > Import Measurements... asks for the table, matches each row to a touchpoint of the
map on the board (by id or exact title) and shows every row: the touchpoint it found, or
why it cannot be imported. Import writes the matching rows as one undo step; while a
row has a problem, Import waits until "Skip the rows that cannot be imported" is ticked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import JourneyError
from app.measurements import import_measurements
from export.measurements_import import MeasurementTable, read_table
from widgets import dialogs, i18n

if TYPE_CHECKING:
    from widgets.window.main_window import MainWindow

PROBLEM = QColor("#B00020")


class MeasurementsImportDialog(QDialog):
    """The preview of one table: every row, matched or not, and the Import button."""

    def __init__(self, window: MainWindow, table: MeasurementTable, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_, self.table = window, table
        self.setObjectName("measurements-import")
        self.setWindowTitle(self.tr("Import Measurements"))
        good, bad = len(table.good), len(table.bad)
        self.summary = QLabel(
            self.tr("%1: %2 rows match a touchpoint, %3 cannot be imported.")
            .replace("%1", Path(table.source).name)
            .replace("%2", str(good))
            .replace("%3", str(bad))
        )
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(len(table.rows), 7)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Touchpoint"),
                self.tr("Metric"),
                self.tr("Date"),
                self.tr("Value"),
                self.tr("Target"),
                self.tr("Match"),
            ]
        )
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, row in enumerate(table.rows):
            value = "" if row.value is None else f"{row.value:g} {row.unit}".strip()
            target = "" if row.target is None else f"{row.target:g}"
            match = (
                self.tr("\u2713 %1").replace("%1", row.card_title)
                if row.problem is None
                else f"\u2717 {row.problem}"
            )
            cells = [
                str(row.line),
                row.touchpoint,
                row.metric,
                row.date or "",
                value,
                target,
                match,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.problem is not None:
                    item.setForeground(QBrush(PROBLEM))
                self.rows.setItem(index, column, item)
        self.rows.resizeColumnsToContents()
        self.skip = QCheckBox(self.tr("Skip the rows that cannot be imported"))
        self.skip.setVisible(bad > 0)
        self.skip.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self._update()

    def _update(self) -> None:
        self.import_button.setEnabled(
            bool(self.table.good) and (not self.table.bad or self.skip.isChecked())
        )

    def run_import(self) -> bool:
        """Write the matching rows as one undo step and close; False when refused."""
        document = self.window_.document
        if document is None or not self.import_button.isEnabled():
            return False
        rows = [row.measurement() for row in self.table.good]
        try:
            import_measurements(document, rows)
        except JourneyError as error:
            dialogs.warn(self, self.tr("Cannot import the measurements"), str(error))
            return False
        self.window_.statusBar().showMessage(
            self.tr("%1 measurements imported; Undo takes them back").replace("%1", str(len(rows)))
        )
        self.accept()
        return True


def choose_and_preview(window: MainWindow) -> MeasurementsImportDialog | None:
    """Ask for a CSV or Excel table and show its preview (not modal: tests drive it)."""
    document = window.document
    if document is None or document.readonly or window.current_map_id is None:
        return None
    title = QCoreApplication.translate("MeasurementsImportDialog", "Import Measurements")
    name, _filter = QFileDialog.getOpenFileName(
        window,
        title,
        str(Path(document.path).parent),
        QCoreApplication.translate(
            "MeasurementsImportDialog", "Tables (*.csv *.xlsx *.txt);;All files (*)"
        ),
    )
    if not name:
        return None
    try:
        table = read_table(
            Path(name),
            document.workshop,
            map_id=window.current_map_id,
            lang=i18n.current_language(),
        )
    except JourneyError as error:
        dialogs.warn(window, title, str(error))
        return None
    dialog = MeasurementsImportDialog(window, table)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
