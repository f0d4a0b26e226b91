"""GUI: the compare dialog: how each touchpoint changed from the as-is to the to-be map.

Rows come from ``app.compare.compare_maps``; the table sorts by any column (unrated
values always sort last). Experience deltas are coloured with the board's scale
(purple: better, orange: worse; colour-blind safe) and carry an arrow, so the colour is
never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.colors import experience_color
from app.compare import CARRIED, DROPPED, NEW, CardDelta, compare_maps, summarize
from app.compare_connections import compare_connections
from app.document import Change, JourneyDocument
from widgets.insight_common import fill, format_number, setup_list_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UNRATED_GREY = "#6A6A6A"
UP, DOWN = "\u25b2", "\u25bc"  # ▲ ▼

COLUMNS = (
    "change",
    "touchpoint",
    "phase",
    "lane",
    "old_experience",
    "new_experience",
    "experience_delta",
    "old_importance",
    "new_importance",
    "importance_delta",
)


class SortItem(QTableWidgetItem):
    """A cell sorted by a key of its own: numbers numerically, unrated after everything."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            # Unrated and empty cells go last whichever way the column is sorted.
            table = self.tableWidget()
            descending = (
                table is not None
                and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            )
            if descending:
                return mine is None and theirs is not None
            return mine is not None and theirs is None
        if isinstance(mine, str) and isinstance(theirs, str):
            return mine.casefold() < theirs.casefold()
        return mine < theirs


def default_pair(document: JourneyDocument, current_map_id: str | None) -> tuple[str, str] | None:
    """(as-is id, to-be id) to compare first: the current to-be map and its base."""
    maps = document.maps()
    by_id = {m.id: m for m in maps}
    current = by_id.get(current_map_id or "")
    if current is not None and current.based_on in by_id:
        return current.based_on, current.id
    if current is not None:
        child = next((m for m in maps if m.based_on == current.id), None)
        if child is not None:
            return current.id, child.id
    based = next((m for m in maps if m.based_on in by_id), None)
    if based is not None:
        return str(based.based_on), based.id
    if len(maps) >= 2:
        return maps[0].id, maps[1].id
    return None


