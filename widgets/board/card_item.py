"""GUI: a card on the board (touchpoint or note).

The item holds its card id and asks the scene for its look; it paints through
render.paint (as the PNG export does) and never writes to the model: mouse gestures
are handled by the scene's interactions, which turn them into commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout import Metrics, Rect, card_regions, experience_at, strip_regions
from render.paint import CardLook, paint_card

SELECTION_COLOR = "#1E88E5"
CARD_Z = 10.0
DRAG_Z = 100.0
MARGIN = 3.0  # room for the selection outline


# Combined once: or-ing Qt enums costs microseconds, and a board builds thousands of cards.
_BUTTONS = Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


# QGraphicsItem::UserType, the first type number free for our items (PySide6's type stubs
# do not declare it; tests/widgets/test_board_items.py checks the value).
USER_TYPE = 65536


class CardItem(QGraphicsRectItem):
    """One card, positioned by the scene from the layout.

    Its look is asked from ``provider(card_id)`` when first painted, so a board of
    thousands of cards computes scores only for the cards that are seen. The item's
    rectangle is the card plus a margin for the selection outline: Qt finds its bounds
    and its shape without calling into Python (indexing and hit-testing thousands of
    cards); ``card_rect()`` is the card itself.
    """

    Type = USER_TYPE + 1

    def __init__(
        self,
        card_id: str,
        provider: Callable[[str], CardLook],
        width: float,
        height: float,
        metrics: Metrics,
        parent: QGraphicsItem | None = None,
    ) -> None:
        # The rectangle's own pen is never drawn (paint() draws the card); it only widens
        # the bounds by half a pixel, which saves a call per card.
        super().__init__(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN, parent)
        self.card_id = card_id
        self._provider = provider
        self._look: CardLook | None = None
        self._size = (width, height)
        self._metrics = metrics
        self.setFlags(_SELECTABLE)  # a new item has no flags; setFlag() is 4x slower
        self.setAcceptedMouseButtons(_BUTTONS)
        self.setCacheMode(_CACHE)

    def type(self) -> int:
        return CardItem.Type

    @property
    def look(self) -> CardLook:
        """What the card shows (computed on demand)."""
        if self._look is None:
            self._look = self._provider(self.card_id)
        return self._look

    def invalidate_look(self) -> None:
        """The card's row or ratings changed: ask the provider again at the next paint."""
        self._look = None
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def card_rect(self) -> QRectF:
        """The card, in item coordinates (without the margin for the outline)."""
        return QRectF(0, 0, *self._size)

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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_card(painter, self.card_rect(), self.look, self._metrics)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(SELECTION_COLOR), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.card_rect().adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)
            # The handle a connection is dragged from (the card's right edge).
            w, h = self._size
            painter.setBrush(QColor(SELECTION_COLOR))
            painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
            painter.drawEllipse(QPointF(w, h / 2), MARGIN, MARGIN)


class LaneGroup(QGraphicsItem):
    """An invisible container for a lane's cards: a lane that grows moves one item."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(CARD_Z)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass
