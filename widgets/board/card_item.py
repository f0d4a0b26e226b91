"""GUI: a card on the board (touchpoint or note).

The item holds its card id and the look the scene gave it; it paints through
export.qtpaint (as the PNG export does) and never writes to the model: mouse gestures
are handled by the scene's interactions, which turn them into commands.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.layout import Metrics, Rect, card_regions, experience_at, strip_regions
from export.qtpaint import CardLook, paint_card

SELECTION_COLOR = "#1E88E5"
CARD_Z = 10.0
DRAG_Z = 100.0
MARGIN = 3.0  # room for the selection outline


class CardItem(QGraphicsItem):
    """One card: a look painted at a fixed size, positioned by the scene from the layout."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, card_id: str, look: CardLook, width: float, height: float,
                 metrics: Metrics) -> None:
        super().__init__()
        self.card_id = card_id
        self.look = look
        self._size = (width, height)
        self._metrics = metrics
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(CARD_Z)
        self.setToolTip(look.title)

    def type(self) -> int:
        return CardItem.Type

    # -- what the scene sets ----------------------------------------------------------

    def set_look(self, look: CardLook) -> None:
        """Repaint only when what the card shows changed."""
        if look != self.look:
            self.look = look
            self.setToolTip(look.title)
            self.update()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self.prepareGeometryChange()
            self._size = (width, height)

    # -- geometry ------------------------------------------------------------------------

    def rect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        return path

    def strip_experience(self, local: QPointF) -> int | None:
        """The experience (-2..+2) under a point of the rating strip, None elsewhere."""
        if self.look.kind != "touchpoint":
            return None
        w, h = self._size
        strip = card_regions(Rect(0, 0, w, h), self._metrics).strip
        if not strip.y <= local.y() < strip.bottom:
            return None
        return experience_at(strip_regions(strip).scale, local.x())

    def title_rect(self) -> QRectF:
        """Where the title is drawn, in item coordinates (the inline editor goes there)."""
        w, h = self._size
        title = card_regions(Rect(0, 0, w, h), self._metrics).title
        return QRectF(title.x, title.y, title.w, title.h)

    # -- painting ----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paint_card(painter, self.rect(), self.look, self._metrics)
        if self.isSelected():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(SELECTION_COLOR), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)
