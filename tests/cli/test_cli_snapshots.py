"""journeyboard snapshot / snapshots, export --snapshot and export --compare, as a user runs them."""

import csv
import json
import shutil
from pathlib import Path

import pytest

from storage.workshop import Workshop
from tests.cli.test_cli import assert_refused, fingerprint, run


@pytest.fixture
def demo(tmp_path: Path, workshop_path: Path) -> Path:
    target = tmp_path / "work" / "demo.journey"
    target.parent.mkdir()
    shutil.copyfile(workshop_path, target)
    return target


def _table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_snapshot_then_snapshots_lists_name_time_and_counts(demo: Path) -> None:
    result = run(demo.parent, "snapshot", demo.name, "--name", "Kick-off")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("Kick-off\t20")
    listed = run(demo.parent, "snapshots", demo.name)
    assert listed.returncode == 0, listed.stderr
    name, taken, counts = listed.stdout.rstrip("\n").split("\t")
    assert name == "Kick-off" and taken.endswith("+00:00")
    assert counts == "2 maps, 51 touchpoints, 13 notes, 144 ratings"
    as_json = json.loads(run(demo.parent, "snapshots", demo.name, "--json").stdout)
    assert [(s["name"], s["touchpoints"], s["ratings"]) for s in as_json] == [("Kick-off", 51, 144)]


def test_a_taken_name_is_refused_and_the_file_unchanged(demo: Path) -> None:
    assert run(demo.parent, "snapshot", demo.name, "--name", "Kick-off").returncode == 0
    before = fingerprint(demo)
    result = run(demo.parent, "snapshot", demo.name, "--name", "Kick-off")
    assert_refused(result, "journeyboard snapshot:", "'Kick-off' already exists")
    assert fingerprint(demo) == before
    assert run(demo.parent, "snapshot", demo.name).returncode == 2  # --name is required


def test_export_of_a_snapshot_is_the_frozen_state(demo: Path) -> None:
    assert run(demo.parent, "snapshot", demo.name, "--name", "Before").returncode == 0
    assert run(demo.parent, "export", demo.name, "--json", "before.json").returncode == 0
    with Workshop.open(demo) as workshop:
        card = workshop.cards(workshop.maps()[0].id)[0]
        workshop.update("card", card.id, title="Renamed after the workshop")
    result = run(demo.parent, "export", demo.name, "--snapshot", "Before", "--json", "s.json")
    assert result.returncode == 0, result.stderr
    assert (demo.parent / "s.json").read_text() == (demo.parent / "before.json").read_text()
    result = run(demo.parent, "export", demo.name, "--snapshot", "Before", "--csv", "s.csv")
    titles = [row["title"] for row in _table(demo.parent / "s.csv")]
    assert card.title in titles and "Renamed after the workshop" not in titles
    result = run(demo.parent, "export", demo.name, "--snapshot", "Before", "--pdf", "s.pdf")
    assert result.returncode == 0, result.stderr
    assert (demo.parent / "s.pdf").read_bytes().startswith(b"%PDF")
    missing = run(demo.parent, "export", demo.name, "--snapshot", "After", "--pdf", "x.pdf")
    assert_refused(missing, "no snapshot named 'After'", "'Before'")
    assert not (demo.parent / "x.pdf").exists()


def test_compare_a_snapshot_with_now_and_with_another(demo: Path) -> None:
    assert run(demo.parent, "snapshot", demo.name, "--name", "March").returncode == 0
    with Workshop.open(demo) as workshop:
        as_is = workshop.maps()[0]
        cards = [c for c in workshop.cards(as_is.id) if c.kind == "touchpoint"]
        removed, rated = cards[0], cards[1]
        workshop.delete("card", removed.id)
        participants = [p.id for p in workshop.participants()]
        for participant in participants:
            workshop.set_rating(rated.id, participant, (2, 5))
        lane, phase = rated.lane_id, rated.phase_id
        workshop.add("card", map_id=as_is.id, lane_id=lane, phase_id=phase, title="Chatbot")
    assert run(demo.parent, "snapshot", demo.name, "--name", "June").returncode == 0

    result = run(demo.parent, "export", demo.name, "--compare", "March", "--csv", "now.csv")
    assert result.returncode == 0, result.stderr
    rows = [r for r in _table(demo.parent / "now.csv") if r["level"] == "touchpoint"]
    by_title = {r["title"]: r for r in rows}
    assert by_title[removed.title]["change"] == "removed"
    assert by_title["Chatbot"]["change"] == "added"
    assert by_title[rated.title]["change"] == "kept"
    assert by_title[rated.title]["experience after"] == "2.00"
    assert float(by_title[rated.title]["experience change"]) > 0
    assert {r["change"] for r in rows} == {"kept", "added", "removed"}

    # The two snapshots give the same comparison as the earlier one with now.
    result = run(
        demo.parent, "export", demo.name, "--compare", "March", "--with", "June", "--csv", "s.csv"
    )
    assert result.returncode == 0, result.stderr
    assert _table(demo.parent / "s.csv") == _table(demo.parent / "now.csv")

    # German: German headers, ';' and decimal commas.
    result = run(
        demo.parent, "export", demo.name, "--compare", "March", "--csv", "de.csv", "--lang", "de"
    )
    text = (demo.parent / "de.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith('"Ebene";"Änderung"')
    assert "Erlebnis vorher" in text and '"entfernt"' in text and "2,00" in text


def test_compare_is_refused_clearly(demo: Path) -> None:
    assert run(demo.parent, "snapshot", demo.name, "--name", "March").returncode == 0
    pdf = run(demo.parent, "export", demo.name, "--compare", "March", "--png", "x.png")
    assert_refused(pdf, "--compare works with --csv only")
    unknown = run(demo.parent, "export", demo.name, "--compare", "May", "--csv", "x.csv")
    assert_refused(unknown, "no snapshot named 'May'")
    alone = run(demo.parent, "export", demo.name, "--with", "March", "--csv", "x.csv")
    assert_refused(alone, "--with names the second snapshot of --compare")
    assert not list(demo.parent.glob("x.*"))
