"""GUI: connections between cards on the board (arrows), and drawing one with the mouse.

Each arrow is an item holding its connection's id and painted by
render.paint_connections, as the PNG is. The layer keeps one item per connection of
the map state and lays them between the card items' rectangles: after every edit, and
while cards are dragged (they follow live). An arrow whose card is hidden or dimmed by a
filter is hidden or dimmed with it. Items never write: edits go through
app.commands_connections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QStyleOptionGraphicsItem, QWidget

from render.paint_connections import (
    Route,
    bounds,
    label_font,
    label_rect,
    paint_connection,
    paint_label,
    route,
)
from widgets.board.card_item import CARD_Z, DRAG_Z, CardItem

if TYPE_CHECKING:
    from app.rows import Connection
    from widgets.board.scene import BoardScene

CONNECTION_Z = CARD_Z - 1  # under the cards: a crossing arrow never hides card text
LABEL_Z = CARD_Z + 1  # over them: a label is never hidden
HANDLE = 9.0  # the width of a card's right edge that starts drawing a connection


class ConnectionItem(QGraphicsItem):
    """One arrow from one card to another; selectable, hit only near its line or label."""

    def __init__(self, connection_id: str) -> None:
        super().__init__()
        self.connection_id = connection_id
        self.ends = ("", "")
        self.kind = "flow"
        self.label = ""
        self._route: Route | None = None
        self._font = label_font()
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(CONNECTION_Z)
        self.label_item = ConnectionLabel(self)

    def set_look(self, ends: tuple[str, str], kind: str, label: str) -> None:
        if (ends, kind, label) != (self.ends, self.kind, self.label):
            self.ends, self.kind, self.label = ends, kind, label
            self._relayout()

    def set_route(self, source: QRectF, target: QRectF, ceiling: float | None = None) -> None:
        """Lay the arrow between two cards (scene rectangles)."""
        self._route = route(source, target, ceiling)
        self._relayout()

    @property
    def route(self) -> Route | None:
        return self._route

    def _relayout(self) -> None:
        self.prepareGeometryChange()
        if self._route is None:
            self._bounds, self._shape = QRectF(), QPainterPath()
            return
        self._bounds = bounds(self._route)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(self._route.path)
        self.label_item.relayout()
        self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        # The label shows, hides, fades and highlights with its arrow.
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.label_item.update()
        elif change == QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged:
            self.label_item.setVisible(bool(value) and bool(self.label))
        elif change == QGraphicsItem.GraphicsItemChange.ItemOpacityHasChanged:
            self.label_item.setOpacity(self.opacity())
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            scene = self.scene()
            if scene is not None and self.label_item.scene() is not scene:
                scene.addItem(self.label_item)
        return super().itemChange(change, value)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._route is not None:
            paint_connection(painter, self._route, self.kind, selected=self.isSelected())


class ConnectionLabel(QGraphicsItem):
    """The label of an arrow, above the cards; a click on it selects its arrow."""

    def __init__(self, owner: ConnectionItem) -> None:
        super().__init__()
        self.owner = owner
        self._box = QRectF()
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    def relayout(self) -> None:
        where = self.owner.route
        box = label_rect(where, self.owner.label, label_font()) if where is not None else None
        self.prepareGeometryChange()
        self._box = box.adjusted(-2, -2, 2, 2) if box is not None else QRectF()
        self.setVisible(box is not None and self.owner.isVisible())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._box

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        where = self.owner.route
        if where is not None:
            paint_label(
                painter, where, self.owner.label, label_font(), selected=self.owner.isSelected()
            )


class ConnectionLayer:
    """The arrows of the map on the board, kept in step with the scene's map state."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self._items: dict[str, ConnectionItem] = {}
        self._preview: QGraphicsLineItem | None = None

    @property
    def items(self) -> dict[str, ConnectionItem]:
        """The arrows by connection id, up to date with every committed edit."""
        self.scene._current()
        return dict(self._items)

    def clear(self) -> None:
        for item in self._items.values():
            self._remove(item)
        self._items.clear()

    def _remove(self, item: ConnectionItem) -> None:
        self.scene.removeItem(item.label_item)
        self.scene.removeItem(item)

    def sync(self, rows: dict[str, Connection], cards: dict[str, CardItem]) -> None:
        """Items for exactly these connections, each laid between its cards."""
        for connection_id in [c for c in self._items if c not in rows]:
            self._remove(self._items.pop(connection_id))
        for row in rows.values():
            item = self._items.get(row.id)
            if item is None:
                item = self._items[row.id] = ConnectionItem(row.id)
                self.scene.addItem(item)
            item.set_look((row.from_card, row.to_card), row.kind, row.label)
        self.follow(cards)

    def follow(self, cards: dict[str, CardItem], moved: set[str] | None = None) -> None:
        """Lay the arrows again between their cards (only those touching ``moved``)."""
        for item in self._items.values():
            if moved is not None and not moved & set(item.ends):
                continue
            source, target = cards.get(item.ends[0]), cards.get(item.ends[1])
            if source is None or target is None:
                item.hide()
                continue
            visible = source.isVisible() and target.isVisible()
            item.setVisible(visible)
            item.setOpacity(min(source.opacity(), target.opacity()))
            if visible:
                item.set_route(
                    source.mapRectToScene(source.card_rect()),
                    target.mapRectToScene(target.card_rect()),
                    self.scene.metrics.phase_header_height + 4,
                )

    def select(self, connection_id: str) -> None:
        """Select exactly one arrow (the cards are deselected)."""
        self.scene.select_cards([])
        item = self.items.get(connection_id)
        if item is not None:
            item.setSelected(True)

    def selected_ids(self) -> list[str]:
        return [c for c, item in self.items.items() if item.isSelected()]

    # -- drawing a connection with the mouse ---------------------------------------------

    @staticmethod
    def on_handle(item: CardItem, scene_pos: QPointF) -> bool:
        """Whether a press on ``item`` is on its right edge, where connections start."""
        local = item.mapFromScene(scene_pos)
        rect = item.card_rect()
        return rect.right() - HANDLE <= local.x() <= rect.right() + 3 and (
            rect.top() <= local.y() <= rect.bottom()
        )

    def preview(self, source: CardItem, scene_pos: QPointF) -> None:
        """A straight line from the card's edge to the pointer while a connection is drawn."""
        rect = source.mapRectToScene(source.card_rect())
        start = QPointF(rect.right(), rect.center().y())
        if self._preview is None:
            self._preview = QGraphicsLineItem()
            pen = QPen(QColor("#1E88E5"), 2.0, Qt.PenStyle.DashLine)
            self._preview.setPen(pen)
            self._preview.setZValue(DRAG_Z)
            self.scene.addItem(self._preview)
        self._preview.setLine(QLineF(start, scene_pos))

    def end_preview(self) -> None:
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
