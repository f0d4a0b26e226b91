"""Workshop edits: committed at once, board order kept, deletes restorable, bad edits refused."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from export.interchange import dump
from storage.errors import InvalidEdit
from storage.rows import GROUP
from storage.tables import TABLES
from storage.workshop import Change, Workshop

ORDERED = {k: TABLES[k].siblings for k in GROUP if TABLES[k].siblings is not None}  # sibling groups


def raw(path: Path, sql: str, *params: object) -> list[tuple]:
    """Rows read through a second, independent connection: what is really on disk."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def assert_positions_dense(path: Path) -> None:
    """Every sibling group is numbered 0..n-1."""
    for table, group in ORDERED.items():
        columns = ", ".join((*group, "position")) if group else "position"
        groups: dict[tuple, list[int]] = {}
        for row in raw(path, f"SELECT {columns} FROM {table}"):
            groups.setdefault(tuple(row[:-1]), []).append(row[-1])
        for key, positions in groups.items():
            assert sorted(positions) == list(range(len(positions))), (table, key, positions)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ws(workshop_path):
    workshop = Workshop.open(workshop_path)
    yield workshop
    workshop.close()


@pytest.fixture
def changes(ws):
    seen: list[Change] = []
    ws.listeners.append(seen.append)
    return seen


def cell(ws: Workshop, map_id: str, lane: str, phase: str) -> list[str]:
    return [c.id for c in ws.cards(map_id) if c.lane_id == lane and c.phase_id == phase]


# -- committed when the method returns -------------------------------------------------------


def test_every_edit_is_on_disk_when_the_method_returns(ws, workshop_path):
    p = workshop_path
    phase = ws.add("phase", 0, map_id="m1", name="Before")
    assert raw(p, "SELECT name, position FROM phase WHERE id = ?", phase) == [("Before", 0)]

    ws.update("card", "c1", title="New flyer", direct=False)
    assert raw(p, "SELECT title, direct FROM card WHERE id = 'c1'") == [("New flyer", 0)]

    ws.move("lane", "l1", 2)
    assert raw(p, "SELECT position FROM lane WHERE id = 'l1'") == [(2,)]

    ws.set_rating("c39", "p2", (-2, 5))
    assert raw(
        p,
        "SELECT experience, importance FROM rating WHERE card_id = 'c39' AND participant_id = 'p2'",
    ) == [(-2, 5)]
    ws.set_rating("c39", "p2", None)
    assert raw(p, "SELECT * FROM rating WHERE card_id = 'c39'") == []

    ws.set_info(title="Saved at once")
    assert raw(p, "SELECT title FROM workshop") == [("Saved at once",)]

    snapshot = ws.delete("card", "c1")
    assert raw(p, "SELECT * FROM card WHERE id = 'c1'") == []
    assert raw(p, "SELECT * FROM rating WHERE card_id = 'c1'") == []
    ws.restore(snapshot)
    assert raw(p, "SELECT title FROM card WHERE id = 'c1'") == [("New flyer",)]
    assert len(raw(p, "SELECT * FROM rating WHERE card_id = 'c1'")) == 3

    new_map = ws.duplicate_map("m1", "Copy")
    assert raw(p, "SELECT name, kind, based_on FROM map WHERE id = ?", new_map) == [
        ("Copy", "to-be", "m1")
    ]
    assert not list(p.parent.glob("*-journal"))


