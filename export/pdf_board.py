"""Export: a map's board as a PDF vector drawing, tiled over pages when it is too big.

Everything is drawn from ``app.layout`` in board points with y pointing down, like the
screen; each string's text matrix sets it back upright (``pdf_cards.TextRun``, one text
object for many strings). A tile (``pdf_tiles``) shows a window onto the board's body
with the phase headers and lane headers frozen along its edges, so every page reads on
its own. The card anatomy lives in ``pdf_cards``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable

from app.blueprint import kind_name
from app.colors import experience_color
from app.layout import MapLayout, Rect, curve_y
from app.mapdata import MapData
from export import fonts
from export.pdf_cards import (
    INK,
    MUTED,
    Style,
    TextRun,
    draw_card,
    draw_legend,
    legend_height,
    map_summary,
    safe_color,
    signed,
    text,
    wrapped,
)
from export.pdf_connections import (
    draw_blueprint_lines,
    draw_connection_labels,
    draw_connection_lines,
)
from export.pdf_icons import draw_icon
from export.pdf_tiles import MAX_SCALE, TilePlan, body_rect, plan_tiles

HEADING_H = 40.0  # heading block on a board page, page points

PHASE_FILL, PHASE_INK = "#37474F", "#FFFFFF"
LANE_FILL, GRID, BAND = "#ECEFF1", "#CFD8DC", "#F4F6F7"
ROW_FILLS = ("#FFFFFF", "#FAFBFB")


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


class BoardPainter:
    """Draws one map (or a window onto it) on a canvas in board coordinates."""

    def __init__(self, data: MapData, layout: MapLayout, style: Style) -> None:
        self.data, self.layout, self.style = data, layout, style
        self.ranks = {m.card_id: i for i, m in enumerate(data.moments, start=1)}
        self.curves: dict[str, tuple[list[float | None], list[Any]]] = {}
        # The cards of each lane in board order, so a tile looks only at its lanes.
        self.lane_cards: dict[str, list[tuple[int, Any, Rect]]] = {}
        for i, card in enumerate(data.cards):
            box = layout.cards.get(card.id)
            if box is not None:
                self.lane_cards.setdefault(box.lane_id, []).append((i, card, box.rect))

    def _cards_in(self, view: Rect) -> list[tuple[int, Any, Rect]]:
        """The cards overlapping ``view``, in board order."""
        found = []
        for lane in self.layout.lanes:
            if lane.row.bottom < view.y or lane.row.y > view.bottom:
                continue
            found += [
                entry
                for entry in self.lane_cards.get(lane.lane_id, ())
                if _overlaps(entry[2], view)
            ]
        return sorted(found, key=lambda entry: entry[0])

    def draw(self, c: Any, view: Rect) -> None:
        """Draw the window ``view`` of the body, with frozen headers, at the origin."""
        m = self.layout.metrics
        hx, hy = m.lane_header_width, m.phase_header_height
        parts = (
            (Rect(hx, hy, view.w, view.h), hx - view.x, hy - view.y, self._body),
            (Rect(0, hy, hx, view.h), 0.0, hy - view.y, self._lane_headers),
            (Rect(hx, 0, view.w, hy), hx - view.x, 0.0, self._phase_headers),
        )
        for clip, dx, dy, paint in parts:
            c.saveState()
            path = c.beginPath()
            path.rect(clip.x, clip.y, clip.w, clip.h)
            c.clipPath(path, stroke=0, fill=0)
            c.translate(dx, dy)
            paint(c, view)
            c.restoreState()
        self._corner(c)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.8)
        c.rect(0, 0, hx + view.w, hy + view.h, stroke=1, fill=0)

    def _corner(self, c: Any) -> None:
        corner = self.layout.corner
        c.setFillColor(PHASE_FILL)
        c.rect(corner.x, corner.y, corner.w, corner.h, stroke=0, fill=1)
        kind = self.style.t["kind_" + self.data.map.kind.replace("-", "_")]
        text(
            c,
            10,
            31,
            fonts.ellipsize(kind, self.style.bold, 10, corner.w - 20),
            self.style.bold,
            10,
            "#B0BEC5",
        )

    def _phase_headers(self, c: Any, view: Rect) -> None:
        s = self.style
        run = TextRun(c)  # drawn after the headers; the part's saved state ends its colours
        for phase, box in zip(self.data.phases, self.layout.phases, strict=True):
            if box.header.right < view.x or box.header.x > view.right:
                continue
            h = box.header
            c.setFillColor(PHASE_FILL)
            c.setStrokeColor("#546E7A")
            c.setLineWidth(0.8)
            c.rect(h.x, h.y, h.w, h.h, stroke=1, fill=1)
            run.add(h.x + 8, h.y + 13, str(box.index + 1), s.regular, 7.5, "#B0BEC5")
            lines = wrapped(phase.name, s.bold, 11, h.w - 16, 2)
            top = h.y + (31 if len(lines) == 1 else 25)
            for i, line in enumerate(lines):
                run.add(h.center[0], top + i * 13, line, s.bold, 11, PHASE_INK, "middle")
        run.draw()

    def _lane_headers(self, c: Any, view: Rect) -> None:
        s = self.style
        run = TextRun(c)  # drawn after the headers; the part's saved state ends its colours
        for lane, box in zip(self.data.lanes, self.layout.lanes, strict=True):
            row = box.row
            if row.bottom < view.y or row.y > view.bottom:
                continue
            c.setFillColor(LANE_FILL)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.8)
            c.rect(row.x, row.y, box.header.w, row.h, stroke=1, fill=1)
            persona = self.data.personas.get(lane.persona_id or "")
            if persona is not None:
                c.setFillColor(safe_color(persona.color))
                c.rect(row.x, row.y, 6, row.h, stroke=0, fill=1)
            if box.curve is not None:
                self._curve_axis(c, run, box.curve, box.header)
            # On a tile that starts halfway down the lane, the name goes at the top of
            # the part shown; a sliver of a lane (the tiles' overlap) gets no text.
            top = max(row.y, view.y)
            if min(row.bottom, view.bottom) - top < 40:
                continue
            top += 16
            x = row.x + (14 if persona is not None else 10)
            if persona is None and lane.kind == "channel" and lane.channel_id in self.data.channels:
                icon = self.data.channels[lane.channel_id].icon
                if draw_icon(c, icon, x, top - 11, 13):
                    x += 17
            name_lines = wrapped(lane.name, s.bold, 10.5, box.header.w - (x - row.x) - 8, 2)
            for i, line in enumerate(name_lines):
                run.add(x, top + i * 12.5, line, s.bold, 10.5, INK)
            sub = self._lane_subtitle(lane, persona)
            sub_top = top + len(name_lines) * 12.5
            sub_x = row.x + (14 if persona is not None else 10)
            room = (box.cells.bottom - sub_top) // 9 if top < box.cells.bottom else 1
            for i, line in enumerate(
                wrapped(sub, s.regular, 7.5, box.header.w - 22, int(max(1, min(3, room))))
            ):
                run.add(sub_x, sub_top + i * 9, line, s.regular, 7.5, MUTED)
        run.draw()

    def _lane_subtitle(self, lane: Any, persona: Any) -> str:
        t = self.style.t
        if persona is not None:
            role = fonts.clean(persona.role, newlines=False)
            return f"{t['persona']}: {role}" if role else t["persona"]
        if lane.kind == "channel":
            channel = self.data.channels.get(lane.channel_id or "")
            name = fonts.clean(channel.name, newlines=False) if channel else ""
            return f"{t['channel']}: {name}" if name else t["channel"]
        blueprint = kind_name(lane.kind, self.style.lang)
        if blueprint is not None:
            return blueprint
        return t["notes_lane"]

    def _curve_axis(self, c: Any, run: TextRun, band: Rect, header: Rect) -> None:
        s = self.style
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        c.line(header.x + 6, band.y, header.right, band.y)
        run.add(header.x + 14, band.y + 14, s.t["emotion_curve"], s.italic, 7.5, MUTED)
        for value in (2, 0, -2):
            y = curve_y(band, value)
            run.add(header.right - 6, y + 2.5, signed(value, 0, s.lang), s.regular, 7, MUTED, "end")

    def _body(self, c: Any, view: Rect) -> None:
        layout = self.layout
        for i, box in enumerate(layout.lanes):
            row = Rect(box.cells.x, box.cells.y, box.cells.w, box.row.bottom - box.cells.y)
            if not _overlaps(row, view):
                continue
            c.setFillColor(ROW_FILLS[i % 2])
            c.rect(row.x, row.y, row.w, row.h, stroke=0, fill=1)
            if box.curve is not None:
                c.setFillColor(BAND)
                c.rect(box.curve.x, box.curve.y, box.curve.w, box.curve.h, stroke=0, fill=1)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.8)
            c.line(row.x, row.bottom, row.right, row.bottom)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        for phase in layout.phases:
            c.line(phase.column.right, phase.column.y, phase.column.right, phase.column.bottom)
        draw_blueprint_lines(c, self.data, layout, self.style)
        draw_connection_lines(c, self.data, layout)
        for _, card, rect in self._cards_in(view):
            draw_card(c, card, rect, self.data, self.ranks.get(card.id), layout.metrics, self.style)
        draw_connection_labels(c, self.data, layout, self.style)
        for lane, box in zip(self.data.lanes, layout.lanes, strict=True):
            if box.curve is not None and _overlaps(box.curve, view):
                persona = self.data.personas.get(lane.persona_id or "")
                self._curve(c, lane.id, box.curve, persona.color if persona else None)

    def _curve(self, c: Any, lane_id: str, band: Rect, color: str | None) -> None:
        s = self.style
        ink = safe_color(color)
        c.setStrokeColor("#90A4AE")
        c.setLineWidth(0.7)
        c.setDash(4, 3)
        zero = curve_y(band, 0)
        c.line(band.x, zero, band.right, zero)
        c.setDash()
        c.setStrokeColor("#DDE3E6")
        c.setLineWidth(0.5)
        for value in (2, -2):
            c.line(band.x, curve_y(band, value), band.right, curve_y(band, value))
        if lane_id not in self.curves:  # a lane's curve shows on several tiles
            values = self.data.curve(lane_id)
            self.curves[lane_id] = (values, self.layout.curve_points(lane_id, values))
        values, points = self.curves[lane_id]
        c.setStrokeColor(ink)
        c.setLineWidth(2)
        c.setLineCap(1)
        c.setLineJoin(1)
        for a, b in zip(points, points[1:], strict=False):
            if a is not None and b is not None:  # a phase without ratings breaks the line
                c.line(a[0], a[1], b[0], b[1])
        for i, (point, value) in enumerate(zip(points, values, strict=False)):
            if point is None or value is None:
                continue
            c.setFillColor(experience_color(value))
            c.setStrokeColor(ink)
            c.setLineWidth(1.4)
            c.circle(point[0], point[1], 4, stroke=1, fill=1)
            baseline = label_baseline(values, i, point[1], band)
            text(c, point[0], baseline, signed(value, 1, s.lang), s.regular, 7, INK, "middle")


def label_baseline(values: list[float | None], i: int, y: float, band: Rect) -> float:
    """Where a curve point's value goes: above a peak, below a dip, inside the band."""
    neighbours = [v for v in values[max(0, i - 1) : i] + values[i + 1 : i + 2] if v is not None]
    value = values[i] or 0.0
    above = not neighbours or value >= sum(neighbours) / len(neighbours)
    if above and y - 16 < band.y:
        above = False
    elif not above and y + 16 > band.bottom:
        above = True
    return y - 7 if above else y + 13


