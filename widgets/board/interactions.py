"""GUI: the board's mouse gestures: select, drag cards into cells, drag headers.

A drag moves the items with the mouse and shows where they will land (a tinted cell
and an insertion line); only the release turns it into edits (one undo step), after
which every item snaps to the recomputed layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsSceneMouseEvent

from widgets.board.card_item import CARD_Z, DRAG_Z, CardItem
from widgets.board.connection_items import ConnectionItem, ConnectionLabel, ConnectionLayer
from widgets.board.header_items import HEADER_Z, AddButtonItem, LaneHeaderItem, PhaseHeaderItem

if TYPE_CHECKING:
    from widgets.board.scene import BoardScene


@dataclass
class _Press:
    kind: str  # "card", "connect" (from a card's edge), "phase", "lane", "add" or "none"
    row_id: str
    scene_pos: QPointF
    screen_pos: QPoint
    was_selected: bool = False
    ctrl: bool = False
    active: bool = False
    ids: list[str] = field(default_factory=list)
    origins: dict[str, QPointF] = field(default_factory=dict)


def card_drop_target(
    scene: BoardScene, pos: QPointF, ignore: list[str] | tuple[str, ...] = ()
) -> tuple[str, str, int] | None:
    """(lane_id, phase_id, index) where a card dropped at ``pos`` goes, or None."""
    cell = scene.cell_at(pos)
    sticky_x, sticky_y = scene.sticky_offset
    m = scene.metrics
    if pos.x() < sticky_x + m.lane_header_width or pos.y() < sticky_y + m.phase_header_height:
        return None  # under a header kept in view
    if cell is None or scene.layout is None:
        return None
    lane_id, phase_id = cell
    return (
        lane_id,
        phase_id,
        scene.layout.insertion_index(lane_id, phase_id, pos.y(), ignore, pos.x()),
    )


def show_card_marker(
    scene: BoardScene,
    target: tuple[str, str, int] | None,
    ignore: list[str] | tuple[str, ...] = (),
    refused: bool = False,
) -> None:
    """Tint the target cell and draw the insertion line (hide both for None); a cell
    that refuses the cards is tinted red, without a line."""
    layout = scene.layout
    if target is None or layout is None:
        scene.marker.hide()
        return
    lane_id, phase_id, index = target
    cell = layout.cell_rect(lane_id, phase_id)
    lane = layout.lane(lane_id)
    area = QRectF(cell.x, lane.row.y, cell.w, lane.row.h)
    if refused:
        scene.marker.show_at(area, None, refused=True)
        return
    left, right, y = layout.insertion_line(lane_id, phase_id, index, ignore)
    scene.marker.show_at(area, (QPointF(left, y), QPointF(right, y)))


class BoardInteractions:
    """Turns the scene's mouse events into selections and edits."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self._press: _Press | None = None

    @property
    def dragging(self) -> bool:
        return self._press is not None and self._press.active

    def connection_at(self, pos: QPointF) -> ConnectionItem | None:
        """The arrow whose label is on top at a scene point, or whose line is there with
        no card or header above it."""
        items = self.scene.items(pos)
        if items and isinstance(items[0], ConnectionLabel):
            return items[0].owner
        if self.item_at(pos) is not None:
            return None
        for item in items:
            if isinstance(item, ConnectionItem) and item.isVisible():
                return item
        return None

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The card, header or button under a scene point (top-most)."""
        for item in self.scene.items(pos):
            if isinstance(item, CardItem | PhaseHeaderItem | LaneHeaderItem | AddButtonItem):
                return item
        return None

    # -- events ---------------------------------------------------------------------------

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene, pos = self.scene, event.scenePos()
        item = self.item_at(pos)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.button() == Qt.MouseButton.RightButton:
            if isinstance(item, CardItem):
                if not item.isSelected():
                    scene.select_cards([item.card_id])
                return True
            if isinstance(item, PhaseHeaderItem | LaneHeaderItem):
                scene.set_current_header((item.kind, item.row_id))
                return True
            scene.set_current_header(None)
            scene.clearSelection()
            scene.set_current_cell(scene.cell_at(pos))
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        press = _Press("none", "", pos, event.screenPos(), ctrl=ctrl)
        arrow = self.connection_at(pos)
        if arrow is not None:
            scene.connections.select(arrow.connection_id)
            event.accept()
            return True
        if isinstance(item, CardItem) and not ctrl and ConnectionLayer.on_handle(item, pos):
            press.kind, press.row_id = "connect", item.card_id
            scene.select_cards([item.card_id])
        elif isinstance(item, CardItem):
            press.kind, press.row_id = "card", item.card_id
            press.was_selected = item.isSelected()
            if ctrl:
                item.setSelected(not item.isSelected())
                if not item.isSelected():
                    press.kind = "none"
            elif not item.isSelected():
                scene.select_cards([item.card_id])
        elif isinstance(item, PhaseHeaderItem | LaneHeaderItem):
            press.kind, press.row_id = item.kind, item.row_id
            scene.set_current_header((item.kind, item.row_id))
        elif isinstance(item, AddButtonItem):
            press.kind, press.row_id = "add", item.what
        else:
            scene.set_current_header(None)
            scene.set_current_cell(scene.cell_at(pos))
            return False  # the view starts a rubber band
        self._press = press
        event.accept()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        if not press.active:
            distance = (event.screenPos() - press.screen_pos).manhattanLength()
            if distance < QApplication.startDragDistance() or press.kind not in (
                "card",
                "connect",
                "phase",
                "lane",
            ):
                return True
            if press.kind == "connect":
                press.active = True
            else:
                self._start(press)
        if press.kind == "connect":
            self._drag_connection(press, event.scenePos())
        elif press.kind == "card":
            self._drag_cards(press, event.scenePos())
        else:
            self._drag_header(press, event.scenePos())
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return press is not None
        scene, pos = self.scene, event.scenePos()
        if press.kind == "connect":
            scene.connections.end_preview()
            target = self.item_at(pos)
            if press.active and isinstance(target, CardItem) and target.card_id != press.row_id:
                scene.connection_edits.connect(press.row_id, target.card_id)
        elif press.kind == "card":
            if press.active:
                target = card_drop_target(scene, pos, press.ids)
                self._finish(press)
                if target is not None:
                    scene.edits.move_cards(press.ids, *target)
                scene.snap_back()
            else:
                self._click_card(press, pos)
        elif press.kind in ("phase", "lane"):
            if press.active:
                index = self._header_index(press, pos)
                self._finish(press)
                scene.edits.move_row(press.kind, press.row_id, index)
                scene.snap_back()
        elif press.kind == "add" and isinstance(self.item_at(pos), AddButtonItem):
            self._add(press.row_id, event)
        return True

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        item = self.item_at(event.scenePos())
        if isinstance(item, CardItem):
            self.scene.select_cards([item.card_id])
            self.scene.cardActivated.emit(item.card_id)
            self.scene.editRequested.emit("card", item.card_id)
            return True
        if isinstance(item, PhaseHeaderItem | LaneHeaderItem):
            self.scene.editRequested.emit(item.kind, item.row_id)
            return True
        return isinstance(item, AddButtonItem)

    def drag_to(self, pos: QPointF) -> None:
        """Continue a drag in progress at ``pos`` (the view scrolls at the edges)."""
        press = self._press
        if press is None or not press.active:
            return
        if press.kind == "connect":
            self._drag_connection(press, pos)
        elif press.kind == "card":
            self._drag_cards(press, pos)
        else:
            self._drag_header(press, pos)

    def cancel(self) -> None:
        """Abandon a drag in progress (Escape, map switch): everything snaps back."""
        press, self._press = self._press, None
        if press is not None and press.kind == "connect":
            self.scene.connections.end_preview()
        elif press is not None and press.active:
            self._finish(press)
            self.scene.snap_back()

    # -- helpers ---------------------------------------------------------------------------

    def _start(self, press: _Press) -> None:
        scene = self.scene
        press.active = True
        if press.kind == "card":
            selected = scene.selected_card_ids()
            press.ids = selected if press.row_id in selected else [press.row_id]
            items = [scene.card_item(card_id) for card_id in press.ids]
        else:
            press.ids = [press.row_id]
            items = [
                scene.phase_item(press.row_id)
                if press.kind == "phase"
                else scene.lane_item(press.row_id)
            ]
        for card_id, item in zip(press.ids, items, strict=True):
            if item is not None:
                press.origins[card_id] = item.pos()
                item.setZValue(DRAG_Z)

    def _finish(self, press: _Press) -> None:
        self.scene.marker.hide()
        for row_id in press.ids:
            if press.kind == "card":
                item = self.scene.card_item(row_id)
                z = CARD_Z
            else:
                item = (
                    self.scene.phase_item(row_id)
                    if press.kind == "phase"
                    else self.scene.lane_item(row_id)
                )
                z = HEADER_Z
            if item is not None:
                item.setZValue(z)

    def _drag_cards(self, press: _Press, pos: QPointF) -> None:
        delta = pos - press.scene_pos
        for card_id, origin in press.origins.items():
            item = self.scene.card_item(card_id)
            if item is not None:
                item.setPos(origin + delta)
        self.scene.connections.follow(self.scene.card_items(), set(press.ids))
        target = card_drop_target(self.scene, pos, press.ids)
        state = self.scene.state
        kinds = {state.cards[c].kind for c in press.ids if c in state.cards} if state else set()
        refused = target is not None and self.scene.edits.refusal(target[0], kinds) is not None
        show_card_marker(self.scene, target, press.ids, refused)

    def _drag_connection(self, press: _Press, pos: QPointF) -> None:
        source = self.scene.card_item(press.row_id)
        if source is not None:
            self.scene.connections.preview(source, pos)

    def _header_index(self, press: _Press, pos: QPointF) -> int:
        layout = self.scene.frame
        assert layout is not None
        if press.kind == "phase":
            others = [p.column.center[0] for p in layout.phases if p.phase_id != press.row_id]
            return sum(1 for x in others if x < pos.x())
        others = [
            (lane.row.y + lane.row.bottom) / 2
            for lane in layout.lanes
            if lane.lane_id != press.row_id
        ]
        return sum(1 for y in others if y < pos.y())

    def _drag_header(self, press: _Press, pos: QPointF) -> None:
        layout = self.scene.frame
        assert layout is not None
        origin = press.origins.get(press.row_id)
        item = (
            self.scene.phase_item(press.row_id)
            if press.kind == "phase"
            else self.scene.lane_item(press.row_id)
        )
        index = self._header_index(press, pos)
        if press.kind == "phase":
            if item is not None and origin is not None:
                item.setPos(origin.x() + pos.x() - press.scene_pos.x(), origin.y())
            others = [p for p in layout.phases if p.phase_id != press.row_id]
            x = (
                others[index].header.x
                if index < len(others)
                else (others[-1].header.right if others else layout.metrics.lane_header_width)
            )
            line = (QPointF(x, 0), QPointF(x, layout.height))
        else:
            if item is not None and origin is not None:
                item.setPos(origin.x(), origin.y() + pos.y() - press.scene_pos.y())
            others = [lane for lane in layout.lanes if lane.lane_id != press.row_id]
            y = (
                others[index].row.y
                if index < len(others)
                else (others[-1].row.bottom if others else layout.metrics.phase_header_height)
            )
            line = (QPointF(0, y), QPointF(layout.width, y))
        self.scene.marker.show_at(QRectF(), line)

    def _click_card(self, press: _Press, pos: QPointF) -> None:
        scene = self.scene
        if press.ctrl:
            return
        if press.was_selected and len(scene.selected_card_ids()) > 1:
            scene.select_cards([press.row_id])
        item = scene.card_item(press.row_id)
        if item is None:
            return
        experience = item.strip_experience(item.mapFromScene(pos))
        if experience is not None:
            scene.stripClicked.emit(press.row_id, experience)

    def _add(self, what: str, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene
        if what == "phase":
            phase_id = scene.edits.add_phase()
            if phase_id is not None:
                scene.editRequested.emit("phase", phase_id)
            return
        from widgets.board.menus import add_lane_menu

        menu = add_lane_menu(scene, None, event.widget())
        if menu is not None:
            menu.exec(event.screenPos())
