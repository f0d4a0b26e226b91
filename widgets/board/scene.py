"""GUI: the board scene, a projection of one map of the open document.

It keeps a dictionary from ids to items (cards, phase and lane headers, curves) and
listens to ``JourneyDocument.changed``: an edit re-reads only the rows it touched
(``MapState.apply``), updates, creates or removes only their items, and moves items to
a recomputed layout. Changes are gathered and applied when the undo stack finishes a
step (so a macro of many commands updates the board once) or, failing that, on the
next turn of the event loop. Mouse gestures live in ``interactions``, edits in ``edits``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from app.document import JourneyDocument
from app.layout import MapLayout, Metrics, card_offset
from app.rows import Change
from render.paint import (
    BOARD_BG,
    CardLook,
    PhaseLook,
    lane_color,
    lane_look,
    map_subtitle,
    qrect,
)
from widgets.board.background import BlueprintLabels, DropMarker, GridItem
from widgets.board.card_item import CardItem, LaneGroup
from widgets.board.connection_edits import ConnectionEdits
from widgets.board.connection_items import ConnectionLayer
from widgets.board.curve_item import CurveItem
from widgets.board.header_items import (
    HEADER_Z,
    AddButtonItem,
    CornerItem,
    LaneHeaderItem,
    PhaseHeaderItem,
)
from widgets.board.selection import DIMMED_OPACITY, SelectionHooks
from widgets.board.state import Delta, MapState


# SelectionHooks is the QGraphicsScene: naming QGraphicsScene again among the bases makes
# PySide hand a null scene back from itemChange, and addItem silently adds nothing.
class BoardScene(SelectionHooks):
    """The swimlane board of one map; see the module docstring."""

    # selectionChangedIds and currentChanged come from SelectionHooks.
    cardActivated = Signal(str)  # a card was double-clicked
    stripClicked = Signal(str, int)  # card id, experience -2..+2 under the click
    mapSwitched = Signal(str)  # the map on the board ("" when none)
    mapsChanged = Signal()  # maps were added, removed or renamed
    boardChanged = Signal()  # the board was updated after an edit
    editRequested = Signal(str, str)  # (kind, id): open the inline editor on it
    message = Signal(str)  # a short note for the status bar (refused edits, hints)
    actionRequested = Signal(list)  # card ids: make an action about them

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.metrics = Metrics()
        self.show_trends = True  # a measured card draws its trend line (View menu)
        self.document: JourneyDocument | None = None
        self._state: MapState | None = None
        self._frame: MapLayout | None = None  # phase and lane boxes of the current map
        self._layout: MapLayout | None = None
        self._cards: dict[str, CardItem] = {}
        self._groups: dict[str, LaneGroup] = {}
        self._phases: dict[str, PhaseHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._curves: dict[str, CurveItem] = {}
        self._pending = Change()
        self._flush_scheduled = False
        self._highlight: Callable[[str], bool] | None = None
        self._highlight_phase: str | None = None
        self._current_cell: tuple[str, str] | None = None
        self._current_header: tuple[str, str] | None = None
        self._last_target: tuple[str, str] = ("", "")
        self._sticky = (0.0, 0.0)  # where the headers are kept while scrolling
        self._buttons = True  # the "add phase" and "add lane" buttons (not when presenting)
        self.setBackgroundBrush(QColor(BOARD_BG))
        self.grid = GridItem()
        self.blueprint_labels = BlueprintLabels(HEADER_Z + 1.5)  # over the lane headers
        self.corner = CornerItem(self.metrics.lane_header_width, self.metrics.phase_header_height)
        self.marker = DropMarker()
        self.add_phase_button = AddButtonItem(
            "phase", self.tr("Add phase"), 110, self.metrics.phase_header_height
        )
        self.add_lane_button = AddButtonItem(
            "lane", self.tr("Add lane"), self.metrics.lane_header_width, 46
        )
        for item in (
            self.grid,
            self.blueprint_labels,
            self.corner,
            self.marker,
            self.add_phase_button,
            self.add_lane_button,
        ):
            self.addItem(item)
            item.hide()
        from widgets.board.edits import BoardEdits
        from widgets.board.interactions import BoardInteractions

        self.edits = BoardEdits(self)
        self.interactions = BoardInteractions(self)
        self.connections = ConnectionLayer(self)
        self.connection_edits = ConnectionEdits(self)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- document and map -----------------------------------------------------------------

    @property
    def map_id(self) -> str | None:
        return self._state.map_id if self._state else None

    @property
    def state(self) -> MapState | None:
        """The current map's rows, up to date with every committed edit."""
        self._current()
        return self._state

    @property
    def frame(self) -> MapLayout | None:
        """Phase and lane boxes of the current map, up to date with every committed edit."""
        self._current()
        return self._frame

    def set_document(self, document: JourneyDocument | None, map_id: str | None = None) -> None:
        """Show ``map_id`` (default: the first map) of ``document``; None clears the board."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_changed)
            maps = document.maps()
            map_id = map_id or (maps[0].id if maps else None)
        self.set_map(map_id)

    def set_map(self, map_id: str | None) -> None:
        """Show another map of the document (the selection is cleared; a highlight stays)."""
        self.interactions.cancel()
        self._pending = Change()
        self._clear_items()
        self._state = None
        self._frame = self._layout = None
        self._current_cell = self._current_header = None
        if self.document is not None and map_id is not None:
            self._state = MapState(self.document, map_id)
            self._build()
        self._emit_current()
        self.mapSwitched.emit(map_id or "")

    def set_metrics(self, metrics: Metrics, buttons: bool = True) -> None:
        """Lay the board out with other sizes (presentation mode), with or without the
        "add" buttons; the selection stays."""
        if metrics == self.metrics and buttons == self._buttons:
            return
        self._current()
        selected = self.selected_card_ids()
        self.interactions.cancel()
        self.metrics, self._buttons = metrics, buttons
        self.corner.set_size(metrics.lane_header_width, metrics.phase_header_height)
        self.add_phase_button.set_size(110, metrics.phase_header_height)
        self.add_lane_button.set_size(metrics.lane_header_width, 46)
        self._clear_items()
        self._frame = self._layout = None
        if self._state is not None:
            self._build()
            self.select_cards(selected)
        self.boardChanged.emit()

    def _clear_items(self) -> None:
        self.connections.clear()
        self._cards.clear()  # they go with their lane groups
        for items in (self._groups, self._phases, self._lanes, self._curves):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        for item in (
            self.grid,
            self.blueprint_labels,
            self.corner,
            self.marker,
            self.add_phase_button,
            self.add_lane_button,
        ):
            item.hide()

    def _build(self) -> None:
        assert self._state is not None
        for item in (self.grid, self.blueprint_labels, self.corner):
            item.show()
        for item in (self.add_phase_button, self.add_lane_button):
            item.setVisible(self._buttons)
        self._apply(
            Delta(
                cards=set(self._state.cards),
                cells=set(self._state.cells),
                phases={p.id for p in self._state.phases},
                lanes={lane.id for lane in self._state.lanes},
                curves={lane.id for lane in self._state.lanes},
                map_changed=True,
            )
        )

    # -- applying changes ----------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        self._pending.added |= change.added
        self._pending.updated |= change.updated
        self._pending.removed |= change.removed
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Apply the changes gathered since the last flush.

        Edits are applied in the event loop's next turn, after the command has committed
        (several changes of one gesture or macro become one update), or at once when
        someone asks the scene for its state or items before that.
        """
        self._flush_scheduled = False
        change, self._pending = self._pending, Change()
        if not change or self._state is None:
            return
        delta = self._state.apply(change)
        if delta.map_removed:
            maps = self.document.maps() if self.document else []
            self.mapsChanged.emit()
            self.set_map(maps[0].id if maps else None)
            return
        self._apply(delta)
        if delta.maps:
            self.mapsChanged.emit()
        self.boardChanged.emit()

    def set_show_trends(self, show: bool) -> None:
        """Show or hide the trend lines of measured cards."""
        self.show_trends = show
        for item in self.card_items().values():
            item.invalidate_look()
            item.update()

    def _card_look(self, card_id: str) -> CardLook:
        state = self._state
        card = state.cards.get(card_id) if state else None
        if state is None or card is None:
            return CardLook("note", "", None)
        look = CardLook.of(
            card,
            state.score(card_id),
            state.channel_icon(card.channel_id),
            state.open_comments.get(card_id, 0),
        )
        trend = state.trends.get(card_id) if self.show_trends else None
        return replace(look, trend=trend) if trend else look

    def _apply(self, delta: Delta) -> None:
        """Update the items of what ``delta`` names; move items only where places changed."""
        state = self._state
        assert state is not None
        m = self.metrics
        for lane in state.lanes:
            if lane.id not in self._groups:
                group = LaneGroup(lane.id)
                self._groups[lane.id] = group
                self.addItem(group)
        card_w = m.card_width
        for card_id in delta.cards:
            card = state.cards.get(card_id)
            item = self._cards.get(card_id)
            if card is None:
                if item is not None:
                    self.removeItem(self._cards.pop(card_id))
                continue
            if item is None:
                item = CardItem(
                    card_id, self._card_look, card_w, m.card_height, m, self._groups[card.lane_id]
                )
                self._cards[card_id] = item
                if self._highlight is not None:
                    item.setOpacity(1.0 if self._highlight(card_id) else DIMMED_OPACITY)
            else:
                item.invalidate_look()
        if delta.channels:  # icons of cards whose channel changed
            for item in self._cards.values():
                item.invalidate_look()
        alive = {lane.id for lane in state.lanes}
        for lane_id in [g for g in self._groups if g not in alive]:
            self.removeItem(self._groups.pop(lane_id))
        self._sync(self._phases, {p.id for p in state.phases}, delta.phases)
        self._sync(self._lanes, alive, delta.lanes)
        if delta.structure or self._frame is None:
            self._layout = None
            self._place(delta)
        self._update_headers(delta)
        self.connections.sync(state.connections, self._cards)

    def _sync(self, items: dict, alive: set[str], touched: set[str]) -> None:
        for row_id in touched - alive:
            item = items.pop(row_id, None)
            if item is not None:
                self.removeItem(item)
            curve = self._curves.pop(row_id, None)
            if curve is not None:
                self.removeItem(curve)

    def _place(self, delta: Delta) -> None:
        """Recompute the frame; move lanes, and the cards of the cells that changed."""
        state = self._state
        assert state is not None
        old = self._frame
        frame = state.frame(self.metrics)
        self._frame = frame
        columns = {p.phase_id: p.column.x for p in frame.phases}
        # A phase that widens (a crowded cell wraps into another column) moves the
        # phases right of it: then every card is placed again.
        everything = old is None or {p.phase_id: p.column.x for p in old.phases} != columns
        cells = (
            state.cells if everything else {cell: state.cells.get(cell, []) for cell in delta.cells}
        )
        # The place of the n-th card of a cell, worked out once for all cells.
        offsets = [
            card_offset(i, self.metrics) for i in range(max(map(len, cells.values()), default=0))
        ]
        for (lane_id, phase_id), ids in cells.items():
            x = columns.get(phase_id)
            group = self._groups.get(lane_id)
            if x is None or group is None:
                continue
            for index, card_id in enumerate(ids):
                item = self._cards.get(card_id)
                if item is None:
                    continue
                if item.parentItem() is not group:
                    item.setParentItem(group)
                dx, dy = offsets[index]
                if item.x() != x + dx or item.y() != dy:
                    item.setPos(x + dx, dy)
        for box in frame.lanes:
            group = self._groups[box.lane_id]
            if group.y() != box.cells.y:
                group.setPos(0, box.cells.y)
        self.grid.set_layout(
            frame, {lane.id: lane_color(lane, state.personas) for lane in state.lanes}
        )
        language = self.document.language() if self.document is not None else "en"
        self.grid.set_blueprint([lane.kind for lane in state.lanes], language)
        self.blueprint_labels.set_lines(frame, [lane.kind for lane in state.lanes], language)
        room = (110, 46) if self._buttons else (0, 0)  # for the "add" buttons
        self.setSceneRect(QRectF(0, 0, frame.width + room[0], frame.height + room[1]))
        self._show_current_cell()

    def _update_headers(self, delta: Delta) -> None:
        """Headers and curves: positions from the frame, looks where their rows changed."""
        state, frame = self._state, self._frame
        assert state is not None and frame is not None
        for box in frame.phases:
            phase = state.phases[box.index]
            look = PhaseLook(
                phase.name, phase.description, box.index + 1, phase.id == self._highlight_phase
            )
            item = self._phases.get(phase.id)
            if item is None:
                item = PhaseHeaderItem(phase.id, look, box.header.w, box.header.h)
                self._phases[phase.id] = item
                self.addItem(item)
            else:
                item.set_look(look)
                item.set_size(box.header.w, box.header.h)  # a crowded cell widens it
            _move(item, box.header.x, self._sticky[1])
        new_colors = bool(delta.personas or delta.lanes)
        for box in frame.lanes:
            lane = state.lanes[box.index]
            item = self._lanes.get(lane.id)
            cells_h = box.cells.h if box.curve is not None else None
            if item is None or lane.id in delta.lanes or delta.personas or delta.channels:
                look = lane_look(lane, state.personas, state.channels)
                if item is None:
                    item = LaneHeaderItem(lane.id, look, box.header.w, box.header.h, cells_h)
                    self._lanes[lane.id] = item
                    self.addItem(item)
                else:
                    item.set_look(look, cells_h)
            else:
                item.set_look(item.look, cells_h)
            item.set_size(box.header.w, box.header.h)
            _move(item, self._sticky[0], box.header.y)
            self._update_curve(lane, box, delta, new_colors)
        if new_colors:
            self.grid.set_layout(
                frame, {lane.id: lane_color(lane, state.personas) for lane in state.lanes}
            )
        if state.map is not None:
            self.corner.set_text(state.map.name, map_subtitle(state.map.kind))
        x, y = self._sticky
        _move(self.corner, x, y)
        _move(self.blueprint_labels, x, 0)
        self.blueprint_labels.set_top(y + self.metrics.phase_header_height)
        _move(self.add_phase_button, frame.width, y)
        _move(self.add_lane_button, x, frame.height)

    def retranslate_ui(self) -> None:
        """Texts drawn on the board, in the interface language just chosen."""
        self.add_phase_button.set_label(self.tr("Add phase"))
        self.add_lane_button.set_label(self.tr("Add lane"))
        if self._state is not None and self._frame is not None:
            # Lane kinds, the map kind and the note and curve labels are painted texts.
            self._update_headers(Delta(lanes={lane.id for lane in self._state.lanes}))
            for item in (*self._cards.values(), *self._lanes.values(), *self._curves.values()):
                item.update()

    def set_sticky_offset(self, x: float, y: float) -> None:
        """Keep the headers in view: phase headers at ``y``, lane headers at ``x`` (scene).

        The view calls this when it scrolls, so the headers stay at the visible board's
        top and left edges, as frozen rows and columns do in a spreadsheet.
        """
        offset = (max(0.0, x), max(0.0, y))
        if offset == self._sticky:
            return
        self._sticky = offset
        if self._state is not None and self._frame is not None and not self.interactions.dragging:
            self._update_headers(Delta())

    @property
    def sticky_offset(self) -> tuple[float, float]:
        return self._sticky

    def _update_curve(self, lane: object, box: object, delta: Delta, recolor: bool) -> None:
        state, frame = self._state, self._frame
        assert state is not None and frame is not None
        lane_id = lane.id  # type: ignore[attr-defined]
        band = box.curve  # type: ignore[attr-defined]
        item = self._curves.get(lane_id)
        if band is None:
            if item is not None:
                self.removeItem(self._curves.pop(lane_id))
            return
        if item is None:
            item = CurveItem(lane_id, self._curve_values)
            self._curves[lane_id] = item
            self.addItem(item)
            recolor = True
        if recolor:
            item.set_color(lane_color(lane, state.personas) or "#3366CC")  # type: ignore[arg-type]
        item.set_frame(qrect(band), frame)
        if lane_id in delta.curves or delta.phases:
            item.invalidate()

    def _curve_values(self, lane_id: str) -> list[float | None]:
        return self._state.curve(lane_id) if self._state else []

    @property
    def layout(self) -> MapLayout | None:
        """The full layout with every card's box (computed when first needed after an edit)."""
        if self._layout is None and self._state is not None and self._frame is not None:
            self._layout = self._state.layout(self.metrics)
        return self._layout

    # -- look-ups --------------------------------------------------------------------------

    def _current(self) -> None:
        if self._flush_scheduled:
            self.flush()

    def card_item(self, card_id: str) -> CardItem | None:
        self._current()
        return self._cards.get(card_id)

    def card_items(self) -> dict[str, CardItem]:
        self._current()
        return dict(self._cards)

    def phase_item(self, phase_id: str) -> PhaseHeaderItem | None:
        self._current()
        return self._phases.get(phase_id)

    def lane_item(self, lane_id: str) -> LaneHeaderItem | None:
        self._current()
        return self._lanes.get(lane_id)

    def curve_item(self, lane_id: str) -> CurveItem | None:
        self._current()
        return self._curves.get(lane_id)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a scene point."""
        if self._frame is None or pos.x() < self.metrics.lane_header_width:
            return None
        return self._frame.cell_at(pos.x(), pos.y())

    # -- mouse: delegated to the interactions ----------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.interactions.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.interactions.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.interactions.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.interactions.double_click(event):
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        from widgets.board.menus import context_menu

        menu = context_menu(self, event.scenePos(), event.widget())
        if menu is not None:
            menu.exec(event.screenPos())
            event.accept()

    def snap_back(self) -> None:
        """Put every item back where the layout says (after a cancelled or no-op drag)."""
        if self._state is None:
            return
        self._frame = None
        self._place(Delta(cells=set(self._state.cells)))
        self._update_headers(Delta())
        self.connections.follow(self._cards)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips: a card's full title and description, a header's description."""
        item = self.interactions.item_at(event.scenePos())
        text = ""
        if isinstance(item, CardItem) and self._state is not None:
            card = self._state.cards.get(item.card_id)
            if card is not None:
                text = card.title + (f"\n\n{card.description}" if card.description else "")
        elif isinstance(item, PhaseHeaderItem):
            text = item.look.description or item.look.name
        elif isinstance(item, LaneHeaderItem):
            text = item.toolTip() or item.look.name
        elif isinstance(item, AddButtonItem):
            text = item.toolTip()
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        event.accept()


def _move(item: QGraphicsItem, x: float, y: float) -> None:
    if item.x() != x or item.y() != y:
        item.setPos(x, y)
