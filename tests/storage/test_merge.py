"""journeyboard merge: two copies of one workshop combined row by row, field by field;
conflicts listed and nothing written unless --prefer decides them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from export.interchange import dump
from storage.workshop import Workshop

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JOURNEYBOARD_DEBUG", None)
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=cwd,
        env=env,
        text=True,
        encoding="utf-8",
        capture_output=True,
        timeout=120,
    )


def content(path: Path) -> dict:
    with Workshop.open_snapshot(path) as workshop:
        return dump(workshop)


def first_cards(path: Path) -> list:
    with Workshop.open_snapshot(path) as workshop:
        return workshop.cards(workshop.maps()[0].id)


@pytest.fixture
def based(tmp_path: Path, workshop_path: Path) -> tuple[Path, Path]:
    """Two copies sharing a base: a merge result (which records itself as the base),
    copied to two laptops."""
    result = run(tmp_path, "merge", str(workshop_path), str(workshop_path), "-o", "base.journey")
    assert result.returncode == 0, result.stderr
    assert content(tmp_path / "base.journey") == content(workshop_path)
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    shutil.copyfile(tmp_path / "base.journey", a)
    shutil.copyfile(tmp_path / "base.journey", b)
    return a, b


def test_changes_to_different_fields_and_rows_are_all_kept(tmp_path: Path, based) -> None:
    a, b = based
    one, two, three = first_cards(a)[:3]
    with Workshop.open(a) as workshop:
        workshop.update("card", one.id, title="Title from A")
        workshop.delete("card", three.id)
    with Workshop.open(b) as workshop:
        workshop.update("card", one.id, description="Description from B")
        workshop.update("card", two.id, owner="Ben")
        added = workshop.add(
            "card", 0, map_id=one.map_id, lane_id=one.lane_id, phase_id=one.phase_id, title="New"
        )
    result = run(tmp_path, "merge", str(a), str(b), "-o", "out.journey")
    assert result.returncode == 0, result.stderr
    cards = {card.id: card for card in first_cards(tmp_path / "out.journey")}
    assert cards[one.id].title == "Title from A"
    assert cards[one.id].description == "Description from B"
    assert cards[two.id].owner == "Ben"
    assert three.id not in cards and cards[added].title == "New"
    # The board order within the new card's cell is 0..n-1 again.
    cell = sorted(
        c.position for c in cards.values() if (c.lane_id, c.phase_id) == (one.lane_id, one.phase_id)
    )
    assert cell == list(range(len(cell)))


def test_the_same_field_changed_twice_is_listed_and_nothing_is_written(
    tmp_path: Path, based
) -> None:
    a, b = based
    card = first_cards(a)[0]
    with Workshop.open(a) as workshop:
        workshop.update("card", card.id, title="Anna's title")
    with Workshop.open(b) as workshop:
        workshop.update("card", card.id, title="Ben's title")
        workshop.delete("card", first_cards(b)[1].id)
    with Workshop.open(a) as workshop:
        workshop.update("card", first_cards(a)[1].id, kpi="changed in A")
    result = run(tmp_path, "merge", str(a), str(b), "-o", "out.journey")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "2 conflicts" in lines[0] and "nothing written" in lines[0]
    assert f"card {card.id}" in lines[1] and "title" in lines[1]
    assert "'Anna's title'" in lines[1] and "'Ben's title'" in lines[1]
    assert "deleted in" in lines[2] and "changed in" in lines[2]
    assert not (tmp_path / "out.journey").exists()

    result = run(tmp_path, "merge", str(a), str(b), "-o", "out.journey", "--prefer", "b")
    assert result.returncode == 0, result.stderr
    cards = {c.id: c for c in first_cards(tmp_path / "out.journey")}
    assert cards[card.id].title == "Ben's title" and first_cards(a)[1].id not in cards

    result = run(tmp_path, "merge", str(a), str(b), "-o", "out-a.journey", "--prefer", "a")
    assert result.returncode == 0, result.stderr
    cards = {c.id: c for c in first_cards(tmp_path / "out-a.journey")}
    assert cards[card.id].title == "Anna's title"
    assert cards[first_cards(a)[1].id].kpi == "changed in A"


def test_without_a_common_base_every_difference_is_a_conflict(
    tmp_path: Path, workshop_path: Path
) -> None:
    other = tmp_path / "other.journey"
    shutil.copyfile(workshop_path, other)
    card = first_cards(other)[0]
    with Workshop.open(other) as workshop:
        workshop.update("card", card.id, title="Only here")
        workshop.add("participant", name="Carla")
    result = run(tmp_path, "merge", str(workshop_path), str(other), "-o", "out.journey")
    assert result.returncode == 1
    assert "1 conflict " in result.stderr.splitlines()[0]
    assert "Only here" in result.stderr
    # --prefer decides; the participant only one copy has is kept.
    assert run(tmp_path, "merge", str(workshop_path), str(other), "-o", "out.journey",
               "--prefer", "b").returncode == 0  # fmt: skip
    merged = content(tmp_path / "out.journey")
    assert [p["name"] for p in merged["participants"]][-1] == "Carla"
    assert merged["maps"][0]["cards"][0]["title"] == "Only here"


def test_a_card_added_to_a_lane_the_other_deleted_is_refused(tmp_path: Path, based) -> None:
    a, b = based
    card = first_cards(a)[0]
    with Workshop.open(a) as workshop:
        workshop.delete("lane", card.lane_id)
    with Workshop.open(b) as workshop:
        added = workshop.add(
            "card", map_id=card.map_id, lane_id=card.lane_id, phase_id=card.phase_id, title="Late"
        )
    result = run(tmp_path, "merge", str(a), str(b), "-o", "out.journey")
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line and f"card {added}" in line and "lane" in line and "deleted" in line
    assert not (tmp_path / "out.journey").exists()


def test_merging_a_copy_with_itself_is_lossless_and_refuses_an_existing_output(
    tmp_path: Path, workshop_path: Path
) -> None:
    (tmp_path / "taken.journey").write_bytes(b"")
    result = run(tmp_path, "merge", str(workshop_path), str(workshop_path), "-o", "taken.journey")
    assert result.returncode == 1 and "taken.journey" in result.stderr
    assert (tmp_path / "taken.journey").read_bytes() == b""
    result = run(tmp_path, "merge", str(workshop_path), str(workshop_path), "-o", "same.journey")
    assert result.returncode == 0, result.stderr
    assert json.dumps(content(tmp_path / "same.journey")) == json.dumps(content(workshop_path))
