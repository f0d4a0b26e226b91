"""Export: the persona pages of the PDF, a profile and an emotion curve per map.

A picture is shown when ReportLab can decode it (PNG, JPEG, anything Pillow reads); a
broken one is left out with a note, never a failed export.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    ImageAndFlowables,
    KeepTogether,
    Paragraph,
    Spacer,
)

from app.colors import experience_color
from app.layout import Rect, curve_y
from app.mapdata import MapData
from export import fonts, pictures
from export.pdf_board import label_baseline
from export.pdf_cards import INK, MUTED, Style, safe_color, signed, text

PICTURE_MAX = (170.0, 210.0)


class CurveChart(Flowable):
    """A persona's emotion curve on one map: phases across, -2..+2 up, gaps kept."""

    def __init__(
        self,
        title: str,
        phases: Sequence[str],
        values: Sequence[float | None],
        color: str | None,
        style: Style,
        width: float,
        height: float = 112,
    ) -> None:
        super().__init__()
        self.title, self.phases, self.values = title, list(phases), list(values)
        self.color, self.style = safe_color(color), style
        self.width, self.height = width, height * style.k

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = min(self.width, aW)
        return self.width, self.height

    def draw(self) -> None:
        c, s = self.canv, self.style
        c.saveState()
        c.translate(0, self.height)
        c.scale(s.k, -s.k)
        width, height = self.width / s.k, self.height / s.k
        text(c, 0, 11, fonts.ellipsize(self.title, s.bold, 10, width), s.bold, 10, INK)
        band = Rect(34, 18, width - 40, height - 44)
        c.setFillColor("#F4F6F7")
        c.rect(band.x, band.y, band.w, band.h, stroke=0, fill=1)
        for value in (2, 1, 0, -1, -2):
            y = curve_y(band, value)
            c.setStrokeColor("#90A4AE" if value == 0 else "#DDE3E6")
            c.setLineWidth(0.8 if value == 0 else 0.5)
            c.setDash(*((4, 3) if value == 0 else ()))
            c.line(band.x, y, band.right, y)
            c.setDash()
            text(c, band.x - 6, y + 2.5, signed(value, 0, s.lang), s.regular, 7, MUTED, "end")
        n = max(1, len(self.phases))
        step = band.w / n
        xs = [band.x + step * (i + 0.5) for i in range(len(self.phases))]
        for x, name in zip(xs, self.phases, strict=True):
            c.setStrokeColor("#DDE3E6")
            c.line(x, band.y, x, band.bottom)
            lines = fonts.wrap(fonts.clean(name), s.regular, 7, step - 6, max_lines=2)
            for i, line in enumerate(lines):
                text(c, x, band.bottom + 10 + i * 8.5, line, s.regular, 7, INK, "middle")
        points = [
            None if v is None else (x, curve_y(band, v))
            for x, v in zip(xs, self.values, strict=False)
        ]
        c.setStrokeColor(self.color)
        c.setLineWidth(2)
        c.setLineCap(1)
        for a, b in zip(points, points[1:], strict=False):
            if a is not None and b is not None:
                c.line(a[0], a[1], b[0], b[1])
        for i, (point, value) in enumerate(zip(points, self.values, strict=False)):
            if point is None or value is None:
                continue
            c.setFillColor(experience_color(value))
            c.setLineWidth(1.4)
            c.circle(point[0], point[1], 4, stroke=1, fill=1)
            text(
                c,
                point[0],
                label_baseline(self.values, i, point[1], band),
                signed(value, 1, s.lang),
                s.regular,
                7,
                INK,
                "middle",
            )
        c.restoreState()


def _picture(data: bytes | None) -> tuple[Image | None, bool]:
    """(Image flowable, broken?) for a persona picture; nothing for no picture."""
    if not data:
        return None, False
    if pictures.problem(data):  # a decompression bomb: never decoded
        return None, True
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
        reader.getRGBData()  # decode now: a damaged image fails here, not mid-build
        if w <= 0 or h <= 0:
            return None, True
        scale = min(PICTURE_MAX[0] / w, PICTURE_MAX[1] / h)
        return Image(io.BytesIO(data), width=w * scale, height=h * scale), False
    except Exception:  # any decoder error: leave the picture out
        return None, True


