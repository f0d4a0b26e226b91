"""GUI: the main window: the board of the current map, the palette and inspector docks.

Public for the other panels: ``document``, ``board_view``, ``board_scene``,
``current_map_id``, ``current_participant_id``, ``open_file(path)``, ``close_file()``,
and one ``build_*_menu`` method per menu so more menus can be added. Every edit is a
command on the document's undo stack, committed to the file when the gesture ends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.document import JourneyDocument
from export.qtpaint import ICONS, ensure_fonts
from storage.errors import JourneyError
from storage.workshop import Change
from widgets.board import clipboard, dialogs
from widgets.board.empty_state import EmptyState
from widgets.board.inspector import Inspector
from widgets.board.menus import add_lane_menu
from widgets.board.palette import PaletteWidget
from widgets.board.scene import BoardScene
from widgets.board.view import BoardView


class MainWindow(QMainWindow):
    """The Journeyboard window; see the module docstring."""

    documentChanged = Signal(object)  # the open JourneyDocument, or None
    currentMapChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_fonts()
        self._document: JourneyDocument | None = None
        self._participant_id: str | None = None
        self.setWindowIcon(QIcon(str(ICONS / "journeyboard.svg")))
        self.undo_group = QUndoGroup(self)
        self.board_scene = BoardScene(self)
        self.board_view = BoardView(self.board_scene)
        self.empty_state = self.build_empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.board_view)
        self.setCentralWidget(self.stack)
        self.palette = PaletteWidget()
        self.inspector = Inspector(self.board_scene)
        self.map_combo = QComboBox()
        self.map_combo.setMinimumContentsLength(16)
        self.zoom_label = QLabel()
        self.create_actions()
        self.build_docks()
        self.build_toolbar()
        self.build_file_menu()
        self.build_edit_menu()
        self.build_view_menu()
        self.build_map_menu()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.board_scene.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.board_scene.mapSwitched.connect(self._map_switched)
        self.board_scene.mapsChanged.connect(self._refresh_maps)
        self.board_scene.selectionChangedIds.connect(lambda _ids: self._update_actions())
        self.board_scene.currentChanged.connect(lambda *_a: self._update_actions())
        self.board_scene.stripClicked.connect(self._rate_from_strip)
        self.board_view.zoomChanged.connect(self._show_zoom)
        self.palette.entryActivated.connect(self._add_from_palette)
        self.map_combo.activated.connect(
            lambda _i: self.set_current_map(self.map_combo.currentData()))
        self.resize(1500, 950)
        self._show_zoom(1.0)
        self._update_title()
        self._update_actions()

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

    def open_file(self, path: Path | str) -> bool:
        """Open a workshop file; a refused file is explained in a message box."""
        path = Path(path)
        if self._document is not None and _same(self._document.path, path):
            return True
        try:
            document = JourneyDocument.open(path, self)
        except (JourneyError, OSError) as error:
            dialogs.warn(self, self.tr("Cannot open the workshop"), str(error))
            return False
        self.close_file()
        self._document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.changed.connect(self._document_changed)
        self.inspector.set_document(document)
        self.palette.set_channels(document.channels())
        self.board_scene.set_document(document)  # shows the first map (refreshes the title)
        self.stack.setCurrentWidget(self.board_view)
        self.board_view.setFocus()
        self.documentChanged.emit(document)
        return True

    def close_file(self) -> None:
        """Close the open workshop (every edit is already in the file)."""
        document = self._document
        if document is None:
            return
        self.board_view.finish_inline_edit()
        self.inspector.commit_pending()
        self.board_scene.set_document(None)
        self.inspector.set_document(None)
        self.undo_group.removeStack(document.undo_stack)
        document.changed.disconnect(self._document_changed)
        self._document = None
        document.close()
        document.deleteLater()
        self.palette.set_channels([])
        self.stack.setCurrentWidget(self.empty_state)
        self._refresh_maps()
        self._update_title()
        self._update_actions()
        self.documentChanged.emit(None)

    def set_current_map(self, map_id: str | None) -> None:
        """Show another map of the workshop on the board."""
        if map_id and map_id != self.current_map_id:
            self.board_view.finish_inline_edit()
            self.inspector.commit_pending()
            self.board_scene.set_map(map_id)

    def new_to_be_map(self, name: str | None = None) -> str | None:
        """Duplicate the current map as a to-be map and show it; returns its id."""
        if self._document is None or self.current_map_id is None:
            return None
        if name is None:
            current = self._document.get("map", self.current_map_id)
            name = self.board_scene.edits.ask_text(
                self.tr("New to-be map"), self.tr("Name of the new to-be map:"),
                self.tr("%s (to-be)") % current.name)
            if not name:
                return None
        map_id = self.board_scene.edits.new_to_be_map(name)
        if map_id is not None:
            self.set_current_map(map_id)
        return map_id

    # -- building --------------------------------------------------------------------------

    def build_empty_state(self) -> QWidget:
        """What the window shows while no workshop is open: how to open or create one."""
        page = EmptyState(self)
        page.openRequested.connect(self.open_dialog)
        page.newRequested.connect(self.new_dialog)
        return page

    def _action(self, text: str, slot: object, shortcut: object = None,
                board: bool = False) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if board:  # only while the board has the focus: fields keep Delete, Ctrl+C, ...
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.board_view.addAction(action)
        return action

    def create_actions(self) -> None:
        """The window's actions (menus and toolbar share them)."""
        s = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open\u2026"), self.open_dialog, s.Open)
        self.new_action = self._action(self.tr("&New\u2026"), self.new_dialog, s.New)
        self.close_action = self._action(self.tr("&Close"), self.close_file, s.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close, s.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(s.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        scene = self.board_scene
        self.cut_action = self._action(self.tr("Cu&t"), lambda: clipboard.cut_cards(scene),
                                       s.Cut, board=True)
        self.copy_action = self._action(self.tr("&Copy"), lambda: clipboard.copy_cards(scene),
                                        s.Copy, board=True)
        self.paste_action = self._action(self.tr("&Paste"), lambda: clipboard.paste_cards(scene),
                                         s.Paste, board=True)
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), lambda: scene.edits.duplicate_cards(scene.selected_card_ids()),
            "Ctrl+D", board=True)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selection, s.Delete,
                                          board=True)
        self.select_all_action = self._action(
            self.tr("Select &All"), lambda: scene.select_cards(scene.card_items()), s.SelectAll,
            board=True)
        self.rename_action = self._action(self.tr("&Edit Title or Name"),
                                          self.board_view.edit_selected, "F2", board=True)
        view = self.board_view
        self.zoom_in_action = self._action(self.tr("Zoom &In"), view.zoom_in,
                                           [s.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), view.zoom_out, s.ZoomOut)
        self.zoom_fit_action = self._action(self.tr("&Fit Board"), view.zoom_fit, "Ctrl+0")
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), view.zoom_reset,
                                              "Ctrl+1")
        self.legend_action = self._action(self.tr("Show &Legend"), view.set_legend_visible)
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(True)
        self.new_to_be_action = self._action(self.tr("New &To-be Map from This Map\u2026"),
                                             lambda: self.new_to_be_map())
        self.new_to_be_action.setIconText(self.tr("New to-be map\u2026"))
        self.add_phase_action = self._action(self.tr("Add &Phase"), self._add_phase)

    def build_docks(self) -> None:
        self.palette_dock = QDockWidget(self.tr("Palette"), self)
        self.palette_dock.setObjectName("palette")
        self.palette_dock.setWidget(self.palette)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.inspector_dock = QDockWidget(self.tr("Inspector"), self)
        self.inspector_dock.setObjectName("inspector")
        self.inspector_dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.resizeDocks([self.palette_dock, self.inspector_dock], [205, 285],
                         Qt.Orientation.Horizontal)

    def build_toolbar(self) -> QToolBar:
        self.toolbar = self.addToolBar(self.tr("Board"))
        self.toolbar.setObjectName("board-toolbar")
        self.toolbar.addWidget(QLabel(self.tr("Map: ")))
        self.toolbar.addWidget(self.map_combo)
        self.toolbar.addAction(self.new_to_be_action)
        self.toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.zoom_fit_action):
            self.toolbar.addAction(action)
        return self.toolbar

    def build_file_menu(self) -> QMenu:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.close_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        return self.file_menu

    def build_edit_menu(self) -> QMenu:
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action,
                       self.duplicate_action, self.delete_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.select_all_action)
        self.edit_menu.addAction(self.rename_action)
        return self.edit_menu

    def build_view_menu(self) -> QMenu:
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action,
                       self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.legend_action)
        self.view_menu.addAction(self.palette_dock.toggleViewAction())
        self.view_menu.addAction(self.inspector_dock.toggleViewAction())
        return self.view_menu

    def build_map_menu(self) -> QMenu:
        self.map_menu = self.menuBar().addMenu(self.tr("&Map"))
        self.switch_menu = self.map_menu.addMenu(self.tr("&Switch Map"))
        self.map_group = QActionGroup(self)
        self.map_menu.addAction(self.new_to_be_action)
        self.map_menu.addSeparator()
        self.map_menu.addAction(self.add_phase_action)
        self.add_lane_menu = self.map_menu.addMenu(self.tr("Add &Lane"))
        self.add_lane_menu.aboutToShow.connect(self._fill_add_lane_menu)
        return self.map_menu

    # -- slots ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop"), "",
            self.tr("Journeyboard workshops (*.journey);;All files (*)"))
        if name:
            self.open_file(name)

    def new_dialog(self) -> None:
        """Create a workshop file from a template (asks which and where), then open it."""
        from widgets.start_screen import create_workshop_file

        choice = dialogs.choose_template(self)
        if choice is not None:
            path = create_workshop_file(self, *choice)
            if path is not None:
                self.open_file(path)

    def delete_selection(self) -> None:
        """Delete the selected cards, or else the current phase or lane (after asking)."""
        scene = self.board_scene
        ids = scene.selected_card_ids()
        if ids:
            scene.edits.delete_cards(ids)
        elif scene.current_header is not None:
            scene.edits.delete_row(*scene.current_header)

    def _add_phase(self) -> None:
        phase_id = self.board_scene.edits.add_phase()
        if phase_id is not None:
            self.board_view.start_inline_edit("phase", phase_id)

    def _fill_add_lane_menu(self) -> None:
        self.add_lane_menu.clear()
        menu = add_lane_menu(self.board_scene, None, self)
        for action in menu.actions():
            self.add_lane_menu.addAction(action)
        self._lane_menu_source = menu  # keeps the actions' owner alive

    def _add_from_palette(self, entry: dict) -> None:
        scene = self.board_scene
        ids = scene.selected_card_ids()
        cell = scene.current_cell
        if ids and scene.state is not None:
            card = scene.state.cards[ids[-1]]
            cell = (card.lane_id, card.phase_id)
        if cell is None:
            self.statusBar().showMessage(self.tr("Click a cell of the board first"), 6000)
            return
        card_id = scene.edits.add_from_palette(entry, *cell)
        if card_id is not None:
            self.board_view.setFocus()
            self.board_view.start_inline_edit("card", card_id)

    def _rate_from_strip(self, card_id: str, experience: int) -> None:
        participant = self.current_participant_id
        if participant is None:
            self.statusBar().showMessage(
                self.tr("Add workshop participants to rate touchpoints"), 6000)
            return
        self.board_scene.edits.rate(card_id, participant, experience)

    def _document_changed(self, change: Change) -> None:
        if self._document is None:
            return
        if "channel" in change.kinds():
            self.palette.set_channels(self._document.channels())
        if change.kinds() & {"workshop", "map"}:
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
        self.switch_menu.clear()
        for action in self.map_group.actions():
            self.map_group.removeAction(action)
        for journey_map in maps:
            action = self.switch_menu.addAction(journey_map.name)
            action.setCheckable(True)
            action.setChecked(journey_map.id == self.current_map_id)
            action.triggered.connect(lambda _c=False, m=journey_map.id: self.set_current_map(m))
            self.map_group.addAction(action)
        self._update_title()

    def _update_title(self) -> None:
        if self._document is None:
            self.setWindowTitle(self.tr("No workshop open"))  # Qt adds the app's name
            return
        current = self._document.get("map", self.current_map_id) if self.current_map_id else None
        parts = [self._document.title() or self._document.path.stem]
        if current is not None:
            parts.append(current.name)
        parts.append(self._document.path.name)
        self.setWindowTitle(" \u2013 ".join(parts))

    def _update_actions(self) -> None:
        has_doc = self._document is not None
        has_map = has_doc and self.current_map_id is not None
        has_cards = has_map and bool(self.board_scene.selected_card_ids())
        for action in (self.close_action, self.new_to_be_action, self.add_phase_action,
                       self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action,
                       self.zoom_reset_action, self.select_all_action, self.paste_action):
            action.setEnabled(bool(has_map) if action is not self.close_action else has_doc)
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(bool(has_cards))
        self.delete_action.setEnabled(bool(has_cards) or (
            has_map and self.board_scene.current_header is not None))
        self.rename_action.setEnabled(bool(has_map))
        self.map_combo.setEnabled(has_doc)
        self.add_lane_menu.setEnabled(bool(has_map))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %d%%") % round(zoom * 100))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_file()
        super().closeEvent(event)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
