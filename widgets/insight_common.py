"""GUI: small pieces shared by the insight panels (ratings, moments, filters, compare).

Number formatting in the user's locale, colour swatches and "unrated" text, so every
panel shows a mean, a delta and a colour the same way; and the set-up of their read-only
list tables.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from app.colors import SCALE

MINUS = "\u2212"  # a real minus sign: easier to read than a hyphen next to digits


def unrated_text() -> str:
    """The word shown instead of a number when a touchpoint has no rating."""
    return QCoreApplication.translate("Insight", "unrated")


def format_number(value: float | None, decimals: int = 2, signed: bool = False) -> str:
    """``value`` in the user's locale ("−1.67", "+0.33" when signed); "unrated" for None."""
    if value is None:
        return unrated_text()
    rounded = round(value, decimals)
    text = QLocale().toString(abs(rounded), "f", decimals)
    if rounded < 0:
        return MINUS + text
    if rounded > 0 and signed:
        return "+" + text
    return text


def experience_label(value: int) -> str:
    """The translated scale label of an experience value -2..+2."""
    labels = {
        -2: QCoreApplication.translate("Insight", "very negative"),
        -1: QCoreApplication.translate("Insight", "negative"),
        0: QCoreApplication.translate("Insight", "neutral"),
        1: QCoreApplication.translate("Insight", "positive"),
        2: QCoreApplication.translate("Insight", "very positive"),
    }
    return labels[value]


def importance_label(value: int) -> str:
    """The translated label of an importance value 1..5."""
    labels = {
        1: QCoreApplication.translate("Insight", "minor"),
        2: QCoreApplication.translate("Insight", "low"),
        3: QCoreApplication.translate("Insight", "medium"),
        4: QCoreApplication.translate("Insight", "high"),
        5: QCoreApplication.translate("Insight", "critical"),
    }
    return labels[value]


def scale_color(value: int) -> str:
    """The scale colour of an experience value -2..+2 (the legend's stops)."""
    return {round(v): color for v, color, _label in SCALE}[value]


def swatch_icon(color: str, size: int = 16, hatched: bool = False) -> QIcon:
    """A square of ``color`` with a thin dark border; ``hatched`` marks "unrated"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(rect, 2, 2)
    if hatched:
        painter.setBrush(Qt.BrushStyle.BDiagPattern)
        painter.drawRoundedRect(rect, 2, 2)
    painter.end()
    return QIcon(pixmap)


def picture_icon(data: bytes | None, color: str, size: int = 32) -> QIcon:
    """A persona's picture cropped to a square, or its colour swatch when it has none."""
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return swatch_icon(color, size)
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    pixmap = QPixmap.fromImage(
        square.scaled(
            size,
            size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(color), 3))  # the persona's colour still frames it
    painter.drawRect(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def fill(text: str, *args: object) -> str:
    """Replace %1, %2, ... in a translated ``text`` in one pass, like QString.arg.

    One pass, so a file name that contains "%2" is not replaced again.
    """
    return re.sub(
        r"%(\d)",
        lambda m: (
            str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args) else m.group(0)
        ),
        text,
    )


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with %1 for the number) for ``count``.

    English and German need exactly these two forms; using them spares a numerus .qm file.
    """
    return fill(one if count == 1 else many, QLocale().toString(count))


def setup_list_table(table: QTableWidget, stretch_column: int, row_height: int) -> None:
    """A read-only table of whole rows (moments, compare): no row numbers, rows
    ``row_height`` high, alternating colours, columns fitted to their contents but
    ``stretch_column``, which takes the rest of the width."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str, longest: int = 18, limit: int = 300) -> str:
    """``text`` that a word-wrapped label can always wrap: a zero-width space after every
    ``longest`` characters of a longer word (a URL, a pasted code), and at most ``limit``
    characters (then "…"), so a long title never widens a panel."""
    if len(text) > limit:
        text = text[:limit].rstrip() + "\u2026"
    words = []
    for word in text.split(" "):
        if len(word) > longest:
            word = ZERO_WIDTH_SPACE.join(
                word[i : i + longest] for i in range(0, len(word), longest)
            )
        words.append(word)
    return " ".join(words)
