"""Export: the PDF's words: German throughout, and every script drawn (or named)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.demo import demo_workshop
from export.interchange import load
from storage.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_workshop(tmp_path: Path) -> Iterator[Callable[[dict[str, Any]], Workshop]]:
    opened: list[Workshop] = []

    def make(data: dict[str, Any]) -> Workshop:
        path = tmp_path / f"w{len(opened)}.journey"
        load(data, path)
        opened.append(Workshop.open(path, readonly=True))
        return opened[-1]

    yield make
    for workshop in opened:
        workshop.close()


def _english_only_phrases() -> set[str]:
    """Every piece of an English PDF label that no German label contains."""
    from export.pdf_labels import LABELS

    def pieces(value: Any) -> list[str]:
        values = value if isinstance(value, list) else [value]
        out = []
        for text in values:
            for piece in re.split(r"\{[^}]*\}|\|", text):
                piece = piece.strip(" .,:;'()[]+‘’“”„…–—")
                if len(piece) >= 4 and re.search("[A-Za-z]{2}", piece):
                    out.append(piece)
        return out

    german = " ".join(" ".join(v) if isinstance(v, list) else v for v in LABELS["de"].values())
    return {
        piece
        for value in LABELS["en"].values()
        for piece in pieces(value)
        if not _contains(german, piece)
    }


def _contains(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words ("Legend" not in "Legende")."""
    return (
        re.search(rf"(?<![A-Za-zÄÖÜäöüß]){re.escape(phrase)}(?![A-Za-zÄÖÜäöüß])", text) is not None
    )


def test_a_german_workshop_pdf_has_no_english_label(open_workshop: Any) -> None:
    import datetime as dt

    from export.pdf import pdf_bytes

    data = demo_workshop("de")
    # A description longer than the PDF shows: the note on the cut is German too.
    data["maps"][0]["cards"][0]["description"] = "Wort " * 5000
    workshop = open_workshop(data)
    phrases = _english_only_phrases()
    assert {
        "Page",
        "Legend",
        "very negative",
        "unrated",
        "As-is vs. to-be",
        "characters",
    } <= phrases
    for size in ("A4", "A3"):  # A4 tiles the boards: overview and tile headings
        pdf = pdf_bytes(workshop, page_size=size, today=dt.date(2025, 12, 3))
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        found = sorted(p for p in phrases if _contains(text, p))
        assert found == [], found
        for german in (
            "3. Dezember 2025",
            "Ist vs. Soll",
            "Seite 2 von",
            "Legende",
            "Zeichen]",
            *(["Kachel 1 von"] if size == "A4" else []),
        ):
            assert german in text, (size, german)
        assert reader.metadata.subject == "Customer-Journey-Map"


def _workshop(titles: list[str], lang: str = "en") -> dict[str, Any]:
    return {
        "format": "journeyboard",
        "version": 1,
        "title": titles[0],
        "language": lang,
        "participants": [{"id": "p1", "name": "Anna"}],
        "personas": [{"id": "pe1", "name": "Sabine", "color": "#3366CC"}],
        "channels": [{"id": "web", "name": "Website", "icon": "web"}],
        "maps": [
            {
                "id": "m1",
                "name": "As-is",
                "kind": "as-is",
                "phases": [{"id": "ph1", "name": "Awareness"}],
                "lanes": [{"id": "l1", "name": "Sabine", "kind": "persona", "persona": "pe1"}],
                "cards": [
                    {
                        "id": f"c{i}",
                        "kind": "touchpoint",
                        "lane": "l1",
                        "phase": "ph1",
                        "title": title,
                        "channel": "web",
                        "direct": True,
                        "description": title,
                        "ratings": [{"participant": "p1", "experience": -1, "importance": 4}],
                    }
                    for i, title in enumerate(titles)
                ],
            }
        ],
    }


def _fonts(reader: pypdf.PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_chinese_and_japanese_are_drawn_in_an_installed_font(open_workshop: Any) -> None:
    from export.pdf import render_pdf

    titles = ["客户旅程 中文", "日本語のタイトル"]
    pdf, unshown = render_pdf(open_workshop(_workshop(titles)), page_size="A4")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert unshown == []
    for title in titles:
        assert title in text  # on the board, in the tables and on the cover
    assert "\u25a1" not in text
    assert _fonts(reader) - {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_arabic_is_shaped_and_right_to_left_text_reads_in_display_order(open_workshop: Any) -> None:
    from export.pdf import render_pdf

    arabic, hebrew = "مرحبا بالعالم", "שלום עולם"
    pdf, unshown = render_pdf(
        open_workshop(_workshop([arabic, hebrew, "Mixed שלום 42"])), page_size="A4"
    )
    assert unshown == []
    pages = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    board = " ".join(p for p in pages if p.startswith("Map 'As-is'"))
    # Text extraction reads a drawn right-to-left run backwards (display order back to
    # logical order): drawn in display order, it reads as typed; drawn as typed (the
    # bug), it came out mirrored.
    assert hebrew in board and "םלוע םולש" not in board
    shaped = [ch for ch in board if "\ufe70" <= ch <= "\ufeff"]
    assert len(shaped) >= 10  # presentation forms: initial, medial, final letters
    words = unicodedata.normalize("NFKC", board).split()
    assert "مرحبا" in words and "بالعالم" in words


def test_characters_no_font_has_are_named_and_drawn_as_a_visible_mark(
    open_workshop: Any, tmp_path: Path
) -> None:
    from export.pdf import write_pdf

    adlam = "\U0001e900\U0001e901"  # Adlam: no font on a standard machine draws it
    workshop = open_workshop(_workshop([f"Adlam {adlam} name", "客户 😀 한국어"]))
    out = tmp_path / "out.pdf"
    unshown = write_pdf(workshop, out, page_size="A4")
    assert set(adlam) <= set(unshown)
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(out).pages)
    assert "Adlam \u25a1\u25a1 name" in text
    # Never silent boxes: every other character is either drawn or named. (ReportLab
    # maps characters beyond U+FFFF badly for text extraction: count the marks instead.)
    line = next(line for line in text.splitlines() if line.startswith("客户"))
    assert line.count("\u25a1") == sum(ch in unshown for ch in "客户😀한국어")
    for ch in "客户한국어":
        assert (ch in text) != (ch in unshown), ch


def test_cli_export_warns_on_stderr_and_still_succeeds(tmp_path: Path) -> None:
    path, out = tmp_path / "w.journey", tmp_path / "w.pdf"
    load(_workshop(["Title \U0001e900"]), path)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(path),
            "--pdf",
            str(out),
            "--page-size",
            "A4",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"journeyboard export: warning: {out}: no installed font")
    assert "U+1E900" in lines[0]
