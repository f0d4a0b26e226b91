"""GUI: the persona editor dialog (profile texts, colour, optional picture).

Pictures are checked before they are decoded (file size, pixel size from the header),
decoded under an allocation limit, scaled down to at most 512 px a side and stored as
PNG (JPEG for photos without transparency), so a workshop file never holds a 40 MB
camera image and a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.colors import text_color_for
from app.commands import AddCommand, UpdateCommand, execute
from app.document import JourneyDocument
from app.errors import InvalidEdit
from render.images import encode_image
from widgets import dialogs
from widgets.insight_common import fill, swatch_icon
from widgets.messages import error_text

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SIDE = 10_000
MAX_PIXELS = 50_000_000  # 200 MB decoded at 4 bytes a pixel: below the allocation limit
ALLOCATION_LIMIT_MB = 256
PICTURE_SIDE = 512
PREVIEW_SIDE = 112
JPEG_QUALITY = 88

TEXT_FIELDS = ("name", "role", "description", "goals", "needs", "pains", "quote")
# Okabe-Ito colours: distinct for colour-blind viewers too; new personas take the first free.
PERSONA_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442")


class PictureError(Exception):
    """A picture file was refused; the message names the file and says why."""


def load_picture(path: str) -> bytes:
    """Read a PNG or JPEG file, scale it to at most 512 px a side; PNG or JPEG bytes.

    Raises PictureError with a message for the user when the file is missing, too large,
    not a PNG/JPEG image or damaged.
    """
    name = os.path.basename(path)

    try:
        size_bytes = os.path.getsize(path)
    except OSError:
        raise PictureError(
            fill(QCoreApplication.translate("PersonaDialog", "“%1” cannot be opened."), name)
        ) from None
    if size_bytes > MAX_FILE_BYTES:
        raise PictureError(
            fill(
                QCoreApplication.translate(
                    "PersonaDialog",
                    "“%1” is too large (%2 MB). Choose a picture file of at most %3 MB.",
                ),
                name,
                f"{size_bytes / 1024 / 1024:.1f}",
                MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    reader = QImageReader(path)
    reader.setDecideFormatFromContent(True)  # a .png name on a text file is still refused
    reader.setAutoTransform(True)  # photos taken upright stay upright (EXIF orientation)
    image_format = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not reader.canRead() or image_format not in ("png", "jpeg", "jpg"):
        raise PictureError(
            fill(
                QCoreApplication.translate("PersonaDialog", "“%1” is not a PNG or JPEG image."),
                name,
            )
        )
    size = reader.size()
    if not size.isValid():
        raise PictureError(
            fill(
                QCoreApplication.translate(
                    "PersonaDialog", "“%1” is damaged: its picture size cannot be read."
                ),
                name,
            )
        )
    if (
        size.width() > MAX_SIDE
        or size.height() > MAX_SIDE
        or size.width() * size.height() > MAX_PIXELS
    ):
        raise PictureError(
            fill(
                QCoreApplication.translate(
                    "PersonaDialog",
                    "“%1” is too large (%2 × %3 pixels). Choose a picture of at most %4 pixels a side.",
                ),
                name,
                size.width(),
                size.height(),
                MAX_SIDE,
            )
        )
    if max(size.width(), size.height()) > PICTURE_SIDE:
        # JPEG decodes straight at the smaller size; PNG is scaled smoothly after decoding.
        reader.setScaledSize(
            size.scaled(QSize(PICTURE_SIDE, PICTURE_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    previous_limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous_limit)
    if image.isNull():
        raise PictureError(
            fill(
                QCoreApplication.translate(
                    "PersonaDialog", "“%1” is damaged and cannot be read (%2)."
                ),
                name,
                reader.errorString(),
            )
        )
    photo = image_format in ("jpeg", "jpg") and not image.hasAlphaChannel()
    return encode_picture(image, "JPEG" if photo else "PNG")


def encode_picture(image: QImage, fmt: str = "PNG") -> bytes:
    """``image`` as PNG or JPEG bytes."""
    return encode_image(image, fmt, JPEG_QUALITY if fmt == "JPEG" else -1) or b""


def free_color(used: set[str]) -> str:
    """The first persona colour not used yet (cycling when all are taken)."""
    for color in PERSONA_COLORS:
        if color.upper() not in {c.upper() for c in used}:
            return color
    return PERSONA_COLORS[len(used) % len(PERSONA_COLORS)]


class PersonaDialog(QDialog):
    """Edit a persona (``persona_id``) or create one (``persona_id=None``).

    OK applies one undoable command: an UpdateCommand of the changed fields, or an
    AddCommand for a new persona (its id is then in ``persona_id``).
    """

    def __init__(
        self,
        document: JourneyDocument,
        persona_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.persona_id = persona_id
        persona = document.get("persona", persona_id) if persona_id else None
        if persona is not None:
            self._original: dict[str, Any] = {
                name: getattr(persona, name) for name in (*TEXT_FIELDS, "color", "picture")
            }
        else:
            self._original = {name: "" for name in TEXT_FIELDS}
            self._original["color"] = free_color({p.color for p in document.personas()})
            self._original["picture"] = None
        self._color = str(self._original["color"])
        self._picture: bytes | None = self._original["picture"]
        self.setWindowTitle(
            self.tr("Edit persona") if persona is not None else self.tr("New persona")
        )
        self._build()
        self._load_texts()
        self.name_edit.textChanged.connect(lambda _text: self._show_picture())
        self._show_color()
        self._show_picture()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Lena"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. Working parent, orders breakfast"))
        self.description_edit = self._text_box(self.tr("Age, situation, habits"))
        self.goals_edit = self._text_box(self.tr("What does this customer want to achieve?"))
        self.needs_edit = self._text_box(self.tr("What do they need from us?"))
        self.pains_edit = self._text_box(self.tr("What frustrates them?"))
        self.quote_edit = QLineEdit()
        self.quote_edit.setPlaceholderText(self.tr("A typical sentence, in their words"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Goals:"), self.goals_edit)
        form.addRow(self.tr("N&eeds:"), self.needs_edit)
        form.addRow(self.tr("&Pains:"), self.pains_edit)
        form.addRow(self.tr("&Quote:"), self.quote_edit)

        self.picture_label = QLabel()
        self.picture_label.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_label.setStyleSheet("QLabel { border: 1px solid #999; }")
        self.choose_button = QPushButton(self.tr("C&hoose picture…"))
        self.choose_button.clicked.connect(self.choose_picture)
        self.remove_button = QPushButton(self.tr("Remo&ve picture"))
        self.remove_button.clicked.connect(self.remove_picture)
        self.color_button = QPushButton()
        self.color_button.setToolTip(self.tr("The persona's colour on the board and in the PDF"))
        self.color_button.clicked.connect(self.choose_color)

        side = QVBoxLayout()
        side.addWidget(self.picture_label, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addSpacing(12)
        side.addWidget(QLabel(self.tr("Colour:")))
        side.addWidget(self.color_button)
        side.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(side)
        columns.addSpacing(8)
        columns.addLayout(form, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.resize(620, 520)

    @staticmethod
    def _text_box(placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        return box

    def _text_widgets(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "name": self.name_edit,
            "role": self.role_edit,
            "description": self.description_edit,
            "goals": self.goals_edit,
            "needs": self.needs_edit,
            "pains": self.pains_edit,
            "quote": self.quote_edit,
        }

    def _load_texts(self) -> None:
        for name, widget in self._text_widgets().items():
            value = str(self._original[name] or "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)

    def _show_color(self) -> None:
        self.color_button.setIcon(swatch_icon(self._color, 18))
        self.color_button.setText(self._color.upper())

    def _show_picture(self) -> None:
        image = QImage.fromData(self._picture) if self._picture else QImage()
        if image.isNull():
            self.picture_label.setPixmap(self._placeholder())
            self.picture_label.setToolTip(self.tr("No picture: the persona's colour is shown"))
        else:
            self.picture_label.setPixmap(
                QPixmap.fromImage(image).scaled(
                    PREVIEW_SIDE - 2,
                    PREVIEW_SIDE - 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.picture_label.setToolTip(
                fill(self.tr("%1 × %2 pixels"), image.width(), image.height())
            )
        self.remove_button.setEnabled(self._picture is not None)

    def _placeholder(self) -> QPixmap:
        """The persona's colour with its initial, shown while it has no picture."""
        side = PREVIEW_SIDE - 2
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor(self._color))
        initial = (self.name_edit.text().strip()[:1] or "?").upper()
        painter = QPainter(pixmap)
        font = painter.font()
        font.setPixelSize(side // 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(text_color_for(self._color)))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initial)
        painter.end()
        return pixmap

    # -- gestures -----------------------------------------------------------------------

    def choose_color(self) -> None:
        """Ask for the persona's colour."""
        color = QColorDialog.getColor(QColor(self._color), self, self.tr("Persona colour"))
        if color.isValid():
            self._color = color.name().upper()
            self._show_color()
            self._show_picture()

    def choose_picture(self) -> None:
        """Ask for a PNG or JPEG file; a refused file leaves the picture as it was."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.set_picture_file(path)

    def set_picture_file(self, path: str) -> bool:
        """Load ``path`` as the picture; a clear message and False when it is refused."""
        try:
            self._picture = load_picture(path)
        except PictureError as error:
            dialogs.warn(self, self.tr("Picture not used"), error_text(error))
            return False
        self._show_picture()
        return True

    def remove_picture(self) -> None:
        self._picture = None
        self._show_picture()

    # -- result -------------------------------------------------------------------------

    def current(self) -> dict[str, Any]:
        """Every field as the dialog shows it now."""
        values: dict[str, Any] = {}
        for name, widget in self._text_widgets().items():
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            values[name] = text.strip() if name == "name" else text
        values["color"] = self._color
        values["picture"] = self._picture
        return values

    def values(self) -> dict[str, Any]:
        """The fields that differ from the persona as it was (all set ones for a new one)."""
        current = self.current()
        if self.persona_id is None:
            return {
                k: v for k, v in current.items() if k in ("name", "color") or v not in ("", None)
            }
        return {k: v for k, v in current.items() if v != self._original[k]}

    def accept(self) -> None:
        """Apply the changes as one undo step; stay open with a message when refused."""
        if not self.current()["name"]:
            dialogs.warn(self, self.windowTitle(), self.tr("A persona needs a name."))
            self.name_edit.setFocus()
            return
        fields = self.values()
        try:
            if self.persona_id is None:
                command = AddCommand(self.document, "persona", fields, text=self.tr("Add persona"))
                execute(self.document, command)
                self.persona_id = command.row_id
            elif fields:
                execute(
                    self.document,
                    UpdateCommand(
                        self.document,
                        "persona",
                        self.persona_id,
                        fields,
                        text=self.tr("Edit persona"),
                    ),
                )
        except InvalidEdit as error:
            dialogs.warn(self, self.windowTitle(), error_text(error))
            return
        super().accept()