def _styles(k: float, indent: float) -> dict[str, ParagraphStyle]:
    fs = fonts.fonts()
    body = ParagraphStyle(
        "pbody",
        fontName=fs.regular,
        fontSize=10 * k,
        leading=13.5 * k,
        textColor=colors.HexColor(INK),
        spaceAfter=6 * k,
        rightIndent=indent,
    )
    return {
        "title": ParagraphStyle(
            "ptitle",
            parent=body,
            fontName=fs.bold,
            fontSize=20 * k,
            leading=24 * k,
            spaceAfter=2 * k,
        ),
        "role": ParagraphStyle(
            "prole",
            parent=body,
            fontName=fs.italic,
            fontSize=11 * k,
            leading=14 * k,
            textColor=colors.HexColor(MUTED),
            spaceAfter=10 * k,
        ),
        "label": ParagraphStyle(
            "plabel",
            parent=body,
            fontName=fs.bold,
            fontSize=9 * k,
            leading=11 * k,
            spaceAfter=1,
            textColor=colors.HexColor(MUTED),
        ),
        "body": body,
        "quote": ParagraphStyle(
            "pquote",
            parent=body,
            fontName=fs.italic,
            fontSize=12 * k,
            leading=16 * k,
            leftIndent=12 * k,
            spaceBefore=4 * k,
        ),
        "note": ParagraphStyle(
            "pnote",
            parent=body,
            fontName=fs.italic,
            fontSize=8 * k,
            textColor=colors.HexColor(MUTED),
        ),
        "h2": ParagraphStyle(
            "ph2",
            parent=body,
            fontName=fs.bold,
            fontSize=13 * k,
            leading=16 * k,
            spaceBefore=10 * k,
            spaceAfter=6 * k,
            rightIndent=0,
        ),
    }


def persona_section(
    persona: Any,
    maps: Sequence[MapData],
    width: float,
    style: Style,
    t: Mapping[str, str],
    key: str,
) -> list[Flowable]:
    """One persona: profile with picture, then the emotion curve of each of its lanes."""
    picture, broken = _picture(persona.picture)
    # Keep lines of the profile short enough to read on wide sheets.
    indent = 0.0 if picture is not None else max(0.0, width - 620 * style.k)
    st = _styles(style.k, indent)
    name = fonts.markup(_cap(persona.name, 200), newlines=False)
    swatch = f"<font color='{safe_color(persona.color)}'>\u25a0</font> "
    head = Paragraph(f"{swatch}{name}", st["title"])
    story: list[Flowable] = [_Outline(key, t["persona_heading"].format(name=persona.name)), head]
    if persona.role.strip():
        story.append(Paragraph(fonts.markup(persona.role), st["role"]))
    profile: list[Flowable] = []
    for field in ("description", "goals", "needs", "pains"):
        value = getattr(persona, field) or ""
        if value.strip():
            profile += [
                Paragraph(fonts.markup(t[f"persona_{field}"]), st["label"]),
                Paragraph(fonts.markup(value), st["body"]),
            ]
    if persona.quote.strip():
        profile.append(
            Paragraph(
                f"\u201c{fonts.markup(persona.quote)}\u201d"
                if style.lang == "en"
                else f"\u201e{fonts.markup(persona.quote)}\u201c",
                st["quote"],
            )
        )
    if broken:
        profile.append(Paragraph(fonts.markup(t["picture_broken"]), st["note"]))
    if picture is not None:
        story.append(
            ImageAndFlowables(
                picture,
                profile or [Spacer(1, 1)],
                imageSide="right",
                imageLeftPadding=14,
                imageBottomPadding=8,
            )
        )
    else:
        story += profile
    charts = []
    for data in maps:
        for lane in data.lanes:
            if lane.persona_id != persona.id:
                continue
            title = t["curve_chart"].format(
                map=fonts.clean(_cap(data.map.name, 120), newlines=False),
                lane=fonts.clean(_cap(lane.name, 120), newlines=False),
            )
            values = data.curve(lane.id)
            if all(value is None for value in values):
                continue  # no rated touchpoint in the lane: an empty chart says nothing
            charts.append(
                CurveChart(
                    title, [p.name for p in data.phases], values, persona.color, style, width
                )
            )
    if charts:
        story += [
            CondPageBreak(200),
            KeepTogether([Paragraph(fonts.markup(t["curves_title"]), st["h2"]), charts[0]]),
        ]
        for chart in charts[1:]:
            story += [Spacer(1, 8), chart]
    return story


def _cap(value: str, limit: int) -> str:
    value = value or ""
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


class _Outline(Flowable):
    """A zero-size flowable that adds a PDF bookmark where it lands."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, fonts.clean(_cap(title, 200), newlines=False), level

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level)
