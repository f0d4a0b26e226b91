"""app.compare on the demo: carried-over cards with hand-computed deltas, new and dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.compare import CARRIED, DROPPED, NEW, compare_maps, summarize
from app.mapdata import read_map
from storage.workshop import Workshop


@pytest.fixture
def rows(workshop_path: Path):
    with Workshop.open(workshop_path, readonly=True) as workshop:
        return compare_maps(read_map(workshop, "m1"), read_map(workshop, "m2"))


def row_of(rows, to_be_id=None, as_is_id=None):
    return next(
        r
        for r in rows
        if (to_be_id and r.to_be_card_id == to_be_id)
        or (as_is_id and r.as_is_card_id == as_is_id and not to_be_id)
    )


def test_mobile_shop_by_hand(rows) -> None:
    # as-is c6 "Browsing the shop on the phone": (-1,4) (-2,4) (0,3)
    #   experience (-1-2+0)/3 = -1, importance (4+4+3)/3 = 11/3
    # to-be c43 "Mobile-first online shop": (1,4) (2,4) (1,3)
    #   experience (1+2+1)/3 = 4/3, importance 11/3
    row = row_of(rows, to_be_id="c43")
    assert row.status == CARRIED and row.as_is_card_id == "c6"
    assert row.old_title == "Browsing the shop on the phone"
    assert row.new_title == "Mobile-first online shop"
    assert (row.old_phase, row.new_phase) == ("Interest", "Interest")
    assert (row.old_lane, row.new_lane) == ("Lena", "Lena")
    assert row.old_experience == pytest.approx(-1.0)
    assert row.new_experience == pytest.approx(4 / 3)
    assert row.experience_delta == pytest.approx(7 / 3)
    assert row.old_importance == pytest.approx(11 / 3)
    assert row.new_importance == pytest.approx(11 / 3)
    assert row.importance_delta == 0  # exact: no 1e-16 left over
    assert (row.old_votes, row.new_votes) == (3, 3)


def test_complaint_by_hand(rows) -> None:
    # as-is c26 "Complaint about missing platters": (-2,5) (-1,5) (-2,4)
    #   experience -5/3, importance 14/3
    # to-be c51 "Complaint solved the same day": (1,5) (1,4) (2,4)
    #   experience 4/3, importance 13/3
    row = row_of(rows, to_be_id="c51")
    assert row.status == CARRIED and row.as_is_card_id == "c26"
    assert row.old_experience == pytest.approx(-5 / 3)
    assert row.new_experience == pytest.approx(4 / 3)
    assert row.experience_delta == pytest.approx(3.0)
    assert row.old_importance == pytest.approx(14 / 3)
    assert row.new_importance == pytest.approx(13 / 3)
    assert row.importance_delta == pytest.approx(-1 / 3)


def test_new_and_dropped(rows) -> None:
    new = [r for r in rows if r.status == NEW]
    # The to-be blueprint's new cards in board order: the staff and systems behind the
    # touchpoints, and the message when the driver leaves (evidence).
    assert [r.to_be_card_id for r in new] == [
        "c55",
        "c57",
        "c59",
        "c49",
        "c60",
        "c61",
        "c62",
        "c63",
        "c64",
    ]
    message = row_of(rows, to_be_id="c49")
    assert message.old_experience is None and message.experience_delta is None
    assert message.new_experience == pytest.approx(5 / 3)  # (2,4) (1,4) (2,3)
    dropped = {r.as_is_card_id for r in rows if r.status == DROPPED}
    carried_from = {"c6", "c8", "c9", "c12", "c14", "c17", "c19", "c20", "c23", "c26", "c31", "c38"}
    assert carried_from.isdisjoint(dropped)
    assert {"c1", "c7", "c39"} <= dropped
    assert len(dropped) == 30 - len(carried_from)
    c39 = row_of(rows, as_is_id="c39")  # the radio ad: never rated
    assert c39.old_experience is None and c39.new_experience is None
    assert c39.title == "Radio ad for Christmas stollen"


def test_order_and_notes(rows, workshop_path: Path) -> None:
    statuses = [r.status for r in rows]
    # to-be cards first (board order), then the dropped ones
    assert statuses.index(DROPPED) == 21 and set(statuses[21:]) == {DROPPED}
    assert [r.to_be_card_id for r in rows[:4]] == ["c43", "c44", "c45", "c55"]
    assert all(r.kind == "touchpoint" for r in rows)
    with Workshop.open(workshop_path, readonly=True) as workshop:
        with_notes = compare_maps(
            read_map(workshop, "m1"), read_map(workshop, "m2"), include_notes=True
        )
    note = row_of(with_notes, to_be_id="c54")
    assert note.status == CARRIED and note.as_is_card_id == "c41" and note.kind == "note"
    assert note.experience_delta is None


def test_unrated_side_gives_no_delta(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        workshop.add(
            "card",
            None,
            map_id="m2",
            lane_id="l7",
            phase_id="ph14",
            kind="touchpoint",
            title="Radio ad, new script",
            based_on="c39",
        )
        workshop.set_rating("c43", "p1", None)  # still rated by Ben and Clara
        as_is, to_be = read_map(workshop, "m1"), read_map(workshop, "m2")
    rows = compare_maps(as_is, to_be)
    radio = next(r for r in rows if r.as_is_card_id == "c39")
    assert radio.status == CARRIED
    assert radio.old_experience is None and radio.new_experience is None
    assert radio.experience_delta is None and radio.importance_delta is None
    shop = next(r for r in rows if r.to_be_card_id == "c43")
    assert shop.new_experience == pytest.approx(1.5)  # (2,4) (1,3)
    assert shop.experience_delta == pytest.approx(2.5)


def test_summary(rows) -> None:
    summary = summarize(rows)
    assert (summary.carried, summary.better, summary.worse, summary.unchanged) == (12, 12, 0, 0)
    # 9 new cards: the staff and systems behind the to-be touchpoints, and one message
    assert (summary.new, summary.dropped, summary.not_comparable) == (9, 18, 0)
