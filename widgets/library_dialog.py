"""GUI: File > Open from Server: a team library's workshops, and a window kept in step.

The dialog lists a library's workshops (name, title, language, last change and by whom);
the servers used before are offered again (their URLs only: passwords stay with libpq's
``~/.pgpass`` or ``PGPASSWORD``). Opening one pulls it into a working copy in the
application's data folder (the same copy next time) and links the window to the library
(``app.live.LiveLink``); the status bar tells whether the copy is in step or offline.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commands import kind_label
from app.live import LiveLink, Overruled
from storage.errors import JourneyError
from storage.library import Library
from storage.library_names import hide_password
from widgets.board import dialogs

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

RECENT_KEY = "library/servers"
MAX_RECENT = 8


def recent_servers(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_server(settings: QSettings, url: str) -> None:
    """Put ``url`` (without any password) first in the recent servers."""
    plain = hide_password(url)
    servers = [plain] + [s for s in recent_servers(settings) if s != plain]
    settings.setValue(RECENT_KEY, servers[:MAX_RECENT])


class LibraryDialog(QDialog):
    """Choose a workshop of a team library; ``target()`` is its URL#NAME."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Open from Server"))
        self.url = QComboBox(self)
        self.url.setEditable(True)
        self.url.addItems(recent_servers(settings))
        self.url.setMinimumWidth(420)
        self.url.setToolTip(
            self.tr(
                "postgresql://user@host/database: the password comes from ~/.pgpass "
                "or PGPASSWORD and is never stored by Journeyboard"
            )
        )
        self.show_button = QPushButton(self.tr("Show Workshops"), self)
        self.show_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Language"),
                self.tr("Last change"),
                self.tr("By"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Server:"), self))
        row.addWidget(self.url, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 400)

    def refresh(self) -> None:
        """List the workshops of the library at the URL given (or say why not)."""
        url = self.url.currentText().strip()
        self.table.setRowCount(0)
        self.message.clear()
        try:
            with Library(url) as library:
                entries = library.entries()
        except JourneyError as error:
            self.message.setText(str(error))
            return
        remember_server(self.settings, url)
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            values = (entry.name, entry.title, entry.language, when, entry.changed_by)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if not entries:
            self.message.setText(self.tr("This library holds no workshop yet."))
        self.table.resizeColumnsToContents()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def target(self) -> str:
        """URL#NAME of the chosen workshop."""
        item = self.table.item(self.table.currentRow(), 0)
        name = item.text() if item is not None else ""
        return f"{self.url.currentText().strip()}#{name}"


def working_copy(target: str) -> Path:
    """Where the working copy of a library workshop lives (one per URL#NAME)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    digest = hashlib.sha256(hide_password(target).encode("utf-8")).hexdigest()[:20]
    return Path(folder) / "library" / f"{digest}.journey"


class LibraryStatus(QLabel):
    """The status bar's word on the library: in step, or offline and retrying; and the
    message that an edit was refused because someone else changed it first."""

    def __init__(self, window: MainWindow, link: LiveLink) -> None:
        super().__init__(window)
        self.setObjectName("library-status")
        self.main_window = window
        link.synced.connect(self._synced)
        link.connection_changed.connect(self._connection)
        link.conflicted.connect(self._conflicted)
        link.document.closed.connect(self.deleteLater)
        window.statusBar().addPermanentWidget(self)

    def _synced(self, revision: int) -> None:
        self.setStyleSheet("")
        self.setToolTip("")
        self.setText(self.tr("Server: in step (revision %d)") % revision)

    def _connection(self, online: bool, reason: str) -> None:
        if online:
            return
        self.setStyleSheet("background: #FFE08A; color: black; padding: 2px 6px;")
        self.setText(
            self.tr("Offline: edits are kept in this copy and sent when the server is back")
        )
        self.setToolTip(reason)

    def _conflicted(self, overruled: list[Overruled]) -> None:
        first = overruled[0]
        text = self.tr("%1 changed this %2 a moment ago; their change stays: %3")
        for marker, value in (
            ("%1", first.who),
            ("%2", kind_label(first.kind)),
            ("%3", first.name),
        ):
            text = text.replace(marker, value)
        self.main_window.statusBar().showMessage(text, 15000)


def open_from_library(window: MainWindow, target: str) -> LiveLink | None:
    """Open the library workshop ``target`` in ``window``, kept in step; None if refused."""
    from storage.sync import pull

    copy = working_copy(target)
    title = QCoreApplication.translate("LibraryDialog", "Cannot open the workshop")
    try:
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            pull(target, copy)
    except (JourneyError, OSError) as error:
        dialogs.warn(window, title, str(error))
        return None
    if not window.open_file(copy, source=hide_password(target)):
        return None
    document = window.document
    assert document is not None
    try:
        link = LiveLink(document, target, document)
    except JourneyError as error:
        window.close_file()
        dialogs.warn(window, title, str(error))
        return None
    LibraryStatus(window, link)
    link.sync()  # what changed since the copy was last in step
    return link


def open_dialog(window: MainWindow) -> LiveLink | None:
    """File > Open from Server: ask for a workshop, then open it."""
    dialog = LibraryDialog(window, window.settings.qsettings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return open_from_library(window, dialog.target())
