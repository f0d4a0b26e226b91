"""GUI: snapshots of the open workshop: take one, and a dialog to open, restore or delete them.

File > Snapshot... freezes the whole workshop under a name inside its own file. The
Snapshots dialog lists them (name, when, counts) and opens one read-only in a window of
its own, restores one (one undo step) or deletes one. Comparing a snapshot with the
workshop now is on the command line (``export --compare``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document import JourneyDocument
from app.errors import JourneyError
from app.snapshots import SnapshotInfo, restore_snapshot, unique_name
from widgets import dialogs

if TYPE_CHECKING:
    from widgets.window.main_window import MainWindow


def take_snapshot(window: MainWindow) -> str | None:
    """Ask for a name and freeze the workshop under it; returns the snapshot's id."""
    document = window.document
    if document is None or document.readonly:
        return None
    suggested = unique_name(document, dt.datetime.now().strftime("%Y-%m-%d"))
    name = dialogs.ask_text(
        window,
        QCoreApplication.translate("SnapshotsDialog", "Snapshot"),
        QCoreApplication.translate(
            "SnapshotsDialog", "Name of the snapshot (the whole workshop is kept as it is now):"
        ),
        suggested,
    )
    if name is None:
        return None
    try:
        snapshot_id = document.take_snapshot(name)
    except JourneyError as error:
        dialogs.warn(
            window,
            QCoreApplication.translate("SnapshotsDialog", "Cannot take the snapshot"),
            str(error),
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("SnapshotsDialog", "Snapshot \u201c%1\u201d taken").replace(
            "%1", name
        )
    )
    return snapshot_id


def taken_text(info: SnapshotInfo) -> str:
    """When the snapshot was taken, in local time to the minute."""
    try:
        moment = dt.datetime.fromisoformat(info.taken).astimezone()
    except ValueError:
        return info.taken
    return moment.strftime("%Y-%m-%d %H:%M")


class SnapshotsDialog(QDialog):
    """The snapshots of the open workshop, with Open, Restore and Delete."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.viewers: list[MainWindow] = []  # snapshot windows opened from here
        self.setObjectName("snapshots-dialog")
        self.setWindowTitle(self.tr("Snapshots"))
        self.intro = QLabel(
            self.tr(
                "A snapshot keeps the whole workshop (all maps, ratings and notes) as it "
                "was. Open one to look at it, restore it (Undo takes it back) or delete it."
            )
        )
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Taken"),
                self.tr("Maps"),
                self.tr("Touchpoints"),
                self.tr("Notes"),
                self.tr("Ratings"),
            ]
        )
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        self.take_button = QPushButton(self.tr("Take Snapshot\u2026"))
        self.take_button.clicked.connect(self._take)
        self.open_button = QPushButton(self.tr("Open Read-only"))
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        for button in (self.take_button, self.open_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 380)  # fits a 1280 x 720 projector with room to spare
        document = window.document
        if document is not None:
            document.snapshotsChanged.connect(self.refresh)
        self.refresh()

    @property
    def document(self) -> JourneyDocument | None:
        return self.window_.document

    def refresh(self) -> None:
        """List the snapshots again, newest first, keeping the selection."""
        chosen = self.selected_id()
        self.tree.clear()
        document = self.document
        for info in reversed(document.snapshots() if document is not None else []):
            item = QTreeWidgetItem(
                [
                    info.name,
                    taken_text(info),
                    str(info.maps),
                    str(info.touchpoints),
                    str(info.notes),
                    str(info.ratings),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            for column in range(2, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
            if info.id == chosen:
                item.setSelected(True)
        for column in range(6):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selected_name(self) -> str:
        items = self.tree.selectedItems()
        return items[0].text(0) if items else ""

    def _update_buttons(self) -> None:
        document = self.document
        chosen = self.selected_id() is not None
        writable = document is not None and not document.readonly
        self.take_button.setEnabled(writable)
        self.open_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and writable)
        self.delete_button.setEnabled(chosen and writable)

    def _take(self) -> None:
        take_snapshot(self.window_)

    def open_selected(self) -> MainWindow | None:
        """Show the selected snapshot read-only in a window of its own."""
        from widgets.window.main_window import MainWindow

        snapshot_id, document = self.selected_id(), self.document
        if snapshot_id is None or document is None:
            return None
        try:
            view = JourneyDocument(document.workshop.snapshot_view(snapshot_id))
        except JourneyError as error:
            dialogs.warn(self, self.tr("Cannot open the snapshot"), str(error))
            return None
        view.snapshot_name = self._selected_name()
        viewer = MainWindow(self.window_.settings)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show_document(view)
        viewer.resize(self.window_.size())
        viewer.show()
        self.viewers.append(viewer)
        viewer.destroyed.connect(lambda _obj=None, v=viewer: self._forget(v))
        return viewer

    def document_switched(self, _document: object = None) -> None:
        """The window closed its workshop or opened another: this list is of the old one."""
        self.close()
        self.setParent(None)
        self.deleteLater()

    def _forget(self, viewer: MainWindow) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def restore_selected(self) -> bool:
        """Make the workshop what the selected snapshot froze, after asking (Undo reverts)."""
        snapshot_id, document = self.selected_id(), self.document
        if snapshot_id is None or document is None:
            return False
        question = self.tr(
            "Restore the whole workshop as it was in \u201c%1\u201d? Undo takes it back."
        ).replace("%1", self._selected_name())
        if not dialogs.confirm(self, self.tr("Restore snapshot"), question):
            return False
        try:
            restore_snapshot(document, snapshot_id)
        except JourneyError as error:
            dialogs.warn(self, self.tr("Cannot restore the snapshot"), str(error))
            return False
        self.window_.statusBar().showMessage(
            self.tr("Snapshot \u201c%1\u201d restored; Undo takes it back").replace(
                "%1", self._selected_name()
            )
        )
        return True

    def delete_selected(self) -> bool:
        """Delete the selected snapshot after asking (this cannot be undone)."""
        snapshot_id, document = self.selected_id(), self.document
        if snapshot_id is None or document is None:
            return False
        question = self.tr(
            "Delete the snapshot \u201c%1\u201d? This cannot be undone; the workshop stays as it is."
        ).replace("%1", self._selected_name())
        if not dialogs.confirm(self, self.tr("Delete snapshot"), question):
            return False
        try:
            document.delete_snapshot(snapshot_id)
        except JourneyError as error:
            dialogs.warn(self, self.tr("Cannot delete the snapshot"), str(error))
            return False
        return True


def show_snapshots(window: MainWindow) -> SnapshotsDialog | None:
    """Open the Snapshots dialog of the window's workshop (one at a time)."""
    if window.document is None:
        return None
    dialog = window.findChild(SnapshotsDialog, "snapshots-dialog")
    if dialog is None:
        dialog = SnapshotsDialog(window)
        window.documentChanged.connect(dialog.document_switched)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    return dialog
