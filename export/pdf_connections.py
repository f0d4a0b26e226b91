"""Export: connections and service-blueprint lines on the PDF's board pages.

Arrows are vector paths along the curve of ``app.arrows`` (the board's), their labels
real text, so a stakeholder can search the PDF for "Payment fails". As on the board, the
lines go under the cards and the labels over them, and the three kinds differ by line
style and head, not by colour alone. The blueprint's lines are labelled in the
workshop's language. Coordinates are board points, y down (the board page's canvas).
"""

from __future__ import annotations

from typing import Any

from app.arrows import Curve, arrow_curve
from app.blueprint import blueprint_lines
from app.layout import MapLayout
from app.mapdata import MapData
from export import fonts
from export.pdf_cards import Style, text

ARROW = "#37474F"  # the board's arrow colour
BLUEPRINT = "#6A1B9A"  # the board's blueprint-line colour
DASHES = {"flow": (), "alternative": (5, 3), "return": (1.2, 2.6)}
LABEL_SIZE = 8.0
LABEL_WIDTH = 150.0


def _curves(data: MapData, layout: MapLayout) -> list[tuple[Any, Curve]]:
    ceiling = layout.metrics.phase_header_height + 4
    found = []
    for connection in data.connections:
        source = layout.cards.get(connection.from_card)
        target = layout.cards.get(connection.to_card)
        if source is not None and target is not None:
            found.append((connection, arrow_curve(source.rect, target.rect, ceiling)))
    return found


def draw_connection_lines(c: Any, data: MapData, layout: MapLayout) -> None:
    """Every arrow's curve and head (drawn before the cards)."""
    c.saveState()
    c.setStrokeColor(ARROW)
    c.setFillColor(ARROW)
    c.setLineCap(1)
    for connection, curve in _curves(data, layout):
        c.setLineWidth(1.6)
        dashes = DASHES.get(connection.kind, ())
        if dashes:
            c.setDash(*dashes)
        path = c.beginPath()
        path.moveTo(*curve.start)
        path.curveTo(*curve.c1, *curve.c2, *curve.end)
        c.drawPath(path, stroke=1, fill=0)
        c.setDash()
        tip, left, right = curve.head()
        head = c.beginPath()
        if connection.kind == "alternative":  # an open head
            head.moveTo(*left)
            head.lineTo(*tip)
            head.lineTo(*right)
            c.drawPath(head, stroke=1, fill=0)
        else:
            head.moveTo(*tip)
            head.lineTo(*left)
            head.lineTo(*right)
            head.close()
            c.drawPath(head, stroke=1, fill=1)
        if connection.kind == "return":  # a ring where the loop starts
            c.setFillColor("#FFFFFF")
            c.circle(*curve.start, 3.0, stroke=1, fill=1)
            c.setFillColor(ARROW)
    c.restoreState()


def draw_connection_labels(c: Any, data: MapData, layout: MapLayout, style: Style) -> None:
    """Every arrow's label as text in a white box on its curve (drawn after the cards)."""
    font = style.regular
    for connection, curve in _curves(data, layout):
        if not connection.label:
            continue
        label = fonts.ellipsize(connection.label, font, LABEL_SIZE, LABEL_WIDTH)
        width = fonts.width(label, font, LABEL_SIZE) + 8
        x, y = curve.middle
        c.saveState()
        c.setStrokeColor(ARROW)
        c.setFillColor("#FFFFFF")
        c.setLineWidth(0.8)
        c.roundRect(x - width / 2, y - 6.5, width, 13, 3, stroke=1, fill=1)
        c.restoreState()
        text(c, x, y + 3, label, font, LABEL_SIZE, "#000000", "middle")


def draw_blueprint_lines(c: Any, data: MapData, layout: MapLayout, style: Style) -> None:
    """The lines between the blueprint's lane groups, each named at its left."""
    lines = blueprint_lines([lane.kind for lane in data.lanes], data.language)
    left = layout.metrics.lane_header_width
    for index, label in lines:
        y = layout.lanes[index].header.y
        c.saveState()
        c.setStrokeColor(BLUEPRINT)
        c.setLineWidth(1.6)
        c.setDash(8, 4)
        c.line(left, y, layout.width, y)
        c.setDash()
        width = fonts.width(label, style.bold, LABEL_SIZE) + 8
        c.setFillColor("#FFFFFF")
        c.setLineWidth(0.8)
        c.roundRect(left + 8, y - 14, width, 12, 2, stroke=1, fill=1)
        c.restoreState()
        text(c, left + 12, y - 5, label, style.bold, LABEL_SIZE, BLUEPRINT)
