"""Board: editing: inline titles, delete and undo, phases and lanes, clipboard, inspector."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from storage.workshop import Workshop
from tests.widgets.board_helpers import card_center
from widgets.board import clipboard


def test_f2_edits_the_title_inline_and_enter_commits(board_window: Any, gestures: Any) -> None:
    doc, view = board_window.document, board_window.board_view
    gestures.click(card_center(board_window, "c1"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.inline_editor
    assert editor is not None and editor.text() == "Flyer in the letterbox"
    editor.selectAll()
    QTest.keyClicks(editor, "Flyer with QR code")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert view.inline_editor is None
    assert doc.get("card", "c1").title == "Flyer with QR code"
    assert doc.undo_stack.undoText() == "Edit title"
    assert board_window.board_scene.card_item("c1").look.title == "Flyer with QR code"
    with Workshop.open(doc.path, readonly=True) as stored:
        assert stored.get("card", "c1").title == "Flyer with QR code"
    doc.undo_stack.undo()
    assert board_window.board_scene.card_item("c1").look.title == "Flyer in the letterbox"


def test_escape_cancels_the_inline_editor(board_window: Any, gestures: Any) -> None:
    doc, view = board_window.document, board_window.board_view
    count = doc.undo_stack.count()
    gestures.double_click(card_center(board_window, "c2"))
    editor = view.inline_editor
    assert editor is not None
    QTest.keyClicks(editor, "something else")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert view.inline_editor is None
    assert doc.get("card", "c2").title == "Neighbour's Instagram story"
    assert doc.undo_stack.count() == count


def test_double_click_on_a_phase_header_renames_it(
    board_window: Any, gestures: Any, qtbot: Any
) -> None:
    doc, view = board_window.document, board_window.board_view
    header = board_window.board_scene.phase_item("ph2")
    gestures.double_click(header.sceneBoundingRect().center())
    editor = view.inline_editor
    assert editor is not None and editor.text() == "Interest"
    editor.setText("Research")
    QTest.keyClick(editor, Qt.Key.Key_Enter)
    assert doc.get("phase", "ph2").name == "Research"
    assert doc.undo_stack.undoText() == "Rename phase"
    qtbot.waitUntil(lambda: header.look.name == "Research")  # repainted in the next turn


def test_delete_key_deletes_the_selection_and_undo_restores_ratings(
    board_window: Any, gestures: Any
) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    ratings = {c: [doc.rating(c, p.id) for p in doc.participants()] for c in ("c1", "c6")}
    scene.select_cards(["c1", "c6"])
    board_window.board_view.setFocus()
    board_window.acts.delete.trigger()
    ids = {c.id for c in doc.cards(map_id)}
    assert "c1" not in ids and "c6" not in ids
    assert doc.undo_stack.undoText() == "Delete 2 cards"
    assert scene.card_item("c1") is None and scene.card_item("c6") is None
    doc.undo_stack.undo()
    assert {c: [doc.rating(c, p.id) for p in doc.participants()] for c in ("c1", "c6")} == ratings
    assert doc.index_of("card", "c1") == 0
    assert scene.card_item("c1") is not None
    assert scene.card_item("c1").look.votes == 3
    doc.undo_stack.redo()
    assert scene.card_item("c6") is None


def test_deleting_a_lane_with_cards_asks_with_the_count(board_window: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    asked: list[str] = []
    scene.edits.confirm = lambda title, text: asked.append(text) or False
    scene.set_current_header(("lane", "l3"))
    board_window.acts.delete.trigger()
    assert asked == ["Delete the lane “Backstage / staff” and its 4 cards?"]
    assert "l3" in [lane.id for lane in doc.lanes(map_id)]  # refused: nothing happened
    scene.edits.confirm = lambda title, text: True
    board_window.acts.delete.trigger()
    assert "l3" not in [lane.id for lane in doc.lanes(map_id)]
    assert scene.lane_item("l3") is None
    assert doc.undo_stack.undoText() == "Delete lane"
    doc.undo_stack.undo()
    assert [lane.id for lane in doc.lanes(map_id)][2] == "l3"
    assert len([c for c in doc.cards(map_id) if c.lane_id == "l3"]) == 4
    assert all(scene.card_item(c.id) for c in doc.cards(map_id) if c.lane_id == "l3")


def test_adding_phases_and_lanes(board_window: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    phase_id = scene.edits.add_phase(1, "Research")
    assert [p.name for p in doc.phases(map_id)][:3] == ["Awareness", "Research", "Interest"]
    assert scene.phase_item(phase_id).look.number == 2
    lane_id = scene.edits.add_lane(None, "channel", channel_id="store")
    lane = doc.get("lane", lane_id)
    assert (lane.name, lane.kind, lane.channel_id) == (
        "Physical location/store",
        "channel",
        "store",
    )
    persona_lane = scene.edits.add_persona_lane("Sabine", 0)
    assert doc.undo_stack.undoText() == "Add persona lane"
    assert doc.lanes(map_id)[0].id == persona_lane
    assert scene.curve_item(persona_lane) is not None
    doc.undo_stack.undo()
    assert "Sabine" not in [p.name for p in doc.personas()]


def test_empty_phase_delete_does_not_ask(board_window: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    scene.edits.confirm = lambda title, text: pytest.fail("asked for an empty phase")
    phase_id = scene.edits.add_phase(None, "Empty")
    assert scene.edits.delete_row("phase", phase_id)
    assert phase_id not in [p.id for p in doc.phases(map_id)]


def test_copy_and_paste_across_maps(board_window: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    as_is, to_be = [m.id for m in doc.maps()]
    scene.select_cards(["c7", "c10"])
    board_window.acts.copy.trigger()
    board_window.set_current_map(to_be)
    assert board_window.map_combo.currentData() == to_be
    lane = doc.lanes(to_be)[2]  # Backstage / staff (a notes lane refuses touchpoints)
    phase = doc.phases(to_be)[0]
    scene.set_current_cell((lane.id, phase.id))
    before = {c.id for c in doc.cards(to_be)}
    board_window.acts.paste.trigger()
    new = [c for c in doc.cards(to_be) if c.id not in before]
    assert [c.title for c in new] == ["Reading Google reviews", "Shop is hard to use on a phone"]
    assert all((c.lane_id, c.phase_id) == (lane.id, phase.id) for c in new)
    assert new[0].channel_id == "reviews" and new[0].direct is False
    assert doc.undo_stack.undoText() == "Paste 2 cards"
    assert scene.selected_card_ids() == [c.id for c in new]
    assert {c.id for c in doc.cards(as_is)} >= {"c7", "c10"}  # a copy, not a move


def test_cut_then_paste_into_the_cell_of_the_selected_card(board_window: Any) -> None:
    doc, map_id = board_window.document, board_window.current_map_id
    scene = board_window.board_scene
    scene.select_cards(["c5"])
    clipboard.cut_cards(scene)
    assert "c5" not in {c.id for c in doc.cards(map_id)}
    scene.select_cards(["c12"])  # l1 / ph3: paste goes right after it
    pasted = clipboard.paste_cards(scene)
    assert len(pasted) == 1
    card = doc.get("card", pasted[0])
    assert (card.lane_id, card.phase_id, card.kind, card.note_type) == (
        "l1",
        "ph3",
        "note",
        "thought",
    )
    assert doc.index_of("card", pasted[0]) == doc.index_of("card", "c12") + 1


def test_duplicate_puts_copies_under_the_originals(board_window: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    scene.select_cards(["c1"])
    board_window.acts.duplicate.trigger()
    copies = scene.selected_card_ids()
    assert len(copies) == 1 and copies[0] != "c1"
    copy = doc.get("card", copies[0])
    assert copy.title == "Flyer in the letterbox" and doc.index_of("card", copy.id) == 1
    assert doc.undo_stack.undoText() == "Duplicate card"


def test_inspector_edits_commit_as_update_commands(board_window: Any, qtbot: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    inspector = board_window.inspector
    scene.select_cards(["c9"])
    assert inspector.kind == "card" and inspector.card_title.text() == "Quote requested by e-mail"
    inspector.card_owner.setFocus()
    inspector.card_owner.setText("Anna")
    inspector.card_owner.editingFinished.emit()
    assert doc.get("card", "c9").owner == "Anna"
    assert doc.undo_stack.undoText() == "Edit card"
    index = inspector.card_direct.findData(False)
    inspector.card_direct.setCurrentIndex(index)
    inspector.card_direct.activated.emit(index)
    assert doc.get("card", "c9").direct is False
    assert scene.card_item("c9").look.direct is False
    doc.undo_stack.undo()
    assert inspector.card_direct.currentData() is True  # the inspector follows undo
    inspector.card_description.setPlainText("Three days later.")
    inspector.card_description.editingFinished.emit()
    assert doc.get("card", "c9").description == "Three days later."
    assert "3 votes" in inspector.card_score.text()


def test_inspector_shows_and_edits_phases_and_lanes(board_window: Any) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    inspector = board_window.inspector
    scene.set_current_header(("lane", "l5"))
    assert inspector.kind == "lane" and inspector.lane_name.text() == "Ideas"
    index = inspector.lane_kind.findData("persona")
    inspector.lane_kind.setCurrentIndex(index)
    inspector.lane_kind.activated.emit(index)
    lane = doc.get("lane", "l5")
    assert (lane.kind, lane.persona_id) == ("persona", "pe1")
    assert scene.curve_item("l5") is not None  # a persona lane gets its curve band
    doc.undo_stack.undo()
    assert doc.get("lane", "l5").kind == "notes" and scene.curve_item("l5") is None
    scene.set_current_header(("phase", "ph4"))
    assert inspector.kind == "phase" and inspector.phase_name.text() == "Purchase"
    inspector.phase_description.setPlainText("Paying.")
    inspector.phase_description.editingFinished.emit()
    assert doc.get("phase", "ph4").description == "Paying."
    assert scene.phase_item("ph4").look.description == "Paying."


def test_clicking_the_rating_strip_rates_for_the_current_participant(
    board_window: Any, gestures: Any, qtbot: Any
) -> None:
    doc = board_window.document
    scene = board_window.board_scene
    item = scene.card_item("c1")
    strip = item.mapToScene(item.card_rect().bottomLeft())
    # The leftmost segment of the scale is -2.
    point = QPointF(strip.x() + 8, strip.y() - 12)
    with qtbot.waitSignal(scene.stripClicked) as signal:
        gestures.click(point)
    assert signal.args == ["c1", -2]
    first = doc.participants()[0].id
    assert board_window.current_participant_id == first
    assert doc.rating("c1", first)[0] == -2
    assert doc.undo_stack.undoText() == "Rate card"


def test_arrow_keys_walk_the_board_and_reach_empty_cells(board_window: Any) -> None:
    view, scene = board_window.board_view, board_window.board_scene
    doc, map_id = board_window.document, board_window.current_map_id
    scene.select_cards(["c1"])
    view.setFocus()
    walk = [
        (Qt.Key.Key_Down, ["c2"]),
        (Qt.Key.Key_Down, ["c3"]),
        (Qt.Key.Key_Right, ["c8"]),
        (Qt.Key.Key_Up, ["c7"]),
        (Qt.Key.Key_Left, ["c2"]),
        (Qt.Key.Key_Down, ["c3"]),
        (Qt.Key.Key_Down, ["c4"]),
        (Qt.Key.Key_Down, []),
    ]
    for key, expected in walk:
        QTest.keyClick(view, key)
        assert scene.selected_card_ids() == expected, key
    assert scene.current_cell == ("l3", "ph1")  # the empty backstage cell
    entries = board_window.palette_widget.list
    website = next(
        entries.item(i) for i in range(entries.count()) if entries.item(i).text() == "Website"
    )
    entries.itemActivated.emit(website)  # Enter on the palette entry
    added = [c for c in doc.cards(map_id) if (c.lane_id, c.phase_id) == ("l3", "ph1")]
    assert len(added) == 1 and added[0].channel_id == "web"
    editor = view.inline_editor
    QTest.keyClicks(editor, "Staff pick up the phone")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.get("card", added[0].id).title == "Staff pick up the phone"
