"""Export: QtGui painting of a map's parts (cards, headers, grid, curves, legend).

The board's items and the PNG export call the same functions, so the screen and the
image look the same. Everything here is QtGui only (no widgets) and takes plain "look"
values built from the model, never database rows that could change under the painter.
Coordinates are board points (``app.layout``); the caller's transform does the zoom.

The shared palette, looks, fonts and text live in render.paint_base, cards and the
legend in render.paint_cards, headers in render.paint_headers; this module paints
the grid, the curves and a whole map, and is the one place callers import from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app import colors
from app.layout import MapLayout, Rect, curve_y
from app.mapdata import MapData
from app.rows import Channel, Lane, Persona
from render.paint_base import (  # noqa: F401 (re-exported: callers import from here)
    ACCENT,
    BOARD_BG,
    CARD_BORDER,
    FONT_FAMILY,
    FONTS,
    GRID_LINE,
    HATCH_COLOR,
    ICONS,
    INK,
    LANE_HEADER_BG,
    LANE_LINE,
    MUTED,
    NOTE_FOLD,
    PHASE_BG,
    PHASE_HIGHLIGHT_BG,
    SCALE_OUTLINE,
    CardLook,
    LaneLook,
    PhaseLook,
    blend,
    draw_icon,
    draw_text,
    ensure_fonts,
    experience_label,
    font,
    icon_pixmap,
    note_label,
    painted_in,
    picture_image,
    qrect,
    tr,
)
from render.paint_blueprint import paint_blueprint_labels, paint_blueprint_lines
from render.paint_cards import (  # noqa: F401 (re-exported)
    LEGEND_ROW,
    legend_height,
    paint_card,
    paint_disagreement_marker,
    paint_legend,
    paint_strip,
    title_font,
)
from render.paint_connections import paint_connection_labels, paint_connections
from render.paint_headers import (  # re-exported
    paint_corner,
    paint_lane_header,
    paint_phase_header,
    phase_name_font,
)

# -- the grid behind the cards, and the emotion curves -----------------------------------


def paint_grid(
    painter: QPainter,
    layout: MapLayout,
    lane_colors: Mapping[str, str | None],
    exposed: QRectF | None = None,
    highlight_phase: str | None = None,
) -> None:
    """Lane bands (persona lanes tinted), curve bands and phase separators."""
    painter.save()
    left = layout.metrics.lane_header_width
    lanes = (
        layout.lanes if exposed is None else layout.lanes_between(exposed.top(), exposed.bottom())
    )
    for lane in lanes:
        row = qrect(lane.row)
        row.setLeft(left)
        if exposed is not None and not row.intersects(exposed):
            continue
        color = lane_colors.get(lane.lane_id)
        base = "#FFFFFF" if lane.index % 2 == 0 else "#F7F8FA"
        painter.fillRect(row, blend(color, 0.05, base) if color else QColor(base))
        if lane.curve is not None:
            band = qrect(lane.curve)
            painter.fillRect(band, blend(color, 0.10, "#FAFBFC") if color else QColor("#FAFBFC"))
            painter.setPen(QPen(QColor(LANE_LINE), 0.8, Qt.PenStyle.DashLine))
            painter.drawLine(band.topLeft(), band.topRight())
        painter.setPen(QPen(QColor(LANE_LINE), 1.0))
        painter.drawLine(row.bottomLeft(), row.bottomRight())
    painter.setPen(QPen(QColor(GRID_LINE), 1.0))
    for phase in layout.phases:
        column = qrect(phase.column)
        if highlight_phase == phase.phase_id:
            painter.fillRect(column, QColor(249, 168, 37, 40))
        painter.drawLine(column.topRight(), column.bottomRight())
    painter.restore()


def paint_curve(
    painter: QPainter,
    band: QRectF,
    points: Sequence[tuple[float, float] | None],
    values: Sequence[float | None],
    color: str,
) -> None:
    """An emotion curve in its band: a thin zero line, the line with gaps, and its points."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    zero = curve_y(Rect(band.x(), band.y(), band.width(), band.height()), 0)
    painter.setPen(QPen(QColor("#90A4AE"), 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(band.left() + 4, zero), QPointF(band.right() - 4, zero))
    pen = QPen(QColor(color), 2.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    previous: tuple[float, float] | None = None
    for point in points:
        if point is not None and previous is not None:
            painter.drawLine(QPointF(*previous), QPointF(*point))
        previous = point
    painter.setPen(QPen(QColor(color), 2.0))
    for point, value in zip(points, values, strict=False):
        if point is None or value is None:
            continue
        painter.setBrush(QColor(colors.experience_color(value)))
        painter.drawEllipse(QPointF(*point), 4.5, 4.5)
    painter.restore()


# -- a whole map (the PNG export) --------------------------------------------------------


def lane_look(
    lane: Lane, personas: Mapping[str, Persona], channels: Mapping[str, Channel]
) -> LaneLook:
    """The header look of a lane, with its persona or channel."""
    if lane.kind == "persona":
        persona = personas.get(lane.persona_id or "")
        return LaneLook(
            name=lane.name,
            kind=lane.kind,
            color=persona.color if persona else None,
            picture=persona.picture if persona else None,
            subtitle=(persona.role if persona and persona.role else tr("Persona")),
        )
    if lane.kind == "channel":
        channel = channels.get(lane.channel_id or "")
        return LaneLook(
            name=lane.name,
            kind=lane.kind,
            icon=channel.icon if channel else "custom",
            subtitle=tr("Channel: %s") % channel.name if channel else tr("Channel"),
        )
    if lane.kind in ("evidence", "frontstage", "backstage", "support"):
        subtitles = {
            "evidence": tr("Blueprint: what the customer sees"),
            "frontstage": tr("Blueprint: frontstage"),
            "backstage": tr("Blueprint: backstage"),
            "support": tr("Blueprint: support"),
        }
        return LaneLook(name=lane.name, kind=lane.kind, subtitle=subtitles[lane.kind])
    return LaneLook(name=lane.name, kind=lane.kind, subtitle=tr("Notes"))


def lane_color(lane: Lane, personas: Mapping[str, Persona]) -> str | None:
    """The persona colour of a persona lane (None for other lanes)."""
    if lane.kind != "persona":
        return None
    persona = personas.get(lane.persona_id or "")
    return persona.color if persona else None


def map_subtitle(kind: str) -> str:
    return tr("To-be map") if kind == "to-be" else tr("As-is map")


def paint_map(painter: QPainter, data: MapData, layout: MapLayout) -> None:
    """Paint a whole map with its layout, as the board shows it."""
    ensure_fonts()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    lanes = {lane.id: lane for lane in data.lanes}
    lane_colors = {lane.id: lane_color(lane, data.personas) for lane in data.lanes}
    paint_grid(painter, layout, lane_colors)
    paint_blueprint_lines(painter, layout, [lane.kind for lane in data.lanes], data.language)
    phases = {p.id: p for p in data.phases}
    for box in layout.phases:
        phase = phases[box.phase_id]
        paint_phase_header(
            painter, qrect(box.header), PhaseLook(phase.name, phase.description, box.index + 1)
        )
    for box in layout.lanes:
        lane = lanes[box.lane_id]
        paint_lane_header(
            painter,
            qrect(box.header),
            lane_look(lane, data.personas, data.channels),
            qrect(box.curve) if box.curve else None,
        )
        if box.curve is not None:
            values = data.curve(lane.id)
            paint_curve(
                painter,
                qrect(box.curve),
                layout.curve_points(lane.id, values),
                values,
                lane_colors[lane.id] or "#3366CC",
            )
    paint_corner(painter, qrect(layout.corner), data.map.name, map_subtitle(data.map.kind))
    # Arrows under the cards: where one crosses a card, the card's text stays readable.
    paint_connections(painter, data, layout)
    scores = data.scores
    for card in data.cards:
        card_box = layout.cards.get(card.id)
        if card_box is None:
            continue
        channel = data.channels.get(card.channel_id) if card.channel_id else None
        look = CardLook.of(card, scores.get(card.id), channel.icon if channel else None)
        paint_card(painter, qrect(card_box.rect), look, layout.metrics)
    paint_blueprint_labels(painter, layout, [lane.kind for lane in data.lanes], data.language)
    paint_connection_labels(painter, data, layout)
    painter.restore()


__all__ = [
    "CardLook",
    "LaneLook",
    "PhaseLook",
    "draw_icon",
    "draw_text",
    "ensure_fonts",
    "experience_label",
    "font",
    "note_label",
    "icon_pixmap",
    "lane_color",
    "lane_look",
    "legend_height",
    "map_subtitle",
    "paint_card",
    "paint_corner",
    "paint_curve",
    "paint_grid",
    "paint_lane_header",
    "paint_legend",
    "paint_map",
    "paint_phase_header",
    "paint_strip",
    "phase_name_font",
    "title_font",
]
