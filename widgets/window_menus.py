"""GUI: the main window's actions and menus (File, Edit, View, Map, Help).

Actions are made once (their shortcuts and connections stay) and are also set as
attributes of the window (``window.undo_action``...), so their shortcuts work before
any menu was opened, and before what they open (the find bar, presentation mode, a
dialog) was built. Texts are set in ``retranslate_ui`` and the menus are rebuilt on a
language change, so every title follows the interface language. Shortcuts are the
platform's standard keys where Qt has one. The template menu is filled when it is
first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from widgets import i18n
from widgets.board import clipboard
from widgets.settings import LANGUAGE_NAMES

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

S = QKeySequence.StandardKey


class WindowMenus(QObject):
    """The actions and menus of ``window``; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menus: list[QMenu] = []
        self._lane_menu_source: QMenu | None = None
        self.map_group = QActionGroup(self)
        self.language_group = QActionGroup(self)
        # "Undo Move card" follows in the event loop's next turn, once for both texts:
        # renaming an action in the toolbar costs more than a quarter of an edit.
        self._undo_texts_timer = QTimer(self)
        self._undo_texts_timer.setSingleShot(True)
        self._undo_texts_timer.setInterval(0)
        self._undo_texts_timer.timeout.connect(self._undo_texts)
        self.create_actions()

    def _action(
        self, name: str, slot: Callable[..., object], shortcut: object = None, board: bool = False
    ) -> QAction:
        window = self.window
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
        setattr(self, name, action)
        setattr(window, name, action)
        return action

    def create_actions(self) -> None:
        w, c = self.window, self.window.commands
        scene, view = w.board_scene, w.board_view
        self._action("new_action", c.new_dialog, S.New)
        self._action("open_action", c.open_dialog, S.Open)
        self._action("clear_recent_action", self._clear_recent)
        self._action("save_copy_action", c.save_copy, S.SaveAs)
        self._action("snapshot_action", lambda: _snapshots().take_snapshot(w))
        self._action("snapshots_action", lambda: _snapshots().show_snapshots(w))
        self._action("import_measurements_action", lambda: _measurements().choose_and_preview(w))
        self._action("import_json_action", c.import_json)
        self._action("export_pdf_action", c.export_pdf, "Ctrl+E")
        self._action("export_png_action", c.export_png)
        self._action("export_csv_action", c.export_csv)
        self._action("export_json_action", c.export_json)
        self._action("export_mermaid_action", c.export_mermaid)
        self._action("copy_mermaid_action", c.copy_mermaid)
        self._action("close_action", w.close_file, S.Close)
        self._action("quit_action", w.close, S.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        group = w.undo_group
        # Through the commands, not the group: they write first and move the stack only
        # when the write succeeded.
        self._action("undo_action", c.undo, S.Undo)
        self._action("redo_action", c.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        group.canUndoChanged.connect(self.undo_action.setEnabled)
        group.canRedoChanged.connect(self.redo_action.setEnabled)
        group.undoTextChanged.connect(self._undo_texts_timer.start)
        group.redoTextChanged.connect(self._undo_texts_timer.start)
        self._action("cut_action", lambda: clipboard.cut_cards(scene), S.Cut, board=True)
        self._action("copy_action", lambda: clipboard.copy_cards(scene), S.Copy, board=True)
        self._action("paste_action", lambda: clipboard.paste_cards(scene), S.Paste, board=True)
        self._action(
            "duplicate_action",
            lambda: scene.edits.duplicate_cards(scene.selected_card_ids()),
            "Ctrl+D",
            board=True,
        )
        self._action("delete_action", w.delete_selection, S.Delete, board=True)
        self._action(
            "select_all_action",
            lambda: scene.select_cards(scene.card_items()),
            S.SelectAll,
            board=True,
        )
        self._action("rename_action", view.edit_selected, "F2", board=True)
        self._action("find_action", lambda: w.find_bar.activate(), S.Find)

        self._action("zoom_in_action", view.zoom_in, [S.ZoomIn, "Ctrl+="])
        self._action("zoom_out_action", view.zoom_out, S.ZoomOut)
        self._action("zoom_fit_action", view.zoom_fit, "Ctrl+0")
        self._action("zoom_reset_action", view.zoom_reset, "Ctrl+1")
        self.legend_action = self._action(
            "legend_action", lambda: view.set_legend_visible(self.legend_action.isChecked())
        )
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(True)
        self.trends_action = self._action(
            "trends_action", lambda: scene.set_show_trends(self.trends_action.isChecked())
        )
        self.trends_action.setCheckable(True)
        self.trends_action.setChecked(True)
        self.presentation_action = self._action(
            "presentation_action",
            lambda: w.presentation.set_active(self.presentation_action.isChecked()),
            "F5",
        )
        self.presentation_action.setCheckable(True)
        self.language_actions: dict[str, QAction] = {}
        for code, _name in LANGUAGE_NAMES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self._action("new_map_action", c.new_map)
        self._action("new_to_be_action", lambda: w.new_to_be_map())
        self._action("rename_map_action", c.rename_map)
        self._action("delete_map_action", c.delete_map)
        self._action("compare_action", c.compare_maps)
        self._action("add_phase_action", w._add_phase)

        self._action("user_guide_action", c.user_guide, S.HelpContents)
        self._action("shortcuts_action", c.keyboard_shortcuts)
        self._action("about_action", c.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def retranslate_ui(self) -> None:
        texts = {
            self.new_action: self.tr("&New Workshop\u2026"),
            self.open_action: self.tr("&Open\u2026"),
            self.clear_recent_action: self.tr("&Clear List"),
            self.save_copy_action: self.tr("Save a &Copy As\u2026"),
            self.snapshot_action: self.tr("&Snapshot\u2026"),
            self.snapshots_action: self.tr("Snaps&hots\u2026"),
            self.import_measurements_action: self.tr("Import &Measurements\u2026"),
            self.import_json_action: self.tr("&Import JSON or Mermaid\u2026"),
            self.export_pdf_action: self.tr("&PDF\u2026"),
            self.export_png_action: self.tr("P&NG Image of This Map\u2026"),
            self.export_csv_action: self.tr("&CSV Table\u2026"),
            self.export_json_action: self.tr("&JSON\u2026"),
            self.export_mermaid_action: self.tr("&Mermaid Journey of This Map\u2026"),
            self.copy_mermaid_action: self.tr("Cop&y This Map as Mermaid"),
            self.close_action: self.tr("&Close"),
            self.quit_action: self.tr("&Quit"),
            self.cut_action: self.tr("Cu&t"),
            self.copy_action: self.tr("&Copy"),
            self.paste_action: self.tr("&Paste"),
            self.duplicate_action: self.tr("D&uplicate"),
            self.delete_action: self.tr("&Delete"),
            self.select_all_action: self.tr("Select &All"),
            self.rename_action: self.tr("&Edit Title or Name"),
            self.find_action: self.tr("&Find..."),
            self.zoom_in_action: self.tr("Zoom &In"),
            self.zoom_out_action: self.tr("Zoom &Out"),
            self.zoom_fit_action: self.tr("&Fit Board"),
            self.zoom_reset_action: self.tr("&Actual Size"),
            self.legend_action: self.tr("Show &Legend"),
            self.trends_action: self.tr("Show Measured &Trends"),
            self.presentation_action: self.tr("&Presentation Mode"),
            self.new_map_action: self.tr("&New Map\u2026"),
            self.new_to_be_action: self.tr("New &To-be Map from This Map\u2026"),
            self.rename_map_action: self.tr("&Rename Map\u2026"),
            self.delete_map_action: self.tr("&Delete Map\u2026"),
            self.compare_action: self.tr("&Compare As-is and To-be\u2026"),
            self.add_phase_action: self.tr("Add &Phase"),
            self.user_guide_action: self.tr("&User Guide"),
            self.shortcuts_action: self.tr("&Keyboard Shortcuts"),
            self.about_action: self.tr("&About Journeyboard"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.new_to_be_action.setIconText(self.tr("New to-be map\u2026"))
        self.presentation_action.setIconText(self.tr("Present"))
        self.presentation_action.setToolTip(
            self.tr(
                "Full screen with only the board; arrow keys step through the phases, Escape leaves"
            )
        )
        self.zoom_fit_action.setIconText(self.tr("Fit"))
        for code, name in LANGUAGE_NAMES:
            self.language_actions[code].setText(name)  # each in its own language
        self._undo_texts()

    def _undo_texts(self) -> None:
        group = self.window.undo_group
        undo, redo = group.undoText(), group.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo).strip() if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo).strip() if redo else self.tr("&Redo")
        )
        # The toolbar keeps the short text (the buttons never jump while the room watches);
        # what would be undone is in the menu and in the tooltip.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())

    # -- menus ---------------------------------------------------------------------------------

    def build_menus(self) -> None:
        """(Re)build the menu bar in the current language."""
        bar = self.window.menuBar()
        bar.clear()
        for menu in self.menus:
            menu.deleteLater()
        self.menus = []
        self.build_file_menu()
        self.build_edit_menu()
        self.build_view_menu()
        self.build_map_menu()
        self.build_help_menu()
        self.refresh_recent()
        self.refresh_switch_menu()
        self.update_actions()

    def _menu(self, title: str, parent: QMenu | None = None) -> QMenu:
        menu = QMenu(title, parent or self.window)
        if parent is None:
            self.window.menuBar().addMenu(menu)
            self.menus.append(menu)
        else:
            parent.addMenu(menu)
        return menu

    def build_file_menu(self) -> QMenu:
        menu = self.file_menu = self.window.file_menu = self._menu(self.tr("&File"))
        menu.addAction(self.new_action)
        self.template_menu = self._menu(self.tr("New from &Template"), menu)
        self.template_menu.aboutToShow.connect(self.fill_template_menu)
        menu.addAction(self.open_action)
        self.recent_menu = self._menu(self.tr("Open &Recent"), menu)
        menu.addSeparator()
        menu.addAction(self.save_copy_action)
        menu.addAction(self.snapshot_action)
        menu.addAction(self.snapshots_action)
        menu.addAction(self.import_json_action)
        menu.addAction(self.import_measurements_action)
        self.export_menu = self._menu(self.tr("&Export"), menu)
        for action in (
            self.export_pdf_action,
            self.export_png_action,
            self.export_csv_action,
            self.export_json_action,
            self.export_mermaid_action,
            self.copy_mermaid_action,
        ):
            self.export_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        menu.addAction(self.quit_action)
        return menu

    def build_edit_menu(self) -> QMenu:
        menu = self.edit_menu = self.window.edit_menu = self._menu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for action in (
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.duplicate_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.select_all_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.find_action)
        return menu

    def build_view_menu(self) -> QMenu:
        w = self.window
        menu = self.view_menu = w.view_menu = self._menu(self.tr("&View"))
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_fit_action,
            self.zoom_reset_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.legend_action)
        menu.addAction(self.trends_action)
        menu.addAction(self.presentation_action)
        menu.addSeparator()
        panels = self.panels_menu = self._menu(self.tr("&Panels"), menu)
        for dock in (w.palette_dock, w.inspector_dock, *w.panels.docks()):
            action = dock.toggleViewAction()
            action.setText(dock.windowTitle())
            panels.addAction(action)
        panels.addSeparator()
        for toolbar in (w.toolbar, w.panels.filter_toolbar):
            action = toolbar.toggleViewAction()
            action.setText(toolbar.windowTitle())
            panels.addAction(action)
        language = self.language_menu = self._menu(self.tr("&Language"), menu)
        current = i18n.current_language()
        for code, action in self.language_actions.items():
            action.setChecked(code == current)
            language.addAction(action)
        return menu

    def build_map_menu(self) -> QMenu:
        menu = self.map_menu = self.window.map_menu = self._menu(self.tr("&Map"))
        self.switch_menu = self.window.switch_menu = self._menu(self.tr("&Switch Map"), menu)
        menu.addAction(self.new_map_action)
        menu.addAction(self.new_to_be_action)
        menu.addAction(self.rename_map_action)
        menu.addAction(self.delete_map_action)
        menu.addSeparator()
        menu.addAction(self.compare_action)
        menu.addSeparator()
        menu.addAction(self.add_phase_action)
        self.add_lane_menu = self.window.add_lane_menu = self._menu(self.tr("Add &Lane"), menu)
        self.add_lane_menu.aboutToShow.connect(self._fill_add_lane_menu)
        return menu

    def build_help_menu(self) -> QMenu:
        menu = self.help_menu = self.window.help_menu = self._menu(self.tr("&Help"))
        menu.addAction(self.user_guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        return menu

    # -- contents that change -------------------------------------------------------------

    def fill_template_menu(self) -> None:
        """The templates and the demo in every language, the interface's language first
        (once per menu: a language change builds a new one)."""
        from app.templates import TEMPLATE_KEYS, template_label
        from widgets.start_screen import DEMO_KEY

        templates = self.template_menu
        if templates.actions():
            return
        ui_lang = i18n.current_language()
        languages = sorted(LANGUAGE_NAMES, key=lambda pair: pair[0] != ui_lang)
        commands = self.window.commands
        for code, name in languages:
            templates.addSection(name)
            for key in TEMPLATE_KEYS:
                action = templates.addAction(template_label(key, code))
                action.setData((key, code))
                action.triggered.connect(
                    lambda _c=False, k=key, lang=code: commands.new_workshop(k, lang)
                )
            demo = templates.addAction(self.tr("Demo workshop (%s)") % name)
            demo.setData((DEMO_KEY, code))
            demo.triggered.connect(
                lambda _c=False, lang=code: commands.new_workshop(DEMO_KEY, lang)
            )

    def refresh_recent(self) -> None:
        menu = getattr(self, "recent_menu", None)
        if menu is None:
            return
        menu.clear()
        files = self.window.settings.recent_files()
        for number, path in enumerate(files, start=1):
            prefix = f"&{number} " if number < 10 else ""
            action = menu.addAction(f"{prefix}{path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.open_file(p))
        if not files:
            empty = menu.addAction(self.tr("No recent workshops"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(files))
        self.window.refresh_start_screen()

    def recent_paths(self) -> list[Path]:
        """The files listed in File > Open Recent."""
        return [Path(a.data()) for a in self.recent_menu.actions() if isinstance(a.data(), str)]

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent_files()
        self.refresh_recent()

    def refresh_switch_menu(self) -> None:
        w = self.window
        maps = w.document.maps() if w.document is not None else []
        self.switch_menu.clear()
        for action in self.map_group.actions():
            self.map_group.removeAction(action)
        for journey_map in maps:
            action = self.switch_menu.addAction(journey_map.name)
            action.setCheckable(True)
            action.setChecked(journey_map.id == w.current_map_id)
            action.triggered.connect(lambda _c=False, m=journey_map.id: w.set_current_map(m))
            self.map_group.addAction(action)

    def _fill_add_lane_menu(self) -> None:
        from widgets.board.menus import add_lane_menu

        self.add_lane_menu.clear()
        menu = add_lane_menu(self.window.board_scene, None, self.window)
        for action in menu.actions():
            self.add_lane_menu.addAction(action)
        self._lane_menu_source = menu  # keeps the actions' owner alive

    def update_actions(self) -> None:
        w = self.window
        has_doc = w.document is not None
        has_map = has_doc and w.current_map_id is not None
        has_cards = has_map and bool(w.board_scene.selected_card_ids())
        for action in (
            self.close_action,
            self.save_copy_action,
            self.snapshots_action,
            self.export_pdf_action,
            self.export_csv_action,
            self.export_json_action,
            self.new_map_action,
            self.find_action,
        ):
            action.setEnabled(has_doc)
        for action in (
            self.new_to_be_action,
            self.add_phase_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_fit_action,
            self.zoom_reset_action,
            self.select_all_action,
            self.paste_action,
            self.rename_action,
            self.export_png_action,
            self.rename_map_action,
            self.compare_action,
            self.presentation_action,
            self.export_mermaid_action,
            self.copy_mermaid_action,
        ):
            action.setEnabled(bool(has_map))
        self.delete_map_action.setEnabled(bool(has_map) and len(w.document.maps()) > 1)
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(bool(has_cards))
        self.delete_action.setEnabled(
            bool(has_cards) or (bool(has_map) and w.board_scene.current_header is not None)
        )
        self.snapshot_action.setEnabled(w.document is not None and not w.document.readonly)
        self.import_measurements_action.setEnabled(
            bool(has_map) and w.document is not None and not w.document.readonly
        )
        w.map_combo.setEnabled(has_doc)
        if hasattr(self, "add_lane_menu"):
            self.add_lane_menu.setEnabled(bool(has_map))

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        self.window.settings.set_language(lang)
        app = QApplication.instance()
        if app is not None:
            i18n.install_translator(app, lang)
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())


def _measurements() -> Any:
    """The measurements import, imported when first used."""
    from widgets import measurements_dialog

    return measurements_dialog


def _snapshots() -> Any:
    """The snapshots module, imported when first used (it is not needed to start)."""
    from widgets import snapshots_dialog

    return snapshots_dialog