class CompareDialog(QDialog):
    """Compare two maps of the workshop (defaults: the current to-be map and its base)."""

    def __init__(
        self,
        document: JourneyDocument,
        current_map_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: list[CardDelta] = []
        self.setWindowTitle(self.tr("Compare maps"))
        self.as_is_combo = QComboBox()
        self.to_be_combo = QComboBox()
        self._load_maps(default_pair(document, current_map_id))
        self.as_is_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.to_be_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        choose = QHBoxLayout()
        before = QLabel(self.tr("&Before:"))
        before.setBuddy(self.as_is_combo)
        choose.addWidget(before)
        choose.addWidget(self.as_is_combo, 1)
        choose.addSpacing(12)
        after = QLabel(self.tr("&After:"))
        after.setBuddy(self.to_be_combo)
        choose.addWidget(after)
        choose.addWidget(self.to_be_combo, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Touchpoint"),
                self.tr("Phase"),
                self.tr("Lane"),
                self.tr("Exp. before"),
                self.tr("Exp. after"),
                self.tr("Δ Exp."),
                self.tr("Imp. before"),
                self.tr("Imp. after"),
                self.tr("Δ Imp."),
            ]
        )
        for column, tip in (
            (6, self.tr("Change of the mean experience: ▲ better, ▼ worse")),
            (9, self.tr("Change of the mean importance")),
        ):
            header = self.table.horizontalHeaderItem(column)
            assert header is not None  # made by setHorizontalHeaderLabels
            header.setToolTip(tip)
        setup_list_table(self.table, stretch_column=1, row_height=self.fontMetrics().height() + 8)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(1040, 560)
        document.changed.connect(self._on_changed)
        self.refresh()

    def _load_maps(self, pair: tuple[str, str] | None) -> None:
        """Fill both combo boxes with the workshop's maps and choose ``pair``."""
        for combo in (self.as_is_combo, self.to_be_combo):
            combo.blockSignals(True)
            combo.clear()
            for journey_map in self.document.maps():
                kind = self._kind_label(journey_map.kind)
                label = (
                    journey_map.name
                    if journey_map.name.casefold() == kind.casefold()
                    else fill(self.tr("%1 (%2)"), journey_map.name, kind)
                )
                combo.addItem(label, journey_map.id)
        if pair is not None:
            self.as_is_combo.setCurrentIndex(max(0, self.as_is_combo.findData(pair[0])))
            self.to_be_combo.setCurrentIndex(max(0, self.to_be_combo.findData(pair[1])))
        for combo in (self.as_is_combo, self.to_be_combo):
            combo.blockSignals(False)

    def _on_changed(self, change: Change) -> None:
        # The dialog may stay open while the room keeps rating: follow the edits.
        if "map" in change.kinds():
            as_is_id, to_be_id = self.selected_pair()
            self._load_maps(
                (as_is_id, to_be_id) if as_is_id and to_be_id else default_pair(self.document, None)
            )
        if change.kinds() & {"map", "phase", "lane", "card", "rating", "connection"}:
            self.refresh()

    def _kind_label(self, kind: str) -> str:
        return self.tr("as-is") if kind == "as-is" else self.tr("to-be")

    def _status_label(self, status: str) -> str:
        return {CARRIED: self.tr("carried over"), NEW: self.tr("new"), DROPPED: self.tr("dropped")}[
            status
        ]

    def selected_pair(self) -> tuple[str | None, str | None]:
        return self.as_is_combo.currentData(), self.to_be_combo.currentData()

    def set_pair(self, as_is_id: str, to_be_id: str) -> None:
        self.as_is_combo.setCurrentIndex(self.as_is_combo.findData(as_is_id))
        self.to_be_combo.setCurrentIndex(self.to_be_combo.findData(to_be_id))

    def refresh(self) -> None:
        """Recompute the rows for the chosen maps."""
        as_is_id, to_be_id = self.selected_pair()
        if not as_is_id or not to_be_id:
            self.rows = []
        else:
            self.rows = compare_maps(
                self.document.map_data(as_is_id), self.document.map_data(to_be_id)
            )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, delta in enumerate(self.rows):
            for column, item in enumerate(self._items(delta)):
                self.table.setItem(row, column, item)
        # Board order first; enabling sorting with no sort column keeps it.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._summarize(as_is_id == to_be_id)

    def _summarize(self, same: bool) -> None:
        if same:
            self.summary_label.setText(self.tr("Choose two different maps to compare."))
            return
        s = summarize(self.rows)
        text = fill(
            self.tr(
                "%1 touchpoints carried over: %2 better, %3 worse, %4 unchanged, "
                "%5 not comparable (unrated). %6 new, %7 dropped."
            ),
            s.carried,
            s.better,
            s.worse,
            s.unchanged,
            s.not_comparable,
            s.new,
            s.dropped,
        )
        as_is_id, to_be_id = self.selected_pair()
        if as_is_id and to_be_id:
            arrows = compare_connections(
                self.document.map_data(as_is_id), self.document.map_data(to_be_id)
            )
            if arrows.added or arrows.removed or arrows.changed:
                text += " " + fill(
                    self.tr("Connections: %1 added, %2 removed, %3 changed."),
                    len(arrows.added),
                    len(arrows.removed),
                    len(arrows.changed),
                )
        self.summary_label.setText(text)

    def _items(self, delta: CardDelta) -> list[QTableWidgetItem]:
        def text_item(text: str | None, tooltip: str | None = None) -> SortItem:
            item = SortItem(text or "")
            item.setData(SORT_ROLE, text or None)
            if tooltip:
                item.setToolTip(tooltip)
            return item

        def moved(old: str | None, new: str | None) -> str | None:
            if delta.status == CARRIED and old != new:
                return fill(self.tr("%1 → %2"), old or "", new or "")
            return new if new is not None else old

        status = text_item(self._status_label(delta.status))
        status.setData(SORT_ROLE, (CARRIED, NEW, DROPPED).index(delta.status))
        status.setData(Qt.ItemDataRole.UserRole, delta.card_id)
        renamed = delta.status == CARRIED and delta.old_title != delta.new_title
        title = text_item(
            delta.title,
            fill(self.tr("%1\nBefore: %2"), delta.title, delta.old_title or "")
            if renamed
            else delta.title,
        )
        phase = text_item(moved(delta.old_phase, delta.new_phase))
        lane = text_item(moved(delta.old_lane, delta.new_lane))
        return [
            status,
            title,
            phase,
            lane,
            self._value(delta.old_experience, delta.status != NEW, signed=True),
            self._value(delta.new_experience, delta.status != DROPPED, signed=True),
            self._delta(delta.experience_delta, delta.status == CARRIED, coloured=True),
            self._value(delta.old_importance, delta.status != NEW),
            self._value(delta.new_importance, delta.status != DROPPED),
            self._delta(delta.importance_delta, delta.status == CARRIED),
        ]

    def _value(self, value: float | None, present: bool, signed: bool = False) -> SortItem:
        item = SortItem(format_number(value, signed=signed) if present else "")
        item.setData(SORT_ROLE, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if value is None:
            item.setForeground(QBrush(QColor(UNRATED_GREY)))
        return item

    def _delta(self, value: float | None, present: bool, coloured: bool = False) -> SortItem:
        if not present:
            text = ""
        elif value is None:
            text = format_number(None)
        else:
            arrow = UP if round(value, 2) > 0 else DOWN if round(value, 2) < 0 else ""
            text = f"{arrow} {format_number(value, signed=True)}".strip()
        item = SortItem(text)
        item.setData(SORT_ROLE, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if value is None:
            item.setForeground(QBrush(QColor(UNRATED_GREY)))
        elif coloured and round(value, 2) != 0:
            # The board's scale: the further a touchpoint moved, the stronger the colour.
            item.setBackground(QBrush(QColor(experience_color(value))))
            item.setForeground(QBrush(QColor("#000000")))
        return item
