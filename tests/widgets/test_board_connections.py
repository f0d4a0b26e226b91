"""Board: connections between cards drawn with the mouse and the keyboard, changed,
deleted and undone; they follow dragged cards and hide with hidden cards."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from storage.workshop import Workshop
from tests.widgets.board_helpers import card_center


def _stored(window: Any) -> list[tuple[str, str, str, str]]:
    with Workshop.open(window.document.path, readonly=True) as stored:
        return [(c.from_card, c.to_card, c.kind, c.label) for c in stored.connections("m1")]


def _edge(window: Any, card_id: str) -> QPointF:
    """A point on the card's right edge, where a connection is drawn from."""
    rect = window.board_scene.card_item(card_id).sceneBoundingRect()
    return QPointF(rect.right() - 6, rect.center().y())


def _arrow_point(window: Any, connection_id: str) -> QPointF:
    item = window.board_scene.connections.items[connection_id]
    return item.route.path.pointAtPercent(0.25)


def test_dragging_from_a_cards_edge_to_another_card_draws_an_arrow(
    board_window: Any, gestures: Any
) -> None:
    scene = board_window.board_scene
    gestures.drag(_edge(board_window, "c1"), card_center(board_window, "c6"), steps=6)
    assert _stored(board_window) == [("c1", "c6", "flow", "")]
    [item] = scene.connections.items.values()
    assert item.isVisible() and item.ends == ("c1", "c6")
    # The arrow runs from the right edge of c1 into the left edge of c6.
    source = scene.card_item("c1").sceneBoundingRect()
    target = scene.card_item("c6").sceneBoundingRect()
    assert abs(item.route.start.x() - (source.right() - 3)) < 1
    assert abs(item.route.end.x() - (target.left() + 3)) < 1
    assert board_window.document.undo_stack.undoText() == "Connect cards"
    board_window.document.undo_stack.undo()
    assert _stored(board_window) == [] and scene.connections.items == {}
    board_window.document.undo_stack.redo()
    assert len(scene.connections.items) == 1


def test_a_drag_from_the_middle_of_a_card_still_moves_the_card(
    board_window: Any, gestures: Any
) -> None:
    gestures.drag(card_center(board_window, "c1"), card_center(board_window, "c6"), steps=6)
    assert _stored(board_window) == []
    assert board_window.document.get("card", "c1").phase_id == "ph2"


def test_ctrl_l_connects_two_selected_cards_in_the_order_they_were_picked(
    board_window: Any, gestures: Any
) -> None:
    view, scene = board_window.board_view, board_window.board_scene
    gestures.click(card_center(board_window, "c6"))
    gestures.click(card_center(board_window, "c1"), Qt.KeyboardModifier.ControlModifier)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _stored(board_window) == [("c6", "c1", "flow", "")]
    # Only one card selected: nothing happens but a hint.
    gestures.click(card_center(board_window, "c2"))
    messages: list[str] = []
    scene.message.connect(messages.append)
    QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(_stored(board_window)) == 1
    assert messages == ["Select two cards to connect them (Ctrl+L)"]


def test_an_arrow_is_selected_re_kinded_relabelled_and_deleted_with_undo(
    board_window: Any, gestures: Any
) -> None:
    scene, view, doc = board_window.board_scene, board_window.board_view, board_window.document
    scene.connection_edits.connect("c1", "c6")
    [arrow] = scene.connections.items
    gestures.click(_arrow_point(board_window, arrow))
    assert scene.connections.selected_ids() == [arrow]
    menu = scene.connection_edits.menu(arrow, view)
    menu.findChild(type(menu.actions()[0]), "kind-return").trigger()
    assert _stored(board_window) == [("c1", "c6", "return", "")]
    assert scene.connections.items[arrow].kind == "return"
    scene.connection_edits.ask_label = lambda _old: "kommt zurück"
    menu.findChild(type(menu.actions()[0]), "label").trigger()
    assert _stored(board_window) == [("c1", "c6", "return", "kommt zurück")]
    gestures.click(_arrow_point(board_window, arrow))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert _stored(board_window) == []
    assert doc.get("card", "c1") is not None  # the cards stay
    doc.undo_stack.undo()
    assert _stored(board_window) == [("c1", "c6", "return", "kommt zurück")]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _stored(board_window) == [("c1", "c6", "flow", "")]


def test_arrows_follow_a_dragged_card_and_hide_with_a_hidden_card(
    board_window: Any, gestures: Any
) -> None:
    scene = board_window.board_scene
    scene.connection_edits.connect("c1", "c6")
    [item] = scene.connections.items.values()
    before = QPointF(item.route.end)
    start = card_center(board_window, "c6")
    gestures.press(start)
    gestures.move(QPointF(start.x() + 20, start.y() + 30))
    gestures.move(QPointF(start.x() + 40, start.y() + 60))
    assert abs(item.route.end.y() - (before.y() + 60)) < 1  # it followed the card
    gestures.release(QPointF(start.x() + 40, start.y() + 60))
    scene.set_highlight(lambda card_id: card_id != "c6")
    assert item.opacity() < 1.0
    scene.set_highlight(None)
    assert item.opacity() == 1.0
    scene.card_item("c6").hide()
    scene.connections.follow(scene.card_items())
    assert not item.isVisible()


def test_deleting_a_card_removes_its_arrow_and_one_undo_brings_both_back(
    board_window: Any, gestures: Any
) -> None:
    scene, view, doc = board_window.board_scene, board_window.board_view, board_window.document
    scene.connection_edits.connect("c1", "c6")
    gestures.click(card_center(board_window, "c1"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert scene.connections.items == {} and _stored(board_window) == []
    doc.undo_stack.undo()
    assert scene.card_item("c1") is not None
    assert [i.ends for i in scene.connections.items.values()] == [("c1", "c6")]


def test_presentation_mode_shows_the_arrows_between_the_larger_cards(
    board_window: Any, qtbot: Any
) -> None:
    scene = board_window.board_scene
    scene.connection_edits.connect("c1", "c6")
    board_window.board_view.setFocus()
    qtbot.keyClick(board_window.board_view, Qt.Key.Key_F5)
    assert board_window.presentation.is_active()
    [item] = scene.connections.items.values()
    target = scene.card_item("c6").sceneBoundingRect()
    assert item.isVisible()
    assert abs(item.route.end.x() - (target.left() + 3)) < 1  # laid out for the new sizes
    qtbot.keyClick(board_window.board_view, Qt.Key.Key_Escape)
    assert not board_window.presentation.is_active()
    assert [i.ends for i in scene.connections.items.values()] == [("c1", "c6")]
