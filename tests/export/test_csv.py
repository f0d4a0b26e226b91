"""Export: the touchpoint table as CSV for spreadsheets."""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import demo_workshop
from export.csv_table import COLUMNS, write_csv
from export.interchange import load
from storage.workshop import Workshop
from tests.seed import SEED

GERMAN_HEADER = [
    "Karte",
    "Phase",
    "Bahn",
    "Titel",
    "Kanal",
    "direkt/indirekt",
    "Erlebnis",
    "Wichtigkeit",
    "Stimmen",
    "Uneinigkeit",
    "Erwartung",
    "Verantwortlich",
    "KPI",
    "Beschreibung",
    "Beleg",
    "Quelle",
]


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Workshop]:
    path = tmp_path / "de.journey"
    load(demo_workshop("de"), path)
    with Workshop.open(path, readonly=True) as workshop:
        yield workshop


def _read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _cells(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_german_workshop_gets_semicolons_german_headers_and_decimal_commas(
    german: Workshop, tmp_path: Path
) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header_line = raw[3:].split(b"\r\n")[0].decode("utf-8")
    # What German Excel splits into columns on a double click: ';' between the headers.
    assert header_line.split(";") == [f'"{name}"' for name in GERMAN_HEADER]
    rows = _read(out, ";")
    assert len(rows) == 51  # 30 + 21 touchpoints, no notes
    first = rows[0]
    assert first["Titel"] == "Flyer im Briefkasten"
    assert first["Erlebnis"] == "0,33" and first["Wichtigkeit"] == "2,33"
    assert first["Stimmen"] == "3" and first["Uneinigkeit"] == "nein"
    assert {row["direkt/indirekt"] for row in rows} == {"direkt", "indirekt"}
    assert {row["Karte"] for row in rows} == {"Ist-Zustand", "Soll-Zustand"}
    assert any("Bäckerei" in row["Beschreibung"] for row in rows)
    # Numbers are bare (a spreadsheet reads them as numbers), text is quoted.
    assert (
        '\r\n"Ist-Zustand";"Bewusstsein";"Lena";"Flyer im Briefkasten";'
        '"Werbung";"direkt";0,33;2,33;3;' in raw.decode("utf-8-sig")
    )


def test_language_and_delimiter_override(german: Workshop, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out, lang="en")  # English words: the English separator too
    rows = _read(out, ",")
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["experience"] == "0.33" and rows[0]["disagreement"] == "no"
    assert rows[0]["direct"] == "direct"
    write_csv(german, out, delimiter=",")  # German words, comma separated: decimal point
    rows = _read(out, ",")
    assert list(rows[0]) == GERMAN_HEADER and rows[0]["Erlebnis"] == "0.33"
    write_csv(german, out, delimiter="\t")  # German with tabs: decimal comma
    assert _read(out, "\t")[0]["Erlebnis"] == "0,33"


def test_english_workshop_keeps_commas(workshop_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    with Workshop.open(workshop_path, readonly=True) as workshop:
        write_csv(workshop, out)
        rows = _read(out, ",")
        assert tuple(rows[0]) == COLUMNS and rows[0]["experience"] == "0.33"
        write_csv(workshop, out, delimiter=";")
        assert _read(out, ";")[0]["experience"] == "0,33"
        write_csv(workshop, out, lang="de")
        assert list(_read(out, ";")[0]) == GERMAN_HEADER


def test_unrated_is_empty_never_zero(german: Workshop, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    write_csv(german, out, lang="en")
    unrated = [row for row in _read(out) if row["votes"] == "0"]
    assert unrated
    for row in unrated:
        assert row["experience"] == "" and row["importance"] == "" and row["disagreement"] == ""


def test_one_map_and_atomic_failure(german: Workshop, tmp_path: Path) -> None:
    from export import ExportError

    map_id = german.maps()[1].id
    out = tmp_path / "t.csv"
    write_csv(german, out, maps=[map_id])
    assert {row["Karte"] for row in _read(out, ";")} == {"Soll-Zustand"}
    before = out.read_bytes()
    with pytest.raises(ExportError, match="delimiter"):
        write_csv(german, out, delimiter="|")
    with pytest.raises(ExportError, match="language"):
        write_csv(german, out, lang="fr")
    with pytest.raises(ExportError):
        write_csv(german, out, maps=["nope"])
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["de.journey", "t.csv"]


def _export_titles(tmp_path: Path, titles: list[str], delimiter: str) -> list[list[str]]:
    """Write the English demo with its first touchpoints renamed; the file's cells."""
    data = demo_workshop("en")
    cards = [c for c in data["maps"][0]["cards"] if c["kind"] == "touchpoint"]
    for card, title in zip(cards, titles, strict=False):
        card["title"] = title
    path = tmp_path / f"w{len(list(tmp_path.iterdir()))}.journey"
    load(data, path)
    out = path.with_suffix(".csv")
    with Workshop.open(path, readonly=True) as workshop:
        write_csv(workshop, out, delimiter=delimiter)
    return _cells(out, delimiter)


HOSTILE = [
    "x;=cmd|' /C calc'!A0",  # German Excel splits a comma file on ';'
    '=HYPERLINK("http://x")',
    "+SUM(1)",
    "-2+3",
    "@SUM(A1)",
    "-inf",
    "+nan",
    "-1e999",
    "\t=cmd",
    "\r=cmd",
    " =1+1",
    "\n@x",
    "a\tb",
    "a\r\nb",
    "a,b",
    'say "hi"',
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_formula_injection_is_defused_for_every_separator(tmp_path: Path, delimiter: str) -> None:
    rows = _export_titles(tmp_path, HOSTILE, delimiter)
    titles = [row[3] for row in rows[1 : len(HOSTILE) + 1]]
    # Each hostile text stays one cell; a formula start (after blanks) gets an apostrophe.
    for original, cell in zip(HOSTILE, titles, strict=True):
        if original.lstrip(" \t\r\n")[:1] in ("=", "+", "-", "@"):
            assert cell == "'" + original, (original, cell)
        else:
            assert cell == original, (original, cell)
    # Every text holding any separator, a line break or a quote is quoted in the file.
    raw = (tmp_path / "w0.csv").read_bytes().decode("utf-8-sig")
    for text in HOSTILE:
        if any(c in text for c in ',;\t\r\n"'):
            quoted = '"' + text.replace('"', '""') + '"'
            assert quoted in raw or "\"'" + text.replace('"', '""') + '"' in raw, text


def test_title_with_semicolon_formula_is_quoted_in_a_comma_file(tmp_path: Path) -> None:
    """Issue: a title x;=cmd|... was written unquoted in a comma file."""
    _export_titles(tmp_path, ["x;=cmd|' /C calc'!A0"], ",")
    raw = (tmp_path / "w0.csv").read_bytes().decode("utf-8-sig")
    assert ",\"x;=cmd|' /C calc'!A0\"," in raw


def test_plain_numbers_in_text_stay_numbers(tmp_path: Path) -> None:
    data = demo_workshop("en")
    card = data["maps"][0]["cards"][0]
    card["kpi"], card["owner"], card["expectation"] = "-5", "-5 days", "+0.5"
    path = tmp_path / "w.journey"
    load(data, path)
    out = tmp_path / "t.csv"
    with Workshop.open(path, readonly=True) as workshop:
        write_csv(workshop, out)
    row = _read(out)[0]
    assert row["kpi"] == "-5" and row["expectation"] == "+0.5"
    assert row["owner"] == "'-5 days"


def test_random_text_round_trips_through_a_csv_reader(tmp_path: Path) -> None:
    seed = SEED  # the run's, in its header
    rng = random.Random(seed)
    alphabet = "ab =+-@;,\t\r\n\"'|!1."
    titles = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20)]
    titles = [t if t.strip() else "x" + t for t in titles]
    delimiter = rng.choice([",", ";", "\t"])
    rows = _export_titles(tmp_path, titles, delimiter)
    assert all(len(row) == len(COLUMNS) for row in rows)
    for original, row in zip(titles, rows[1:], strict=False):
        cell = row[3]
        assert cell in (original, "'" + original), (seed, original, cell)
        # A formula start is defused, except in a plain number such as "+1" (kept a number).
        plain_number = re.fullmatch(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)", cell.strip(" \t\r\n"))
        assert cell.lstrip(" \t\r\n")[:1] not in "=+@" or cell.startswith("'") or plain_number
