"""The command line for CSV and Mermaid: languages, separators, comparison, import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_refused, run


@pytest.fixture(scope="module")
def german_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-de")
    result = run(folder, "demo", "demo.journey", "--lang", "de")
    assert result.returncode == 0, result.stderr
    return folder / "demo.journey"


def _first_line(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").split("\r\n")[0]


def test_csv_of_a_german_workshop_and_overrides(german_demo: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "export", str(german_demo), "--csv", "de.csv")
    assert result.returncode == 0 and result.stderr == ""
    assert _first_line(tmp_path / "de.csv").startswith('"Karte";"Phase";"Bahn";"Titel";')
    result = run(tmp_path, "export", str(german_demo), "--csv", "en.csv", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert _first_line(tmp_path / "en.csv").startswith('"map","phase","lane","title",')
    result = run(tmp_path, "export", str(german_demo), "--csv", "tab.csv", "--delimiter", "tab")
    assert _first_line(tmp_path / "tab.csv").startswith('"Karte"\t"Phase"\t')


def test_csv_comparison(german_demo: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "export", str(german_demo), "--csv", "cmp.csv", "--compare-maps")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "cmp.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith('"Ebene";"Änderung";"Phase";"Bahn";"Titel";"Erlebnis Ist";')
    assert '"Phase";"übernommen";"Interesse";;;-0,92;1,33;2,25;' in text
    result = run(
        tmp_path,
        "export",
        str(german_demo),
        "--csv",
        "cmp2.csv",
        "--compare-maps",
        "--map",
        "Ist-Zustand",
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert '"phase","carried over","Interesse",,,-0.92,1.33,2.25,' in (
        tmp_path / "cmp2.csv"
    ).read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--json", "o.json", "--compare-maps"], ["--compare-maps works with --csv only"]),
        (["--csv", "o.csv", "--delimiter", "|"], ["unsupported CSV delimiter '|'"]),
    ],
)
def test_refused_export_options(
    german_demo: Path, tmp_path: Path, args: list[str], words: list[str]
) -> None:
    assert_refused(run(tmp_path, "export", str(german_demo), *args), *words)
    assert list(tmp_path.iterdir()) == []


def test_mermaid_out_and_in(german_demo: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "export", str(german_demo), "--mermaid", "map.mmd")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "map.mmd").read_text("utf-8")
    assert text.startswith("journey\n    title Bäckerei Sonnenkorn: Onlinebestellung")
    assert "    section Bewusstsein\n      Flyer im Briefkasten: 3: Lena\n" in text
    result = run(tmp_path, "import", "map.mmd", "copy.journey", "--lang", "de")
    assert result.returncode == 0, result.stderr
    info = json.loads(run(tmp_path, "info", "copy.journey", "--json").stdout)
    assert info["language"] == "de"
    assert info["maps"][0]["phases"][:2] == ["Bewusstsein", "Interesse"]
    # Markdown in, and a name without a known extension told apart by its content.
    (tmp_path / "page.md").write_text("# Wiki\n\n```mermaid\n" + text + "```\n", "utf-8")
    (tmp_path / "diagram.txt").write_text(text, "utf-8")
    assert run(tmp_path, "import", "page.md", "md.journey").returncode == 0
    assert run(tmp_path, "import", "diagram.txt", "txt.journey").returncode == 0
    result = run(tmp_path, "export", str(german_demo), "--mermaid", "page2.md")
    assert (tmp_path / "page2.md").read_text("utf-8") == f"```mermaid\n{text}```\n"


def test_bad_mermaid_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "bad.mmd").write_text("journey\n  section A\n  Task without score\n", "utf-8")
    result = run(tmp_path, "import", "bad.mmd", "out.journey")
    assert_refused(result, 'bad.mmd: line 3: a task needs "name: score"')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.mmd"]


def test_help_tells_the_new_options(tmp_path: Path) -> None:
    text = run(tmp_path, "export", "--help").stdout
    for word in ("--mermaid", "--compare-maps", "--lang", "--delimiter"):
        assert word in text
    assert "Mermaid journey" in run(tmp_path, "import", "--help").stdout


def test_import_tells_json_from_mermaid_by_content(german_demo: Path, tmp_path: Path) -> None:
    assert run(tmp_path, "export", str(german_demo), "--json", "w.json").returncode == 0
    (tmp_path / "w.json").rename(tmp_path / "workshop.txt")
    result = run(tmp_path, "import", "workshop.txt", "from-json.journey")
    assert result.returncode == 0, result.stderr
    info = json.loads(run(tmp_path, "info", "from-json.journey", "--json").stdout)
    assert [m["name"] for m in info["maps"]] == ["Ist-Zustand", "Soll-Zustand"]
    (tmp_path / "notes.txt").write_text("just some notes\n", "utf-8")
    assert_refused(
        run(tmp_path, "import", "notes.txt", "x.journey"), 'notes.txt: line 1: expected "journey"'
    )
