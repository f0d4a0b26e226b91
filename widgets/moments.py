"""GUI: the moments-of-truth panel: the current map's touchpoints to fix first, ranked.

The ranking is ``MapData.moments`` (the rules of app/scoring.py); the panel only shows it and
re-reads it when an edit touches the map's cards or ratings.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.colors import DISAGREEMENT_COLOR, experience_color
from app.document import Change, JourneyDocument
from app.mapdata import MapData
from widgets.insight_common import fill, format_number, setup_list_table, swatch_icon

DISAGREEMENT_MARK = "\u2260"  # "≠": the ratings do not agree

COLUMNS = (
    "rank",
    "title",
    "phase",
    "experience",
    "importance",
    "priority",
    "votes",
    "disagreement",
)


class MomentsPanel(QWidget):
    """Dock content: the ranked moments of truth of one map; a click asks for the card."""

    cardRequested = Signal(str)
    actionRequested = Signal(list)  # card ids: make an action about them

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_id: str | None = None
        self._watched: set[tuple[str, str]] = set()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Touchpoint"),
                self.tr("Phase"),
                self.tr("Exp."),
                self.tr("Imp."),
                self.tr("Priority"),
                self.tr("Votes"),
                "",
            ]
        )
        headers = {
            1: self.tr("Touchpoint, coloured by its mean experience"),
            3: self.tr("Mean experience (−2 very negative … +2 very positive)"),
            4: self.tr("Mean importance (1 minor … 5 critical)"),
            5: self.tr("Priority = importance × (−experience); the higher, the sooner to fix"),
            6: self.tr("Number of ratings"),
            7: self.tr("≠ marks touchpoints whose ratings disagree"),
        }
        for column, tip in headers.items():
            header = self.table.horizontalHeaderItem(column)
            assert header is not None  # made by setHorizontalHeaderLabels
            header.setToolTip(tip)
        setup_list_table(self.table, stretch_column=1, row_height=self.fontMetrics().height() + 8)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellClicked.connect(lambda row, _column: self._request(row))
        self.table.cellActivated.connect(lambda row, _column: self._request(row))
        # Right-click a moment of truth: "New action" turns it into one in one gesture.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.rule_label = QLabel(
            self.tr(
                "Touchpoints with a negative mean experience, most urgent first: "
                "priority = importance × (−experience)."
            )
        )
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("QLabel { color: #555555; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._stale = True
        document.changed.connect(self._on_changed)

    def set_map(self, map_id: str | None) -> None:
        """Show the moments of ``map_id`` (None: nothing)."""
        self.map_id = map_id or None
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        # Ranking a large map costs tens of milliseconds: only a panel on screen pays it,
        # a hidden one catches up when it is shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def card_ids(self) -> list[str]:
        """The card ids in the order shown (rank 1 first)."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, 0)) is not None
        ]

    def _request(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.cardRequested.emit(item.data(Qt.ItemDataRole.UserRole))

    def row_menu(self, row: int) -> QMenu | None:
        """The context menu of a row (None outside the rows)."""
        item = self.table.item(row, 0)
        if item is None:
            return None
        card_id = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("New action"), lambda: self.actionRequested.emit([card_id]))
        menu.addAction(self.tr("Show on the board"), lambda: self.cardRequested.emit(card_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.row_menu(self.table.rowAt(pos.y()))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_changed(self, change: Change) -> None:
        if self.map_id is None:
            return
        touched = {
            (kind, row_id) for kind, row_id in change.added | change.updated | change.removed
        }
        if touched & self._watched:
            self._refresh_when_seen()
            return
        # A card added to this map (new, or restored by an undo) is not watched yet;
        # cards never move between maps, so only added ones need a look-up.
        for kind, card_id in change.added:
            if kind != "card":
                continue
            card = self.document.get("card", card_id)
            if card is not None and card.map_id == self.map_id:
                self._refresh_when_seen()
                return

    def refresh(self) -> None:
        """Re-read the map and show its ranked moments of truth."""
        self._stale = False
        journey_map = self.document.get("map", self.map_id) if self.map_id else None
        if journey_map is None:
            self.map_id = None
            self._watched = set()
            self._show([], None)
            return
        data = self.document.map_data(journey_map.id)
        # Whatever changes the ranking: the map, its phases and lanes (board order),
        # its cards (titles, order, kind) and their ratings.
        self._watched = (
            {("map", journey_map.id)}
            | {("phase", p.id) for p in data.phases}
            | {("lane", lane.id) for lane in data.lanes}
            | {("card", c.id) for c in data.cards}
            | {("rating", c.id) for c in data.cards}
        )
        self._show(data.moments, data)

    def _show(self, moments: list, data: MapData | None) -> None:
        selected = self.table.currentRow()
        selected_id = self.card_ids()[selected] if 0 <= selected < self.table.rowCount() else None
        self.table.setRowCount(len(moments))
        phases = {p.id: p.name for p in data.phases} if data is not None else {}
        for row, moment in enumerate(moments):
            card = data.card_by_id[moment.card_id] if data is not None else None
            color = experience_color(moment.experience)
            rank = QTableWidgetItem(str(row + 1))
            rank.setData(Qt.ItemDataRole.UserRole, moment.card_id)
            title = QTableWidgetItem(swatch_icon(color, 14), card.title if card else "")
            title.setToolTip(card.title if card else "")
            phase = QTableWidgetItem(phases.get(card.phase_id, "") if card else "")
            experience = QTableWidgetItem(format_number(moment.experience, signed=True))
            importance = QTableWidgetItem(format_number(moment.importance))
            priority = QTableWidgetItem(format_number(moment.priority))
            votes = QTableWidgetItem(str(moment.votes))
            marker = QTableWidgetItem(DISAGREEMENT_MARK if moment.disagreement else "")
            if moment.disagreement:
                marker.setForeground(QBrush(QColor(DISAGREEMENT_COLOR)))
                font = marker.font()
                font.setBold(True)
                marker.setFont(font)
                marker.setToolTip(self.tr("The participants disagree about this touchpoint"))
            for item in (rank, experience, importance, priority, votes, marker):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            marker.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, item in enumerate(
                (rank, title, phase, experience, importance, priority, votes, marker)
            ):
                self.table.setItem(row, column, item)
            if moment.card_id == selected_id:
                self.table.selectRow(row)
        if data is None:
            self.empty_label.setText(self.tr("No map is open."))
        elif not moments:
            self.empty_label.setText(
                self.tr("No moments of truth: no rated touchpoint has a negative mean experience.")
            )
        else:
            text = (
                self.tr("%1 of %2 touchpoints needs attention.")
                if len(moments) == 1
                else self.tr("%1 of %2 touchpoints need attention.")
            )
            self.empty_label.setText(fill(text, len(moments), len(data.scores)))
