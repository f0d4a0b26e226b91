"""GUI: the palette of new cards: one touchpoint per channel, and the five note types.

Drag an entry onto a cell of the board (the drag carries PALETTE_MIME with JSON), or
activate it (double-click, Enter) to add it to the current cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.rows import NOTE_TYPES, Channel
from render.paint import icon_pixmap, note_label
from widgets.board.clipboard import PALETTE_MIME, palette_mime

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class PaletteList(QListWidget):
    """The entries; dragging one carries its JSON payload under PALETTE_MIME."""

    entryActivated = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(1)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)

    def set_channels(self, channels: Sequence[Channel]) -> None:
        """One touchpoint entry per channel, then the note types."""
        self.clear()
        self._section(self.tr("Touchpoints"))
        for channel in channels:
            self._entry(
                channel.name, channel.icon, {"kind": "touchpoint", "channel_id": channel.id}
            )
        self._section(self.tr("Notes"))
        for note_type in NOTE_TYPES:
            label = note_label(note_type)
            self._entry(label, f"note-{note_type}", {"kind": "note", "note_type": note_type})

    def entries(self) -> list[dict[str, Any]]:
        return [
            self.item(i).data(ENTRY_ROLE)
            for i in range(self.count())
            if self.item(i).data(ENTRY_ROLE)
        ]

    def _section(self, title: str) -> None:
        item = QListWidgetItem(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor("#546E7A"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def _entry(self, label: str, icon: str, entry: dict[str, Any]) -> None:
        item = QListWidgetItem(QIcon(icon_pixmap(icon, 44)), label)
        item.setData(ENTRY_ROLE, entry)
        item.setToolTip(
            self.tr("Drag onto a cell of the board, or double-click to add it to the selected cell")
        )
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        self.addItem(item)

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        entry = items[0].data(ENTRY_ROLE) if items else None
        return palette_mime(entry or {})

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if entry:
            self.entryActivated.emit(dict(entry))


class PaletteWidget(QWidget):
    """The palette dock's content: a hint and the entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = PaletteList(self)
        hint = QLabel(self.tr("Drag onto a cell, or double-click to add to the selected cell."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607D8B;")
        self.new_channel_button = QPushButton(self.tr("New &channel\u2026"))
        self.new_channel_button.setToolTip(self.tr("Add a channel of your own to the palette"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.new_channel_button)
        self.entryActivated = self.list.entryActivated
        self.newChannelRequested = self.new_channel_button.clicked

    def set_channels(self, channels: Sequence[Channel]) -> None:
        self.list.set_channels(channels)
