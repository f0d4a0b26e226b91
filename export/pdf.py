"""Export: the workshop as a PDF a consultant can send to a client unchanged.

ReportLab Platypus: one BaseDocTemplate with a cover and a body page template; the
footer (workshop title, export date, "Page n of N") is drawn when the page count is
known. Content, in order: cover, personas, "how to read the maps", each map's board
(an overview and tiles when it is too big for the page), the moments of truth and
the full touchpoint table. Everything is read from the workshop in one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, TABLOID, landscape, portrait
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from app.mapdata import MapData, read_map
from export import ExportError, fonts
from export.pdf_actions import action_plan, actions_of
from export.pdf_board import BoardPage, map_pages
from export.pdf_cards import MUTED, Style, color, text
from export.pdf_compare import compare_section
from export.pdf_cover import cover_page, legend_section, section_heading
from export.pdf_labels import LABELS, format_date
from export.pdf_lists import moments_table, touchpoint_table
from export.pdf_measurements import measurements_section
from export.pdf_personas import persona_section
from storage import paths
from storage.workshop import Workshop

# User content never names a resource, but make sure nothing could fetch one.
rl_config.trustedHosts = []
rl_config.trustedSchemes = []

PAGE_SIZES = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "letter": LETTER,
    "tabloid": TABLOID,
}
MARGIN, FOOTER = 28.0, 30.0

Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):  # the name the GUI expects
    """The progress callback asked to stop; nothing was written."""


def page_dimensions(page_size: str) -> tuple[float, float]:
    """Points of a page size name; landscape unless it ends in 'portrait'.

    Accepts 'A4', 'a3', 'A4 landscape', 'A4-portrait', 'letter', 'tabloid'.
    """
    words = page_size.replace("-", " ").split()
    name = words[0] if words else ""
    size = next((v for k, v in PAGE_SIZES.items() if k.lower() == name.lower()), None)
    orientation = words[1].lower() if len(words) > 1 else "landscape"
    if size is None or len(words) > 2 or orientation not in ("landscape", "portrait"):
        names = ", ".join(PAGE_SIZES)
        raise ExportError(
            f"unknown page size {page_size!r} (use {names}, "
            "optionally with 'portrait' or 'landscape')"
        )
    return landscape(size) if orientation == "landscape" else portrait(size)


Footer = Callable[[Canvas, int, int, list[tuple[str, int]]], None]


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that writes each page as it is done and its footer when the page count
    is known.

    Each page places a form (a PDF XObject) for its footer, "page n of N", and the
    cover one for its contents; the forms are defined when the document is complete.
    Holding every page back until then kept the drawing of the whole document in
    memory (1.9 GB for 100,000 cards). It also notes the page of every bookmark, for
    the contents on the cover.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages = 0
            self._contents: list[tuple[str, int]] = []

        def addOutlineEntry(
            self,
            title: str,
            key: str,
            level: int = 0,
            closed: int | None = None,
        ) -> None:
            self._contents.append((title, self.getPageNumber()))
            super().addOutlineEntry(title, key, level, closed)

        # Colour strings are parsed once (see pdf_cards.color).
        def setFillColor(self, aColor: Any, alpha: float | None = None) -> None:
            super().setFillColor(color(aColor) if isinstance(aColor, str) else aColor, alpha)

        def setStrokeColor(self, aColor: Any, alpha: float | None = None) -> None:
            super().setStrokeColor(color(aColor) if isinstance(aColor, str) else aColor, alpha)

        def showPage(self) -> None:  # ReportLab's name
            self._pages += 1
            self.doForm(_footer_form(self._pages))  # defined in save()
            super().showPage()

        def save(self) -> None:
            total, contents = self._pages, list(self._contents)
            for page in range(1, total + 1):
                self.beginForm(_footer_form(page))
                footer(self, page, total, contents)
                self.endForm()
            super().save()

    return NumberedCanvas


def _footer_form(page: int) -> str:
    return f"journeyboard-footer-{page}"


class _Ticker:
    """Counts work done for the progress callback and raises ExportCancelled on request."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def tick(self, *_args: Any) -> None:
        self.done += 1
        self.total = max(self.total, self.done + 1)
        self.report(self.done, self.total)

    def report(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise ExportCancelled("export cancelled")


def _story(
    workshop: Workshop,
    map_ids: Iterable[str] | None,
    frame: tuple[float, float],
    t: dict[str, Any],
    lang: str,
    ticker: _Ticker,
    today: dt.date,
    *,
    include_personas: bool,
    include_tables: bool,
) -> tuple[list[Any], str, list[str]]:
    with workshop.reading():
        info = workshop.info()
        all_maps = workshop.maps()
        wanted = None if map_ids is None else list(map_ids)
        if wanted is not None:
            missing = sorted(set(wanted) - {m.id for m in all_maps})
            if missing:
                raise ExportError(f"{workshop.path}: no map with id {missing[0]!r}")
        selected = [m for m in all_maps if wanted is None or m.id in wanted]
        ticker.total = len(selected) + 6 + 2 * len(selected)
        maps: list[MapData] = []
        plans = []
        for m in selected:
            maps.append(read_map(workshop, m.id))
            titles = {card.id: card.title for card in maps[-1].cards}
            plans.append((m.name, actions_of(workshop, m.id, titles)))
            ticker.tick()
        personas = workshop.personas()
        participants = workshop.participants()
        measured = {m.id: workshop.measurements(m.id) for m in selected}
    style = Style(t, lang, min(1.75, max(1.0, (frame[0] / 786) ** 0.5)))
    title = info.title or ""
    unshown = fonts.missing(_texts(title, maps, personas, participants, plans))
    story: list[Any] = [
        cover_page(title, format_date(today, lang), maps, personas, participants, style),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    if include_personas and personas:
        # Personas follow each other on a page while there is room: a persona with no
        # rated touchpoints is a few lines, not a page of its own.
        for i, persona in enumerate(personas):
            if i:
                story += [Spacer(1, 18 * style.k), CondPageBreak(frame[1] / 3)]
            story += persona_section(persona, maps, frame[0], style, t, f"persona-{i}")
        story.append(PageBreak())
    story += [*legend_section(style, frame[0]), PageBreak()]
    for i, data in enumerate(maps):
        story += map_pages(data, frame, style, t, f"map-{i}")
    comparison = compare_section(maps, frame[0], t, lang, style.k)
    if comparison:
        story += [PageBreak(), *comparison]
    charts = measurements_section(maps, measured, frame[0], lang, style.k)
    if charts:
        story += [PageBreak(), *charts]
    if include_tables:
        k = style.k
        story += [
            PageBreak(),
            *section_heading(t["moments_title"], t["moments_intro"], "moments", k),
            *moments_table(maps, frame[0], t, lang, k),
        ]
    if any(actions for _name, actions in plans):
        story += [
            PageBreak(),
            *section_heading(t["actions_title"], t["actions_intro"], "actions", style.k),
            *action_plan(plans, frame[0], t, lang, style.k),
        ]
    if include_tables:
        k = style.k
        # The touchpoints follow the moments (or the action plan) on their page when a
        # few rows still fit.
        story += [
            Spacer(1, 18 * k),
            CondPageBreak(frame[1] / 3),
            *section_heading(t["touchpoints_title"], t["touchpoints_intro"], "touchpoints", k),
            *touchpoint_table(maps, frame[0], t, lang, k),
        ]
    # A page per break and per board page, and about 20 touchpoints per table page.
    rows = sum(len(d.cards) for d in maps) if include_tables else 0
    ticker.total = (
        ticker.done + 1 + rows // 20 + sum(1 for f in story if isinstance(f, PageBreak | BoardPage))
    )
    return story, title, unshown


def _texts(
    title: str,
    maps: list[MapData],
    personas: list[Any],
    participants: list[Any],
    plans: list[tuple[str, list[Any]]],
) -> Iterator[str]:
    """Every user text the PDF may show (for the characters no font can draw)."""
    yield title
    for persona in personas:
        yield from (
            persona.name,
            persona.role,
            persona.description,
            persona.goals,
            persona.needs,
            persona.pains,
            persona.quote,
        )
    yield from (p.name for p in participants)
    for data in maps:
        yield data.map.name
        yield from (phase.name for phase in data.phases)
        yield from (lane.name for lane in data.lanes)
        yield from (channel.name for channel in data.channels.values())
        for card in data.cards:
            yield from (card.title, card.description, card.expectation, card.owner, card.kpi)
    for _name, actions in plans:
        for action in actions:
            yield from (action.title, action.owner)


def _build(
    workshop: Workshop,
    target: BinaryIO,
    *,
    page_size: str,
    maps: Iterable[str] | None,
    include_personas: bool,
    include_tables: bool,
    progress: Progress | None,
    today: dt.date | None,
) -> list[str]:
    fs = fonts.fonts()
    size = page_dimensions(page_size)
    lang = workshop.info().language
    lang = lang if lang in LABELS else "en"
    t = LABELS[lang]
    fonts.set_more_note(t["more_characters"], "." if lang == "de" else ",")
    today = today or dt.date.today()
    frame = (size[0] - 2 * MARGIN, size[1] - MARGIN - FOOTER - 8)
    ticker = _Ticker(progress, 1)
    ticker.report(0, 1)
    story, title, unshown = _story(
        workshop,
        maps,
        frame,
        t,
        lang,
        ticker,
        today,
        include_personas=include_personas,
        include_tables=include_tables,
    )
    clean_title = fonts.clean(title, newlines=False)
    date = format_date(today, lang)

    cover = story[0]
    room = size[0] / 2 - MARGIN - fonts.width(date, fs.regular, 8) / 2 - 16
    footer_title = fonts.ellipsize(clean_title, fs.regular, 8, room)

    def footer(c: Canvas, page: int, total: int, contents: list[tuple[str, int]]) -> None:
        if page == 1:
            cover.draw_contents(c, contents, (MARGIN, size[1] - MARGIN))
            return
        c.saveState()
        c.setStrokeColor("#CFD8DC")
        c.setLineWidth(0.6)
        y = FOOTER - 6
        c.line(MARGIN, y + 10, size[0] - MARGIN, y + 10)
        number = t["page"].format(page=page, total=total)
        # y up here: the text's own matrix (see pdf_cards.TextRun) draws it flipped back.
        c.translate(0, size[1])
        c.scale(1, -1)
        base = size[1] - y
        text(c, size[0] - MARGIN, base, number, fs.regular, 8, MUTED, "end")
        text(c, size[0] / 2, base, date, fs.regular, 8, MUTED, "middle")
        text(c, MARGIN, base, footer_title, fs.regular, 8, MUTED)
        c.restoreState()

    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER + 8,
        title=clean_title or t["subject"],
        author="Journeyboard",
        subject=t["subject"],
        creator="Journeyboard",
        lang=lang,
        displayDocTitle=True,
        initialFontName=fs.regular,
    )
    body = Frame(
        MARGIN,
        FOOTER + 8,
        *frame,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [
            PageTemplate("cover", [body], onPage=ticker.tick),
            PageTemplate("body", [body], onPage=ticker.tick),
        ]
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    ticker.report(ticker.total, ticker.total)
    return unshown


def render_pdf(
    workshop: Workshop,
    *,
    page_size: str = "A3",
    maps: Iterable[str] | None = None,
    include_personas: bool = True,
    include_tables: bool = True,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> tuple[bytes, list[str]]:
    """The PDF as bytes, and the characters no installed font could draw (shown as □)."""
    buffer = io.BytesIO()
    unshown = _build(
        workshop,
        buffer,
        page_size=page_size,
        maps=maps,
        include_personas=include_personas,
        include_tables=include_tables,
        progress=progress,
        today=today,
    )
    return buffer.getvalue(), unshown


def pdf_bytes(
    workshop: Workshop,
    *,
    page_size: str = "A3",
    maps: Iterable[str] | None = None,
    include_personas: bool = True,
    include_tables: bool = True,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The PDF as bytes (see :func:`write_pdf`)."""
    return render_pdf(
        workshop,
        page_size=page_size,
        maps=maps,
        include_personas=include_personas,
        include_tables=include_tables,
        progress=progress,
        today=today,
    )[0]


def write_pdf(
    workshop: Workshop,
    out: Path | str,
    *,
    page_size: str = "A3",
    maps: Iterable[str] | None = None,
    include_personas: bool = True,
    include_tables: bool = True,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> list[str]:
    """Write the workshop's PDF to ``out``: complete, or the old file (or none) on failure.

    ``maps`` limits the export to those map ids (default: all). ``progress(done, total)``
    is called as the work goes on; returning False cancels with :class:`ExportCancelled`.
    Returns the characters no installed font could draw (each shown as □ in the PDF),
    for a warning; empty when every character is shown.
    """
    data, unshown = render_pdf(
        workshop,
        page_size=page_size,
        maps=maps,
        include_personas=include_personas,
        include_tables=include_tables,
        progress=progress,
        today=today,
    )
    with paths.atomic_output(Path(out)) as temp:
        temp.write_bytes(data)
    return unshown


def describe_missing(chars: Iterable[str], limit: int = 12) -> str:
    """'😀 (U+1F600), 𞤀 (U+1E900)': the characters of a missing-glyph warning."""
    chars = list(chars)
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:limit])
    return shown + (f", … (+{len(chars) - limit})" if len(chars) > limit else "")
