"""JourneyDocument and its commands: every edit undoes and redoes exactly, with signals."""

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from app.commands import (
    AddCommand,
    DeleteCommand,
    DuplicateMapCommand,
    MoveCommand,
    RateCommand,
    SetInfoCommand,
    UpdateCommand,
    execute,
    macro,
)
from app.document import JourneyDocument
from export.interchange import dump
from storage.errors import AlreadyOpen, InvalidEdit
from storage.workshop import Change, Workshop

# name -> (command factory, (kind, id) the change must name, undo text)
Factory = Callable[[JourneyDocument], Any]
COMMANDS: dict[str, tuple[Factory, tuple[str, str], str]] = {
    "add phase": (
        lambda d: AddCommand(
            d, "phase", {"id": "ph-new", "map_id": "m1", "name": "Research"}, index=1
        ),
        ("phase", "ph-new"),
        "Add phase",
    ),
    "update phase": (
        lambda d: UpdateCommand(d, "phase", "ph1", {"name": "Discover", "description": "New"}),
        ("phase", "ph1"),
        "Edit phase",
    ),
    "move phase": (lambda d: MoveCommand(d, "phase", "ph1", 3), ("phase", "ph1"), "Move phase"),
    "delete phase": (lambda d: DeleteCommand(d, "phase", "ph2"), ("phase", "ph2"), "Delete phase"),
    "add lane": (
        lambda d: AddCommand(
            d,
            "lane",
            {"id": "l-new", "map_id": "m1", "name": "Web", "kind": "channel", "channel_id": "web"},
        ),
        ("lane", "l-new"),
        "Add lane",
    ),
    "update lane": (
        lambda d: UpdateCommand(d, "lane", "l3", {"name": "Kitchen"}),
        ("lane", "l3"),
        "Edit lane",
    ),
    "move lane": (lambda d: MoveCommand(d, "lane", "l5", 0), ("lane", "l5"), "Move lane"),
    "delete lane": (lambda d: DeleteCommand(d, "lane", "l1"), ("lane", "l1"), "Delete lane"),
    "add card": (
        lambda d: AddCommand(
            d,
            "card",
            {
                "id": "c-new",
                "map_id": "m1",
                "lane_id": "l4",
                "phase_id": "ph1",
                "kind": "note",
                "note_type": "idea",
                "title": "New idea",
            },
            index=0,
        ),
        ("card", "c-new"),
        "Add card",
    ),
    "update card": (
        lambda d: UpdateCommand(d, "card", "c1", {"title": "Poster", "channel_id": None}),
        ("card", "c1"),
        "Edit card",
    ),
    "card to note": (
        lambda d: UpdateCommand(d, "card", "c39", {"kind": "note", "note_type": "question"}),
        ("card", "c39"),
        "Edit card",
    ),
    "move card": (
        lambda d: MoveCommand(d, "card", "c1", 1, {"lane_id": "l2", "phase_id": "ph2"}),
        ("card", "c1"),
        "Move card",
    ),
    "delete card": (lambda d: DeleteCommand(d, "card", "c8"), ("card", "c8"), "Delete card"),
    "add persona": (
        lambda d: AddCommand(d, "persona", {"id": "pe-new", "name": "Mia", "color": "#112233"}),
        ("persona", "pe-new"),
        "Add persona",
    ),
    "update persona": (
        lambda d: UpdateCommand(d, "persona", "pe1", {"quote": "Hello", "picture": b"\x89PNG"}),
        ("persona", "pe1"),
        "Edit persona",
    ),
    "move persona": (
        lambda d: MoveCommand(d, "persona", "pe2", 0),
        ("persona", "pe2"),
        "Move persona",
    ),
    "delete persona": (
        lambda d: DeleteCommand(d, "persona", "pe1"),
        ("persona", "pe1"),
        "Delete persona",
    ),
    "add participant": (
        lambda d: AddCommand(d, "participant", {"id": "p-new", "name": "Dana"}, index=0),
        ("participant", "p-new"),
        "Add participant",
    ),
    "update participant": (
        lambda d: UpdateCommand(d, "participant", "p1", {"name": "Anne"}),
        ("participant", "p1"),
        "Edit participant",
    ),
    "move participant": (
        lambda d: MoveCommand(d, "participant", "p3", 0),
        ("participant", "p3"),
        "Move participant",
    ),
    "delete participant": (
        lambda d: DeleteCommand(d, "participant", "p2"),
        ("participant", "p2"),
        "Delete participant",
    ),
    "add channel": (
        lambda d: AddCommand(d, "channel", {"id": "ch-new", "name": "Fax"}),
        ("channel", "ch-new"),
        "Add channel",
    ),
    "update channel": (
        lambda d: UpdateCommand(d, "channel", "web", {"name": "Web shop", "icon": "store"}),
        ("channel", "web"),
        "Edit channel",
    ),
    "move channel": (
        lambda d: MoveCommand(d, "channel", "ads", 0),
        ("channel", "ads"),
        "Move channel",
    ),
    "delete channel": (
        lambda d: DeleteCommand(d, "channel", "web"),
        ("channel", "web"),
        "Delete channel",
    ),
    "add map": (
        lambda d: AddCommand(d, "map", {"id": "m-new", "name": "Blank"}),
        ("map", "m-new"),
        "Add map",
    ),
    "update map": (
        lambda d: UpdateCommand(d, "map", "m2", {"name": "Future"}),
        ("map", "m2"),
        "Edit map",
    ),
    "move map": (lambda d: MoveCommand(d, "map", "m2", 0), ("map", "m2"), "Move map"),
    "delete map": (lambda d: DeleteCommand(d, "map", "m1"), ("map", "m1"), "Delete map"),
    "rate": (lambda d: RateCommand(d, "c39", "p1", (1, 3)), ("rating", "c39"), "Rate card"),
    "re-rate": (lambda d: RateCommand(d, "c1", "p2", (-2, 5)), ("rating", "c1"), "Rate card"),
    "clear rating": (lambda d: RateCommand(d, "c1", "p1", None), ("rating", "c1"), "Clear rating"),
    "set info": (
        lambda d: SetInfoCommand(d, {"title": "Neuer Titel", "language": "de"}),
        ("workshop", "1"),
        "Edit workshop",
    ),
}


