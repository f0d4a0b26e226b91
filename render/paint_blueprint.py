"""Export: the lines of a service blueprint, painted with QtGui (board and PNG).

A long-dashed line across the board between lane groups. Its name sits in a white box
on the line, at the left over the lane headers, so it stays in view when the board
scrolls sideways (the board keeps the lane headers at the visible left edge) and lies in
the gap between two lanes' cards rather than on a card.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from app.blueprint import blueprint_lines
from app.layout import MapLayout
from render.paint_base import font

LINE_COLOR = "#6A1B9A"  # deep purple: apart from the arrows' grey and the lane tints
LINE_WIDTH = 2.0
LABEL_SIZE = 10  # points: the gap between two lanes' cards holds the box


def _pen() -> QPen:
    pen = QPen(QColor(LINE_COLOR), LINE_WIDTH)
    pen.setDashPattern([8, 4])
    return pen


def paint_blueprint_lines(
    painter: QPainter, layout: MapLayout, kinds: list[str], lang: str
) -> None:
    """The lines between the blueprint's lane groups across the cells (``kinds``: the
    lanes' kinds, in order); their names are :func:`paint_blueprint_labels`'."""
    lines = blueprint_lines(kinds, lang)
    if not lines:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_pen())
    left = layout.metrics.lane_header_width
    for index, _label in lines:
        y = layout.lanes[index].header.y
        painter.drawLine(int(left), int(y), int(layout.width), int(y))
    painter.restore()


def blueprint_label_boxes(
    layout: MapLayout, kinds: list[str], lang: str, x: float = 0.0
) -> list[tuple[QRectF, str]]:
    """Where each line's name goes (box, name) with the lane headers' left edge at ``x``."""
    metrics = QFontMetricsF(font(LABEL_SIZE, bold=True))
    boxes = []
    for index, label in blueprint_lines(kinds, lang):
        y = layout.lanes[index].header.y
        width, height = metrics.horizontalAdvance(label) + 10, metrics.height() + 2
        boxes.append((QRectF(x + 6, y - height / 2, width, height), label))
    return boxes


def paint_blueprint_labels(
    painter: QPainter,
    layout: MapLayout,
    kinds: list[str],
    lang: str,
    x: float = 0.0,
    top: float = 0.0,
) -> None:
    """Each line across the lane headers (left edge at ``x``) with its name on it; a line
    whose name would reach above ``top`` (under the board's frozen phase headers) is left
    to the lines across the cells."""
    boxes = [box for box in blueprint_label_boxes(layout, kinds, lang, x) if box[0].top() >= top]
    if not boxes:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font(LABEL_SIZE, bold=True))
    width = layout.metrics.lane_header_width
    for box, label in boxes:
        y = box.center().y()
        painter.setPen(_pen())
        painter.drawLine(int(x), int(y), int(x + width), int(y))
        painter.setPen(QPen(QColor(LINE_COLOR), 1.0))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(LINE_COLOR))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
