"""The window against a failing disk and odd files: undo that cannot be written, a
read-only workshop, a named pipe, a copy onto a workshop open in another window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.app.test_undo_write_failures import FailingConnection
from tests.widgets.board_helpers import Gestures, card_center

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus_board(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    window.board_view.setFocus()
    qtbot.waitUntil(window.isActiveWindow)


def _file_card_ids(path: Path, map_id: str) -> set[str]:
    from storage.workshop import Workshop

    with Workshop.open(path, readonly=True) as workshop:
        return {card.id for card in workshop.cards(map_id)}


def test_ctrl_z_on_a_full_disk_says_so_and_changes_nothing(
    app_window: Any, app_dialogs: Any, qtbot: Any
) -> None:
    window, document = app_window, app_window.document
    map_id = window.current_map_id
    ids = [card.id for card in document.cards(map_id)[:3]]
    gestures = Gestures(window.board_view)
    _focus_board(window, qtbot)
    for card_id in ids:
        window.board_view.ensure_visible(card_id)
        gestures.click(card_center(window, card_id), CTRL)
    assert sorted(window.board_scene.selected_card_ids()) == sorted(ids)
    QTest.keyClick(window.board_view, Qt.Key.Key_Delete)  # one step of three commands
    qtbot.waitUntil(lambda: all(window.board_scene.card_item(i) is None for i in ids))
    deleted = _file_card_ids(document.path, map_id)
    assert not deleted & set(ids)

    failing = FailingConnection(document.workshop.connection)
    document.workshop.connection = failing
    failing.fail_at = "COMMIT"
    QTest.keyClick(window.board_view, Qt.Key.Key_Z, CTRL)
    assert [(t, "disk is full" in m) for t, m, _hint in app_dialogs.errors] == [
        ("Could not undo", True)
    ]
    assert "Nothing was changed" in app_dialogs.errors[0][2]
    qtbot.wait(1)  # the board would follow an edit in the event loop's next turn
    assert all(window.board_scene.card_item(i) is None for i in ids)
    assert _file_card_ids(document.path, map_id) == deleted
    assert window.acts.undo.isEnabled() and not window.acts.redo.isEnabled()

    failing.fail_at = None
    QTest.keyClick(window.board_view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: all(window.board_scene.card_item(i) is not None for i in ids))
    assert set(ids) <= _file_card_ids(document.path, map_id)
    assert window.acts.redo.isEnabled() and len(app_dialogs.errors) == 1


def test_a_read_only_workshop_opens_read_only_and_offers_a_copy(
    qtbot: Any,
    app_settings: Any,
    app_dialogs: Any,
    workshop_path: Path,
    tmp_path: Path,
    file_state: Any,
) -> None:
    from widgets.window.main_window import MainWindow

    workshop_path.chmod(0o444)
    before = file_state(workshop_path)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    try:
        assert window.open_file(workshop_path)
        window.show()
        assert "demo.journey (read-only)" in window.windowTitle()
        button = window.statusBar().findChild(QPushButton, "save-copy-to-edit")
        assert button is not None and button.isVisible()
        window.board_scene.edits.rename("phase", "ph1", "Changed")  # refused, explained
        assert window.document.get("phase", "ph1").name == "Awareness"
        assert file_state(workshop_path) == before

        copy = tmp_path.parent / f"{tmp_path.name}-copies" / "editable.journey"
        copy.parent.mkdir()
        app_dialogs.save_names.append(str(copy))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.document.path == copy and not window.document.readonly
        assert "(read-only)" not in window.windowTitle() and not button.isVisible()
        window.board_scene.edits.rename("phase", "ph1", "Changed")
        assert window.document.get("phase", "ph1").name == "Changed"
        assert file_state(workshop_path) == before
    finally:
        window.close_file()
        workshop_path.chmod(0o644)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
@pytest.mark.timeout(60)
def test_opening_a_named_pipe_is_refused_at_once(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    before = app_window.document.path
    assert not app_window.open_file(fifo)
    assert [t for t, _ in app_dialogs.warnings] == ["Cannot open the workshop"]
    assert "named pipe" in app_dialogs.warnings[0][1]
    assert app_window.document.path == before


def test_save_a_copy_onto_a_workshop_open_in_another_window_is_refused(
    app_window: Any,
    app_dialogs: Any,
    qtbot: Any,
    app_settings: Any,
    workshop_path: Path,
    tmp_path: Path,
    file_state: Any,
) -> None:
    from widgets.window.main_window import MainWindow

    other_path = tmp_path / "other" / "other.journey"
    other_path.parent.mkdir()
    shutil.copyfile(workshop_path, other_path)
    other = MainWindow(app_settings)
    qtbot.addWidget(other)
    assert other.open_file(other_path)
    try:
        other.board_scene.edits.rename("phase", "ph1", "Acknowledged")
        before = file_state(other_path)
        app_dialogs.save_names.append(str(other_path))
        assert app_window.commands.save_copy() is None
        assert len(app_dialogs.errors) == 1 and "already open" in app_dialogs.errors[0][1]
        assert file_state(other_path) == before
        other.board_scene.edits.rename("phase", "ph1", "Still saved")
    finally:
        other.close_file()
    from storage.workshop import Workshop

    with Workshop.open(other_path, readonly=True) as workshop:
        assert workshop.get("phase", "ph1").name == "Still saved"
