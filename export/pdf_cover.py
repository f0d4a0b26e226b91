"""Export: the PDF's cover page, the "how to read the maps" page and section headings.

The cover is drawn directly (it must stay one page whatever the workshop holds: long
lists end with "… and N more"); the legend page draws sample cards with the same code
as the boards, so the explanation always matches what the reader sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from app.colors import UNRATED_COLOR, experience_color
from app.layout import Metrics, Rect
from app.mapdata import MapData
from export import fonts
from export.pdf_cards import (
    INK,
    MUTED,
    Style,
    draw_card,
    hatch,
    map_summary,
    safe_color,
    signed,
    text,
)

BAND = "#37474F"


class CoverPage(Flowable):
    """Title, export date, the maps with their counts, the personas, the participants."""

    def __init__(
        self,
        title: str,
        date: str,
        maps: Sequence[MapData],
        personas: Sequence[Any],
        participants: Sequence[Any],
        style: Style,
    ) -> None:
        super().__init__()
        self.title, self.date, self.maps = title, date, maps
        self.personas, self.participants, self.style = personas, participants, style
        self.contents_top = 0.0  # where the contents go, filled in once pages are known

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, aH
        return aW, aH

    def draw(self) -> None:
        c, s, t = self.canv, self.style, self.style.t
        c.saveState()
        c.translate(0, self.height)
        c.scale(s.k, -s.k)
        width, height = self.width / s.k, self.height / s.k
        lines = fonts.wrap(fonts.clean(self.title), s.bold, 28, width - 72, max_lines=3)
        band_h = 86 + len(lines) * 34 + 40
        c.setFillColor(BAND)
        c.roundRect(0, 0, width, band_h, 6, stroke=0, fill=1)
        text(c, 36, 44, t["cover_kicker"], s.bold, 10, "#B0BEC5")
        for i, line in enumerate(lines):
            text(c, 36, 86 + i * 34, line, s.bold, 28, "#FFFFFF")
        text(c, 36, band_h - 26, t["exported"].format(date=self.date), s.regular, 11, "#CFD8DC")
        top, gap = band_h + 36, 28.0
        col_w = (width - 2 * gap) / 3
        # The lists may use the upper part of what is left; the contents get the rest.
        bottom = top + max(120.0, (height - top) * 0.5)
        ends = [
            self._maps(c, 0, top, col_w, bottom),
            self._personas(c, col_w + gap, top, col_w, bottom),
            self._participants(c, 2 * (col_w + gap), top, col_w, bottom),
        ]
        self.contents_top = max(ends) + 24
        c.restoreState()

    def draw_contents(
        self, c: Any, entries: Sequence[tuple[str, int]], origin: tuple[float, float]
    ) -> None:
        """The contents with page numbers (drawn when the document is complete)."""
        s = self.style
        if not entries:
            return
        c.saveState()
        c.translate(*origin)
        c.scale(s.k, -s.k)
        width, height = self.width / s.k, self.height / s.k
        y = self._heading(c, 0, self.contents_top, width, s.t["contents"])
        gap = 28.0
        col_w = (width - gap) / 2
        rows = max(1, int((height - 6 - y) // 15))
        if len(entries) > 2 * rows:
            entries = [*entries[: 2 * rows - 1], ("\u2026", 0)]
        for i, (title, page) in enumerate(entries):
            x, row_y = (i // rows) * (col_w + gap), y + (i % rows) * 15
            number = str(page) if page else ""
            room = col_w - fonts.width(number, s.regular, 10) - 16
            label = fonts.ellipsize(fonts.clean(title, newlines=False), s.regular, 10, room)
            text(c, x, row_y, label, s.regular, 10, INK)
            text(c, x + col_w, row_y, number, s.regular, 10, INK, "end")
            start = x + fonts.width(label, s.regular, 10) + 6
            if number and start < x + col_w - 20:
                c.setStrokeColor("#B0BEC5")
                c.setLineWidth(0.6)
                c.setDash(1, 2.5)
                c.line(start, row_y, x + col_w - fonts.width(number, s.regular, 10) - 5, row_y)
                c.setDash()
        c.restoreState()

    def _heading(self, c: Any, x: float, y: float, w: float, label: str) -> float:
        text(c, x, y, label, self.style.bold, 13, INK)
        c.setStrokeColor("#CFD8DC")
        c.setLineWidth(0.8)
        c.line(x, y + 6, x + w, y + 6)
        return y + 24

    def _more(self, c: Any, x: float, y: float, n: int) -> float:
        text(c, x, y, self.style.t["more"].format(n=n), self.style.italic, 9, MUTED)
        return y

    def _maps(self, c: Any, x: float, y: float, w: float, bottom: float) -> float:
        s, t = self.style, self.style.t
        y = self._heading(c, x, y, w, t["maps"])
        for i, data in enumerate(self.maps):
            if y + 30 > bottom:
                return self._more(c, x, y, len(self.maps) - i)
            name = fonts.ellipsize(fonts.clean(data.map.name, newlines=False), s.bold, 11, w)
            text(c, x, y, name, s.bold, 11, INK)
            counts = map_summary(data, t)
            lines = fonts.wrap(counts, s.regular, 8.5, w, max_lines=3)
            for j, line in enumerate(lines):
                text(c, x, y + 13 + j * 11, line, s.regular, 8.5, MUTED)
            y += 13 + len(lines) * 11 + 10
        if not self.maps:
            text(c, x, y, t["none"], s.italic, 10, MUTED)
        return y

    def _personas(self, c: Any, x: float, y: float, w: float, bottom: float) -> float:
        s, t = self.style, self.style.t
        y = self._heading(c, x, y, w, t["personas"])
        for i, persona in enumerate(self.personas):
            if y + 30 > bottom:
                return self._more(c, x, y, len(self.personas) - i)
            c.setFillColor(safe_color(persona.color))
            c.roundRect(x, y - 9, 10, 10, 2, stroke=0, fill=1)
            name = fonts.ellipsize(fonts.clean(persona.name, newlines=False), s.bold, 11, w - 16)
            text(c, x + 16, y, name, s.bold, 11, INK)
            role = fonts.wrap(fonts.clean(persona.role), s.regular, 8.5, w - 16, max_lines=2)
            for j, line in enumerate(role):
                text(c, x + 16, y + 13 + j * 11, line, s.regular, 8.5, MUTED)
            y += 13 + len(role) * 11 + 10
        if not self.personas:
            text(c, x, y, t["none"], s.italic, 10, MUTED)
        return y

    def _participants(self, c: Any, x: float, y: float, w: float, bottom: float) -> float:
        s, t = self.style, self.style.t
        y = self._heading(c, x, y, w, t["participants"])
        names = [fonts.clean(p.name, newlines=False).strip() for p in self.participants]
        joined = ", ".join(n if len(n) <= 80 else n[:79] + "…" for n in names)
        room = max(1, int((bottom - y) // 13))
        lines = fonts.wrap(joined, s.regular, 10, w, max_lines=room)
        for j, line in enumerate(lines):
            text(c, x, y + j * 13, line, s.regular, 10, INK)
        if not names:
            text(c, x, y, t["none"], s.italic, 10, MUTED)
        return y + len(lines) * 13


def cover_page(
    title: str,
    date: str,
    maps: Sequence[MapData],
    personas: Sequence[Any],
    participants: Sequence[Any],
    style: Style,
) -> CoverPage:
    return CoverPage(title, date, maps, personas, participants, style)


class _Anchor(Flowable):
    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def _paragraph_styles(k: float) -> dict[str, ParagraphStyle]:
    fs = fonts.fonts()
    body = ParagraphStyle(
        "body",
        fontName=fs.regular,
        fontSize=10 * k,
        leading=14 * k,
        textColor=colors.HexColor(INK),
        spaceAfter=6 * k,
    )
    return {
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=fs.bold, fontSize=20 * k, leading=24 * k, spaceAfter=8 * k
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fs.bold,
            fontSize=12.5 * k,
            leading=16 * k,
            spaceBefore=10 * k,
            spaceAfter=5 * k,
        ),
        "body": body,
        "rule": ParagraphStyle("rule", parent=body, spaceAfter=3 * k),
    }


def section_heading(title: str, intro: str, key: str, k: float = 1.0) -> list[Flowable]:
    st = _paragraph_styles(k)
    return [
        _Anchor(key, title),
        Paragraph(fonts.markup(title), st["h1"]),
        Paragraph(fonts.markup(intro), st["body"]),
        Spacer(1, 4),
    ]


class ScaleBar(Flowable):
    """The experience colour scale from -2 to +2, and the unrated swatch."""

    def __init__(self, style: Style) -> None:
        super().__init__()
        self.style, self.width, self.height = style, 420.0 * style.k, 44.0 * style.k

    def draw(self) -> None:
        c, s = self.canv, self.style
        c.saveState()
        c.translate(0, self.height)
        c.scale(s.k, -s.k)
        bar = Rect(0, 2, 300, 18)
        steps = 120
        for i in range(steps):
            value = -2 + 4 * (i + 0.5) / steps
            c.setFillColor(experience_color(value))
            c.rect(bar.x + i * bar.w / steps, bar.y, bar.w / steps + 0.3, bar.h, stroke=0, fill=1)
        c.setStrokeColor("#90A4AE")
        c.setLineWidth(0.6)
        c.rect(bar.x, bar.y, bar.w, bar.h, stroke=1, fill=0)
        keys = ("very_negative", "negative", "neutral", "positive", "very_positive")
        for i, key in enumerate(keys):
            x = bar.x + bar.w * i / 4
            c.line(x, bar.bottom, x, bar.bottom + 3)
            anchor = "start" if i == 0 else "end" if i == 4 else "middle"
            text(c, x, bar.bottom + 12, signed(i - 2, 0, s.lang), s.bold, 8, INK, anchor)
            text(c, x, bar.bottom + 21, s.t[key], s.regular, 7.5, MUTED, anchor)
        swatch = Rect(340, 2, 40, 18)
        c.setFillColor(UNRATED_COLOR)
        c.rect(swatch.x, swatch.y, swatch.w, swatch.h, stroke=0, fill=1)
        hatch(c, swatch, 0)
        c.rect(swatch.x, swatch.y, swatch.w, swatch.h, stroke=1, fill=0)
        text(
            c, swatch.center[0], swatch.bottom + 12, s.t["unrated"], s.regular, 7.5, MUTED, "middle"
        )
        c.restoreState()


class SampleCards(Flowable):
    """Three example cards drawn by the board code, with captions."""

    def __init__(self, style: Style, width: float) -> None:
        super().__init__()
        self.style, self.metrics = style, Metrics()
        gap = 24.0
        self.scale = min(1.1 * style.k, (width - 2 * gap) / (3 * 192))
        self.gap, self.width = gap, width
        self.height = 74 * self.scale + 22
        self.data = _sample_data(style)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(0, self.height)
        c.scale(1, -1)
        captions = (
            self.style.t["sample_rated"],
            self.style.t["sample_unrated"],
            self.style.t["sample_note"],
        )
        for i, (card, caption) in enumerate(zip(self.data.cards, captions, strict=True)):
            x = i * (192 * self.scale + self.gap)
            text(c, x, 9, caption, self.style.bold, 8.5 * self.style.k, INK)
            c.saveState()
            c.translate(x, 16)
            c.scale(self.scale, self.scale)
            draw_card(
                c,
                card,
                Rect(0, 0, 192, 74),
                self.data,
                1 if i == 0 else None,
                self.metrics,
                self.style,
            )
            c.restoreState()
        c.restoreState()


def _sample_data(style: Style) -> MapData:
    # Made-up rows for the legend with the fields drawing a card reads (the ORM table
    # classes would cost an import of SQLModel and SQLAlchemy just for these).
    t = style.t

    def card(card_id: str, title: str, **fields: Any) -> SimpleNamespace:
        return SimpleNamespace(
            **{
                "id": card_id,
                "title": title,
                "kind": "touchpoint",
                "channel_id": None,
                "direct": True,
                "note_type": None,
                **fields,
            }
        )

    cards = [
        card("s1", t["sample_title_rated"], channel_id="web"),
        card("s2", t["sample_title_unrated"], channel_id="reviews", direct=False),
        card("s3", t["sample_title_note"], kind="note", note_type="pain"),
    ]
    ratings = [(-2, 5), (-2, 4), (1, 4)]  # (experience, importance)
    channels = {
        "web": SimpleNamespace(id="web", name="Website", icon="web"),
        "reviews": SimpleNamespace(id="reviews", name="Reviews", icon="reviews"),
    }
    # A sample that only looks like rows: the legend reads these few fields of them.
    sample: Any = MapData
    return sample(
        map=SimpleNamespace(id="m", name="", kind="as-is"),
        phases=[],
        lanes=[],
        cards=cards,
        ratings={"s1": ratings},
        channels=channels,
    )


def legend_section(style: Style, width: float) -> list[Flowable]:
    """The page that explains colours, borders, markers and the scoring rules."""
    t, st = style.t, _paragraph_styles(style.k)
    rules = ListFlowable(
        # ListFlowable takes ListItems too (ReportLab's stubs do not say so).
        [ListItem(Paragraph(fonts.markup(rule), st["rule"])) for rule in t["rules"]],  # pyright: ignore[reportArgumentType]
        bulletType="bullet",
        start="\u2022",
        leftIndent=14 * style.k,
        bulletFontName=fonts.fonts().regular,
        bulletFontSize=10 * style.k,
        bulletColor=colors.HexColor(MUTED),
    )
    return [
        *section_heading(t["legend_title"], t["legend_intro"], "legend", style.k),
        KeepTogether([Paragraph(fonts.markup(t["legend_scale"]), st["h2"]), ScaleBar(style)]),
        KeepTogether(
            [
                Paragraph(fonts.markup(t["legend_cards"]), st["h2"]),
                SampleCards(style, width),
                Spacer(1, 8),
                Paragraph(fonts.markup(t["anatomy"]), st["body"]),
            ]
        ),
        Paragraph(fonts.markup(t["rules_title"]), st["h2"]),
        rules,
    ]
