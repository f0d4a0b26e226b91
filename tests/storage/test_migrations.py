"""Older workshop files: every released schema version's fixture opens and upgrades."""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from export.interchange import VERSION, dump, load
from storage import db
from storage.migrations import STEPS, migrate
from storage.workshop import Workshop
from tests.storage.version2 import upgraded

FILES = Path(__file__).resolve().parents[1] / "_files"
# Every older version has a fixture; the current one gets its own when it is released.
VERSIONS = [
    v for v in range(1, db.SCHEMA_VERSION + 1) if (FILES / f"workshop-v{v}.journey").is_file()
]


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def _expected(version: int) -> dict:
    """What the fixture of ``version`` holds, as this version's interchange JSON writes it."""
    data = json.loads((FILES / f"workshop-v{version}.json").read_text(encoding="utf-8"))
    if version == 1:
        data = upgraded(data)
    return data | {"version": VERSION}


@pytest.fixture(params=VERSIONS, ids=lambda v: f"v{v}")
def old_file(request, tmp_path) -> tuple[int, Path]:
    source = FILES / f"workshop-v{request.param}.journey"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    yield request.param, copy
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest  # the fixture is untouched


def test_every_released_version_has_a_fixture_and_a_migration():
    assert set(range(1, db.SCHEMA_VERSION)) <= set(VERSIONS)
    for version in VERSIONS:
        assert (FILES / f"workshop-v{version}.journey").is_file()
        assert (FILES / f"workshop-v{version}.json").is_file()
    assert sorted(STEPS) == list(range(1, db.SCHEMA_VERSION))


def test_fixture_passes_the_opening_checks(old_file):
    version, path = old_file
    assert _version(path) == version
    assert db.check_file(path) == version


def test_fixture_opens_upgrades_and_dumps_as_expected(old_file):
    version, path = old_file
    expected = _expected(version)
    with Workshop.open(path) as workshop:
        assert dump(workshop) == expected
        assert workshop.info().created == "2026-01-01T00:00:00+00:00"
    assert _version(path) == db.SCHEMA_VERSION
    assert db.check_file(path) == db.SCHEMA_VERSION
    # The original stays beside it, byte for byte, and still opens as it was.
    kept = path.with_name(f"{path.stem} (version {version}){path.suffix}")
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, kept.name])
    assert kept.read_bytes() == (FILES / f"workshop-v{version}.journey").read_bytes() or (
        _version(kept) == version and db.check_file(kept) == version
    )


def test_an_older_file_read_only_is_upgraded_in_memory_and_left_unchanged(old_file):
    version, path = old_file
    before = path.read_bytes()
    expected = _expected(version)
    with Workshop.open(path, readonly=True) as workshop:
        assert dump(workshop) == expected
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_fixture_content(old_file):
    _version_number, path = old_file
    with Workshop.open(path, readonly=True) as workshop:
        data = dump(workshop)
    assert data["title"] == "Fixture v1: Café Ümlaut 🥐"
    assert [p["name"] for p in data["participants"]] == ["Anna", "Ben"]
    assert data["personas"][0]["picture"]
    as_is, to_be = data["maps"]
    assert [p["name"] for p in as_is["phases"]] == [
        "Awareness",
        "Consideration",
        "Conversion",
        "After-sales",
    ]
    assert [c["id"] for c in as_is["cards"]] == ["c1", "c2", "c3"]
    assert as_is["cards"][0]["ratings"][0] == {
        "participant": "p1",
        "experience": -2,
        "importance": 5,
    }
    assert as_is["cards"][2]["description"] == "NUL\x00 and RTL مخبز"
    assert to_be["based_on"] == "m1" and to_be["cards"][0]["based_on"] == "c1"


def test_upgraded_fixture_can_be_edited_and_round_trips(old_file, tmp_path):
    _version_number, path = old_file
    with Workshop.open(path) as workshop:
        card = workshop.add("card", 0, map_id="m1", lane_id="l1", phase_id="ph2", title="New")
        workshop.set_rating(card, "p1", (2, 3))
        workshop.delete("participant", "p2")
        data = dump(workshop)
    load(data, tmp_path / "again.journey")
    with Workshop.open(tmp_path / "again.journey", readonly=True) as again:
        assert dump(again) == data


def test_migrate_reports_the_version_it_found(old_file):
    version, path = old_file
    connection = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
    try:
        assert migrate(connection) == version
        assert migrate(connection) == db.SCHEMA_VERSION
    finally:
        connection.close()
    assert _version(path) == db.SCHEMA_VERSION


def test_an_upgraded_file_has_the_team_library_tables_and_no_base(old_file):
    _version_number, path = old_file
    with Workshop.open(path):
        pass
    connection = sqlite3.connect(path)
    try:
        for table in ("sync_origin", "sync_row"):  # the base of a pulled copy: none yet
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        connection.close()


def test_an_upgraded_version_1_file_takes_actions_evidence_and_comments(old_file):
    version, path = old_file
    if version != 1:
        pytest.skip("the version-1 fixture only")
    with Workshop.open(path) as workshop:
        assert {card.evidence for card in workshop.cards("m1")} == {"assumption"}
        workshop.update("card", "c1", evidence="observed", source="Till receipts")
        action = workshop.add("action", map_id="m1", title="Faster checkout", owner="Ben")
        workshop.set_action_cards(action, ["c1"])
        workshop.add("comment", card_id="c1", author="Anna", text="Measured in March")
        data = dump(workshop)
    card = data["maps"][0]["cards"][0]
    assert (card["evidence"], card["source"]) == ("observed", "Till receipts")
    assert [c["text"] for c in card["comments"]] == ["Measured in March"]
    assert data["maps"][0]["actions"][0] | {"id": ""} == {
        "id": "",
        "title": "Faster checkout",
        "cards": ["c1"],
        "owner": "Ben",
        "status": "open",
        "due": "",
        "value": 3,
        "effort": 3,
    }
    assert db.check_file(path) == db.SCHEMA_VERSION


def test_an_upgraded_file_takes_and_restores_snapshots(old_file):
    version, path = old_file
    expected = _expected(version)
    with Workshop.open(path) as workshop:
        assert workshop.snapshots() == []
        snapshot = workshop.take_snapshot("After the upgrade")
        workshop.delete("map", "m2")
        workshop.replace_state(workshop.snapshot_state(snapshot))
        assert dump(workshop) == expected
