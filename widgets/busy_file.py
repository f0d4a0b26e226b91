"""Widgets: the window's word while an edit waits for a file another program holds.

The document says when an edit has waited a moment for the workshop file
(``busyStarted``) and when the wait is over (``busyEnded``). Meanwhile a modal progress
dialog with a Cancel button, a busy cursor and a status-bar message show it; Cancel
stops the wait, and the edit is not made (the board says so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

from app.document import JourneyDocument


def tr(text: str) -> str:
    # The empty context: lupdate gives a module-level tr() call no class context.
    return QCoreApplication.translate("", text)


class BusyFileIndicator(QObject):
    """Shows one document's waits for its file over ``window``."""

    def __init__(self, window: QMainWindow, document: JourneyDocument) -> None:
        super().__init__(document)
        self.window = window
        self.document = document
        self.dialog: QProgressDialog | None = None
        document.busyStarted.connect(self.show_wait)
        document.busyEnded.connect(self.hide_wait)

    def text(self) -> str:
        return tr("Waiting for the workshop file: another program is writing to it\u2026")

    def show_wait(self) -> None:
        dialog = QProgressDialog(self.text(), tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(tr("The file is busy"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)  # the document waited its moment already
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.document.cancel_wait)
        dialog.rejected.connect(self.document.cancel_wait)  # Escape, as Cancel
        dialog.show()
        self.dialog = dialog
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(self.text())

    def hide_wait(self) -> None:
        if self.dialog is None:
            return
        self.dialog.hide()
        self.dialog.deleteLater()
        self.dialog = None
        QApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()


def watch_busy_file(window: QMainWindow, document: JourneyDocument) -> None:
    """Show ``document``'s waits for its file in ``window`` (for as long as it is open)."""
    BusyFileIndicator(window, document)
