"""Evidence and comments of a card: the inspector edits them, the card shows badges,
the filter bar highlights the assumptions; every change is one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import commands
from widgets.filters import FilterBar


def _show(window: Any, card_id: str) -> Any:
    window.inspector_dock.show()
    window.board_scene.select_cards([card_id])
    inspector = window.inspector
    assert inspector.kind == "card" and inspector.row_id == card_id
    return inspector.card_extras


def test_evidence_and_source_are_edited_in_the_inspector_with_undo(app_window: Any) -> None:
    doc = app_window.document
    extras = _show(app_window, "c1")  # the flyer: an assumption without a source
    assert extras.evidence.currentData() == "assumption"
    assert app_window.board_scene.card_item("c1").look.evidence == "assumption"
    extras.evidence.setFocus()
    QTest.keyClick(extras.evidence, Qt.Key.Key_Down)  # -> reported
    assert doc.get("card", "c1").evidence == "reported"
    assert doc.undo_stack.undoText() == "Change evidence"
    assert app_window.board_scene.card_item("c1").look.evidence == "reported"
    extras.source.setFocus()
    QTest.keyClicks(extras.source, "Lena, interview 12 March")
    QTest.keyClick(extras.source, Qt.Key.Key_Return)
    assert doc.get("card", "c1").source == "Lena, interview 12 March"
    commands.undo(doc)
    commands.undo(doc)
    assert (doc.get("card", "c1").evidence, doc.get("card", "c1").source) == ("assumption", "")
    assert extras.evidence.currentData() == "assumption" and extras.source.text() == ""


def test_a_comment_is_written_by_the_current_participant_and_resolved(app_window: Any) -> None:
    doc = app_window.document
    app_window.panels.selector.set_current_participant("p3")  # Clara
    extras = _show(app_window, "c12")
    assert extras.count_label.text() == "No comments"
    extras.comment_edit.setFocus()
    QTest.keyClicks(extras.comment_edit, "Which slots are really free?")
    QTest.keyClick(extras.comment_edit, Qt.Key.Key_Return)
    (comment,) = doc.comments("c12")
    assert (comment.author, comment.text, comment.resolved) == (
        "Clara",
        "Which slots are really free?",
        False,
    )
    assert comment.created.endswith("+00:00")
    assert extras.comments.count() == 1
    assert extras.comments.item(0).text().startswith("Clara · ")
    assert extras.count_label.text() == "Comments: 1 open of 1"
    item = app_window.board_scene.card_item("c12")
    assert item.look.comments == 1  # the count badge on the card
    extras.comments.setCurrentRow(0)
    QTest.mouseClick(extras.resolve_button, Qt.MouseButton.LeftButton)
    assert doc.get("comment", comment.id).resolved is True
    assert app_window.board_scene.card_item("c12").look.comments == 0
    assert extras.resolve_button.text() == "Reopen"
    commands.undo(doc)
    assert doc.get("comment", comment.id).resolved is False
    assert app_window.board_scene.card_item("c12").look.comments == 1
    commands.undo(doc)
    assert doc.comments("c12") == []
    assert app_window.board_scene.card_item("c12").look.comments == 0


def test_the_demo_cards_show_their_open_comments(app_window: Any) -> None:
    scene = app_window.board_scene
    assert scene.card_item("c23").look.comments == 2
    assert scene.card_item("c8").look.comments == 0  # its one comment is resolved
    assert scene.card_item("c23").look.evidence == "observed"


def test_show_only_assumptions(qtbot: Any, doc: Any) -> None:
    bar = FilterBar(doc)
    qtbot.addWidget(bar)
    bar.set_map("m1")
    bar.show()
    with qtbot.waitSignal(bar.predicateChanged) as signal:
        QTest.mouseClick(bar.assumptions_check, Qt.MouseButton.LeftButton)
    predicate = signal.args[0]
    shown = {c.id for c in doc.cards("m1") if predicate(c.id)}
    assert shown == {c.id for c in doc.cards("m1") if c.evidence == "assumption"}
    assert "c23" not in shown and "c1" in shown
    assert bar.count_label.text() == f"{len(shown)} of 42 cards"
