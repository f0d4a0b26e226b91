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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, TABLOID, landscape, portrait
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from app.mapdata import MapData, read_map
from app.scoring import RULES
from export import ExportError, fonts
from export.pdf_board import BoardPage, map_pages
from export.pdf_cards import MUTED, Style, color
from export.pdf_cover import cover_page, legend_section, section_heading
from export.pdf_personas import persona_section
from export.pdf_tables import moments_table, touchpoint_table
from storage import paths
from storage.workshop import Workshop

# User content never names a resource, but make sure nothing could fetch one.
rl_config.trustedHosts = []
rl_config.trustedSchemes = []

PAGE_SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "A0": A0, "letter": LETTER,
              "tabloid": TABLOID}
MARGIN, FOOTER = 28.0, 30.0

Progress = Callable[[int, int], bool]

_RULES_DE = [
    "Jede teilnehmende Person bewertet einen Touchpoint mit einer Erfahrung von −2 (sehr "
    "negativ) bis +2 (sehr positiv) und einer Wichtigkeit von 1 (gering) bis 5 (entscheidend).",
    "Erfahrung und Wichtigkeit eines Touchpoints sind die Mittelwerte seiner Bewertungen.",
    "Ein Touchpoint ohne Bewertungen ist unbewertet: Er erscheint grau und schraffiert, "
    "nie als 0.",
    "Die Streuung ist die Standardabweichung der Erfahrungsbewertungen.",
    "Uneinigkeit wird markiert, wenn ein Touchpoint mindestens 2 Stimmen und eine Streuung "
    "von 1,0 oder mehr hat.",
    "Die Emotionskurve zeigt je Phase die mittlere Erfahrung der bewerteten Touchpoints der "
    "Bahn, jeweils gewichtet mit ihrer mittleren Wichtigkeit; Phasen ohne bewertete "
    "Touchpoints bleiben eine Lücke.",
    "Momente der Wahrheit sind die Touchpoints mit negativer mittlerer Erfahrung, geordnet "
    "nach Priorität = Wichtigkeit × (−Erfahrung), höchste zuerst; bei Gleichstand entscheidet "
    "die höhere Wichtigkeit, dann die Reihenfolge auf dem Board.",
]

LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "subject": "Customer journey map", "cover_kicker": "CUSTOMER JOURNEY MAP",
        "exported": "Exported on {date}", "participants": "Participants", "maps": "Maps",
        "personas": "Personas", "none": "none", "more": "… and {n} more",
        "contents": "Contents",
        "n_phases": "{n} phase|{n} phases", "n_lanes": "{n} lane|{n} lanes",
        "n_touchpoints": "{n} touchpoint|{n} touchpoints", "n_notes": "{n} note|{n} notes",
        "n_ratings": "{n} rating|{n} ratings",
        "kind_as_is": "As-is map", "kind_to_be": "To-be map",
        "map_heading": "Map '{name}'",
        "tile_heading": "Map '{name}', tile {index} of {count}: row {row}, column {column}",
        "overview_heading": "Map '{name}': overview of the {count} tiles",
        "overview_hint": "The board is too large to read on one page: the numbered frames "
                         "show the tiles on the following pages, which overlap slightly.",
        "persona": "Persona", "channel": "Channel", "notes_lane": "Notes",
        "emotion_curve": "Emotion curve", "unrated": "unrated", "vote_one": "1 vote",
        "votes_n": "{n} votes", "note_pain": "Pain point", "note_idea": "Idea",
        "note_thought": "Thought", "note_question": "Question", "note_quote": "Quote",
        "very_negative": "very negative", "negative": "negative", "neutral": "neutral",
        "positive": "positive", "very_positive": "very positive", "legend": "Legend",
        "legend_direct": "direct (solid)", "legend_indirect": "indirect (dashed)",
        "legend_importance": "importance 1–5", "legend_disagreement": "disagreement",
        "legend_moment": "moment of truth, rank", "legend_curve": "emotion curve",
        "legend_title": "How to read the maps",
        "legend_intro": "Columns are the phases of the journey, rows the lanes: one per "
                        "persona, channel or set of notes. Each card is a touchpoint or a note. "
                        "Workshop participants rated the touchpoints; the colour of a card is "
                        "its mean experience.",
        "legend_scale": "Colour of a touchpoint: mean experience",
        "legend_cards": "Card anatomy",
        "sample_rated": "Rated, direct touchpoint", "sample_unrated": "Unrated, indirect "
        "touchpoint", "sample_note": "Note (pain point)",
        "sample_title_rated": "Example: checkout and payment",
        "sample_title_unrated": "Example: review on a blog",
        "sample_title_note": "Example: delivery often late",
        "anatomy": "Along the bottom of a touchpoint: its mean experience (−2 to +2), its mean "
                   "importance as filled squares (1 to 5), #1 its rank among the moments of "
                   "truth, ≠ when participants disagree, and the number of votes. Under each "
                   "persona lane, the emotion curve connects the phases; a gap means no rated "
                   "touchpoint in that phase.",
        "rules_title": "Scoring rules", "rules": list(RULES),
        "persona_heading": "Persona: {name}", "persona_description": "Profile",
        "persona_goals": "Goals", "persona_needs": "Needs", "persona_pains": "Pains",
        "picture_broken": "The picture of this persona could not be read and is left out.",
        "curves_title": "Emotion curve per map", "curve_chart": "{map}: lane {lane}",
        "moments_title": "Moments of truth",
        "moments_intro": "Touchpoints with a negative mean experience, ranked within each map "
                         "by priority = importance × (−experience): fix them from the top.",
        "no_moments": "No touchpoint has a negative mean experience.",
        "touchpoints_title": "Touchpoints",
        "touchpoints_intro": "Every touchpoint of the exported maps in board order.",
        "no_touchpoints": "There are no touchpoints.",
        "col_rank": "#", "col_touchpoint": "Touchpoint", "col_map": "Map", "col_phase": "Phase",
        "col_lane": "Lane", "col_experience": "Experience", "col_importance": "Importance",
        "col_priority": "Priority", "col_votes": "Votes", "col_disagreement": "Disagreement",
        "col_channel": "Channel", "col_direct": "Direct/ indirect", "col_owner": "Owner",
        "col_kpi": "KPI", "direct": "direct", "indirect": "indirect",
        "expectation": "Expectation", "disagreement_yes": "yes (spread {spread})",
        "page": "Page {page} of {total}",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "date": "{day} {month} {year}",
    },
    "de": {
        "subject": "Customer-Journey-Map", "cover_kicker": "CUSTOMER-JOURNEY-MAP",
        "exported": "Exportiert am {date}", "participants": "Teilnehmende", "maps": "Karten",
        "personas": "Personas", "none": "keine", "more": "… und {n} weitere",
        "contents": "Inhalt",
        "n_phases": "{n} Phase|{n} Phasen", "n_lanes": "{n} Bahn|{n} Bahnen",
        "n_touchpoints": "{n} Touchpoint|{n} Touchpoints", "n_notes": "{n} Notiz|{n} Notizen",
        "n_ratings": "{n} Bewertung|{n} Bewertungen",
        "kind_as_is": "Ist-Karte", "kind_to_be": "Soll-Karte",
        "map_heading": "Karte „{name}“",
        "tile_heading": "Karte „{name}“, Kachel {index} von {count}: Zeile {row}, "
                        "Spalte {column}",
        "overview_heading": "Karte „{name}“: Übersicht der {count} Kacheln",
        "overview_hint": "Das Board ist zu groß für eine lesbare Seite: Die nummerierten "
                         "Rahmen zeigen die Kacheln der folgenden Seiten, die sich leicht "
                         "überlappen.",
        "persona": "Persona", "channel": "Kanal", "notes_lane": "Notizen",
        "emotion_curve": "Emotionskurve", "unrated": "nicht bewertet", "vote_one": "1 Stimme",
        "votes_n": "{n} Stimmen", "note_pain": "Schmerzpunkt", "note_idea": "Idee",
        "note_thought": "Gedanke", "note_question": "Frage", "note_quote": "Zitat",
        "very_negative": "sehr negativ", "negative": "negativ", "neutral": "neutral",
        "positive": "positiv", "very_positive": "sehr positiv", "legend": "Legende",
        "legend_direct": "direkt (durchgezogen)", "legend_indirect": "indirekt (gestrichelt)",
        "legend_importance": "Wichtigkeit 1–5", "legend_disagreement": "Uneinigkeit",
        "legend_moment": "Moment der Wahrheit, Rang", "legend_curve": "Emotionskurve",
        "legend_title": "So lesen Sie die Karten",
        "legend_intro": "Spalten sind die Phasen der Journey, Zeilen die Bahnen: je eine pro "
                        "Persona, Kanal oder Notizsammlung. Jede Karte ist ein Touchpoint oder "
                        "eine Notiz. Die Workshop-Teilnehmenden haben die Touchpoints bewertet; "
                        "die Farbe einer Karte ist ihre mittlere Erfahrung.",
        "legend_scale": "Farbe eines Touchpoints: mittlere Erfahrung",
        "legend_cards": "Aufbau einer Karte",
        "sample_rated": "Bewerteter, direkter Touchpoint",
        "sample_unrated": "Unbewerteter, indirekter Touchpoint",
        "sample_note": "Notiz (Schmerzpunkt)",
        "sample_title_rated": "Beispiel: Kasse und Bezahlung",
        "sample_title_unrated": "Beispiel: Bericht in einem Blog",
        "sample_title_note": "Beispiel: Lieferung oft zu spät",
        "anatomy": "Unten auf einem Touchpoint: die mittlere Erfahrung (−2 bis +2), die "
                   "mittlere Wichtigkeit als gefüllte Quadrate (1 bis 5), #1 der Rang unter "
                   "den Momenten der Wahrheit, ≠ bei Uneinigkeit der Teilnehmenden und die "
                   "Zahl der Stimmen. Unter jeder Persona-Bahn verbindet die Emotionskurve "
                   "die Phasen; eine Lücke bedeutet: kein bewerteter Touchpoint in der Phase.",
        "rules_title": "Bewertungsregeln", "rules": _RULES_DE,
        "persona_heading": "Persona: {name}", "persona_description": "Profil",
        "persona_goals": "Ziele", "persona_needs": "Bedürfnisse", "persona_pains": "Probleme",
        "picture_broken": "Das Bild dieser Persona ist nicht lesbar und wurde weggelassen.",
        "curves_title": "Emotionskurve je Karte", "curve_chart": "{map}: Bahn {lane}",
        "moments_title": "Momente der Wahrheit",
        "moments_intro": "Touchpoints mit negativer mittlerer Erfahrung, je Karte geordnet "
                         "nach Priorität = Wichtigkeit × (−Erfahrung): von oben nach unten "
                         "angehen.",
        "no_moments": "Kein Touchpoint hat eine negative mittlere Erfahrung.",
        "touchpoints_title": "Touchpoints",
        "touchpoints_intro": "Alle Touchpoints der exportierten Karten in der Reihenfolge "
                             "des Boards.",
        "no_touchpoints": "Es gibt keine Touchpoints.",
        "col_rank": "#", "col_touchpoint": "Touchpoint", "col_map": "Karte",
        "col_phase": "Phase", "col_lane": "Bahn", "col_experience": "Erfahrung",
        "col_importance": "Wichtigkeit", "col_priority": "Priorität", "col_votes": "Stimmen",
        "col_disagreement": "Uneinigkeit", "col_channel": "Kanal",
        "col_direct": "Direkt/ indirekt", "col_owner": "Verantwortlich", "col_kpi": "KPI",
        "direct": "direkt", "indirect": "indirekt", "expectation": "Erwartung",
        "disagreement_yes": "ja (Streuung {spread})", "page": "Seite {page} von {total}",
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                   "September", "Oktober", "November", "Dezember"],
        "date": "{day}. {month} {year}",
    },
}


