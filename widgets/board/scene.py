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

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from app.document import JourneyDocument
from app.layout import MapLayout, Metrics
from export.qtpaint import BOARD_BG, CardLook, PhaseLook, lane_color, lane_look, map_subtitle
from storage.workshop import Change
from widgets.board.background import DropMarker, GridItem
from widgets.board.card_item import CardItem
from widgets.board.curve_item import CurveItem
from widgets.board.header_items import AddButtonItem, CornerItem, LaneHeaderItem, PhaseHeaderItem
from widgets.board.state import Delta, MapState

DIMMED_OPACITY = 0.22


class BoardScene(QGraphicsScene):
    """The swimlane board of one map; see the module docstring."""

    selectionChangedIds = Signal(list)  # selected card ids, in board order
    cardActivated = Signal(str)  # a card was double-clicked
    stripClicked = Signal(str, int)  # card id, experience -2..+2 under the click
    currentChanged = Signal(str, str)  # what the inspector shows: ("card"|"phase"|"lane"|"", id)
    mapSwitched = Signal(str)  # the map on the board ("" when none)
    mapsChanged = Signal()  # maps were added, removed or renamed
    boardChanged = Signal()  # the board was updated after an edit
    editRequested = Signal(str, str)  # (kind, id): open the inline editor on it
    message = Signal(str)  # a short note for the status bar (refused edits, hints)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.metrics = Metrics()
        self.document: JourneyDocument | None = None
        self.state: MapState | None = None
        self.layout: MapLayout | None = None
        self._cards: dict[str, CardItem] = {}
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
        self.setBackgroundBrush(QColor(BOARD_BG))
        self.grid = GridItem()
        self.corner = CornerItem(self.metrics.lane_header_width, self.metrics.phase_header_height)
        self.marker = DropMarker()
        self.add_phase_button = AddButtonItem("phase", self.tr("Add phase"), 110,
                                              self.metrics.phase_header_height)
        self.add_lane_button = AddButtonItem("lane", self.tr("Add lane"),
                                             self.metrics.lane_header_width, 46)
        for item in (self.grid, self.corner, self.marker, self.add_phase_button,
                     self.add_lane_button):
            self.addItem(item)
            item.hide()
        from widgets.board.edits import BoardEdits
        from widgets.board.interactions import BoardInteractions

        self.edits = BoardEdits(self)
        self.interactions = BoardInteractions(self)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- document and map -----------------------------------------------------------------

    @property
    def map_id(self) -> str | None:
        return self.state.map_id if self.state else None

    def set_document(self, document: JourneyDocument | None, map_id: str | None = None) -> None:
        """Show ``map_id`` (default: the first map) of ``document``; None clears the board."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
            self.document.undo_stack.indexChanged.disconnect(self.flush)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_changed)
            document.undo_stack.indexChanged.connect(self.flush)
            maps = document.maps()
            map_id = map_id or (maps[0].id if maps else None)
        self.set_map(map_id)

    def set_map(self, map_id: str | None) -> None:
        """Show another map of the document (selection and highlights are cleared)."""
        self.interactions.cancel()
        self._pending = Change()
        self._clear_items()
        self.state = None
        self.layout = None
        self._current_cell = self._current_header = None
        if self.document is not None and map_id is not None:
            self.state = MapState(self.document, map_id)
            self._build()
        self._emit_current()
        self.mapSwitched.emit(map_id or "")

    def _clear_items(self) -> None:
        for items in (self._cards, self._phases, self._lanes, self._curves):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        for item in (self.grid, self.corner, self.marker, self.add_phase_button,
                     self.add_lane_button):
            item.hide()

    def _build(self) -> None:
        assert self.state is not None
        for item in (self.grid, self.corner, self.add_phase_button, self.add_lane_button):
            item.show()
        self._apply(Delta(cards=set(self.state.cards), phases={p.id for p in self.state.phases},
                          lanes={lane.id for lane in self.state.lanes},
                          curves={lane.id for lane in self.state.lanes}, map_changed=True))

    # -- applying changes ----------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        self._pending.added |= change.added
        self._pending.updated |= change.updated
        self._pending.removed |= change.removed
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Apply the changes gathered since the last flush (the undo stack calls this)."""
        self._flush_scheduled = False
        change, self._pending = self._pending, Change()
        if not change or self.state is None:
            return
        delta = self.state.apply(change)
        if delta.map_removed:
            maps = self.document.maps() if self.document else []
            self.mapsChanged.emit()
            self.set_map(maps[0].id if maps else None)
            return
        self._apply(delta)
        if delta.maps:
            self.mapsChanged.emit()
        self.boardChanged.emit()

    def _apply(self, delta: Delta) -> None:
        state = self.state
        assert state is not None
        m = self.metrics
        card_w, card_h = m.phase_width - 2 * m.cell_padding, m.card_height
        for card_id in delta.cards:
            card = state.cards.get(card_id)
            item = self._cards.get(card_id)
            if card is None:
                if item is not None:
                    self.removeItem(self._cards.pop(card_id))
                continue
            look = CardLook.of(card, state.scores.get(card_id), state.channel_icon(card.channel_id))
            if item is None:
                item = CardItem(card_id, look, card_w, card_h, m)
                self._cards[card_id] = item
                self.addItem(item)
                if self._highlight is not None:
                    item.setOpacity(1.0 if self._highlight(card_id) else DIMMED_OPACITY)
            else:
                item.set_look(look)
        if delta.channels:  # icons of cards whose channel changed
            for card_id, item in self._cards.items():
                card = state.cards[card_id]
                item.set_look(CardLook.of(card, state.scores.get(card_id),
                                          state.channel_icon(card.channel_id)))
        self._sync(self._phases, {p.id for p in state.phases}, delta.phases)
        self._sync(self._lanes, {lane.id for lane in state.lanes}, delta.lanes)
        self._relayout(delta)

    def _sync(self, items: dict, alive: set[str], touched: set[str]) -> None:
        for row_id in touched - alive:
            item = items.pop(row_id, None)
            if item is not None:
                self.removeItem(item)
            curve = self._curves.pop(row_id, None)
            if curve is not None:
                self.removeItem(curve)

    def _relayout(self, delta: Delta) -> None:
        """Move every item to the recomputed layout; repaint only what changed."""
        state = self.state
        assert state is not None
        layout = state.layout(self.metrics)
        old = self.layout
        self.layout = layout
        for card_id, box in layout.cards.items():
            item = self._cards.get(card_id)
            if item is not None and (item.x(), item.y()) != (box.rect.x, box.rect.y):
                item.setPos(box.rect.x, box.rect.y)
        phases_moved = old is None or [p.phase_id for p in old.phases] != [
            p.phase_id for p in layout.phases]
        for box in layout.phases:
            phase = state.phases[box.index]
            item = self._phases.get(phase.id)
            look = PhaseLook(phase.name, phase.description, box.index + 1,
                             phase.id == self._highlight_phase)
            if item is None:
                item = PhaseHeaderItem(phase.id, look, box.header.w, box.header.h)
                self._phases[phase.id] = item
                self.addItem(item)
            else:
                item.set_look(look)
            item.setPos(box.header.x, box.header.y)
        lane_colors: dict[str, str | None] = {}
        for box in layout.lanes:
            lane = state.lanes[box.index]
            color = lane_color(lane, state.personas)
            lane_colors[lane.id] = color
            item = self._lanes.get(lane.id)
            look = lane_look(lane, state.personas, state.channels)
            cells_h = box.cells.h if box.curve is not None else None
            if item is None:
                item = LaneHeaderItem(lane.id, look, box.header.w, box.header.h, cells_h)
                self._lanes[lane.id] = item
                self.addItem(item)
            else:
                item.set_look(look, cells_h)
                item.set_size(box.header.w, box.header.h)
            item.setPos(box.header.x, box.header.y)
            self._layout_curve(lane.id, box, color, delta, phases_moved)
        self.grid.set_layout(layout, lane_colors)
        self.grid.set_highlight_phase(self._highlight_phase)
        self.corner.set_text(state.map.name if state.map else "",
                             map_subtitle(state.map.kind if state.map else "as-is"))
        self.add_phase_button.setPos(layout.width, 0)
        self.add_lane_button.setPos(0, layout.height)
        self.setSceneRect(QRectF(0, 0, layout.width + 110, layout.height + 46))
        self._show_current_cell()

    def _layout_curve(self, lane_id: str, box: object, color: str | None, delta: Delta,
                      phases_moved: bool) -> None:
        assert self.state is not None and self.layout is not None
        curve_rect = box.curve  # type: ignore[attr-defined]
        item = self._curves.get(lane_id)
        if curve_rect is None:
            if item is not None:
                self.removeItem(self._curves.pop(lane_id))
            return
        if item is None:
            item = CurveItem(lane_id)
            self._curves[lane_id] = item
            self.addItem(item)
        elif lane_id not in delta.curves and not phases_moved and not delta.personas:
            values = item.values
            item.set_curve(_qrect(curve_rect), self.layout.curve_points(lane_id, values), values,
                           color or "#3366CC")
            return
        values = self.state.curve(lane_id, self.layout)
        item.set_curve(_qrect(curve_rect), self.layout.curve_points(lane_id, values), values,
                       color or "#3366CC")

    # -- look-ups --------------------------------------------------------------------------

    def card_item(self, card_id: str) -> CardItem | None:
        return self._cards.get(card_id)

    def card_items(self) -> dict[str, CardItem]:
        return dict(self._cards)

    def phase_item(self, phase_id: str) -> PhaseHeaderItem | None:
        return self._phases.get(phase_id)

    def lane_item(self, lane_id: str) -> LaneHeaderItem | None:
        return self._lanes.get(lane_id)

    def curve_item(self, lane_id: str) -> CurveItem | None:
        return self._curves.get(lane_id)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a scene point."""
        if self.layout is None or pos.x() < self.metrics.lane_header_width:
            return None
        return self.layout.cell_at(pos.x(), pos.y())

    # -- selection, current cell and header (public hooks) --------------------------------

    def select_cards(self, ids: list[str] | set[str]) -> None:
        """Select exactly these cards (unknown ids are ignored)."""
        wanted = set(ids)
        self.blockSignals(True)
        try:
            self.clearSelection()
            for card_id in wanted:
                item = self._cards.get(card_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self._on_selection_changed()

    def selected_card_ids(self) -> list[str]:
        """The selected cards, in board order."""
        ids = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]
        return self.state.board_order(ids) if self.state else []

    def set_highlight(self, predicate: Callable[[str], bool] | None) -> None:
        """Dim the cards for which ``predicate(card_id)`` is false; None shows all."""
        self._highlight = predicate
        for card_id, item in self._cards.items():
            item.setOpacity(1.0 if predicate is None or predicate(card_id) else DIMMED_OPACITY)

    def highlight_phase(self, phase_id: str | None) -> None:
        """Mark one phase column (presentation mode); None clears it."""
        self._highlight_phase = phase_id
        for pid, item in self._phases.items():
            item.set_look(PhaseLook(item.look.name, item.look.description, item.look.number,
                                    pid == phase_id))
        self.grid.set_highlight_phase(phase_id)

    @property
    def current_cell(self) -> tuple[str, str] | None:
        """The cell a paste or a palette entry goes to: (lane_id, phase_id)."""
        return self._current_cell

    def set_current_cell(self, cell: tuple[str, str] | None) -> None:
        self._current_cell = cell
        self._show_current_cell()

    def _show_current_cell(self) -> None:
        cell = self._current_cell
        if cell is not None and self.state is not None and (
                self.state.lane(cell[0]) is None or self.state.phase(cell[1]) is None):
            cell = self._current_cell = None
        rect = None
        if cell is not None and self.layout is not None and not self.selected_card_ids():
            rect = _qrect(self.layout.cell_rect(*cell))
        self.grid.set_current_cell(rect)

    @property
    def current_header(self) -> tuple[str, str] | None:
        """The phase or lane header last clicked: ("phase"|"lane", id)."""
        return self._current_header

    def set_current_header(self, header: tuple[str, str] | None) -> None:
        if header is not None:
            self.clearSelection()
        self._current_header = header
        for items in (self._phases, self._lanes):
            for item in items.values():
                item.set_current(header == (item.kind, item.row_id))
        self._emit_current()

    def _on_selection_changed(self) -> None:
        ids = self.selected_card_ids()
        if ids and self._current_header is not None:
            self.set_current_header(None)
        if len(ids) == 1 and self.state is not None:
            card = self.state.cards[ids[0]]
            self._current_cell = (card.lane_id, card.phase_id)
        self._show_current_cell()
        self.selectionChangedIds.emit(ids)
        self._emit_current()

    def inspector_target(self) -> tuple[str, str]:
        ids = self.selected_card_ids()
        if len(ids) == 1:
            return "card", ids[0]
        if not ids and self._current_header is not None:
            kind, row_id = self._current_header
            if kind in ("phase", "lane") and row_id in (self._phases if kind == "phase"
                                                       else self._lanes):
                return kind, row_id
        return "", ""

    def _emit_current(self) -> None:
        target = self.inspector_target()
        if target != self._last_target:
            self._last_target = target
            self.currentChanged.emit(*target)

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
        if self.layout is None:
            return
        self._relayout(Delta())


def _qrect(rect: object) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)  # type: ignore[attr-defined]
