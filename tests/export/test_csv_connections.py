"""Export: the connections as a second CSV table beside the touchpoint table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from export import run_export
from storage.workshop import Workshop


def _read(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_connections_go_into_a_second_table_beside_the_touchpoints(
    workshop_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    with Workshop.open(workshop_path) as workshop:
        workshop.add("connection", map_id="m1", from_card="c1", to_card="c6", label="reads on")
        workshop.add(
            "connection", map_id="m1", from_card="c6", to_card="c1", kind="return", label="=zurück"
        )
        run_export(workshop, "csv", tmp_path / "out" / "table.csv", lang="de")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "table-connections.csv",
        "table.csv",
    ]
    rows = _read(tmp_path / "out" / "table-connections.csv", ";")
    assert rows[0] == [
        "Karte",
        "von Karte",
        "von Phase",
        "zu Karte",
        "zu Phase",
        "Art",
        "Beschriftung",
    ]
    assert rows[1][1:] == [
        "Flyer in the letterbox",
        "Awareness",
        "Browsing the shop on the phone",
        "Interest",
        "nächster Schritt",
        "reads on",
    ]
    assert rows[2][5:] == ["Schleife zurück", "'=zurück"]  # a formula is defused
    # The touchpoint table itself is unchanged: one row per touchpoint.
    assert len(_read(tmp_path / "out" / "table.csv", ";")) > 10


def test_no_connections_no_second_file(workshop_path: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with Workshop.open(workshop_path, readonly=True) as workshop:
        run_export(workshop, "csv", tmp_path / "out" / "table.csv", map_name="As-is")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["table.csv"]