class BoardPage(Flowable):
    """One page of a map: heading, the board (or one tile of it) and the legend."""

    def __init__(
        self,
        painter: BoardPainter,
        view: Rect,
        scale: float,
        heading: str,
        subheading: str,
        *,
        grid: TilePlan | None = None,
        outline: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.painter, self.view, self.scale = painter, view, scale
        self.heading, self.subheading, self.grid, self.outline = (
            heading,
            subheading,
            grid,
            outline,
        )

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, aH
        return aW, aH

    def draw(self) -> None:
        c, style = self.canv, self.painter.style
        if self.outline:
            key, title = self.outline
            c.bookmarkPage(key)
            c.addOutlineEntry(title, key, level=0)
        c.saveState()
        c.translate(0, self.height)
        c.scale(1, -1)  # y down from here, like the board
        text(
            c, 0, 16, fonts.ellipsize(self.heading, style.bold, 15, self.width), style.bold, 15, INK
        )
        text(
            c,
            0,
            31,
            fonts.ellipsize(self.subheading, style.regular, 9, self.width),
            style.regular,
            9,
            MUTED,
        )
        legend_h = legend_height(self.width, style)
        draw_legend(c, 0, self.height - legend_h, self.width, style)
        m = self.painter.layout.metrics
        w = (m.lane_header_width + self.view.w) * self.scale
        c.translate(max(0.0, (self.width - w) / 2), HEADING_H)
        c.scale(self.scale, self.scale)
        self.painter.draw(c, self.view)
        if self.grid is not None:
            self._grid(c)
        c.restoreState()

    def _grid(self, c: Any) -> None:
        """The tile grid over an overview: each tile's window, numbered."""
        m = self.painter.layout.metrics
        dx, dy = m.lane_header_width - self.view.x, m.phase_header_height - self.view.y
        unit = 1 / self.scale  # one page point in board units
        font = self.painter.style.bold
        assert self.grid is not None
        for tile in self.grid.tiles:
            r = tile.view
            c.setStrokeColor("#1565C0")
            c.setLineWidth(1.6 * unit)
            c.setDash(6 * unit, 3 * unit)
            c.rect(r.x + dx, r.y + dy, r.w, r.h, stroke=1, fill=0)
            c.setDash()
            cx, cy = r.x + dx + r.w / 2, r.y + dy + r.h / 2
            c.setFillColor("#1565C0")
            c.setFillAlpha(0.85)
            c.circle(cx, cy, 14 * unit, stroke=0, fill=1)
            c.setFillAlpha(1)
            text(c, cx, cy + 5.5 * unit, str(tile.index), font, 15 * unit, "#FFFFFF", "middle")


def board_area(width: float, height: float, style: Style) -> tuple[float, float]:
    """The drawing area left for the board on a page frame of ``width`` x ``height``."""
    return width, height - HEADING_H - legend_height(width, style) - 10


def map_pages(
    data: MapData, frame: tuple[float, float], style: Style, t: Mapping[str, str], outline_key: str
) -> list[BoardPage]:
    """The pages of one map: an overview with the tile grid when tiled, then each tile."""
    layout = data.layout()
    painter = BoardPainter(data, layout, style)
    plan = plan_tiles(layout, *board_area(*frame, style))
    name = fonts.clean(data.map.name, newlines=False)
    if len(name) > 120:
        name = name[:119] + "…"
    sub = map_summary(data, t)
    title = t["map_heading"].format(name=name)
    outline = (outline_key, title)
    if not plan.tiled:
        return [BoardPage(painter, plan.tiles[0].view, plan.scale, title, sub, outline=outline)]
    pages = []
    if plan.columns > 1:
        # A board cut only between lanes reads down its pages like a long table, each
        # page with all phases: an overview would add a page and tell nothing more.
        body = body_rect(layout)
        w, h = board_area(*frame, style)
        overview_scale = min(w / layout.width, h / layout.height, MAX_SCALE)
        pages.append(
            BoardPage(
                painter,
                body,
                overview_scale,
                t["overview_heading"].format(name=name, count=len(plan.tiles)),
                t["overview_hint"],
                grid=plan,
                outline=outline,
            )
        )
        outline = None
    for tile in plan.tiles:
        heading = t["tile_heading"].format(
            name=name, index=tile.index, count=len(plan.tiles), row=tile.row, column=tile.column
        )
        pages.append(BoardPage(painter, tile.view, plan.scale, heading, sub, outline=outline))
        outline = None
    return pages
