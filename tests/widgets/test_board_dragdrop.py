"""Board: drag and drop: palette drops, card moves, multi-select, header reorder.

Each gesture is synthesised on the view's viewport; the tests assert on the workshop
file (read back through the document and a fresh read-only open) and on the undo stack.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QPointF, Qt

from storage.workshop import Workshop
from tests.widgets.board_helpers import card_center, cell_of, cell_point
from widgets.board.clipboard import palette_mime


def _cell_ids(document: Any, map_id: str, lane_id: str, phase_id: str) -> list[str]:
    return [c.id for c in document.cards(map_id) if (c.lane_id, c.phase_id) == (lane_id, phase_id)]


def test_palette_drop_creates_a_touchpoint_in_the_cell(board_window: Any, gestures: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    before = _cell_ids(doc, map_id, "l3", "ph3")
    mime = palette_mime({"kind": "touchpoint", "channel_id": "web"})
    assert gestures.drop(mime, cell_point(board_window, "l3", "ph3"))
    after = _cell_ids(doc, map_id, "l3", "ph3")
    assert len(after) == len(before) + 1 and after[:-1] == before
    card = doc.get("card", after[-1])
    assert (card.kind, card.channel_id, card.note_type) == ("touchpoint", "web", None)
    assert doc.undo_stack.undoText() == "Add touchpoint"
    assert board_window.board_scene.selected_card_ids() == [card.id]
    assert board_window.board_scene.card_item(card.id) is not None
    with Workshop.open(doc.path, readonly=True) as stored:
        assert stored.get("card", card.id).phase_id == "ph3"
    doc.undo_stack.undo()
    assert _cell_ids(doc, map_id, "l3", "ph3") == before
    assert board_window.board_scene.card_item(card.id) is None
    doc.undo_stack.redo()
    assert _cell_ids(doc, map_id, "l3", "ph3") == after


def test_palette_drop_of_a_note_goes_to_the_insertion_index(
    board_window: Any, gestures: Any
) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    assert _cell_ids(doc, map_id, "l1", "ph1") == ["c1", "c2"]
    between = QPointF(
        card_center(board_window, "c1").x(),
        board_window.board_scene.card_item("c2").sceneBoundingRect().top() + 2,
    )
    assert gestures.drop(palette_mime({"kind": "note", "note_type": "idea"}), between)
    ids = _cell_ids(doc, map_id, "l1", "ph1")
    assert ids[0] == "c1" and ids[2] == "c2"
    note = doc.get("card", ids[1])
    assert (note.kind, note.note_type, note.title) == ("note", "idea", "Idea")
    assert doc.undo_stack.undoText() == "Add note"
    # The title editor opens on the new card; Escape keeps the default title.
    editor = board_window.board_view.inline_editor
    assert editor is not None and editor.text() == "Idea"


def test_a_drop_outside_the_cells_is_refused(board_window: Any, gestures: Any) -> None:
    doc = board_window.document
    count = doc.undo_stack.count()
    mime = palette_mime({"kind": "touchpoint", "channel_id": "web"})
    assert not gestures.drop(mime, QPointF(60, 20))  # the corner header
    assert doc.undo_stack.count() == count


def test_dragging_a_card_to_another_cell_moves_it_in_one_undo_step(
    board_window: Any, gestures: Any
) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    stack = doc.undo_stack
    count = stack.count()
    gestures.drag(card_center(board_window, "c1"), cell_point(board_window, "l2", "ph3"))
    assert cell_of(doc, map_id, "c1") == ("l2", "ph3", 1)  # after c16, the cell's only card
    assert stack.count() == count + 1 and stack.undoText() == "Move card"
    with Workshop.open(doc.path, readonly=True) as stored:
        assert stored.get("card", "c1").lane_id == "l2"
    item = board_window.board_scene.card_item("c1")
    box = board_window.board_scene.layout.cards["c1"].rect
    assert (item.scenePos().x(), item.scenePos().y()) == (box.x, box.y)  # snapped
    stack.undo()
    assert cell_of(doc, map_id, "c1") == ("l1", "ph1", 0)
    assert _cell_ids(doc, map_id, "l1", "ph1") == ["c1", "c2"]
    stack.redo()
    assert cell_of(doc, map_id, "c1") == ("l2", "ph3", 1)


def test_dragging_within_a_cell_reorders(board_window: Any, gestures: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    gestures.drag(card_center(board_window, "c1"), cell_point(board_window, "l1", "ph1"))
    assert _cell_ids(doc, map_id, "l1", "ph1") == ["c2", "c1"]
    assert doc.undo_stack.undoText() == "Move card"
    doc.undo_stack.undo()
    assert _cell_ids(doc, map_id, "l1", "ph1") == ["c1", "c2"]


def test_a_drag_back_to_the_same_place_changes_nothing(board_window: Any, gestures: Any) -> None:
    doc = board_window.document
    count = doc.undo_stack.count()
    start = card_center(board_window, "c1")
    gestures.press(start)
    gestures.move(QPointF(start.x() + 60, start.y() + 40))
    gestures.move(QPointF(start.x() + 1, start.y() - 20))
    gestures.release(QPointF(start.x() + 1, start.y() - 20))
    assert doc.undo_stack.count() == count
    item = board_window.board_scene.card_item("c1")
    assert item.scenePos() == QPointF(
        board_window.board_scene.layout.cards["c1"].rect.x,
        board_window.board_scene.layout.cards["c1"].rect.y,
    )


def test_ctrl_click_selects_several_cards_and_one_drag_moves_them_all(
    board_window: Any, gestures: Any
) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    stack = doc.undo_stack
    ctrl = Qt.KeyboardModifier.ControlModifier
    gestures.click(card_center(board_window, "c2"))
    gestures.click(card_center(board_window, "c6"), ctrl)
    gestures.click(card_center(board_window, "c3"), ctrl)
    assert scene.selected_card_ids() == ["c2", "c3", "c6"]  # board order
    count = stack.count()
    gestures.drag(card_center(board_window, "c6"), cell_point(board_window, "l3", "ph2"))
    assert _cell_ids(doc, map_id, "l3", "ph2") == ["c2", "c3", "c6"]
    assert stack.count() == count + 1 and stack.undoText() == "Move 3 cards"
    stack.undo()
    assert cell_of(doc, map_id, "c2") == ("l1", "ph1", 1)
    assert cell_of(doc, map_id, "c3") == ("l2", "ph1", 0)
    assert cell_of(doc, map_id, "c6") == ("l1", "ph2", 0)
    assert _cell_ids(doc, map_id, "l5", "ph3") == []


def test_moving_cards_past_each_other_in_their_own_cell(board_window: Any) -> None:
    """The order of a multi-move is exact even when a moved card comes from the target cell."""
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    assert _cell_ids(doc, map_id, "l1", "ph6") == ["c31", "c32", "c33"]
    # Index 1 counts the cards that stay: after c32. The moved cards keep board order.
    assert scene.edits.move_cards(["c31", "c6"], "l1", "ph6", 1)
    assert _cell_ids(doc, map_id, "l1", "ph6") == ["c32", "c6", "c31", "c33"]
    assert doc.undo_stack.undoText() == "Move 2 cards"
    assert not scene.edits.move_cards(["c6", "c31"], "l1", "ph6", 1)  # already there


def test_rubber_band_selects_the_cards_it_touches(board_window: Any, gestures: Any) -> None:
    scene = board_window.board_scene
    frame = scene.frame
    cell = frame.cell_rect("l1", "ph1")
    start = QPointF(cell.x + 2, cell.y + 2)
    end = QPointF(frame.cell_rect("l2", "ph2").right - 2, frame.cell_rect("l2", "ph2").y + 4)
    gestures.drag(start, end)
    assert set(scene.selected_card_ids()) >= {"c1", "c2", "c6", "c7"}
    assert "c3" not in scene.selected_card_ids()


def test_dragging_a_phase_header_reorders_the_phases(board_window: Any, gestures: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    frame = board_window.board_scene.frame
    start = QPointF(frame.phase("ph1").header.center[0], 40)
    end = QPointF(frame.phase("ph3").header.right - 20, 40)
    gestures.drag(start, end)
    assert [p.id for p in doc.phases(map_id)][:4] == ["ph2", "ph3", "ph1", "ph4"]
    assert doc.undo_stack.undoText() == "Move phase"
    header = board_window.board_scene.phase_item("ph1")
    assert header.scenePos().x() == board_window.board_scene.frame.phase("ph1").header.x
    assert header.look.number == 3
    doc.undo_stack.undo()
    assert [p.id for p in doc.phases(map_id)][:3] == ["ph1", "ph2", "ph3"]


def test_dragging_a_lane_header_reorders_the_lanes(board_window: Any, gestures: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    frame = scene.frame
    c1_before = card_center(board_window, "c1")
    start = QPointF(80, frame.lane("l1").header.y + 20)
    end = QPointF(80, frame.lane("l2").row.bottom - 10)
    gestures.drag(start, end)
    assert [lane.id for lane in doc.lanes(map_id)] == ["l2", "l1", "l3", "l4", "l5"]
    assert doc.undo_stack.undoText() == "Move lane"
    assert card_center(board_window, "c1").y() > c1_before.y()  # its cards moved with it
    doc.undo_stack.undo()
    assert [lane.id for lane in doc.lanes(map_id)][:2] == ["l1", "l2"]
    assert card_center(board_window, "c1") == c1_before
