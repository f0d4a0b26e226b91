"""The application shell: menus, shortcuts, find, timer, presentation mode, crashes, help."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

S = QKeySequence.StandardKey


def _texts(menu: Any) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_menus_hold_the_expected_actions(app_window: Any) -> None:
    bar = app_window.menuBar()
    assert [a.text() for a in bar.actions()] == ["&File", "&Edit", "&View", "&Map", "&Help"]
    m = app_window.menus
    assert _texts(m.file_menu) == [
        "New Workshop…",
        "New from Template",
        "Open…",
        "Open from Server…",
        "Open Recent",
        "Save a Copy As…",
        "Snapshot…",
        "Snapshots…",
        "Import JSON or Mermaid…",
        "Import Measurements…",
        "Export",
        "Close",
        "Quit",
    ]
    assert _texts(m.export_menu) == [
        "PDF…",
        "PNG Image of This Map…",
        "CSV Table…",
        "JSON…",
        "Mermaid Journey of This Map…",
        "Copy This Map as Mermaid",
    ]
    assert m.template_menu.actions() == []  # filled when first opened
    m.template_menu.popup(app_window.pos())
    m.template_menu.hide()
    templates = [a.data() for a in m.template_menu.actions() if a.data()]
    assert ("7-phases", "de") in templates and ("demo", "en") in templates
    assert len(templates) == 10  # blank, 4 and 7 phases, blueprint, demo; two languages
    assert _texts(m.edit_menu) == [
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Duplicate",
        "Delete",
        "Connect Selected Cards",
        "Select All",
        "Edit Title or Name",
        "New Action from Selected Cards",
        "Find...",
    ]
    view = _texts(m.view_menu)
    assert view[:7] == [
        "Zoom In",
        "Zoom Out",
        "Fit Board",
        "Actual Size",
        "Show Legend",
        "Show Measured Trends",
        "Presentation Mode",
    ]
    assert _texts(m.panels_menu) == [
        "Palette",
        "Inspector",
        "Personas",
        "Participants",
        "Rating",
        "Moments of Truth",
        "Actions",
        "Room",
        "Board",
        "Filters",
    ]
    assert _texts(m.language_menu) == ["English", "Deutsch"]
    assert _texts(m.map_menu) == [
        "Switch Map",
        "New Map…",
        "New To-be Map from This Map…",
        "Rename Map…",
        "Delete Map…",
        "Compare As-is and To-be…",
        "Add Phase",
        "Add Lane",
    ]
    assert _texts(m.help_menu) == ["User Guide", "Keyboard Shortcuts", "About Journeyboard"]
    # Standard keys where Qt has one; the board's own actions are reused, not duplicated.
    for action, key in (
        (m.acts.open, S.Open),
        (m.acts.new, S.New),
        (m.acts.save_copy, S.SaveAs),
        (m.acts.close, S.Close),
        (m.acts.undo, S.Undo),
        (m.acts.copy, S.Copy),
        (m.acts.find, S.Find),
        (m.acts.user_guide, S.HelpContents),
    ):
        assert action.shortcut() == QKeySequence(key), action.text()
    assert m.acts is app_window.acts and app_window.acts.copy in m.edit_menu.actions()
    assert m.acts.presentation is app_window.presentation.toggle_action


def test_ctrl_f_shows_the_find_bar_and_find_selects_the_card(app_window: Any, qtbot: Any) -> None:
    app_window.activateWindow()
    app_window.board_view.setFocus()
    qtbot.waitUntil(app_window.isActiveWindow)
    QTest.keyClick(app_window.board_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app_window.find_bar.isVisible()
    card = app_window.document.get("card", "c9")
    QTest.keyClicks(app_window.find_bar.edit, card.title)
    assert app_window.board_scene.selected_card_ids() == ["c9"]
    QTest.keyClick(app_window.find_bar.edit, Qt.Key.Key_Escape)
    assert not app_window.find_bar.isVisible()
    assert app_window.board_view.hasFocus()


def test_ctrl_z_undoes_and_names_the_step(app_window: Any, qtbot: Any) -> None:
    scene = app_window.board_scene
    scene.edits.rename("phase", "ph1", "Discover")
    qtbot.waitUntil(lambda: app_window.acts.undo.text() == "&Undo Rename phase")
    app_window.activateWindow()
    app_window.board_view.setFocus()
    qtbot.waitUntil(app_window.isActiveWindow)
    QTest.keyClick(app_window.board_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app_window.document.get("phase", "ph1").name == "Awareness"
    qtbot.waitUntil(lambda: app_window.acts.redo.text() == "&Redo Rename phase")


def test_f5_presents_larger_with_the_phase_highlighted(app_window: Any, qtbot: Any) -> None:
    view = app_window.board_view
    view.zoom_reset()
    app_window.activateWindow()
    qtbot.waitUntil(app_window.isActiveWindow)
    QTest.keyClick(app_window, Qt.Key.Key_F5)
    presentation = app_window.presentation
    assert presentation.is_active()
    assert app_window.menuBar().isHidden() and app_window.statusBar().isHidden()
    assert view.zoom > 1.0  # the text on the board is larger
    presentation.next_phase()
    first = app_window.document.phases(app_window.current_map_id)[0]
    assert presentation.current_phase_id() == first.id
    assert app_window.board_scene.grid._highlight_phase == first.id
    assert presentation.overlay.phase_label.text() == first.name
    QTest.keyClick(app_window, Qt.Key.Key_F5)
    assert not presentation.is_active()
    assert app_window.menuBar().isVisible()
    assert view.zoom == pytest.approx(1.0)
    assert app_window.board_scene.grid._highlight_phase is None


def test_the_status_bar_timer_counts_down(qtbot: Any, app_settings: Any, app_dialogs: Any) -> None:
    from widgets.window.main_window import MainWindow

    now = [100.0]
    window = MainWindow(app_settings, clock=lambda: now[0])
    qtbot.addWidget(window)
    window.show()
    widget = window.timer_widget
    assert widget.parent() is window.statusBar() or window.statusBar().isAncestorOf(widget)
    assert widget.isVisible()
    widget.minutes.setValue(2)
    widget.start_button.click()
    now[0] += 61
    widget.timer.poll()
    assert widget.label.text() == "00:59"
    now[0] += 60
    widget.timer.poll()
    assert widget.timer.is_finished()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_error_dialog(
    app_window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets import crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "show_dialog", lambda details, path: shown.append(details))
    crash.install_excepthook(tmp_path / "logs")
    try:

        def broken() -> None:
            raise RuntimeError("the board fell over")

        app_window.acts.zoom_in.triggered.connect(broken)
        app_window.acts.zoom_in.trigger()
    finally:
        crash.uninstall_excepthook()
    assert len(shown) == 1 and "RuntimeError: the board fell over" in shown[0]
    assert app_window.isVisible() and app_window.document is not None  # still working


def test_keyboard_shortcuts_lists_menus_rating_and_board_keys(app_window: Any) -> None:
    from widgets.window.help_dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(app_window)
    rows = dict((what, keys) for keys, what in dialog.rows)
    native = QKeySequence(S.Find).toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Edit › Find..."] == native
    assert rows["View › Presentation Mode"] == "F5"
    assert any("Set my experience" in what for what in rows)
    assert any(what.startswith("Board: move") for what in rows)
    dialog.close()


def test_about_names_the_licences(app_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text))
    )
    app_window.acts.about.trigger()
    from importlib import metadata

    # Generated from the installed packages: their real versions and licences.
    for name in (
        "Journeyboard 0.1.0",
        f"SQLAlchemy {metadata.version('SQLAlchemy')}: MIT",
        f"PySide6_Essentials {metadata.version('PySide6_Essentials')}: LGPL-3.0-only",
        f"reportlab {metadata.version('reportlab')}: BSD",
        f"sqlmodel {metadata.version('sqlmodel')}",
        "pydantic",
        "DejaVu (DejaVuSans-Bold.ttf",
        "Bitstream Vera and Arev font licence",
    ):
        assert name in shown[0]
    assert "pytest" not in shown[0]  # a test tool is not shipped


def test_user_guide_opens_the_markdown_file(
    app_window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets.window import help_dialogs as window_help

    assert window_help.USER_GUIDE.is_file()
    opened: list[str] = []
    monkeypatch.setattr(
        window_help.QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    app_window.acts.user_guide.trigger()
    assert opened == [str(window_help.USER_GUIDE)]

    told: list[str] = []  # without the file: a message that says where it belongs
    monkeypatch.setattr(window_help, "USER_GUIDE", tmp_path / "user-guide.md")
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    app_window.acts.user_guide.trigger()
    assert len(opened) == 1 and str(tmp_path / "user-guide.md") in told[0]


def test_panels_follow_the_document(app_window: Any, qtbot: Any) -> None:
    panels = app_window.panels
    assert panels.rating is not None and panels.rating_dock.isAncestorOf(panels.rating)
    participant = panels.selector.current_participant_id()
    assert app_window.current_participant_id == participant
    app_window.board_scene.select_cards(["c9"])
    assert panels.rating.card_id == "c9"
    app_window.close_file()
    assert panels.rating is None
    assert QApplication.instance() is not None


def test_the_german_interface_opens_the_german_user_guide(
    app_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets.window import help_dialogs as window_help

    opened: list[str] = []
    monkeypatch.setattr(
        window_help.QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    app_window.acts.language["de"].trigger()
    try:
        app_window.acts.user_guide.trigger()
    finally:
        app_window.acts.language["en"].trigger()
    guide = window_help.USER_GUIDE.with_name("user-guide.de.md")
    assert opened == [str(guide)]
    text = guide.read_text(encoding="utf-8")
    assert text.startswith("# Journeyboard-Benutzerhandbuch")
    # Every screenshot the guide shows is there, and in German.
    import re

    pictures = re.findall(r"(?:\]\(|src=\")(screenshots/[^)\"]+)", text)
    assert pictures and all(re.search(r"-de[-.]", name) for name in pictures)
    assert all((guide.parent / name).is_file() for name in pictures)