def _touched(change: Change) -> set[tuple[str, str]]:
    return change.added | change.updated | change.removed


@pytest.mark.parametrize("name", COMMANDS)
def test_command_undo_and_redo_restore_the_file_exactly(doc, qtbot, name):
    factory, touched, text = COMMANDS[name]
    stack = doc.undo_stack
    before = dump(doc.workshop)
    with qtbot.waitSignal(doc.changed, timeout=1000) as blocker:
        execute(doc, factory(doc))
    assert touched in _touched(blocker.args[0])
    after = dump(doc.workshop)
    assert after != before
    assert stack.count() == 1 and stack.undoText() == text
    for _ in range(2):
        with qtbot.waitSignal(doc.changed, timeout=1000) as blocker:
            stack.undo()
        assert touched in _touched(blocker.args[0])
        assert dump(doc.workshop) == before
        assert stack.redoText() == text
        with qtbot.waitSignal(doc.changed, timeout=1000) as blocker:
            stack.redo()
        assert touched in _touched(blocker.args[0])
        assert dump(doc.workshop) == after
    # What the user would see after reopening: the edit is in the file.
    doc.close()
    with Workshop.open(doc.path, readonly=True) as again:
        assert dump(again) == after


def test_duplicate_map_undo_redo(doc, qtbot):
    before = dump(doc.workshop)
    command = DuplicateMapCommand(doc, "m1", "Ideas")
    with qtbot.waitSignal(doc.changed, timeout=1000) as blocker:
        execute(doc, command)
    new_id = command.new_map_id
    assert ("map", new_id) in blocker.args[0].added
    after = dump(doc.workshop)
    assert [m["id"] for m in after["maps"]] == ["m1", "m2", new_id]
    assert doc.undo_stack.undoText() == "New to-be map"
    doc.undo_stack.undo()
    assert dump(doc.workshop) == before
    with qtbot.waitSignal(doc.changed, timeout=1000) as blocker:
        doc.undo_stack.redo()
    assert ("map", new_id) in blocker.args[0].added
    assert dump(doc.workshop) == after  # the same ids again: later commands still apply


def test_a_chain_of_commands_undoes_and_redoes_in_order(doc):
    stack = doc.undo_stack
    states = [dump(doc.workshop)]
    add_phase = execute(doc, AddCommand(doc, "phase", {"map_id": "m1", "name": "Research"}, 0))
    states.append(dump(doc.workshop))
    phase = add_phase.row_id
    add_card = execute(
        doc,
        AddCommand(
            doc, "card", {"map_id": "m1", "lane_id": "l1", "phase_id": phase, "title": "Survey"}
        ),
    )
    states.append(dump(doc.workshop))
    for command in (
        UpdateCommand(doc, "card", add_card.row_id, {"kpi": "Answers"}),
        RateCommand(doc, add_card.row_id, "p1", (2, 5)),
        MoveCommand(doc, "card", add_card.row_id, 0, {"lane_id": "l2"}),
        DeleteCommand(doc, "persona", "pe1"),
        MoveCommand(doc, "phase", phase, 99),
        DeleteCommand(doc, "participant", "p1"),
    ):
        execute(doc, command)
        states.append(dump(doc.workshop))
    assert stack.count() == len(states) - 1
    for state in reversed(states[:-1]):
        stack.undo()
        assert dump(doc.workshop) == state
    for state in states[1:]:
        stack.redo()
        assert dump(doc.workshop) == state


