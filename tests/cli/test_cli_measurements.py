"""journeyboard measurements --import from CSV and Excel, as a user runs it: what lands in
the file, what is refused (the file unchanged), info --json counts, and the JSON."""

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from storage.workshop import Workshop
from tests.cli.test_cli import assert_refused, fingerprint, run


@pytest.fixture
def demo(tmp_path: Path, workshop_path: Path) -> Path:
    target = tmp_path / "work" / "demo.journey"
    target.parent.mkdir()
    shutil.copyfile(workshop_path, target)
    return target


def _stored(path: Path, card_id: str, metric: str) -> list[tuple]:
    with Workshop.open(path, readonly=True) as workshop:
        return [
            (row.date, row.value, row.unit, row.target)
            for row in workshop.card_measurements(card_id)
            if row.metric == metric
        ]


def test_three_months_of_nps_from_an_excel_file(demo: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet.append(["Touchpoint", "Metric", "Date", "Value", "Unit", "Target"])
    sheet.append(["c1", "NPS", dt.date(2026, 1, 31), 12, None, 40])
    sheet.append(["Flyer in the letterbox", "NPS", dt.datetime(2026, 2, 28), 18.5, None, 40])
    sheet.append(["c1", "NPS", "2026-03-31", 25, "", 40])
    book.save(demo.parent / "nps.xlsx")
    result = run(demo.parent, "measurements", demo.name, "--import", "nps.xlsx")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3 measurements imported\n"
    assert _stored(demo, "c1", "NPS") == [
        ("2026-01-31", 12.0, "", 40.0),
        ("2026-02-28", 18.5, "", 40.0),
        ("2026-03-31", 25.0, "", 40.0),
    ]
    # The same table again replaces the values instead of counting them twice.
    again = run(demo.parent, "measurements", demo.name, "--import", "nps.xlsx")
    assert again.stdout == "3 measurements imported (3 replaced a value already there)\n"
    assert len(_stored(demo, "c1", "NPS")) == 3
    info = json.loads(run(demo.parent, "info", demo.name, "--json").stdout)
    # The demo's as-is map comes with 15 measurements of its own.
    assert [m["measurements"] for m in info["maps"]] == [18, 0]
    exported = run(demo.parent, "export", demo.name, "--json", "out.json")
    assert exported.returncode == 0, exported.stderr
    data = json.loads((demo.parent / "out.json").read_text(encoding="utf-8"))
    nps = [m for m in data["maps"][0]["measurements"] if m["card"] == "c1"]
    assert [(m["metric"], m["date"], m["value"], m["target"]) for m in nps] == [
        ("NPS", "2026-01-31", 12.0, 40.0),
        ("NPS", "2026-02-28", 18.5, 40.0),
        ("NPS", "2026-03-31", 25.0, 40.0),
    ]
    assert run(demo.parent, "import", "out.json", "copy.journey").returncode == 0
    assert _stored(demo.parent / "copy.journey", "c1", "NPS") == _stored(demo, "c1", "NPS")


def test_a_german_csv_with_decimal_commas_and_german_dates(demo: Path) -> None:
    (demo.parent / "werte.csv").write_bytes(
        "Touchpoint;Kennzahl;Datum;Wert;Einheit;Zielwert\r\n"
        "c2;Zufriedenheit;31.01.2026;3,5;Punkte;4,5\r\n"
        "c2;Zufriedenheit;28.02.2026;52%;;\r\n".encode("cp1252")
    )
    result = run(demo.parent, "measurements", demo.name, "--import", "werte.csv")
    assert result.returncode == 0, result.stderr
    assert _stored(demo, "c2", "Zufriedenheit") == [
        ("2026-01-31", 3.5, "Punkte", 4.5),
        ("2026-02-28", 52.0, "%", None),
    ]


def test_bad_rows_refuse_the_whole_import_unless_skipped(demo: Path) -> None:
    (demo.parent / "mixed.csv").write_text(
        "touchpoint,metric,date,value\n"
        "c1,NPS,2026-01-31,12\n"
        "Nobody's touchpoint,NPS,2026-01-31,3\n"
        "c1,NPS,yesterday,4\n"
        "c1,NPS,2026-02-28,many\n",
        encoding="utf-8",
    )
    before = fingerprint(demo)
    result = run(demo.parent, "measurements", demo.name, "--import", "mixed.csv")
    assert_refused(
        result,
        "mixed.csv: 3 of 4 rows refused, nothing imported (--skip-bad imports the others)",
        'row 3: no touchpoint with the id or title "Nobody\'s touchpoint"',
        "row 4: 'yesterday' is not a date",
        "row 5: value 'many' is not a number",
    )
    assert fingerprint(demo) == before
    skipped = run(demo.parent, "measurements", demo.name, "--import", "mixed.csv", "--skip-bad")
    assert skipped.stdout == "1 measurements imported, 3 rows skipped\n"
    assert _stored(demo, "c1", "NPS") == [("2026-01-31", 12.0, "", None)]


def test_a_title_on_two_maps_needs_the_map(demo: Path) -> None:
    with Workshop.open(demo) as workshop:  # the to-be map keeps a touchpoint's title
        to_be = workshop.maps()[1]
        title = workshop.card("c1").title
        lane, phase = workshop.lanes(to_be.id)[0].id, workshop.phases(to_be.id)[0].id
        copy = workshop.add("card", map_id=to_be.id, lane_id=lane, phase_id=phase, title=title)
    (demo.parent / "t.csv").write_text(f"touchpoint,metric,date,value\n{title},NPS,2026-01-31,1\n")
    result = run(demo.parent, "measurements", demo.name, "--import", "t.csv")
    assert_refused(result, "row 2: 2 touchpoints are titled", "give the id or choose the map")
    result = run(demo.parent, "measurements", demo.name, "--import", "t.csv", "--map", "To-be")
    assert result.returncode == 0, result.stderr
    assert _stored(demo, copy, "NPS") == [("2026-01-31", 1.0, "", None)]
    assert _stored(demo, "c1", "NPS") == []


def test_a_table_without_the_columns_or_not_a_table_is_refused(demo: Path) -> None:
    (demo.parent / "x.csv").write_text("name,score\nc1,3\n")
    result = run(demo.parent, "measurements", demo.name, "--import", "x.csv")
    assert_refused(result, "x.csv: row 1 needs the columns", "missing: touchpoint, metric, date")
    (demo.parent / "x.xlsx").write_text("not a workbook")
    result = run(demo.parent, "measurements", demo.name, "--import", "x.xlsx")
    assert_refused(result, "x.xlsx: cannot be read (not an Excel .xlsx workbook)")
    result = run(demo.parent, "measurements", demo.name, "--import", "missing.csv")
    assert_refused(result, "missing.csv")
