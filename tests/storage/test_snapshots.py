"""Snapshots inside the workshop file: take, list, restore, view, delete, and their size."""

import os
import random
import sqlite3
import zlib
from pathlib import Path

import pytest

from export.interchange import dump
from storage import db
from storage.errors import InvalidEdit
from storage.workshop import Workshop


def _seed() -> int:
    seed = int(os.environ.get("JOURNEYBOARD_TEST_SEED", random.randrange(1 << 30)))
    print(f"JOURNEYBOARD_TEST_SEED={seed}")
    return seed


def test_a_snapshot_lists_its_name_time_and_counts(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        workshop.take_snapshot("Kick-off")
        (info,) = workshop.snapshots()
    assert info.name == "Kick-off" and info.reason == ""
    assert info.taken.endswith("+00:00")
    # The English demo: two maps, 51 touchpoints (30 as-is, 21 in the to-be blueprint),
    # 13 notes, 144 ratings (81 as-is, 63 to-be).
    assert (info.maps, info.touchpoints, info.notes, info.ratings) == (2, 51, 13, 144)


def test_a_snapshot_survives_closing_and_restores_the_workshop_exactly(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        before = dump(workshop)
        workshop.take_snapshot("Before")
    with Workshop.open(workshop_path) as workshop:
        as_is = workshop.maps()[0]
        card = workshop.cards(as_is.id)[0]
        workshop.update("card", card.id, title="Changed")
        workshop.delete("map", workshop.maps()[1].id)
        workshop.delete("participant", workshop.participants()[0].id)
        workshop.set_info(title="Other title")
        assert dump(workshop) != before
        workshop.replace_state(workshop.snapshot_state(workshop.find_snapshot("Before").id))
        assert dump(workshop) == before
    assert db.check_file(workshop_path) == db.SCHEMA_VERSION


def test_a_snapshot_view_shows_the_frozen_state_while_the_file_moves_on(
    workshop_path: Path,
) -> None:
    with Workshop.open(workshop_path) as workshop:
        before = dump(workshop)
        snapshot = workshop.take_snapshot("Before")
        card = workshop.cards(workshop.maps()[0].id)[0]
        workshop.update("card", card.id, title="Changed")
        with workshop.snapshot_view(snapshot) as view:
            assert dump(view) == before
            assert view.readonly
            with pytest.raises(InvalidEdit, match="read-only"):
                view.update("card", card.id, title="No")
        assert workshop.card(card.id).title == "Changed"


def test_a_name_is_taken_once_and_an_empty_name_is_refused(workshop_path: Path, file_state) -> None:
    with Workshop.open(workshop_path) as workshop:
        workshop.take_snapshot("Kick-off")
    before = file_state(workshop_path)
    with Workshop.open(workshop_path) as workshop:
        with pytest.raises(InvalidEdit, match="a snapshot named 'Kick-off' already exists"):
            workshop.take_snapshot("Kick-off")
        with pytest.raises(InvalidEdit, match="snapshot.name: must not be empty"):
            workshop.take_snapshot("  ")
        with pytest.raises(
            InvalidEdit, match=r"no snapshot named 'Nope' \(snapshots: 'Kick-off'\)"
        ):
            workshop.find_snapshot("Nope")
    assert file_state(workshop_path)[0] == before[0]


def test_fifty_snapshots_of_the_demo_stay_small(workshop_path: Path) -> None:
    rng = random.Random(_seed())
    plain = workshop_path.stat().st_size
    with Workshop.open(workshop_path) as workshop:
        participants = [p.id for p in workshop.participants()]
        states = []
        for number in range(50):
            # Between two workshops the room changes a few cards and ratings.
            for map_row in workshop.maps():
                cards = [c for c in workshop.cards(map_row.id) if c.kind == "touchpoint"]
                for card in rng.sample(cards, 3):
                    workshop.update("card", card.id, title=f"{card.title[:30]} {number}")
                    value = (rng.randint(-2, 2), rng.randint(1, 5))
                    workshop.set_rating(card.id, rng.choice(participants), value)
            workshop.take_snapshot(f"Workshop {number + 1}")
            states.append(dump(workshop))
        # Every one still restores to what it froze.
        for number in (0, 24, 49):
            snapshot = workshop.find_snapshot(f"Workshop {number + 1}")
            with workshop.snapshot_view(snapshot.id) as view:
                assert dump(view) == states[number]
    size = workshop_path.stat().st_size
    print(f"demo {plain} bytes; with 50 snapshots {size} bytes")
    assert size < 2 * 1024 * 1024
    assert size < plain + 50 * 16 * 1024  # far less than fifty copies of the demo


def test_a_picture_is_stored_once_for_all_snapshots(workshop_path: Path) -> None:
    picture = random.Random(_seed()).randbytes(20_000)  # incompressible, like a photo
    with Workshop.open(workshop_path) as workshop:
        persona = workshop.personas()[0]
        workshop.update("persona", persona.id, picture=picture)
        for number in range(5):
            workshop.update("persona", persona.id, role=f"Role {number}")
            workshop.take_snapshot(f"S{number}")
        blobs = workshop.connection.execute(
            "SELECT count(*) FROM snapshot_chunk WHERE data = ?",
            (zlib.compress(picture, 9),),
        ).fetchone()[0]
        assert blobs == 1
        with workshop.snapshot_view(workshop.find_snapshot("S2").id) as view:
            assert view.personas()[0].picture == picture
            assert view.personas()[0].role == "Role 2"


def test_deleting_a_snapshot_frees_what_only_it_used(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        first = workshop.take_snapshot("First")
        before = dump(workshop)
        card = workshop.cards(workshop.maps()[0].id)[0]
        workshop.update("card", card.id, title="Changed")
        second = workshop.take_snapshot("Second")
        chunks = workshop.connection.execute("SELECT count(*) FROM snapshot_chunk").fetchone()[0]
        workshop.delete_snapshot(second)
        left = workshop.connection.execute("SELECT count(*) FROM snapshot_chunk").fetchone()[0]
        assert 0 < left < chunks
        assert [s.name for s in workshop.snapshots()] == ["First"]
        with workshop.snapshot_view(first) as view:
            assert dump(view) == before
        workshop.delete_snapshot(first)
        assert workshop.connection.execute("SELECT count(*) FROM snapshot_chunk").fetchone() == (0,)


def test_a_damaged_chunk_is_a_clear_error(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        snapshot = workshop.take_snapshot("First")
    connection = sqlite3.connect(workshop_path)
    connection.execute("UPDATE snapshot_chunk SET data = x'00112233'")
    connection.commit()
    connection.close()
    with (
        Workshop.open(workshop_path) as workshop,
        pytest.raises(InvalidEdit, match=r"snapshot chunk \w+: damaged"),
    ):
        workshop.snapshot_state(snapshot)
