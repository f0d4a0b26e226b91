"""Export: the touchpoint table as CSV for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import demo_workshop
from export.csv_table import COLUMNS, write_csv
from export.interchange import load
from storage.workshop import Workshop


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Workshop]:
    path = tmp_path / "de.journey"
    load(demo_workshop("de"), path)
    with Workshop.open(path, readonly=True) as workshop:
        yield workshop


def _read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def test_columns_umlauts_and_bom(german: Workshop, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read(out)
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 41  # 30 + 11 touchpoints, no notes
    assert any("Bäckerei" in row["description"] for row in rows)
    assert {row["map"] for row in rows} == {"Ist-Zustand", "Soll-Zustand"}
    assert {row["direct"] for row in rows} == {"direct", "indirect"}
    first = rows[0]
    assert first["title"] == "Flyer im Briefkasten"
    assert first["experience"] == "0.33" and first["importance"] == "2.33"
    assert first["votes"] == "3"


def test_unrated_is_empty_never_zero(german: Workshop, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out)
    unrated = [row for row in _read(out) if row["votes"] == "0"]
    assert unrated
    for row in unrated:
        assert row["experience"] == "" and row["importance"] == "" and row["disagreement"] == ""


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(german: Workshop, tmp_path: Path, delimiter: str) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out, delimiter=delimiter)
    rows = _read(out, delimiter)
    assert tuple(rows[0]) == COLUMNS and len(rows) == 41
    decimal = "," if delimiter == ";" else "."
    assert rows[0]["experience"] == f"0{decimal}33"


def test_one_map_and_atomic_failure(german: Workshop, tmp_path: Path) -> None:
    from export import ExportError

    map_id = german.maps()[1].id
    out = tmp_path / "t.csv"
    write_csv(german, out, maps=[map_id])
    assert {row["map"] for row in _read(out)} == {"Soll-Zustand"}
    before = out.read_bytes()
    with pytest.raises(ExportError):
        write_csv(german, out, delimiter="|")
    with pytest.raises(ExportError):
        write_csv(german, out, maps=["nope"])
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["de.journey", "t.csv"]


def test_formulas_are_defused(tmp_path: Path) -> None:
    data = demo_workshop("en")
    card = data["maps"][0]["cards"][0]
    card["title"] = "=HYPERLINK(\"http://x\")"
    card["owner"] = "-5 days"
    card["kpi"] = "-5"
    path = tmp_path / "w.journey"
    load(data, path)
    out = tmp_path / "t.csv"
    with Workshop.open(path, readonly=True) as workshop:
        write_csv(workshop, out)
    row = _read(out)[0]
    assert row["title"] == "'=HYPERLINK(\"http://x\")"
    assert row["owner"] == "'-5 days"
    assert row["kpi"] == "-5"
