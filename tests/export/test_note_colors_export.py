"""The PNG and the PDF paint pain points and ideas in their own colours, with their names."""

from __future__ import annotations

import io
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pypdf

from app.colors import note_style
from storage.workshop import Workshop

PAIN, IDEA = "c10", "c11"  # demo notes: "Shop is hard to use on a phone", "Publish catering prices"


def _close(pixel: Any, color: str) -> bool:
    from PySide6.QtGui import QColor

    expected = QColor(color)
    return (
        max(
            abs(pixel.red() - expected.red()),
            abs(pixel.green() - expected.green()),
            abs(pixel.blue() - expected.blue()),
        )
        <= 2
    )


def test_png_fills_pain_and_idea_notes_with_their_colours(
    qapp: Any, workshop_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from app.mapdata import read_map
    from export.png import write_png

    out = tmp_path / "board.png"
    with Workshop.open(workshop_path, readonly=True) as workshop:
        map_id = workshop.maps()[0].id
        write_png(workshop, map_id, out, dpi=72)
        layout = read_map(workshop, map_id).layout()
    image = QImage(str(out))
    for card_id, note_type in ((PAIN, "pain"), (IDEA, "idea")):
        box = layout.cards[card_id].rect
        pixel = image.pixelColor(int(box.x + box.w / 2), int(box.y + box.h - 26))
        assert _close(pixel, note_style(note_type)[0]), (note_type, pixel.name())


def test_pdf_board_uses_the_note_colours_and_names_the_note_types(workshop_path: Path) -> None:
    from export.pdf import pdf_bytes

    with Workshop.open(workshop_path, readonly=True) as workshop:
        reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(workshop, page_size="A3")))
    board = next(
        page for page in reader.pages if (page.extract_text() or "").startswith("Map 'As-is'")
    )
    content = board.get_contents().get_data().decode("latin-1")
    fills = {
        tuple(float(v) for v in match)
        for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", content)
    }
    for note_type in ("pain", "idea"):
        fill = note_style(note_type)[0]
        rgb = [int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        assert any(max(abs(a - b) for a, b in zip(rgb, f, strict=True)) < 0.002 for f in fills), (
            f"no {note_type} fill {fill} on the board page"
        )
    text = board.extract_text()
    assert "Pain point" in text and "Idea" in text  # on the cards and in the legend