class ExportCancelled(Exception):  # noqa: N818 - the name the GUI expects
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
        raise ExportError(f"unknown page size {page_size!r} (use {names}, "
                          "optionally with 'portrait' or 'landscape')")
    return landscape(size) if orientation == "landscape" else portrait(size)


def format_date(day: dt.date, lang: str) -> str:
    t = LABELS[lang]
    return t["date"].format(day=day.day, month=t["months"][day.month - 1], year=day.year)


Footer = Callable[[Canvas, int, int, list[tuple[str, int]]], None]


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that holds the pages back until it knows how many there are.

    It also notes the page of every bookmark, for the contents on the cover.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self._contents: list[tuple[str, int]] = []

        def addOutlineEntry(self, title: str, key: str, level: int = 0,  # noqa: N802
                            closed: int | None = None) -> None:
            self._contents.append((title, self.getPageNumber()))
            super().addOutlineEntry(title, key, level, closed)

        # Colour strings are parsed once (see pdf_cards.color).
        def setFillColor(self, value: Any, alpha: float | None = None) -> None:  # noqa: N802
            super().setFillColor(color(value) if isinstance(value, str) else value, alpha)

        def setStrokeColor(self, value: Any, alpha: float | None = None) -> None:  # noqa: N802
            super().setStrokeColor(color(value) if isinstance(value, str) else value, alpha)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total, contents = len(self._held), list(self._contents)
            for state in self._held:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total, contents)
                super().showPage()
            super().save()

    return NumberedCanvas


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


