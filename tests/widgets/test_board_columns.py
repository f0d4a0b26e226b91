"""Board: a crowded cell wraps into columns; drops and the keyboard follow the columns."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QPointF, Qt

from tests.widgets.board_helpers import card_center


def _cell(window: Any, lane_id: str, phase_id: str) -> list[str]:
    doc = window.document
    return [
        c.id
        for c in doc.cards(window.current_map_id)
        if (c.lane_id, c.phase_id) == (lane_id, phase_id)
    ]


def _fill(window: Any, count: int) -> list[str]:
    """Add touchpoints to the demo's cell (Backstage, Decision) until it holds ``count``."""
    edits = window.board_scene.edits
    while len(_cell(window, "l3", "ph3")) < count:
        edits.add_card("l3", "ph3")
    view = window.board_view  # each new card was scrolled into view: back to the start
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    return _cell(window, "l3", "ph3")


def test_a_crowded_cell_shows_its_cards_in_columns(board_window: Any) -> None:
    scene = board_window.board_scene
    ids = _fill(board_window, 10)
    first, fifth = scene.card_item(ids[0]), scene.card_item(ids[4])
    rows = scene.metrics.cell_rows
    assert rows == 4
    # The fifth card starts the second column, level with the first card.
    assert fifth.scenePos().y() == first.scenePos().y()
    assert fifth.scenePos().x() > first.sceneBoundingRect().right()
    lane = scene.frame.lane("l3")
    for card_id in ids:
        assert scene.card_item(card_id).sceneBoundingRect().bottom() <= lane.cells.bottom + 4
    # The next phase moved right to make room: no card of it is covered.
    decision, purchase = scene.frame.phase("ph3"), scene.frame.phase("ph4")
    assert purchase.column.x == decision.column.right
    header = scene.phase_item("ph3").sceneBoundingRect()  # the header spans the wide phase
    assert (header.left(), header.width()) == (decision.column.x, decision.column.w)
    assert all(scene.card_item(i).sceneBoundingRect().right() < purchase.column.x for i in ids)


def test_a_card_dropped_at_the_top_of_the_second_column_goes_there(
    board_window: Any, gestures: Any
) -> None:
    ids = _fill(board_window, 8)
    target = board_window.board_scene.card_item(ids[4]).sceneBoundingRect()
    # The Backstage card of the Purchase phase, next to the crowded cell.
    gestures.drag(card_center(board_window, "c20"), QPointF(target.center().x(), target.top() + 6))
    assert _cell(board_window, "l3", "ph3") == [*ids[:4], "c20", *ids[4:]]
    assert board_window.document.undo_stack.undoText() == "Move card"


def test_arrow_keys_walk_across_the_columns_of_a_cell(qtbot: Any, board_window: Any) -> None:
    scene, view = board_window.board_scene, board_window.board_view
    ids = _fill(board_window, 6)
    scene.select_cards([ids[1]])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [ids[5]]  # same row, second column
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert scene.selected_card_ids() == [ids[1]]
    scene.select_cards([ids[2]])
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the second column has no third row
    assert scene.selected_card_ids() == [ids[5]]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # on to the next phase
    assert board_window.document.get("card", scene.selected_card_ids()[0]).phase_id == "ph4"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    scene.select_cards([ids[3]])
    qtbot.keyClick(view, Qt.Key.Key_Down)  # down runs on in board order: the next column
    assert scene.selected_card_ids() == [ids[4]]
