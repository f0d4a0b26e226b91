"""GUI: the board's selection, current cell and header, and highlights (public hooks).

Mixed into BoardScene: selection is never an edit (nothing here touches the undo
stack). The other panels use ``select_cards``, ``selected_card_ids``, ``set_highlight``
and ``highlight_phase``; the inspector follows ``currentChanged``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene

from render.paint import PhaseLook, qrect
from widgets.board.card_item import CardItem

DIMMED_OPACITY = 0.22


class SelectionHooks(QGraphicsScene):
    """Selection and highlight state of a BoardScene (uses its items)."""

    selectionChangedIds = Signal(list)  # selected card ids, in board order
    currentChanged = Signal(str, str)  # what the inspector shows: ("card"|"phase"|"lane"|"", id)

    _cards: dict[str, Any]
    _phases: dict[str, Any]
    _lanes: dict[str, Any]
    _highlight: Callable[[str], bool] | None
    _highlight_phase: str | None
    _current_cell: tuple[str, str] | None
    _current_header: tuple[str, str] | None
    _last_target: tuple[str, str]
    state: Any
    frame: Any
    grid: Any
    _current: Callable[[], None]  # applies edits not yet shown on the board
    connections: Any  # the arrows between cards (ConnectionLayer)

    def select_cards(self, ids: Iterable[str]) -> None:
        """Select exactly these cards (unknown ids are ignored)."""
        wanted = set(ids)
        self._current()
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
        self._current()
        for card_id, item in self._cards.items():
            item.setOpacity(1.0 if predicate is None or predicate(card_id) else DIMMED_OPACITY)
        self.connections.follow(self._cards)  # an arrow is dimmed with its cards

    def highlight_phase(self, phase_id: str | None) -> None:
        """Mark one phase column (presentation mode); None clears it."""
        self._highlight_phase = phase_id
        self._current()
        for pid, item in self._phases.items():
            item.set_look(
                PhaseLook(item.look.name, item.look.description, item.look.number, pid == phase_id)
            )
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
        if (
            cell is not None
            and self.state is not None
            and (self.state.lane(cell[0]) is None or self.state.phase(cell[1]) is None)
        ):
            cell = self._current_cell = None
        rect = None
        if (
            cell is not None
            and self.frame is not None
            and self._current_header is None
            and not self.selected_card_ids()
        ):
            rect = qrect(self.frame.cell_rect(*cell))
        self.grid.set_current_cell(rect)

    @property
    def current_header(self) -> tuple[str, str] | None:
        """The phase or lane header last clicked: ("phase"|"lane", id)."""
        return self._current_header

    def set_current_header(self, header: tuple[str, str] | None) -> None:
        if header is not None:
            self.clearSelection()
        self._current_header = header
        self._current()
        for items in (self._phases, self._lanes):
            for item in items.values():
                item.set_current(header == (item.kind, item.row_id))
        self._show_current_cell()
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
            self._current()
            kind, row_id = self._current_header
            if kind in ("phase", "lane") and row_id in (
                self._phases if kind == "phase" else self._lanes
            ):
                return kind, row_id
        return "", ""

    def _emit_current(self) -> None:
        target = self.inspector_target()
        if target != self._last_target:
            self._last_target = target
            self.currentChanged.emit(*target)


def step(scene: Any, direction: str) -> None:
    """Move the keyboard cursor (the selected card, or the current cell) one step.

    ``direction`` is "up", "down", "left" or "right". Up and down walk through a cell's
    cards in board order and on into the lanes above and below; left and right go to the
    neighbouring column of cards in a crowded cell, else to the same place in the
    neighbouring phase. An empty cell becomes the current cell, so a palette entry can
    be added there with the keyboard.
    """
    state = scene.state
    if state is None or not state.lanes or not state.phases:
        return
    lanes = [lane.id for lane in state.lanes]
    phases = [phase.id for phase in state.phases]
    ids = scene.selected_card_ids()
    if ids:
        card = state.cards[ids[-1]]
        lane_id, phase_id = card.lane_id, card.phase_id
        index = state.cells.get((lane_id, phase_id), []).index(card.id)
    elif scene.current_cell is not None:
        (lane_id, phase_id), index = scene.current_cell, -1
    else:
        _go(scene, lanes[0], phases[0], 0)
        return
    cell = state.cells.get((lane_id, phase_id), [])
    li, pi = lanes.index(lane_id), phases.index(phase_id)
    if direction == "up":
        if index > 0:
            _go(scene, lane_id, phase_id, index - 1)
        elif li > 0:
            _go(scene, lanes[li - 1], phase_id, -1)
    elif direction == "down":
        if 0 <= index < len(cell) - 1:
            _go(scene, lane_id, phase_id, index + 1)
        elif li < len(lanes) - 1:
            _go(scene, lanes[li + 1], phase_id, 0)
    elif direction in ("left", "right"):
        rows = max(1, scene.metrics.cell_rows)
        across = index + (-rows if direction == "left" else rows)
        if index >= 0 and 0 <= across < len(cell):
            _go(scene, lane_id, phase_id, across)
            return
        if index >= 0 and direction == "right" and index // rows < (len(cell) - 1) // rows:
            _go(scene, lane_id, phase_id, len(cell) - 1)  # the last column is shorter
            return
        pi += -1 if direction == "left" else 1
        if index >= 0:
            index %= rows  # the same row of the neighbouring cell
        if 0 <= pi < len(phases):
            _go(scene, lane_id, phases[pi], max(index, 0))


def _go(scene: Any, lane_id: str, phase_id: str, index: int) -> None:
    """Select the ``index``-th card of a cell (-1: the last), or make the empty cell current."""
    cards = scene.state.cells.get((lane_id, phase_id), [])
    if cards:
        card_id = cards[min(index, len(cards) - 1)] if index >= 0 else cards[-1]
        scene.select_cards([card_id])
        for view in scene.views():
            view.ensure_visible(card_id)
    else:
        scene.set_current_header(None)
        scene.clearSelection()
        scene.set_current_cell((lane_id, phase_id))
