"""Export: the PNG shows connections: the line in the gap between two cards, each kind
in its own line style (solid, dashed, dotted), and the label over the cards."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest

from storage.workshop import Workshop

INK = (0x37, 0x47, 0x4F)  # the connection colour


def _is_ink(color: Any) -> bool:
    return (
        max(abs(color.red() - INK[0]), abs(color.green() - INK[1]), abs(color.blue() - INK[2])) < 40
    )


def _gap_pixels(kind: str, workshop_path: Path, tmp_path: Path) -> list[bool]:
    """Along the straight part of an arrow from c1 to c6 (between the two columns):
    which pixels are drawn in the connection colour."""
    from PySide6.QtGui import QImage

    from app.mapdata import read_map
    from export.png import write_png

    with Workshop.open(workshop_path) as workshop:
        workshop.add("connection", map_id="m1", from_card="c1", to_card="c7", kind=kind)
        write_png(workshop, "m1", tmp_path / "board.png", dpi=72)
        data = read_map(workshop, "m1")
    layout = data.layout()
    source, target = layout.cards["c1"].rect, layout.cards["c7"].rect
    image = QImage(str(tmp_path / "board.png"))
    # c7 sits below c6 in the next column: the arrow runs down the gap between columns.
    x0, x1 = source.x + source.w, target.x
    middle = round((x0 + x1) / 2)
    top, bottom = round(source.y + source.h / 2), round(target.y + target.h / 2)
    return [
        _is_ink(image.pixelColor(middle + dx, y)) for y in range(top, bottom) for dx in (-1, 0, 1)
    ]


@pytest.mark.parametrize("kind", ["flow", "alternative", "return"])
def test_each_kind_of_connection_is_in_the_png_in_its_own_line_style(
    qapp: Any, workshop_path: Path, tmp_path: Path, kind: str
) -> None:
    inked = _gap_pixels(kind, workshop_path, tmp_path)
    share = sum(inked) / len(inked)
    # A solid line fills its rows; a dashed or dotted one only some of them.
    if kind == "flow":
        assert share > 0.3
    else:
        assert 0.05 < share < _gap_share_of_flow(workshop_path, tmp_path)


def _gap_share_of_flow(workshop_path: Path, tmp_path: Path) -> float:
    folder = tmp_path / "flow"
    folder.mkdir()
    copy = folder / "w.journey"
    copy.write_bytes(workshop_path.read_bytes())
    inked = _gap_pixels("flow", copy, folder)
    return sum(inked) / len(inked)


def test_a_label_is_painted_over_the_cards(qapp: Any, workshop_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from app.mapdata import read_map
    from export.png import write_png
    from render.paint_base import qrect
    from render.paint_connections import label_font, label_rect, route

    with Workshop.open(workshop_path) as workshop:
        workshop.add(
            "connection", map_id="m1", from_card="c8", to_card="c1", kind="return", label="WWWWWW"
        )
        write_png(workshop, "m1", tmp_path / "board.png", dpi=72)
        data = read_map(workshop, "m1")
    layout = data.layout()
    where = route(
        qrect(layout.cards["c8"].rect),
        qrect(layout.cards["c1"].rect),
        layout.metrics.phase_header_height + 4,
    )
    box = label_rect(where, "WWWWWW", label_font())
    assert box is not None
    image = QImage(str(tmp_path / "board.png"))
    row = round(box.center().y())
    inside = [
        image.pixelColor(x, row) for x in range(round(box.left()) + 6, round(box.right()) - 6)
    ]
    # White box with black letters, whatever lies beneath.
    assert any(c.red() > 240 and c.green() > 240 and c.blue() > 240 for c in inside)
    assert any(c.red() < 90 and c.green() < 90 and c.blue() < 90 for c in inside)