def _story(workshop: Workshop, map_ids: Iterable[str] | None, frame: tuple[float, float],
           t: dict[str, Any], lang: str, ticker: _Ticker, today: dt.date, *,
           include_personas: bool, include_tables: bool) -> tuple[list[Any], str]:
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
        for m in selected:
            maps.append(read_map(workshop, m.id))
            ticker.tick()
        personas = workshop.personas()
        participants = workshop.participants()
    style = Style(t, lang, min(1.75, max(1.0, (frame[0] / 786) ** 0.5)))
    title = info.title or ""
    story: list[Any] = [cover_page(title, format_date(today, lang), maps, personas,
                                   participants, style),
                        NextPageTemplate("body"), PageBreak()]
    if include_personas and personas:
        for i, persona in enumerate(personas):
            story += [*persona_section(persona, maps, frame[0], style, t, f"persona-{i}"),
                      PageBreak()]
    story += [*legend_section(style, frame[0]), PageBreak()]
    for i, data in enumerate(maps):
        story += map_pages(data, frame, style, t, f"map-{i}")
    if include_tables:
        k = style.k
        story += [PageBreak(), *section_heading(t["moments_title"], t["moments_intro"],
                                                "moments", k),
                  *moments_table(maps, frame[0], t, lang, k), PageBreak(),
                  *section_heading(t["touchpoints_title"], t["touchpoints_intro"],
                                   "touchpoints", k),
                  *touchpoint_table(maps, frame[0], t, lang, k)]
    # A page per break and per board page, and about 20 touchpoints per table page.
    rows = sum(len(d.cards) for d in maps) if include_tables else 0
    ticker.total = (ticker.done + 1 + rows // 20
                    + sum(1 for f in story if isinstance(f, PageBreak | BoardPage)))
    return story, title


def _build(workshop: Workshop, target: BinaryIO, *, page_size: str, maps: Iterable[str] | None,
           include_personas: bool, include_tables: bool, progress: Progress | None,
           today: dt.date | None) -> None:
    fs = fonts.fonts()
    size = page_dimensions(page_size)
    lang = workshop.info().language
    lang = lang if lang in LABELS else "en"
    t = LABELS[lang]
    today = today or dt.date.today()
    frame = (size[0] - 2 * MARGIN, size[1] - MARGIN - FOOTER - 8)
    ticker = _Ticker(progress, 1)
    ticker.report(0, 1)
    story, title = _story(workshop, maps, frame, t, lang, ticker, today,
                          include_personas=include_personas, include_tables=include_tables)
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
        c.setFillColor(MUTED)
        c.setFont(fs.regular, 8)
        number = t["page"].format(page=page, total=total)
        c.drawRightString(size[0] - MARGIN, y, number)
        c.drawCentredString(size[0] / 2, y, date)
        c.drawString(MARGIN, y, footer_title)
        c.restoreState()

    doc = BaseDocTemplate(
        target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=FOOTER + 8, title=clean_title or t["subject"], author="Journeyboard",
        subject=t["subject"], creator="Journeyboard", lang=lang, displayDocTitle=True,
        initialFontName=fs.regular)
    body = Frame(MARGIN, FOOTER + 8, *frame, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("cover", [body], onPage=ticker.tick),
                          PageTemplate("body", [body], onPage=ticker.tick)])
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    ticker.report(ticker.total, ticker.total)


def pdf_bytes(workshop: Workshop, *, page_size: str = "A3", maps: Iterable[str] | None = None,
              include_personas: bool = True, include_tables: bool = True,
              progress: Progress | None = None, today: dt.date | None = None) -> bytes:
    """The PDF as bytes (see :func:`write_pdf`)."""
    buffer = io.BytesIO()
    _build(workshop, buffer, page_size=page_size, maps=maps,
           include_personas=include_personas, include_tables=include_tables,
           progress=progress, today=today)
    return buffer.getvalue()


def write_pdf(workshop: Workshop, out: Path | str, *, page_size: str = "A3",
              maps: Iterable[str] | None = None, include_personas: bool = True,
              include_tables: bool = True, progress: Progress | None = None,
              today: dt.date | None = None) -> None:
    """Write the workshop's PDF to ``out``: complete, or the old file (or none) on failure.

    ``maps`` limits the export to those map ids (default: all). ``progress(done, total)``
    is called as the work goes on; returning False cancels with :class:`ExportCancelled`.
    """
    data = pdf_bytes(workshop, page_size=page_size, maps=maps,
                     include_personas=include_personas, include_tables=include_tables,
                     progress=progress, today=today)
    with paths.atomic_output(Path(out)) as temp:
        temp.write_bytes(data)
