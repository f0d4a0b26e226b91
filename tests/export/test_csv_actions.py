"""The action list CSV and the evidence columns of the touchpoint table."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.demo import demo_workshop
from export.csv_actions import write_actions_csv
from export.csv_table import write_csv
from export.interchange import load
from storage.workshop import Workshop


def _read(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.fixture
def demo(tmp_path: Path):
    load(demo_workshop("de"), tmp_path / "demo.journey")
    with Workshop.open(tmp_path / "demo.journey") as workshop:
        yield workshop


def test_the_action_list_in_german_in_plan_order(demo: Workshop, tmp_path: Path) -> None:
    out = tmp_path / "actions.csv"
    write_actions_csv(demo, out)
    rows = _read(out, ";")
    assert rows[0] == [
        "Karte",
        "Nr.",
        "Maßnahme",
        "Karten",
        "Verantwortlich",
        "Status",
        "fällig",
        "Nutzen",
        "Aufwand",
    ]
    assert rows[1] == [
        "Ist-Zustand",
        "1",
        "Gastbestellung und Kauf auf Rechnung",
        "Kasse und Bezahlung | Kundenkonto vor dem Bezahlen | Gastbestellung und Kauf auf Rechnung",
        "Webagentur",
        "offen",
        "2026-04-30",
        "5",
        "2",
    ]
    assert [row[5] for row in rows[1:]] == [
        "offen",
        "offen",
        "in Arbeit",
        "offen",
        "erledigt",
        "verworfen",
    ]
    # Numbers are bare, so a spreadsheet reads value and effort as numbers.
    assert out.read_bytes().decode("utf-8-sig").split("\r\n")[1].endswith('"2026-04-30";5;2')


def test_an_action_title_that_looks_like_a_formula_is_defused(
    demo: Workshop, tmp_path: Path
) -> None:
    demo.update("action", "a1", title='=HYPERLINK("http://x")', owner="+Ben")
    out = tmp_path / "actions.csv"
    write_actions_csv(demo, out, delimiter=",", lang="en")
    row = next(r for r in _read(out, ",") if r[2].startswith("'="))
    assert row[2] == '\'=HYPERLINK("http://x")' and row[4] == "'+Ben"
    assert row[5] == "in progress"


def test_the_touchpoint_table_names_each_touchpoints_evidence_and_source(
    demo: Workshop, tmp_path: Path
) -> None:
    out = tmp_path / "touchpoints.csv"
    write_csv(demo, out, lang="en", delimiter=",")
    rows = _read(out, ",")
    assert rows[0][-2:] == ["evidence", "source"]
    delivery = next(r for r in rows if r[3] == "Lieferung kommt an")
    assert delivery[-2:] == ["observed", "Lieferbuch März: 9 von 30 zu spät"]
    flyer = next(r for r in rows if r[3] == "Flyer im Briefkasten")
    assert flyer[-2:] == ["assumption", ""]
