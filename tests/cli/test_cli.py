"""The command line through a real subprocess: outputs, exit codes, one-line messages."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

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


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 1 with exactly one line on stderr (no traceback) containing ``words``."""
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli-demo")
    result = run(folder, "demo", "demo.journey")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return folder / "demo.journey"


def test_new_from_german_seven_phase_template(tmp_path):
    result = run(tmp_path, "new", "x.journey", "--template", "7-phases", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    info = run(tmp_path, "info", "x.journey", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["language"] == "de"
    assert [m["phases"] for m in data["maps"]] == [
        ["Bewusstsein", "Interesse", "Entscheidung", "Kauf", "Nachkauf", "Bindung", "Erweiterung"]
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.journey"]


def test_new_with_title_and_text_info(tmp_path):
    result = run(tmp_path, "new", "t.journey", "--template", "4-phases", "--title", "Ö Test")
    assert result.returncode == 0
    info = run(tmp_path, "info", "t.journey")
    assert info.returncode == 0
    assert info.stdout.startswith("Ö Test  [en]")
    assert "Map " in info.stdout


def test_demo_export_import_export_is_identical(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    first = run(tmp_path, "export", "demo.journey", "--json", "first.json")
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    imported = run(tmp_path, "import", "first.json", "copy.journey")
    assert imported.returncode == 0, imported.stderr
    second = run(tmp_path, "export", "copy.journey", "--json", "second.json")
    assert second.returncode == 0, second.stderr
    text = (tmp_path / "first.json").read_text(encoding="utf-8")
    assert (tmp_path / "second.json").read_text(encoding="utf-8") == text
    from app.demo import demo_workshop

    assert json.loads(text) == demo_workshop("en")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "copy.journey",
        "demo.journey",
        "first.json",
        "second.json",
    ]


def test_info_json_of_the_demo(demo_file):
    result = run(demo_file.parent, "info", demo_file.name, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["title"] == "Sonnenkorn Bakery: online orders and delivery"
    assert [m["name"] for m in data["maps"]] == ["As-is", "To-be"]
    assert data["participants"] == ["Anna", "Ben", "Clara"]


def _text(path: Path, _demo: Path) -> None:
    path.write_text("hello\n")


def _foreign(path: Path, _demo: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text, "not a Journeyboard workshop"),
        (_foreign, "another application"),
        (_truncated, "damaged"),
    ],
    ids=["text", "foreign-sqlite", "truncated"],
)
@pytest.mark.parametrize("command", ["info", "export"])
def test_refused_files_exit_1_with_one_line_and_stay_unchanged(
    tmp_path, demo_file, make, words, command
):
    path = tmp_path / "bad file.journey"
    make(path, demo_file)
    before = fingerprint(path)
    args = ["info", path.name] if command == "info" else ["export", path.name, "--json", "o.json"]
    result = run(tmp_path, *args)
    assert_refused(result, "bad file.journey", words)
    assert result.stdout == ""
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad file.journey"]


def test_missing_file(tmp_path):
    assert_refused(run(tmp_path, "info", "nothing.journey"), "nothing.journey", "no such file")


@pytest.mark.parametrize(
    "args",
    [
        ["new"],
        ["new", "x.journey", "--template", "12-phases"],
        ["new", "x.journey", "--lang", "fr"],
        ["info"],
        ["export", "x.journey"],
        ["export", "x.journey", "--json", "a.json", "--csv", "b.csv"],
        ["export", "x.journey", "--pdf", "a.pdf", "--page-size", "B5"],
        ["import", "in.json"],
        ["demo", "x.journey", "--colour"],
    ],
    ids=lambda args: " ".join(args),
)
def test_bad_usage_exits_2(tmp_path, args):
    result = run(tmp_path, *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("journeyboard")
    assert len(result.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_help_exits_0(tmp_path):
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    assert "import" in result.stdout


def test_import_of_bad_json_names_the_path_and_writes_nothing(tmp_path):
    from app.demo import demo_workshop

    data = demo_workshop("en")
    data["maps"][0]["cards"][3]["ratings"][1]["experience"] = 3
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    result = run(tmp_path, "import", "bad.json", "out.journey")
    assert_refused(result, "maps[0].cards[3].ratings[1].experience: must be between -2 and 2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"format": "journeyboard", ', ["bad.json", "not valid JSON (line 1"]),
        ("[" * 100_000 + "]" * 100_000, ["bad.json", "nested too deeply"]),
        ('{"format": "journeyboard", "version": 3, "title": ""}', ["version: format version 3"]),
        ("[]", ["(top level): must be a JSON object"]),
    ],
    ids=["truncated", "deep", "newer", "array"],
)
def test_import_of_unreadable_json(tmp_path, content, words):
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    result = run(tmp_path, "import", "bad.json", "out.journey")
    assert_refused(result, *words)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_import_of_a_missing_file(tmp_path):
    result = run(tmp_path, "import", "none.json", "out.journey")
    assert_refused(result, "none.json", "no such file")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["new", "demo", "import"])
def test_existing_output_is_refused_and_left_unchanged(tmp_path, demo_file, command):
    target = tmp_path / "x.journey"
    target.write_text("my notes, not a workshop")
    before = fingerprint(target)
    if command == "import":
        (tmp_path / "in.json").write_text(json.dumps(_demo_dict()), encoding="utf-8")
        result = run(tmp_path, "import", "in.json", "x.journey")
    else:
        result = run(tmp_path, command, "x.journey")
    assert_refused(result, "x.journey", "already exists")
    assert fingerprint(target) == before
    assert not [p for p in tmp_path.iterdir() if p.name not in ("x.journey", "in.json")]


def _demo_dict() -> dict:
    from app.demo import demo_workshop

    return demo_workshop("en")


def test_export_of_an_unknown_map_names_the_maps(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    result = run(tmp_path, "export", "demo.journey", "--json", "out.json", "--map", "NoSuchMap")
    assert_refused(result, "'NoSuchMap'", "'As-is'", "'To-be'")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey"]


def test_export_into_a_missing_folder(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    result = run(tmp_path, "export", "demo.journey", "--json", "no/such/out.json")
    assert_refused(result, "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey"]


def test_export_replaces_an_existing_output(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    (tmp_path / "out.json").write_text("old")
    assert run(tmp_path, "export", "demo.journey", "--json", "out.json").returncode == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == _demo_dict()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey", "out.json"]


def test_export_onto_the_workshop_itself_is_refused(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    before = fingerprint(tmp_path / "demo.journey")
    result = run(tmp_path, "export", "demo.journey", "--json", "./demo.journey")
    assert_refused(result, "demo.journey", "workshop file itself")
    assert fingerprint(tmp_path / "demo.journey") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey"]


def test_export_onto_a_folder_is_refused(tmp_path, demo_file):
    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    (tmp_path / "out").mkdir()
    result = run(tmp_path, "export", "demo.journey", "--json", "out")
    assert_refused(result, "out: is a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey", "out"]
    assert list((tmp_path / "out").iterdir()) == []


def test_info_and_export_work_while_the_gui_holds_the_file(tmp_path, demo_file):
    from storage.workshop import Workshop

    shutil.copyfile(demo_file, tmp_path / "demo.journey")
    with Workshop.open(tmp_path / "demo.journey") as held:
        held.set_info(title="Edited in the window")
        info = run(tmp_path, "info", "demo.journey", "--json")
        export = run(tmp_path, "export", "demo.journey", "--json", "out.json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["title"] == "Edited in the window"
    assert export.returncode == 0, export.stderr
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["title"] == (
        "Edited in the window"
    )


def test_an_unknown_command_is_bad_usage(tmp_path: Path) -> None:
    result = run(tmp_path, "bogus")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "journeyboard: unknown command 'bogus' (commands: new, demo, info, export, import, room, "
        "snapshot, snapshots, measurements, server, push, pull, merge; "
        "or give a workshop file to open)"
    ]


def test_without_a_display_the_gui_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(MAIN)],
        cwd=tmp_path,
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no display" in result.stderr


def test_export_actions_csv_and_info_counts(tmp_path, demo_file):
    result = run(tmp_path, "export", str(demo_file), "--csv", "actions.csv", "--actions")
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == '"map","number","action","cards","owner","status","due","value","effort"'
    assert len(lines) == 7
    info = run(tmp_path, "info", str(demo_file), "--json")
    as_is = json.loads(info.stdout)["maps"][0]
    assert as_is["actions"] == {"open": 3, "in-progress": 1, "done": 1, "dropped": 1}
    assert (as_is["assumptions"], as_is["comments"], as_is["open_comments"]) == (21, 3, 2)
    text = run(tmp_path, "info", str(demo_file)).stdout
    assert "Actions: 6 (3 open, 1 in-progress, 1 done, 1 dropped); 21 of 30 touchpoints" in text


def test_export_actions_needs_csv(tmp_path, demo_file):
    result = run(tmp_path, "export", str(demo_file), "--pdf", "x.pdf", "--actions")
    assert_refused(result, "--actions works with --csv only")
    assert not (tmp_path / "x.pdf").exists()
