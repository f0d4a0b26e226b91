"""Board: the window: maps, reopening, refused files, the scene as a projection, hooks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt

from app.commands import RateCommand, UpdateCommand, execute
from tests.widgets.board_helpers import (
    card_center,
    cell_point,
    click_button,
    when_dialog_opens,
)
from widgets.board.clipboard import palette_mime
from widgets.board.header_items import LaneHeaderItem, PhaseHeaderItem


def _board(window: Any) -> dict[str, Any]:
    """What the board shows: card titles per cell, headers in order, scene positions."""
    scene = window.board_scene
    cards = {}
    for card_id, item in scene.card_items().items():
        state_card = scene.state.cards[card_id]
        cards[card_id] = (
            state_card.lane_id,
            state_card.phase_id,
            item.look.title,
            (item.scenePos().x(), item.scenePos().y()),
        )
    phases = sorted(
        (item.scenePos().x(), item.look.name)
        for item in scene.items()
        if isinstance(item, PhaseHeaderItem)
    )
    lanes = sorted(
        (item.scenePos().y(), item.look.name)
        for item in scene.items()
        if isinstance(item, LaneHeaderItem)
    )
    return {"cards": cards, "phases": phases, "lanes": lanes}


def _file_board(document: Any, map_id: str) -> dict[str, Any]:
    return {
        "cards": {c.id: (c.lane_id, c.phase_id, c.title) for c in document.cards(map_id)},
        "phases": [p.name for p in document.phases(map_id)],
        "lanes": [lane.name for lane in document.lanes(map_id)],
    }


def _shown(window: Any) -> dict[str, Any]:
    board = _board(window)
    return {
        "cards": {k: v[:3] for k, v in board["cards"].items()},
        "phases": [name for _x, name in board["phases"]],
        "lanes": [name for _y, name in board["lanes"]],
    }


def test_the_board_shows_the_file(board_window: Any) -> None:
    doc = board_window.document
    assert _shown(board_window) == _file_board(doc, board_window.current_map_id)
    assert len(board_window.board_scene.card_items()) == 42


def test_after_a_sequence_of_edits_the_scene_matches_the_file(
    board_window: Any, gestures: Any
) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    gestures.drop(
        palette_mime({"kind": "note", "note_type": "pain"}), cell_point(board_window, "l4", "ph1")
    )
    gestures.drag(card_center(board_window, "c4"), cell_point(board_window, "l3", "ph1"))
    scene.edits.add_phase(2, "Compare")
    scene.edits.delete_cards(["c10", "c11"])
    scene.edits.rename("lane", "l4", "Pains")
    gestures.drag(card_center(board_window, "c12"), cell_point(board_window, "l4", "ph1"))
    scene.edits.move_row("lane", "l5", 0)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert _shown(board_window) == _file_board(doc, map_id)
    # Every card sits exactly where a fresh layout puts it.
    layout = scene.state.layout()
    for card_id, item in scene.card_items().items():
        box = layout.cards[card_id].rect
        assert (item.scenePos().x(), item.scenePos().y()) == (box.x, box.y), card_id


def test_an_edit_does_not_recreate_unrelated_items(board_window: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    unrelated = scene.card_item("c30")
    phase_header = scene.phase_item("ph7")
    curve = scene.curve_item("l1")
    look = unrelated.look
    items = {card_id: id(item) for card_id, item in scene.card_items().items()}
    execute(doc, UpdateCommand(doc, "card", "c1", {"title": "Changed"}))
    execute(doc, RateCommand(doc, "c2", doc.participants()[0].id, (-2, 5)))
    scene.edits.move_cards(["c3"], "l2", "ph2", 0)
    assert scene.card_item("c30") is unrelated and unrelated.look is look
    assert scene.phase_item("ph7") is phase_header and scene.curve_item("l1") is curve
    assert {card_id: id(item) for card_id, item in scene.card_items().items()} == items
    assert scene.card_item("c1").look.title == "Changed"


def test_ratings_update_the_card_and_the_curve(board_window: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    before = scene.curve_item("l1").values
    assert scene.card_item("c1").look.experience == pytest.approx(1 / 3)
    for participant in doc.participants():
        execute(doc, RateCommand(doc, "c1", participant.id, (-2, 5)))
    assert scene.card_item("c1").look.experience == -2
    after = scene.curve_item("l1").values
    assert after[0] < before[0] and after[1:] == before[1:]


def test_closing_and_reopening_shows_the_same_board(
    board_window: Any, gestures: Any, workshop_path: Path
) -> None:
    gestures.drag(card_center(board_window, "c1"), cell_point(board_window, "l2", "ph3"))
    gestures.drop(
        palette_mime({"kind": "touchpoint", "channel_id": "email"}),
        cell_point(board_window, "l3", "ph1"),
    )
    editor = board_window.board_view.inline_editor
    editor.setText("Order confirmation")
    editor.commit()
    board_window.board_scene.edits.move_row("phase", "ph7", 0)
    shown = _board(board_window)
    board_window.close_file()
    assert board_window.document is None and board_window.board_scene.card_items() == {}
    assert board_window.open_file(workshop_path)
    assert _board(board_window) == shown


def test_map_switcher_and_new_to_be_map(board_window: Any, qtbot: Any) -> None:
    doc = board_window.document
    combo = board_window.map_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["As-is", "To-be"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    to_be = doc.maps()[1].id
    assert board_window.current_map_id == to_be
    assert len(board_window.board_scene.card_items()) == len(doc.cards(to_be))
    board_window.set_current_map(doc.maps()[0].id)
    new_id = board_window.new_to_be_map("To-be 2027")
    assert new_id is not None and board_window.current_map_id == new_id
    assert doc.undo_stack.undoText() == "New to-be map"
    assert combo.currentText() == "To-be 2027" and combo.count() == 3
    assert len(board_window.board_scene.card_items()) == 42
    assert doc.get("map", new_id).kind == "to-be"
    doc.undo_stack.undo()  # the shown map is gone: the board shows the first map
    qtbot.waitUntil(lambda: combo.count() == 2)  # the board follows in the next turn
    assert combo.count() == 2 and board_window.current_map_id == doc.maps()[0].id
    assert len(board_window.board_scene.card_items()) == 42


def test_new_to_be_map_asks_for_a_name(board_window: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    asked = []

    def cancel(dialog: Any) -> None:
        asked.append((dialog.findChild(QLineEdit).text(), dialog.findChild(QCheckBox).isChecked()))
        click_button(dialog, "Cancel")

    when_dialog_opens(cancel)
    board_window.acts.new_to_be.trigger()
    # "To-be" is taken by the demo's own to-be map; the ratings are not copied by default.
    assert asked == [("To-be 2", False)]
    assert len(board_window.document.maps()) == 2  # cancelled


@pytest.mark.parametrize("copy", [False, True])
def test_new_to_be_map_copies_the_ratings_only_when_asked(
    board_window: Any, qtbot: Any, copy: bool
) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    doc = board_window.document
    as_is = doc.maps()[0].id
    rated_before = {
        c.id: len(r) for c, r in ((c, doc.ratings(as_is).get(c.id, [])) for c in doc.cards(as_is))
    }

    def answer(dialog: Any) -> None:
        name = dialog.findChild(QLineEdit)
        name.selectAll()
        QTest.keyClicks(name, "Soll 2027")
        if copy:
            QTest.mouseClick(dialog.findChild(QCheckBox), Qt.MouseButton.LeftButton)
        click_button(dialog, "OK")

    when_dialog_opens(answer)
    board_window.acts.new_to_be.trigger()
    new_map = board_window.current_map_id
    assert doc.get("map", new_map).name == "Soll 2027"
    copied = sum(len(r) for r in doc.ratings(new_map).values())
    assert (copied == sum(rated_before.values())) if copy else copied == 0
    assert {c.id: len(doc.ratings(as_is).get(c.id, [])) for c in doc.cards(as_is)} == rated_before
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: len(doc.maps()) == 2)


def test_a_refused_file_is_explained_and_nothing_crashes(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets import dialogs
    from widgets.window.main_window import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "notes.journey"
    bad.write_text("not a workshop")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_file(bad)
    assert shown and "not a Journeyboard workshop file" in shown[0][1]
    assert str(bad) in shown[0][1]
    assert window.document is None and window.stack.currentWidget() is window.empty_state
    assert not window.open_file(tmp_path / "missing.journey")
    assert "no such file" in shown[1][1]


def test_a_damaged_file_leaves_the_open_workshop_on_the_board(
    board_window: Any, tmp_path: Path, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import sqlite3

    from widgets import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: shown.append(text))
    damaged = tmp_path / "damaged.journey"
    shutil.copyfile(workshop_path, damaged)
    connection = sqlite3.connect(damaged)  # a card in a lane that does not exist
    connection.execute("UPDATE card SET lane_id = 'nowhere' WHERE id = 'c1'")
    connection.commit()
    connection.close()
    before = _board(board_window)
    title, map_id = board_window.windowTitle(), board_window.current_map_id
    # The damaged file's board is built while its checks run; their refusal must bring
    # back the workshop that was open, untouched and still editable.
    assert not board_window.open_file(damaged)
    assert shown and "refers to a missing lane" in shown[0]
    assert board_window.document.path == workshop_path
    assert _board(board_window) == before
    assert (board_window.windowTitle(), board_window.current_map_id) == (title, map_id)
    execute(
        board_window.document,
        UpdateCommand(board_window.document, "card", "c2", {"title": "Still editable"}),
    )
    assert board_window.board_scene.card_item("c2").look.title == "Still editable"


def test_a_file_open_elsewhere_is_refused(
    board_window: Any, qtbot: Any, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets import dialogs
    from widgets.window.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: shown.append(text))
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.open_file(workshop_path)
    assert "already open" in shown[0]


def test_hooks_select_highlight_and_scroll(board_window: Any, qtbot: Any) -> None:
    view, scene = board_window.board_view, board_window.board_scene
    with qtbot.waitSignal(view.selectionChangedIds) as signal:
        view.select_cards(["c6", "c1"])
    assert signal.args == [["c1", "c6"]] and view.selected_card_ids() == ["c1", "c6"]
    view.set_highlight(lambda card_id: card_id in {"c1", "c2"})
    assert scene.card_item("c1").opacity() == 1.0 and scene.card_item("c3").opacity() < 0.5
    view.set_highlight(None)
    assert scene.card_item("c3").opacity() == 1.0
    view.highlight_phase("ph3")
    assert scene.phase_item("ph3").look.highlighted
    assert not scene.phase_item("ph2").look.highlighted
    view.highlight_phase(None)
    assert not scene.phase_item("ph3").look.highlighted
    view.ensure_visible("c42")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.card_item("c42").sceneBoundingRect().center())
    with qtbot.waitSignal(view.cardActivated) as activated:
        from tests.widgets.board_helpers import Gestures

        Gestures(view).double_click(card_center(board_window, "c1"))
    assert activated.args == ["c1"]


def test_zoom_keys_and_fit(board_window: Any) -> None:
    view = board_window.board_view
    board_window.acts.zoom_in.trigger()
    assert view.zoom == pytest.approx(1.25)
    board_window.acts.zoom_out.trigger()
    board_window.acts.zoom_out.trigger()
    assert view.zoom == pytest.approx(0.8)
    board_window.acts.zoom_fit.trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.board_scene.sceneRect().adjusted(5, 5, -5, -5))
    assert board_window.zoom_label.text().startswith("Zoom ")


def test_middle_button_pans(board_window: Any, gestures: Any) -> None:
    from PySide6.QtCore import Qt

    view = board_window.board_view
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    bar.setValue(400)
    start = view.mapToScene(view.viewport().rect().center())
    gestures.press(start, button=Qt.MouseButton.MiddleButton)
    gestures.move(QPointF(start.x() - 50, start.y()), button=Qt.MouseButton.MiddleButton)
    gestures.release(QPointF(start.x() - 50, start.y()), button=Qt.MouseButton.MiddleButton)
    assert bar.value() > 400


def test_undo_actions_name_the_step(board_window: Any, qtbot: Any) -> None:
    scene = board_window.board_scene
    scene.edits.rename("phase", "ph1", "Discover")
    # The menu texts follow in the event loop's next turn (before any menu can open).
    qtbot.waitUntil(lambda: board_window.acts.undo.text() == "&Undo Rename phase")
    board_window.acts.undo.trigger()
    assert board_window.document.get("phase", "ph1").name == "Awareness"
    qtbot.waitUntil(lambda: board_window.acts.redo.text() == "&Redo Rename phase")
    shortcuts = {s.toString() for s in board_window.acts.redo.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= shortcuts


def test_board_items_have_their_own_type_numbers(board_window: Any) -> None:
    # The items' type numbers start at Qt's UserType, written out because PySide6's type
    # stubs lack it; a scene lookup by type would mix cards and headers if it drifted.
    from PySide6.QtWidgets import QGraphicsItem

    from widgets.board.card_item import USER_TYPE, CardItem
    from widgets.board.header_items import LaneHeaderItem, PhaseHeaderItem

    assert QGraphicsItem.UserType == USER_TYPE  # pyright: ignore[reportAttributeAccessIssue]
    items = board_window.board_scene.items()
    types = {type(item): item.type() for item in items}
    assert types[CardItem] == USER_TYPE + 1
    assert len({types[CardItem], types[PhaseHeaderItem], types[LaneHeaderItem]}) == 3
