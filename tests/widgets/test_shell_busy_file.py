"""A workshop file another program holds: the window shows the wait instead of freezing,
the edit lands when the file is free, and Cancel leaves the file as it was."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.widgets.board_helpers import Gestures, card_center

WAITING = "Waiting for the workshop file: another program is writing to it\u2026"


def _file_card_ids(path: Path, map_id: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT id FROM card WHERE map_id = ?", (map_id,))
        return {row[0] for row in rows}
    finally:
        connection.close()


def _select_a_card(window: Any, qtbot: Any) -> str:
    card_id = window.document.cards(window.current_map_id)[0].id
    window.activateWindow()
    window.board_view.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    window.board_view.ensure_visible(card_id)
    Gestures(window.board_view).click(card_center(window, card_id))
    assert window.board_scene.selected_card_ids() == [card_id]
    return card_id


def _when_the_wait_shows(window: Any, then: Callable[[QProgressDialog], None]) -> None:
    """Run ``then`` with the wait's dialog once it is shown (the delete below waits for
    the file inside the key press; the window's events run meanwhile)."""

    def look() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        then(dialog)

    QTimer.singleShot(0, look)


def test_an_edit_on_a_busy_file_shows_the_wait_and_lands_when_it_is_free(
    app_window: Any, qtbot: Any
) -> None:
    window = app_window
    path, map_id = window.document.path, window.current_map_id
    card_id = _select_a_card(window, qtbot)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing to the file
    seen: list[tuple[str, str, str]] = []

    def release(dialog: QProgressDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.labelText(), window.statusBar().currentMessage()))
        other.execute("COMMIT")

    _when_the_wait_shows(window, release)
    QTest.keyClick(window.board_view, Qt.Key.Key_Delete)
    other.close()
    assert seen == [("The file is busy", WAITING, WAITING)]
    assert card_id not in _file_card_ids(path, map_id)
    qtbot.waitUntil(lambda: window.board_scene.card_item(card_id) is None)
    dialog = window.findChild(QProgressDialog)
    assert dialog is None or not dialog.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_cancelling_the_wait_makes_no_edit_and_says_so(app_window: Any, qtbot: Any) -> None:
    window = app_window
    path, map_id = window.document.path, window.current_map_id
    card_id = _select_a_card(window, qtbot)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    steps = window.document.undo_stack.count()

    def cancel(dialog: QProgressDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    _when_the_wait_shows(window, cancel)
    QTest.keyClick(window.board_view, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    other.execute("ROLLBACK")
    other.close()
    assert "the edit was not made" in message and "the wait was cancelled" in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert card_id in _file_card_ids(path, map_id)
    qtbot.wait(1)  # the board would follow an edit in the event loop's next turn
    assert window.board_scene.card_item(card_id) is not None
    assert window.document.undo_stack.count() == steps
    assert _select_a_card(window, qtbot) == card_id
    QTest.keyClick(window.board_view, Qt.Key.Key_Delete)  # the file is free again
    assert card_id not in _file_card_ids(path, map_id)
