"""Connections between cards: drawn, relabelled, re-kinded and deleted with undo; a
deleted card takes its connections along and one undo brings both back."""

from __future__ import annotations

import pytest

from app.commands import DeleteCommand, execute, redo, undo
from app.commands_connections import connect, disconnect, relabel, set_kind
from app.document import JourneyDocument
from export.interchange import dump
from storage.errors import InvalidEdit


def _arrows(doc: JourneyDocument, map_id: str = "m1") -> list[tuple[str, str, str, str]]:
    return [(c.from_card, c.to_card, c.kind, c.label) for c in doc.connections(map_id)]


def test_a_branch_and_a_loop_are_drawn_undone_and_redone(doc: JourneyDocument) -> None:
    connect(doc, "c1", "c6", "alternative", "Payment fails")
    connect(doc, "c6", "c1", "return", "comes back")
    assert _arrows(doc) == [
        ("c1", "c6", "alternative", "Payment fails"),
        ("c6", "c1", "return", "comes back"),
    ]
    assert doc.undo_stack.undoText() == "Connect cards"
    assert undo(doc)
    assert _arrows(doc) == [("c1", "c6", "alternative", "Payment fails")]
    assert undo(doc)
    assert _arrows(doc) == []
    assert redo(doc) and redo(doc)
    assert [c["from"] for c in dump(doc.workshop)["maps"][0]["connections"]] == ["c1", "c6"]


def test_relabel_and_re_kind_undo_to_the_old_values(doc: JourneyDocument) -> None:
    arrow = connect(doc, "c1", "c6")
    relabel(doc, arrow, "weiter")
    set_kind(doc, arrow, "return")
    assert _arrows(doc) == [("c1", "c6", "return", "weiter")]
    assert doc.undo_stack.undoText() == "Change connection to Loop back"
    undo(doc)
    assert _arrows(doc) == [("c1", "c6", "flow", "weiter")]
    undo(doc)
    assert _arrows(doc) == [("c1", "c6", "flow", "")]
    disconnect(doc, arrow)
    assert _arrows(doc) == []
    undo(doc)
    assert _arrows(doc) == [("c1", "c6", "flow", "")]


def test_deleting_a_card_deletes_its_connections_and_one_undo_restores_both(
    doc: JourneyDocument,
) -> None:
    connect(doc, "c1", "c6", "flow", "next")
    connect(doc, "c7", "c1", "return", "back")
    connect(doc, "c6", "c7")
    before = dump(doc.workshop)
    execute(doc, DeleteCommand(doc, "card", "c1"))
    assert doc.get("card", "c1") is None
    assert _arrows(doc) == [("c6", "c7", "flow", "")]
    assert undo(doc)
    assert dump(doc.workshop) == before


def test_deleting_a_lane_with_both_ends_of_a_connection_undoes_exactly(
    doc: JourneyDocument,
) -> None:
    connect(doc, "c1", "c2", "flow", "inside the lane")  # both in lane l1
    connect(doc, "c3", "c1", "alternative")
    before = dump(doc.workshop)
    execute(doc, DeleteCommand(doc, "lane", "l1"))
    assert _arrows(doc) == []
    undo(doc)
    assert dump(doc.workshop) == before


@pytest.mark.parametrize(
    ("ends", "message"),
    [
        (("c1", "c1"), "connected to itself"),
        (("c1", "c43"), "belongs to another map"),
        (("c1", "nowhere"), "no card with id 'nowhere'"),
    ],
)
def test_impossible_connections_are_refused_and_nothing_is_pushed(
    doc: JourneyDocument, ends: tuple[str, str], message: str
) -> None:
    with pytest.raises(InvalidEdit, match=message):
        connect(doc, *ends)
    assert _arrows(doc) == [] and not doc.undo_stack.canUndo()


def test_the_same_arrow_twice_is_refused(doc: JourneyDocument) -> None:
    connect(doc, "c1", "c6")
    with pytest.raises(InvalidEdit, match="already connected"):
        connect(doc, "c1", "c6")
    assert len(_arrows(doc)) == 1