def test_check_constraints_hold_even_through_raw_sql(workshop_path):
    connection = sqlite3.connect(workshop_path)
    try:
        for sql in (
            "UPDATE rating SET experience = 3 WHERE card_id = 'c1'",
            "UPDATE rating SET experience = -3 WHERE card_id = 'c1'",
            "UPDATE rating SET importance = 0 WHERE card_id = 'c1'",
            "UPDATE rating SET importance = 6 WHERE card_id = 'c1'",
            "INSERT INTO rating (card_id, participant_id, experience, importance) "
            "VALUES ('c39', 'p1', 3, 3)",
            "UPDATE card SET kind = 'sticker' WHERE id = 'c1'",
            "UPDATE card SET note_type = 'pain' WHERE id = 'c1'",
            "UPDATE card SET note_type = NULL WHERE id = 'c5'",
            "UPDATE lane SET persona_id = NULL WHERE id = 'l1'",
            "UPDATE map SET kind = 'maybe' WHERE id = 'm1'",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint"):
                connection.execute(sql)
    finally:
        connection.close()
    with Workshop.open(workshop_path) as ws:
        assert ws.rating("c1", "p1") == (0, 2)


def test_ratings_out_of_range_are_refused(ws, workshop_path):
    before = sha(workshop_path)
    with pytest.raises(InvalidEdit, match="experience: must be between -2 and 2"):
        ws.set_rating("c1", "p1", (3, 2))
    with pytest.raises(InvalidEdit, match="importance: must be between 1 and 5"):
        ws.set_rating("c1", "p1", (0, 0))
    with pytest.raises(InvalidEdit, match="whole number"):
        ws.set_rating("c1", "p1", (True, 2))
    assert ws.rating("c1", "p1") == (0, 2)
    assert sha(workshop_path) == before


def test_several_ratings_are_one_transaction_all_or_none(ws, workshop_path, changes):
    before = sha(workshop_path)
    with pytest.raises(InvalidEdit, match="only touchpoints can be rated"):
        ws.set_ratings([("c1", "p1", (2, 5)), ("c5", "p1", (1, 1))])  # c5 is a note
    assert ws.rating("c1", "p1") == (0, 2) and sha(workshop_path) == before
    assert ws.set_ratings([("c1", "p1", (2, 5)), ("c2", "p2", None), ("c1", "p1", (1, 4))]) == [
        (0, 2),
        (1, 4),
        (2, 5),
    ]  # in order: the second c1 sees the first
    assert ws.rating("c1", "p1") == (1, 4) and ws.rating("c2", "p2") is None
    assert len(changes) == 1 and changes[0].updated == {("rating", "c1"), ("rating", "c2")}


# -- board order ---------------------------------------------------------------------------


def test_positions_stay_dense_through_add_move_delete(ws, workshop_path):
    phases = [p.id for p in ws.phases("m1")]
    first = ws.add("phase", 0, map_id="m1", name="First")
    middle = ws.add("phase", 3, map_id="m1", name="Middle")
    last = ws.add("phase", None, map_id="m1", name="Last")
    beyond = ws.add("phase", 99, map_id="m1", name="Beyond")
    expected = [first, *phases[:2], middle, *phases[2:], last, beyond]
    assert [p.id for p in ws.phases("m1")] == expected
    assert_positions_dense(workshop_path)

    ws.move("phase", beyond, 0)
    expected.remove(beyond)
    expected.insert(0, beyond)
    assert [p.id for p in ws.phases("m1")] == expected
    ws.move("phase", phases[0], 99)
    expected.remove(phases[0])
    expected.append(phases[0])
    assert [p.id for p in ws.phases("m1")] == expected
    assert ws.index_of("phase", phases[0]) == len(expected) - 1
    assert_positions_dense(workshop_path)

    for row_id in (middle, first, phases[3]):
        ws.delete("phase", row_id)
        expected.remove(row_id)
        assert [p.id for p in ws.phases("m1")] == expected
        assert_positions_dense(workshop_path)

    participant = ws.add("participant", 1, name="Dana")
    assert [p.id for p in ws.participants()] == ["p1", participant, "p2", "p3"]
    ws.delete("participant", "p1")
    assert [p.id for p in ws.participants()] == [participant, "p2", "p3"]
    card = ws.add("card", 0, map_id="m1", lane_id="l1", phase_id="ph1", title="Top")
    assert cell(ws, "m1", "l1", "ph1") == [card, "c1", "c2"]
    assert_positions_dense(workshop_path)


def test_move_card_between_cells(ws, workshop_path, changes):
    assert cell(ws, "m1", "l1", "ph1") == ["c1", "c2"]
    assert cell(ws, "m1", "l2", "ph2") == ["c8", "c9"]
    before = dump(ws)
    old = ws.move("card", "c1", 1, lane_id="l2", phase_id="ph2")
    assert old == {"index": 0, "lane_id": "l1", "phase_id": "ph1"}
    assert cell(ws, "m1", "l1", "ph1") == ["c2"]
    assert cell(ws, "m1", "l2", "ph2") == ["c8", "c1", "c9"]
    assert raw(workshop_path, "SELECT lane_id, phase_id, position FROM card WHERE id = 'c1'") == [
        ("l2", "ph2", 1)
    ]
    assert ws.rating("c1", "p1") == (0, 2)  # ratings travel with the card
    assert_positions_dense(workshop_path)
    assert {"c1", "c2", "c9"} <= changes[-1].ids("card")
    index = old.pop("index")
    ws.move("card", "c1", index, **old)
    assert dump(ws) == before


def test_move_card_within_its_cell(ws, workshop_path):
    ws.move("card", "c8", 5)
    assert cell(ws, "m1", "l2", "ph2") == ["c9", "c8"]
    ws.move("card", "c8", -3)
    assert cell(ws, "m1", "l2", "ph2") == ["c8", "c9"]
    assert_positions_dense(workshop_path)


# -- delete and restore ----------------------------------------------------------------------


def test_delete_phase_removes_its_cards_and_ratings_and_restore_puts_them_back(
    ws, workshop_path, changes
):
    before = dump(ws)
    phase_cards = [c.id for c in ws.cards("m1") if c.phase_id == "ph2"]
    assert phase_cards == ["c6", "c7", "c8", "c9", "c10", "c11"]
    snapshot = ws.delete("phase", "ph2")
    assert raw(workshop_path, "SELECT * FROM phase WHERE id = 'ph2'") == []
    assert raw(workshop_path, "SELECT * FROM card WHERE phase_id = 'ph2'") == []
    marks = ",".join("?" * len(phase_cards))
    assert (
        raw(workshop_path, f"SELECT * FROM rating WHERE card_id IN ({marks})", *phase_cards) == []
    )
    # c43 (to-be) was based on c6: the lineage is cleared, not left dangling.
    assert raw(workshop_path, "SELECT based_on FROM card WHERE id = 'c43'") == [(None,)]
    assert changes[-1].ids("phase") >= {"ph2", "ph3"}  # ph3 moved up to position 1
    assert set(phase_cards) <= changes[-1].ids("card")
    assert_positions_dense(workshop_path)

    ws.restore(snapshot)
    assert dump(ws) == before
    assert_positions_dense(workshop_path)
    added = changes[-1].added
    assert ("phase", "ph2") in added
    assert {("card", c) for c in phase_cards} <= added
    assert ("card", "c43") in changes[-1].updated


def test_delete_persona_removes_its_lanes_in_all_maps_and_restore_keeps_the_index(
    ws, workshop_path
):
    before = dump(ws)
    assert [lane.id for lane in ws.lanes("m1")][:2] == ["l1", "l2"]
    snapshot = ws.delete("persona", "pe1")
    assert [lane.id for lane in ws.lanes("m1")] == ["l2", "l3", "l4", "l5"]
    # The to-be blueprint: evidence, Tom, frontstage, backstage, support, pains, ideas.
    assert [lane.id for lane in ws.lanes("m2")] == ["l11", "l7", "l12", "l8", "l13", "l9", "l10"]
    assert raw(workshop_path, "SELECT count(*) FROM card WHERE lane_id IN ('l1', 'l6')") == [(0,)]
    # Lena's arrows went with her cards; Tom's stay.
    assert {c.id for c in ws.connections("m2")} == {"k6", *(f"k{i}" for i in range(9, 19))}
    assert [p.id for p in ws.personas()] == ["pe2"]
    assert_positions_dense(workshop_path)
    ws.restore(snapshot)
    assert ws.index_of("lane", "l1") == 0 and ws.index_of("lane", "l6") == 1
    assert dump(ws) == before  # the arrows too, in their order


def test_delete_second_persona_lane_restores_in_the_middle(ws):
    before = dump(ws)
    ws.move("lane", "l2", 3)  # Tom's lane third from the top in the as-is map
    moved = dump(ws)
    snapshot = ws.delete("persona", "pe2")
    ws.restore(snapshot)
    assert ws.index_of("lane", "l2") == 3
    assert dump(ws) == moved != before


def test_delete_participant_and_restore(ws, workshop_path):
    before = dump(ws)
    rated = raw(workshop_path, "SELECT count(*) FROM rating WHERE participant_id = 'p2'")[0][0]
    assert rated > 10
    snapshot = ws.delete("participant", "p2")
    assert raw(workshop_path, "SELECT count(*) FROM rating WHERE participant_id = 'p2'") == [(0,)]
    assert [p.id for p in ws.participants()] == ["p1", "p3"]
    assert_positions_dense(workshop_path)
    ws.restore(snapshot)
    assert dump(ws) == before


def test_delete_channel_clears_card_channels_and_restore_brings_them_back(ws, workshop_path):
    before = dump(ws)
    web_cards = [r[0] for r in raw(workshop_path, "SELECT id FROM card WHERE channel_id = 'web'")]
    assert len(web_cards) >= 5
    snapshot = ws.delete("channel", "web")
    marks = ",".join("?" * len(web_cards))
    assert raw(
        workshop_path, f"SELECT DISTINCT channel_id FROM card WHERE id IN ({marks})", *web_cards
    ) == [(None,)]
    assert "web" not in [c.id for c in ws.channels()]
    ws.restore(snapshot)
    assert dump(ws) == before


def test_delete_channel_of_a_channel_lane_and_restore(ws):
    ws.update("lane", "l3", channel_id="store")
    before = dump(ws)
    snapshot = ws.delete("channel", "store")
    assert ws.get("lane", "l3").channel_id is None
    ws.restore(snapshot)
    assert dump(ws) == before


def test_delete_map_clears_lineage_and_restore_puts_everything_back(ws, workshop_path):
    before = dump(ws)
    snapshot = ws.delete("map", "m1")
    assert [m.id for m in ws.maps()] == ["m2"]
    assert raw(workshop_path, "SELECT based_on FROM map WHERE id = 'm2'") == [(None,)]
    assert raw(workshop_path, "SELECT count(*) FROM card WHERE based_on IS NOT NULL") == [(0,)]
    assert raw(workshop_path, "SELECT count(*) FROM card WHERE map_id = 'm1'") == [(0,)]
    assert_positions_dense(workshop_path)
    ws.restore(snapshot)
    assert dump(ws) == before


def test_delete_card_and_restore_at_its_index(ws):
    before = dump(ws)
    snapshot = ws.delete("card", "c8")
    assert ws.index_of("card", "c9") == 0
    ws.restore(snapshot)
    assert ws.index_of("card", "c8") == 0
    assert dump(ws) == before


def test_restore_twice_is_refused(ws):
    snapshot = ws.delete("card", "c8")
    ws.restore(snapshot)
    after = dump(ws)
    with pytest.raises(InvalidEdit):
        ws.restore(snapshot)
    assert dump(ws) == after


# -- duplicate map ---------------------------------------------------------------------------


def test_duplicate_map_keeps_lineage_and_ratings(ws, workshop_path, changes):
    source = dump(ws)["maps"][0]
    new_id = ws.duplicate_map("m1", "Ideas", "to-be")
    assert [m.id for m in ws.maps()] == ["m1", "m2", new_id]
    assert ("map", new_id) in changes[-1].added
    copy = next(m for m in dump(ws)["maps"] if m["id"] == new_id)
    assert copy["kind"] == "to-be" and copy["based_on"] == "m1" and copy["name"] == "Ideas"
    assert [p["name"] for p in copy["phases"]] == [p["name"] for p in source["phases"]]
    assert [lane["name"] for lane in copy["lanes"]] == [lane["name"] for lane in source["lanes"]]
    assert [c["based_on"] for c in copy["cards"]] == [c["id"] for c in source["cards"]]
    own_ids = {x["id"] for x in copy["phases"] + copy["lanes"] + copy["cards"]}
    assert not own_ids & {x["id"] for x in source["phases"] + source["lanes"] + source["cards"]}
    # Comments stay with the original: the discussion was about that map.
    assert all(card["comments"] == [] for card in copy["cards"])
    strip = ("id", "lane", "phase", "based_on", "comments")
    for original, duplicate in zip(source["cards"], copy["cards"], strict=True):
        assert {k: v for k, v in duplicate.items() if k not in strip} == {
            k: v for k, v in original.items() if k not in strip
        }
    assert dump(ws)["maps"][0] == source  # the original is unchanged
    assert_positions_dense(workshop_path)


# -- refused edits -------------------------------------------------------------------------

INVALID = {
    "unknown card": lambda w: w.update("card", "nope", title="x"),
    "unknown phase move": lambda w: w.move("phase", "nope", 0),
    "unknown delete": lambda w: w.delete("lane", "nope"),
    "unknown participant rating": lambda w: w.set_rating("c1", "nobody", (1, 1)),
    "unknown map to duplicate": lambda w: w.duplicate_map("nope", "Copy"),
    "unknown kind": lambda w: w.add("sticker", name="x"),
    "title not text": lambda w: w.update("card", "c1", title=5),
    "direct not bool": lambda w: w.update("card", "c1", direct="yes"),
    "position not int": lambda w: w.add("phase", map_id="m1", name="x", position="1"),
    "name None": lambda w: w.update("phase", "ph1", name=None),
    "unknown field": lambda w: w.update("card", "c1", colour="red"),
    "id is fixed": lambda w: w.update("card", "c1", id="c99"),
    "position via update": lambda w: w.update("card", "c1", position=3),
    "lane via update": lambda w: w.update("card", "c1", lane_id="l2"),
    "persona lane without persona": lambda w: w.add("lane", map_id="m1", name="x", kind="persona"),
    "persona lane loses persona": lambda w: w.update("lane", "l1", persona_id=None),
    "lane kind": lambda w: w.add("lane", map_id="m1", name="x", kind="swimming"),
    "lane of unknown persona": lambda w: w.add(
        "lane", map_id="m1", name="x", kind="persona", persona_id="nope"
    ),
    "note without note_type": lambda w: w.add(
        "card", map_id="m1", lane_id="l4", phase_id="ph1", kind="note", title="x"
    ),
    "touchpoint with note_type": lambda w: w.add(
        "card", map_id="m1", lane_id="l4", phase_id="ph1", note_type="pain", title="x"
    ),
    "note type unknown": lambda w: w.update("card", "c5", note_type="rant"),
    "card into lane of another map": lambda w: w.add(
        "card", map_id="m1", lane_id="l6", phase_id="ph1", title="x"
    ),
    "card into phase of another map": lambda w: w.add(
        "card", map_id="m1", lane_id="l1", phase_id="ph8", title="x"
    ),
    "move card into lane of another map": lambda w: w.move("card", "c1", 0, lane_id="l6"),
    "move card to unknown phase": lambda w: w.move("card", "c1", 0, phase_id="nope"),
    "move phase into another map": lambda w: w.move("phase", "ph1", 0, map_id="m2"),
    "move lane into another map": lambda w: w.move("lane", "l1", 0, map_id="m2"),
    "move phase into a lane": lambda w: w.move("phase", "ph1", 0, lane_id="l1"),
    "card of unknown channel": lambda w: w.update("card", "c1", channel_id="fax"),
    "phase of unknown map": lambda w: w.add("phase", map_id="nope", name="x"),
    "existing id": lambda w: w.add("phase", map_id="m1", name="x", id="ph2"),
    "id of another kind": lambda w: w.add("phase", map_id="m1", name="x", id="p1"),
    "empty id": lambda w: w.add("participant", name="x", id=""),
    "map kind": lambda w: w.update("map", "m1", kind="dream"),
    "map based on unknown": lambda w: w.update("map", "m2", based_on="nope"),
    "duplicate map kind": lambda w: w.duplicate_map("m1", "Copy", "dream"),
    "rate a note": lambda w: w.set_rating("c5", "p1", (1, 1)),
    "info field": lambda w: w.set_info(created="yesterday"),
    "info language": lambda w: w.set_info(language="fr"),
    "persona colour": lambda w: w.update("persona", "pe1", color="orange"),
    "new persona colour": lambda w: w.add("persona", name="x", color="#12345"),
    "map based on itself": lambda w: w.update("map", "m2", based_on="m2"),
    "card based on itself": lambda w: w.update("card", "c1", based_on="c1"),
    "info not text": lambda w: w.set_info(title=None),
}


@pytest.mark.parametrize("edit", INVALID.values(), ids=INVALID.keys())
def test_invalid_edit_is_refused_and_changes_nothing(ws, workshop_path, changes, edit):
    before, digest = dump(ws), sha(workshop_path)
    with pytest.raises(InvalidEdit):
        edit(ws)
    assert dump(ws) == before
    assert sha(workshop_path) == digest
    assert changes == []
    ws.set_info(title="still editable")  # the failed edit left no transaction open
    assert raw(workshop_path, "SELECT title FROM workshop") == [("still editable",)]


def test_invalid_edit_message_says_what(ws):
    with pytest.raises(InvalidEdit, match="no card with id 'nope'"):
        ws.update("card", "nope", title="x")
    with pytest.raises(InvalidEdit, match="lane.persona: a persona lane needs a persona"):
        ws.add("lane", map_id="m1", name="x", kind="persona")
    with pytest.raises(InvalidEdit, match="belongs to another map"):
        ws.move("card", "c1", 0, lane_id="l6")


# -- reading -----------------------------------------------------------------------------------


def test_cards_come_in_board_order(ws):
    phases = {p.id: i for i, p in enumerate(ws.phases("m1"))}
    lanes = {lane.id: i for i, lane in enumerate(ws.lanes("m1"))}
    cards = ws.cards("m1")
    keys = [(phases[c.phase_id], lanes[c.lane_id], c.position) for c in cards]
    assert keys == sorted(keys)
    ws.move("lane", "l5", 0)
    cards = ws.cards("m1")
    assert [c.id for c in cards[:3]] == ["c5", "c1", "c2"]


def test_an_edit_inside_a_reading_block_does_not_wait_for_itself(ws, workshop_path):
    with ws.reading():
        card = ws.card("c1")
        ws.update("card", "c1", title="Edited while reading")
        assert ws.card("c1").title == "Edited while reading"
        assert card.title == "Flyer in the letterbox"  # rows read before stay usable
        assert ws.info().title
    assert card.title == "Flyer in the letterbox"
    assert raw(workshop_path, "SELECT title FROM card WHERE id = 'c1'") == [
        ("Edited while reading",)
    ]


def test_listener_reads_the_new_state(ws):
    seen = []
    ws.listeners.append(lambda change: seen.append(ws.card("c1").title))
    ws.update("card", "c1", title="New")
    assert seen == ["New"]
