"""GUI: the question a new to-be map asks: its name, and whether to copy the ratings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class ToBeDialog(QDialog):
    """Name of the to-be map and "copy the ratings" (off: the to-be is rated afresh)."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New to-be map"))
        intro = QLabel(
            self.tr(
                "The to-be map starts as a copy of this map: the same phases, lanes and cards, "
                "linked to their originals for the as-is / to-be comparison."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(suggested, self)
        self.name_edit.selectAll()
        self.copy_ratings = QCheckBox(self.tr("&Copy the ratings of this map"), self)
        self.copy_ratings.setToolTip(
            self.tr("Off: the to-be map is rated afresh, so the comparison shows what changed.")
        )
        self.copy_ratings.setChecked(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.copy_ratings)
        form.addRow(self.buttons)

    def answer(self) -> tuple[str, bool]:
        """(name, copy the ratings)."""
        return self.name_edit.text().strip(), self.copy_ratings.isChecked()
