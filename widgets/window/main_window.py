"""GUI: the main window: the board of the current map, its docks, menus and status bar.

The window owns the board, the start screen (no workshop open), the find bar, the
timer and presentation mode. Its actions are in ``actions``, its menus in ``menus``, what they
do with files, maps and help in ``commands``, the insight panels in
``panels`` and the exports in ``export_dialog``.

Only what the first paint shows is built with the window: the start screen, the find
bar, presentation mode and the content of a hidden dock are built (and their modules
imported) when first needed. Their actions and shortcuts exist from the start.

Public for the other panels: ``document``, ``board_view``, ``board_scene``,
``current_map_id``, ``current_participant_id``, ``open_file(path)``, ``close_file()``,
and one ``build_*_menu`` method per menu so more menus can be added. Every edit is a
command on the document's undo stack, committed to the file when the gesture ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.document import JourneyDocument
from app.errors import FileMissing, ForeignFile, JourneyError, NotAWorkshop
from app.rows import Change
from render.paint import ICONS, ensure_fonts
from widgets import dialogs
from widgets.board.scene import BoardScene
from widgets.board.view import BoardView
from widgets.busy_file import watch_busy_file
from widgets.messages import error_text
from widgets.settings import Settings
from widgets.timer import TimerWidget, WorkshopTimer
from widgets.window.actions import WindowActions
from widgets.window.commands import WindowCommands
from widgets.window.docks import BoardDocks
from widgets.window.geometry import current_screen, fit_frame, place_window, screen_key
from widgets.window.menus import WindowMenus
from widgets.window.panels import WindowPanels

if TYPE_CHECKING:
    from widgets.board.inspector import Inspector
    from widgets.board.palette import PaletteWidget
    from widgets.find import FindBar
    from widgets.presentation import PresentationController
    from widgets.start_screen import StartScreen


class MainWindow(QMainWindow):
    """The Journeyboard window; see the module docstring."""

    documentChanged = Signal(object)  # the open JourneyDocument, or None
    currentMapChanged = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        ensure_fonts()
        self.settings = settings if settings is not None else Settings()
        self._document: JourneyDocument | None = None
        self._participant_id: str | None = None
        self.setWindowIcon(QIcon(str(ICONS / "journeyboard.svg")))
        self.undo_group = QUndoGroup(self)
        self.board_scene = BoardScene(self)
        self.board_view = BoardView(self.board_scene)
        self.board_page = QWidget()
        self._page_layout = QVBoxLayout(self.board_page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.setSpacing(0)
        self._page_layout.addWidget(self.board_view, 1)
        self._find_bar: FindBar | None = None
        self.commands = WindowCommands(self)
        self._empty_state: StartScreen | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board_page)
        self.setCentralWidget(self.stack)
        self.map_combo = QComboBox()
        self.map_combo.setMinimumContentsLength(16)
        self.map_label = QLabel()
        self.zoom_label = QLabel()
        self.timer_widget = TimerWidget(WorkshopTimer(clock=clock, parent=self), parent=self)
        self._presentation: PresentationController | None = None
        # Answers another process that opens our workshop (widgets.handover), once listening.
        self.handover: QObject | None = None
        self.acts = WindowActions(self)
        self.menus = WindowMenus(self, self.acts)  # built below, once the docks exist
        self.board_docks = BoardDocks(self)
        self.palette_dock = self.board_docks.palette_dock
        self.inspector_dock = self.board_docks.inspector_dock
        self.build_toolbar()
        self.panels = WindowPanels(self)
        self.menus.build_menus()
        self.statusBar().addPermanentWidget(self.timer_widget)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.board_scene.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.board_scene.mapSwitched.connect(self._map_switched)
        self.board_scene.mapsChanged.connect(self._refresh_maps)
        self.board_scene.selectionChangedIds.connect(lambda _ids: self._update_actions())
        self.board_scene.currentChanged.connect(lambda *_a: self._update_actions())
        self.board_scene.stripClicked.connect(self._rate_from_strip)
        self.board_view.zoomChanged.connect(self._show_zoom)
        self.map_combo.activated.connect(
            lambda _i: self.set_current_map(self.map_combo.currentData())
        )
        self.retranslate_ui()
        self._update_actions()
        self.restore_layout()
        if self.settings.window_state() is None:
            # First start: the rating tab in front (tabs only take it once shown).
            QTimer.singleShot(0, self.panels.rating_dock.raise_)
        self._hidden_chrome: list[QWidget] | None = None
        self._fitted_once = False
        self._show_chrome(False)
        # The palette and the inspector do not depend on a workshop: the ones the board
        # will show are built with the window, so opening a file builds only what does.
        for dock in self.board_docks.docks():
            if dock in (self._hidden_chrome or []):
                dock.ensure_content()

    # -- public ------------------------------------------------------------------------------

    @property
    def document(self) -> JourneyDocument | None:
        return self._document

    @property
    def current_map_id(self) -> str | None:
        return self.board_scene.map_id

    @property
    def current_participant_id(self) -> str | None:
        """Who rates when the rating strip is clicked (default: the first participant)."""
        if self._document is None:
            return None
        ids = [p.id for p in self._document.participants()]
        if self._participant_id in ids:
            return self._participant_id
        return ids[0] if ids else None

    @current_participant_id.setter
    def current_participant_id(self, participant_id: str | None) -> None:
        self._participant_id = participant_id

    @property
    def empty_state(self) -> StartScreen:
        """The start screen, built when first needed."""
        if self._empty_state is None:
            self._empty_state = self.build_empty_state()
            self.stack.addWidget(self._empty_state)
        return self._empty_state

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the board, built when first needed (Ctrl+F)."""
        if self._find_bar is None:
            self._find_bar = self.build_find_bar()
            self._page_layout.insertWidget(0, self._find_bar)
        return self._find_bar

    @property
    def presentation(self) -> PresentationController:
        """Presentation mode, built when first needed (F5)."""
        if self._presentation is None:
            from widgets.presentation import PresentationController

            self._presentation = PresentationController(
                self, self.timer_widget.timer, toggle_action=self.acts.presentation
            )
        return self._presentation

    @property
    def inspector(self) -> Inspector:
        """The inspector (built now if its dock was not shown yet)."""
        return self.board_docks.inspector

    @property
    def palette_widget(self) -> PaletteWidget:
        """The palette (built now if its dock was not shown yet)."""
        return self.board_docks.palette

    def open_file(self, path: Path | str, source: str | None = None) -> bool:
        """Open a workshop file; a refused file is explained in a message box. ``source``:
        the library workshop (URL#NAME) the file is a working copy of, for the title."""
        path = Path(path)
        if (
            self._document is not None
            and _same(self._document.path, path)
            and not self._document.file_moved()
        ):
            return True
        try:
            document = JourneyDocument.open(path, self)
        except (JourneyError, OSError) as error:
            if isinstance(error, FileNotFoundError | FileMissing | NotAWorkshop | ForeignFile):
                self.settings.remove_recent_file(path)
            dialogs.warn(self, self.tr("Cannot open the workshop"), error_text(error))
            self.menus.refresh_recent()
            self._show_page()
            return False
        self.close_file()
        document.source = source
        if source is None:
            self.settings.add_recent_file(path)
            self.menus.refresh_recent()
        self.show_document(document)
        return True

    def show_document(self, document: JourneyDocument) -> None:
        """Show an opened workshop (a file, or a snapshot read-only in memory)."""
        self._document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.changed.connect(self._document_changed)
        document.writeFailed.connect(self.commands.write_failed)
        document.editFailed.connect(self.commands.edit_failed)
        watch_busy_file(self, document)
        self.board_docks.set_document(document)
        self.board_scene.set_document(document)  # shows the first map (refreshes the title)
        self.panels.set_document(document)
        self._show_chrome(True)
        self._show_page()
        self.board_view.setFocus()
        self._update_actions()
        self.commands.show_read_only(document.readonly)
        self.documentChanged.emit(document)

    def close_file(self) -> None:
        """Close the open workshop (every edit is already in the file)."""
        document = self._document
        if document is None:
            return
        if self._presentation is not None:
            self._presentation.exit()
        if self._find_bar is not None:
            self._find_bar.close_bar()
        self.board_view.finish_inline_edit()
        self.board_docks.commit_inspector()
        self.panels.set_document(None)
        self.board_scene.set_document(None)
        self.undo_group.removeStack(document.undo_stack)
        document.changed.disconnect(self._document_changed)
        self._document = None
        self.board_docks.set_document(None)
        document.close()
        document.deleteLater()
        self._show_page()
        self._show_chrome(False)
        self._refresh_maps()
        self._update_title()
        self._update_actions()
        self.commands.show_read_only(False)
        self.documentChanged.emit(None)

    def set_current_map(self, map_id: str | None) -> None:
        """Show another map of the workshop on the board."""
        if map_id and map_id != self.current_map_id:
            self.board_view.finish_inline_edit()
            self.board_docks.commit_inspector()
            self.board_scene.set_map(map_id)

    def new_to_be_map(self, name: str | None = None, copy_ratings: bool = False) -> str | None:
        """Duplicate the current map as a to-be map and show it; returns its id.

        Without a name, asks for one ("To-be", or "To-be 2" when taken) and whether the
        as-is ratings are carried over (by default not: the to-be is rated afresh).
        """
        if self._document is None or self.current_map_id is None:
            return None
        if name is None:
            taken = {journey_map.name for journey_map in self._document.maps()}
            suggested = base = self.tr("To-be")
            number = 2
            while suggested in taken:
                suggested, number = f"{base} {number}", number + 1
            answer = dialogs.ask_to_be_map(self, suggested)
            if answer is None:
                return None
            name, copy_ratings = answer
        map_id = self.board_scene.edits.new_to_be_map(name, copy_ratings)
        if map_id is not None:
            self.set_current_map(map_id)
        return map_id

    # -- building --------------------------------------------------------------------------

    def build_empty_state(self) -> StartScreen:
        """What the window shows while no workshop is open: recent files and templates."""
        from widgets.start_screen import DEMO_KEY, StartScreen

        page = StartScreen(self.settings, self)
        page.openRequested.connect(self.open_file)
        page.openDialogRequested.connect(self.commands.open_dialog)
        page.newRequested.connect(self.commands.new_workshop)
        page.demoRequested.connect(lambda lang: self.commands.new_workshop(DEMO_KEY, lang))
        return page

    def build_find_bar(self) -> FindBar:
        """The bar that finds cards of the current map (hidden until Ctrl+F)."""
        from widgets.find import FindBar

        bar = FindBar(
            lambda: (
                self._document.cards(self.current_map_id)
                if self._document is not None and self.current_map_id
                else []
            ),
            self,
        )
        bar.found.connect(self._found)
        bar.closed.connect(self.board_view.setFocus)
        return bar

    def build_toolbar(self) -> QToolBar:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("board-toolbar")
        self.addToolBar(self.toolbar)
        self.toolbar.addWidget(self.map_label)
        self.toolbar.addWidget(self.map_combo)
        acts = self.acts
        self.toolbar.addAction(acts.new_to_be)
        self.toolbar.addSeparator()
        for action in (acts.undo, acts.redo):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (acts.zoom_out, acts.zoom_in, acts.zoom_fit, acts.presentation):
            self.toolbar.addAction(action)
        return self.toolbar

    def build_file_menu(self) -> QMenu:
        return self.menus.build_file_menu()

    def build_edit_menu(self) -> QMenu:
        return self.menus.build_edit_menu()

    def build_view_menu(self) -> QMenu:
        return self.menus.build_view_menu()

    def build_map_menu(self) -> QMenu:
        return self.menus.build_map_menu()

    def build_help_menu(self) -> QMenu:
        return self.menus.build_help_menu()

    def retranslate_ui(self) -> None:
        """Texts of the window's own widgets and of every action and menu."""
        self.board_docks.retranslate_ui()
        self.board_scene.retranslate_ui()
        self.toolbar.setWindowTitle(self.tr("Board"))
        self.map_label.setText(self.tr("Map: "))
        self.acts.retranslate_ui()
        self.panels.retranslate_ui()
        self.commands.show_read_only(self._document is not None and self._document.readonly)
        self._show_zoom(self.board_view.zoom)
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "panels"):
            self.retranslate_ui()
            self.menus.build_menus()
            # These panels build their texts once: rebuild them in the new language.
            self.board_docks.rebuild()
            self.panels.set_document(self._document)
        super().changeEvent(event)

    def _show_page(self) -> None:
        """The board while a workshop is open, else the start screen."""
        self.stack.setCurrentWidget(
            self.board_page if self._document is not None else self.empty_state
        )

    def refresh_start_screen(self) -> None:
        """Reload the start screen's recent workshops, if it was built (it also does when
        shown)."""
        if self._empty_state is not None:
            self._empty_state.refresh()

    def _chrome(self) -> list[QWidget]:
        return [*self.board_docks.docks(), *self.panels.docks(), self.panels.filter_toolbar]

    def _show_chrome(self, visible: bool) -> None:
        """The start screen needs no docks: hide them, and bring back what was shown."""
        if not visible and self._hidden_chrome is None:
            self._hidden_chrome = [w for w in self._chrome() if not w.isHidden()]
            for widget in self._hidden_chrome:
                widget.hide()
        elif visible and self._hidden_chrome is not None:
            for widget in self._hidden_chrome:
                widget.show()
            self._hidden_chrome = None

    # -- settings -------------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Window geometry (as the user left it on a screen of this size), docks and
        toolbars; the window always lies inside the screen's available area."""
        self._placed_size = place_window(self, self.settings)

    def save_layout(self) -> None:
        hidden = self._hidden_chrome is not None
        self._show_chrome(True)  # remember the docks the user chose, not the start screen
        self.settings.set_window_geometry(
            self.saveGeometry(), screen_key(current_screen(self.screen()))
        )
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        if hidden:
            self._show_chrome(False)

    # -- slots ------------------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected cards or arrows, or else the current phase or lane (after asking)."""
        scene = self.board_scene
        ids = scene.selected_card_ids()
        arrows = scene.connections.selected_ids()
        if arrows and not ids:
            scene.connection_edits.delete(arrows)
        elif ids:
            scene.edits.delete_cards(ids)
        elif scene.current_header is not None:
            scene.edits.delete_row(*scene.current_header)

    def add_phase(self) -> None:
        """Add a phase at the end of the current map and start editing its name."""
        phase_id = self.board_scene.edits.add_phase()
        if phase_id is not None:
            self.board_view.start_inline_edit("phase", phase_id)

    def _rate_from_strip(self, card_id: str, experience: int) -> None:
        participant = self.current_participant_id
        if participant is None:
            self.statusBar().showMessage(
                self.tr("Add workshop participants to rate touchpoints"), 6000
            )
            return
        self.board_scene.edits.rate(card_id, participant, experience)

    def _document_changed(self, change: Change) -> None:
        if self._document is None:
            return
        kinds = change.kinds()
        if "channel" in kinds:
            self.board_docks.set_palette_channels()
        if "workshop" in kinds or "map" in kinds:
            self._update_title()

    def _map_switched(self, map_id: str) -> None:
        self._refresh_maps()
        self._update_actions()
        self.currentMapChanged.emit(map_id)

    def _refresh_maps(self) -> None:
        maps = self._document.maps() if self._document is not None else []
        self.map_combo.blockSignals(True)
        self.map_combo.clear()
        for journey_map in maps:
            self.map_combo.addItem(journey_map.name, journey_map.id)
        index = self.map_combo.findData(self.current_map_id)
        self.map_combo.setCurrentIndex(max(index, 0) if maps else -1)
        self.map_combo.blockSignals(False)
        self.menus.refresh_switch_menu()
        self._update_title()

    def _update_title(self) -> None:
        if self._document is None:
            self.setWindowTitle(self.tr("No workshop open"))  # Qt adds the app's name
            return
        current = self._document.get("map", self.current_map_id) if self.current_map_id else None
        parts = [self._document.title() or self._document.path.stem]
        if current is not None:
            parts.append(current.name)
        name = self._document.source or self._document.path.name
        if self._document.snapshot_name is not None:
            name = (
                self.tr("%1, snapshot “%2”")
                .replace("%1", name)
                .replace("%2", self._document.snapshot_name)
            )
        parts.append(self.tr("%s (read-only)") % name if self._document.readonly else name)
        self.setWindowTitle(" \u2013 ".join(parts))

    def _update_actions(self) -> None:
        self.menus.update_actions()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %d%%") % round(zoom * 100))

    def _found(self, card_id: str) -> None:
        self.board_view.select_cards([card_id])
        self.board_view.ensure_visible(card_id)

    def showEvent(self, event: QShowEvent) -> None:
        if self._document is None:
            self._show_page()  # the start screen is built when first shown
        super().showEvent(event)
        if not self._fitted_once:
            self._fitted_once = True
            QTimer.singleShot(0, lambda: fit_frame(self, self._placed_size))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._presentation is not None:
            self._presentation.exit()
        self.save_layout()
        self.close_file()
        super().closeEvent(event)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
