"""Export: the PNG of a map, painted like the board, written atomically."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storage.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]


def test_png_of_the_demo_has_the_layout_size_and_the_board_colours(
    qapp: Any, workshop_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from app.colors import experience_color
    from app.mapdata import read_map
    from export.png import write_png
    from render.paint import PHASE_BG

    out = tmp_path / "out" / "board.png"
    out.parent.mkdir()
    with Workshop.open(workshop_path, readonly=True) as workshop:
        map_id = workshop.maps()[0].id
        write_png(workshop, map_id, out, dpi=144)
        data = read_map(workshop, map_id)
    layout = data.layout()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (
        math.ceil(layout.width * 2),
        math.ceil(layout.height * 2),
    )
    assert abs(image.dotsPerMeterX() - 144 / 0.0254) < 2
    # The phase header band is dark; a card is filled with its experience colour.
    assert image.pixelColor(int(layout.phases[0].header.center[0] * 2), 6) == QColor(PHASE_BG)
    card = data.card_by_id["c6"]
    box = layout.cards[card.id].rect
    expected = QColor(experience_color(data.scores[card.id].experience))
    pixel = image.pixelColor(int((box.x + box.w - 20) * 2), int((box.y + 30) * 2))
    assert (
        max(
            abs(pixel.red() - expected.red()),
            abs(pixel.green() - expected.green()),
            abs(pixel.blue() - expected.blue()),
        )
        <= 2
    )
    assert [p.name for p in out.parent.iterdir()] == ["board.png"]  # no temporary left


def test_png_refuses_a_map_too_large_for_memory(
    qapp: Any, workshop_path: Path, tmp_path: Path
) -> None:
    from export import ExportError
    from export.png import write_png

    out = tmp_path / "huge.png"
    with (
        Workshop.open(workshop_path, readonly=True) as workshop,
        pytest.raises(ExportError, match="use --dpi"),
    ):
        write_png(workshop, workshop.maps()[0].id, out, dpi=5000)
    assert not out.exists()


def test_the_cli_exports_png_without_a_display(workshop_path: Path, tmp_path: Path) -> None:
    """`journeyboard export --png` creates its own offscreen QGuiApplication."""
    out = tmp_path / "cli.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "export",
            str(workshop_path),
            "--png",
            str(out),
            "--map",
            "To-be",
            "--dpi",
            "72",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_png_speaks_the_workshops_language_whatever_the_interface(
    qapp: Any, tmp_path: Path
) -> None:
    # As the PDF: a German workshop's PNG says "Ist-Karte" and "3 Stimmen" while the
    # interface (no translator installed here) is English; the same map of an English
    # workshop is painted with the English words, so the two images differ in their text.
    from app.demo import demo_workshop
    from export.interchange import load
    from export.png import render_map
    from render.paint import tr

    path = tmp_path / "de.journey"
    load(demo_workshop("de"), path)
    with Workshop.open(path) as workshop:
        map_id = workshop.maps()[0].id
        german = render_map(workshop, map_id, dpi=36)
        workshop.set_info(language="en")
        english = render_map(workshop, map_id, dpi=36)
    assert german.size() == english.size()
    assert german != english
    assert tr("As-is map") == "As-is map"  # the interface's words are left as they were
