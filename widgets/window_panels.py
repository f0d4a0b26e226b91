"""GUI: the insight panels of the main window (personas, participants, rating, moments,
filters) and the "Rating as" selector, wired to the board.

Every panel holds a ``JourneyDocument``, so the docks and toolbars stay while the
widgets inside are rebuilt whenever the window opens or closes a file (and when the
interface language changes: the panels build their texts once). Dock and toolbar object
names are stable, so ``saveState``/``restoreState`` keep the user's layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar, QWidget

from app.document import JourneyDocument
from widgets.filters import FilterBar
from widgets.moments import MomentsPanel
from widgets.participants import ParticipantPanel, ParticipantSelector
from widgets.personas import PersonaDropFilter, PersonaPanel
from widgets.rating import RatingPanel
from widgets.rating_keys import RatingShortcuts

if TYPE_CHECKING:
    from widgets.main_window import MainWindow


class WindowPanels(QObject):
    """Builds the docks once and their contents per document; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.personas: PersonaPanel | None = None
        self.participants: ParticipantPanel | None = None
        self.rating: RatingPanel | None = None
        self.moments: MomentsPanel | None = None
        self.filters: FilterBar | None = None
        self.selector: ParticipantSelector | None = None
        self.shortcuts: RatingShortcuts | None = None
        self._drop_filter: PersonaDropFilter | None = None

        self.persona_dock = self._dock("personas", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.participant_dock = self._dock("participants", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.rating_dock = self._dock("rating", Qt.DockWidgetArea.RightDockWidgetArea)
        window.splitDockWidget(window.inspector_dock, self.rating_dock, Qt.Orientation.Vertical)
        self.moments_dock = self._dock("moments", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.moments_dock.hide()  # wide and only needed when deciding; View menu shows it

        self.rating_label = QLabel()
        self.selector_holder = QWidget()
        window.toolbar.addSeparator()
        self.rating_label_action = window.toolbar.addWidget(self.rating_label)
        self.selector_action = None
        window.addToolBarBreak()
        self.filter_toolbar = QToolBar(window)
        self.filter_toolbar.setObjectName("filter-toolbar")
        window.addToolBar(self.filter_toolbar)
        self.filter_action = None

        window.board_scene.selectionChangedIds.connect(self._selection_changed)
        window.currentMapChanged.connect(self._map_changed)
        self.retranslate_ui()
        self.set_document(None)

    def _dock(self, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        self.window.addDockWidget(area, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        return [self.persona_dock, self.participant_dock, self.rating_dock, self.moments_dock]

    def retranslate_ui(self) -> None:
        self.persona_dock.setWindowTitle(self.tr("Personas"))
        self.participant_dock.setWindowTitle(self.tr("Participants"))
        self.rating_dock.setWindowTitle(self.tr("Rating"))
        self.moments_dock.setWindowTitle(self.tr("Moments of Truth"))
        self.filter_toolbar.setWindowTitle(self.tr("Filters"))
        self.rating_label.setText(self.tr("Rating as: "))
        for dock in self.docks():
            dock.toggleViewAction().setText(dock.windowTitle())

    # -- per document -----------------------------------------------------------------------

    def set_document(self, document: JourneyDocument | None) -> None:
        """Rebuild every panel for ``document`` (None: empty docks)."""
        participant = self.selector.current_participant_id() if self.selector else None
        self._clear()
        window = self.window
        if document is None:
            for dock in self.docks():
                dock.setWidget(self._placeholder())
            self.rating_label_action.setVisible(False)
            return
        view = window.board_view
        self.personas = PersonaPanel(document)
        self.participants = ParticipantPanel(document)
        self.rating = RatingPanel(document)
        self.moments = MomentsPanel(document)
        self.persona_dock.setWidget(self.personas)
        self.participant_dock.setWidget(self.participants)
        self.rating_dock.setWidget(self.rating)
        self.moments_dock.setWidget(self.moments)

        self.selector = ParticipantSelector(document)
        if participant:
            self.selector.set_current_participant(participant)
        self.selector_action = window.toolbar.addWidget(self.selector)
        self.rating_label_action.setVisible(True)
        self.selector.currentParticipantChanged.connect(self._participant_changed)
        self._participant_changed(self.selector.current_participant_id() or "")

        self.filters = FilterBar(document)
        self.filter_action = self.filter_toolbar.addWidget(self.filters)
        self.filters.predicateChanged.connect(view.set_highlight)

        self.moments.cardRequested.connect(self.go_to)
        self.shortcuts = RatingShortcuts(
            view, document, current_map=lambda: window.current_map_id,
            current_participant=self.selector.current_participant_id,
            selected_cards=view.selected_card_ids, go_to_card=self.go_to, parent=self)
        self.shortcuts.message.connect(lambda text: window.statusBar().showMessage(text, 4000))
        self._drop_filter = PersonaDropFilter(view, document, lambda: window.current_map_id,
                                              parent=self)
        self._map_changed(window.current_map_id or "")
        self.rating.set_selection(view.selected_card_ids())

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Open a workshop to use this panel."))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _clear(self) -> None:
        view = self.window.board_view
        if self.shortcuts is not None:
            for action in self.shortcuts.actions.values():
                view.removeAction(action)
                action.deleteLater()
            self.shortcuts.deleteLater()
        if self._drop_filter is not None:
            view.viewport().removeEventFilter(self._drop_filter)
            self._drop_filter.deleteLater()
        if self.filters is not None:
            view.set_highlight(None)
        for toolbar, action in ((self.window.toolbar, self.selector_action),
                                (self.filter_toolbar, self.filter_action)):
            if action is not None:
                toolbar.removeAction(action)
                action.deleteLater()
        for toolbar_widget in (self.selector, self.filters):
            if toolbar_widget is not None:
                toolbar_widget.deleteLater()
        for dock in self.docks():
            old = dock.widget()
            if old is not None:
                old.deleteLater()
        self.personas = self.participants = self.rating = self.moments = None
        self.filters = self.selector = None
        self.shortcuts = self._drop_filter = None
        self.selector_action = self.filter_action = None

    # -- wiring -----------------------------------------------------------------------------

    def go_to(self, card_id: str) -> None:
        """Select a card on the board, scroll to it and give the board the focus."""
        view = self.window.board_view
        view.select_cards([card_id])
        view.ensure_visible(card_id)
        view.setFocus()

    def _participant_changed(self, participant_id: str) -> None:
        self.window.current_participant_id = participant_id or None
        if self.rating is not None:
            self.rating.set_participant(participant_id or None)

    def _selection_changed(self, ids: list[str]) -> None:
        if self.rating is not None:
            self.rating.set_selection(ids)

    def _map_changed(self, map_id: str) -> None:
        for panel in (self.moments, self.filters):
            if panel is not None:
                panel.set_map(map_id or None)
