"""journeyboard import DATA.csv|DATA.xlsx FILE: a workshop from a touchpoint table, and
the table export --csv / --xlsx writes comes back to the same maps, phases, lanes and
touchpoints (export, edit in Excel, import)."""

import shutil
from pathlib import Path

import openpyxl
import pytest

from storage.workshop import Workshop
from tests.cli.test_cli import assert_refused, run


@pytest.fixture
def demo(tmp_path: Path, workshop_path: Path) -> Path:
    target = tmp_path / "work" / "demo.journey"
    target.parent.mkdir()
    shutil.copyfile(workshop_path, target)
    return target


def _shape(path: Path) -> list[tuple]:
    """What the table carries: per map its phases, lanes and touchpoints in board order
    (the demo's to-be evidence lane, above the customers, holds its first card in a later
    phase than theirs: its place comes back from the order of rows within each phase)."""
    with Workshop.open(path, readonly=True) as workshop:
        out = []
        channels = {c.id: c.name for c in workshop.channels()}
        for journey_map in workshop.maps():
            phases = {p.id: p.name for p in workshop.phases(journey_map.id)}
            lanes = {lane.id: lane.name for lane in workshop.lanes(journey_map.id)}
            touchpoints = [
                (
                    phases[c.phase_id],
                    lanes[c.lane_id],
                    c.title,
                    channels.get(c.channel_id or ""),
                    c.direct,
                    c.expectation,
                    c.owner,
                    c.kpi,
                    c.description,
                )
                for c in workshop.cards(journey_map.id)
                if c.kind == "touchpoint"
            ]
            used_phases = list(dict.fromkeys(t[0] for t in touchpoints))
            holding = {t[1] for t in touchpoints}
            used_lanes = [name for name in lanes.values() if name in holding]  # top to bottom
            out.append((journey_map.name, used_phases, used_lanes, touchpoints))
        return out


@pytest.mark.parametrize(
    ("kind", "extra"),
    [("csv", []), ("csv", ["--lang", "de"]), ("csv", ["--delimiter", "tab"]), ("xlsx", [])],
)
def test_an_exported_table_imports_back_to_the_same_touchpoints(
    demo: Path, kind: str, extra: list[str]
) -> None:
    out = f"table.{kind}"
    assert run(demo.parent, "export", demo.name, f"--{kind}", out, *extra).returncode == 0
    result = run(demo.parent, "import", out, "again.journey")
    assert result.returncode == 0, result.stderr
    assert _shape(demo.parent / "again.journey") == _shape(demo)


def test_a_table_edited_in_excel_becomes_the_workshop(demo: Path) -> None:
    assert run(demo.parent, "export", demo.name, "--xlsx", "table.xlsx").returncode == 0
    book = openpyxl.load_workbook(demo.parent / "table.xlsx")
    sheet = book["Touchpoints"]
    sheet["D2"] = "Flyer with a QR code"  # title of the first touchpoint
    sheet.append(["As-is", "Loyalty", "Lena", "Birthday voucher", "E-mail", "direct"])
    book.save(demo.parent / "table.xlsx")
    result = run(demo.parent, "import", "table.xlsx", "edited.journey")
    assert result.returncode == 0, result.stderr
    shape = _shape(demo.parent / "edited.journey")
    titles = [t[2] for t in shape[0][3]]
    assert titles[0] == "Flyer with a QR code" and "Birthday voucher" in titles


def test_a_table_without_title_or_phase_is_refused(demo: Path) -> None:
    (demo.parent / "x.csv").write_text("name,score\nx,1\n", encoding="utf-8")
    result = run(demo.parent, "import", "x.csv", "x.journey")
    assert_refused(result, "x.csv: row 1 needs the columns title and phase", "missing: title")
    assert not (demo.parent / "x.journey").exists()
    (demo.parent / "y.csv").write_text("title,phase,direct\nA,Awareness,maybe\n")
    result = run(demo.parent, "import", "y.csv", "y.journey")
    assert_refused(result, "y.csv: row 2: 'maybe' is neither direct nor indirect")
    assert not (demo.parent / "y.journey").exists()


def test_lanes_take_the_order_of_the_rows_within_each_phase(tmp_path: Path) -> None:
    # "Staff" first appears in the second phase, but there it is above "Lena": it comes
    # back above her. Rows that contradict each other keep the order of first appearance.
    rows = "phase,lane,title\nFind,Lena,Ad\nBuy,Staff,Till\nBuy,Lena,Pay\nUse,Tom,Eat\n"
    (tmp_path / "a.csv").write_text(rows, encoding="utf-8")
    assert run(tmp_path, "import", "a.csv", "a.journey").returncode == 0
    assert _shape(tmp_path / "a.journey")[0][2] == ["Staff", "Lena", "Tom"]
    both_ways = "phase,lane,title\nFind,Lena,Ad\nFind,Tom,Call\nBuy,Tom,Pay\nBuy,Lena,Eat\n"
    (tmp_path / "b.csv").write_text(both_ways, encoding="utf-8")
    assert run(tmp_path, "import", "b.csv", "b.journey").returncode == 0
    assert _shape(tmp_path / "b.journey")[0][2] == ["Lena", "Tom"]
