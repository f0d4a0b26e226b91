"""What the window builds when first needed (hidden docks, find bar, presentation mode,
the template menu) works the same for the user as if it had been built at start."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QTableWidget


def test_a_hidden_dock_shows_its_panel_when_toggled(app_window: Any) -> None:
    panels = app_window.panels
    dock = panels.moments_dock
    assert dock.isHidden() and panels.moments is None  # hidden by default: not built yet
    dock.toggleViewAction().trigger()  # View > Panels > Moments of Truth
    assert dock.isVisible()
    table = dock.widget().findChild(QTableWidget)
    moments = app_window.document.map_data(app_window.current_map_id).moments
    assert table.isVisible() and table.rowCount() == len(moments)
    table.cellClicked.emit(0, 1)  # a click on a moment selects its card on the board
    assert app_window.board_scene.selected_card_ids() == [moments[0].card_id]


def test_docks_hidden_last_time_are_built_when_shown(
    qtbot: Any, app_settings: Any, app_dialogs: Any, workshop_path: Path
) -> None:
    from widgets.window.main_window import MainWindow

    first = MainWindow(app_settings)
    qtbot.addWidget(first)
    assert first.open_file(workshop_path)
    first.show()
    first.panels.persona_dock.hide()
    first.panels.rating_dock.hide()
    first.close()  # remembers the layout

    again = MainWindow(app_settings)  # a restart
    qtbot.addWidget(again)
    assert again.open_file(workshop_path)
    again.show()
    qtbot.waitExposed(again)
    panels = again.panels
    assert panels.persona_dock.isHidden() and panels.personas is None
    assert panels.participant_dock.isVisible() and panels.participants is not None

    panels.persona_dock.toggleViewAction().trigger()
    names = panels.persona_dock.widget().findChild(QListWidget)
    assert names.isVisible()
    assert [names.item(i).text() for i in range(names.count())] == [
        p.name for p in again.document.personas()
    ]

    again.board_scene.select_cards(["c9"])  # chosen while the rating dock was hidden
    panels.rating_dock.toggleViewAction().trigger()
    assert panels.rating is not None and panels.rating.card_id == "c9"
    again.close_file()


def test_shortcuts_work_before_any_menu_was_opened(app_window: Any, qtbot: Any) -> None:
    assert app_window.menus.template_menu.actions() == []  # no menu was opened yet
    app_window.activateWindow()
    app_window.board_view.setFocus()
    qtbot.waitUntil(app_window.isActiveWindow)
    QTest.keyClick(app_window.board_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app_window.find_bar.isVisible() and app_window.find_bar.edit.hasFocus()
    QTest.keyClick(app_window.find_bar.edit, Qt.Key.Key_Escape)
    QTest.keyClick(app_window, Qt.Key.Key_F5)
    assert app_window.presentation.is_active()
    assert app_window.acts.presentation.isChecked()
    QTest.keyClick(app_window, Qt.Key.Key_F5)
    assert not app_window.presentation.is_active()
    assert not app_window.acts.presentation.isChecked()


def test_the_start_screen_lists_the_recent_workshop_after_closing(
    app_window: Any, workshop_path: Path
) -> None:
    app_window.close_file()
    screen = app_window.empty_state
    assert app_window.stack.currentWidget() is screen and screen.isVisible()
    assert screen.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(workshop_path)
