"""Export: painting connections between cards (arrows) with QtGui, for board and PNG.

The lines go under the cards and the labels over them: where an arrow passes behind a
card, the card's text stays readable, and a label is never hidden.

The curve is ``app.arrows``'s, shared with the PDF. The three kinds differ by
line style and head, never by colour alone: the next step is solid with a filled head,
a branch dashed with an open head, a loop back dotted with a filled head and a ring
where it starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from app.arrows import HEAD, arrow_curve
from app.layout import MapLayout, Rect
from app.mapdata import MapData
from app.rows import Connection
from render.paint_base import font, qrect

CONNECTION_COLOR = "#37474F"  # blue grey 800: readable on every lane tint and card colour
SELECTED_COLOR = "#1E88E5"
LINE_WIDTH = 2.0
LABEL_WIDTH = 150.0  # a longer label is cut with an ellipsis
STYLES = {
    "flow": Qt.PenStyle.SolidLine,
    "alternative": Qt.PenStyle.DashLine,
    "return": Qt.PenStyle.DotLine,
}


@dataclass(frozen=True)
class Route:
    """Where an arrow runs: its curve, where it ends and in which direction it points."""

    path: QPainterPath
    start: QPointF
    end: QPointF
    angle: float  # direction of the head, radians
    middle: QPointF  # where the label sits
    head: tuple[QPointF, QPointF, QPointF]  # tip, then the two barbs


def route(source: QRectF, target: QRectF, ceiling: float | None = None) -> Route:
    """The curve from the card ``source`` to the card ``target`` (scene rectangles), as
    ``app.arrows`` lays it for every output."""
    curve = arrow_curve(_rect(source), _rect(target), ceiling)
    start, c1, c2, end = (QPointF(*p) for p in (curve.start, curve.c1, curve.c2, curve.end))
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    tip, left, right = (QPointF(*p) for p in curve.head())
    return Route(path, start, end, curve.angle, QPointF(*curve.middle), (tip, left, right))


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def label_rect(where: Route, label: str, font: QFont) -> QRectF | None:
    """The box of the label (None without one), centred on the middle of the curve."""
    if not label:
        return None
    metrics = QFontMetricsF(font)
    text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
    width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
    return QRectF(where.middle.x() - width / 2, where.middle.y() - height / 2, width, height)


def label_font() -> QFont:
    """The font of connection labels (the board font, a little smaller than card text)."""
    return font(11)


def paint_connection(
    painter: QPainter,
    where: Route,
    kind: str,
    *,
    selected: bool = False,
) -> None:
    """Draw one arrow: its curve in the kind's line style, and its head."""
    color = QColor(SELECTED_COLOR if selected else CONNECTION_COLOR)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, LINE_WIDTH + (1.5 if selected else 0.0))
    pen.setStyle(STYLES.get(kind, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(where.path)
    solid = QPen(color, LINE_WIDTH)
    solid.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(solid)
    corners = list(where.head)
    if kind == "alternative":  # an open head
        painter.drawPolyline([corners[1], corners[0], corners[2]])
    else:
        painter.setBrush(QBrush(color))
        painter.drawPolygon(corners)
    if kind == "return":  # a ring where the loop starts
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawEllipse(where.start, 3.5, 3.5)
    painter.restore()


def paint_label(
    painter: QPainter, where: Route, label: str, font: QFont, *, selected: bool = False
) -> None:
    """Draw an arrow's label in a white box on the middle of its curve (over the cards)."""
    color = QColor(SELECTED_COLOR if selected else CONNECTION_COLOR)
    box = label_rect(where, label, font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if box is not None:
        painter.setFont(font)
        painter.setPen(QPen(color, 1.0))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(box, 4, 4)
        text = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        painter.setPen(QColor("#000000"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def bounds(where: Route) -> QRectF:
    """Everything ``paint_connection`` may touch, for an item's bounding rectangle."""
    return where.path.boundingRect().adjusted(-HEAD - 6, -HEAD - 6, HEAD + 6, HEAD + 6)


def paint_connections(painter: QPainter, data: MapData, layout: MapLayout) -> None:
    """Every connection of a map between the cards the layout placed (the PNG's board)."""
    for connection, where in _routes(data, layout):
        paint_connection(painter, where, connection.kind)


def paint_connection_labels(painter: QPainter, data: MapData, layout: MapLayout) -> None:
    """The labels of a map's connections, painted after (over) the cards."""
    label = label_font()
    for connection, where in _routes(data, layout):
        paint_label(painter, where, connection.label, label)


def _routes(data: MapData, layout: MapLayout) -> list[tuple[Connection, Route]]:
    ceiling = layout.metrics.phase_header_height + 4
    found = []
    for connection in data.connections:
        source = layout.cards.get(connection.from_card)
        target = layout.cards.get(connection.to_card)
        if source is not None and target is not None:
            found.append((connection, route(qrect(source.rect), qrect(target.rect), ceiling)))
    return found
