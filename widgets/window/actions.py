"""GUI: every action of the main window in one typed object (``window.acts``).

The actions are made once, with the window (their shortcuts and connections stay), so
their shortcuts work before any menu was opened and before what they open (the find
bar, presentation mode, a dialog) was built. Menus and the toolbar are built from this
object (``widgets.window.menus``, ``MainWindow.build_toolbar``); each action is a named,
typed attribute, so a checker and a reader see every one. Shortcuts are the platform's
standard keys where Qt has one. Texts are set in ``retranslate_ui``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from widgets import i18n
from widgets.board import clipboard
from widgets.settings import LANGUAGE_NAMES

if TYPE_CHECKING:
    from widgets.window.main_window import MainWindow

S = QKeySequence.StandardKey
Key = QKeySequence.StandardKey | str


class WindowActions(QObject):
    """The actions of ``window``; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        w, c = window, window.commands
        scene, view = w.board_scene, w.board_view
        # File
        self.new = self._make(c.new_dialog, S.New)
        self.open = self._make(c.open_dialog, S.Open)
        self.open_server = self._make(self._open_from_server)
        self.clear_recent = self._make(lambda: w.menus.clear_recent())
        self.save_copy = self._make(c.save_copy, S.SaveAs)
        self.import_json = self._make(c.import_json)
        self.snapshot = self._make(lambda: _snapshots().take_snapshot(w))
        self.snapshots = self._make(lambda: _snapshots().show_snapshots(w))
        self.import_measurements = self._make(lambda: _measurements().choose_and_preview(w))
        self.export_pdf = self._make(c.export_pdf, "Ctrl+E")
        self.export_png = self._make(c.export_png)
        self.export_csv = self._make(c.export_csv)
        self.export_json = self._make(c.export_json)
        self.export_mermaid = self._make(c.export_mermaid)
        self.copy_mermaid = self._make(c.copy_mermaid)
        self.close = self._make(w.close_file, S.Close)
        self.quit = self._make(w.close, S.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit: undo and redo through the commands, not the group: they write first and
        # move the stack only when the write succeeded.
        self.undo = self._make(c.undo, S.Undo)
        self.redo = self._make(c.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.cut = self._make(lambda: clipboard.cut_cards(scene), S.Cut, board=True)
        self.copy = self._make(lambda: clipboard.copy_cards(scene), S.Copy, board=True)
        self.paste = self._make(lambda: clipboard.paste_cards(scene), S.Paste, board=True)
        self.duplicate = self._make(
            lambda: scene.edits.duplicate_cards(scene.selected_card_ids()), "Ctrl+D", board=True
        )
        self.delete = self._make(w.delete_selection, S.Delete, board=True)
        self.connect_cards = self._make(
            scene.connection_edits.connect_selected, "Ctrl+L", board=True
        )
        self.select_all = self._make(
            lambda: scene.select_cards(scene.card_items()), S.SelectAll, board=True
        )
        self.rename = self._make(view.edit_selected, "F2", board=True)
        self.new_action = self._make(lambda: w.panels.new_action(), "Ctrl+Shift+A")
        self.find = self._make(lambda: w.find_bar.activate(), S.Find)
        # View
        self.zoom_in = self._make(view.zoom_in, [S.ZoomIn, "Ctrl+="])
        self.zoom_out = self._make(view.zoom_out, S.ZoomOut)
        self.zoom_fit = self._make(view.zoom_fit, "Ctrl+0")
        self.zoom_reset = self._make(view.zoom_reset, "Ctrl+1")
        self.legend = self._make(lambda: view.set_legend_visible(self.legend.isChecked()))
        self.trends = self._make(lambda: scene.set_show_trends(self.trends.isChecked()))
        self.trends.setCheckable(True)
        self.trends.setChecked(True)
        self.legend.setCheckable(True)
        self.legend.setChecked(True)
        self.presentation = self._make(
            lambda: w.presentation.set_active(self.presentation.isChecked()), "F5"
        )
        self.presentation.setCheckable(True)
        self.language_group = QActionGroup(self)
        self.language: dict[str, QAction] = {}
        for code, _name in LANGUAGE_NAMES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            self.language_group.addAction(action)
            self.language[code] = action
        # Map
        self.new_map = self._make(c.new_map)
        self.new_to_be = self._make(lambda: w.new_to_be_map())
        self.rename_map = self._make(c.rename_map)
        self.delete_map = self._make(c.delete_map)
        self.compare = self._make(c.compare_maps)
        self.add_phase = self._make(w.add_phase)
        # Help
        self.user_guide = self._make(c.user_guide, S.HelpContents)
        self.shortcuts = self._make(c.keyboard_shortcuts)
        self.about = self._make(c.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        group = w.undo_group
        group.canUndoChanged.connect(self.undo.setEnabled)
        group.canRedoChanged.connect(self.redo.setEnabled)
        # "Undo Move card" follows in the event loop's next turn, once for both texts:
        # renaming an action in the toolbar costs more than a quarter of an edit.
        self._undo_texts_timer = QTimer(self)
        self._undo_texts_timer.setSingleShot(True)
        self._undo_texts_timer.setInterval(0)
        self._undo_texts_timer.timeout.connect(self._undo_texts)
        group.undoTextChanged.connect(self._undo_texts_timer.start)
        group.redoTextChanged.connect(self._undo_texts_timer.start)

    def _make(
        self,
        slot: Callable[[], object],
        shortcut: Key | list[Key] | None = None,
        board: bool = False,
    ) -> QAction:
        window = self._window
        action = QAction(window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if board:  # only while the board has the focus: fields keep Delete, Ctrl+C, ...
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.board_view.addAction(action)
        else:
            window.addAction(action)  # works while the menu bar is hidden (presentation)
        return action

    def _open_from_server(self) -> None:
        # Imported when used: the library brings SQLAlchemy, which start-up does without.
        from widgets.library_dialog import open_dialog

        open_dialog(self._window)

    def retranslate_ui(self) -> None:
        """Every action's text in the interface language."""
        texts = {
            self.new: self.tr("&New Workshop\u2026"),
            self.open: self.tr("&Open\u2026"),
            self.open_server: self.tr("Open from &Server\u2026"),
            self.clear_recent: self.tr("&Clear List"),
            self.save_copy: self.tr("Save a &Copy As\u2026"),
            self.import_json: self.tr("&Import JSON or Mermaid\u2026"),
            self.snapshot: self.tr("&Snapshot\u2026"),
            self.snapshots: self.tr("Snaps&hots\u2026"),
            self.import_measurements: self.tr("Import &Measurements\u2026"),
            self.export_pdf: self.tr("&PDF\u2026"),
            self.export_png: self.tr("P&NG Image of This Map\u2026"),
            self.export_csv: self.tr("&CSV Table\u2026"),
            self.export_json: self.tr("&JSON\u2026"),
            self.export_mermaid: self.tr("&Mermaid Journey of This Map\u2026"),
            self.copy_mermaid: self.tr("Cop&y This Map as Mermaid"),
            self.close: self.tr("&Close"),
            self.quit: self.tr("&Quit"),
            self.cut: self.tr("Cu&t"),
            self.copy: self.tr("&Copy"),
            self.paste: self.tr("&Paste"),
            self.duplicate: self.tr("D&uplicate"),
            self.delete: self.tr("&Delete"),
            self.connect_cards: self.tr("Co&nnect Selected Cards"),
            self.select_all: self.tr("Select &All"),
            self.rename: self.tr("&Edit Title or Name"),
            self.new_action: self.tr("New &Action from Selected Cards"),
            self.find: self.tr("&Find..."),
            self.zoom_in: self.tr("Zoom &In"),
            self.zoom_out: self.tr("Zoom &Out"),
            self.zoom_fit: self.tr("&Fit Board"),
            self.zoom_reset: self.tr("&Actual Size"),
            self.legend: self.tr("Show &Legend"),
            self.trends: self.tr("Show Measured &Trends"),
            self.presentation: self.tr("&Presentation Mode"),
            self.new_map: self.tr("&New Map\u2026"),
            self.new_to_be: self.tr("New &To-be Map from This Map\u2026"),
            self.rename_map: self.tr("&Rename Map\u2026"),
            self.delete_map: self.tr("&Delete Map\u2026"),
            self.compare: self.tr("&Compare As-is and To-be\u2026"),
            self.add_phase: self.tr("Add &Phase"),
            self.user_guide: self.tr("&User Guide"),
            self.shortcuts: self.tr("&Keyboard Shortcuts"),
            self.about: self.tr("&About Journeyboard"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.new_to_be.setIconText(self.tr("New to-be map\u2026"))
        self.presentation.setIconText(self.tr("Present"))
        self.presentation.setToolTip(
            self.tr(
                "Full screen with only the board; arrow keys step through the phases, Escape leaves"
            )
        )
        self.zoom_fit.setIconText(self.tr("Fit"))
        for code, name in LANGUAGE_NAMES:
            self.language[code].setText(name)  # each in its own language
        self._undo_texts()

    def _undo_texts(self) -> None:
        group = self._window.undo_group
        undo, redo = group.undoText(), group.redoText()
        self.undo.setText(
            self.tr("&Undo %1").replace("%1", undo).strip() if undo else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo %1").replace("%1", redo).strip() if redo else self.tr("&Redo")
        )
        # The toolbar keeps the short text (the buttons never jump while the room watches);
        # what would be undone is in the menu and in the tooltip.
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", ""))
        self.redo.setToolTip(self.redo.text().replace("&", ""))
        self.undo.setEnabled(group.canUndo())
        self.redo.setEnabled(group.canRedo())

    def update_enabled(
        self,
        has_doc: bool,
        maps: int,
        has_map: bool,
        has_cards: bool,
        has_header: bool,
        has_arrows: bool = False,
    ) -> None:
        """Enable what makes sense now: whether a workshop is open and how many maps it
        has, whether the board shows a map, has cards or arrows selected or a phase or lane
        current."""
        for action in (
            self.close,
            self.save_copy,
            self.snapshots,
            self.export_pdf,
            self.export_csv,
            self.export_json,
            self.new_map,
            self.find,
        ):
            action.setEnabled(has_doc)
        for action in (
            self.new_to_be,
            self.add_phase,
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.zoom_reset,
            self.select_all,
            self.paste,
            self.rename,
            self.export_png,
            self.rename_map,
            self.compare,
            self.presentation,
            self.export_mermaid,
            self.copy_mermaid,
        ):
            action.setEnabled(has_map)
        self.delete_map.setEnabled(has_map and maps > 1)
        document = self._window.document
        writable = document is not None and not document.readonly
        self.snapshot.setEnabled(writable)
        self.import_measurements.setEnabled(has_map and writable)
        for action in (self.cut, self.copy, self.duplicate):
            action.setEnabled(has_cards)
        self.delete.setEnabled(has_cards or has_arrows or (has_map and has_header))
        self.connect_cards.setEnabled(has_map)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        self._window.settings.set_language(lang)
        app = QApplication.instance()
        if app is not None:
            i18n.install_translator(app, lang)
        for code, action in self.language.items():
            action.setChecked(code == i18n.current_language())


def _measurements() -> Any:
    """The measurements import, imported when first used."""
    from widgets import measurements_dialog

    return measurements_dialog


def _snapshots() -> Any:
    """The snapshots module, imported when first used (it is not needed to start)."""
    from widgets import snapshots_dialog

    return snapshots_dialog
