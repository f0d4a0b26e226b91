"""journeyboard export --xlsx: one sheet per table, typed cells, in the workshop's language."""

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from storage.workshop import Workshop
from tests.cli.test_cli import run


@pytest.fixture
def demo(tmp_path: Path, workshop_path: Path) -> Path:
    target = tmp_path / "work" / "demo.journey"
    target.parent.mkdir()
    shutil.copyfile(workshop_path, target)
    return target


def test_the_workbook_has_the_tables_with_numbers_as_numbers(demo: Path) -> None:
    with Workshop.open(demo) as workshop:
        workshop.update("card", "c1", title='=HYPERLINK("http://x")')
    result = run(demo.parent, "export", demo.name, "--xlsx", "tables.xlsx")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(demo.parent / "tables.xlsx")
    assert book.sheetnames == ["Touchpoints", "Measurements", "As-is vs. to-be"]
    touchpoints = list(book["Touchpoints"].iter_rows(values_only=True))
    header = touchpoints[0]
    assert header[:4] == ("map", "phase", "lane", "title")
    rows = {row[3]: dict(zip(header, row, strict=True)) for row in touchpoints[1:]}
    assert len(rows) == 51  # 30 as-is + 21 to-be touchpoints
    flyer = rows['=HYPERLINK("http://x")']  # text, never a formula
    assert book["Touchpoints"]["D2"].data_type == "s"
    assert isinstance(flyer["experience"], float) and isinstance(flyer["votes"], int)
    measured = list(book["Measurements"].iter_rows(values_only=True))
    assert measured[0] == (
        "map",
        "touchpoint id",
        "touchpoint",
        "metric",
        "date",
        "value",
        "unit",
        "target",
    )
    assert (
        "As-is",
        "c17",
        "Checkout and payment",
        "Checkout conversion rate",
        dt.datetime(2026, 3, 31),
        52.0,
        "%",
        60.0,
    ) in measured
    # The measurements sheet imports back as it is.
    again = run(demo.parent, "measurements", demo.name, "--import", "tables.xlsx")
    assert again.stdout == "15 measurements imported (15 replaced a value already there)\n"


def test_german_sheet_names_and_headers(demo: Path) -> None:
    result = run(demo.parent, "export", demo.name, "--xlsx", "de.xlsx", "--lang", "de")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(demo.parent / "de.xlsx")
    assert book.sheetnames == ["Touchpoints", "Messwerte", "Ist vs. Soll"]
    assert [c.value for c in book["Messwerte"][1]][3:6] == ["Kennzahl", "Datum", "Wert"]
