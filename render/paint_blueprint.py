"""Export: the lines of a service blueprint, painted with QtGui (board and PNG).

A long-dashed line across the board between lane groups, its name at the left just
above it in a white box, so it reads on any lane tint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from app.blueprint import blueprint_lines
from app.layout import MapLayout
from render.paint_base import font

LINE_COLOR = "#6A1B9A"  # deep purple: apart from the arrows' grey and the lane tints
LINE_WIDTH = 2.0


def paint_blueprint_lines(
    painter: QPainter, layout: MapLayout, kinds: list[str], lang: str
) -> None:
    """The lines between the blueprint's lane groups (``kinds``: the lanes' kinds, in order)."""
    lines = blueprint_lines(kinds, lang)
    if not lines:
        return
    label_font = font(11, bold=True)
    metrics = QFontMetricsF(label_font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(LINE_COLOR), LINE_WIDTH)
    pen.setDashPattern([8, 4])
    for index, label in lines:
        box = layout.lanes[index].header
        y = box.y
        left = layout.metrics.lane_header_width
        painter.setPen(pen)
        painter.drawLine(int(left), int(y), int(layout.width), int(y))
        width, height = metrics.horizontalAdvance(label) + 10, metrics.height() + 2
        text_box = QRectF(left + 8, y - height - 1, width, height)
        painter.setPen(QPen(QColor(LINE_COLOR), 1.0))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(text_box, 3, 3)
        painter.setFont(label_font)
        painter.setPen(QColor(LINE_COLOR))
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