def test_a_macro_of_moves_is_one_undo_step(doc, qtbot):
    stack = doc.undo_stack
    before = dump(doc.workshop)
    with macro(doc, "Arrange cards"):
        execute(doc, MoveCommand(doc, "card", "c1", 1))
        execute(doc, MoveCommand(doc, "card", "c3", 0, {"lane_id": "l1"}))
        execute(doc, MoveCommand(doc, "card", "c4", 0, {"phase_id": "ph2"}))
    after = dump(doc.workshop)
    assert after != before
    assert stack.count() == 1
    assert stack.undoText() == "Arrange cards"
    with qtbot.waitSignals([doc.changed] * 3, timeout=1000):
        stack.undo()
    assert dump(doc.workshop) == before
    stack.redo()
    assert dump(doc.workshop) == after


def test_a_failing_macro_undoes_its_part_and_pushes_nothing(doc):
    stack = doc.undo_stack
    execute(doc, UpdateCommand(doc, "card", "c1", {"title": "Poster"}))
    before = dump(doc.workshop)
    with pytest.raises(InvalidEdit), macro(doc, "Arrange cards"):
        execute(doc, MoveCommand(doc, "card", "c2", 0))
        execute(doc, MoveCommand(doc, "card", "nope", 0))
    assert dump(doc.workshop) == before
    assert stack.count() == 1 and stack.index() == 1
    assert stack.undoText() == "Edit card" and not stack.canRedo()
    stack.undo()
    assert doc.get("card", "c1").title == "Flyer in the letterbox"


REFUSED: dict[str, Factory] = {
    "unknown card": lambda d: UpdateCommand(d, "card", "nope", {"title": "x"}),
    "wrong type": lambda d: UpdateCommand(d, "card", "c1", {"title": 3}),
    "bad rating": lambda d: RateCommand(d, "c1", "p1", (3, 1)),
    "rate a note": lambda d: RateCommand(d, "c5", "p1", (1, 1)),
    "persona lane without persona": lambda d: AddCommand(
        d, "lane", {"map_id": "m1", "name": "x", "kind": "persona"}
    ),
    "note without type": lambda d: AddCommand(
        d,
        "card",
        {"map_id": "m1", "lane_id": "l4", "phase_id": "ph1", "kind": "note", "title": "x"},
    ),
    "card into another map": lambda d: MoveCommand(d, "card", "c1", 0, {"lane_id": "l6"}),
    "delete unknown": lambda d: DeleteCommand(d, "lane", "nope"),
    "duplicate unknown": lambda d: DuplicateMapCommand(d, "nope", "x"),
    "bad language": lambda d: SetInfoCommand(d, {"language": "fr"}),
}


@pytest.mark.parametrize("factory", REFUSED.values(), ids=REFUSED.keys())
def test_a_refused_edit_raises_and_pushes_nothing(doc, qtbot, factory):
    execute(doc, UpdateCommand(doc, "card", "c1", {"title": "Poster"}))
    before = dump(doc.workshop)
    with qtbot.assertNotEmitted(doc.changed), pytest.raises(InvalidEdit):
        execute(doc, factory(doc))
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Edit card"
    assert dump(doc.workshop) == before


def test_document_reads_and_closes(qapp, workshop_path, qtbot):
    document = JourneyDocument.open(workshop_path)
    assert document.path == workshop_path
    assert document.title() == "Sonnenkorn Bakery: online orders and delivery"
    assert document.language() == "en"
    assert [m.name for m in document.maps()] == ["As-is", "To-be"]
    assert document.index_of("lane", "l2") == 1
    data = document.map_data("m1")
    assert [c.id for c in data.cards] == [c.id for c in document.cards("m1")]
    with pytest.raises(AlreadyOpen):
        JourneyDocument.open(workshop_path)
    execute(document, SetInfoCommand(document, {"title": "Closing"}))
    with qtbot.waitSignal(document.closed, timeout=1000):
        document.close()
    assert document.undo_stack.count() == 0
    connection = sqlite3.connect(workshop_path)
    assert connection.execute("SELECT title FROM workshop").fetchone() == ("Closing",)
    connection.close()
    JourneyDocument.open(workshop_path).close()  # the lock was released
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == ["demo.journey"]


def test_a_macro_failing_at_its_first_command_leaves_the_stack_as_it_was(doc):
    stack = doc.undo_stack
    execute(doc, UpdateCommand(doc, "card", "c1", {"title": "Poster"}))
    before = dump(doc.workshop)
    with pytest.raises(InvalidEdit), macro(doc, "Arrange cards"):
        execute(doc, MoveCommand(doc, "card", "nope", 0))
    assert dump(doc.workshop) == before
    assert stack.count() == 1 and stack.undoText() == "Edit card" and not stack.canRedo()


def test_undo_after_reopening_starts_empty_but_the_file_keeps_the_edits(qapp, workshop_path):
    first = JourneyDocument.open(workshop_path)
    execute(first, DeleteCommand(first, "card", "c1"))
    after = dump(first.workshop)
    first.close()
    second = JourneyDocument.open(workshop_path)
    try:
        assert second.undo_stack.count() == 0
        assert dump(second.workshop) == after
    finally:
        second.close()
