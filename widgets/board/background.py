"""GUI: what lies under and over the cards: the lane bands, drop and insertion markers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.layout import MapLayout
from render.paint import paint_grid
from render.paint_blueprint import (
    blueprint_label_boxes,
    paint_blueprint_labels,
    paint_blueprint_lines,
)

MARKER_COLOR = "#1E88E5"


class GridItem(QGraphicsItem):
    """The lane bands (persona lanes tinted), curve bands and phase separators."""

    def __init__(self) -> None:
        super().__init__()
        self._layout: MapLayout | None = None
        self._lane_colors: dict[str, str | None] = {}
        self._highlight_phase: str | None = None
        self._current_cell: QRectF | None = None
        self._blueprint: tuple[list[str], str] = ([], "en")  # lane kinds, workshop language
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(0)

    def set_blueprint(self, kinds: list[str], lang: str) -> None:
        """The lane kinds in board order: where the service-blueprint lines go."""
        if (kinds, lang) != self._blueprint:
            self._blueprint = (list(kinds), lang)
            self.update()

    def set_layout(self, layout: MapLayout, lane_colors: dict[str, str | None]) -> None:
        self.prepareGeometryChange()
        self._layout = layout
        self._lane_colors = dict(lane_colors)
        self.update()

    def set_highlight_phase(self, phase_id: str | None) -> None:
        if phase_id != self._highlight_phase:
            self._highlight_phase = phase_id
            self.update()

    def set_current_cell(self, rect: QRectF | None) -> None:
        if rect != self._current_cell:
            self._current_cell = rect
            self.update()

    def boundingRect(self) -> QRectF:
        if self._layout is None:
            return QRectF()
        return QRectF(0, 0, self._layout.width, self._layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._layout is None:
            return
        paint_grid(
            painter, self._layout, self._lane_colors, option.exposedRect, self._highlight_phase
        )
        paint_blueprint_lines(painter, self._layout, *self._blueprint)
        if self._current_cell is not None:
            painter.setPen(QPen(QColor(MARKER_COLOR), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(30, 136, 229, 18))
            painter.drawRect(self._current_cell.adjusted(2, 2, -2, -2))


class BlueprintLabels(QGraphicsItem):
    """The names of the service-blueprint lines, over the lane headers.

    Kept at the visible left edge with the lane headers (the scene moves it), so a line
    keeps its name however far the board is scrolled sideways.
    """

    def __init__(self, z: float) -> None:
        super().__init__()
        self._layout: MapLayout | None = None
        self._blueprint: tuple[list[str], str] = ([], "en")  # lane kinds, workshop language
        self._top = 0.0  # the frozen phase headers' bottom edge: no name above it
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(z)

    def set_top(self, y: float) -> None:
        """Names above ``y`` (under the frozen phase headers) are left out."""
        if y != self._top:
            self._top = y
            self.update()

    def set_lines(self, layout: MapLayout, kinds: list[str], lang: str) -> None:
        """The map's layout and its lane kinds in board order: where the lines go."""
        self.prepareGeometryChange()
        self._layout = layout
        self._blueprint = (list(kinds), lang)
        self.update()

    def boundingRect(self) -> QRectF:
        if self._layout is None:
            return QRectF()
        rect = QRectF(0, 0, self._layout.metrics.lane_header_width, 0)
        for box, _label in blueprint_label_boxes(self._layout, *self._blueprint):
            rect = rect.united(box)
        return rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._layout is not None:
            paint_blueprint_labels(painter, self._layout, *self._blueprint, top=self._top)


class DropMarker(QGraphicsItem):
    """Where a drop will land: the target cell tinted and an insertion line."""

    def __init__(self) -> None:
        super().__init__()
        self._cell = QRectF()
        self._line: tuple[QPointF, QPointF] | None = None
        self.refused = False  # the cell does not take what is dragged: tinted red
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(90)
        self.hide()

    def show_at(
        self, cell: QRectF, line: tuple[QPointF, QPointF] | None, refused: bool = False
    ) -> None:
        if cell != self._cell or line != self._line or refused != self.refused:
            self.prepareGeometryChange()
            self._cell, self._line, self.refused = cell, line, refused
            self.update()
        self.show()

    @property
    def line(self) -> tuple[QPointF, QPointF] | None:
        return self._line if self.isVisible() else None

    def boundingRect(self) -> QRectF:
        rect = QRectF(self._cell)
        if self._line is not None:
            start, end = self._line
            rect = rect.united(QRectF(start, end).normalized())
        return rect.adjusted(-6, -6, 6, 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._cell.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(213, 94, 0, 40) if self.refused else QColor(30, 136, 229, 28))
            painter.drawRect(self._cell)
        if self._line is not None:
            start, end = self._line
            painter.setPen(
                QPen(QColor(MARKER_COLOR), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawLine(start, end)
            painter.setBrush(QColor(MARKER_COLOR))
            painter.drawEllipse(start, 4, 4)
            painter.drawEllipse(end, 4, 4)
