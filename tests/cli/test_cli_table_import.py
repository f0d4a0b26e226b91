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
    """What the table carries: per map its phases, lanes and touchpoints in board order.

    A table has no order of lanes (an import makes each where it first appears, and the
    demo's evidence lane holds its first card in a later phase than the customers' lanes),
    so the touchpoints of a phase are compared lane by lane in the order of the names,
    each cell's cards in the table's order.
    """
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
            touchpoints.sort(key=lambda t: (used_phases.index(t[0]), t[1]))
            used_lanes = list(dict.fromkeys(t[1] for t in touchpoints))
            out.append((journey_map.name, used_phases, sorted(used_lanes), touchpoints))
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
