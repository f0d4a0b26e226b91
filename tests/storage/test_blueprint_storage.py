"""Connections, note types and blueprint lanes in the workshop file (format version 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.interchange import dump
from storage.errors import InvalidEdit
from storage.workshop import Workshop


def test_a_to_be_map_copied_from_an_as_is_map_keeps_its_connections(
    workshop_path: Path,
) -> None:
    with Workshop.open(workshop_path) as workshop:
        workshop.add("connection", map_id="m1", from_card="c1", to_card="c6", kind="alternative")
        workshop.add("connection", map_id="m1", from_card="c6", to_card="c1", label="zurück")
        copy = workshop.duplicate_map("m1", "To-be 2")
        cards = {c.based_on: c.id for c in workshop.cards(copy)}
        assert [(c.from_card, c.to_card, c.kind, c.label) for c in workshop.connections(copy)] == [
            (cards["c1"], cards["c6"], "alternative", ""),
            (cards["c6"], cards["c1"], "flow", "zurück"),
        ]


def test_a_note_type_of_the_teams_own_is_used_and_cannot_go_while_in_use(
    workshop_path: Path,
) -> None:
    with Workshop.open(workshop_path) as workshop:
        risk = workshop.add("note_type", name="Risiko", color="#CC0000", icon="custom")
        card = workshop.add(
            "card", map_id="m1", lane_id="l4", phase_id="ph1", kind="note", note_type=risk
        )
        with pytest.raises(InvalidEdit, match="note type .*: 1 card.* still refer to it"):
            workshop.delete("note_type", risk)
        workshop.update("card", card, note_type="pain")
        workshop.delete("note_type", risk)
        assert [t.id for t in workshop.note_types()] == [
            "pain",
            "idea",
            "thought",
            "question",
            "quote",
        ]
        with pytest.raises(InvalidEdit, match="card.note_type: no note_type with id 'gone'"):
            workshop.update("card", card, note_type="gone")


@pytest.mark.parametrize("kind", ["evidence", "frontstage", "backstage", "support"])
def test_blueprint_lanes_are_stored_and_can_be_hidden(workshop_path: Path, kind: str) -> None:
    with Workshop.open(workshop_path) as workshop:
        lane = workshop.add("lane", map_id="m2", name="Küche", kind=kind)
        workshop.update("lane", lane, hidden=True)
        [stored] = [x for x in dump(workshop)["maps"][1]["lanes"] if x["id"] == lane]
    assert stored == {"id": lane, "name": "Küche", "kind": kind, "hidden": True}


def test_a_colour_that_is_no_colour_is_refused(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        with pytest.raises(InvalidEdit, match="channel.color: must be a colour"):
            workshop.update("channel", "web", color="blue")
        with pytest.raises(InvalidEdit, match="connection.kind: must be flow"):
            workshop.add("connection", map_id="m1", from_card="c1", to_card="c6", kind="loop")


def test_a_row_that_breaks_a_check_constraint_is_found_by_the_opening_checks(
    workshop_path: Path,
) -> None:
    import sqlite3

    from storage import db
    from storage.errors import DamagedFile

    # A flipped bit may turn a rating's experience into 7: SQLite's integrity check
    # finds it only when it evaluates the CHECK constraints.
    connection = sqlite3.connect(workshop_path)
    connection.execute("PRAGMA ignore_check_constraints=ON")
    connection.execute("UPDATE rating SET experience = 7 WHERE card_id = 'c1'")
    connection.commit()
    connection.close()
    with pytest.raises(DamagedFile, match="CHECK constraint failed in rating") as refused:
        db.check_file(workshop_path)
    assert str(workshop_path) in str(refused.value)
