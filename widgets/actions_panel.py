"""GUI: the actions panel: what the team will change, for the current map.

A sortable list filtered by owner and status, a form that edits the selected action
(every change one undo step), and the value x effort grid. Actions are numbered in the
order of the PDF's action plan (open ones first, quick wins first), so "action 3" means
the same on the wall and on paper. ``create_action`` makes one from cards in one step.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import actions as rules
from app.commands import Command, DeleteCommand, UpdateCommand, execute
from app.commands_actions import CreateActionCommand, SetActionCardsCommand
from app.document import Change, JourneyDocument
from app.errors import InvalidEdit
from widgets.actions_grid import STATUS_COLORS, ActionsGrid
from widgets.insight_common import setup_list_table

WATCHED = {"action", "action_card", "map"}
ID_ROLE = Qt.ItemDataRole.UserRole


def status_text(status: str) -> str:
    """The status in the interface language."""
    return QCoreApplication.translate(rules.CONTEXT, rules.STATUS_LABELS[status])


def parse_due(text: str) -> str | None:
    """An ISO date from "2026-03-31" or "31.03.2026" ("" for none); None when not a date."""
    text = text.strip()
    if not text:
        return ""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def create_action(document: JourneyDocument, map_id: str, card_ids: list[str]) -> str:
    """A new open action about ``card_ids`` (one undo step), titled after the first card."""
    first = document.get("card", card_ids[0])
    title = rules.default_title(first, document.language())
    owner = first.owner if first.kind == "touchpoint" else ""
    command = CreateActionCommand(document, map_id, card_ids, {"title": title, "owner": owner})
    execute(document, command)
    assert command.action_id is not None
    return command.action_id


class ActionsPanel(QWidget):
    """Dock content: the current map's actions; see the module docstring."""

    cardRequested = Signal(str)

    def __init__(
        self,
        document: JourneyDocument,
        selected_cards: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.map_id: str | None = None
        self._selected_cards = selected_cards
        self._views: list[rules.ActionView] = []
        self._numbers: dict[str, int] = {}
        self._current: str | None = None
        self._loading = False
        self._stale = True

        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in rules.STATUSES:
            self.status_filter.addItem(status_text(status), status)
        filters = QHBoxLayout()
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.status_filter, 1)
        self.owner_filter.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._fill_table())

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Value"),
                self.tr("Effort"),
                self.tr("Cards"),
            ]
        )
        setup_list_table(self.table, stretch_column=1, row_height=self.fontMetrics().height() + 8)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._show_cards(row))

        self.title_edit = QLineEdit()
        self.owner_edit = QLineEdit()
        self.status_combo = QComboBox()
        for status in rules.STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.due_edit = QLineEdit()
        self.due_edit.setPlaceholderText(self.tr("e.g. 2026-03-31"))
        self.value_spin = QSpinBox()
        self.effort_spin = QSpinBox()
        for spin in (self.value_spin, self.effort_spin):
            spin.setRange(rules.SCALE[0], rules.SCALE[-1])
        self.cards_label = QLabel()
        self.cards_label.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link selected cards"))
        self.delete_button = QPushButton(self.tr("Delete action"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #B71C1C; }")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Due"), self.due_edit)
        numbers = QHBoxLayout()
        numbers.addWidget(QLabel(self.tr("Value")))
        numbers.addWidget(self.value_spin)
        numbers.addWidget(QLabel(self.tr("Effort")))
        numbers.addWidget(self.effort_spin)
        form.addRow(numbers)
        form.addRow(self.tr("Cards"), self.cards_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)

        self.title_edit.editingFinished.connect(lambda: self._set_text("title", self.title_edit))
        self.owner_edit.editingFinished.connect(lambda: self._set_text("owner", self.owner_edit))
        self.due_edit.editingFinished.connect(self._set_due)
        self.status_combo.activated.connect(
            lambda _i: self._update({"status": self.status_combo.currentData()})
        )
        self.value_spin.valueChanged.connect(lambda v: self._update({"value": v}))
        self.effort_spin.valueChanged.connect(lambda v: self._update({"effort": v}))
        self.link_button.clicked.connect(self._link_selected)
        self.delete_button.clicked.connect(self._delete)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 4, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.form)
        list_layout.addWidget(self.message)
        self.grid = ActionsGrid()
        self.grid.actionRequested.connect(self._grid_clicked)
        # What the colours of the dots mean.
        self.grid_legend = QLabel(
            "  ".join(
                f"<span style='color:{STATUS_COLORS[status]}'>●</span> "
                f"{html.escape(status_text(status))}"
                for status in rules.STATUSES
            )
        )
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 4, 0, 0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.grid_legend)
        self.tabs = QTabWidget()
        self.tabs.addTab(list_page, self.tr("List"))
        self.tabs.addTab(grid_page, self.tr("Value × effort"))
        self.empty_label = QLabel(
            self.tr(
                "No actions yet. Right-click a moment of truth or a pain note and choose "
                "“New action”, or select cards and press Ctrl+Shift+A."
            )
        )
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_label)
        document.changed.connect(self._on_changed)
        self._show_form(None)

    # -- the map and its actions ------------------------------------------------------

    def set_map(self, map_id: str | None) -> None:
        self.map_id = map_id or None
        self._current = None
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, change: Change) -> None:
        if self.map_id is None:
            return
        kinds = change.kinds()
        # A card's edit matters only to the actions about it (their card titles); links
        # that come or go with a card are reported as action_card changes.
        linked = {card_id for action in self._views for card_id in action.cards}
        if kinds & WATCHED or change.ids("card") & linked:
            self._refresh_when_seen()

    def refresh(self) -> None:
        """Re-read the map's actions and show them."""
        self._stale = False
        journey_map = self.document.get("map", self.map_id) if self.map_id else None
        if journey_map is None:
            self.map_id = None
            self._views = []
        else:
            titles = {card.id: card.title for card in self.document.cards(journey_map.id)}
            self._views = rules.action_views(
                self.document.actions(journey_map.id),
                self.document.action_cards(journey_map.id),
                titles,
            )
        ordered = rules.priority_order(self._views)
        self._numbers = {action.id: i + 1 for i, action in enumerate(ordered)}
        if self._current not in self._numbers:
            self._current = None
        self._fill_owners()
        self._fill_table()
        self.grid.set_actions([(self._numbers[a.id], a) for a in ordered])
        self.empty_label.setVisible(not self._views)

    def _fill_owners(self) -> None:
        chosen = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        for owner in rules.owners(self._views):
            self.owner_filter.addItem(owner, owner)
        index = self.owner_filter.findData(chosen) if chosen is not None else 0
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)

    def visible_actions(self) -> list[rules.ActionView]:
        """The actions that pass the filters."""
        owner, status = self.owner_filter.currentData(), self.status_filter.currentData()
        return [a for a in self._views if rules.matches(a, owner, status)]

    def _fill_table(self) -> None:
        shown = self.visible_actions()
        self._loading = True
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, action in enumerate(shown):
            cells = (
                self._numbers[action.id],
                action.title,
                action.owner,
                status_text(action.status),
                action.due,
                action.value,
                action.effort,
                len(action.cards),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(ID_ROLE, action.id)
                if column == 1:
                    item.setToolTip("\n".join((action.title, *action.card_titles)))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self._loading = False
        self.select_action(self._current)

    def action_ids(self) -> list[str | None]:
        """The ids of the listed actions, top to bottom."""
        return [self._row_id(row) for row in range(self.table.rowCount())]

    def _row_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return None if item is None else item.data(ID_ROLE)

    def select_action(self, action_id: str | None) -> None:
        """Select an action in the list (and show it in the form)."""
        ids = self.action_ids()
        if action_id in ids:
            self.table.selectRow(ids.index(action_id))
        else:
            self.table.clearSelection()
        self._current = action_id if action_id in ids else None
        self._show_form(self._current)

    def _selection_changed(self) -> None:
        if self._loading:
            return
        rows = {index.row() for index in self.table.selectedIndexes()}
        ids = self.action_ids()
        self._current = ids[min(rows)] if rows else None
        self._show_form(self._current)

    def _grid_clicked(self, action_id: str) -> None:
        self.owner_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        self.select_action(action_id)

    def _show_cards(self, row: int) -> None:
        action = self._view(self._row_id(row))
        if action is not None and action.cards:
            self.cardRequested.emit(action.cards[0])

    def _view(self, action_id: str | None) -> rules.ActionView | None:
        return next((a for a in self._views if a.id == action_id), None)

    # -- the form -------------------------------------------------------------------------

    def _show_form(self, action_id: str | None) -> None:
        action = self._view(action_id)
        self.form.setEnabled(action is not None)
        self._loading = True
        self.title_edit.setText(action.title if action else "")
        self.owner_edit.setText(action.owner if action else "")
        self.status_combo.setCurrentIndex(rules.STATUSES.index(action.status) if action else 0)
        self.due_edit.setText(action.due if action else "")
        self.value_spin.setValue(action.value if action else rules.DEFAULT_SCALE)
        self.effort_spin.setValue(action.effort if action else rules.DEFAULT_SCALE)
        self.cards_label.setText(", ".join(action.card_titles) if action else "")
        for edit in (self.title_edit, self.owner_edit):
            edit.setCursorPosition(0)  # a long title shows its beginning
        self._loading = False

    def edit_title(self) -> None:
        """Put the cursor in the title of the selected action, its text selected."""
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _run(self, command: Command) -> None:
        try:
            execute(self.document, command)
        except InvalidEdit as error:
            self.message.setText(str(error))
            self._show_form(self._current)
        else:
            self.message.clear()

    def _update(self, fields: dict[str, object]) -> None:
        action = self._view(self._current)
        if self._loading or action is None:
            return
        if all(getattr(action, name) == value for name, value in fields.items()):
            return
        self._run(
            UpdateCommand(self.document, "action", action.id, fields, text=self.tr("Edit action"))
        )

    def _set_text(self, name: str, edit: QLineEdit) -> None:
        self._update({name: edit.text().strip()})

    def _set_due(self) -> None:
        if self._loading or self._current is None:
            return
        due = parse_due(self.due_edit.text())
        if due is None:
            self.message.setText(
                self.tr("Due date: “%s” is not a date; use 2026-03-31 or 31.03.2026")
                % self.due_edit.text().strip()
            )
            self._show_form(self._current)
            return
        self._update({"due": due})

    def _link_selected(self) -> None:
        action = self._view(self._current)
        if action is None:
            return
        cards = list(action.cards)
        cards += [c for c in self._selected_cards() if c not in cards]
        if cards != list(action.cards):
            self._run(SetActionCardsCommand(self.document, action.id, cards))
        else:
            self.message.setText(self.tr("Select cards on the board to link them."))

    def _delete(self) -> None:
        if self._current is not None:
            self._run(
                DeleteCommand(self.document, "action", self._current, text=self.tr("Delete action"))
            )
