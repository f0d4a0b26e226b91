"""GUI: the main window's menus (File, Edit, View, Map, Help), built from its actions.

The actions themselves are in ``widgets.window.actions`` (``window.acts``). The menus are
rebuilt on a language change, so every title follows the interface language. The
template menu is filled when it is first opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from widgets import i18n
from widgets.settings import LANGUAGE_NAMES

if TYPE_CHECKING:
    from widgets.window.actions import WindowActions
    from widgets.window.main_window import MainWindow


class WindowMenus(QObject):
    """The menus of ``window``, made of the actions ``acts``; see the module docstring."""

    def __init__(self, window: MainWindow, acts: WindowActions) -> None:
        super().__init__(window)
        self.window = window
        self.acts = acts
        self.menus: list[QMenu] = []
        self._lane_menu_source: QMenu | None = None
        self.map_group = QActionGroup(self)
        self.recent_menu: QMenu | None = None
        self.add_lane_menu: QMenu | None = None

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
        menu = self.file_menu = self._menu(self.tr("&File"))
        menu.addAction(self.acts.new)
        self.template_menu = self._menu(self.tr("New from &Template"), menu)
        self.template_menu.aboutToShow.connect(self.fill_template_menu)
        menu.addAction(self.acts.open)
        menu.addAction(self.acts.open_server)
        self.recent_menu = self._menu(self.tr("Open &Recent"), menu)
        menu.addSeparator()
        menu.addAction(self.acts.save_copy)
        menu.addAction(self.acts.snapshot)
        menu.addAction(self.acts.snapshots)
        menu.addAction(self.acts.import_json)
        menu.addAction(self.acts.import_measurements)
        self.export_menu = self._menu(self.tr("&Export"), menu)
        for action in (
            self.acts.export_pdf,
            self.acts.export_png,
            self.acts.export_csv,
            self.acts.export_json,
            self.acts.export_mermaid,
            self.acts.copy_mermaid,
        ):
            self.export_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.acts.close)
        menu.addAction(self.acts.quit)
        return menu

    def build_edit_menu(self) -> QMenu:
        menu = self.edit_menu = self._menu(self.tr("&Edit"))
        menu.addAction(self.acts.undo)
        menu.addAction(self.acts.redo)
        menu.addSeparator()
        for action in (
            self.acts.cut,
            self.acts.copy,
            self.acts.paste,
            self.acts.duplicate,
            self.acts.delete,
            self.acts.connect_cards,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.acts.select_all)
        menu.addAction(self.acts.rename)
        menu.addAction(self.acts.new_action)
        menu.addAction(self.acts.find)
        return menu

    def build_view_menu(self) -> QMenu:
        w = self.window
        menu = self.view_menu = self._menu(self.tr("&View"))
        for action in (
            self.acts.zoom_in,
            self.acts.zoom_out,
            self.acts.zoom_fit,
            self.acts.zoom_reset,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.acts.legend)
        menu.addAction(self.acts.trends)
        menu.addAction(self.acts.presentation)
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
        for code, action in self.acts.language.items():
            action.setChecked(code == current)
            language.addAction(action)
        return menu

    def build_map_menu(self) -> QMenu:
        menu = self.map_menu = self._menu(self.tr("&Map"))
        self.switch_menu = self._menu(self.tr("&Switch Map"), menu)
        menu.addAction(self.acts.new_map)
        menu.addAction(self.acts.new_to_be)
        menu.addAction(self.acts.rename_map)
        menu.addAction(self.acts.delete_map)
        menu.addSeparator()
        menu.addAction(self.acts.compare)
        menu.addSeparator()
        menu.addAction(self.acts.add_phase)
        self.add_lane_menu = self._menu(self.tr("Add &Lane"), menu)
        self.add_lane_menu.aboutToShow.connect(self._fill_add_lane_menu)
        return menu

    def build_help_menu(self) -> QMenu:
        menu = self.help_menu = self._menu(self.tr("&Help"))
        menu.addAction(self.acts.user_guide)
        menu.addAction(self.acts.shortcuts)
        menu.addSeparator()
        menu.addAction(self.acts.about)
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
        """List the recent workshops in File > Open Recent (once the menu was built)."""
        menu = self.recent_menu
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
        menu.addAction(self.acts.clear_recent)
        self.acts.clear_recent.setEnabled(bool(files))
        self.window.refresh_start_screen()

    def recent_paths(self) -> list[Path]:
        """The files listed in File > Open Recent."""
        menu = self.recent_menu
        actions = menu.actions() if menu is not None else []
        return [Path(a.data()) for a in actions if isinstance(a.data(), str)]

    def clear_recent(self) -> None:
        """Forget the recent workshops."""
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

        target = self.add_lane_menu
        if target is None:
            return
        target.clear()
        menu = add_lane_menu(self.window.board_scene, None, self.window)
        for action in menu.actions():
            target.addAction(action)
        self._lane_menu_source = menu  # keeps the actions' owner alive

    def update_actions(self) -> None:
        """Enable the actions, the map box and the lane menu for what is open and selected."""
        w = self.window
        document = w.document
        has_map = document is not None and w.current_map_id is not None
        self.acts.update_enabled(
            has_doc=document is not None,
            maps=len(document.maps()) if document is not None else 0,
            has_map=has_map,
            has_cards=has_map and bool(w.board_scene.selected_card_ids()),
            has_header=w.board_scene.current_header is not None,
            has_arrows=has_map and bool(w.board_scene.connections.selected_ids()),
        )
        w.map_combo.setEnabled(document is not None)
        if self.add_lane_menu is not None:
            self.add_lane_menu.setEnabled(has_map)
