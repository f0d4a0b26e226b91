"""GUI: what the main window shows while no workshop is open: how to open or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A hint and two buttons; the window answers the requests."""

    openRequested = Signal()
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("No workshop is open"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold; color: #37474F;")
        hint = QLabel(
            self.tr(
                "Open a workshop file (File \u203a Open\u2026, Ctrl+O) or create a new one from a "
                "template (File \u203a New\u2026, Ctrl+N).\nEvery change is saved in the file "
                "the moment you make it."
            )
        )
        hint.setStyleSheet("font-size: 11pt; color: #546E7A;")
        hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a workshop\u2026"))
        self.new_button = QPushButton(self.tr("New workshop from a template\u2026"))
        self.open_button.clicked.connect(self.openRequested)
        self.new_button.clicked.connect(self.newRequested)
        for widget in (title, hint, self.open_button, self.new_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            widget.setMaximumWidth(620)
        for button in (self.open_button, self.new_button):
            button.setMinimumSize(320, 34)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
