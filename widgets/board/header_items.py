"""GUI: the board's headers: phase columns, lanes, the corner and the "add" buttons.

Headers paint through render.paint; like cards they only show what the scene gives
them. Dragging, renaming and context menus are handled by the scene's interactions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from render.paint import (
    LaneLook,
    PhaseLook,
    font,
    paint_corner,
    paint_lane_header,
    paint_phase_header,
)
from widgets.board.card_item import USER_TYPE

HEADER_Z = 20.0
WIDE_HEADER = 600.0  # board points
SELECTED_COLOR = "#1E88E5"


class _Header(QGraphicsItem):
    """A header of a fixed size at a position set by the scene."""

    kind = ""

    def __init__(self, row_id: str, width: float, height: float) -> None:
        super().__init__()
        self.row_id = row_id
        self._size = (width, height)
        self.current = False  # the header the inspector shows
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)
        self._set_cache()
        self.setZValue(HEADER_Z)

    def _set_cache(self) -> None:
        # Qt caches only the part of a large item in view: a very wide header (a phase
        # whose crowded cell wraps into many columns) kept stale bits of an earlier
        # look after scrolling; those few are painted afresh instead.
        wide = self._size[0] > WIDE_HEADER
        self.setCacheMode(
            QGraphicsItem.CacheMode.NoCache
            if wide
            else QGraphicsItem.CacheMode.DeviceCoordinateCache
        )

    def rect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def boundingRect(self) -> QRectF:
        return self.rect()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self.prepareGeometryChange()
            self._size = (width, height)
            self._set_cache()
            self.update()

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def _paint_current(self, painter: QPainter) -> None:
        if self.current:
            painter.setPen(QPen(QColor(SELECTED_COLOR), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1.5, 1.5, -1.5, -1.5))


class PhaseHeaderItem(_Header):
    """The header of a phase column."""

    kind = "phase"
    Type = USER_TYPE + 2

    def __init__(self, phase_id: str, look: PhaseLook, width: float, height: float) -> None:
        super().__init__(phase_id, width, height)
        self.look = look
        self.setToolTip(look.description or look.name)

    def type(self) -> int:
        return PhaseHeaderItem.Type

    def set_look(self, look: PhaseLook) -> None:
        if look != self.look:
            self.look = look
            self.setToolTip(look.description or look.name)
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_phase_header(painter, self.rect(), self.look)
        self._paint_current(painter)


class LaneHeaderItem(_Header):
    """The header of a lane; a persona lane's header also shows its curve's scale."""

    kind = "lane"
    Type = USER_TYPE + 3

    def __init__(
        self, lane_id: str, look: LaneLook, width: float, height: float, cells_height: float | None
    ) -> None:
        super().__init__(lane_id, width, height)
        self.setZValue(HEADER_Z + 1)
        self.look = look
        self.cells_height = cells_height  # None: no curve band
        self.setToolTip(look.name)

    def type(self) -> int:
        return LaneHeaderItem.Type

    def set_look(self, look: LaneLook, cells_height: float | None) -> None:
        if look != self.look or cells_height != self.cells_height:
            self.look = look
            self.cells_height = cells_height
            self.setToolTip(look.name)
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        band = None
        if self.cells_height is not None:
            band = QRectF(
                rect.x(),
                rect.y() + self.cells_height,
                rect.width(),
                rect.height() - self.cells_height,
            )
        paint_lane_header(painter, rect, self.look, band)
        self._paint_current(painter)


class CornerItem(QGraphicsItem):
    """The top-left corner: the map's name and kind."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self._size = (width, height)
        self.title = ""
        self.subtitle = ""
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(HEADER_Z + 2)

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self.prepareGeometryChange()
            self._size = (width, height)

    def set_text(self, title: str, subtitle: str) -> None:
        if (title, subtitle) != (self.title, self.subtitle):
            self.title, self.subtitle = title, subtitle
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_corner(painter, self.boundingRect(), self.title, self.subtitle)


class AddButtonItem(QGraphicsItem):
    """A "+ Add phase" / "+ Add lane" button at the end of the headers."""

    Type = USER_TYPE + 4

    def __init__(self, what: str, label: str, width: float, height: float) -> None:
        super().__init__()
        self.what = what  # "phase" or "lane"
        self.label = label
        self._size = (width, height)
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(label)
        self.setZValue(HEADER_Z)

    def type(self) -> int:
        return AddButtonItem.Type

    def set_label(self, label: str) -> None:
        """Another text (the interface language changed)."""
        self.label = label
        self.setToolTip(label)
        self.update()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self.prepareGeometryChange()
            self._size = (width, height)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def hoverEnterEvent(self, event: object) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self._hover = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect().adjusted(4, 4, -4, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#90A4AE"), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor("#E3F2FD") if self._hover else QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor("#455A64"))
        painter.setFont(font(12, bold=True))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(4, 0, -4, 0), int(flags), "+ " + self.label)
