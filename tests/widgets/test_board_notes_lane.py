"""Board: a notes lane takes notes only; a touchpoint dropped there is refused, with a reason."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

from PySide6.QtCore import QPointF

from tests.widgets.board_helpers import card_center, cell_of, cell_point
from widgets.board.clipboard import palette_mime

REFUSED = "A touchpoint cannot go into the notes lane \u201cPain points\u201d"


def test_a_touchpoint_dragged_into_a_notes_lane_is_refused(
    board_window: Any, gestures: Any
) -> None:
    window, scene = board_window, board_window.board_scene
    doc, map_id = window.document, window.current_map_id
    count = doc.undo_stack.count()
    start, target = card_center(window, "c1"), cell_point(window, "l4", "ph1")
    gestures.press(start)
    gestures.move(QPointF(start.x() + 20, start.y() + 20))
    gestures.move(target)
    assert scene.marker.isVisible() and scene.marker.refused  # the cell is tinted red
    assert scene.marker.line is None  # and offers no place
    gestures.release(target)
    assert cell_of(doc, map_id, "c1") == ("l1", "ph1", 0)  # nothing moved
    assert doc.get("card", "c1").kind == "touchpoint"
    assert doc.undo_stack.count() == count
    assert window.statusBar().currentMessage().startswith(REFUSED)
    box = scene.layout.cards["c1"].rect
    item = scene.card_item("c1")
    assert (item.scenePos().x(), item.scenePos().y()) == (box.x, box.y)  # back in place


def test_a_note_moves_between_notes_lanes_and_a_mixed_drag_is_refused_whole(
    board_window: Any, gestures: Any
) -> None:
    window = board_window
    doc, map_id = window.document, window.current_map_id
    gestures.drag(card_center(window, "c10"), cell_point(window, "l5", "ph1"))
    assert cell_of(doc, map_id, "c10")[:2] == ("l5", "ph1")
    window.board_scene.select_cards(["c1", "c10"])  # a touchpoint and a note
    count = doc.undo_stack.count()
    gestures.drag(card_center(window, "c1"), cell_point(window, "l4", "ph3"))
    assert cell_of(doc, map_id, "c1")[:2] == ("l1", "ph1")
    assert cell_of(doc, map_id, "c10")[:2] == ("l5", "ph1")
    assert doc.undo_stack.count() == count
    assert window.statusBar().currentMessage().startswith(REFUSED)


def test_a_touchpoint_from_the_palette_is_refused_in_a_notes_lane(
    board_window: Any, gestures: Any
) -> None:
    window = board_window
    doc, map_id = window.document, window.current_map_id
    before = len(doc.cards(map_id))
    point = cell_point(window, "l4", "ph1")
    gestures.drop(palette_mime({"kind": "touchpoint", "channel_id": "web"}), point)
    assert len(doc.cards(map_id)) == before
    assert window.statusBar().currentMessage().startswith(REFUSED)
    assert gestures.drop(palette_mime({"kind": "note", "note_type": "pain"}), point)
    assert len(doc.cards(map_id)) == before + 1
