"""Actions, their cards, comments and evidence in the file: stored, refused, restored."""

import sqlite3
from pathlib import Path

import pytest

from storage.errors import InvalidEdit
from storage.tables import TABLES
from storage.workshop import Workshop


def raw(path: Path, sql: str, *params: object) -> list[tuple]:
    """Rows read through a second connection: what is really on disk."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture
def ws(workshop_path):
    workshop = Workshop.open(workshop_path)
    yield workshop
    workshop.close()


def _first_map(ws: Workshop) -> tuple[str, list[str]]:
    map_id = ws.maps()[0].id
    return map_id, [card.id for card in ws.cards(map_id)]


def test_an_action_with_its_cards_is_stored(ws, workshop_path):
    map_id, cards = _first_map(ws)
    action = ws.add("action", map_id=map_id, title="Call back within a day", owner="Ben")
    ws.update("action", action, status="in-progress", due="2026-03-31", value=5, effort=2)
    ws.set_action_cards(action, [cards[2], cards[0]])
    assert raw(
        workshop_path,
        "SELECT title, owner, status, due, value, effort FROM action WHERE id = ?",
        action,
    ) == [("Call back within a day", "Ben", "in-progress", "2026-03-31", 5, 2)]
    assert ws.action_cards(map_id)[action] == [cards[2], cards[0]]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "later"}, "action.status: must be open, in-progress, done or dropped"),
        ({"value": 6}, "action.value: must be between 1 and 5"),
        ({"effort": 0}, "action.effort: must be between 1 and 5"),
        ({"due": "31.03.2026"}, "action.due: must be a date like 2026-03-31"),
        ({"due": "2026-02-30"}, "action.due: must be a date like 2026-03-31"),
    ],
)
def test_bad_action_fields_are_refused_and_nothing_changes(ws, workshop_path, fields, message):
    map_id, _cards = _first_map(ws)
    action = ws.add("action", map_id=map_id, title="Fix it")
    before = raw(workshop_path, "SELECT * FROM action")
    with pytest.raises(InvalidEdit, match=message):
        ws.update("action", action, **fields)
    assert raw(workshop_path, "SELECT * FROM action") == before


def test_an_action_refuses_cards_of_another_map_and_missing_ones(ws, workshop_path):
    maps = ws.maps()
    action = ws.add("action", map_id=maps[0].id, title="Fix it")
    other = ws.cards(maps[1].id)[0].id
    with pytest.raises(InvalidEdit, match=f"card '{other}' belongs to another map"):
        ws.set_action_cards(action, [other])
    with pytest.raises(InvalidEdit, match="no card with id 'nope'"):
        ws.set_action_cards(action, ["nope"])
    assert raw(workshop_path, "SELECT * FROM action_card WHERE action_id = ?", action) == []


def test_deleting_a_card_drops_its_links_and_comments_and_restore_brings_them_back(
    ws, workshop_path
):
    map_id, cards = _first_map(ws)
    action = ws.add("action", map_id=map_id, title="Fix it")
    ws.set_action_cards(action, [cards[0], cards[1]])
    ws.add("comment", card_id=cards[0], author="Anna", text="Is this measured?")
    snapshot = ws.delete("card", cards[0])
    assert ws.action_cards(map_id)[action] == [cards[1]]
    assert raw(workshop_path, "SELECT count(*) FROM comment WHERE card_id = ?", cards[0]) == [(0,)]
    ws.restore(snapshot)
    assert ws.action_cards(map_id)[action] == [cards[0], cards[1]]
    assert [c.text for c in ws.comments(cards[0])] == ["Is this measured?"]


def test_deleting_a_map_takes_its_actions_and_restore_brings_them_back(ws):
    map_id, cards = _first_map(ws)
    action = ws.add("action", map_id=map_id, title="Fix it")
    ws.set_action_cards(action, [cards[0]])
    before = [TABLES["action"].values(a) for a in ws.actions(map_id)]
    snapshot = ws.delete("map", map_id)
    assert ws.actions(map_id) == []
    ws.restore(snapshot)
    assert [TABLES["action"].values(a) for a in ws.actions(map_id)] == before
    assert ws.action_cards(map_id)[action] == [cards[0]]


def test_evidence_is_stored_and_checked(ws, workshop_path):
    _map_id, cards = _first_map(ws)
    ws.update("card", cards[0], evidence="observed", source="Call log, March")
    assert raw(workshop_path, "SELECT evidence, source FROM card WHERE id = ?", cards[0]) == [
        ("observed", "Call log, March")
    ]
    with pytest.raises(InvalidEdit, match="card.evidence: must be assumption, reported or"):
        ws.update("card", cards[0], evidence="rumour")
