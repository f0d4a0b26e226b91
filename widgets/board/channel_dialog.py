"""GUI: a channel of the team's own (name and icon), added from the palette with undo."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.commands import AddCommand, execute
from app.document import JourneyDocument
from app.errors import JourneyError
from render.paint import ICONS, icon_pixmap
from widgets.messages import error_text

MAX_NAME = 60


def channel_icons() -> list[str]:
    """The icon names a channel can take: every channel picture we ship, "custom" first."""
    names = sorted(
        path.stem
        for path in ICONS.glob("*.svg")
        if not path.stem.startswith("note-") and path.stem != "journeyboard"
    )
    return sorted(names, key=lambda name: name != "custom")


class ChannelDialog(QDialog):
    """Asks for a new channel's name and icon; ``accept`` adds it as one undo step."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.channel_id: str | None = None
        self.setWindowTitle(self.tr("New channel"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. Trade fair, WhatsApp, Catalogue"))
        self.icon_combo = QComboBox(self)
        for name in channel_icons():
            self.icon_combo.addItem(QIcon(icon_pixmap(name, 32)), name, name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Icon:"), self.icon_combo)
        form.addRow(self.buttons)

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        taken = {channel.name.casefold() for channel in self.document.channels()}
        if name.casefold() in taken:
            self.name_edit.setToolTip(self.tr("A channel of this name exists already."))
            self.name_edit.setStyleSheet("QLineEdit { border: 2px solid #B00020; }")
            return
        command = AddCommand(
            self.document,
            "channel",
            {"name": name, "icon": self.icon_combo.currentData()},
            text=self.tr("Add channel"),
        )
        try:
            execute(self.document, command)
        except JourneyError as error:
            self.name_edit.setToolTip(error_text(error))
            return
        self.channel_id = command.row_id
        super().accept()
