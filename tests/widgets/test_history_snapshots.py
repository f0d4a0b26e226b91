"""Snapshots from the window: File > Snapshot..., the Snapshots dialog (open read-only,
restore as one undo step, delete), through the real menus, buttons and board."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from storage.workshop import Workshop
from tests.widgets.board_helpers import Gestures, card_center


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _select_row(dialog: Any, name: str) -> None:
    tree = dialog.tree
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if item.text(0) == name:
            rect = tree.visualItemRect(item)
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no row {name!r}")


def _rows(dialog: Any) -> list[list[str]]:
    tree = dialog.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def _rename_c1(window: Any, title: str) -> None:
    """Edit the title of card c1 on the board as a user does: click, F2, type, Enter."""
    view = window.board_view
    Gestures(view).click(card_center(window, "c1"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.inline_editor
    editor.selectAll()
    QTest.keyClicks(editor, title)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_take_a_snapshot_from_the_file_menu(app_window: Any, app_dialogs: Any) -> None:
    assert app_window.acts.snapshot.isEnabled()
    assert app_window.acts.snapshot.text() == "&Snapshot\u2026"
    app_dialogs.texts.append("Kick-off")
    app_window.acts.snapshot.trigger()
    assert app_dialogs.asked == ["Snapshot"]
    assert app_window.statusBar().currentMessage() == "Snapshot \u201cKick-off\u201d taken"
    (info,) = app_window.document.snapshots()
    assert (info.name, info.touchpoints, info.notes) == ("Kick-off", 51, 13)
    # Cancelled: nothing is taken.
    app_window.acts.snapshot.trigger()
    assert [s.name for s in app_window.document.snapshots()] == ["Kick-off"]


def test_restore_is_one_undo_step_and_the_board_follows(
    app_window: Any, app_dialogs: Any, qtbot: Any, workshop_path: Path
) -> None:
    document, scene = app_window.document, app_window.board_scene
    app_dialogs.texts.append("Kick-off")
    app_window.acts.snapshot.trigger()
    _rename_c1(app_window, "Flyer with QR code")
    assert scene.card_item("c1").look.title == "Flyer with QR code"

    app_window.acts.snapshots.trigger()
    from widgets.snapshots_dialog import SnapshotsDialog

    dialog = app_window.findChild(SnapshotsDialog, "snapshots-dialog")
    assert dialog is not None and dialog.isVisible()
    row = _rows(dialog)[0]
    assert row[0] == "Kick-off" and row[2:] == ["2", "51", "13", "144"]
    assert not dialog.restore_button.isEnabled()
    _select_row(dialog, "Kick-off")
    _click(qtbot, dialog.restore_button)
    assert "Restore the whole workshop as it was in \u201cKick-off\u201d?" in app_dialogs.asked[-1]
    qtbot.waitUntil(lambda: scene.card_item("c1").look.title == "Flyer in the letterbox")
    assert document.undo_stack.undoText() == "Restore snapshot \u201cKick-off\u201d"
    with Workshop.open(workshop_path, readonly=True) as stored:
        assert stored.get("card", "c1").title == "Flyer in the letterbox"

    app_window.acts.undo.trigger()  # one step brings the edit after the snapshot back
    qtbot.waitUntil(lambda: scene.card_item("c1").look.title == "Flyer with QR code")
    assert document.get("card", "c1").title == "Flyer with QR code"
    app_window.acts.redo.trigger()
    qtbot.waitUntil(lambda: scene.card_item("c1").look.title == "Flyer in the letterbox")


def test_open_a_snapshot_read_only_then_delete_it(
    app_window: Any, app_dialogs: Any, qtbot: Any
) -> None:
    from widgets.snapshots_dialog import SnapshotsDialog

    document = app_window.document
    app_dialogs.texts.append("Kick-off")
    app_window.acts.snapshot.trigger()
    _rename_c1(app_window, "Flyer with QR code")
    app_window.acts.snapshots.trigger()
    dialog = app_window.findChild(SnapshotsDialog, "snapshots-dialog")
    _select_row(dialog, "Kick-off")
    _click(qtbot, dialog.open_button)
    (viewer,) = dialog.viewers

    assert viewer.document.readonly and viewer.document.snapshot_name == "Kick-off"
    assert "snapshot \u201cKick-off\u201d" in viewer.windowTitle()
    assert viewer.board_scene.card_item("c1").look.title == "Flyer in the letterbox"
    assert not viewer.acts.snapshot.isEnabled()
    # The workshop itself is unchanged and still editable.
    assert app_window.board_scene.card_item("c1").look.title == "Flyer with QR code"
    assert not document.readonly
    viewer.close()
    qtbot.waitUntil(lambda: dialog.viewers == [])

    _select_row(dialog, "Kick-off")
    _click(qtbot, dialog.delete_button)
    assert "Delete the snapshot \u201cKick-off\u201d?" in app_dialogs.asked[-1]
    assert _rows(dialog) == [] and document.snapshots() == []
    assert document.get("card", "c1").title == "Flyer with QR code"
