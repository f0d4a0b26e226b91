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
from typing import Any

from app.colors import (
    DISAGREEMENT_COLOR,
    MOMENT_COLOR,
    NOTE_BORDER,
    NOTE_COLOR,
    UNRATED_COLOR,
    experience_color,
    legend_stops,
    text_color_for,
)
from app.layout import Metrics, Rect, card_regions
from app.mapdata import MapData
from export import fonts
from export.pdf_icons import draw_icon
from export.pdf_tiles import TITLE_PT

INK, MUTED, BORDER = "#263238", "#546E7A", "#37474F"
HATCH = "#8E8E8E"
NOTE_FILL = NOTE_COLOR
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


def text(c: Any, x: float, baseline: float, s: str, font: str, size: float, color: str,
         anchor: str = "start") -> None:
    """Draw cleaned text upright in a y-down coordinate system."""
    c.saveState()
    c.translate(x, baseline)
    c.scale(1, -1)
    c.setFillColor(color)
    c.setFont(font, size)
    draw = {"start": c.drawString, "middle": c.drawCentredString, "end": c.drawRightString}
    draw[anchor](0, 0, s)
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
    parts = [t["kind_" + data.map.kind.replace("-", "_")],
             plural(t, "n_phases", len(data.phases)), plural(t, "n_lanes", len(data.lanes)),
             plural(t, "n_touchpoints", touchpoints),
             plural(t, "n_notes", len(data.cards) - touchpoints),
             plural(t, "n_ratings", sum(len(r) for r in data.ratings.values()))]
    return " · ".join(parts)


def votes_label(n: int, t: Mapping[str, str]) -> str:
    return t["vote_one"] if n == 1 else t["votes_n"].format(n=n)


def hatch(c: Any, r: Rect, radius: float) -> None:
    c.saveState()
    path = c.beginPath()
    path.roundRect(r.x, r.y, r.w, r.h, radius)
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeColor(HATCH)
    c.setLineWidth(0.6)
    step = 7.0
    offset = -r.h
    while offset < r.w:
        c.line(r.x + offset, r.bottom, r.x + offset + r.h, r.y)
        offset += step
    c.restoreState()


def _badge(c: Any, x: float, mid: float, label: str, color: str, font: str) -> float:
    """A small filled marker with white text ending at ``x``; returns its left edge."""
    w = max(11.0, fonts.width(label, font, 7) + 6)
    c.setFillColor(color)
    c.roundRect(x - w, mid - 5.5, w, 11, 3, stroke=0, fill=1)
    text(c, x - w / 2, mid + 2.5, label, font, 7, "#FFFFFF", "middle")
    return x - w


def importance_marks(c: Any, x: float, mid: float, filled: int, color: str = INK) -> float:
    """Five squares, ``filled`` of them solid; returns the right edge."""
    size, gap = 5.0, 1.8
    c.setLineWidth(0.6)
    c.setStrokeColor(color)
    for i in range(5):
        c.setFillColor(color if i < filled else "#FFFFFF")
        c.rect(x + i * (size + gap), mid - size / 2, size, size, stroke=1, fill=1)
    return x + 5 * size + 4 * gap


