"""Service blueprints: the template's lanes and the lines between the lane groups."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest

from app.blueprint import blueprint_lines
from app.templates import TEMPLATE_KEYS, template_label, workshop_from_template
from export.interchange import load


@pytest.mark.parametrize(
    ("lang", "names", "lines"),
    [
        (
            "en",
            ["Physical evidence", "Customer", "Frontstage: staff in view"],
            ["Line of interaction", "Line of visibility", "Line of internal interaction"],
        ),
        (
            "de",
            ["Physische Belege", "Kunde", "Frontstage: Personal im Blick des Kunden"],
            ["Interaktionslinie", "Sichtbarkeitslinie", "Linie der internen Interaktion"],
        ),
    ],
)
def test_the_blueprint_template_has_seven_phases_and_the_blueprint_lanes(
    lang: str, names: list[str], lines: list[str]
) -> None:
    assert "blueprint" in TEMPLATE_KEYS
    assert template_label("blueprint", lang).startswith(
        {"en": "Service blueprint", "de": "Service Blueprint"}[lang]
    )
    doc = workshop_from_template("blueprint", lang)
    [board] = doc["maps"]
    assert len(board["phases"]) == 7
    assert len(doc["personas"]) == 1
    kinds = [lane["kind"] for lane in board["lanes"]]
    assert kinds[:5] == ["evidence", "persona", "frontstage", "backstage", "support"]
    assert [lane["name"] for lane in board["lanes"][:3]] == names
    # Between customer and frontstage, frontstage and backstage, backstage and support.
    assert blueprint_lines(kinds, lang) == [(2, lines[0]), (3, lines[1]), (4, lines[2])]


def test_no_blueprint_lanes_no_lines_and_a_skipped_group_draws_the_deeper_line() -> None:
    assert blueprint_lines(["persona", "channel", "notes"]) == []
    assert blueprint_lines(["persona", "backstage", "notes", "support"]) == [
        (1, "Line of visibility"),
        (3, "Line of internal interaction"),
    ]


def test_the_png_of_a_blueprint_draws_the_line_of_visibility(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from app.mapdata import read_map
    from export.png import write_png
    from storage.workshop import Workshop

    load(workshop_from_template("blueprint", "en"), tmp_path / "b.journey")
    with Workshop.open(tmp_path / "b.journey", readonly=True) as workshop:
        write_png(workshop, "m1", tmp_path / "b.png", dpi=72)
        data = read_map(workshop, "m1")
    layout = data.layout()
    image = QImage(str(tmp_path / "b.png"))
    backstage = layout.lanes[3].header.y  # the line of visibility is its top edge
    row = [image.pixelColor(x, round(backstage)) for x in range(600, 900)]
    purple = [
        c for c in row if max(abs(c.red() - 0x6A), abs(c.green() - 0x1B), abs(c.blue() - 0x9A)) < 50
    ]
    assert len(purple) > 100  # a dashed line: most of the row
    between = layout.lanes[3].header.y + 30  # inside the backstage lane: no line
    assert not any(
        max(abs(c.red() - 0x6A), abs(c.green() - 0x1B), abs(c.blue() - 0x9A)) < 50
        for c in (image.pixelColor(x, round(between)) for x in range(600, 900))
    )
