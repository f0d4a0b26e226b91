"""GUI: the insight panels of the main window (personas, participants, rating, moments,
filters) and the "Rating as" selector, wired to the board.

Every panel holds a ``JourneyDocument``, so the docks and toolbars stay while the
widgets inside are rebuilt whenever the window opens or closes a file (and when the
interface language changes: the panels build their texts once). A dock's panel is
built when the dock is first shown (``LazyDock``): a hidden dock costs only its frame
and its toggle action. Dock and toolbar object names are stable, so
``saveState``/``restoreState`` keep the user's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QToolBar,
    QWidget,
)

from app.document import JourneyDocument
from app.errors import InvalidEdit
from room.journal import Journal
from widgets.filters import FilterBar
from widgets.participants import ParticipantPanel, ParticipantSelector
from widgets.personas import PersonaDropFilter, PersonaPanel
from widgets.rater_badge import RaterBadge, participant_switch_actions
from widgets.rating_keys import RatingShortcuts

if TYPE_CHECKING:
    from widgets.actions_panel import ActionsPanel
    from widgets.moments import MomentsPanel
    from widgets.rating import RatingPanel
    from widgets.room_panel import RoomPanel
    from widgets.window.main_window import MainWindow


W = TypeVar("W", bound=QWidget)


class LazyDock(QDockWidget, Generic[W]):
    """A dock whose content ``build()`` makes when the dock is first shown.

    The content is built as the dock is made visible, before the window lays it out, so
    the dock gets the size its content asks for. ``reset()`` drops the content (another
    document, another language): a dock that is shown builds it again at once, a hidden
    one when it is shown next.
    """

    def __init__(
        self, name: str, build: Callable[[], W], parent: QMainWindow, *, scroll: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._build = build
        self._content: W | None = None
        # A panel in a scroll area asks for no minimum size: on a 1280 x 720 projector the
        # docks shrink (and scroll) instead of pushing the window past the screen.
        self._scroll = scroll

    def content(self) -> W | None:
        """The content, or None while the dock was not shown since the last reset."""
        return self._content

    def ensure_content(self) -> W:
        """The content, built now if needed."""
        if self._content is None:
            self._content = content = self._build()
            if self._scroll:
                area = QScrollArea()
                area.setWidgetResizable(True)
                area.setFrameShape(QFrame.Shape.NoFrame)
                area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                area.setWidget(content)
                self.setWidget(area)
            else:
                self.setWidget(content)
            return content
        return self._content

    def clear(self) -> None:
        """Drop the content; it is built again when the dock is shown next."""
        old, self._content = self._content, None
        if old is not None:
            holder = self.widget()
            # Qt takes no widget as "none"; PySide6's stubs do not say so.
            self.setWidget(None)  # pyright: ignore[reportArgumentType]
            (holder if holder is not None else old).deleteLater()

    def reset(self) -> None:
        """Drop the content; a shown dock builds it again at once."""
        self.clear()
        if self.isVisible():
            self.ensure_content()

    def setVisible(self, visible: bool) -> None:
        if visible:
            self.ensure_content()
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_content()  # e.g. shown with its window, or as the tab brought forward
        super().showEvent(event)


class WindowPanels(QObject):
    """Builds the docks once and their contents per document; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._document: JourneyDocument | None = None
        self.filters: FilterBar | None = None
        self.selector: ParticipantSelector | None = None
        self.shortcuts: RatingShortcuts | None = None
        self._drop_filter: PersonaDropFilter | None = None

        # Two columns of docks, each with tabs, so the board keeps the middle of a
        # 1280 x 720 projector: left the palette over personas | participants; right the
        # rating | properties | moments of truth (the rating in front: it is what a
        # workshop uses most once the board is laid out).
        self.persona_dock = self._dock(
            "personas", Qt.DockWidgetArea.LeftDockWidgetArea, PersonaPanel
        )
        self.participant_dock = self._dock(
            "participants", Qt.DockWidgetArea.LeftDockWidgetArea, ParticipantPanel
        )
        window.tabifyDockWidget(self.persona_dock, self.participant_dock)
        self.rating_dock = self._dock(
            "rating", Qt.DockWidgetArea.RightDockWidgetArea, self._rating_panel, scroll=True
        )
        window.tabifyDockWidget(window.inspector_dock, self.rating_dock)
        self.moments_dock = self._dock(
            "moments", Qt.DockWidgetArea.RightDockWidgetArea, self._moments_panel
        )
        window.tabifyDockWidget(self.rating_dock, self.moments_dock)
        self.moments_dock.hide()  # only needed when deciding; the View menu shows it
        self.actions_dock = self._dock(
            "actions", Qt.DockWidgetArea.RightDockWidgetArea, self._actions_panel
        )
        window.tabifyDockWidget(self.moments_dock, self.actions_dock)
        self.actions_dock.hide()  # shown by a new action or from the View menu
        window.board_scene.actionRequested.connect(self.new_action)
        self.room_dock = self._dock("room", Qt.DockWidgetArea.RightDockWidgetArea, self._room_panel)
        window.tabifyDockWidget(self.actions_dock, self.room_dock)
        self.room_dock.hide()  # only for a room that rates from phones; View menu shows it
        self.rating_dock.raise_()
        self.persona_dock.raise_()
        window.resizeDocks(
            [window.palette_dock, self.persona_dock], [400, 200], Qt.Orientation.Vertical
        )

        self.rating_label = QLabel()
        window.toolbar.addSeparator()
        self.rating_label_action = window.toolbar.addWidget(self.rating_label)
        self.selector_action = None
        window.addToolBarBreak()
        self.filter_toolbar = QToolBar(window)
        self.filter_toolbar.setObjectName("filter-toolbar")
        window.addToolBar(self.filter_toolbar)
        self.filter_actions: list[QAction] = []

        self.rater_badge = RaterBadge(window)
        window.statusBar().addPermanentWidget(self.rater_badge)
        participant_switch_actions(window.board_view, self.step_participant)
        window.board_scene.selectionChangedIds.connect(self._selection_changed)
        window.currentMapChanged.connect(self._map_changed)
        self.retranslate_ui()
        self.set_document(None)

    def _dock(
        self,
        name: str,
        area: Qt.DockWidgetArea,
        panel: Callable[[JourneyDocument], QWidget],
        scroll: bool = False,
    ) -> LazyDock[QWidget]:
        """A dock showing ``panel(document)``, or a placeholder while no workshop is open."""

        def build() -> QWidget:
            return self._placeholder() if self._document is None else panel(self._document)

        dock = LazyDock(name, build, self.window, scroll=scroll)
        self.window.addDockWidget(area, dock)
        return dock

    def docks(self) -> list[LazyDock]:
        return [
            self.persona_dock,
            self.participant_dock,
            self.rating_dock,
            self.moments_dock,
            self.actions_dock,
            self.room_dock,
        ]

    def retranslate_ui(self) -> None:
        self.persona_dock.setWindowTitle(self.tr("Personas"))
        self.participant_dock.setWindowTitle(self.tr("Participants"))
        self.rating_dock.setWindowTitle(self.tr("Rating"))
        self.moments_dock.setWindowTitle(self.tr("Moments of Truth"))
        self.actions_dock.setWindowTitle(self.tr("Actions"))
        self.room_dock.setWindowTitle(self.tr("Room"))
        self.filter_toolbar.setWindowTitle(self.tr("Filters"))
        self.rating_label.setText(self.tr("Rating as: "))
        for dock in self.docks():
            dock.toggleViewAction().setText(dock.windowTitle())
        self._show_rater()

    # -- the panels (None while their dock was not shown or no workshop is open) ---------

    def _panel(self, dock: LazyDock[QWidget]) -> QWidget | None:
        # While a workshop is open a built dock holds its panel, not the placeholder.
        return dock.content() if self._document is not None else None

    @property
    def personas(self) -> PersonaPanel | None:
        return cast("PersonaPanel | None", self._panel(self.persona_dock))

    @property
    def participants(self) -> ParticipantPanel | None:
        return cast("ParticipantPanel | None", self._panel(self.participant_dock))

    @property
    def rating(self) -> RatingPanel | None:
        return cast("RatingPanel | None", self._panel(self.rating_dock))

    @property
    def moments(self) -> MomentsPanel | None:
        return cast("MomentsPanel | None", self._panel(self.moments_dock))

    def _rating_panel(self, document: JourneyDocument) -> RatingPanel:
        from widgets.rating import RatingPanel

        panel = RatingPanel(document)
        panel.set_participant(self.selector.current_participant_id() if self.selector else None)
        panel.set_selection(self.window.board_view.selected_card_ids())
        return panel

    @property
    def room(self) -> RoomPanel | None:
        return cast("RoomPanel | None", self._panel(self.room_dock))

    def _room_panel(self, document: JourneyDocument) -> RoomPanel:
        from widgets.room_panel import RoomPanel

        panel = RoomPanel(document, lambda: self.window.current_map_id)
        panel.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        panel.hub.revealed.connect(lambda _count: self.moments_dock.show())
        return panel

    def _moments_panel(self, document: JourneyDocument) -> MomentsPanel:
        from widgets.moments import MomentsPanel

        panel = MomentsPanel(document)
        panel.set_map(self.window.current_map_id)
        panel.cardRequested.connect(self.go_to)
        panel.actionRequested.connect(self.new_action)
        return panel

    @property
    def actions(self) -> ActionsPanel | None:
        return cast("ActionsPanel | None", self._panel(self.actions_dock))

    def _actions_panel(self, document: JourneyDocument) -> ActionsPanel:
        from widgets.actions_panel import ActionsPanel

        panel = ActionsPanel(document, self.window.board_view.selected_card_ids)
        panel.set_map(self.window.current_map_id)
        panel.cardRequested.connect(self.go_to)
        return panel

    def new_action(self, card_ids: list[str] | None = None) -> None:
        """Make an action about ``card_ids`` (default: the selected cards) in one step,
        show it in the actions panel and put the cursor in its title."""
        from widgets.actions_panel import create_action

        ids = list(card_ids) if card_ids else self.window.board_view.selected_card_ids()
        map_id = self.window.current_map_id
        if self._document is None or map_id is None or not ids:
            self.window.statusBar().showMessage(
                self.tr("Select a moment of truth or a pain note to make an action of it"), 6000
            )
            return
        try:
            action_id = create_action(self._document, map_id, ids)
        except InvalidEdit as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return
        self.actions_dock.show()
        self.actions_dock.raise_()
        panel = self.actions
        if panel is not None:
            panel.refresh()
            panel.select_action(action_id)
            panel.edit_title()
        self.window.statusBar().showMessage(self.tr("New action: name it, give it an owner"), 6000)

    # -- per document -----------------------------------------------------------------------

    def set_document(self, document: JourneyDocument | None) -> None:
        """Rebuild the toolbar widgets and the shown panels for ``document`` (None: empty
        docks); the hidden panels are built when their dock is shown."""
        participant = self.selector.current_participant_id() if self.selector else None
        same = document is not None and document is self._document
        room = self.room if same else None  # a language change keeps the open room
        if room is None and self.room is not None:
            self.room.shutdown()
        self._clear(keep=self.room_dock if room is not None else None)
        self._document = document
        window = self.window
        if document is not None:
            view = window.board_view
            self.selector = ParticipantSelector(document)
            if participant:
                self.selector.set_current_participant(participant)
            self.selector_action = window.toolbar.addWidget(self.selector)
            self.selector.currentParticipantChanged.connect(self._participant_changed)
            document.changed.connect(
                lambda change: self._show_rater() if change.ids("participant") else None
            )
            self._participant_changed(self.selector.current_participant_id() or "")

            self.filters = FilterBar(document)
            self.filter_actions = [
                self.filter_toolbar.addWidget(part) for part in self.filters.parts()
            ]
            self.filters.predicateChanged.connect(view.set_highlight)

            self.shortcuts = RatingShortcuts(
                view,
                document,
                current_map=lambda: window.current_map_id,
                current_participant=self.selector.current_participant_id,
                selected_cards=view.selected_card_ids,
                go_to_card=self.go_to,
                parent=self,
            )
            self.shortcuts.message.connect(lambda text: window.statusBar().showMessage(text, 4000))
            self._drop_filter = PersonaDropFilter(
                view, document, lambda: window.current_map_id, parent=self
            )
            self._map_changed(window.current_map_id or "")
        self.rating_label_action.setVisible(document is not None)
        self._show_rater()
        for dock in self.docks():
            if room is not None and dock is self.room_dock:
                room.retranslate_ui()
            else:
                dock.reset()
        if document is not None and room is None and Journal(document.path).exists():
            self.room_dock.show()  # a round that a crash interrupted: offer it at once

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Open a workshop to use this panel."))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _clear(self, keep: LazyDock | None = None) -> None:
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
        actions = [
            (self.window.toolbar, self.selector_action),
            *((self.filter_toolbar, action) for action in self.filter_actions),
        ]
        for toolbar, action in actions:
            if action is not None:
                toolbar.removeAction(action)
                action.deleteLater()
        for toolbar_widget in (self.selector, self.filters):
            if toolbar_widget is not None:
                toolbar_widget.deleteLater()
        for dock in self.docks():
            if dock is not keep:
                dock.clear()
        self.filters = self.selector = None
        self.shortcuts = self._drop_filter = None
        self.selector_action = None
        self.filter_actions = []

    # -- wiring -----------------------------------------------------------------------------

    def go_to(self, card_id: str) -> None:
        """Select a card on the board, scroll to it and give the board the focus."""
        view = self.window.board_view
        view.select_cards([card_id])
        view.ensure_visible(card_id)
        view.setFocus()

    def step_participant(self, direction: int) -> None:
        """The next (+1) or previous (-1) participant becomes the one who rates."""
        if self.selector is None or not self.selector.count():
            self.window.statusBar().showMessage(
                self.tr("Add workshop participants to rate touchpoints"), 6000
            )
            return
        self.selector.step(direction)
        self._show_rater(flash=True)

    def _participant_changed(self, participant_id: str) -> None:
        self.window.current_participant_id = participant_id or None
        if self.rating is not None:
            self.rating.set_participant(participant_id or None)
        self._show_rater()

    def _show_rater(self, flash: bool = False) -> None:
        document = self._document
        participant_id = self.selector.current_participant_id() if self.selector else None
        participant = (
            document.get("participant", participant_id)
            if document is not None and participant_id
            else None
        )
        self.rater_badge.show_name(participant.name if participant is not None else None, flash)

    def _selection_changed(self, ids: list[str]) -> None:
        if self.rating is not None:
            self.rating.set_selection(ids)

    def _map_changed(self, map_id: str) -> None:
        for panel in (self.moments, self.actions, self.filters, self.room):
            if panel is not None:
                panel.set_map(map_id or None)