def _round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def draw_card(c: Any, card: Any, r: Rect, data: MapData, rank: int | None,
              metrics: Metrics, style: Style) -> None:
    """Draw one card at ``r``."""
    regions = card_regions(r, metrics)
    touchpoint = card.kind == "touchpoint"
    score = data.scores.get(card.id) if touchpoint else None
    fill = experience_color(score.experience if score else None) if touchpoint else NOTE_FILL
    ink = text_color_for(fill)
    c.setFillColor(fill)
    c.roundRect(r.x, r.y, r.w, r.h, 4, stroke=0, fill=1)
    if score is not None and not score.rated:
        hatch(c, r, 4)
    c.setStrokeColor(BORDER if touchpoint else NOTE_BORDER)
    c.setLineWidth(1.1 if touchpoint else 0.7)
    if touchpoint and not card.direct:
        c.setDash(4, 2.5)
    c.roundRect(r.x, r.y, r.w, r.h, 4, stroke=1, fill=0)
    c.setDash()
    _icon(c, card, regions.icon, data, style)
    # Title: wrapped, hard breaks in long words, and clipped to its region.
    c.saveState()
    clip = c.beginPath()
    clip.rect(regions.title.x, regions.title.y, regions.title.w, regions.title.h)
    c.clipPath(clip, stroke=0, fill=0)
    max_lines = max(1, int((regions.title.h + 2) // TITLE_LEADING))
    font = style.regular
    lines = fonts.wrap(fonts.clean(card.title), font, TITLE_PT, regions.title.w, max_lines)
    for i, line in enumerate(lines):
        text(c, regions.title.x, regions.title.y + TITLE_PT + 1 + i * TITLE_LEADING, line,
             font, TITLE_PT, ink)
    c.restoreState()
    _strip(c, card, regions.strip, score, rank, ink, style)


def _icon(c: Any, card: Any, box: Rect, data: MapData, style: Style) -> None:
    if card.kind == "note":
        draw_icon(c, f"note-{card.note_type}", box.x, box.y, box.w)
        return
    channel = data.channels.get(card.channel_id or "")
    if channel is None:
        return
    if not draw_icon(c, channel.icon, box.x, box.y, box.w):
        # A custom channel without a known icon: its initials in a small tag.
        label = fonts.clean(channel.name, newlines=False).strip()[:2] or "?"
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.8)
        c.roundRect(box.x, box.y + 2, box.w, box.h - 4, 2, stroke=1, fill=0)
        text(c, box.center[0], box.center[1] + 2.5, label, style.bold, 7, BORDER, "middle")


def _strip(c: Any, card: Any, strip: Rect, score: Any, rank: int | None, ink: str,
           style: Style) -> None:
    t = style.t
    mid = strip.y + strip.h / 2
    baseline = mid + 2.8
    if score is None:
        label = t.get(f"note_{card.note_type}", card.note_type or "")
        text(c, strip.x, baseline, label, style.italic, 7.5, MUTED)
        return
    if not score.rated:
        text(c, strip.x, baseline, t["unrated"], style.italic, 7.5, ink)
        return
    value = signed(score.experience, 1, style.lang)
    text(c, strip.x, baseline, value, style.bold, 8, ink)
    x = strip.x + max(20.0, fonts.width(value, style.bold, 8) + 5)
    importance_marks(c, x, mid, _round_half_up(score.importance), ink)
    right = strip.right
    text(c, right, baseline, votes_label(score.votes, t), style.regular, 7.5, ink, "end")
    right -= fonts.width(votes_label(score.votes, t), style.regular, 7.5) + 4
    if score.disagreement:
        right = _badge(c, right, mid, "\u2260", DISAGREEMENT_COLOR, style.bold) - 3
    if rank is not None:
        _badge(c, right, mid, f"#{rank}", MOMENT_COLOR, style.bold)


# -- the legend under each board ---------------------------------------------------------

Swatch = Callable[[Any, float, float, Style], None]  # draws at (x, top), 10 pt high


def _color_swatch(color: str, hatched: bool = False) -> Swatch:
    def draw(c: Any, x: float, top: float, style: Style) -> None:
        c.setFillColor(color)
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.6)
        c.roundRect(x, top, 18, 10, 2, stroke=0, fill=1)
        if hatched:
            hatch(c, Rect(x, top, 18, 10), 2)
        c.roundRect(x, top, 18, 10, 2, stroke=1, fill=0)
    return draw


def _border_swatch(dashed: bool) -> Swatch:
    def draw(c: Any, x: float, top: float, style: Style) -> None:
        c.setStrokeColor(BORDER)
        c.setLineWidth(1.1)
        if dashed:
            c.setDash(4, 2.5)
        c.roundRect(x, top, 18, 10, 2, stroke=1, fill=0)
        c.setDash()
    return draw


def _marks_swatch(c: Any, x: float, top: float, style: Style) -> None:
    importance_marks(c, x, top + 5, 3)


def _badge_swatch(label: str, color: str) -> Swatch:
    def draw(c: Any, x: float, top: float, style: Style) -> None:
        _badge(c, x + 14, top + 5, label, color, style.bold)
    return draw


def _curve_swatch(c: Any, x: float, top: float, style: Style) -> None:
    c.setStrokeColor(MUTED)
    c.setLineWidth(1.6)
    c.line(x, top + 8, x + 9, top + 2)
    c.line(x + 9, top + 2, x + 18, top + 6)
    c.setFillColor(experience_color(-1))
    c.setLineWidth(1)
    c.circle(x + 9, top + 2.5, 2.5, stroke=1, fill=1)


def _legend_items(style: Style) -> list[tuple[Swatch, float, str]]:
    t = style.t
    items: list[tuple[Swatch, float, str]] = []
    for (value, color, _), key in zip(legend_stops(), ("very_negative", "negative", "neutral",
                                                      "positive", "very_positive"), strict=True):
        items.append((_color_swatch(color), 18, f"{signed(value, 0, style.lang)} {t[key]}"))
    items += [
        (_color_swatch(UNRATED_COLOR, hatched=True), 18, t["unrated"]),
        (_border_swatch(False), 18, t["legend_direct"]),
        (_border_swatch(True), 18, t["legend_indirect"]),
        (_marks_swatch, 33, t["legend_importance"]),
        (_badge_swatch("\u2260", DISAGREEMENT_COLOR), 14, t["legend_disagreement"]),
        (_badge_swatch("#1", MOMENT_COLOR), 14, t["legend_moment"]),
        (_curve_swatch, 18, t["legend_curve"]),
    ]
    return items


LEGEND_ROW, LEGEND_PT = 14.0, 7.5


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
    """The compact legend: colours, borders and markers, wrapped to ``width``."""
    c.setStrokeColor("#CFD8DC")
    c.setLineWidth(0.6)
    c.line(x0, top, x0 + width, top)
    text(c, x0, top + 12, style.t["legend"], style.bold, LEGEND_PT, INK)
    for x, row, swatch, sw, label in _legend_flow(width, style):
        y = top + 4 + row * LEGEND_ROW
        swatch(c, x0 + x, y, style)
        text(c, x0 + x + sw + 4, y + 8, label, style.regular, LEGEND_PT, INK)
