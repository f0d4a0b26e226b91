"""Export: one board card and the board legend, drawn on a ReportLab canvas.

Coordinates are board points with y pointing down (see ``pdf_board``). A card has the
anatomy of ``app.layout.card_regions``: icon, title, rating strip. Touchpoints are
filled with their mean-experience colour (unrated: grey and hatched), bordered solid
when direct and dashed when indirect; the strip shows the mean experience, importance
marks, the votes, and the disagreement and moment-of-truth markers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, toColor
from reportlab.pdfgen.pathobject import PDFPathObject

from app.colors import (
    DISAGREEMENT_COLOR,
    MOMENT_COLOR,
    UNRATED_COLOR,
    experience_color,
    legend_stops,
    note_style,
    text_color_for,
)
from app.layout import CardRegions, Metrics, Rect, card_regions
from app.mapdata import MapData
from export import fonts
from export.pdf_icons import icon_form
from export.pdf_tiles import TITLE_PT

INK, MUTED, BORDER = "#263238", "#546E7A", "#37474F"
HATCH = "#8E8E8E"
TITLE_LEADING = 10.6
DEFAULT_PERSONA_COLOR = "#3366CC"


@dataclass(frozen=True)
class Style:
    """Fonts, labels and language shared by everything drawn on the board pages."""

    t: Mapping[str, str]
    lang: str = "en"
    k: float = 1.0  # text scale of the non-board pages: larger sheets, larger type

    @property
    def regular(self) -> str:
        return fonts.fonts().regular

    @property
    def bold(self) -> str:
        return fonts.fonts().bold

    @property
    def italic(self) -> str:
        return fonts.fonts().italic


# ReportLab parses a colour string anew on every use (cssParse, the named colours, ...);
# a board sets a colour per card part, so each string is parsed once.
@lru_cache(maxsize=1024)
def color(value: str) -> Color | tuple[float, float, float]:
    """The ReportLab colour of a colour string such as '#263238'.

    An opaque colour is given as its (red, green, blue) tuple: the canvas writes the same
    PDF colour for it as for the Color object, without setting the opacity every time.
    """
    parsed = toColor(value)
    return parsed if parsed.alpha != 1 else (parsed.red, parsed.green, parsed.blue)


# The card colours depend only on the mean experience (a few dozen distinct values), and
# the labels of the rating strips repeat ("+0.6", "5 votes", "#12").
fill_for = lru_cache(maxsize=1024)(experience_color)
ink_for = lru_cache(maxsize=256)(text_color_for)
label_width = lru_cache(maxsize=4096)(fonts.width)


class TextRun:
    """Strings drawn upright in a y-down coordinate system, in one PDF text object.

    Each string gets its own text matrix (flipped back upright), and the font and colour
    are written only when they change. The text object sets the fill colour (and the
    font) of the graphics state: callers draw it inside a saved state or set the fill
    colour again before they fill a shape.
    """

    def __init__(self, c: Any, origin: tuple[float, float] = (0.0, 0.0)) -> None:
        self.c, self.origin = c, origin  # where (0, 0) of the positions given to add is
        self.obj = c.beginText()
        self.font: tuple[str, float] | None = None
        self.color: str | None = None

    def add(
        self,
        x: float,
        baseline: float,
        s: str,
        font: str,
        size: float,
        ink: str,
        anchor: str = "start",
    ) -> None:
        """Queue ``s`` at ``x`` (its start, middle or end as ``anchor`` says)."""
        if anchor != "start":
            w = label_width(s, font, size)
            x -= w / 2 if anchor == "middle" else w
        obj = self.obj
        obj.setTextTransform(1, 0, 0, -1, self.origin[0] + x, self.origin[1] + baseline)
        if self.color != ink:
            obj.setFillColor(color(ink))
            self.color = ink
        # In display order, and in a fallback font where the base font has no glyph.
        parts = [(s, font)] if s.isascii() else fonts.runs(fonts.visual(s), font)
        last = len(parts) - 1
        for i, (part, face) in enumerate(parts):
            if self.font != (face, size):
                obj.setFont(face, size)
                self.font = (face, size)
            if i < last:
                obj.textOut(part)  # moves on by its width, for the next part
            else:  # the next string sets its own position: the line feed is unused
                obj.textLine(part)

    def draw(self) -> None:
        self.c.drawText(self.obj)


def text(
    c: Any,
    x: float,
    baseline: float,
    s: str,
    font: str,
    size: float,
    ink: str,
    anchor: str = "start",
) -> None:
    """Draw cleaned text upright in a y-down coordinate system."""
    run = TextRun(c)
    run.add(x, baseline, s, font, size, ink, anchor)
    c.saveState()
    run.draw()
    c.restoreState()


def safe_color(value: str | None) -> str:
    """A stored colour if it is a plain '#RRGGBB', else the default persona colour."""
    return value if value and re.fullmatch(r"#[0-9A-Fa-f]{6}", value) else DEFAULT_PERSONA_COLOR


def number(value: float, decimals: int, lang: str) -> str:
    out = f"{value:.{decimals}f}"
    return out.replace(".", ",") if lang == "de" else out


def signed(value: float, decimals: int, lang: str) -> str:
    """'+1.3', '−0.7' (a true minus sign), '0.0'."""
    rounded = round(value, decimals)
    body = number(abs(rounded), decimals, lang)
    return ("+" if rounded > 0 else "\u2212" if rounded < 0 else "") + body


def plural(t: Mapping[str, str], key: str, n: int) -> str:
    """'1 note' or '3 notes' from a label 'one|many'."""
    one, many = t[key].split("|")
    return (one if n == 1 else many).format(n=n)


def map_summary(data: MapData, t: Mapping[str, str]) -> str:
    """'As-is map · 7 phases · 5 lanes · 30 touchpoints · 12 notes · 81 ratings'."""
    touchpoints = sum(card.kind == "touchpoint" for card in data.cards)
    parts = [
        t["kind_" + data.map.kind.replace("-", "_")],
        plural(t, "n_phases", len(data.phases)),
        plural(t, "n_lanes", len(data.lanes)),
        plural(t, "n_touchpoints", touchpoints),
        plural(t, "n_notes", len(data.cards) - touchpoints),
        plural(t, "n_ratings", sum(len(r) for r in data.ratings.values())),
    ]
    assumed = sum(
        card.kind == "touchpoint" and card.evidence == "assumption" for card in data.cards
    )
    if touchpoints:
        one, many = t["assumptions"].split("|")
        parts.append((one if touchpoints == 1 else many).format(n=assumed, total=touchpoints))
    return " · ".join(parts)


def votes_label(n: int, t: Mapping[str, str]) -> str:
    return t["vote_one"] if n == 1 else t["votes_n"].format(n=n)


@lru_cache(maxsize=256)
def round_rect(x: float, y: float, w: float, h: float, radius: float) -> PDFPathObject:
    """A rounded rectangle's path, built once: a canvas draws a path object as often as
    asked (cards of one size share their outline, drawn at the card's origin)."""
    path = PDFPathObject()
    path.roundRect(x, y, w, h, radius)
    return path


@lru_cache(maxsize=64)
def _rect_path(x: float, y: float, w: float, h: float) -> PDFPathObject:
    """A rectangle's path, built once (see ``round_rect``)."""
    path = PDFPathObject()
    path.rect(x, y, w, h)
    return path


def hatch(c: Any, r: Rect, radius: float) -> None:
    c.saveState()
    c.clipPath(round_rect(r.x, r.y, r.w, r.h, radius), stroke=0, fill=0)
    c.setStrokeColor(HATCH)
    c.setLineWidth(0.6)
    step = 7.0
    offset = -r.h
    while offset < r.w:
        c.line(r.x + offset, r.bottom, r.x + offset + r.h, r.y)
        offset += step
    c.restoreState()


def _badge(c: Any, run: TextRun, x: float, mid: float, label: str, color: str, font: str) -> float:
    """A small filled marker ending at ``x``, its white label queued on ``run``; returns
    its left edge."""
    label_w = label_width(label, font, 7)
    w = max(11.0, label_w + 6)
    c.setFillColor(color)
    c.drawPath(round_rect(x - w, mid - 5.5, w, 11, 3), stroke=0, fill=1)
    run.add(x - w / 2 - label_w / 2, mid + 2.5, label, font, 7, "#FFFFFF")  # centred
    return x - w


def importance_marks(c: Any, x: float, mid: float, filled: int, color: str = INK) -> float:
    """Five squares, ``filled`` of them solid; returns the right edge."""
    size, gap = 5.0, 1.8
    c.setLineWidth(0.6)
    c.setStrokeColor(color)
    for fill, marks in ((color, range(filled)), ("#FFFFFF", range(filled, 5))):
        if marks:
            c.setFillColor(fill)
        for i in marks:
            c.rect(x + i * (size + gap), mid - size / 2, size, size, stroke=1, fill=1)
    return x + 5 * size + 4 * gap


def _round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


@lru_cache(maxsize=64)
def _regions(w: float, h: float, metrics: Metrics) -> CardRegions:
    """The parts of a ``w`` x ``h`` card drawn at the origin."""
    return card_regions(Rect(0, 0, w, h), metrics)


@lru_cache(maxsize=8192)
def wrapped(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """User text cleaned and wrapped (``fonts.wrap``), once: the overview and the tiles
    draw the same cards and headers."""
    return fonts.wrap(fonts.clean(text), font, size, width, max_lines)


def draw_card(
    c: Any, card: Any, r: Rect, data: MapData, rank: int | None, metrics: Metrics, style: Style
) -> None:
    """Draw one card at ``r``.

    The card is drawn at its own origin, so cards of one size share their outline,
    regions and icon forms. Its shapes come first, then its strings in two text
    objects: the title (clipped to its region) and the rating strip.
    """
    regions = _regions(r.w, r.h, metrics)
    touchpoint = card.kind == "touchpoint"
    score = data.scores.get(card.id) if touchpoint else None
    note_fill, note_border, _fold = note_style(None if touchpoint else card.note_type)
    fill = fill_for(score.experience if score else None) if touchpoint else note_fill
    ink = ink_for(fill)
    outline = round_rect(0, 0, r.w, r.h, 4)
    hatched = score is not None and not score.rated
    dashed = touchpoint and not card.direct
    c.saveState()
    c.translate(r.x, r.y)
    c.setFillColor(fill)
    if hatched:
        c.drawPath(outline, stroke=0, fill=1)
        hatch(c, Rect(0, 0, r.w, r.h), 4)
    c.setStrokeColor(BORDER if touchpoint else note_border)
    c.setLineWidth(1.1 if touchpoint else 0.9)
    if dashed:
        c.setDash(4, 2.5)
    c.drawPath(outline, stroke=1, fill=0 if hatched else 1)  # fill, then the border
    if dashed:
        c.setDash()
    _icon(c, card, regions.icon, data, style)
    strip = TextRun(c, (r.x, r.y))
    # The evidence badge under the icon, as on screen; its mark is read after the rating.
    evidence = EVIDENCE_MARKS.get(getattr(card, "evidence", ""))
    mark = (
        TextRun(c, (r.x, r.y)) if evidence and regions.strip.y - regions.icon.bottom >= 12 else None
    )
    if evidence and mark is not None:
        icon = regions.icon
        _badge(c, mark, icon.x + icon.w / 2 + 5.5, icon.bottom + 7, *evidence, style.bold)
    _strip(c, strip, card, regions.strip, score, rank, ink, style)
    # Title: wrapped, hard breaks in long words, and clipped to its region (the clip
    # ends with the card's state; the strip's text object follows it).
    box = regions.title
    c.clipPath(_rect_path(box.x, box.y, box.w, box.h), stroke=0, fill=0)
    max_lines = max(1, int((box.h + 2) // TITLE_LEADING))
    title = TextRun(c)
    for i, line in enumerate(wrapped(card.title, style.regular, TITLE_PT, box.w, max_lines)):
        title.add(
            box.x, box.y + TITLE_PT + 1 + i * TITLE_LEADING, line, style.regular, TITLE_PT, ink
        )
    title.draw()
    c.restoreState()
    strip.draw()
    if mark is not None:
        mark.draw()


def _icon(c: Any, card: Any, box: Rect, data: MapData, style: Style) -> None:
    channel = None
    if card.kind == "note":
        name = f"note-{card.note_type}"
    else:
        channel = data.channels.get(card.channel_id or "")
        if channel is None:
            return
        name = channel.icon
    form = icon_form(c, name, box.x, box.y, box.w)
    if form is not None:
        c.doForm(form)
    elif channel is not None:
        # A custom channel without a known icon: its initials in a small tag.
        label = fonts.clean(channel.name, newlines=False).strip()[:2] or "?"
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.8)
        c.drawPath(round_rect(box.x, box.y + 2, box.w, box.h - 4, 2), stroke=1, fill=0)
        text(c, box.center[0], box.center[1] + 2.5, label, style.bold, 7, BORDER, "middle")


def _strip(
    c: Any,
    run: TextRun,
    card: Any,
    strip: Rect,
    score: Any,
    rank: int | None,
    ink: str,
    style: Style,
) -> None:
    t = style.t
    mid = strip.y + strip.h / 2
    baseline = mid + 2.8
    if score is None:
        label = t.get(f"note_{card.note_type}", card.note_type or "")
        run.add(strip.x, baseline, label, style.italic, 7.5, MUTED)
        return
    if not score.rated:
        run.add(strip.x, baseline, t["unrated"], style.italic, 7.5, ink)
        return
    value = signed(score.experience, 1, style.lang)
    run.add(strip.x, baseline, value, style.bold, 8, ink)
    x = strip.x + max(20.0, label_width(value, style.bold, 8) + 5)
    importance_marks(c, x, mid, _round_half_up(score.importance), ink)
    votes = votes_label(score.votes, t)
    right = strip.right
    votes_w = label_width(votes, style.regular, 7.5)
    run.add(right - votes_w, baseline, votes, style.regular, 7.5, ink)  # ends at the right
    right -= votes_w + 4
    if score.disagreement:
        right = _badge(c, run, right, mid, "\u2260", DISAGREEMENT_COLOR, style.bold) - 3
    if rank is not None:
        _badge(c, run, right, mid, f"#{rank}", MOMENT_COLOR, style.bold)


# -- the legend under each board ---------------------------------------------------------

# Draws at (x, top), 10 pt high; a label inside the swatch is queued on the run.
Swatch = Callable[[Any, TextRun, float, float, Style], None]


def _color_swatch(color: str, hatched: bool = False) -> Swatch:
    def draw(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
        c.setFillColor(color)
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.6)
        if hatched:
            c.drawPath(round_rect(x, top, 18, 10, 2), stroke=0, fill=1)
            hatch(c, Rect(x, top, 18, 10), 2)
        c.drawPath(round_rect(x, top, 18, 10, 2), stroke=1, fill=0 if hatched else 1)

    return draw


def _border_swatch(dashed: bool) -> Swatch:
    def draw(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
        c.setStrokeColor(BORDER)
        c.setLineWidth(1.1)
        if dashed:
            c.setDash(4, 2.5)
        c.drawPath(round_rect(x, top, 18, 10, 2), stroke=1, fill=0)
        c.setDash()

    return draw


def _note_swatch(note_type: str) -> Swatch:
    def draw(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
        fill, border, _fold = note_style(note_type)
        c.setFillColor(fill)
        c.setStrokeColor(border)
        c.setLineWidth(0.9)
        c.rect(x, top, 18, 10, stroke=1, fill=1)

    return draw


def _marks_swatch(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
    importance_marks(c, x, top + 5, 3)


def _badge_swatch(label: str, color: str) -> Swatch:
    def draw(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
        _badge(c, run, x + 14, top + 5, label, color, style.bold)

    return draw


def _evidence_swatch(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
    for i, (label, color) in enumerate(EVIDENCE_MARKS.values()):
        _badge(c, run, x + 11 + i * 13.5, top + 5, label, color, style.bold)


def _curve_swatch(c: Any, run: TextRun, x: float, top: float, style: Style) -> None:
    c.setStrokeColor(MUTED)
    c.setLineWidth(1.6)
    c.line(x, top + 8, x + 9, top + 2)
    c.line(x + 9, top + 2, x + 18, top + 6)
    c.setFillColor(fill_for(-1))
    c.setLineWidth(1)
    c.circle(x + 9, top + 2.5, 2.5, stroke=1, fill=1)


def _legend_items(style: Style) -> list[tuple[Swatch, float, str]]:
    t = style.t
    items: list[tuple[Swatch, float, str]] = []
    for (value, color, _), key in zip(
        legend_stops(),
        ("very_negative", "negative", "neutral", "positive", "very_positive"),
        strict=True,
    ):
        items.append((_color_swatch(color), 18, f"{signed(value, 0, style.lang)} {t[key]}"))
    items += [
        (_color_swatch(UNRATED_COLOR, hatched=True), 18, t["unrated"]),
        (_border_swatch(False), 18, t["legend_direct"]),
        (_border_swatch(True), 18, t["legend_indirect"]),
        (_marks_swatch, 33, t["legend_importance"]),
        (_badge_swatch("\u2260", DISAGREEMENT_COLOR), 14, t["legend_disagreement"]),
        (_badge_swatch("#1", MOMENT_COLOR), 14, t["legend_moment"]),
        (_curve_swatch, 18, t["legend_curve"]),
        (_evidence_swatch, 38, " / ".join(t[f"legend_{k}"] for k in EVIDENCE_MARKS)),
        (_note_swatch("pain"), 18, t["note_pain"]),
        (_note_swatch("idea"), 18, t["note_idea"]),
    ]
    return items


LEGEND_ROW, LEGEND_PT = 14.0, 7.5
# What a card rests on, as on the board: ? assumption, ” reported, ✓ observed.
EVIDENCE_MARKS = {
    "assumption": ("?", "#B26A00"),
    "reported": ("\u201d", "#1F5FAF"),
    "observed": ("\u2713", "#2E7D32"),
}


def _legend_flow(width: float, style: Style) -> list[tuple[float, int, Swatch, float, str]]:
    title_w = fonts.width(style.t["legend"], style.bold, LEGEND_PT) + 8
    x, row, out = title_w, 0, []
    for swatch, sw, label in _legend_items(style):
        w = sw + 4 + fonts.width(label, style.regular, LEGEND_PT) + 12
        if x + w > width and x > title_w:
            x, row = title_w, row + 1
        out.append((x, row, swatch, sw, label))
        x += w
    return out


def legend_height(width: float, style: Style) -> float:
    flow = _legend_flow(width, style)
    return (flow[-1][1] + 1) * LEGEND_ROW + 4 if flow else 0.0


def draw_legend(c: Any, x0: float, top: float, width: float, style: Style) -> None:
    """The compact legend: colours, borders and markers, wrapped to ``width``.

    Every board page shows the same legend at the same place: it is written into the
    document once, as a form, that each page draws.
    """
    form = f"legend-{style.lang}-{x0!r}-{top!r}-{width!r}"
    if not c.hasForm(form):
        margin = 10.0  # room for strokes and glyphs beyond the rows
        c.beginForm(
            form,
            x0 - margin,
            top - margin,
            x0 + width + margin,
            top + legend_height(width, style) + margin,
        )
        c.setStrokeColor("#CFD8DC")
        c.setLineWidth(0.6)
        c.line(x0, top, x0 + width, top)
        run = TextRun(c)
        run.add(x0, top + 12, style.t["legend"], style.bold, LEGEND_PT, INK)
        for x, row, swatch, sw, label in _legend_flow(width, style):
            y = top + 4 + row * LEGEND_ROW
            swatch(c, run, x0 + x, y, style)
            run.add(x0 + x + sw + 4, y + 8, label, style.regular, LEGEND_PT, INK)
        run.draw()
        c.endForm()
    c.doForm(form)
